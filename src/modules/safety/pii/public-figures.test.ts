import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

describe('characters of well-known Russian films stay readable (piiid8)', () => {
  it.each([
    'пересмотрела «Брат 2», Данила Багров вечен конечно',
    'Глеб Жеглов был прав, вор должен сидеть в тюрьме',
    'каждый новый год смотрим, как Женя Лукашин летит в Ленинград',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
