import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
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

// Toll-free prefixes (RU/KZ 8 800, UA/UK/AM 0800, UK 0808, BY 8 801/8 820, US 1-800/888/877/866/855/844/833):
// a cheap pre-check before libphonenumber-js decides the number's type.
const SERVICE_PREFIX_RE =
  /^(?:[78]800\d{7}|0800\d{5,7}|0808\d{6,7}|8(?:801|820)\d{7}|1?8(?:00|33|44|55|66|77|88)\d{7}|448(?:00|08)\d{6,7}|3758(?:01|20)\d{7})$/

/**
 * A business's number, not a person's (the caller checks that a business is named before it): libphonenumber-js types it as toll-free, shared-cost, premium-rate
 * or a universal access number («8-800-555-35-35», "1-800-273-8255"). Stays readable like a helpline.
 */
export function isServiceNumber(raw: string): boolean {
  const digits = raw.replace(/\D/g, '')
  if (!SERVICE_PREFIX_RE.test(digits)) return false
  const plus = raw.trimStart().startsWith('+')
  for (const region of plus ? [undefined] : (['RU', 'US', 'GB', 'UA', 'BY', 'KZ'] as const)) {
    try {
      const type = parsePhoneNumberFromString(raw, region)?.getType()
      if (type === 'TOLL_FREE' || type === 'SHARED_COST' || type === 'PREMIUM_RATE' || type === 'UAN')
        return true
    } catch {
      // not a number libphonenumber-js can read: not a service number either
    }
  }
  return false
}
