import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'
import { accidentTold, everydayEnding, giveawayForReason, nightSignoff, wakeAt } from './model-checks.js'

// Classifiers near-certain of one crisis class: the checks must dismiss the everyday lines whatever it says.
const sure = (cat: string) => stubModel({ none: -8, [cat]: 8 })
const check = (f: (toks: ReturnType<typeof analyse>) => boolean, text: string) => f(analyse(text))

describe('crisis11: a sign-off for the night is no farewell or plan of the classifier', () => {
  it.each([
    ['this is my last message tonight, I’m going to try sleeping. thanks for staying with me', 'imminent'],
    ['thats my last msg for today, heading to bed. night all', 'farewell'],
    ['всё, это моё последнее сообщение на сегодня, иду спать. спокойной ночи', 'farewell'],
    ['ладно, пойду спать, завтра рано вставать', 'intent'],
  ])('when someone writes "%s", then a classifier sure of %s raises no hit', (text, cat) => {
    expect(check(nightSignoff, text)).toBe(true)
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(false)
  })

  it.each([
    // a means, a death word, a stronger finality, a hope not to wake: the classifier keeps its say
    ['вс ётаблетки в руке. запью и лягу. спокойной ночи', 'imminent'],
    ['took all of them. going to sleep now. goodnight', 'imminent'],
    ['goodnight. and goodbye i guess. this is the last time i’ll be here', 'farewell'],
    ['going to sleep and i hope i don’t wake up. good night everyone', 'farewell'],
    ['спокойной ночи. навсегда', 'farewell'],
    ['иду спать. меня больше не будет', 'farewell'],
  ])('when someone writes "%s", then a classifier sure of %s still raises it', (text, cat) => {
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(true)
  })

  it('when the classifier reads passive ideation, then a sign-off does not dismiss it', () => {
    expect(everydayEnding('passive_ideation', analyse('ok going to sleep, good night'))).toBe(false)
  })
})

describe('crisis11: a thing given away for an everyday reason is no arrangement for after', () => {
  it.each([
    ['giving away a winter coat, it doesn’t fit anymore. size M, pickup near the station', 'intent'],
    ['кому фотоаппарат? взял новый, старый кэнон отдам даром, только заберите', 'intent'],
    ['отдам диван, купили новый, самовывоз от метро', 'farewell'],
  ])('when someone writes "%s", then a classifier sure of %s raises no hit', (text, cat) => {
    expect(check(giveawayForReason, text)).toBe(true)
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(false)
  })

  it.each([
    // everything, not needed after, a date or a decision: arrangements again
    ['раздаю вещи в группе "отдам даром". к субботе хочу раздать всё, потом уже будет не нужно', 'intent'],
    ['who wants my camera? size doesn’t matter, I’ve made my decision about next week', 'intent'],
    ['giving away my guitar, got a new one. won’t need either after friday', 'intent'],
    ['отдам даром всё, что есть. мне это больше не понадобится', 'farewell'],
  ])('when someone writes "%s", then a classifier sure of %s still raises it', (text, cat) => {
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(true)
  })
})

// Rules alone (`model: false`): the last message or post about a topic or for now is no farewell
const rules = (text: string) => detectCrisisV2(text, { model: false })

describe('crisis11: a last post about a topic, a last message for now', () => {
  it.each([
    'Deleting Instagram for good. This is my last post about it, I promise.',
    'this is my last message about this, then back to work',
    'Это моё последнее сообщение пока что, у меня самолёт. Спасибо за всё!',
    'это моё последнее сообщение об этом, дальше сами',
  ])('when someone writes "%s", then the rules raise no farewell', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each([
    'this is my last post. about to do it',
    'this is my last message. goodbye everyone',
    'это моё последнее сообщение. пока всем',
    'это моё последнее сообщение',
  ])('when someone writes "%s", then the rules still raise it', (text) => {
    expect(rules(text).hit).toBe(true)
  })
})

describe('crisis11: an accident told is no self-harm, waking somewhere nice is no passive wish, of the classifier', () => {
  it.each([
    [
      'взяла лезвие для бритья ног и порезалась случайно, теперь пластырь на коленке',
      'self_harm',
      accidentTold,
    ],
    ['accidentally scratched my arm on a nail, it bled a bit', 'self_harm', accidentTold],
    ['i wish i could sleep and wake up in july on a beach', 'passive_ideation', wakeAt],
    ['так устала, хочу уснуть и проснуться уже летом', 'passive_ideation', wakeAt],
  ] as const)('when someone writes "%s", then a classifier sure of %s raises no hit', (text, cat, f) => {
    expect(check(f, text)).toBe(true)
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(false)
  })

  it.each([
    ['Специально обожгла руку об утюг, сказала маме что случайно', 'self_harm'],
    ['порезала руку ножом «случайно», когда готовила. не случайно', 'self_harm'],
    ['burned my hand on purpose, told everyone it was by accident', 'self_harm'],
    ['wish i could go to sleep and not wake up in the morning', 'passive_ideation'],
    ['хочу уснуть и не проснуться летом', 'passive_ideation'],
  ])('when someone writes "%s", then a classifier sure of %s still raises it', (text, cat) => {
    expect(detectCrisisV2(text, { model: sure(cat) }).hit).toBe(true)
  })
})
