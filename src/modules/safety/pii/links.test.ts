import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

const found = (text: string) => findPii(text).map((f) => [f.kind, f.value])

describe('emails', () => {
  it.each([
    ['мейл: zaya_07 [at] mail [dot] ru', 'zaya_07 [at] mail [dot] ru'],
    ['почта roma.v собака gmail точка com', 'roma.v собака gmail точка com'],
    ['пиши petr (собака) bk (точка) ru', 'petr (собака) bk (точка) ru'],
    ['почта nika-moon @ rambler . ru', 'nika-moon @ rambler . ru'],
    ['мыло: oleg1985 at list dot ru', 'oleg1985 at list dot ru'],
    ["it's anna underscore k at gmail dot com", 'anna underscore k at gmail dot com'],
    ['write: ben.r (at) protonmail (dot) com', 'ben.r (at) protonmail (dot) com'],
    ['send to j.lee{at}icloud{dot}com', 'j.lee{at}icloud{dot}com'],
    ['my email is nora88 at gmail', 'nora88 at gmail'],
    ['Contact: oliver_t@hotmail.co.uk', 'oliver_t@hotmail.co.uk'],
    ['email me: mia [dot] stone [at] outlook [dot] com', 'mia [dot] stone [at] outlook [dot] com'],
    ['reach me: hi at lunarmoth dot co dot uk', 'hi at lunarmoth dot co dot uk'],
    ['contact me at info at greenleaf dot org', 'info at greenleaf dot org'],
    ['почта lena (точка) orlova (собака) mail (точка) ru', 'lena (точка) orlova (собака) mail (точка) ru'],
  ])('when an email is obfuscated (%j), then the local part and the domain are one email', (text, value) => {
    expect(found(text)).toContainEqual(['email', value])
  })

  it.each([
    'I am at home dot',
    "I'm at work, see you at 5",
    'встретимся у метро, я буду собакой',
    'dot com bubble',
  ])('when "at"/«собака» is ordinary text (%j), then no email', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'email')).toEqual([])
  })
})

describe('links', () => {
  it.each([
    ['see my blog at mikecooks.net', 'mikecooks.net'],
    ['linkedin: linkedin.com/in/jane-roe-77', 'linkedin.com/in/jane-roe-77'],
    ['youtube.com/@bakerlisa', 'youtube.com/@bakerlisa'],
    ['ok.ru/profile/481726350', 'ok.ru/profile/481726350'],
    ['вот https://www.instagram.com/dasha.art/', 'https://www.instagram.com/dasha.art/'],
    ['www.meeramenon.in is my old blog', 'www.meeramenon.in'],
    ['my shop: www.kotik-shop.at', 'www.kotik-shop.at'],
    ['https://youtube.com', 'https://youtube.com'],
  ])('when the text is %j, then %j is a link', (text, value) => {
    expect(found(text)).toContainEqual(['link', value])
  })

  it.each([
    'I was tired.Is that ok',
    'it is tired.is it',
    'т.е. и т.д.',
    'файл report.txt и node.js',
    'found a breathing video on youtube.com, it helped',
    'читала про это на wikipedia.org и на www.youtube.com',
  ])('when a dot joins ordinary words or names a big public site (%j), then no link', (text) => {
    expect(findPii(text)).toEqual([])
  })
})

describe('emails named by their provider without "@" (issue 12, v2)', () => {
  it.each([
    ['почта на яндексе — roma.belkin', 'roma.belkin'],
    ['lesya_m91 на гмейле, пиши', 'lesya_m91'],
    ['my gmail: pete.sandoval7', 'pete.sandoval7'],
    ['мой ящик: vadim-k<at>i.ua', 'vadim-k'],
  ])('when the text is %j, then the local part is masked', (text, local) => {
    expect(anonymize(text)).not.toContain(local)
    expect(findPii(text).map((f) => f.kind)).toContain('email')
  })
  it.each([
    'gmail опять тормозит',
    'my email inbox has v2.0 notes',
    'почта России, трек RA123456789RU пришёл',
  ])('when a provider word stands beside no local part (%j), then no email', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'email')).toEqual([])
  })
})

describe('spelled-out dots in Cyrillic and emails (issue 12, v2)', () => {
  it('when a site is written «name точка ру», then it is a link', () => {
    expect(found('мой сайт: kotik-art точка ру')).toContainEqual(['link', 'kotik-art точка ру'])
  })
  it('when an email is spelled with "dot" in the local part, then it is masked', () => {
    expect(anonymize('email me: lee dot min at daum dot net')).not.toMatch(/lee|min/)
  })
})

describe('bare Latin mailbox names beside a Russian mail word (issue 12, v2)', () => {
  it.each([
    ['почта: mishkakosolapy', 'mishkakosolapy'],
    ['пиши на ninochka на яндексе', 'ninochka'],
  ])('when the text is %j, then %j is masked', (text, local) => {
    expect(anonymize(text)).not.toContain(local)
  })
  it.each(['почта России опять потеряла посылку', 'проверь почту, там письмо', 'I check my gmail daily'])(
    'when no mailbox is named (%j), then no email',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'email')).toEqual([])
    },
  )
})

describe('emails spelled in Cyrillic (issue 12, v3)', () => {
  it.each([
    ['пиши: petya.ivanov собака мейл ру', ['petya.ivanov', 'мейл ру']],
    ['моя почта kira-moon собака гмейл точка ком', ['kira-moon', 'гмейл']],
    ['почта маша точка лис собака яндекс точка ру', ['маша точка лис']],
    ['я на хотмейле, там anna_b77', ['anna_b77']],
  ])('when %j, then every part of the address is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it('when «собака» is just a dog, then nothing is masked', () => {
    expect(anonymize('моя собака любит гулять точка')).toBe('моя собака любит гулять точка')
  })
})

describe('links and emails spelled out with a path or a bark (issue 12, v4)', () => {
  it.each([
    ['t dot me slash moody_owl, my channel', 'moody_owl'],
    ['t точка me слэш tihiy_lis — собери сам', 'tihiy_lis'],
    ['stihi точка ru слэш avtor слэш ivanpoet', 'ivanpoet'],
    ['ВК.КОМ/SASHA.NIGHT вот', 'SASHA.NIGHT'],
    ['пиши на masha2005 гав-гав мэйл точка ру', 'masha2005'],
  ])('when %j, then %j is masked', (text, part) => {
    expect(anonymize(text)).not.toContain(part)
  })
})

describe('emails with the local part spelled apart or a provider by its short name (issue 12, v4)', () => {
  it.each([
    ['напиши на olga . petrova . op собака gmail, ладно', ['olga', 'petrova']],
    ['its sunny + day + 1990 at icloud, no plus signs', ['sunny', 'day', '1990']],
    ['я там lena.88 собака mail... короче', ['lena.88']],
    ['почту давай? sasha.kim на гугле', ['sasha.kim']],
  ])('when %j, then the address is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each(['Hi. Tom here', 'the letter at mail office', 'загугли node.js в гугле'])(
    'when %j, then nothing is masked',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('spaced dots and a provider after a plain word (issue 12, v5)', () => {
  it.each([
    ['find my channel www . youtube . com / annavlogs', 'link', ['youtube', 'annavlogs']],
    ['мой сайт anna-art . ru', 'link', ['anna-art']],
    ['annasmirnova at protonmail', 'email', ['annasmirnova']],
  ])('when the text is %j, then it is a %s and masked', (text, kind, parts) => {
    expect(findPii(text).map((f) => f.kind)).toContain(kind)
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'I said no . me too',
    'i was looking at gmail',
    'everything at outlook is broken',
    'I work at yahoo',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
