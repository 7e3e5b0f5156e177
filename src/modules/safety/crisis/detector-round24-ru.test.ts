import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'

// round 24 (crisis24ru, issue #12): Russian crisis speech told indirectly that leave-batches-out missed (rules-ru-round24.ts,
// vetoes.ts), and the everyday twins each family leaves alone (with a classifier that always says none: the rules alone)
const noneModel = stubModel({ none: 5 })

describe('round 24: indirect Russian crisis lines are hits', () => {
  it.each([
    // means already inside, all one had put by swallowed, poison drunk
    'ну вот и всё, таблетки в желудке, телефон на беззвучке',
    'таблы уже во мне, не ищите',
    'проглотил всё что копил. теперь просто лежу',
    'выпила уксус. простите',
    // at the height, told as real or as the end
    'ребят я реально на крыше, это не прикол',
    'я уже на парапете. не шучу',
    'ну всё, я на краю',
    // on the way, with a goodbye or the end of strength
    'еду на мост, больше не могу',
    'иду к рельсам. простите меня',
    'сегодня ночью. всё в кармане. иду к заливу',
  ])('when «%s» is written, then the rules alone make it an imminent hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'imminent' })
  })

  it.each(['выйду в окно после сессии, смысл сдавать я хз', 'уйду в окно когда все уснут'])(
    "when the window is named as one's own way out («%s»), then it is an active-ideation hit",
    (text) => {
      expect(detectCrisisV2(text)).toMatchObject({ hit: true, category: 'active_ideation' })
    },
  )

  it.each([
    'когда лежала с пневмонией, надеялась, что не выкарабкаюсь. досадно',
    'скорей бы бог прибрал, сил нет',
    'прибрал бы меня господь уже',
    'все вокруг хотят жить, а я нет',
    'если что-то случится — сопротивляться не буду',
    // not wanting to be, in other words
    'так устала, что хочется не быть. не спать, а не быть',
    'я просто хочу перестать быть',
    'хочется закрыть глаза навсегда',
    'просто жить как-то не хочется',
    'хочется исчезнуть. навсегда, а не на выходные',
    // one's life not needed, a place wasted
    'мне моя жизнь даром не нужна',
    'я лишний в этом мире',
    'зря занимаю чьё-то место',
    'мне кажется, я своё отжила',
    // a fatal event welcomed
    'хорошо бы инфаркт, и всё',
    'если ночью остановится сердце — я не против',
  ])('when a death is hoped for from fate («%s»), then it is a passive-ideation hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({
      hit: true,
      category: 'passive_ideation',
    })
  })

  it.each([
    'не поминайте лихом, ребята',
    'дякую всім. не згадуйте лихом',
    'теперь я готова уйти',
    'всё, я сдаюсь. берегите себя',
  ])('when a goodbye is told by its idiom («%s»), then it is a farewell hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'farewell' })
  })

  it.each([
    'тушила окурки об ладонь весь вечер',
    'расцарапала руки ключами до крови',
    'ударил себя циркулем на перемене',
    'вырезала букву на бедре',
    'после ссоры выдрал себе клок волос',
    'выдёргиваю волосы до крови, уже проплешина',
    'точилку разобрала. ты знаешь зачем',
    'ожог на руке от утюга. нарочно',
    'снова длинные рукава в жару',
  ])(
    'when self-harm is told by its tool or its slang («%s»), then the rules make it a self-harm hit',
    (text) => {
      expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'self_harm' })
    },
  )

  it.each([
    // a death told as when: the one who speaks lived on
    'мама после смерти папы постоянно говорит, что не хочет жить',
    'отец после смерти мамы говорит, что хочет умереть',
    // someone's words asked about in worry are no trivial stake or retracted joke
    'Мой сын сказал, что если не сдаст сессию, то выйдет в окно. Шутка или нет — я не знаю.',
    'подруга сказала, что повесится, если не поступит. я думала, она шутит, но она раздала вещи',
  ])(
    'when someone at risk is told with a death or a stake around it («%s»), then it is a third-party hit',
    (text) => {
      expect(detectCrisisV2(text, { model: noneModel })).toMatchObject({ hit: true, category: 'third_party' })
    },
  )
})

describe('round 24: the families leave their everyday twins alone', () => {
  it.each([
    'выпила всё что было от простуды, голова плывет, лягу',
    'таблетки в желудке растворяются за 20 минут, так что ешь потом',
    'я на крыше! экскурсия по крышам питера, вид обалденный',
    'я на мосту, огни отражаются, это последнее фото за вечер',
    'еду на мост, там пробка',
    'иду к реке с собакой, вернусь к обеду',
    'надеюсь, что не очнусь раньше обеда, выходной же',
    'все хотят жить в центре, а я нет',
    'готова уйти с работы хоть завтра',
    'сдаюсь, не могу решить эту задачу',
    'думаю о смерти бабушки каждый день, скучаю',
    'друг сказал что повесится если его команда проиграет, шутка конечно',
    'мне иногда снится, что я на крыше и прыгаю. сонник говорит — к переменам',
    'не хочу быть старостой',
    'хочу перестать быть тряпкой',
    'жить одной не хочется',
    'хочу в универ, а не быть дома',
    'хочу исчезнуть из этого чата навсегда',
    'хорошо бы в отпуск',
    'этот телефон своё отжил',
    'я лишняя на этой вечеринке',
    'вырезала слово из газеты для коллажа',
    'разобрал точилку, чтобы почистить',
    'ношу длинные рукава летом от солнца',
    'потушил сигарету об асфальт',
  ])('when «%s» is written, then the rules do not hit', (text) => {
    expect(detectCrisisV2(text, { model: noneModel }).hit).toBe(false)
  })
})

describe('round 24: a wish quoted from someone else as a joke stays no hit with the shipped classifier', () => {
  it("when a friend's «выйду в окно» over an exam is quoted and laughed off, then it is no hit", () => {
    const text = 'подруга написала «если не сдам, выйду в окно», а она живёт на первом этаже)) сдала кстати'
    expect(detectCrisisV2(text).hit).toBe(false)
  })
})
