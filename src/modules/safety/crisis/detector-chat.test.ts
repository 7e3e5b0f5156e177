import { describe, expect, it } from 'vitest'
import type { CrisisCategory } from '../crisis-types.js'
import { detectCrisis } from '../lexicon.js'
import { detectCrisisV2 } from './detector.js'

// Phrasings and scope classes added from the chat-style batches 13–22 (see the safety README).
// Hits are checked on the rules alone; non-hits on the whole detector (rules and model).
const rules = (text: string) => detectCrisisV2(text, { model: false })

describe('detectCrisis v2 second round (crisis2): rules stage', () => {
  const hits: [string, CrisisCategory, string][] = [
    [
      'a film as the cause of one’s own state',
      'active_ideation',
      'после этого кино хочу убить себя, это же моя жизнь, у меня всё так же',
    ],
    [
      'a show one identifies with',
      'active_ideation',
      'finished the series and realized i want to kill myself too',
    ],
    [
      '«нет сил» after the phrase (a complaint, not a denial)',
      'active_ideation',
      'хочу умереть, совсем нет сил',
    ],
    ['«назад» as a direction', 'imminent', 'стою за ограждением моста, назад не пойду'],
    ['a goodbye without a goodbye word (ru)', 'farewell', 'живите дальше без меня'],
    ['a goodbye without a goodbye word (en)', 'farewell', 'you guys carry on without me'],
    ['an apology handed on', 'farewell', 'tell my mom it wasnt her fault'],
    ['means gathered, no death word', 'intent', 'накопила достаточно, теперь точно хватит'],
    ['a place picked, no death word', 'intent', 'there is a place where nobody will find me'],
    ['a blade at hand', 'imminent', 'the razor is right next to me'],
    ['chat spellings of key words', 'active_ideation', 'хачу умиреть'],
    ['a whole strip swallowed', 'imminent', 'swallowed the whole strip of sleeping pills'],
    ['a wish to be run over', 'passive_ideation', 'honestly i wish a truck would hit me'],
    ['a goodbye to the other side', 'farewell', 'see ya on the other side'],
    [
      'someone else on a windowsill',
      'third_party',
      'my friend is sitting on the windowsill and not replying',
    ],
    ['someone else on a bridge', 'third_party', 'сестра стоит на мосту и не отвечает'],
    ['waiting for others to sleep, then the end', 'intent', 'жду когда все уснут, потом всё'],
    ['means ordered, named as «это»', 'intent', 'купила то что нужно для этого'],
    ['affairs put in order', 'intent', 'gave all my stuff away and deleted my accounts'],
    ['help refused after an overdose', 'imminent', 'выпила всё, скорую не вызывайте'],
    ['now or never at a window', 'imminent', 'now or never, the window is open'],
    ['an apology that sounds like the end', 'farewell', 'мама прости, я правда очень старалась'],
    ['a car running in a closed garage', 'imminent', 'in the car in the garage, engine running, doors shut'],
    ['a wish not to wake up', 'passive_ideation', 'хочется просто не проснуться'],
    ['cutting again, no object', 'self_harm', 'i started cutting again'],
    ['going where no one comes back', 'farewell', "i'm going where nobody ever comes back from"],
    ['remember me like this', 'farewell', 'запомните меня такой'],
    ['a reliable way', 'intent', 'есть способ и он надежный'],
    ['a decision and a day, nothing else', 'intent', 'i made up my mind, friday'],
    ['pills counted out and being swallowed', 'imminent', 'высыпала таблетки, пересчитала, запиваю'],
    ['going, with an apology', 'farewell', 'ok going. forgive me'],
    ['a misspelt «суицид»', 'active_ideation', 'думаю о суецыде'],
    ['a misspelt "suicide"', 'active_ideation', 'thinking about sucide every day'],
    ['a dropped g', 'imminent', 'standin on the bridge rn'],
    [
      'someone else’s last day in a post',
      'third_party',
      'подруга выложила сторис что сегодня последний день',
    ],
    ['a window, a floor and «ну всё»', 'imminent', 'окно открыла, 12 этаж, ну всё'],
    ['where no one comes back', 'farewell', 'ухожу туда откуда не возвращаются'],
    ['a whole pack of a named drug', 'self_harm', 'выпила всю пачку фенозепама'],
    ['a contrast with the past', 'active_ideation', 'хочу умереть по-настоящему, не как раньше шутила'],
    ['"not like when I used to"', 'active_ideation', 'i want to die, not like when i used to joke about it'],
    ['texting from a roof', 'imminent', "i'm on the roof texting you, no one else"],
    ['all of them swallowed', 'imminent', 'всё, выпила их все'],
    ['an overdose minutes ago (recent, not past)', 'imminent', 'выпила все минут десять назад, тошнит'],
    ['a scarf around the neck', 'imminent', 'затянула шарф на шее'],
    ['on the tracks waiting for a train', 'imminent', 'я на путях, жду электричку'],
    ['a stool and a rope tied', 'imminent', 'standing on a stool, the rope is tied'],
    ['a scarf around the neck (en)', 'imminent', 'scarf tied around my neck'],
    ['«убила бы себя»', 'active_ideation', 'убила бы себя если бы не мама'],
    ['never wanting to get up again', 'passive_ideation', 'не хочу вставать больше вообще никогда'],
    ['«живите за меня»', 'farewell', 'кто прочтёт — живите за меня'],
    ['"not because of her"', 'farewell', 'tell mom its not because of her'],
    ['«не из-за неё»', 'farewell', 'передайте маме что это не из-за неё'],
    ['«в смысле я»', 'passive_ideation', 'жду когда это всё закончится, в смысле я'],
    ['«зачем продолжать»', 'passive_ideation', 'смысла нет ни в чём, зачем продолжать'],
    ['asking how to help a friend who self-harms', 'third_party', 'how do i help a friend who self harms?'],
  ]
  it.each(hits)('when the text has %s, then it is a hit of its category: %s %j', (_why, cat, text) => {
    expect(rules(text)).toMatchObject({ hit: true, categories: expect.arrayContaining([cat]) })
  })
  const misses: [string, string][] = [
    ['a threat with a trivial stake (third party)', 'он повесится если наши проиграют'],
    ['a threat with a trivial stake (en)', "she'll kill herself if her team loses the match"],
    ['dying without a gadget', 'my brother will die without a new phone'],
    [
      'someone else’s words dismissed as drama',
      'подруга хочет умереть из-за сессии, драматизирует как обычно',
    ],
    ['a film told about, not identified with', 'в фильме герой хочет убить себя'],
    ['savings for something', 'накопила достаточно денег на отпуск'],
    ['someone else on a windowsill, reading', 'брат сидит на подоконнике и читает'],
    [
      'waiting for kids to sleep, then a show',
      'waiting for the kids to fall asleep then ill finally watch my show',
    ],
    ['a trivial stake said as usual', 'сестра сказала что убьется если не купит кроссовки, она так всегда'],
    ['ordinary pills at night', 'выпил две таблетки на ночь'],
    ['an everyday plan', 'we picked the wedding date, just waiting now'],
    ['see you on a weekday', 'see you on monday, bye'],
    ['a workload as the cause', 'i have so much work i could hang myself lol'],
    ['an idiom of exasperation', 'отчет опять вернули, хоть в петлю лезь'],
    ['killing someone else, in anger', 'ugh im gonna kill someone today'],
    ['an overdose of coffee', 'overdosed on caffeine today, jittery af'],
    ['dying for food', 'i would literally die for a burrito rn'],
    ['a decision about a Sunday outing', 'i decided, sunday we go to the beach'],
    ['a way to learn something', 'found a way to learn words, reliable and quick'],
    ['going to bed, sorry', 'ok going to bed, sorry'],
    ['«режусь в» a game', 'опять режусь в доту до утра'],
    [
      'a wish told as a past thought, resolved',
      'мысли «лучше бы меня не было» были в 15, сейчас смешно вспоминать',
    ],
    ['rather die than go to a party', "i'd rather die than go to that party"],
    ['a meeting as the stake', 'я выпилюсь если совещание затянется'],
    ['a haircut regretted', 'сама подстригла челку, теперь хочу умереть'],
    ['devotion', 'он сказал что с моста прыгнет ради неё'],
    ['devotion (en)', 'he said he would jump off a bridge for her'],
    ['a stool for curtains', 'standing on a stool hanging curtains'],
    ['a figurative «самоубийственная затея»', 'самоубийственная затея ехать в икею в субботу'],
    ['a crush as the stake', 'if my crush sees this im jumping off a cliff'],
    ['an early alarm never again', 'не хочу просыпаться в 6 утра больше никогда'],
    ['why keep watching a show', 'зачем продолжать этот сериал, он скучный'],
    ['a message for mom about being late', 'передайте маме что я задержусь'],
    ['on track to finish', 'я на путях к успеху'],
    ['a scarf tightened in the cold', 'затянула шарф потуже, на улице минус 20'],
    ['a headache pill taken minutes ago', 'took it all like ten minutes ago, headache gone'],
    ['a whole pack of juice', 'выпила всю пачку сока'],
    ['someone else’s last day of a sale', 'подруга пишет что сегодня последний день распродажи'],
    ['a minor thing not to call an ambulance for', "don't call an ambulance, it's just a scratch"],
    ['a picnic place', 'found a spot for the picnic'],
  ]
  it.each(misses)('when the text has %s, then it is not a hit: %j', (_why, text) => {
    expect(detectCrisis(text).hit).toBe(false)
  })
})
