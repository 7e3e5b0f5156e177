import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

describe('bank card details beside the number (piiid8)', () => {
  it.each([
    ['карта 2200 7001 2345 6789, действует до 09/28, cvc 512', ['09/28', '512']],
    ['номер карты 4111 1111 1111 1111 срок 1/27 код на обороте 330', ['1/27', '330']],
    ['visa 4000 1234 5678 9010 exp. 04/2029 security code 7781', ['04/2029', '7781']],
    ['4111111111111111 12/27 123 — вот, скинула', ['12/27', '123']],
    ['cvv is 904, expiry 03/26, card 5555 4444 3333 1111', ['904', '03/26']],
    ['три цифры сзади 661, только никому', ['661']],
  ])('when %j, then the expiry and the code are masked with the number', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toMatch(new RegExp(`(?<!\\d)${p}(?!\\d)`))
  })

  it.each([
    ['карта тинька 5536 9138 0000 4321', '5536 9138 0000 4321'],
    ['debit card 5412 7509 3318 2265 froze', '5412 7509 3318 2265'],
  ])(
    'when a card is named before 16 digits whatever their check digit (%j), then it is a card',
    (text, value) => {
      expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['card', value])
    },
  )

  it.each([
    'скидка до 12/25 на всё',
    'exam on 11/26, wish me luck',
    'счёт 2:1, а срок сдачи до 10/12',
    'на карте 312 рублей до зарплаты',
  ])('when a date or a score has no card beside it (%j), then nothing is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})
