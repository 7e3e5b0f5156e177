import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

describe('address parts around a found address (issue 12, v4)', () => {
  it.each([
    ['он живёт на Фрунзе 9, в том сером доме, квартира 58, если что', ['Фрунзе', '9', '58']],
    ['я на Литейном, 44, это общежитие, комната 12', ['Литейном', '44', '12']],
    ['улица Луговая, дом двадцать один, квартира сорок два', ['Луговая', 'двадцать один', 'сорок два']],
    ['пр-т Мира 40 корпус 2, 5 этаж, код домофона 40К', ['Мира', '40', '40К']],
    ['мой адрес: Лесная 7, Самара, кв 19', ['Лесная', '7', '19']],
    ['it is 18 Rue Oberkampf, 75011 Paris, code porte 7A31', ['Oberkampf', '75011', '7A31']],
    ['apt 9, 240 Rideau St, Ottawa K1N 5Y3, come by', ['9', '240', 'Rideau', 'K1N 5Y3']],
    ['flat 2 / 15 Chapel st prahran vic 3181', ['2', '15', 'Chapel', '3181']],
    ['Birch House, 3 Mill Lane, Leeds LS1 4AB', ['Birch', '3 Mill', 'LS1 4AB']],
    ['Calle Mayor 12, 3º dcha, Madrid', ['Mayor', '12', '3º dcha']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'на улице Ленина пробка, квартира 5 у нас тёплая',
    'Main Street is busy, room 12 is free',
    'we paid 2000 for the flat, Paris 75',
  ])('when there is no address (%j), then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('addresses — more forms (issue 12, v4)', () => {
  it.each([
    ['мы живём на ул. Садовой в доме № 3, квартира № 8', ['Садовой', '№ 3', '№ 8']],
    ['заедь за мной на Ореховой, дом пять, подъезд второй', ['Ореховой', 'пять']],
    ['я на третьей Садовой, 14, приходи', ['Садовой', '14']],
    ['кв 12 дом 3 улица Мира — наоборот написала', ['12', '3', 'Мира']],
    ['СНТ «Ромашка», участок 17, там дача', ['Ромашка', '17']],
    ['пиши маме: д. Малые Горки, ул. Полевая, д. 4', ['Горки', 'Полевая', '4']],
    ['we are at thirty-one Cedar street apartment two, Denver', ['thirty-one', 'Cedar', 'two']],
    ['the blue house on Juniper Lane, number 118', ['Juniper', '118']],
    ['House 22, Street 9, Sector G-6, Islamabad', ['22', '9', 'G-6']],
    ['Ul. Piękna 4/11, 00-549 Warszawa', ['Piękna', '4/11', '00-549']],
  ])('when %j, then the address is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })
})
