import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('addresses — postcodes, rural routes, lower case, houses in words (issue 12, round 7)', () => {
  it.each([
    // a Russian postcode with «индекс» or after a city, before or after the street
    ['отправь на ул. Ленина 4, кв. 9, индекс 630099', ['Ленина', '630099']],
    ['ул. Кирова д. 7 кв. 2 г. Томск 634050 — для заявления', ['Кирова', '634050']],
    ['индекс 420111 казань ул пушкина 12 кв 5', ['420111', 'казань', 'пушкина']],
    // a building letter in capitals, a remark before the flat
    ['пр-т Мира 45Б, квартира 7 — там бабушка', ['Мира', '45Б', '7']],
    // a village with a two-word name after «д.»
    ['д. Верхние Луки, дом 3 — там у нас дача', ['Верхние Луки', '3']],
    // a housing estate with a lower-case word in its name
    ['ЖК Зелёный квартал, корпус 2, кв 88', ['Зелёный квартал', '88']],
    // the house in words before the street, lower-case street names
    ['дом девятнадцать по улице гоголя, квартира три', ['девятнадцать', 'гоголя', 'три']],
    ['дом номер сорок на Садовой, квартира пять', ['сорок', 'Садовой', 'пять']],
    ['слушай: лесная, дом двадцать, квартира сорок один', ['лесная', 'двадцать', 'сорок один']],
    ['новослободская 2-я, дом 8, кв 14', ['новослободская 2-я', '8', '14']],
    ['дом на Лесной, номер 21, второй подъезд', ['Лесной', '21']],
    ['мой дом по улице Гагарина, № 7', ['Гагарина', '7']],
    ['we live on Birch Street at number 14', ['Birch Street', '14']],
    // US/Canada: lower-case states and postcodes, rural routes, boxes, routes
    ['send it to 12 pine st apt 3, austin tx 78701', ['pine', '78701']],
    ['4 Oak Ave, ny ny 10002, top bell', ['Oak', '10002']],
    ['22 King St W, toronto on m5h 1a1', ['King', 'm5h 1a1']],
    ['RR 2 Box 45, Hazard KY 41701', ['RR 2', 'Box 45', '41701']],
    ['write me at po box 311, taos nm 87571', ['311', '87571']],
    ['Rural Route 3, Site 2, Box 7, Didsbury AB T0M 0W0', ['Rural Route 3', 'Box 7', 'T0M 0W0']],
    ['HC 70 Box 12, Mora NM 87732', ['HC 70', 'Box 12', '87732']],
    ['we live at 2210 Route 11, Malone NY 12953', ['2210', 'Route 11', '12953']],
    ['it is 40 Elm St, not the one downtown, the one in salem 97301', ['Elm', '97301']],
    // UK in lower case
    ['its 8 mill lane flat 3 leeds ls6 2ab', ['mill lane', 'ls6 2ab']],
    // a house number in words, lower case
    ['two twenty one maple road, dayton', ['two twenty one', 'maple']],
    ['six oh four cedar street apartment two', ['six oh four', 'cedar', 'two']],
    // India: a PIN code, Nagar/Colony streets, a flat in a named block
    ['12 Shastri Nagar, 3rd cross, Mysuru 570009', ['Shastri Nagar', '570009']],
    ['flat no 12, green park apartments, powai, mumbai 400076', ['12', 'green park', '400076']],
    // Latin America, Turkey, the Philippines, Japan, the Gulf, Uzbekistan, Sweden
    ['mándalo a Calle Hidalgo #312, Guadalajara', ['Hidalgo', '312']],
    ['Av. Santa Fe 2450, piso 3, Buenos Aires', ['Santa Fe', '2450', '3']],
    ['Carrera 15 # 93-47, Bogotá', ['Carrera 15', '93-47']],
    ['Bağdat Caddesi No: 41 Daire 7, Kadıköy', ['Bağdat', '41', '7']],
    ['Blk 9 Lot 4, Brgy. Malinta', ['Blk 9', 'Lot 4', 'Malinta']],
    ['2-11-5 Ebisu, Tokyo', ['2-11-5 Ebisu']],
    ['Villa 7, Street 12, Jumeirah', ['Villa 7', 'Street 12']],
    ['Samarqand, 4-kvartal, 17-uy, 22-xonadon', ['17-uy', '22-xonadon']],
    ['Drottninggatan 53, 111 21 Stockholm', ['Drottninggatan', '111 21']],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'I have a PO box at work, the mail room sorts it',
    'took Route 66 in 2019, best trip ever',
    'у меня индекс массы тела 22, врач сказала нормально',
    'какая, дом 5 минут от метро',
    'three forty two people showed up to the vigil',
    'дом на Лесной снесли, номер 5 автобуса туда не ходит',
    'ЖК Солнечный берег, говорят, хороший',
    'one more road trip and I am done',
    'the 2-1-0 score at 3-14-2 was wild',
    'Av. speed 40, not bad',
    'Blockchain lot 5 is sold',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it('when a year follows an address, then the year is not read as a state and a ZIP', () => {
    expect(anonymize('we were at 5 Elm St, and in 1990 it burned down')).toContain('1990')
  })
})
