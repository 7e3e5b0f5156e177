/**
 * Latin/Cyrillic look-alikes and letters by script, for the crisis tokenizer (normalize.ts, words.ts): which
 * letter of one script looks like which of the other, and a per-code-unit table of the script of each letter.
 */

export const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  H: 'Н',
  k: 'к',
  K: 'К',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
  Y: 'У',
  u: 'и',
  m: 'м',
  t: 'т',
  r: 'г',
  n: 'п',
  b: 'ь',
}
export const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  и: 'u',
  г: 'r',
  п: 'n',
  ь: 'b',
  і: 'i',
  ј: 'j',
  ѕ: 's',
}
const CYR = /[\u0400-\u04ff]/
const LAT = /[a-z]/i

/**
 * Per UTF-16 unit: 1 Cyrillic, 2 Cyrillic with no Latin look-alike, 3 Latin, 4 Latin with no Cyrillic
 * look-alike, 0 other; built once from CYR, LAT and the look-alike tables so it cannot drift from them.
 * (Astral characters are neither script, and neither are their surrogate halves.)
 */
export const SCRIPT = new Uint8Array(0x500)
for (let c = 0; c < SCRIPT.length; c++) {
  const ch = String.fromCharCode(c)
  if (CYR.test(ch)) SCRIPT[c] = CYR_TO_LAT[ch.toLowerCase()] ? 1 : 2
  else if (LAT.test(ch)) SCRIPT[c] = LAT_TO_CYR[ch] ? 3 : 4
}

/** Letters of each script in a text (countScripts). */
export type ScriptCounts = { cyr: number; lat: number; cyrOnly: number; latOnly: number }

/** Cyrillic and Latin letters in `s`, and how many of each have no look-alike in the other script. */
export function countScripts(s: string): ScriptCounts {
  let cyr = 0
  let lat = 0
  let cyrOnly = 0
  let latOnly = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x500) continue
    const k = SCRIPT[c]!
    if (k === 0) continue
    if (k <= 2) {
      cyr++
      if (k === 2) cyrOnly++
    } else {
      lat++
      if (k === 4) latOnly++
    }
  }
  return { cyr, lat, cyrOnly, latOnly }
}
