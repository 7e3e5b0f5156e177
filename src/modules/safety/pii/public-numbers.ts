import { allCrisisLines } from '../crisis-lines/index.js'

/**
 * Public helplines are not anybody's phone number: the crisis lines the bot itself shows
 * (`../crisis-lines/*.json`) stay readable in anonymised text («дозвонилась на 8-800-2000-122»), so
 * moderators see that someone reached help. Compared on digits; for 10+ digit numbers on the last 10
 * (so «8 800…» and «+7 800…» are the same line).
 */
let numbers: Set<string> | undefined

const key = (digits: string): string => (digits.length >= 10 ? digits.slice(-10) : digits)

function helplines(): Set<string> {
  if (!numbers) {
    numbers = new Set()
    // every country file, so a country added there is never masked as somebody's number
    for (const line of allCrisisLines()) {
      const digits = line.number.replace(/\D/g, '')
      if (digits.length >= 7) numbers.add(key(digits))
    }
  }
  return numbers
}

/** True when the digits of a phone-like run are one of the public crisis lines. */
export function isPublicHelpline(raw: string): boolean {
  const digits = raw.replace(/\D/g, '')
  return digits.length >= 7 && helplines().has(key(digits))
}
