import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { soundKey } from './names-cyrillic-en.js'

describe('English names written in Cyrillic (issue 12, round 7)', () => {
  it('when an English name and its Cyrillic spelling are keyed, then they meet', () => {
    expect(soundKey('Johnson')).toBe(soundKey('djonson'))
    expect(soundKey('Emily')).toBe(soundKey('emili'))
  })

  it.each([
    ['Эмили Джонсон, коллега из Лондона, одна спросила как я', 'Эмили Джонсон'],
    ['Оливия Уильямс из соседнего дома опять кричала', 'Оливия Уильямс'],
    ['мне пишет Кевин Миллер из отдела', 'Кевин Миллер'],
  ])('when the text is %j, then %j is masked', (text, name) => {
    expect(anonymize(text)).not.toContain(name)
  })

  it.each([
    'Антон Павлович Чехов писал коротко',
    'ездили на Красную Поляну',
    'перечитываю Шерлок Холмс',
    'Тейлор Свифт снова в туре',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
