import { describe, expect, it } from 'vitest'
import { anonymize, findIntroducedNames } from './anonymize.js'

describe('anonymize', () => {
  it('when a text carries contacts of every kind, then each becomes a typed placeholder', () => {
    const text =
      'Пиши @anna_k, anna@mail.ru, +7 (999) 123-45-67, t.me/anna, карта 4111 1111 1111 1111, id: 123456789, код 7654321'
    expect(anonymize(text)).toBe(
      'Пиши [username], [email], [phone], [link], карта [card], [id], код [number]',
    )
  })

  it('when names are given, then their inflected forms are masked case-insensitively', () => {
    const out = anonymize('Анна, привет! Я говорила с анной и Анной про Анну. АННА!', { names: ['Анна'] })
    expect(out).toBe('[name], привет! Я говорила с [name] и [name] про [name]. [name]!')
  })

  it('when a pseudonym has two words, then both words are masked in any case', () => {
    const out = anonymize('Тихий Лис, спасибо. С Тихим Лисом легко. Тихого Лиса нет.', {
      names: ['Тихий Лис'],
    })
    expect(out).toBe('[name] [name], спасибо. С [name] [name] легко. [name] [name] нет.')
  })

  it('when a short name shares a prefix with an ordinary word, then the ordinary word stays', () => {
    expect(anonymize('Лис, смотри — лист упал, лиса убежала', { names: ['Лис'] })).toBe(
      '[name], смотри — лист упал, [name] убежала',
    )
  })

  it('when a long name is inflected, then the stem match (≥4 letters) catches it', () => {
    expect(anonymize('Александр и Александра, Александру, Александром', { names: ['Александр'] })).toBe(
      '[name] и [name], [name], [name]',
    )
    expect(anonymize('Дмитрий, Дмитрия, Дмитрию', { names: ['Дмитрий'] })).toBe('[name], [name], [name]')
  })

  it('when ё and е are mixed, then the name still matches', () => {
    expect(anonymize('Алёна и Алена', { names: ['Алёна'] })).toBe('[name] и [name]')
  })

  it('when an English name is possessive or plural, then it is masked', () => {
    expect(anonymize("Quiet Fox's advice; Sarah's friend Sarah", { names: ['Quiet Fox', 'sarah'] })).toBe(
      '[name] [name] advice; [name] friend [name]',
    )
  })

  it('when a name equals a placeholder word, then the placeholder survives', () => {
    expect(anonymize('Phone me: +7 999 123 45 67', { names: ['Phone'] })).toBe('[name] me: [phone]')
  })

  it('when someone introduces themselves by first name only, then the text is unchanged (not PII)', () => {
    for (const text of ['Привет, я Маша', 'меня зовут Дарина, мне 15', "hi, I'm Tom", 'My name is Sarah.'])
      expect(anonymize(text)).toBe(text)
  })

  it('when someone introduces themselves by full name, then every part is masked', () => {
    expect(anonymize('Привет, меня зовут Дарина Соколова')).toBe('Привет, меня зовут [name]')
    expect(anonymize('My name is Sarah Whitmore.')).toBe('My name is [name].')
  })

  it('when applied twice, then the result is unchanged', () => {
    const once = anonymize('Анна: @anna_k 89991234567 vk.com/anna', { names: ['Анна'] })
    expect(anonymize(once, { names: ['Анна'] })).toBe(once)
  })

  it('when the text has nothing personal, then it is returned as is', () => {
    const text = 'Мне сегодня тяжело, в 10:30 было совещание, 5-10 минут думала, что не справлюсь.'
    expect(anonymize(text, { names: ['Анна'] })).toBe(text)
  })

  it('when names contain regex characters or are empty, then nothing breaks', () => {
    expect(anonymize('a (Bo) c', { names: ['Bo+?', '', '  ', 'x', '[.*'] })).toBe('a ([name]) c')
  })
})

describe('findIntroducedNames', () => {
  it('when people introduce themselves, then the names are found', () => {
    expect(findIntroducedNames('Привет, меня зовут Мария. А я Андрей')).toEqual(['Мария', 'Андрей'])
    expect(findIntroducedNames("Hi, I'm Sarah. My name is John, call me Johnny")).toEqual([
      'Sarah',
      'John',
      'Johnny',
    ])
  })
  it('when a capitalised word after «я»/"I\'m" is an ordinary word, then it is not a name', () => {
    expect(findIntroducedNames('Я Очень устала. I am Tired. я не знаю')).toEqual([])
  })
})

// Each of these leaked with the v1 scrubber (issue 12): checked against the old code before the rewrite.
describe('anonymize — v1 leaks', () => {
  it.each([
    ['меня зовут Георгий Самойлов', 'меня зовут [name]'],
    ['Олег Петрович Захаров', '[name]'],
    ['звони 8 (3462) 51-20-18 вечером', 'звони [phone] вечером'],
    ['рабочий 31-17-92', 'рабочий [phone]'],
    ['мейл: zaya_07 [at] mail [dot] ru', 'мейл: [email]'],
    ['пиши в тележку gosha_msk', 'пиши в тележку [username]'],
    ['напиши в телеграме: @ sanya_k', 'напиши в телеграме: [username]'],
    ['я живу на ул. Гагарина, д. 21, кв. 64', 'я живу на [address]'],
    ['паспорт серия 4617 номер 302918', 'паспорт серия [document]'],
  ])('when the text is %j, then nothing identifying is left: %j', (text, expected) => {
    expect(anonymize(text)).toBe(expected)
  })

  it('when the text mixes every new kind, then it is idempotent', () => {
    const once = anonymize(
      'Кира Лебедева, ул. Чкалова, д. 12, паспорт 4517 302211, восемь девятьсот один два три 45 67',
    )
    expect(anonymize(once)).toBe(once)
    expect(once).not.toMatch(/Кира|Лебедева|Чкалова|302211|девятьсот/)
  })
})
