import { describe, expect, it } from 'vitest'
import { analyse } from './analyse.js'
import { CRISIS_LIMITS, detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// round 22 (crisis22fp, issue #12): rule false positives of leave-batches-out and blind batch 31, as families, each
// with the crisis lines it must not cancel. The rules alone (`model: false`) and with a classifier that always
// says none (which may cancel no imminent or intent hit, and a wish or harm only at near-certainty)
const noneModel = stubModel({ none: 5 })
const rulesOnly = (text: string) => detectCrisisV2(text, { model: false }).hit
const withNone = (text: string) => detectCrisisV2(text, { model: noneModel }).hit

describe('round 22: a height or an edge with an errand or a low place is no danger', () => {
  it.each([
    'стою на крыше гаража, помогаю отцу менять шифер',
    'стою на крыше сарая, чиню водосток',
    'сижу на краю дивана и думаю, идти ли на пары',
    'сижу на подоконнике с чаем, смотрю на дождь',
    'нож в руке, режу хлеб на бутерброды',
    "i'm on the roof of the shed rn fixing the gutters",
    "i'm on a bridge rn waiting for the fireworks",
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
    expect(withNone(text)).toBe(false)
  })
})

describe('round 22: a height or an edge stays a danger with a means, a goodbye or a step anywhere in the message', () => {
  it.each([
    'стою на крыше гаража. прощайте',
    'сижу на краю кровати, таблетки рядом',
    'стою на крыше гаража, сейчас спрыгну',
    'ну короче сижу на крыше гаража? не, на крыше 10этажки лол. не гаража. щас спрыгну',
    'сижу на подоконнике, 9 этаж, смотрю вниз',
    "standing on the roof of the shed, it's time, goodbye",
    'went out on the balcony, climbing over the railing',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(true)
    expect(withNone(text)).toBe(true)
  })
})

describe('round 22: a rope or a jump for a sport or a trip is no plan', () => {
  it.each([
    'вчера купил верёвку и карабины, в субботу идём на Эльбрус с группой',
    'купила верёвку и мыло — собираюсь в поход, список от инструктора',
    'gonna jump off the diving board tomorrow, wish me luck',
    'bought a rope and a harness, climbing gym on sunday, going to try the tall wall',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
  })
})

describe('round 22: a rope stays a plan with a cover story or a means beside the trip', () => {
  it.each([
    'Bought the rope today told the guy at the store it was for camping lol',
    "bought a rope, told my wife it's for camping",
    'купил веревку. сказал продавцу что для похода',
    "hey so i'm at the canal bridge near uni and i'm climbing over the fence now",
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(true)
    expect(withNone(text)).toBe(true)
  })
})

describe('round 22: a goodbye to a thing one owns or uses is no farewell', () => {
  it.each([
    'Прощайте, мои любимые джинсы, вы больше на меня не налезаете 😭',
    'прощайте, мои старые кроссовки, вы отслужили своё',
    'goodbye forever my old sneakers, you did your best',
    'quitting twitter. goodbye forever you hellsite',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
  })

  it.each(['прощайте, мои любимые, простите меня', 'goodbye forever, class 9B, you were the best'])(
    'when the goodbye is to people (%s), then it stays a farewell',
    (text) => {
      expect(rulesOnly(text)).toBe(true)
    },
  )
})

describe('round 22: «зачем я живу» answered by a reason to live right after it is a rhetorical question', () => {
  it.each([
    'Зачем я вообще живу, если не ради шавермы в три часа ночи, правда же',
    'Зачем я живу, если не ради таких вечеров с друзьями',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
  })

  it.each(['Зачем я живу, если никому не нужна', 'зачем я живу вообще'])(
    '%s stays a passive wish',
    (text) => {
      expect(detectCrisisV2(text, { model: false })).toMatchObject({
        hit: true,
        category: 'passive_ideation',
      })
    },
  )
})

describe('round 22: recovery told as done, not come back', () => {
  it.each([
    "I'm in recovery from self harm, three years clean now",
    'вылечилась от РПП и селфхарма. пишу, вдруг кому-то поможет',
    'wanting to die was a symptom, not the truth. took me a while to learn that',
  ])('%s', (text) => {
    expect(rulesOnly(text)).toBe(false)
  })

  it.each([
    "I'm in recovery from self harm but I cut again last night",
    'вылечилась от селфхарма, а вчера снова порезалась',
  ])('%s stays a harm', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'self_harm' })
  })
})

describe('round 22: not seeing a point in living needs the seeing denied', () => {
  it('when the writer sees a point in life, then it is no hit', () => {
    expect(
      rulesOnly(
        'I see no point in this meeting, this deck or this Monday. I see a point in life, to be clear.',
      ),
    ).toBe(false)
  })

  it.each([
    "I don't see the point in living anymore",
    "honestly I can't see any reason to keep living",
    "coach here. one of my players told me he doesn't see the point in living anymore. he's 16",
  ])('%s stays a hit', (text) => {
    expect(rulesOnly(text)).toBe(true)
  })
})

describe('round 22: the strong sentence pass leaves a message told as past and resolved to the whole', () => {
  // «lake» makes the whole near-certain none; a sentence with «wake» alone reads near-certain passive
  const stemOf = (word: string) => `s:${analyse(word)[0]!.stem}`
  const model = stubModel(
    { none: 0 },
    { [stemOf('lake')]: { none: 40 }, [stemOf('wake')]: { passive_ideation: 25 } },
  )
  const off = { ...CRISIS_LIMITS, sentenceStrongResolved: 0 }

  it('when the wish is told as past and now resolved, then its sentence does not stand for the message', () => {
    const text =
      'I used to hope I would not wake in the morning. Now I am happy, we spend weekends at the lake.'
    expect(detectCrisisV2(text, { model, limits: off }).hit).toBe(true)
    expect(detectCrisisV2(text, { model }).hit).toBe(false)
  })

  it('when it came back ("again"), then its sentence still stands', () => {
    const text =
      'I used to hope I would not wake in the morning. Now at the lake it is all back again, every morning.'
    expect(detectCrisisV2(text, { model })).toMatchObject({ hit: true, category: 'passive_ideation' })
  })

  it('when nothing is told as resolved, then its sentence still stands', () => {
    const text =
      'We spent the whole weekend at the lake with the kids. I hope I would not wake in the morning.'
    expect(detectCrisisV2(text, { model })).toMatchObject({ hit: true, category: 'passive_ideation' })
  })
})

describe('round 22: a goodbye with a school year ended is no farewell, unless a death wish is told', () => {
  it('when the last day of school is told ("last day of school ever!!! goodbye everyone"), then it is no hit', () => {
    expect(rulesOnly('end of an era, last day of school ever!!! goodbye everyone')).toBe(false)
  })

  it.each([
    "last day of school ever. goodbye everyone, i'm going to kill myself tonight",
    "last day of school. goodbye everyone, I won't be alive for the next one",
    "last day of school. goodbye everyone, you won't see me again",
  ])('%s stays a hit', (text) => {
    expect(rulesOnly(text)).toBe(true)
  })
})

describe('round 22: grief told as grief is no farewell or third party of the classifier alone', () => {
  // classifiers that read every message as near-certain farewell / third party
  const farewellModel = stubModel({ farewell: 10 })
  const thirdModel = stubModel({ third_party: 10 })

  it('when the goodbye is the one not said to the dead, then it is no hit', () => {
    expect(
      detectCrisisV2('похоронили бабушку. я не успела с ней попрощаться', { model: farewellModel }).hit,
    ).toBe(false)
    expect(
      detectCrisisV2('grandpa passed on sunday and i never got to say goodbye', { model: farewellModel }).hit,
    ).toBe(false)
  })

  it('when the grieving writer also wants to follow («скоро я к ней»), then it stays a farewell', () => {
    const text = 'похоронили бабушку. я не успела с ней попрощаться. скоро я к ней'
    expect(detectCrisisV2(text, { model: farewellModel })).toMatchObject({ hit: true, category: 'farewell' })
  })

  it('when the writer asks how to comfort the bereaved, then it is no hit', () => {
    const text = "my best friend's mom died of cancer yesterday. what do I even say to her"
    expect(detectCrisisV2(text, { model: thirdModel }).hit).toBe(false)
  })

  it.each([
    'у друга умер отец и теперь он говорит что ему незачем жить. как его поддержать',
    "my friend's dad died and she keeps saying she wants to go too. what do I say to her",
  ])('%s stays a third party', (text) => {
    expect(detectCrisisV2(text, { model: thirdModel })).toMatchObject({ hit: true, category: 'third_party' })
  })
})
