import { type PiiFinding, push } from './types.js'

/**
 * A bank card beside the words that name it, and what is written next to its number: the expiry and the
 * code on the back («карта тинька 5536 9138 0000 4321 срок 08/27», "card … exp 11/26 cvv 418", «три цифры
 * сзади 661»). `phones.ts` finds cards by the Luhn check alone; here a card word makes 13–19 digits a card
 * whatever their check digit, and an expiry or a code is masked only beside a card number or after its own
 * word (cvv, «код на обороте»): «скидка до 12/25», "exam on 11/26" stay.
 */

const CARD_WORD_RE =
  /(?<![\p{L}\p{N}])(?:карт\p{L}*|кредитк\p{L}*|дебетовк\p{L}*|card|visa|master\s?card|amex|maestro|мир|сбер\p{L}*|тинько?ф?\p{L}*|tinkoff|debit|credit)(?![\p{L}\p{N}])/iu
// 13–19 digits in card groups: 4-4-4-4(-3), 4-6-5 (Amex), or unbroken.
const CARD_NUMBER_RE =
  /(?<![\d+])(?:\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\d])/gu
const EXPIRY = '(?:0?[1-9]|1[0-2])\\s?/\\s?(?:20)?\\d{2}(?![\\d/])'
// the expiry and the code right after a card number
const EXPIRY_AFTER_RE = new RegExp(`^[\\s,;]*(${EXPIRY})(?:[\\s,;]+(\\d{3,4})(?![\\d/.:]))?`, 'u')
const EXPIRY_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:exp(?:\\.|iry|ires|iration)?(?:\\s+date)?|valid\\s+(?:thru|through|until|till)|срок(?:\\s+действия)?|действует\\s+до|действительна\\s+до|годна\\s+до|до)\\s*[:\\-–—]?\\s*(?:до\\s*)?(${EXPIRY})`,
  'giu',
)
const CODE_WORD_RE =
  /(?<![\p{L}\p{N}])(?:cvv2?|cvc2?|csc|cvn|security\s+code|код\s+(?:на\s+обороте|сзади|безопасности|с\s+обратной\s+стороны|cvv|cvc)|(?:три|3|последние\s+три)\s+цифры\s+(?:сзади|на\s+обороте|с\s+обратной\s+стороны|на\s+обратной\s+стороне))(?:\s+(?:is|это|—|-|:))?\s*[:\-–—]?\s*(\d{3,4})(?!\d)/giu
const CODE_PRECHECK_RE = /cv[vcn]|csc|security\s+code|код\s+(?:на|сз|без|с\s)|цифры\s+(?:сз|на|с\s)/iu

export function findCardDetails(text: string, out: PiiFinding[]): void {
  if (!/\d/.test(text)) return
  // card numbers: a card word within the 40 characters before
  const cards: { start: number; end: number }[] = []
  if (/\d{4}[ -]?\d{4}/.test(text)) {
    for (const m of text.matchAll(CARD_NUMBER_RE)) {
      const n = m[0].replace(/\D/g, '').length
      if (n < 13 || n > 19) continue
      const end = m.index + m[0].length
      const known = out.some((f) => f.kind === 'card' && f.start <= m.index && f.end >= end)
      if (!known && !CARD_WORD_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue
      if (!known) push(out, 'card', m.index, end, text)
      cards.push({ start: m.index, end })
    }
  }
  // the expiry and the code right after a card number ("4111 1111 1111 1111 12/27 123")
  for (const c of cards) {
    const after = text.slice(c.end, c.end + 24)
    const m = after.match(EXPIRY_AFTER_RE)
    if (!m) continue
    const exp = c.end + (m.index ?? 0) + m[0].indexOf(m[1] as string)
    push(out, 'card', exp, exp + (m[1] as string).length, text)
    if (m[2]) {
      const code = c.end + m[0].lastIndexOf(m[2])
      push(out, 'card', code, code + m[2].length, text)
    }
  }
  // an expiry after its word, within 80 characters of a card number
  if (cards.length > 0 && /\d\s?\/\s?\d/.test(text)) {
    for (const m of text.matchAll(EXPIRY_WORD_RE)) {
      const near = cards.some((c) => Math.abs(m.index - c.end) < 80 || Math.abs(c.start - m.index) < 80)
      if (!near) continue
      const g = m[1] as string
      const at = m.index + m[0].lastIndexOf(g)
      push(out, 'card', at, at + g.length, text)
    }
  }
  // the code on the back after its own word, anywhere
  if (CODE_PRECHECK_RE.test(text)) {
    for (const m of text.matchAll(CODE_WORD_RE)) {
      const g = m[1] as string
      const at = m.index + m[0].lastIndexOf(g)
      push(out, 'card', at, at + g.length, text)
    }
  }
}
