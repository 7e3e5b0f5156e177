import by from '../crisis-lines/by.json' with { type: 'json' }
import de from '../crisis-lines/de.json' with { type: 'json' }
import gb from '../crisis-lines/gb.json' with { type: 'json' }
import kz from '../crisis-lines/kz.json' with { type: 'json' }
import ru from '../crisis-lines/ru.json' with { type: 'json' }
import ua from '../crisis-lines/ua.json' with { type: 'json' }
import us from '../crisis-lines/us.json' with { type: 'json' }

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
    for (const country of [by, de, gb, kz, ru, ua, us]) {
      for (const line of country.lines) {
        const digits = line.number.replace(/\D/g, '')
        if (digits.length >= 7) numbers.add(key(digits))
      }
    }
  }
  return numbers
}

/** True when the digits of a phone-like run are one of the public crisis lines. */
export function isPublicHelpline(raw: string): boolean {
  const digits = raw.replace(/\D/g, '')
  return digits.length >= 7 && helplines().has(key(digits))
}
