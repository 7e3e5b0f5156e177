import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('emails and handles — dictated, symbol for "@", provider in brackets, quoted (issue 12, round 13)', () => {
  it.each([
    ['пиши олег-точка-ру эт гмейл ком, продиктую ещё раз', ['олег-точка-ру']],
    ['диктую: олег-бэ-два эт джимейл ком', ['олег-бэ-два']],
    ['почта petrov_v#mail.ru (решётка вместо собаки)', ['petrov_v#mail.ru']],
    ['шли на petrov_v&ya.ru, где & — собака', ['petrov_v&ya.ru']],
    ['reach me: j-ortiz at-sign gmail period com', ['j-ortiz']],
    ['old account was maya.lindgren (hotmail), still works', ['maya.lindgren']],
    ['if it drops: maya.lindgren (hotmail)', ['maya.lindgren']],
    ["my twitch is now 'kira_plays' after the rename", ['kira_plays']],
    ["discord is just 'kira.plays' now", ['kira.plays']],
  ])('when the text is "%s", then the contact is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    '@everyone sorry for the long vent earlier',
    '@here the meeting moved',
    'that period of my life was hard',
    'it cost 5$ at the store',
  ])('when the text is "%s", then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
