import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

const found = (text: string) => findPii(text).map((f) => [f.kind, f.value])

describe('phones', () => {
  it.each([
    ['звони 8 (3462) 51-20-18 вечером', '8 (3462) 51-20-18'],
    ['тел. 8 (4232) 40-11-73', '8 (4232) 40-11-73'],
    ['8 (3812) 12-34-56', '8 (3812) 12-34-56'],
    ['рабочий 12-34-56', '12-34-56'],
    ['мой рабочий 31-17-92, добавочный 5', '31-17-92, добавочный 5'], // the extension goes with it (v4)
    ['+375 (33) 702-14-58', '+375 (33) 702-14-58'],
    ['+998 91 407 18 22', '+998 91 407 18 22'],
    ['8 705 218 33 41', '8 705 218 33 41'],
    ['+995 577 40 21 09', '+995 577 40 21 09'],
    ['+374 93 402718', '+374 93 402718'],
    ['+994 51 210 77 31', '+994 51 210 77 31'],
    ['+996 555 318 204', '+996 555 318 204'],
    ['+373 69 201 447', '+373 69 201 447'],
    ['+380 (63) 510 22 84', '+380 (63) 510 22 84'],
    ['ping me at (617) 555-0142', '(617) 555-0142'],
    ['cell: 303.555.0119', '303.555.0119'],
    ['mobile 07700 900461', '07700 900461'],
    ['+33 7 81 22 40 19', '+33 7 81 22 40 19'],
    ['+49 170 9876543', '+49 170 9876543'],
    ['домашний 3-41-07, звони после шести', '3-41-07'],
  ])('when the text is %j, then the whole number %j is one phone', (text, value) => {
    expect(found(text)).toContainEqual(['phone', value])
  })

  it.each([
    ['восемь девятьсот двадцать шесть триста десять сорок один девяносто'],
    ['номер: девять два пять ноль один один семь три три восемь'],
    ['набери 8 девятьсот 77 один два три 45 00'],
    ["it's six one seven, five five five, zero one four two"],
    ['call three oh three 555 oh one one nine'],
  ])('when a number is spelled in words (%j), then it is a phone', (text) => {
    expect(findPii(text).map((f) => f.kind)).toContain('phone')
  })

  it('when a spelled phone is found, then its span covers every word of it', () => {
    const text = 'номер восемь девятьсот двадцать один сто двадцать три сорок пять шестьдесят семь, жду'
    const [f] = findPii(text)
    expect(f?.value).toBe('восемь девятьсот двадцать один сто двадцать три сорок пять шестьдесят семь')
  })

  it('when a spelled phone follows another number, then the phone is still found on its own', () => {
    const found = findPii('паспорт 4517 302211, восемь девятьсот один два три 45 67')
    expect(found.map((f) => [f.kind, f.value])).toContainEqual([
      'phone',
      'восемь девятьсот один два три 45 67',
    ])
  })

  it.each([
    'это было 12-05-23, помню',
    'с 2015 по 2018 работала в школе',
    'встретимся в 19:30 у метро',
    'зарплата 85 000, а аренда 40 000',
    'подожди 5-10 минут',
    'I sleep 4-5 hours a night',
    'rent is $1,450 a month',
    'version 2.1.3 of the app',
    'мне семнадцать, брату двадцать три',
    'one or two times a week',
    'в 2007-2009 я жила у бабушки',
    'born on 04/12/1999',
  ])('when the text has ordinary numbers (%j), then no phone is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})

describe('phones — more forms (issue 12, v2)', () => {
  it.each([
    ['мой номер 89O5 3I7 44 20', '44 20'],
    ['звони 8 (9I6) 7З4-О5-11', '11'],
  ])('when digits are typed with look-alike letters (%j), then the number is a phone', (text, tail) => {
    expect(findPii(text).some((f) => f.kind === 'phone' && f.value.endsWith(tail))).toBe(true)
  })
  it.each(['ООО «Ромашка» 2019', 'COVID-19 в 2020', 'IO 3000 серия', 'модель l300 и S10'])(
    'when letters beside digits are words or models (%j), then no phone',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'phone')).toEqual([])
    },
  )
  it('when the number is a public helpline the bot itself shows, then it stays', () => {
    expect(findPii('дозвонилась на 8-800-2000-122, стало легче')).toEqual([])
    expect(findPii('позвонила на 8 800 200 01 22')).toEqual([])
  })
  it('when the number is a helpline of any country file the bot shows (Armenia too), then it stays', () => {
    expect(findPii('в Ереване звонила на 0800 00 900, поговорили')).toEqual([])
  })
})

describe('phones of more countries without "+" (issue 12, v2)', () => {
  it.each([
    ['номер моего брата в Польше 601 234 567', '601 234 567'],
    ['номер подруги в Тбилиси: 595 11 22 33', '595 11 22 33'],
  ])('when the text is %j, then %j is a phone', (text, value) => {
    expect(found(text)).toContainEqual(['phone', value])
  })
})

describe('phones with repeated digits in words (issue 12, v2)', () => {
  it.each([
    'мой номер 8 926 три семёрки две двойки 15',
    'звони: восемь, девятьсот пять, три нуля, двадцать, двадцать',
    'number is triple two, five five five, double one four six',
  ])('when the text is %j, then a phone is found', (text) => {
    expect(findPii(text).map((f) => f.kind)).toContain('phone')
  })
  it.each(['три пятёрки подряд в четверти', 'double seven is lucky', 'triple points today'])(
    'when repeated digits are no number (%j), then no phone',
    (text) => {
      expect(findPii(text)).toEqual([])
    },
  )
})

describe('phones — rarer dashes and extensions (issue 12, v4)', () => {
  it.each([
    ['вот: 8‑917‑205‑63‑48', '917'],
    ['+7 (985) 040‒77‒19 — рабочий', '7719'],
    ['+7 495 984-31-27 доб. 442, там секретарь', '442'],
    ['call (212) 555-0198 ext. 17 after six', 'ext. 17'],
  ])('when %j, then %j is masked with the number', (text, part) => {
    expect(anonymize(text).replace(/\D/g, '')).not.toContain(part.replace(/\D/g, ''))
  })
})

describe('phones dictated in pieces joined by words (issue 12, v4)', () => {
  it.each([
    ['its 6 4 7 then 2 1 9 then 30 30 ok', '6472193030'],
    ['+7 девятьсот шестнадцать, потом 2 3 4, потом ноль пять сорок', '9162340540'],
    ['номер: восемь девятьсот двадцать — это начало, а дальше триста сорок и десять десять', '89203401010'],
    ['four one five / five five five / zero one nine eight', '4155550198'],
    ['ну номер восемь, девять, ноль, три, и дальше сто двадцать три сорок пять', '890312345'],
  ])('when %j, then the whole number is one phone', (text) => {
    const phones = findPii(text).filter((f) => f.kind === 'phone')
    expect(phones).toHaveLength(1)
  })

  it.each([
    'в 2019 потом 2020 потом 2021 всё было плохо',
    'раз два три, потом ещё раз',
    'we met at 5 then 6 then 7 pm',
  ])('when %j, then no phone', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'phone')).toEqual([])
  })
})

describe('numbers that belong to things, not people (piinum5)', () => {
  it.each([
    'заказ № 48213597 приедет завтра',
    'номер заказа 123456789, подскажите где он',
    'трек-номер 80085412345678 не отслеживается',
    'трек RA123456789RU',
    'артикул 4607001234567 на ВБ',
    'штрихкод 4601234567890',
    'стоит 1500000 рублей, дорого',
    'ипотека на 4500000 ₽',
    'ISBN 978-5-17-123456-7',
    'IP 192.168.1.1 не пингуется', // a private address; a public one is still a number
    'новый телефон за 125 999 рублей',
    'звонила в поддержку банка 8-800-555-35-35',
    'ИНН компании 7707083893',
    'call 1-800-273-8255 for the store',
    'tried the DMV, their line is 1-800-777-0133, useless',
    'звонила в МФЦ на 8-800-550-50-30, никто не взял',
    'their number is 1-888-555-0100 if you need the agency',
    'номер договора 77-123456-2024',
    'номер квитанции 1234567',
    'invoice #20240512',
    'order number 112-3456789-1234567',
    'tracking number 1Z999AA10123456784',
    "my order #123456789 hasn't arrived",
    'ticket number 0012345678',
    'телефон 1 000 000 раз перезагружала',
    'БИК 044525225, ОГРН 1027700132195',
    'номер накладной 1234567890',
    'подписчиков уже 1250000, прикинь',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it.each([
    ['курьер из заказа звонил с 89161234567', '89161234567'],
    ['заказ оформлен на номер +7 916 123-45-67', '+7 916 123-45-67'],
    ['для заказа мой телефон 8 916 123 45 67', '8 916 123 45 67'],
    ['мой номер 89161234567, 500 рублей скинь', '89161234567'],
    ['my work number is 1-800-555-0199 ext. 4', '1-800-555-0199 ext. 4'],
    ['OK my cell is 1-800-555-0142', '1-800-555-0142'],
    ['мой IP 95.24.123.45, вдруг надо', '95.24.123.45'],
    ['заявка 5 — мой номер 212 555 0147', '212 555 0147'],
    ['order 5 shipped, my number is 07700 900123', '07700 900123'], // a public address may identify; read as a phone
    ['call me pls 8O1 555 Ol22', '8O1 555 Ol22'],
  ])('when a phone stands near an order word or a price (%j), then it is still a phone', (text, value) => {
    expect(found(text)).toContainEqual(['phone', value])
  })
})

describe('phones dictated with fillers, endings and emoji between pieces (piinum5)', () => {
  it.each([
    ['девять один семь... потом 304... и в конце 12 58', '9173041258'],
    ['номер 8 9 ноль 5... щас... 6 1 2 4 4 0 7 вроде так', '89056124407'],
    ['восемь, эээ, девятьсот шестнадцать, ну, сто двадцать три сорок пять шестьдесят семь', '89161234567'],
    ['восемь девятьсот пятнадцать 👉 двести шесть 👉 девяносто один 👉 семнадцать', '89152069117'],
    ['my cell 🔢 4 0 4 👉 9 1 7 👉 3 3 5 2', '4049173352'],
    ['its 555 ➡️ 201 ➡️ 7788', '5552017788'],
  ])('when %j, then every piece is masked', (text) => {
    const out = anonymize(text)
    expect(out).toContain('[phone]')
    expect(out.replace(/\[\w+\]/g, '')).not.toMatch(
      /\d|один|два|три|пять|семь|восемь|девят|сорок|двести|семнадцать/u,
    )
  })

  it.each([
    'психотерапия 12 сессий по 4500 это 54 000, дорого',
    'машина ВАЗ-2107 1998 года, продаю',
    'трек-номер сдэка 1487 2390 11, пишут что у курьера',
    'на госуслугах висит заявление № 3710465218, статус «на рассмотрении»',
    'в школе № 1543 и гимназии № 2007',
    'было 3 👉 стало 5 👉 теперь 7',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('numbers that only look long: codes, sequences, dates with a time, draws (piiid8)', () => {
  it.each([
    'код ошибки 0x80070005, винда не обновляется',
    'error 0x8007000e again',
    'пароль от вайфая 12345678, ахах',
    'pin is 87654321 lol',
    'code 00000000 worked',
    'last message says 2024-03-15 03:14. yeah',
    'отправлено 15.03.2024 03:14',
    'lottery numbers were 4 17 23 31 42, one off',
    'в лотерею выпало 3 11 19 27 35 44',
    'номер заказа на озоне 9834751023, жду',
    'order ID 3049-8812-7716-0032 from the shop',
    'transaction id 4111 1111 1111 1111 failed',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it.each([
    ['для заказа мой 9161234567', '9161234567'],
    ['заказ привезут, звони 9161234567', '9161234567'],
    ['мой номер 4 17 23 31 42 9', '4 17 23 31 42 9'],
    ['06 12 34 56 78 c’est mon portable', '06 12 34 56 78'],
    ['мой пин от карты 1357 а телефон 89161234567', '89161234567'],
  ])('when a phone stands beside such words (%j), then it is still a phone', (text, value) => {
    expect(found(text)).toContainEqual(['phone', value])
  })
})

describe('a counting run grouped like a phone is still a phone (piiid8)', () => {
  it.each([
    ['мой 123-45-67, вечером', '123-45-67'],
    ['плюс семь девять один шесть, дальше 234 56 78', '234 56 78'],
  ])('when %j, then the digits are masked', (text, digits) => {
    expect(anonymize(text)).not.toContain(digits)
  })
})
