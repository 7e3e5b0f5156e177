import { matchesOf, type PiiFinding, push } from './types.js'

/**
 * The mailbox said again after a found address, to make it clear (after the e-mail detectors ran):
 *
 * - its local part (or a word of it) repeated as a Latin word: "bram.olsen@gmail.com, olsen with an e: olsen";
 * - spelled letter by letter: "yulia_s at gmail — that is y u l i a";
 * - a Latin word given as the Latin spelling of a dictated Cyrillic word: «…, рыжая латиницей — ryzhaya»,
 *   «белый латиницей, belyi».
 */

// the local part: what comes before "@", a spoken "at" or «собака»
const LOCAL_END_RE = /\s*(?:@|[([{<]\s*(?:@|at|собака)|\s(?:at|собака|собачка|собачкой|эт|ат)\s)/iu
const LATIN_WORD_RE = /(?<![\p{L}\p{N}_@./])[a-z][a-z0-9]{3,30}(?![\p{L}\p{N}_@])/giu
const SPACED_LETTERS_RE = /(?<![\p{L}\p{N}])(?:[a-z0-9][\s-]){3,}[a-z0-9](?![\p{L}\p{N}])/giu
const LATIN_CUE_RE =
  /латиниц\p{L}*|латинск\p{L}*|по-английски|английскими|транслит\p{L}*|in\s+latin(?:\s+letters)?/iu
const LATIN_CUE_G_RE = new RegExp(LATIN_CUE_RE.source, 'giu')

/** Pushes repeats of a found mailbox's local part after it into `out`. */
export function findEmailEchoes(text: string, out: PiiFinding[]): void {
  const emails = out.filter((f) => f.kind === 'email')
  if (emails.length === 0) return
  const last = emails.reduce((a, b) => (b.end > a.end ? b : a))
  const tail = text.slice(last.end, last.end + 120)
  if (!/[a-z]/iu.test(tail)) return
  const parts = new Set<string>()
  for (const f of emails) {
    const local = f.value.split(LOCAL_END_RE)[0] ?? ''
    const compact = local.toLowerCase().replace(/[^a-z0-9]/g, '')
    if (compact.length >= 4) parts.add(compact)
    for (const w of local.toLowerCase().split(/[^a-z0-9]+/)) if (w.length >= 4) parts.add(w)
  }
  const at = last.end
  // a repeat is a word no other finding holds ("t.me/anna" after anna@mail.ru is a link)
  const free = (s: number, e: number) => !out.some((f) => f.start < at + e && f.end > at + s)
  const echo = (s: number, e: number) => {
    if (free(s, e)) push(out, 'email', at + s, at + e, text)
  }
  for (const m of matchesOf(LATIN_WORD_RE, tail)) {
    const w = m[0].toLowerCase()
    if ([...parts].some((p) => p === w || (w.length >= 5 && p.startsWith(w))))
      echo(m.index, m.index + m[0].length)
  }
  for (const m of matchesOf(SPACED_LETTERS_RE, tail)) {
    const w = m[0].toLowerCase().replace(/[\s-]/g, '')
    if ([...parts].some((p) => p.startsWith(w))) echo(m.index, m.index + m[0].length)
  }
  // «рыжая латиницей — ryzhaya»: the first Latin word right after the cue
  if (!LATIN_CUE_RE.test(tail)) return
  for (const c of matchesOf(LATIN_CUE_G_RE, tail)) {
    const after = tail
      .slice(c.index + c[0].length)
      .match(/^[\s,:—–-]{0,4}([a-z][a-z0-9_.]{2,30})(?![\p{L}\p{N}_@])/iu)
    if (after?.[1]) {
      const s = c.index + c[0].length + (after[0].length - after[1].length)
      echo(s, s + after[1].length)
    }
  }
}
