import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'
import { left } from './masks.testkit.js'

// Forms of issue 12's round 10 (branch pii10): emails, handles and phones written around the filter.
describe('contacts written around the filter (issue 12, round 10)', () => {
  it.each([
    // emails
    ['my addy is b e c k y m 9 9 @ g m a i l', ['b e c k y m 9 9', 'g m a i l']],
    ['k o t l y a r o v a @ b k . r u — через пробелы', ['k o t l y a r o v a']],
    ['sergey.rybak1979 на гмейле, найдёшь', ['sergey.rybak1979', 'гмейле']],
    ['почта наоборот, чтоб боты не спалили: ur.liam@aniaksut', ['ur.liam@aniaksut']],
    ['адрес простой, tatianagrigoreva, на яндексе', ['tatianagrigoreva']],
    ['arsenij.v ... собака ... list.ru', ['arsenij.v']],
    ['hit me up on email, carlos dot mendez, at icloud', ['carlos dot mendez']],
    ['email is nora 🌙 quinn 🌙 art at gmail (moons are dots lol)', ['nora', 'quinn']],
    ['email ben{at}benfoley{dot}dev — my own domain', ['ben', 'benfoley']],
    ['john.doe [at] outlook [.] com', ['john.doe', 'outlook']],
    // handles
    ['insta — @ masha . art', ['masha', 'art']],
    ['my ig is m a s h a _ a r t', ['m a s h a _ a r t']],
    ['inst: ma.sha_ 2009', ['ma.sha_']],
    ["snapchat → lil_bean dot exe (it's lil_bean.exe but the bot hates dots)", ['lil_bean', 'exe']],
    ['Telegram: at olivia dot hughes x (no spaces, obviously)', ['olivia', 'hughes']],
    ['вк: id наверное не надо, просто ищи kirill.lazarev_off', ['kirill.lazarev_off']],
    ['снэп: lisa__moon', ['lisa__moon']],
    ['в тт я под ником @yana.cringe.official', ['@yana.cringe.official']],
    // personal codes of more countries, by their own names
    ['my personnummer is 19850612-4471', ['19850612-4471']],
    ['cédula 1.023.456.789, por si acaso', ['1.023.456.789']],
    ['RUT 12.345.678-5', ['12.345.678-5']],
    ['henkilötunnus 120685-447K', ['120685-447K']],
    ['Sozialversicherungsnummer 12 120685 M 447', ['12 120685 M 447', '447']],
    ['TC kimlik no: 10000000146', ['10000000146']],
    ['Personalausweis-Nr. L01X00T47', ['L01X00T47']],
    // phones
    ['it starts with 206, then 555, then 0143', ['206', '555', '0143']],
    ['Texting is easier for me than calling — ((718)) 555 ... 3390 — sorry', ['718', '3390']],
    [
      'call me — zero seven seven double oh, nine hundred, one two three',
      ['zero seven seven', 'one two three'],
    ],
  ])('when the text is %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'meet me@home lol, coffee@work after',
    'I paid 200, then 300, then 450 for the repairs',
    'the app went from v2.1 to v2.3, then 2.4, then 3.0',
    'train at 10:45, then 11:20, then 12:05',
    'написала @tinkoff_bank в поддержку, ответили через час',
    'my flight BA 0283, then 1402, then home',
    'order 48213, then 48214, then 48215 all arrived',
    'позвони на 8-800-2000-122, это детский телефон доверия, или 112',
    'two hundred people came, then three hundred more',
    'I was in London, at google for a week',
    'add me on insta? no. Art is my life now',
    'write to the mail. Ru sites are blocked here',
    'my ig is a mess lately',
    'scores 10 ... 20 ... 30 ... 45, then it crashed',
    'levels 10, 20, 30, 45, then I quit',
    'in 2019...2020 it was bad, 2021…2022 better',
    'stuck in a rut for 2 years now',
    'my cedula expired in 2023, renewing it',
    'CPR training on 12.05 at 10:30',
  ])('when the clean text is %j, then nothing is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})
