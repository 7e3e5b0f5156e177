import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'
import { validInn, validSnils } from './ids.js'

describe('identity documents', () => {
  it.each([
    ['паспорт серия 4617 номер 302918', '4617 номер 302918'],
    ['серия 40 11 № 556201, выдан УФМС', '40 11 № 556201'],
    ['мой паспорт 4519 870312', '4519 870312'],
    ['паспорт №4203 908172', '4203 908172'],
    ['СНИЛС 112-233-445 95', '112-233-445 95'],
    ['112-233-445 95', '112-233-445 95'],
    ['ИНН 500100732259', '500100732259'],
    ['полис ОМС 7755440011223344', '7755440011223344'],
    ['в/у 50 ОК 781203', '50 ОК 781203'],
    ['passport no. 912803447', '912803447'],
    ['SSN 219-09-9999', '219-09-9999'],
  ])('when the text is %j, then %j is an id_document', (text, value) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['id_document', value])
  })

  it('when СНИЛС/ИНН control digits are checked, then valid numbers pass and a changed digit fails', () => {
    expect(validSnils('11223344595')).toBe(true)
    expect(validSnils('11223344596')).toBe(false)
    expect(validInn('500100732259')).toBe(true)
    expect(validInn('500100732258')).toBe(false)
    expect(validInn('7707083893')).toBe(true)
  })

  it.each(['паспорт забыл дома', 'заказ № 73310 задерживается', 'серия из 5 игр'])(
    'when document words appear without a number (%j), then nothing is found',
    (text) => {
      expect(findPii(text)).toEqual([])
    },
  )
})

describe('identity documents — more forms (issue 12, v2)', () => {
  it.each([
    ['старый паспорт Украины: СО 481220', '481220'],
    ['свидетельство о рождении I-ЖВ № 604512', '604512'],
    ['ID-карта 004518233', '004518233'],
  ])('when the text is %j, then the number is an id_document', (text, digits) => {
    expect(findPii(text).some((f) => f.kind === 'id_document' && f.value.includes(digits))).toBe(true)
  })
  it.each(['класс 9-А № 12', 'рейс SU 1402'])(
    'when letters and digits are no document (%j), then no id',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
    },
  )
})

describe('documents — grouped numbers and a series before the document (issue 12, v3)', () => {
  it.each([
    ['паспорт серия 45 11 номер 12 34 56', '123456'],
    ['серия 4612 номер 123 456, выдан давно', '123456'],
    ['серия II-АК 654321 это свидетельство о рождении', '654321'],
  ])('when %j, then the number is masked', (text, number) => {
    const doc = findPii(text).find((f) => f.kind === 'id_document')
    expect(doc?.value.replace(/\D/g, '')).toContain(number)
  })
})

describe('documents — UK NI numbers and personal id numbers of neighbouring countries (issue 12, v4)', () => {
  it.each([
    ['my NI number is QQ 12 34 56 C', 'QQ 12 34 56 C'],
    ['national insurance number: AB123456C', 'AB123456C'],
    ['just in case, JG 10 37 95 A is mine', 'JG 10 37 95 A'],
    ['мой ИИН 950101300123, если что', '950101300123'],
    ['РНОКПП 3012345678', '3012345678'],
    ['ПИНФЛ: 31505901234567', '31505901234567'],
    ['личный номер 3120589A001PB5 в паспорте', '3120589A001PB5'],
    ['driving licence MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['tax id 12-3456789', '12-3456789'],
  ])('when %j, then %j is an id_document', (text, value) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['id_document', value])
  })

  it.each(['send me your NI number', 'the TIN can was empty', 'Windows 11 Home, ID 42', 'иин? не помню'])(
    'when a document word has no number (%j), then no id',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
    },
  )
})

describe('documents — SIN, TFN, licence ids, passport digits typed apart (issue 12, v4)', () => {
  it.each([
    ['my SIN 130 692 544, is that safe', '130692544'],
    ['tfn 123 456 782 they asked', '123456782'],
    ['my license id is 123 456 789, class D', '123456789'],
    ['серия 4 6 0 1 номер 3 1 2 4 5 6 — паспорт', '4601'],
  ])('when %j, then the number is masked', (text, digits) => {
    expect(anonymize(text).replace(/\D/g, '')).not.toContain(digits)
  })
})

describe('passports — number before series, either part named alone (piinum5)', () => {
  it.each([
    ['номер паспорта 123456, серия 4508', ['123456', '4508']],
    ['паспорт: номер 123456 серия 45 08', ['123456', '45 08']],
    ['в паспорте номер 654 321, а серию не помню', ['654 321']],
    ['серия паспорта у меня 46 02', ['46 02']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each(['серия 4 из 7, номер 12', 'номер 123456 в очереди', 'паспорт готов, серия 3 сезона'])(
    'when a series or a number is no passport (%j), then no id',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
    },
  )
})

describe('passports dictated in words (piinum5)', () => {
  it.each([
    [
      'я потеряла паспорт, серия сорок шесть ноль два, номер семьсот восемнадцать триста девяносто — как быть?',
      'сорок шесть ноль два, номер семьсот восемнадцать триста девяносто',
    ],
    [
      'паспорт 45 08 номер сто двадцать три четыреста пятьдесят шесть',
      '45 08 номер сто двадцать три четыреста пятьдесят шесть',
    ],
    [
      'серия четыре пять ноль восемь, номер один два три четыре пять шесть',
      'четыре пять ноль восемь, номер один два три четыре пять шесть',
    ],
  ])('when %j, then the spelled number is an id_document', (text, value) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toContainEqual(['id_document', value])
  })

  it.each(['паспорт сделала за две недели, три раза ходила', 'серия пятая, сезон второй'])(
    'when number words after a passport word are no number (%j), then no id',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
    },
  )
})

describe('documents — more ru and EU forms (piinum5)', () => {
  it.each([
    ['серия/номер: 4508/123456', ['4508', '123456']],
    ['серия и номер: 45 08 123456', ['45 08', '123456']],
    ['код подразделения 770-001', ['770-001']],
    ['военный билет АА 1234567', ['1234567']],
    ['студенческий билет № 123456', ['123456']],
    ['СТС 77 УА 123456', ['123456']],
    ['свидетельство о рождении серия V-МЮ номер 123456', ['123456']],
    ['Medicare number 1EG4-TE5-MK73', ['1EG4-TE5-MK73']],
    ['Personalausweis L01X00T47', ['L01X00T47']],
    ['Steuer-ID 12 345 678 901', ['12 345 678 901']],
    ['NIE X1234567L', ['X1234567L']],
    ['codice fiscale RSSMRA85T10A562S', ['RSSMRA85T10A562S']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'код подразделения не помню',
    'билет на 12:40, вагон 5',
    'my id number is secret',
    'nie wiem 25 lat',
  ])('when a document word has no document number (%j), then no id', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
  })
})

describe('documents — abbreviations, travel passports, last digits, a corrected number (piinum5)', () => {
  it.each([
    ['свид. о рожд. V-ИК № 403817 в собесе требуют копию', ['V-ИК', '403817']],
    ['права 54 09 №317265 просрочены', ['54 09', '317265']],
    ['загран 72 № 5512843', ['72 № 5512843']],
    ['загранпаспорт 53№2710468 (старый)', ['53№2710468']],
    ['в ID-картці запис № 19900101-01234', ['19900101-01234']],
    ['last 4 of my ssn are 3391 and full one 227-09-3391', ['3391']],
    [
      'сорок пять семнадцать номер ноль шесть три девять один два, это мой паспорт',
      ['сорок пять семнадцать', 'ноль шесть три девять один два'],
    ],
    ['reisepass nr C01X00T47? no thats the sample. mine is CF7K29LP3', ['CF7K29LP3']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each(['last 4 of my card are 1234', 'mine is 25 years old', 'загран готов через 2 недели'])(
    'when %j, then no id',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'id_document')).toEqual([])
    },
  )
})
