import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'
import { validIban } from './documents.js'

const ids = (text: string) => findPii(text).filter((f) => f.kind === 'id_document')

describe('documents named by their keyword, any country (piiid8)', () => {
  it.each([
    ['ВНЖ 90 № 0012345, продлевать через год', ['90', '0012345']],
    ['вид на жительство серия 83 номер 7654321', ['83', '7654321']],
    ['разрешение на временное проживание № 3456789, а работы нет', ['3456789']],
    ['патент серия 50 № 1700234567 — оплатила на три месяца', ['50', '1700234567']],
    ['миграционная карта 4617 0123456, пограничник поставил печать', ['4617', '0123456']],
    ['my PAN card is ABCPK1234F, the bank wants it', ['ABCPK1234F']],
    ['CURP: MELM900815MDFRRR07 for the form', ['MELM900815MDFRRR07']],
    ['RFC MELM900815AB1 y ya', ['MELM900815AB1']],
    ['state ID number 123 456 789, they refused it', ['123 456 789']],
    ['my green card number is SRC1234567890, lost it', ['SRC1234567890']],
    ['alien number 204815392 on the letter', ['204815392']],
    ['USCIS # A-204-815-392 again', ['204-815-392']],
    ['BRP RZ7712345 expires soon', ['RZ7712345']],
    ['PPSN 1234567FA — is it safe?', ['1234567FA']],
    ['NIN: 12345678901 for the bank portal', ['12345678901']],
    ['BVN 22412345678, they keep asking', ['22412345678']],
    ['NRIC S1234567D at the clinic', ['S1234567D']],
    ['my voter ID is XYZ1234567', ['XYZ1234567']],
    ["driver's license D123-4567-8901 suspended", ['D123-4567-8901']],
    ['account number 000123456789 at chase', ['000123456789']],
    ['номер счёта 40817810099910004312, туда перевели', ['40817810099910004312']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'u'))
    expect(ids(text).length).toBeGreaterThan(0)
  })

  it.each([
    'патент на изобретение получил в 2019',
    'ВНЖ дали на 5 лет, наконец-то',
    'my PAN is too hot to cook on',
    'state ID expired in 2024, renewing',
    'account 2 of 3 got banned',
    'green card lottery 2026 opens in october',
    'visa 2024-2025 season',
    'routing 021000021 is the bank, right?',
  ])('when a document word has no personal number (%j), then no id', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('a Russian series and number in any order, with no document named (piiid8)', () => {
  it.each([
    ['номер 512034, серия 40 08 — на всякий случай', ['512034', '40 08']],
    ['серия 4511, номер 100200 вот', ['4511', '100200']],
    ['№ 654987 серия 77 12', ['654987', '77 12']],
  ])('when %j, then both parts are masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each(['серия 5, номер 12 в списке', 'номер 345678 в очереди, серия игр закончилась'])(
    'when a series or a number is no document (%j), then no id',
    (text) => {
      expect(ids(text)).toEqual([])
    },
  )
})

describe('IBAN with its check digits (piiid8)', () => {
  it('when mod-97 is checked, then a real IBAN passes and a changed digit fails', () => {
    expect(validIban('DE89370400440532013000')).toBe(true)
    expect(validIban('DE89370400440532013001')).toBe(false)
    expect(validIban('GB82WEST12345698765432')).toBe(true)
  })

  it.each([
    ['переведи на DE89 3704 0044 0532 0130 00 пожалуйста', 'DE89 3704 0044 0532 0130 00'],
    ['iban: gb82 west 1234 5698 7654 32 thanks', 'gb82 west 1234 5698 7654 32'],
    ['my IBAN FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
  ])('when %j, then the IBAN is an id_document', (text, value) => {
    expect(ids(text).map((f) => f.value)).toContain(value)
  })

  it.each(['model DE12 3456 is out of stock', 'flight GB47 at gate 12'])(
    'when letters and digits only look like an IBAN (%j), then no id',
    (text) => {
      expect(ids(text)).toEqual([])
    },
  )
})

describe('words between a document word and a number (piiid8)', () => {
  it.each([
    ['паспорт гражданина Казахстана N12345678', 'N12345678'],
    ['NY state ID 884 213 907, stolen', '884 213 907'],
  ])('when a country stands between (%j), then the number is a document', (text, value) => {
    expect(ids(text).map((f) => f.value)).toContain(value)
  })

  it.each([
    ['паспорт у мамы, позвони 89161234567', '89161234567'],
    ['PAN card office line 1800 180 1961', '1800 180 1961'],
  ])('when a phone is given after a document word (%j), then it stays a phone', (text, value) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['phone', value])
  })

  it.each(['sort code 20-00-00 is the bank', 'routing 021000021 is the bank, right?'])(
    'when a bank’s own code is given (%j), then nothing is masked',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('more document words, a series of capitals, whose number it is (piiid8)', () => {
  it.each([
    ['passport: AB 123 4567', 'AB 123 4567'],
    ['Pasaporte: G12345678', 'G12345678'],
    ['номер удостоверения 123456', '123456'],
    ['студак 12345678 потеряла', '12345678'],
    ['СНИЛС у меня 112 233 445 95', '112 233 445 95'],
    ['medical record number 00123456', '00123456'],
    ['полис ОМС 7755440011223344', '7755440011223344'],
    ['полис ОСАГО ХХХ 0123456789', 'ХХХ 0123456789'],
  ])('when %j, then %j is the document', (text, value) => {
    expect(ids(text).map((f) => f.value)).toContain(value)
  })

  it.each([
    'инн организации 7707083893',
    'passport photos 2 for 15 dollars',
    'удостоверение получила 12.05.2023',
  ])('when the number is an organisation’s or no number (%j), then no id', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('the last digits of a document, and a filler before the number (piiid8)', () => {
  it.each([
    ['my ssn ends in 4821, they read it back', '4821'],
    ['последние цифры паспорта 3456, остальное не скажу', '3456'],
    ['снилс заканчивается на 4495', '4495'],
    ['passport number, just in case: A12345678', 'A12345678'],
  ])('when %j, then %j is masked', (text, digits) => {
    expect(anonymize(text)).not.toContain(digits)
  })

  it.each(['card ending in 4432', 'my shift ends in 1530', 'карта заканчивается на 4432'])(
    'when the last digits are of no document (%j), then nothing is masked',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('a phone given after a document word stays a phone (piiid8)', () => {
  it.each([
    ['паспорт потеряла, мой 89161234567', '89161234567'],
    ['паспорт у меня, номер 89161234567 звони', '89161234567'],
    ['account: my number is 07700 900123', '07700 900123'],
  ])('when %j, then %j is a phone (a contact)', (text, value) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['phone', value])
  })
})
