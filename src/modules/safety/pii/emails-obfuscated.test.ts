import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('emails written around filters (issue 12, round 6)', () => {
  it.each([
    ['mail me: tom.h AT fastmail DOT nz', ['tom.h', 'fastmail']],
    ['reach me at liam_k at eircom dot ie', ['liam_k', 'eircom']],
    ["send it to nina.b 'at' web 'dot' de", ['nina.b', 'web']],
    ['forward it to kate.r (at sign) outlook.com', ['kate.r']],
    ['пиши: olga_pp ат мейл ру', ['olga_pp', 'мейл']],
    ['pochta: dima sobaka yandex tochka ru', ['dima', 'yandex']],
    ['ящик kir_ov@@ мейл.ру', ['kir_ov']],
    ['пишите на belka2001 — это яндекс', ['belka2001']],
    ['почта: п е т я 1 9 9 0 на гмейле', ['п е т я 1 9 9 0']],
    ['s u n n y . d at rediff dot in', ['s u n n y . d', 'rediff']],
    ['пиши на vera.kot... ой, vera.kotova@mail.ru', ['vera.kot', 'vera.kotova']],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'I am at home, see you at nine',
    'мы ат работе, шутка',
    'он сказал — это яндекс такси',
    'a b c d e f g at school we learned letters',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
