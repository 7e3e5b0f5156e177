import { truncateText } from '../text.js'
import { HINT_KINDS, type HintKind, type Suggestion } from './library.js'

const MAX_TEXT = 300

const KIND_WORDS: [HintKind, RegExp][] = [
  [
    'empathy',
    /^(?:empathy|empathic|empathise|empathize|validation|validate|эмпатия|сочувствие|поддержка|валидация)/iu,
  ],
  ['question', /^(?:question|ask|вопрос|спросить|спроси)/iu],
  [
    'boundary',
    /^(?:boundary|boundaries|limit|limits|self-care|граница|границы|граница себя|забота о себе)/iu,
  ],
]

function kindOf(word: unknown): HintKind | null {
  if (typeof word !== 'string') return null
  const w = word.trim().toLowerCase()
  if ((HINT_KINDS as readonly string[]).includes(w)) return w as HintKind
  for (const [kind, re] of KIND_WORDS) if (re.test(w)) return kind
  return null
}

function clean(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim()
  // surrounding quotes and markdown emphasis the model likes to add
  t = t.replace(/^[*_`"'«“„]+|[*_`"'»”]+$/gu, '').trim()
  t = truncateText(t, MAX_TEXT, { ellipsis: '…' })
  return t
}

/** Assigns kinds to untyped items in order, keeping explicit kinds; at most one per kind, max 3. */
function finish(items: { kind: HintKind | null; text: string }[]): Suggestion[] {
  const out: Suggestion[] = []
  const used = new Set<HintKind>()
  const pending: string[] = []
  for (const it of items) {
    const text = clean(it.text)
    if (!text) continue
    if (it.kind && !used.has(it.kind)) {
      used.add(it.kind)
      out.push({ kind: it.kind, text })
    } else pending.push(text)
  }
  for (const text of pending) {
    const free = HINT_KINDS.find((k) => !used.has(k))
    if (!free) break
    used.add(free)
    out.push({ kind: free, text })
  }
  const seen = new Set<string>()
  const unique = out.filter((s) => {
    const key = s.text.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.sort((a, b) => HINT_KINDS.indexOf(a.kind) - HINT_KINDS.indexOf(b.kind)).slice(0, 3)
}

function fromJson(value: unknown): Suggestion[] | null {
  let list: unknown = value
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>
    list = obj.suggestions ?? obj.hints ?? obj.items
    // {"empathy": "...", "question": "...", "boundary": "..."}
    if (list === undefined) {
      const items = Object.entries(obj)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => ({ kind: kindOf(k), text: v as string }))
      return items.length > 0 ? finish(items) : null
    }
  }
  if (!Array.isArray(list)) return null
  const items = list.flatMap((it) => {
    if (typeof it === 'string') return [{ kind: null, text: it }]
    if (it && typeof it === 'object') {
      const o = it as Record<string, unknown>
      const text = o.text ?? o.suggestion ?? o.content ?? o.hint
      if (typeof text === 'string') return [{ kind: kindOf(o.kind ?? o.type ?? o.category), text }]
    }
    return []
  })
  return finish(items)
}

function extractJson(raw: string): unknown {
  const unfenced = raw.replace(/```(?:json)?/gi, '')
  for (const [open, close] of [
    ['{', '}'],
    ['[', ']'],
  ] as const) {
    const start = unfenced.indexOf(open)
    const end = unfenced.lastIndexOf(close)
    if (start >= 0 && end > start) {
      try {
        return JSON.parse(unfenced.slice(start, end + 1))
      } catch {
        // try the next shape, then line parsing
      }
    }
  }
  return undefined
}

const LINE_RE =
  /^\s*(?:[-*•]|\d+[.)]|[①②③])?\s*(?:\*\*|__)?\s*([\p{L} -]{3,30}?)\s*(?:\*\*|__)?\s*[:：—–-]\s*(?:\*\*|__)?\s*(.+)$/u

function fromLines(raw: string): Suggestion[] {
  const items: { kind: HintKind | null; text: string }[] = []
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (!trimmed) continue
    const m = LINE_RE.exec(trimmed)
    const kind = m ? kindOf(m[1]) : null
    if (m && kind) {
      items.push({ kind, text: m[2] ?? '' })
      continue
    }
    // "1. text" / "- text": a bare list item
    const bare = /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/u.exec(trimmed)
    if (bare) items.push({ kind: null, text: bare[1] ?? '' })
  }
  return finish(items)
}

/**
 * Turns a model's answer into typed suggestions: JSON (`{suggestions:[{kind,text}]}`, an array, or
 * `{empathy, question, boundary}`), possibly fenced; otherwise "Empathy: …" / "1. …" lines. Returns []
 * when nothing usable is found.
 */
export function parseSuggestions(raw: string): Suggestion[] {
  if (!raw?.trim()) return []
  const json = extractJson(raw)
  if (json !== undefined) {
    const parsed = fromJson(json)
    if (parsed && parsed.length > 0) return parsed
  }
  return fromLines(raw)
}
