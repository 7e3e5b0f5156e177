import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

describe('full names', () => {
  it.each([
    ['меня зовут Георгий Самойлов', ['Георгий', 'Самойлов']],
    ['Мой тренер Олег Петрович Захаров очень помог', ['Олег', 'Петрович', 'Захаров']],
    ['директор Комаров Павел вчера кричал', ['Комаров', 'Павел']],
    ['это был Николаев Игоревич, наш физрук', ['Николаев', 'Игоревич']],
    ['с Ксенией Орловой мы жили вместе', ['Ксенией', 'Орловой']],
    ['фамилия моя Крылова, Дарья', ['Крылова', 'Дарья']],
    ['бабушка, Галина Фёдоровна, в больнице', ['Галина', 'Фёдоровна']],
    ['меня зовут роман титов если что', ['роман', 'титов']],
    ['Семёнова Е.В. наша классная', ['Семёнова', 'Е.В.']],
    ['Руслан Гарипов из соседнего подъезда', ['Руслан', 'Гарипов']],
    ['my name is Ethan Caldwell', ['Ethan', 'Caldwell']],
    ['my doctor, Dr. Karen Hughes, said so', ['Karen', 'Hughes']],
    ["met Sean O'Connell today", ['Sean', "O'Connell"]],
    ["it's me, laura bennett, again", ['laura', 'bennett']],
    ['Mr. Henderson my landlord is rude', ['Henderson']],
    ['my cousin Anna Marie Fowler left', ['Anna', 'Marie', 'Fowler']],
    ['my name is Jack White', ['Jack', 'White']],
  ])('when the text is %j, then every part of the name is masked', (text, parts) => {
    expect(findPii(text).map((f) => f.kind)).toContain('name')
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'Оля сказала, что перезвонит',
    'мы с Димой помирились',
    'Вера в людей пропала',
    'Любовь зла, говорят',
    'Чехов писал коротко',
    'слушаю Цоя весь вечер',
    'Дворцовая площадь была пустой',
    'Megan said she would text',
    'Mark my words, it passes',
    'I hope Will is okay',
    'Taylor and I split up',
    'Called Sarah yesterday',
    'Los Angeles is too hot',
    'Christmas Day at home',
  ])('when a first name or a capitalised word stands alone (%j), then no name is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})
