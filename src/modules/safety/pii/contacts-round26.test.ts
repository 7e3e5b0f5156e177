import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'
import { isPlaceholderEmail } from './not-personal.js'

describe('handles with no "@" and no account word (round 26)', () => {
  it.each([
    // a Riot id with its region tag, where a game or a tag is named
    ['we duo most nights, im ashfall#EUW3 lol', ['ashfall#EUW3']],
    // a gamertag of leet words after "gt"
    ['my gt is D4rk W0lf99 if u wanna run some games', ['D4rk W0lf99']],
    // a clan tag and the name
    ['on steam i show up as [RVN] Kestrel now', ['[RVN] Kestrel']],
    // "on <game> as <name>"
    ['every night im on overwatch as LunaTicc till 3am', ['LunaTicc']],
    // a profile slug of hyphenated parts where a platform is named
    ['the linkedin one is kemal-aydin-pm if u want it', ['kemal-aydin-pm']],
    ['мой профиль на гитхабе: oleg-belov-dev, там всё видно', ['oleg-belov-dev']],
    // a platform, then the account after "was", "'s", "it's"
    ['my old tiktok was SadGirlSummerVibes before i deleted it', ['SadGirlSummerVibes']],
    ["my insta's mira.paints.22 if u want to see", ['mira.paints.22']],
    ['youtube: the old channel was NightOwlNotebooks, long story', ['NightOwlNotebooks']],
    // a made-up word ending the clause after "im", a platform named before
    ['is snapchat still a thing?? im moonpetalz', ['moonpetalz']],
    // a search for a made-up word where a platform is named
    ['on spotify just search quietlanternmusic', ['quietlanternmusic']],
    // a work app's account
    ['zoom name is k.ferreira so you know it’s me', ['k.ferreira']],
    // letters typed apart after a platform and decorations
    ['insta 👉 ✨ s o f i . a r t ✨', ['s o f i . a r t']],
    ['дискорд ➡ k o t _ b a y u n', ['k o t _ b a y u n']],
    // a nickname after «ник в/на <место> —», or in CamelCase after a nickname word
    ['ник в доте — Пельмешка, заходи', ['Пельмешка']],
    ['на форуме я под ником ГрустныйКактус уже лет пять', ['ГрустныйКактус']],
    // a handle dictated with «точка» where a platform is named
    ['тг: anya точка moroz, пиши', ['anya точка moroz']],
    ['ник на форуме — СоваНочная, пиши в личку', ['СоваНочная']],
    // a private messenger
    ['threema: kpwalker if you need me', ['kpwalker']],
  ])('when %s, then the handle is masked', (text, parts) => masks(text, parts))

  it.each([
    'the final score was 3-2#close one',
    'my gt is broken, the controller died',
    'on steam the summer sale is on',
    'we play overwatch as a team on fridays',
    'on linkedin everyone is so state-of-the-art lol',
    'my old tiktok was full of cringe',
    'is snapchat still a thing?? im exhausted',
    'on spotify just search sad songs',
    'a kid messaged my son on discord. should i call the boy’s parents?',
    'подруга из ТикТока пропала после видео',
    'заказала во ВкусВилле, ник курьера не помню',
    'никто не орёт, тихо',
    'в тг я читаю только новости',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})

describe('a mailbox at an example domain is still a mailbox', () => {
  it.each([
    ['mail me: anna.k@example.com', 'anna.k@example.com'],
    ['пишите: me@example.com', 'me@example.com'],
  ])('when "%s", then the address is masked', (text, part) => expect(anonymize(text)).not.toContain(part))
})

describe('e-mail formats, mention keywords, agencies and mail providers are no one (round 26)', () => {
  it.each([
    'the portal wants it as firstname_lastname@company.org, no idea why',
    'формат адреса: имя.фамилия@домен, так сказал админ',
    'type it like yourname@example.com in the box',
    'кто-то в общем чате написал @all в два ночи',
    'i check @noaa every morning since the flood',
    'you can use any provider, like outlook.com or whatever',
    'почта любая подойдёт, например yandex.ru',
    'the national abuse helpline 0808 2000 247 picked up straight away',
    'горячая линия Минтруда 8-800-707-88-41, они ответили',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))

  it.each([
    ['my work email is anna.petrova@company.com', ['anna.petrova@company.com']],
    ['пиши на lesha.k@mail.ru', ['lesha.k@mail.ru']],
    ['my email is dan at gmail.com', ['dan']],
    ['почта katya.sun 🐶 mail.ru', ['katya.sun']],
    ['follow my friend @jess_k99 she posts art', ['@jess_k99']],
    ['his number is 8-800-555-12-12 and he never picks up', ['8-800-555-12-12']],
  ])('when %s, then the contact is still masked', (text, parts) => masks(text, parts))

  it('tells a format from a mailbox', () => {
    expect(isPlaceholderEmail('name@domain')).toBe(true)
    expect(isPlaceholderEmail('фамилия.имя@компания.ру')).toBe(true)
    expect(isPlaceholderEmail('anna@company.com')).toBe(false)
    expect(isPlaceholderEmail('name.surname@gmail.com')).toBe(false)
  })
})
