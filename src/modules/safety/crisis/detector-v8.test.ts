import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// Rules alone (`model: false`) pin the phrase and scope lists whatever the classifier learns.
const rules = (text: string) => detectCrisisV2(text, { model: false })

describe('crisis9: an ordinary goodbye denied just before it is no ordinary goodbye', () => {
  it.each([
    'прощайте все. больше не увидимся',
    'see you never i guess. tell my mom i love her',
    "i won't be back. it was nice knowing you all",
    'goodbye everyone. this chat was kinder to me than anyone',
  ])('when someone writes "%s", then it is a farewell', (text) => {
    expect(rules(text)).toMatchObject({ hit: true, category: 'farewell' })
  })

  it.each([
    'goodbye everyone, see you monday',
    'пока всем, вернусь после отпуска',
    "i won't be here next week, going camping with no signal",
    'leaving this chat, goodbye everyone and good luck',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it('when a farewell rule is vetoed by an ordinary goodbye, then a near-certain classifier still has a say', () => {
    const sure = stubModel({ none: -8, farewell: 8 })
    const unsure = stubModel({ none: 2, farewell: 0 })
    const text = 'goodbye forever everyone. i will be back in spirit only'
    expect(detectCrisisV2(text, { model: sure }).hit).toBe(true)
    expect(detectCrisisV2(text, { model: unsure }).hit).toBe(false)
  })
})

describe('crisis9: leaving a chat or a server is told with the leaving', () => {
  it.each([
    'left the group chat, too much drama',
    'вышла из чата класса, там одна реклама',
    'самовыпилилась из беседы, надоели',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it('when a farewell names the server only as its readers, then it is a farewell', () => {
    expect(
      rules('if anyone from the server reads this, remember me as the one who stayed up with you').hit,
    ).toBe(true)
  })
})

describe('crisis9: a goodbye to money, a year, an age, a habit or a job is ordinary', () => {
  it.each([
    'lent my cousin money again. goodbye forever, 200 bucks',
    'goodbye 2025, you were a mess',
    'прощайте мои 19, здравствуйте 20',
    'quit vaping today. goodbye forever, vape',
    'handed in my notice. farewell forever, open space',
    'phone battery at 1%, goodbye cruel world',
    'if i win the lottery you will never hear from me again',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })
})

describe('crisis9: farewells without a farewell word', () => {
  it.each([
    'it was lovely knowing you all. take care of each other',
    "you'll all be fine without me, you always were",
    "i'm at peace with my decision. thank you for the kind words",
    'this is the last time. thank you for listening, really',
    "if you don't hear from me after this, please don't be sad",
    'i think this is where i say goodbye',
    "finished all my goodbyes today. that's everything",
    'не переживайте за меня после этого, мне будет спокойно',
    'извиняюсь перед всеми, кого подвела',
  ])('when someone writes "%s", then it is a farewell', (text) => {
    expect(rules(text)).toMatchObject({ hit: true, category: 'farewell' })
  })

  it.each([
    "this is the last time i'm ordering from that place",
    "i'm at peace with my decision to move to Lisbon",
    'farewell gig is on saturday, come if you can',
    "you'll be fine without me for a week, the fridge is full",
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })
})

describe('crisis9: passive wishes told without a death word', () => {
  it.each([
    "i feel like i've lived enough. i'm 29",
    "i've done my living, honestly",
    "i don't care if i live or die anymore",
    "the only reason i'm still here is my cat",
    "i'd rather just fade away, quietly",
    'no will to live, just going through the motions',
    'i envy people who die in their sleep',
    'death sounds like a vacation at this point',
    'я не живу, я просто ещё не умерла',
    'смерть кажется отпуском, честно',
    'жду конца как избавления',
  ])('when someone writes "%s", then it is passive ideation', (text) => {
    expect(rules(text)).toMatchObject({ hit: true, category: 'passive_ideation' })
  })

  it.each([
    'i hope i won’t wake up before my alarm, i need the sleep',
    "people say they'd rather not be here on mondays, i get it",
    "i used to wish i wouldn't wake up. now i get up early to run",
    "i've lived long enough in this city to know the shortcuts",
    "i can't go on eating takeaway every night, teach me to cook",
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })
})

describe('crisis9: scope markers for things that are not a crisis', () => {
  it.each([
    'на даче натянула бельевую верёвку между яблонями',
    'стою на мосту, разводят, красота невозможная',
    'сижу на крыше с термосом, смотрю на город',
    'шрамы на руках старые, но люди всё равно пялятся',
    'опять порезалась, пока лук резала',
    'i think about death in a philosophical way, what comes after and so on',
    'my therapist asked if i ever think about suicide. i said no',
    'суицид? не, это не ко мне, я просто ною',
    'сестра говорит, что хочет умереть, когда видит цены, мы все так говорим',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it.each([
    'режу руки по ночам, шрамы уже не прячу',
    'i cut over the old scars again last night',
    "if i die i die, who'd even notice",
  ])('when someone writes "%s", then it is still a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

describe("crisis9: someone else's words dismissed anywhere in the message", () => {
  it.each([
    'my uncle keeps saying he will kill himself if they sell the farm. my aunt says he says this every time and he is fine',
    'брат говорит, что хочет умереть, когда видит счёт за свет. мы все так говорим',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })

  it('when a friend says she wants to die and nobody dismisses it, then it is a third party', () => {
    expect(rules('моя подруга говорит, что хочет умереть. я не знаю, что делать')).toMatchObject({
      hit: true,
      category: 'third_party',
    })
  })
})

describe('crisis9: a goodbye in a dream and statistics are no crisis', () => {
  it.each([
    'I had a dream that I said goodbye to everyone and woke up crying',
    'читала статистику, что мужчины совершают суицид чаще женщин. почему так?',
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })
})

describe('crisis9: more farewells and passive wishes without a death word', () => {
  it.each([
    ["take my records, i won't need them where i'm going", 'farewell'],
    ['this is the last time i talk to anyone here. thank you', 'farewell'],
    ["i've had a good run. goodbye, all of you", 'farewell'],
    ['i said everything i needed to say. goodbye', 'farewell'],
    ["i hope i don't recover this time", 'passive_ideation'],
    ['it should have been me, not him', 'passive_ideation'],
    ['скорей бы господь прибрал', 'passive_ideation'],
    ['не понимаю, зачем меня тут держат', 'passive_ideation'],
    ['надеюсь, что не выкарабкаюсь', 'passive_ideation'],
  ])('when someone writes "%s", then it is %s', (text, category) => {
    expect(rules(text)).toMatchObject({ hit: true, category })
  })

  it.each([
    'this is the last time i talk to you about the dishes',
    'we had a good run with that band, time to move on',
    "i've had a good run at this job",
    'it should have been me who scored that penalty',
    "i hope i don't get better at lying",
  ])('when someone writes "%s", then no rule fires', (text) => {
    expect(rules(text).hit).toBe(false)
  })
})
