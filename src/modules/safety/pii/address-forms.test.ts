import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('addresses — housing estates, districts, house numbers in words (issue 12, round 6)', () => {
  it.each([
    ['живу в ЖК Солнечный, корпус 3, кв 45', ['Солнечный', '45']],
    ['ЖК «Престиж», корпус 2, квартира 118', ['Престиж', '118']],
    ['мы в ЖК Новые Горизонты, корп. 5, кв. 12', ['Горизонты', '12']],
    ['в Киеве, на Оболони, дом 5, квартира 12', ['Оболони', '12']],
    ['живу в Орбите, дом 7, кв 40', ['Орбите', '40']],
    ['Алматы, Самал-2, 58', ['Самал-2', '58']],
    ['дом сорок два, квартира девятнадцать, улица Мира', ['сорок два', 'девятнадцать', 'Мира']],
    ['я живу на Чкалова двенадцать, квартира сорок', ['Чкалова', 'двенадцать', 'сорок']],
    ['я у друга, Большая Покровская тридцать семь, квартира над аптекой', ['Покровская', 'тридцать семь']],
    ['ul. Długa 12 m. 4, 00-238 Warszawa', ['Długa', '00-238']],
    ['I live on Elm Street, number twelve', ['Elm', 'twelve']],
    ['she lives at 8 rue de la Paix', ['Paix']],
    ['mkr Samal-2, dom 58, kv 14', ['Samal-2', '58', '14']],
    ["I'm in Almaty, Zhandosova 58a, flat 12", ['Zhandosova', '12']],
    ['мы на Гагарина у школы, дом 12, заходи', ['Гагарина', '12']],
    ['я на проспекте Мира, а дом 40, за аптекой', ['Мира', '40']],
    ['Жк Лесной, 2 корпус, кв 15 — там и живу', ['Лесной', '15']],
    ['д. Берёзовка ул. Полевая 3 — бабушкин дом', ['Берёзовка', 'Полевая']],
    ['я на улице Кирова, 25, напротив школы. кв 12', ['Кирова', '12']],
    ['я живу на Садовой. дом 8. квартира 31. соседи шумят', ['Садовой', '8', '31']],
    ['мама на Луговой улице в доме 9, кв 2', ['Луговой', '9']],
    ['позвони как будешь у Полевой 7А', ['Полевой 7А']],
    ['ул. Гоголя, сорок восемь, квартира пять', ['Гоголя', 'сорок восемь', 'пять']],
    ['Садовая, дом тридцать два — там наш подъезд', ['Садовая', 'тридцать два']],
    ['на Школьной девятнадцать третья квартира', ['Школьной', 'девятнадцать', 'третья квартира']],
    ['in Hamburg, Bahnhofstraße 9, Wohnung 3', ['Bahnhofstraße', '3']],
    ['we live on Birch road, number 7, the house with the ramp', ['Birch', '7']],
    ['she is at fourteen maple lane now', ['fourteen maple lane']],
    ["we're on Westway, 212, top floor", ['Westway, 212']],
    ['flat 2 Elm Court, 18 Kingsway WC2 — come by', ['18 Kingsway', 'WC2']],
    ['moved in: Kastanien Str. 14, 10115', ['Kastanien', '10115']],
    ['house 8, Meadow road is my mum’s', ['house 8', 'Meadow']],
    ["we're at the end of Ivy Lane... no. 6", ['Ivy Lane', '6']],
    ["my flat's 2B at 41 High Street", ['2B', 'High']],
    ["i'm in 9D, 310 West 72nd", ['9D', '310 West 72nd']],
    ['Apartment 3, 9 Fitzwilliam Square, D02', ['Fitzwilliam', 'D02']],
    ['they moved me to 12 Elm St, Suite 4... not that one. I am in room 9 now', ['Elm', '9']],
    ['Астана, пр. Богенбай батыра 24, кв 3', ['батыра', '24', '3']],
    ['дом номер 9 по Садовой', ['9', 'Садовой']],
    ['12 Goethestraße, Hamburg', ['Goethestraße']],
    ["I'm on King St East, 410, by the park", ['King St East, 410']],
    ['Al. Niepodległości 18, Warszawa', ['Niepodległości']],
    ['Mickiewicza 7 m 12, Poznań', ['Mickiewicza 7', '12']],
    ['Długa 4 m. 2', ['Długa 4']],
    ['ЖК «Нурлы Тау», блок 2, кв 31', ['Нурлы Тау', '31']],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'к Маше три подруги пришли',
    'на Новой Риге два часа стояли',
    'с Катей два года не общаемся',
    'в ЖК Солнечный переехали родители, им нравится',
    'Москва, Сапсан-2, 15 минут до отправления',
    'Chapter 12, flat 3 is where the story starts',
    'у Маши 2 кота и собака',
    'на Садовой три часа стояли в пробке',
    'я на Маше двадцать минут потратил',
    'we were on Monday, 12 of us came',
    'on Instagram, 1200 followers already',
    'running around Stanley Park helps me breathe',
    'Бишкек, Чуйский проспект, все мимо идут',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
