import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// crisis18fp (issue #12): look-alike families — each dismisses its everyday lines and leaves its crisis twins hits
describe('issue #12: look-alike lines the detector leaves alone', () => {
  it.each([
    // a word clarified as an everyday thing
    'жду когда это всё закончится, в смысле сессия',
    'i just want it to end. this semester i mean. 3 more weeks',
    "i'm going to end it with her tonight. the relationship i mean, we've been fighting for months",
    // an everyday thing as the cause or object of a hyperbole
    'kms this wifi is so slow',
    'overdosed on christmas cookies, send help',
    // a goodbye to a part of ordinary life, less presence
    'goodbye forever... to my sleep schedule 😭 finals week starts tomorrow',
    'самовыпилилась из группового чата родителей класса, дышу свободно',
    "I won't be around much anymore, starting med school and apparently sleep is optional",
    // a game
    'в майнкрафте убила себя лавой короче',
    'i keep dying in the same spot in celeste. 2000 deaths and counting',
    // someone else's death told as grief, alive and well now, an everyday hurt
    "my best friend's mom died of cancer yesterday. what do I even say to her",
    'похоронили бабушку. я не успела с ней попрощаться',
    'i never thought id make it to 25. im 27 and alive and even happy sometimes',
    "picked at a scab on my knee from my bike crash and now it's bleeding again. I'm 5 years old apparently",
    // a letter written as a therapy exercise
    'my therapist had me write a goodbye letter to my ex (not to send). weirdly helpful',
    // a crisis phrase answered by a denial
    'суицидальные мысли? у меня их нет',
  ])('when someone writes "%s", then it is no hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})

describe('issue #12: crisis twins of the look-alike families stay hits', () => {
  it.each([
    "i just want it all to end. and i don't mean the semester",
    'overdosed on my sleeping pills last night',
    'goodbye forever everyone',
    "i'm not going to be around much longer, i've made my peace",
    'my mom died last year and i want to die too',
    "I got help but it's not working, I still want to die",
    'I dig my nails into my palms until they bleed',
    'суицидальные мысли? у меня их нет, но я режу себя',
    "i'm going to walk into this traffic and end it",
    "this semester i mean it, if i fail i'm ending my life",
    'в доте меня все гнобят, хочу умереть',
    'психолог попросила написать письмо, а я написала предсмертную записку',
    'my therapist asked me to write a letter but i wrote my suicide note instead',
    'хочу умереть. в смысле, вообще, работа тут ни при чём',
    'хочу умереть, то есть реально, работа достала',
    'мама умерла весной. таблетки я уже купила, в воскресенье всё закончится',
    "my therapist doesn't know i wrote my goodbye letter",
  ])('when someone writes "%s", then it is a hit', (text) => {
    expect(detectCrisisV2(text).hit).toBe(true)
  })
})

// Two twins with no rule hit, left to the classifier: the dropout-0.5 retrain (model18) reads them as none
// (P(none) 0.997 and 0.976), a known miss. What the families must not do is veto them: with a classifier that
// reads crisis they are hits.
describe('issue #12: the look-alike families leave the classifier its say on crisis twins without a rule hit', () => {
  const crisisModel = stubModel({ none: -5 })
  it.each([
    'got a tattoo today. it hurt less than cutting',
    'я буду реже заходить, а потом совсем исчезну навсегда',
  ])('when someone writes "%s" and the classifier reads crisis, then it is a hit', (text) => {
    expect(detectCrisisV2(text, { model: crisisModel }).hit).toBe(true)
  })
})
