/**
 * Synthetic long chat messages (1–4k characters) for the crisis detector's latency bench and its
 * identical-results check: real train/dev lines (never held-out) strung together, deterministically (seeded).
 * Most messages are a vent of everyday lines in one language; some carry one crisis line somewhere inside,
 * some mix both languages. Lines are joined by a space, a full stop or a newline, as people write.
 */
import { type DataRow, readRows } from '../src/modules/safety/crisis/build.js'
import { seededRandom } from '../src/modules/seeded-random.js'

/** Train and dev rows only: the held-out splits are never read here. */
export function trainDevRows(root = '.'): DataRow[] {
  return ['train', 'dev'].flatMap((s) => readRows(`${root}/data/safety/crisis/${s}.jsonl`))
}

const SEPARATORS = [' ', '. ', '\n', ' ', '! ', '\n\n', ', ']

/** `count` messages of 1,000–4,096 characters (Telegram's limit), built from `rows` with `seed`. */
export function longMessages(rows: DataRow[], count: number, seed = 13): string[] {
  const rnd = seededRandom(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const pools = {
    ru: { none: [] as string[], crisis: [] as string[] },
    en: { none: [] as string[], crisis: [] as string[] },
  }
  for (const r of rows) pools[r.lang][r.label === 'none' ? 'none' : 'crisis'].push(r.text)
  const out: string[] = []
  for (let n = 0; n < count; n++) {
    const target = 1000 + Math.floor(rnd() * 3097)
    const mixed = rnd() < 0.1
    const lang = rnd() < 0.5 ? 'ru' : 'en'
    const crisisAt = rnd() < 0.35 ? rnd() : -1
    let text = ''
    let placed = false
    for (;;) {
      const l = mixed && rnd() < 0.3 ? (lang === 'ru' ? 'en' : 'ru') : lang
      const crisis = !placed && crisisAt >= 0 && text.length >= crisisAt * target
      if (crisis) placed = true
      const line = pick(pools[l][crisis ? 'crisis' : 'none'])
      const next = text ? `${text}${pick(SEPARATORS)}${line}` : line
      if (next.length > 4096) break
      text = next
      if (text.length >= target) break
    }
    out.push(text)
  }
  return out
}
