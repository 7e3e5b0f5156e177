import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('addresses and bank codes — units, floors, villages, other countries (issue 12, round 9)', () => {
  it.each([
    ['из дома номер 7 по Кирпичному переулку нас выгнали, квартира 15', ['7', 'Кирпичному', '15']],
    ['м. Сокол, ул. Алабяна д.10 кв.88, 3 подъезд, код 88К4512 — это если что', ['Алабяна', '88К4512']],
    ['Пишу с дачи: Тверская обл., д. Горки, дом 17, связи почти нет', ['Горки', '17']],
    ['мы снимали квартиру на набережной Обводного канала, дом 118, квартира 34', ['Обводного', '118']],
    ['в Ташкенте, Юнусабад, 11 квартал, дом 34, кв 7 осталась мама', ['Юнусабад', '34']],
    ['Улица Зелёная, двадцать три, квартира семь. Это дом, который отобрали', ['Зелёная', 'двадцать три']],
    ["We're in Istanbul, Bağdat Cad. No: 312 D: 9, Kadıköy", ['312', '9']],
    ["ok so I'm at 2nd floor, 16 Gandhi Nagar Main Road, Chennai 600020, hostel", ['2nd floor', '600020']],
    ['my little brother lives at 6 Glenview Court, Dublin 14, D14 X2Y7, with dad', ['Glenview', 'D14 X2Y7']],
    ['my parents are at H.No. 12-2-45, Mehdipatnam, Hyderabad 500028', ['12-2-45', 'Mehdipatnam', '500028']],
    ['Im in the basement apt at 61 Wellington St N, Hamilton', ['basement apt', 'Wellington']],
    ['staying at Av. Insurgentes Sur 1605, Depto 302, CDMX', ['1605', '302']],
    ['Postal address is Rural Route 1, Site 4, Comp 22, Brandon MB R7A 5Y1', ['Comp 22', 'R7A 5Y1']],
    ['sent from 87 Jalan Ampang, Level 12, Kuala Lumpur — new job', ['Ampang', 'Level 12']],
    [
      'they sent the bill to Flat 5, Block B, Green Park Apartments, Sector 62, Noida 201301',
      ['Flat 5', 'Block B', 'Sector 62', '201301'],
    ],
    ['идентификационный номер 3120589A012PB3, паспорт MP3456789', ['3120589A012PB3']],
    ['routing 021000021 account 000123456789 — i sent this to a scammer', ['021000021']],
    ['Sort code 20-00-00, account 55779911. Payday lender keeps taking money', ['20-00-00']],
    ['вулиця Грушевського, будинок 4, квартира 8', ['Грушевського', '4', '8']],
    ["вул. Шевченка, буд. 12, під'їзд 2, поверх 3, кв. 5", ['Шевченка', '12', '5']],
    ['а/я 45, 101000 Москва', ['45', '101000']],
    ['пишите на абонентский ящик 12, Казань', ['12']],
    ['Postfach 1234, 10115 Berlin', ['1234', '10115']],
    ['skrytka pocztowa 15, 00-950 Warszawa', ['15', '00-950']],
  ])('when the text is "%s", then the address or account is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'на набережной Обводного канала сегодня ветрено',
    'level 12 of the game is impossible',
    'block B of the exam was the worst',
    'our sort code system changed in 2020',
    'routing tables are my least favourite topic',
    'живём в 11 квартале, тут шумно',
    'Улица Зелёная — моя любимая песня',
    'I moved to the 2nd floor office today',
    'у меня в ящике 12 писем от него',
    'будинок у нас старий, 1960 року',
  ])('when the text is "%s", then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
