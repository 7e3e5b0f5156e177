import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'
import { left } from './masks.testkit.js'

describe('addresses and documents of more countries (issue 12, round 21)', () => {
  it.each([
    // Irish: house name or numbered street, town, county and Eircode
    [
      'Hazelwood, Church Road, Dalkey, Co. Dublin A96 K4P2 — thats home',
      ['Hazelwood', 'Church Road', 'A96 K4P2'],
    ],
    ['send it to 7 Willow Park, Carrigaline, Co. Cork P43 HX93 please', ['7 Willow Park', 'P43 HX93']],
    // UK: a house name and a street with no number before the town and postcode
    ["they're at 'Fernlea', Station Road, Great Shelford CB22 5LR now", ['Fernlea', 'Station Road']],
    ['i stay at 14 bishop of durham rd, leeds ls6 2ab most weeks', ['14 bishop of durham rd']],
    // the estate or tower block after the flat
    ['house 4, flat 71 in Sunrise Towers, next to the mall', ['flat 71', 'Sunrise Towers']],
    ['bldg 2 apt 19 in the Lakeside Park complex', ['apt 19', 'Lakeside Park']],
    ['дом 5 квартира 88 в ЖК Северный, за школой', ['квартира 88', 'Северный']],
    ['кв 12, дом 7 в ЖК «Зелёный Бор». соседи шумят', ['кв 12', 'дом 7', 'Зелёный Бор']],
    // a Russian street with no street word, a building and the flat; the town, then the postcode
    ['Арбатская 9 стр 2 кв 15 — снимаю там комнату', ['Арбатская', 'кв 15']],
    ['адрес: ул. Ленина 4, кв. 9, Казань. 420111. пришлите', ['420111']],
    // the street in the sentence before the house, with a street word
    ['Томск. Улица Кирова. Дом 21, квартира 6.', ['Улица Кирова', 'Дом 21']],
    // a lot before a numbered address; a Queens house number; a transliterated street in lower case
    ['Lot 7, 18 Banksia Way, Ellenbrook WA 6069 is ours now', ['Lot 7', '18 Banksia Way']],
    ['she lives at 71-22 austin st, forest hills', ['71-22', 'austin st']],
    ['omsk, mira prospekt 41 kv 12. I grew up there', ['mira prospekt', 'kv 12']],
    // the number after the street in the next sentence, capitalised
    ['I live on Wellington Road. Number 48, above the bakery.', ['Wellington Road', '48']],
    // a crossing, then the house number later in the text
    ['we are on the corner of birch and 3rd, grey house, number 27', ['birch', '3rd', '27']],
    ['Cnr King St and Bourke St, Newtown — upstairs flat, No. 9', ['King St', 'Bourke St', 'No. 9']],
    ['угол Литейной и Невского, жёлтый дом, номер 31. запомни', ['Литейной', 'Невского', 'номер 31']],
    // an Indian or Nigerian flat: a block letter, an estate or housing society, the block, the PIN
    [
      'flat B-118 Green Residency, Block C, Madhapur, near the metro, hyderabad 500081',
      ['B-118', 'Green Residency', 'Block C', '500081'],
    ],
    ['Flat 3A, Block 7, Palm Estate, Ajah. come visit', ['Flat 3A', 'Block 7', 'Palm Estate']],
    // the street of the address named again elsewhere in the text
    ['its jamaica ave. 91-20 jamaica ave, queens. mum is still there', ['jamaica ave', '91-20']],
  ])('when an address reads %j, then none of it is left', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    ['my Aufenthaltstitel is X4R7N2K85, still waiting', 'X4R7N2K85'],
    ['Aufenthaltserlaubnis T22K9LM41 abgelaufen', 'T22K9LM41'],
    ['national insurance: CD-34-56-78-A', 'CD-34-56-78-A'],
    ['national insurance number QQ 12 34 56 B, HMRC lost it', 'QQ 12 34 56 B'],
    ['health insurance card 612 904 337 281 — the clinic wants it', '612 904 337 281'],
    ['student card 2019-EE-10342 if you need to check', '2019-EE-10342'],
  ])('when a document reads %j, then its number is masked whole', (text, value) => {
    expect(findPii(text).some((f) => f.kind === 'id_document' && f.value === value)).toBe(true)
  })

  it.each([
    'I grew up in Co. Cork and moved to Dublin in 2019',
    'County Kerry won the final 2 – 14, what a day',
    'we played 10-14 in the final and lost',
    'national insurance went up by 2% this April',
    'my student card expired in 2023, need a new photo',
    'Глава 12 стр 3 — читаем к четвергу',
    'в ЖК дорого, мы снимаем в старом фонде',
    'we stayed in Trump Towers for the view, lol',
    'insurance card covers 80 percent of it',
    'prospekt is the russian word for avenue, 5 letters more',
    'meet me at the corner of Main and 5th at 7, number 3 bus stops there',
    'on the corner of Oak and Pine there is a cafe, table #4 is mine',
    'угол Невского и Садовой — там пробка, ждём уже 20 минут',
    'we booked 2 rooms at the Grand Estate for the wedding',
    'I work at Coldwell Real Estate, floor 3, since May',
  ])('when a look-alike reads %j, then it is left as is', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it('when the street of an address is named again in another case, then that mention is left', () => {
    expect(anonymize('I moved to 40 Main Street; the main street in town is busy')).toContain(
      'the main street',
    )
  })
})
