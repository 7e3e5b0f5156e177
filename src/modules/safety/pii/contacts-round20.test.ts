import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

// Forms of issue 12's round 20 (branch pii20contacts): contacts, addresses and documents given apart, in
// words or in other countries' shapes. Values and wording differ from blind batch 17's.
describe('contacts, addresses and documents in new forms (issue 12, round 20)', () => {
  it.each([
    // the street, then its number in the next clause or sentence
    ['we rent on birch rd. the house number is 57, green fence', ['birch rd', '57']],
    ['she moved to Harbor Ave. number is 2210, flat 4', ['Harbor Ave', '2210', 'flat 4']],
    ['the road is Ashgrove Close and the house is 9, by the oak', ['Ashgrove Close', '9']],
    // a house and a flat by their words, a numbered district first
    ['Samarkand, Yunusobod block 4, house 21, apt 17', ['Yunusobod block 4', 'house 21', 'apt 17']],
    // Russian: «номер дома … а квартира …», the street in the sentence before
    ['Мы на Абовяна. Номер дома 12, а квартира 40', ['Абовяна', '12', '40']],
    ['Живём по Шевченко. Дом семнадцать, квартира девять', ['Шевченко', 'семнадцать', 'девять']],
    // Moldovan/Romanian «ап.» for a flat, a flat's kind without a number, a lot in a named park
    ['мун. Бельцы, ул. Штефана 40/2, ап. 17', ['Штефана 40/2', 'ап. 17']],
    [
      "we're at 88 Oak St, Dayton OH 45402, and it's the basement apartment",
      ['88 Oak St', 'basement apartment'],
    ],
    ['space 22, Sunny Acres RV Park, 1500 State Rd 44, Leesburg FL 34748', ['space 22', '1500 State Rd 44']],
    // a Spanish street with its adjective first, the floor and the postcode after it
    ['estoy en Gran Via 12, 2º dcha, 28013 Madrid', ['Gran Via 12', '2º dcha', '28013']],
    // a phone dictated in pieces, no piece a phone on its own
    ['my number: 646 and then 720 and then 1188, call after 6', ['646', '720', '1188']],
    ['89257701 и в конце 433, не пиши никому', ['89257701', '433']],
    // a phone's start said apart and its continuation before a false start
    ['номер начинается на 8 903, дальше 44... хотя нет. короче 8 903 441 20 77', ['44']],
    // a person's ИНН after an organisation's was mentioned
    ['ИНН компании не нужен, нужен мой 7731 0042 9915', ['7731 0042 9915']],
    // handles: a search for the account, a decorated nick, «там как» before the handle
    ["just search 'marigoldhours' on tiktok, that's me", ['marigoldhours']],
    ['youtube: search the name BakingWithBogdan', ['BakingWithBogdan']],
    ['ник в дискорде: ~{Lena}~Kovac~, пиши', ['~{Lena}~Kovac~']],
    ['Ищи меня там как vera.sokol, в тредс', ['vera.sokol']],
    // a mailbox dictated in Cyrillic words with «точка»
    ['почта на гугле: эм точка орлова, пиши', ['эм точка орлова']],
    // the address's house number written again, a Japanese ward and postcode, one number word before a
    // lower-case street where someone lives
    ["we're at 14C Elmwood Road, Leeds LS6 2AB. yes 14C, the green door", ['14C']],
    ['I live at 2-8-11 Ebisu, Meguro-ku, Tokyo 153-0013', ['2-8-11 Ebisu', 'Meguro-ku', '153-0013']],
    ['twelve cedar hollow lane, that is where she lives now', ['twelve cedar hollow lane']],
    // other countries' shapes: a Vietnamese district, an Indonesian «Jl. … No.», a Portuguese «número», a
    // Danish «-gade» with its floor, a Finnish «-tie» with staircase and flat, a lower-case South Asian street
    ['my address is 45/7 Le Van Sy, District 3, HCMC', ['45/7 Le Van Sy', 'District 3']],
    ['kirim ke Jl. Diponegoro No. 18, Bandung 40115', ['Diponegoro', '18', '40115']],
    ['moro na Rua Oscar Freire, número 930, apartamento 51', ['Oscar Freire', '930', 'apartamento 51']],
    ['I live at Vesterbrogade 61, 3. tv, 1620 København', ['Vesterbrogade 61', '3. tv', '1620']],
    ['we moved to Hämeentie 40 C 12, 00530 Helsinki', ['Hämeentie 40 C 12', '00530']],
    ['house 22, street 9, sector F-8, Islamabad', ['house 22', 'street 9']],
    // the street, then "It's number …" or a flat before the number; a Russian house in words after the street
    ["we're on Birch Avenue. It's number 23, the blue one", ['Birch Avenue', '23']],
    ['she rents at Ladbroke Grove, flat 2, number 118', ['Ladbroke Grove', 'flat 2', '118']],
    ['живу на Туманяна, дом тридцать два', ['Туманяна', 'тридцать два']],
    ['улица Гагарина, дом номер семь, квартира пятнадцать', ['Гагарина', 'семь', 'пятнадцать']],
    // a street by its name alone after "on", a crossing with a flat, a Chicago-style "400 W Madison", a block
    // between the house and the flat, «адрес: г. …, Street, N»
    ['our flat is on Lark, number 31, second floor', ['Lark', '31']],
    ['she lives at the corner of 3rd and Vine, apartment 5C', ['3rd and Vine', '5C']],
    ['unit 4, 1550 N Damen, Chicago', ['1550 N Damen', 'unit 4']],
    ['Shymkent, Tauke Khan 41, block 2, apt 9', ['Tauke Khan 41', 'apt 9']],
    ['мой адрес: г. Ереван, Сарьяна, 22', ['Сарьяна', '22']],
    // a mailbox with its domain named apart
    ['write to j.moreau at my work domain: atelier-moreau.fr', ['j.moreau', 'atelier-moreau.fr']],
    // a handle dictated piece by piece after the word for "@"
    ['в инсту: собачка, потом vera, потом точка, потом sun', ['vera', 'sun']],
    // a phone in pieces named by their order, a piece before «и дальше»
    ['телефон по частям: первая часть 917, вторая часть 402 33 81', ['917', '402 33 81']],
    ['мобильный 8 9153 и дальше 2 два 0 ноль 7 семь 7 семь 1 один 4 четыре', ['9153']],
  ])('%s', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  // Phone, document and address words of other languages: found as a contact, not as a bare digit run
  it.each([
    ['meu celular (21) 99123-4567', '(21) 99123-4567'],
    ['ligue (31) 98877 6655 depois das 6', '(31) 98877 6655'],
    ['mój numer 601 234 567', '601 234 567'],
    ['mi número es 622 11 90 45', '622 11 90 45'],
    ['Busan, Haeundae-gu, Centum-ro 99, apt 803', 'Busan, Haeundae-gu, Centum-ro 99, apt 803'],
  ])('%s', async (text, value) => {
    const { findContacts } = await import('../pii.js')
    expect(findContacts(text).map((f) => f.value)).toContain(value)
  })

  it('when a Spanish DNI follows «es», then it is a document', () => {
    expect(anonymize('mi DNI es 87654321X, lo perdí')).not.toContain('87654321X')
  })

  it.each([
    'walked past 10 Downing Street and felt nothing',
    'rereading Sherlock Holmes, 221B Baker Street is my comfort place',
    'down the road. the house is 5 minutes away',
    'the street is long and the house is 100 years old',
    'the number of steps was 4000 and then 5000 and then 6000',
    'I called 911 and then 112 and then nothing',
    'ИНН организации 7707083893, а сумма 1000 2000 3000',
    'я сказала нет и точка',
    'в магазине 2 точка 5 процента скидка, почта россии',
    "look up 'Hamlet' on youtube, it's great",
    "search 'lofi beats' on spotify",
    'search for the name: Radiohead on spotify',
    'ник в игре: ★★★ и всё',
    'номер дома не помню, квартира 12 вроде',
    'Gran Vía 31 minutes away by bus',
    'ten minutes down the road from where he lives',
    'he lives two doors down the road from us',
    'my dog sat at the gate, собака потом ушла',
    'первая часть фильма 2 часа, вторая часть 3 часа',
    'we were at a company domain workshop at 5',
    'el número de pedido es 4481220719',
    'we watched Gangnam-style videos 2 times',
    "we walked down Oxford Street. That's number 3 on my list",
    'la Rua Augusta, número 1 em vendas',
    'Covent Garden is the number 1 spot',
    'я живу на нервах, дом сорок лет не ремонтировали',
    'we met on Tuesday, number 5 was late',
    'meet me at the corner of 5th and Pine',
    'адрес: г. Казань, там хорошо, 7 лет назад',
  ])('leaves clean text alone: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it('when someone lives at a famous address, then it is still masked', () => {
    expect(anonymize('I live at 10 Downing Street')).not.toContain('Downing')
  })
})
