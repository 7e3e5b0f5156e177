import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

/** An address is found in `text`, and no part of it is left in `anonymize`'s output (as a whole word). */
function masksAddress(text: string, parts: string[]): void {
  expect(findPii(text).map((f) => f.kind)).toContain('address')
  const out = anonymize(text)
  for (const p of parts) expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'u'))
}

describe('addresses', () => {
  it.each([
    ['я живу на ул. Гагарина, д. 21, кв. 64', ['Гагарина', '21', '64']],
    ['приезжай: улица Лесная 14, квартира 9', ['Лесная', '14']],
    ['адрес — пр-т Ленина, дом 87, корп. 3, кв. 41', ['Ленина', '87', '41']],
    ['мы на Ленинском проспекте 54, во дворе', ['Ленинском', '54']],
    ['630099, Новосибирск, ул. Советская, д. 18', ['630099', 'Советская', '18']],
    ['пер. Сивцев Вражек, 12 стр. 2', ['Вражек', '12']],
    ['я на Садовой 17, подъезд 2', ['Садовой', '17']],
    ['Ленинградский проспект, д. 44, кв. 210', ['Ленинградский', '44', '210']],
    ['приходи на ул.Чехова 5/2', ['Чехова', '5/2']],
    ['д. 9, кв. 27', ['9', '27']],
    ['I live at 318 Willow Terrace', ['318', 'Willow']],
    ['410 Lincoln Ave, Apt 2C, Denver CO 80203', ['410', 'Lincoln', '2C', '80203']],
    ['we moved to 77 Birch Lane, Dayton, OH 45402', ['77', 'Birch', '45402']],
    ['Flat 6, 41 Mercer Road, Leeds LS6 2QT', ['41', 'Mercer', 'LS6 2QT']],
    ['office at 200 Park Avenue, Suite 1700', ['200', 'Park', '1700']],
    ['we live at 9 Cedar Street, apt 4D', ['9', 'Cedar', '4D']],
    ['unit 5/8 Ocean Parade, Manly NSW 2095', ['Ocean', '2095']],
    ['I live at 14 Karaka St, Wellington 6011', ['14', 'Karaka', '6011']],
    ['meet me at 230 east 14th street', ['230', '14th']],
    ['общага на Советской, 7к2, комната 310', ['Советской', '310']],
    ['забери меня: Гоголя 21, кв. 5', ['Гоголя 21', '5']],
    ['дом 4 по улице Строителей, квартира 19', ['Строителей', '19']],
    ['я с Победы 27, возле школы', ['Победы 27']],
    ['приходи на Карла Маркса 41', ['Маркса 41']],
    ['живу на Садовой 5, парадная 3', ['Садовой 5', '3']],
    ['живу на Рабочей, дом 8, кв. 12', ['Рабочей', '12']],
    ['бабушка живёт: село Покровка, дом 21', ['Покровка', '21']],
    ['мы в Ташкенте, Навоийская 44', ['Навоийская 44']],
    ['живём на Полевой, 23', ['Полевой', '23']],
    ['заходи в гости: Лесная, 8', ['Лесная', '8']],
    ['я живу тут: Шымкент, Нурсат-2, 45', ['Нурсат-2', '45']],
    ['адрес: 443001, Самара, Молодогвардейская 15, кв 7', ['443001', 'Молодогвардейская 15', '7']],
  ])('when the text is %j, then the address is masked with every part', masksAddress)

  it.each([
    'на улице морозно, сидим дома',
    'счёт: Красная, 3 балла, у нас 2',
    'итог: Новая, 5 человек пришло',
    'we stayed at the apartment for 3 days',
    'отчёт: Москва 2024, кв. 3 сдан',
    'от Мира 2 сообщения пришло',
    'на Карла Маркса пробка',
    'село Ивановка красивое',
    'в Москве, Тверская 12 раз была',
    'вышел на улицу покурить',
    'в квартире тихо и темно',
    'на улице Гагарина опять ремонт',
    'гуляю по проспекту без цели',
    'живу на 7 этаже, лифта нет',
    'дом, работа, дом — так каждый день',
    'кв. метр в центре стоит безумно',
    'the street is icy this morning',
    'walked along High Street for an hour',
    'he lives up the road',
    'I ran 5 miles down the road',
    'the 42 bus never came',
  ])('when street words appear in ordinary text (%j), then no address', (text) => {
    expect(findPii(text)).toEqual([])
  })
})

describe('addresses — more forms (issue 12, v2)', () => {
  it.each([
    ['Одеса, вул. Дерибасівська 12, кв. 3', ['Дерибасівська', '12']],
    ['Бухара, махалля Ширбудун, дом 27', ['27']],
    ['мы на улице Крупской, дом девятнадцать', ['Крупской', 'девятнадцать']],
    ['подъезжай на Полевую 18, я выйду', ['Полевую', '18']],
    ['подъезжай к Луговой 6', ['Луговой', '6']],
    ['écris-moi: 8 Rue du Bac, 75007 Paris', ['8 Rue du Bac', '75007']],
    ['Lindenstraße 40, 10969 Berlin', ['Lindenstraße 40', '10969']],
    ['Via Garibaldi 21, Torino', ['Garibaldi 21']],
    ['P.O. Box 1187, Tulsa OK 74101', ['1187', '74101']],
    ['our place is 2/15 Marine Parade', ['Marine']],
  ])('when the text is %j, then the address is masked with every part', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'u'))
  })

  it.each([
    'на Пасху 5 лет назад всё началось',
    'к Новому году 3 подарка',
    'на Второй 2 серии уснула',
    'Via Appia is an old road',
    'the rue is lovely in spring',
    'Straße signs confuse me',
  ])('when a place word and a number are not an address (%j), then no address', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'address')).toEqual([])
  })
})

describe('addresses named after dates and «дом N по … улице» (issue 12, v2)', () => {
  it.each([
    ['ул. 1 Мая, д. 12, кв. 4', ['1 Мая', '12']],
    ['живу в доме 7 по Садовой улице', ['7', 'Садовой']],
  ])('when the text is %j, then the address is masked with every part', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'u'))
  })
})

describe('numbered micro-districts (issue 12, v2)', () => {
  it.each([
    ['Худжанд, 19 мкр, д. 4', ['4']],
    ['Бишкек, 12 микрорайон, дом 37, кв 8', ['37']],
  ])('when the text is %j, then the house is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, 'u'))
  })
  it('when a numbered district has no house (%j), then nothing is masked', () => {
    expect(anonymize('в 7 микрорайоне открыли парк')).toBe('в 7 микрорайоне открыли парк')
  })
})

describe('streets without a street word and loose English forms (issue 12, v3)', () => {
  it.each([
    // на/по + a surname in lower case, a feminine adjective, a word no dictionary knows, an ordinal
    ['она снимает на лермонтова 33', ['лермонтова 33']],
    ['сестра живёт на садовой 9, зайди', ['садовой 9']],
    ['мы в Тбилиси на Чавчавадзе 41', ['Чавчавадзе 41']],
    ['я на 3-й Строителей 25', ['3-й Строителей 25']],
    // a place name and a comma
    ['Казань, Баумана 58 — там мой хостел', ['Баумана 58']],
    ['мы в Ташкенте, Амира Темура 107', ['Темура 107']],
    // a clause about where someone is, then a comma
    ['забери меня, Гоголя 12-4, я внизу', ['Гоголя 12-4']],
    ['я у бабушки, Солнечная 7', ['Солнечная 7']],
    // a flat, building or floor after the number, or a house-flat pair
    ['полевая 18 кв 3 это мы', ['полевая 18', '3']],
    ['Тимирязева 40 к 2, 4 этаж', ['Тимирязева 40 к 2']],
    ['Днепр, Гагарина 120-15', ['Гагарина 120-15']],
    ['проспект Мира 10, 2 подъезд, кв 5', ['Мира 10', '5']],
    ['дом 8 по Лесной, квартира 3', ['8', 'Лесной', '3']],
    ['Садовая-Кудринская 2-я, 14', ['14']],
    // English
    ['staying at 18 Bay st, room 4', ['18 Bay st']],
    ['4410 maple ave apt 2', ['4410 maple ave', '2']],
    ["I'm staying at 301 n main st", ['301 n main st']],
    ['we are at forty one Station Road now', ['forty one Station Road']],
    ['I rent a room at 77 Gorky, Tbilisi', ['77 Gorky']],
    ['our van is on lot 9, Willow Drive', ['lot 9', 'Willow Drive']],
  ])('when the text is %j, then the address is masked with every part', masksAddress)

  it.each([
    'получила по русскому 5, по алгебре 4',
    'на уроке 5 раз выходила',
    'обновила ноутбук до Windows 11',
    'мы с Машей 2 часа гуляли',
    'в Москве, Тверская 12 раз была',
    'Спартак 2-1 Зенит, ну такое',
    'на Второй 2 серии уснула',
    'it is a 20 min drive to work',
    'there are 2 more ways to see it',
    'Harbor Street is closed today',
  ])('when a word and a number are not an address (%j), then no address', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'address')).toEqual([])
  })
})

describe('terse addresses as people type them (issue 12, v5)', () => {
  it.each([
    // street words abbreviated without a dot, capitalised, or after the name
    ['Кутузовский пр 12, кв 5', ['Кутузовский пр 12', '5']],
    ['живу на Пр. Победы 12', ['Победы 12']],
    ['Невский пр., 28', ['Невский пр., 28']],
    ['Энтузиастов ш. 12', ['Энтузиастов ш. 12']],
    ['Ул. Ленина 5', ['Ленина 5']],
    ['На Зелёной, 12 мы жили', ['Зелёной, 12']],
    // a street name and «дом»/«д.» with no street word
    ['Лесная дом 3, заходи', ['Лесная дом 3']],
    ['адрес простой: Гагарина д.7', ['Гагарина д.7']],
    ['мы на Советская, д 3', ['Советская, д 3']],
    // the house before the street
    ['на Гагарина в доме 7', ['Гагарина в доме 7']],
    ['живу в 14 доме на Гагарина', ['14 доме на Гагарина']],
    ['квартира 45 в доме 12 по Мира', ['45', '12 по Мира']],
    ['Дом 12, улица Зелёная', ['12', 'Зелёная']],
    // numbered districts and named ones with a number
    ['мкр 3, д 14', ['мкр 3, д 14']],
    ['3 мкр, 14 дом', ['3 мкр, 14 дом']],
    ['я в Аксае-4, дом 23', ['Аксае-4, дом 23']],
    ['живём в Самал-2, д. 58, кв 7', ['Самал-2, д. 58', '7']],
    // an ordinal street, a «линия», a triple house-building-flat number
    ['5-я Парковая 12', ['5-я Парковая 12']],
    ['Васильевский остров, 5 линия, дом 10', ['5 линия, дом 10']],
    ['Москва, Профсоюзная 56-2-101', ['Профсоюзная 56-2-101']],
    // an ordinal entrance after the house, a hostel or dorm before it
    ['Пушкина 10, третий подъезд', ['Пушкина 10']],
    ['мы в общаге, Студенческая 12', ['Студенческая 12']],
    // a street and a number as the whole message
    ['Жандосова 58а', ['Жандосова 58а']],
    ['Абая 150/3', ['Абая 150/3']],
    ['Литейный 30', ['Литейный 30']],
    // English: a number range, "number 12, Elm Street"
    ['12-14 Market St', ['12-14 Market St']],
    ["I'm at number 12, Elm Street", ['12, Elm Street']],
  ])('when the text is %j, then the address is masked with every part', masksAddress)

  it.each([
    'Глава 12',
    'Мира 2 года не видела',
    'Новая 3 серия вышла',
    'Москва 2024 была тяжёлой',
    'Последняя 5 минут',
    'Пятница 13',
    'Вторая 2 часть лучше',
    'пр 5 раз',
    'я в 10 классе, д 5 по списку',
    'в 14 доме на районе все знают',
    'Спасибо 100 раз',
  ])('when a word and a number are not an address (%j), then no address', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'address')).toEqual([])
  })
})

describe('English and transliterated streets written street first (issue 12, v5)', () => {
  it.each([
    ['Rustaveli Ave 12, Tbilisi', ['Rustaveli Ave 12']],
    ['my flat is on Abay avenue 150', ['Abay avenue 150']],
    ['Nevsky Prospekt 28, St Petersburg', ['Nevsky Prospekt 28']],
    ['Ulitsa Lenina 5, kv. 12', ['Lenina 5', '12']],
    ['Prospekt Mira 101', ['Mira 101']],
    ['12 St. Mary’s Road', ['12', 'Mary’s']],
    ["I'm at 17 Queens Gate", ['17 Queens Gate']],
    ['I live on Elm Street, house 12', ['Elm Street, house 12']],
    ['my dorm is Smith Hall room 214', ['Smith Hall room 214']],
    ["my grandma's at 7 Oakwood, room 12", ['7 Oakwood', '12']],
    ['Karl-Marx-Allee 34', ['Karl-Marx-Allee 34']],
  ])('when the text is %j, then the address is masked with every part', masksAddress)

  it.each([
    'the Wall Street 2008 crash ruined us',
    'Main Street 5 minutes away',
    'walked down Oxford Street 3 times',
    'Room 101 is scary',
    'Catch the 12 Bus',
  ])('when a street and a number are not an address (%j), then no address', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'address')).toEqual([])
  })
})

describe('more of an address around it, and places before a comma (issue 12, v5, batch 6 classes)', () => {
  it.each([
    ['в Хайфе мы на Герцль 20, дира 5', ['Герцль 20', '5']],
    ['дом 3 кв 14, улица Лесная, это Тюмень', ['Лесная', '14']],
    ['курьер едет на Новый Арбат 15, офис 300', ['Арбат 15', '300']],
    ['zhivu na Lenina 5 kv 12, v Omske', ['Lenina 5', '12']],
    ['адрес: Мира 40, общежитие, к. 212', ['Мира 40', '212']],
    ['отдыхали в Боржоми, Руставели 9, было хорошо', ['Руставели 9']],
    ['в Бресте дедушкин дом, Кобринская 3', ['Кобринская 3']],
    ['на Красной армии 5 в Самаре', ['Красной армии 5']],
    ['the shelter is at 300 S Broadway, room 12', ['300 S Broadway', '12']],
    ['3 Ash Grove, Clontarf, Dublin 3 is my mum’s', ['3 Ash Grove', 'Dublin 3']],
    ["i'm on Oak st, 215, the green door", ['Oak st, 215']],
    ['at my aunt’s in Haifa, 12 Hanassi, apt 6', ['12 Hanassi', '6']],
    ['post it to 9 Meadow View, Alnwick NE66 1AB', ['9 Meadow View', 'NE66 1AB']],
  ])('when the text is %j, then the address is masked with every part', masksAddress)

  it.each([
    'в Москве, Тверская 12 раз была',
    'на Новый Год 5 дней отдыхали',
    'в Сочи, 2 недели назад',
    'Oak st is 5 minutes away',
  ])('when %j, then no address', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'address')).toEqual([])
  })
})
