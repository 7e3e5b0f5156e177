import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('addresses of India, Canada and the US written their own way (round 25)', () => {
  it.each([
    // an Indian door number before an ordinal main or cross road, then the area, city and PIN
    [
      'my nani stays at No. 41, 3rd Cross Road, Malleshwaram, Bengaluru 560003',
      ['No. 41', '3rd Cross Road', '560003'],
    ],
    ['#58, 11th Cross, Wilson Garden, Bangalore is my uncles', ['58', '11th Cross']],
    ['Door No 14, Gandhi Salai, Chennai - 600017 thats home', ['14', 'Gandhi Salai', '600017']],
    // a house (and floor) before a nagar, colony or vihar
    ['56/B, 2nd Floor, Lajpat Nagar IV, New Delhi 110024', ['56/B', 'Lajpat Nagar IV', '110024']],
    ['7-A, Ground Floor, Vasant Vihar is where my aunt lives', ['7-A', 'Vasant Vihar']],
    // a flat code or number before a named housing society
    [
      'send it to C-17, Shanti Residency, Kothrud, Pune - 411038 please',
      ['C-17', 'Shanti Residency', '411038'],
    ],
    ['we rent 402, Sai Darshan CHS now, tiny but ok', ['402', 'Sai Darshan CHS']],
    // a Prairie grid street with its quadrant, the postcode in lower case, the suite after
    ['9512 112 ave nw, edmonton, t5g 0n4 if ur near', ['9512', '112 ave nw', 't5g 0n4']],
    ['8807 52 St SE, Calgary T2C 2R8 lower suite', ['8807', '52 St SE', 'T2C 2R8', 'lower suite']],
    // a street of any name when a city, a state and a ZIP follow
    ['3100 Grand Concourse, Bronx, NY 10458 is where she is', ['3100', 'Grand Concourse', '10458']],
    ['Unit 4-B 800 Lakeshore Concourse Chicago IL 60611', ['4-B', '800', 'Lakeshore Concourse', '60611']],
    // a Canadian rural route with site and compartment
    ['RR#2 Site 11 Comp 40, Olds AB', ['RR#2', 'Site 11', 'Comp 40']],
    ['mail goes to RR#3 Box 211 since the move', ['RR#3', 'Box 211']],
    // a cottage, lodge or farmhouse number before the street address
    ['Cottage 5, Mill Lane, Kirkby Stephen CA17 4QT', ['Cottage 5', 'Mill Lane', 'CA17 4QT']],
    ['its Lodge 3, 18 Ashgrove Road now', ['Lodge 3', '18 Ashgrove Road']],
  ])('when %s, then the address is masked', (text, parts) => masks(text, parts))

  it.each([
    'bangalore traffic on 5th main road is insane',
    'MG Road metro station closed again',
    'Grand Concourse is so busy today',
    'Top 10, Sunset Heights Movies',
    'gate B-12, Terminal Heights is a weird name',
    'Order 12345 Shipped From Memphis TN 38118',
    '1999 Honda Civic, New York NY 10001 dealership',
    'SS 2 was the hardest level',
    'the 100 52 st thing was a joke',
    'the cottage 2 miles down the road is empty',
    'we rented cottage 4 at the resort for a week',
    'room 318, flight AC 855, gate D42',
    'I paid 560 rupees for the train to Mumbai',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})

describe('Russian addresses typed loosely (round 25)', () => {
  it.each([
    // a street in lower case, its house, a building or a flat
    ['строителей 14 стр 2 кв 9, код домофона не работает', ['строителей', '14', 'стр 2', 'кв 9']],
    // a house with a capital letter
    ['Тула, Ново-Песочная 21Б кв 7, для курьера', ['Ново-Песочная', '21Б', 'кв 7']],
    // a city in chat form, a street, the house and the flat after a dash or a slash
    ['мск, бутлерова 17б/2 там', ['бутлерова', '17б/2']],
    ['нск кирова 8а/31 если что', ['кирова', '8а/31']],
    // a numbered building and a flat, no street
    ['корп. 847 кв 5 в Зеленограде', ['корп. 847', 'кв 5']],
    ['снт Берёзка, уч 41, там дача', ['Берёзка', 'уч 41']],
  ])('when %s, then the address is masked', (text, parts) => masks(text, parts))

  it.each([
    'выручка за 3 кв 2024 выросла',
    'квартира 45 кв м, дорого',
    'спб 2-0 цска вчера',
    'екб ленина 2 - 1 всё',
    'в екб 5 градусов и снег',
    'корпус 3 закрыт на ремонт',
    'лесная 5 минут от меня',
    'садовая 12 кв м',
    'тверская 6 сегодня перекрыта',
    'сыграли 2-1, потом корпус 5 отдыхал',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
