/**
 * The rows behind data/safety/crisis/{train,dev}.jsonl (generate.ts writes them; lobo.ts trains on them with
 * batches left out): seeded, so the rows are the same on every call. Every 5th template of a category goes to
 * dev only, so dev measures generalisation to unseen phrasings; lines equal to a held-out line are dropped (the
 * held-out splits are written by hand and never generated). chat-lines.txt adds hand-written chat-style lines
 * to both train and dev.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { seededRandom as rng } from '../../src/modules/seeded-random.js'
import { EN, EN_PREFIX, EN_SUFFIX } from './templates-en.js'
import { EVERYDAY_EN, EVERYDAY_RU } from './templates-everyday.js'
import { RU, RU_PREFIX, RU_SUFFIX } from './templates-ru.js'

/**
 * `src`: where a line comes from — `blind` for the chat-lines-*.txt batches by blind authors (the threshold is
 * chosen on their dev lines), `chat` for chat-lines.txt, `hand` for handwritten.txt, `tpl` for the templates.
 * `file`: the chat-lines file a chat or blind line (or its noisy copy) comes from, `copy` marks the noisy
 * copies; neither is written to the jsonl.
 */
export type GenRow = {
  text: string
  label: string
  lang: 'ru' | 'en'
  src?: 'tpl' | 'hand' | 'chat' | 'blind'
  file?: string
  copy?: true
}

/** The key two lines are "the same line" by: lower case, letters and digits only. */
export const keyOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const DATA = 'scripts/crisis-data'
const PER_TEMPLATE_CRISIS = 24
const PER_TEMPLATE_NONE = 40
// Noisy copies of each hand-written chat line: they carry the phrasings real users write, so they weigh more.
const CHAT_COPIES = 5

/** The chat-style files in the order they are read: chat-lines.txt, then every chat-lines-*.txt by name. */
export function chatFiles(): string[] {
  return [
    'chat-lines.txt',
    ...readdirSync(DATA)
      .filter((f) => /^chat-lines-.+\.txt$/.test(f))
      .sort(),
  ]
}

/** `lang<TAB>label<TAB>text` lines of a file under scripts/crisis-data (`#` comments and blank lines skipped). */
export function readLines(file: string): { lang: 'ru' | 'en'; label: string; text: string }[] {
  return readFileSync(`${DATA}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [lang, label, text] = l.split('\t') as ['ru' | 'en', string, string]
      return { lang, label, text }
    })
}

/** Builds the train and dev rows (run from the repository root); the same rows on every call. */
export function generateRows(): { train: GenRow[]; dev: GenRow[] } {
  let rand = rng(20261127)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!

  /** Expands the innermost {a|b} groups first, picking one alternative each. */
  function expand(t: string): string {
    let s = t
    for (;;) {
      const m = /\{([^{}]*)\}/.exec(s)
      if (!m) return s.replace(/\s+/g, ' ').trim()
      s = s.slice(0, m.index) + pick(m[1]!.split('|')) + s.slice(m.index + m[0].length)
    }
  }

  /** Typing noise real users produce: no capitals, dropped/doubled/swapped letters, stretched vowels, ё. */
  function noisy(s: string, lang: 'ru' | 'en'): string {
    let out = s
    const r = rand()
    if (r < 0.5) out = out.toLowerCase()
    else if (r < 0.6) out = out.toUpperCase()
    else out = out.charAt(0).toUpperCase() + out.slice(1)
    if (rand() < 0.15 && out.length > 6) {
      const i = 1 + Math.floor(rand() * (out.length - 2))
      const kind = rand()
      if (kind < 0.33) out = out.slice(0, i) + out.slice(i + 1)
      else if (kind < 0.66) out = out.slice(0, i) + out[i] + out.slice(i)
      else out = out.slice(0, i - 1) + out[i] + out[i - 1] + out.slice(i + 1)
    }
    if (rand() < 0.1) out = out.replace(/([аеиоуяюaeiou])/, '$1$1$1')
    if (rand() < 0.15) out = out.replace(/[.,!]/g, '')
    if (lang === 'ru' && rand() < 0.3) out = out.replace(/е/g, (c) => (rand() < 0.1 ? 'ё' : c))
    if (lang === 'en' && rand() < 0.3) out = out.replace(/'/g, '')
    return out
  }

  // The held-out splits (hand-written, frozen): no generated or hand-written training line may equal one.
  // Lines equal to heldout … heldout4 are skipped where they are read (as since those splits were written);
  // later splits are dropped by a last filter, so adding a split does not reshuffle the seeded layout (a skip
  // shifts the random sequence and every 4th-line choice after it, and so the whole trained model).
  const readHeldout = (splits: string[]) =>
    new Set(
      splits.flatMap((split) =>
        readFileSync(`data/safety/crisis/${split}.jsonl`, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => keyOf((JSON.parse(l) as GenRow).text)),
      ),
    )
  const heldout = readHeldout(['heldout', 'heldout2', 'heldout3', 'heldout4'])
  const heldoutLater = readHeldout(['heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14'])

  const train: GenRow[] = []
  const dev: GenRow[] = []
  for (const [lang, table, pre, suf] of [
    ['ru', RU, RU_PREFIX, RU_SUFFIX],
    ['en', EN, EN_PREFIX, EN_SUFFIX],
  ] as const) {
    for (const [label, templates] of Object.entries(table)) {
      templates.forEach((tpl, ti) => {
        const seen = new Set<string>()
        const n = label === 'none' ? PER_TEMPLATE_NONE : PER_TEMPLATE_CRISIS
        for (let k = 0; k < n * 3 && seen.size < n; k++) {
          const text = noisy(pick([...pre]) + expand(tpl) + pick([...suf]), lang)
          const key = keyOf(text)
          if (seen.has(key) || heldout.has(key)) continue
          seen.add(key)
          ;(ti % 5 === 4 ? dev : train).push({ text, label, lang, src: 'tpl' })
        }
      })
    }
  }
  // Hand-written lines go to train as written (plus two noisy copies), never to dev.
  for (const { lang, label, text } of readLines('handwritten.txt')) {
    if (heldout.has(keyOf(text))) continue
    train.push({ text, label, lang, src: 'hand' })
    for (let k = 0; k < 2; k++) train.push({ text: noisy(text, lang), label, lang, src: 'hand' })
  }
  // Chat-style hand-written lines: every 4th to dev (as written), the rest to train (plus five noisy copies),
  // so dev also measures hand-written phrasings the model never saw, not only unseen templates. Each file
  // (chat-lines.txt, then every chat-lines-*.txt in name order: batches by blind authors) is split on its own.
  for (const file of chatFiles()) {
    const src = file === 'chat-lines.txt' ? 'chat' : 'blind'
    let nChat = 0
    for (const { lang, label, text } of readLines(file)) {
      if (heldout.has(keyOf(text))) continue
      if (nChat++ % 4 === 3) {
        dev.push({ text, label, lang, src, file })
        continue
      }
      train.push({ text, label, lang, src, file })
      for (let k = 0; k < CHAT_COPIES; k++)
        train.push({ text: noisy(text, lang), label, lang, src, file, copy: true })
    }
  }
  // Everyday negatives (crisis11, templates-everyday.ts) come last, from their own seeded stream: the lines
  // above (and their noise) stay exactly as they were. Every 5th template goes to dev only, as above.
  rand = rng(20261128)
  for (const [lang, templates] of [
    ['ru', EVERYDAY_RU],
    ['en', EVERYDAY_EN],
  ] as const) {
    templates.forEach((tpl, ti) => {
      const seen = new Set<string>()
      for (let k = 0; k < PER_TEMPLATE_NONE * 3 && seen.size < PER_TEMPLATE_NONE; k++) {
        const text = noisy(expand(tpl), lang)
        const key = keyOf(text)
        if (seen.has(key) || heldout.has(key)) continue
        seen.add(key)
        ;(ti % 5 === 4 ? dev : train).push({ text, label: 'none', lang, src: 'tpl' })
      }
    })
  }
  const kept = (rows: GenRow[]) => rows.filter((r) => !heldoutLater.has(keyOf(r.text)))
  return { train: kept(train), dev: kept(dev) }
}
