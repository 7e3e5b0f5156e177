import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('names — beside a found name, role + surname (issue 12, round 19)', () => {
  it.each([
    // the first name before a surname cue
    ['короче Марина, фамилия Ткачук, она работает у нас в бухгалтерии', ['Марина', 'Ткачук']],
    ['соседка Людмила, фамилия у неё Зайцева, всем рассказала', ['Людмила', 'Зайцева']],
    ['my old friend Tom, last name Kowalski, never called back', ['Tom', 'Kowalski']],
    ['Hannah, surname Levi, was my best friend at school', ['Hannah', 'Levi']],
    ["Nora — her last name's Lindgren — moved to Oslo", ['Nora', 'Lindgren']],
    // a short form or nickname set before the full name
    ['папин друг Жора, Георгий Аванесов, дал мне денег', ['Жора', 'Георгий', 'Аванесов']],
    ['my gf Sasha, Alexandra Petrenko, says i should call someone', ['Sasha', 'Alexandra', 'Petrenko']],
    // the first name in another case form elsewhere in the text
    ['я ушла от Сергея. Сергей Викторович Лебедев, вот кто он', ['Сергея', 'Сергей', 'Лебедев']],
    // a role in lower case and a capitalised surname
    ['coach Petrovic yelled at me in front of everyone', ['Petrovic']],
    ['professor Tanaka says my thesis is hopeless', ['Tanaka']],
    ["Father O'Donovan told my parents everything", ["O'Donovan"]],
    // an Armenian prefixed surname, a surname that is also a possessive adjective, after a role
    ['врач Тер-Григорян сказала что нужна операция', ['Тер-Григорян']],
    ['тренер Синичкина опять кричала на меня', ['Синичкина']],
    ['врач Чайкина сказала что всё плохо', ['Чайкина']],
  ])('%s', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} left in: ${out}`).toBe(false)
  })

  it('masks the nickname before a full name but not the words before it', () => {
    expect(anonymize("I'm Nina, Nina Kowalski, we spoke on Monday")).toMatch(/^I'm \[/u)
  })

  it.each([
    'coach Dave said we did great today',
    'my doctor Who marathon starts tonight',
    'Hey Mom, I passed the exam',
    'врач скорой сказал ехать в больницу',
    'тренер сказал что я молодец',
    'врач Скорой помощи приехал быстро',
    'in London, it rained all week',
  ])('leaves alone: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
