import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'

const left = (out: string, p: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(
    out,
  )

describe('names — case forms, unknown surnames, particles and hyphens (issue 12, round 8)', () => {
  it.each([
    // a patronymic in any case form («андреевну», «петровне») ties a first name to the surname after it
    [
      'вчера видела на остановке татьяну петровну кузнецову, мою классную',
      ['татьяну', 'петровну', 'кузнецову'],
    ],
    ['передай галине сергеевне морозовой что я не приду', ['галине', 'сергеевне', 'морозовой']],
    // a dictionary surname, any first-name reading, a patronymic
    ['у нас лекции ведёт сабиров ильдар ринатович, жесть', ['сабиров', 'ильдар', 'ринатович']],
    // a plain first name, then a word no dictionary knows ending like a Russian surname
    ['мой тренер азамат токтарбаев опять орал на всех', ['ерлан', 'токтарбаев']],
    ['видела айгерим нурмаганбетову в торговом центре', ['айгерим', 'нурмаганбетову']],
  ])('%s', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'купила у бабушки на рынке петрушку и укроп',
    'олег сказал что придёт попозже',
    'приходи к восьми, поговорим про отчёт',
  ])('clean: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
