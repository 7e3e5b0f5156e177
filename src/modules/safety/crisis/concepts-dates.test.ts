import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { conceptsOf } from './concept-matches.js'
import { latinToCyrillic, looksTranslit } from './translit.js'

const words = (text: string) => analyse(text).map((t) => t.text)

describe('crisis18ru: dates, transliteration and the new concept kinds', () => {
  it('when a day of the month is written with a Russian ending, then it stays a date, not leetspeak', () => {
    expect(words('билеты взяла на 20е')).toContain('20е')
    expect(words('все удалю 1го числа')).toContain('1го')
    expect(words('в 3й раз')).toContain('3й')
    // leetspeak inside a word is still folded
    expect(words('хочу у6ить себя')).toContain('убить')
    expect(words('4ерез час')).toContain('через')
  })

  it('when Russian is typed with «shh» or «-tsya», then it folds to «щ» and «-тся»', () => {
    expect(latinToCyrillic('proshhajte')).toBe('прощайте')
    expect(latinToCyrillic('hochetsya')).toBe('хочется')
  })

  it('when a Latin message has only words of time and place, then it still reads as Russian', () => {
    expect(looksTranslit(['zavtra', 'utrom', 'poedu', 'k', 'obryvu'])).toBe(true)
    expect(looksTranslit(['zdes', 'vysoko', 'ja', 'na', 'kryshe'])).toBe(true)
    expect(looksTranslit(['see', 'you', 'tomorrow', 'at', 'the', 'station'])).toBe(false)
  })

  it('when a plan names a day of the month, then the classifier sees a plan, a date and the pair', () => {
    const cs = conceptsOf(analyse('дату назначила, 28е'))
    expect(cs).toEqual(expect.arrayContaining(['plan', 'when', 'plan+when']))
    expect(conceptsOf(analyse('всё распланировано до мелочей'))).toContain('plan')
  })

  it('when papers for after are settled, then they are arrangements; with a date, the pair', () => {
    expect(conceptsOf(analyse('завещание у нотариуса заверил'))).toContain('arrange')
    expect(conceptsOf(analyse('страховку оформила, на 12е'))).toEqual(
      expect.arrayContaining(['arrange', 'when', 'arrange+when']),
    )
  })

  it('when the writer gives up or holds on only until a date, then the message has the resign kind', () => {
    expect(conceptsOf(analyse('дотяну до 20го'))).toEqual(
      expect.arrayContaining(['resign', 'when', 'resign+when']),
    )
    expect(conceptsOf(analyse('это окончательно, не отговаривайте'))).toContain('resign')
  })

  it('when a message blesses the ones left or a place of danger is named, then it has bless / danger', () => {
    expect(conceptsOf(analyse('всё, ребята, я сдаюсь. берегите себя'))).toEqual(
      expect.arrayContaining(['bless', 'resign', 'bless+self']),
    )
    expect(conceptsOf(analyse('там печка и угарный газ'))).toContain('danger')
  })

  it('when a message is an ordinary one with none of these words, then it has none of the new kinds', () => {
    const cs = conceptsOf(analyse('купила хлеб и молоко, вечером кино'))
    for (const c of ['resign', 'bless', 'danger', 'arrange']) expect(cs).not.toContain(c)
  })
})
