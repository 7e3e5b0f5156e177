import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

// Forms of issue 12's round 14 (branch pii18b): handles, ids, phones and emails written in new ways.
describe('contacts written in new forms (issue 12, round 14)', () => {
  it.each([
    // handles: a platform word written apart or with "'s", a filler before the handle
    ['в тик токе я oksana.draws.spb, залетай', ['oksana.draws.spb']],
    ['тик-ток: pasha.runs.msk', ['pasha.runs.msk']],
    ["my twitch's just velvetgoose now", ['velvetgoose']],
    ['xbox gamertag is just QuietHeron, no numbers', ['QuietHeron']],
    ['в дискорде я просто Pelmeshka, заходи', ['Pelmeshka']],
    ['my sc is jaybird2k8 add me', ['jaybird2k8']],
    // tags: battle.net's five digits, a discriminator given apart
    ['battle net tag Frostbite#20417, mostly on hearthstone', ['Frostbite#20417']],
    ['в дискорде Sovushka, тег #4411', ['#4411']],
    // reddit names up to Reddit's longer legacy length, a dotted or underscored name with its end
    ['found me? u/sleepless_in_the_suburbs_77', ['u/sleepless_in_the_suburbs_77']],
    ['my insta is my name + .la — maria_k.la', ['maria_k.la']],
    ['в инсте я как лесная фея, только латиницей: lesnaya.feya_', ['lesnaya.feya_']],
    // a person's account shaped like an organisation's, named as the writer's own
    ['в инсте ищи dasha.bakes.official, это я', ['dasha.bakes.official']],
    // a handle spelled with «тире», a game id after its name, a name the platform shows
    ['в телеге ищи anton тире kazan', ['anton тире kazan']],
    ['ник в стиме Borsch_2001, код друга 512 640 773', ['512 640 773']],
    ['my steam name shows up as Pumpernickel, add me', ['Pumpernickel']],
    ['search for Lonelyfern on steam', ['Lonelyfern']],
    ['my twitch channel is named NightOwlPlays', ['NightOwlPlays']],
    ["i'm on tumblr as moth-wings", ['moth-wings']],
    ['my venmo is @Kate-Rowe-7', ['@Kate-Rowe-7']],
    ['cashapp $lilbean22', ['$lilbean22']],
    // ids: a student card with letters in the middle, a licence number with dashes, an IBAN of the right
    // length for its country next to a bank word (check digits wrong)
    ['студенческий билет № 19-ПМ-1203, потеряла вчера', ['19-ПМ-1203']],
    ['my license number is C-3315-7702-11 btw', ['C-3315-7702-11']],
    ['номер зачётки 20Б0711, если что', ['20Б0711']],
    ['send it to DE12 5001 0517 0648 4898 90, my account', ['DE12 5001 0517 0648 4898 90']],
    ['wire it to GB15 BARC 2004 1977 3350 61, thats my account', ['GB15 BARC 2004 1977 3350 61']],
    // a phone's start said apart from its end
    ['my cell starts with 07911 and ends 123 456', ['07911', '123 456']],
    ['номер начинается на 8916, а заканчивается на 55-01-23', ['8916']],
    // emails: "sobaka" with a provider's short name and its TLD, a provider right after the mailbox, commas
    ['pishi: olga1990 sobaka mail ru', ['olga1990']],
    ['tom.barker gmail, you can guess the rest', ['tom.barker']],
    ["it's sunny_dee, at, hotmail, dot, com", ['sunny_dee', 'hotmail']],
    ['its mia_r then the at sign then gmail dot com', ['mia_r']],
  ])('%s', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    ':@ everything is awful today',
    'i hate it @ everything tbh',
    'discord’s servers were down all evening',
    'my steam library is a mess',
    'студенческий у меня на 2 курс ещё',
    'license to drive expired in 2019',
    'the sc game was fun, 3-1',
    'я начинаю с 5 утра и заканчиваю в 11',
    'my score starts with 100 and ends with 250',
    'тег #2024 в инсте собрал кучу лайков',
    'я родилась 5 тире 6 марта, не помню точно',
    'a dash of salt and a pinch of pepper',
    'search for cheap flights on google',
    'it cost me $20 on cashapp, ugh',
    'зачётка за 2 курс у меня в общаге',
    'the file is in my_docs, check your email',
  ])('leaves clean text alone: %s', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
