import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { matchRules } from './rules.js'

// crisis18ru rule families (rules-ru-plans.ts): danger told by its circumstances, a poison or pills drunk, a
// farewell letter read after; on the rules alone, variants in other orders and forms, and their look-alikes.
const ids = (text: string) => matchRules(analyse(text)).hits.map((h) => h.id)
const rulesHit = (text: string) => detectCrisisV2(text, { model: false }).hit

const families: [string, string[], string[]][] = [
  [
    'открыла газ и легла',
    [
      'газ в квартире открыл и лёг',
      'конфорки включила, жду',
      'газ открыла на всех конфорках, окна заклеила',
      'газ включил, двери закрыл, вентиляцию перекрыл',
    ],
    [
      'газ выключила, окна закрыты, ушла на работу',
      'газ открыла, поставила чайник',
      'газ не включала, окна закрыты',
    ],
  ],
  [
    'выпила яд',
    [
      'я выпила уксус',
      'уже хлебнул антифриза',
      'выпила отбеливатель, меня тошнит',
      'напился снотворного',
      'выпил, штук 30 феназепама',
      'проглотила таблеток 50',
    ],
    [
      'собака выпила антифриз',
      'выпила уксус',
      'выпил штук 20 кружек кофе',
      'проглотила таблеток 2',
      'напилась воды и легла',
    ],
  ],
  [
    'если вы это читаете значит меня нет',
    [
      'если ты это читаешь, значит меня уже нет',
      'раз вы это прочитали, значит у меня получилось',
      'если вы это читаете, то я ушла',
    ],
    [
      'если вы это читаете, значит вы дочитали до конца',
      'если вы это читаете, значит всё закончилось хорошо',
      'если ты это читаешь, значит я ушла в магазин без телефона',
    ],
  ],
]

describe('crisis18ru rule families: gas, poison and pills drunk, a letter read after (ru)', () => {
  for (const [id, hits, lookAlikes] of families) {
    it.each(hits)(`when someone writes "%s", then the family «${id}» catches it`, (text) => {
      expect(ids(text)).toContain(id)
      expect(rulesHit(text)).toBe(true)
    })
    it.each(lookAlikes)(`when someone writes "%s", then the family «${id}» leaves it alone`, (text) => {
      expect(ids(text)).not.toContain(id)
    })
  }
})
