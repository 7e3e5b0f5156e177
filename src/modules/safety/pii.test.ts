import { describe, expect, it } from 'vitest'
import { CONTACT_KINDS, containsContactInfo, findContacts, findPii, type PiiKind } from './pii.js'

const kinds = (text: string) => findPii(text).map((f) => [f.kind, f.value])

describe('findPii', () => {
  const positives: [string, PiiKind, string][] = [
    // phones, ru
    ['мой номер +7 (999) 123-45-67, пиши', 'phone', '+7 (999) 123-45-67'],
    ['звони 8 999 123 45 67 вечером', 'phone', '8 999 123 45 67'],
    ['89991234567', 'phone', '89991234567'],
    ['тел: 8(999)1234567', 'phone', '8(999)1234567'],
    ['+79991234567', 'phone', '+79991234567'],
    ['9991234567 это я', 'phone', '9991234567'],
    ['8-999-123-45-67', 'phone', '8-999-123-45-67'],
    ['8 9 9 9 1 2 3 4 5 6 7', 'phone', '8 9 9 9 1 2 3 4 5 6 7'],
    ['домашний 123-45-67', 'phone', '123-45-67'],
    ['８９９９１２３４５６７', 'phone', '８９９９１２３４５６７'],
    // phones, intl
    ['call me on +44 20 7946 0958', 'phone', '+44 20 7946 0958'],
    ['+1 (415) 555-2671', 'phone', '+1 (415) 555-2671'],
    ['+380 44 123 4567', 'phone', '+380 44 123 4567'],
    ['020 7946 0958', 'phone', '020 7946 0958'],
    // emails
    ['пиши на ivan.petrov@mail.ru!', 'email', 'ivan.petrov@mail.ru'],
    ['my email is Jane_Doe+x@gmail.com.', 'email', 'Jane_Doe+x@gmail.com'],
    ['ivan[at]yandex.ru', 'email', 'ivan[at]yandex.ru'],
    ['ivan собака mail.ru', 'email', 'ivan собака mail.ru'],
    ['почта: анна@почта.рф', 'email', 'анна@почта.рф'],
    // usernames
    ['добавь меня @ivan_petrov', 'username', '@ivan_petrov'],
    ['(@Anna_K99)', 'username', '@Anna_K99'],
    ['мой инст anna.k99', 'username', 'anna.k99'],
    ['пиши в тг ivanpetrov', 'username', 'ivanpetrov'],
    ['ник в дискорде: darkfox', 'username', 'darkfox'],
    ['my insta is annak99', 'username', 'annak99'],
    ['telegram: bobsmith', 'username', 'bobsmith'],
    ['discord bob#1234', 'username', 'bob#1234'],
    // links
    ['t.me/ivanp', 'link', 't.me/ivanp'],
    ['https://t.me/+AbCdEf123', 'link', 'https://t.me/+AbCdEf123'],
    ['telegram.me/ivan', 'link', 'telegram.me/ivan'],
    ['see https://example.com/a?b=1.', 'link', 'https://example.com/a?b=1'],
    ['http://localhost:3000/x', 'link', 'http://localhost:3000/x'],
    ['www.example.org', 'link', 'www.example.org'],
    ['зайди на example.com.', 'link', 'example.com'],
    ['vk.com/id1', 'link', 'vk.com/id1'],
    ['VK.COM/durov', 'link', 'VK.COM/durov'],
    ['wa.me/79991234567', 'link', 'wa.me/79991234567'],
    ['bit.ly/3xYz', 'link', 'bit.ly/3xYz'],
    ['сайт.рф', 'link', 'сайт.рф'],
    ['tg://resolve?domain=ivan', 'link', 'tg://resolve?domain=ivan'],
    ['gmail dot com', 'link', 'gmail dot com'],
    ['vk точка com', 'link', 'vk точка com'],
    // cards (Luhn-valid)
    ['карта 4111 1111 1111 1111', 'card', '4111 1111 1111 1111'],
    ['5555-5555-5555-4444', 'card', '5555-5555-5555-4444'],
    ['4012888888881881', 'card', '4012888888881881'],
    ['амекс 3782 822463 10005', 'card', '3782 822463 10005'],
    // telegram ids
    ['мой id: 123456789', 'telegram_id', 'id: 123456789'],
    ['айди 5123456789', 'telegram_id', 'айди 5123456789'],
    ['user id 987654', 'telegram_id', 'user id 987654'],
    // long digit runs
    ['код 4830172', 'digits', '4830172'], // a counting run (1234567) is nobody's: phones.test.ts
    ['4111 1111 1111 1112', 'digits', '4111 1111 1111 1112'],
  ]

  it.each(positives)('when the text is %j, then a %s is found', (text, kind, value) => {
    expect(kinds(text)).toContainEqual([kind, value])
  })

  const negatives = [
    'встретимся в 10:30 или в 18.00',
    'это было в 2023 году, а переехала я в 2019',
    'с 1990-2000 жила в Питере',
    'займёт 5-10 минут',
    'мне 25 лет, брату 30',
    'получаю 150 000 рублей, а долг 1 000 000',
    '12.05.2023 был тяжёлый день',
    'родилась 01/02/1995',
    'приём 2024-03-15 в 9:00',
    'пи равно 3.14159265',
    'У меня 3 кошки и 2 собаки, живу на 9 этаже',
    'Я устала.Совсем нет сил',
    'I was tired.Is that normal?',
    'on telegram later, ok?',
    'i.e. e.g. т.е. и т.д.',
    'файл report.txt и node.js',
    'I scored 95/100 and ran 5 km in 25:30',
    'Обычный текст без контактов, просто поговорить.',
    'Top 10 tips, 24/7, 1-2 times a week',
    '@ это собака',
  ]

  it.each(negatives)('when the text is ordinary (%j), then nothing is found', (text) => {
    expect(findPii(text)).toEqual([])
    expect(containsContactInfo(text)).toBe(false)
  })

  it('when several identifiers are present, then each is found once, in order, with exact offsets', () => {
    const text = 'Я Аня, пиши @anna_k или anna@mail.ru, тел +7 999 123-45-67, сайт t.me/anna'
    const found = findPii(text)
    expect(found.map((f) => f.kind)).toEqual(['username', 'email', 'phone', 'link'])
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.value)
  })

  it('when an email contains a domain, then only the email is reported (no overlapping link)', () => {
    expect(kinds('ivan@vk.com')).toEqual([['email', 'ivan@vk.com']])
  })

  it('when a link contains digits, then it is one link, not a link plus a number', () => {
    expect(kinds('https://vk.com/id123456789')).toEqual([['link', 'https://vk.com/id123456789']])
  })
})

describe('containsContactInfo', () => {
  it('when a message carries a phone, then it is contact info', () => {
    expect(containsContactInfo('давай созвонимся 89991234567')).toBe(true)
  })
  it('when a message is just support, then it is not', () => {
    expect(containsContactInfo('Понимаю тебя, в 2020 было так же тяжело, держись')).toBe(false)
  })
})

describe('findContacts', () => {
  it('when a message has contacts and other identifiers, then only the ways to get in touch are returned', () => {
    const text =
      'Я Кира Лебедева, паспорт 4517 302211, пиши @kira_l или +7 916 402-17-33, живу на ул. Чкалова, д. 12'
    expect(findContacts(text).map((f) => f.kind)).toEqual(['username', 'phone', 'address'])
    expect(findPii(text).map((f) => f.kind)).toEqual(['name', 'id_document', 'username', 'phone', 'address'])
  })
  it('when a message has no contact, then nothing is returned', () => {
    expect(findContacts('Кира Лебедева из 9 класса опять плакала')).toEqual([])
  })
  it('when the contact kinds are listed, then they cover phone, email, handle, link and address', () => {
    expect(CONTACT_KINDS).toEqual(expect.arrayContaining(['phone', 'email', 'username', 'link', 'address']))
    expect(CONTACT_KINDS).not.toContain('name')
  })
})

describe('overlapping findings', () => {
  it('when detectors overlap, then one finding covers the union so no part is left out', () => {
    const text = 'адрес: ул. Гагарина, д. 21, кв. 64'
    const found = findPii(text)
    expect(found).toHaveLength(1)
    expect(found[0]?.kind).toBe('address')
    expect(text.slice(found[0]?.end)).toBe('')
  })
})
