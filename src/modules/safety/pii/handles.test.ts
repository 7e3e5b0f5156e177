import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

const usernames = (text: string) =>
  findPii(text)
    .filter((f) => f.kind === 'username')
    .map((f) => f.value)

describe('handles', () => {
  it.each([
    ['ищи меня в телеге, там я zhenya_fox', 'zhenya_fox'],
    ['в инсте я lisa.sun', 'lisa.sun'],
    ['в инстаграме ivan_hikes, подписывайся', 'ivan_hikes'],
    ['во вконтакте ищи по нику darkstar12', 'darkstar12'],
    ['пиши в телеграме: @ sanya_k', '@ sanya_k'],
    ['мой дискорд frostbite#3107', 'frostbite#3107'],
    ['в телеграмме меня можно найти как tonya_rain', 'tonya_rain'],
    ['добавляйся в снапе: maksik2007', 'maksik2007'],
    ['пиши в тележку @gosha_msk', '@gosha_msk'],
    ["add me on insta, it's amy.moon.x", 'amy.moon.x'],
    ['my snap is tylerdude', 'tylerdude'],
    ['hmu on discord: nightfox#2204', 'nightfox#2204'],
    ['find me on telegram @ kate_draws', '@ kate_draws'],
    ["I'm lemonpiecrust on reddit", 'lemonpiecrust'],
    ['gh0st#5521', 'gh0st#5521'],
  ])('when the text is %j, then the handle %j is found', (text, value) => {
    expect(usernames(text)).toContain(value)
  })

  it.each([
    'я весь вечер в телеге сижу',
    'сижу в инсте вместо сна',
    "I'm on telegram all day lol",
    'I was on insta too much',
    'my snap is broken',
    'on telegram later, ok?',
    '@ это собака',
    'I had 5 coffees, my #1 fear',
  ])('when a platform is mentioned without a handle (%j), then nothing is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})

describe('handles — more forms (issue 12, v2)', () => {
  it.each([
    ['add me on steam, username pinecrest', 'pinecrest'],
    ['my discord, name is tallgrass', 'tallgrass'],
    ['ник в дискорде: hollowmoon', 'hollowmoon'],
  ])('when the text is %j, then %j is a username', (text, handle) => {
    expect(usernames(text)).toContain(handle)
  })
  it.each(['напиши @BotFather и создай бота', 'report spam to @SpamBot', 'stickers via @Stickers'])(
    "when the handle is Telegram's own service account (%j), then it stays",
    (text) => {
      expect(findPii(text)).toEqual([])
    },
  )
})

describe('handles on gaming platforms and reddit (issue 12, v2)', () => {
  it.each([
    ['мой ник в роблоксе — CoolBean_', 'CoolBean_'],
    ['reddit: u/sleepy_otter', 'u/sleepy_otter'],
  ])('when the text is %j, then %j is a username', (text, handle) => {
    expect(usernames(text)).toContain(handle)
  })
})

describe('handles with a leading underscore or spaces after "@" (issue 12, v2)', () => {
  it.each([
    ['insta: @ _night.owl_', '_night.owl_'],
    ['тг: @  lena_k', 'lena_k'],
  ])('when the text is %j, then %j is a username', (text, handle) => {
    expect(usernames(text).join(' ')).toContain(handle)
  })
})

describe('handles after an invitation, no platform named (issue 12, v2)', () => {
  it.each([
    ['добавляйся: kostik_dev', 'kostik_dev'],
    ['find me as moss.green.7', 'moss.green.7'],
    ['напиши мне lara2008', 'lara2008'],
  ])('when the text is %j, then %j is a username', (text, handle) => {
    expect(usernames(text)).toContain(handle)
  })
  it.each(['add me to the group chat pls', 'напиши мне, когда сможешь', 'dm me if you want', 'text me at 5'])(
    'when an invitation has no handle (%j), then nothing is found',
    (text) => {
      expect(findPii(text)).toEqual([])
    },
  )
})

describe('handles after a word naming an account (issue 12, round 2)', () => {
  it.each([
    ['my username over there is moonlit_fern', 'moonlit_fern'],
    ['my minecraft user is cobblestone2011', 'cobblestone2011'],
    ['логин у меня zayka_777', 'zayka_777'],
    ['ник сменила на lime.soda', 'lime.soda'],
    ['в тг ищи по юзу kislaya_vishnya', 'kislaya_vishnya'],
    ['подпишись в тикитоке mango.days', 'mango.days'],
    ['snap me: ella.bee09', 'ella.bee09'],
    ['добавляйся в друзья: Vova_Tank_2010', 'Vova_Tank_2010'],
    ['в телеге я @маша_котова', 'маша_котова'],
  ])('when %j, then the handle is masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })

  it.each([
    'my account has node.js stuff',
    'the user manual v2.1 is long',
    'my username is something dumb lol',
    'my discord is muted for now',
    'я @ дома, привет @Маша',
    'my account got hacked in 2023',
    'I lost my acc on ps5',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('handles — words between the platform and the handle, underscores, spelled and spaced (issue 12, v3)', () => {
  it.each([
    ['в инсте у меня тут sad_cat_77, заходи', ['sad_cat_77']],
    ['в телеграмме я как lena.kyiv', ['lena.kyiv']],
    ['on twitch I stream as owl.night', ['owl.night']],
    ['мой ник в дискорде: Ёжик_в_тумане#1234', ['Ёжик_в_тумане#1234']],
    ['ищи меня там как «тихий_омут»', ['тихий_омут']],
    ['пиши в телегу, там я грустный_кот_', ['грустный_кот_']],
    ['в тиктоке: dance_girl_2009', ['dance_girl_2009']],
    ['мой тг собачка k_o_t_1 9 9 8', ['k_o_t_1 9 9 8']],
    ['my insta is mia underscore draws', ['mia underscore draws']],
    ['snap is @ j a k e . 9', ['j a k e . 9']],
  ])('when %j, then the handle is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
    expect(findPii(text).map((f) => f.kind)).toContain('username')
  })

  it.each([
    'the file is in node_modules, weird',
    'I use snake_case in python',
    'в инсте одни рилсы',
    'my discord is broken again',
  ])('when %j, then no handle', (text) => {
    expect(findPii(text).filter((f) => f.kind === 'username')).toEqual([])
  })
})

describe('handles — a channel, page or profile word between the platform and the handle (issue 12, v4)', () => {
  it.each([
    ['на ютубе мой канал kirashow', 'kirashow'],
    ['в вк у меня страничка olya.smirnova', 'olya.smirnova'],
    ['в инсте мой профиль называется kirapics', 'kirapics'],
    ['my youtube channel is kirashow', 'kirashow'],
    ['find me on twitch, my channel is pixelkira', 'pixelkira'],
  ])('when %j, then the handle is masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })

  it.each(['my youtube channel is dead now', 'на ютубе мой канал забросила', 'my insta page is private'])(
    'when %j, then no handle',
    (text) => {
      expect(findPii(text).filter((f) => f.kind === 'username')).toEqual([])
    },
  )
})

describe('handles — more platforms, service ids, spelled and spaced forms (issue 12, v4)', () => {
  it.each([
    ["Steam name's xXGloomyToastXx, add me", 'xXGloomyToastXx'],
    ['bluesky: quietharbor.bsky.social', 'quietharbor'],
    ['letterboxd is sadfilmclub if you want', 'sadfilmclub'],
    ['в пинтересте tihaya_gavan, там доски', 'tihaya_gavan'],
    ['скайп: live:.cid.4b2e19a7c3d1', '4b2e19a7c3d1'],
    ['тгшка: m i s h a _ k o t', 'm i s h a _ k o t'],
    ['snapchat is sad_otter dot exe', 'exe'],
  ])('when %j, then the handle is masked', (text, part) => {
    expect(anonymize(text)).not.toContain(part)
  })

  it.each([
    '@ everyone who is awake: how do you sleep',
    'my bio just says "@ home, tired"',
    'the @ sign on my keyboard is broken',
    'spent 6 hours on LinkedIn applying. 0 replies',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('a describing word after "<platform> is" is no handle (issue 12, v4)', () => {
  it('when "nurse twitter is furious", then nothing is masked', () => {
    expect(anonymize('nurse twitter is furious')).toBe('nurse twitter is furious')
  })
  it.each([
    ['my insta is sunshine', 'sunshine'],
    ['my tg: happy', 'happy'],
  ])('when %j, then the handle is still masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })
})

describe('handles after an invitation, in quotes, in games, Cyrillic after a platform (piinum5)', () => {
  it.each([
    ['ищи в тиктоке «sunnygirl»', 'sunnygirl'],
    ['ищи в тиктоке "sunnygirl"', 'sunnygirl'],
    ['add me on discord sunnyvibes', 'sunnyvibes'],
    ['hmu on snap sunnyvibes', 'sunnyvibes'],
    ['follow me on insta sunnyvibes!', 'sunnyvibes'],
    ['sunnyvibes on insta, follow me', 'sunnyvibes'],
    ['мой ник в доте — SunnyVibes', 'SunnyVibes'],
    ['в валике я SunnyVibes, добавляйся', 'SunnyVibes'],
    ['мой тг @санни', 'санни'],
  ])('when %j, then the handle is masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })

  it.each([
    'add me on discord later',
    'follow me on insta tonight',
    'hmu on snap whenever',
    'posted it on insta, follow if you want',
    'напиши @Маше, она знает',
    'я в доте 3 часа сидела',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('handles in brackets; public accounts (piinum5)', () => {
  it.each([
    ['snapchat - (hannah.b_03)', 'hannah.b_03'],
    ['тг (sunny_vibes) пиши', 'sunny_vibes'],
  ])('when %j, then the handle is masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })

  it.each([
    '@durov опять написал пост про свободу',
    'saw @NASA posted the moon pics',
    '@Starbucks got my name wrong again lol',
  ])('when %j names a public account, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('accounts of organisations and bots (piiid8)', () => {
  it.each([
    'написала в @tinkoff_bank в телеге, ответили шаблоном',
    'пишу в @alfabank_support уже третий день',
    'the @Uber_Support account never replies',
    'нажала старт в @weather_bot и всё',
    '@SberBankOnlineBot прислал код',
  ])('when %j names an organisation or a bot, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it.each([
    ['пиши мне @banka_lena', '@banka_lena'],
    ['my insta is @anna_shopaholic', '@anna_shopaholic'],
    ['тг @robot_masha', '@robot_masha'],
  ])('when a person’s handle only contains such a word (%j), then it is masked', (text, handle) => {
    expect(anonymize(text)).not.toContain(handle)
  })
})
