import { describe, expect, it } from 'vitest'
import { seededRandom as seeded } from '../../seeded-random.js'
import { readRows } from './build.js'
import { countScripts, forEachRun } from './normalize.js'

/**
 * How tokenize split text into runs before it scanned code units (one regex alternation): the reference the
 * scanner must agree with. Each word run with the strongest break since the previous one, then the last.
 */
function referenceRuns(src: string): string[] {
  const out: string[] = []
  let pending = 0
  for (const m of src.matchAll(/([\p{L}\p{N}@$!|]+)|([.!?;:\n…]+)|([,()—–-]+)|(\s+)|([^\s])/gu)) {
    if (m[1]) {
      out.push(`${pending}:${m[1]}`)
      pending = 0
    } else if (m[2]) pending = 2
    else if (m[3]) pending = Math.max(pending, 1)
  }
  out.push(`${pending}`)
  return out
}

function scannedRuns(src: string): string[] {
  const out: string[] = []
  let pending = 0
  forEachRun(
    src,
    (from, to) => {
      out.push(`${pending}:${src.slice(from, to)}`)
      pending = 0
    },
    (level) => {
      pending = Math.max(pending, level)
    },
  )
  out.push(`${pending}`)
  return out
}

const ALPHABET = [
  ...'ab xyz АБв ё 12 . , ! ? ; : … — – - ( ) @ $ | _ " « » é ß ² 中 ا ҂ і ѕ',
  '\u0483',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '😭',
  '𝐀',
  '\ud83d',
  '\ude2d',
]

describe('tokenize run scanning (forEachRun)', () => {
  it('when random text mixes scripts, emoji, lone surrogates, whitespace and punctuation, then runs and breaks match the old regex reading', () => {
    const rnd = seeded(5)
    for (let n = 0; n < 5000; n++) {
      const len = 1 + Math.floor(rnd() * 24)
      let text = ''
      for (let k = 0; k < len; k++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)]
      expect(scannedRuns(text), JSON.stringify(text)).toEqual(referenceRuns(text))
    }
  })

  it('when random text is scanned, then the letters it counts by script are countScripts of the text (the language tokenize picks)', () => {
    const rnd = seeded(6)
    for (let n = 0; n < 5000; n++) {
      const len = 1 + Math.floor(rnd() * 24)
      let text = ''
      for (let k = 0; k < len; k++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)]
      expect(
        forEachRun(
          text,
          () => {},
          () => {},
        ),
        JSON.stringify(text),
      ).toEqual(countScripts(text))
    }
    for (const r of readRows('data/safety/crisis/dev.jsonl')) {
      const src = r.text.normalize('NFKC').replace(/[’'`ʼ]/g, '')
      expect(
        forEachRun(
          src,
          () => {},
          () => {},
        ),
      ).toEqual(countScripts(src))
    }
  })

  it('when a space comes before a newline, then the newline is no sentence break (as before), after a word it is, and a «.!» run takes its «!»', () => {
    expect(scannedRuns('a \nb')).toEqual(['0:a', '0:b', '0'])
    expect(scannedRuns('a\nb')).toEqual(['0:a', '2:b', '0'])
    expect(scannedRuns('a.!b!')).toEqual(['0:a', '2:b!', '0'])
  })

  it('when the dev lines are scanned, then runs and breaks match the old regex reading', () => {
    for (const r of readRows('data/safety/crisis/dev.jsonl')) {
      const src = r.text.normalize('NFKC').replace(/[’'`ʼ]/g, '')
      expect(scannedRuns(src)).toEqual(referenceRuns(src))
    }
  })
})
