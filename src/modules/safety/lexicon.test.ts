import { describe, expect, it } from 'vitest'
import { type CrisisCategory, detectCrisis, detectToxicity, normalizeForLexicon } from './lexicon.js'

describe('detectCrisis', () => {
  const positives: [string, CrisisCategory, 'ru' | 'en'][] = [
    ['Я больше не хочу жить', 'passive_ideation', 'ru'],
    ['не хочу жить.', 'passive_ideation', 'ru'],
    ['Хочу умереть', 'active_ideation', 'ru'],
    ['так хочется просто уже умереть...', 'active_ideation', 'ru'],
    ['ХОЧУУУ СДОХНУТЬ', 'active_ideation', 'ru'],
    ['думаю покончить с собой', 'active_ideation', 'ru'],
    ['Покончу с собой, если так продолжится', 'intent', 'ru'],
    ['не вижу смысла жить', 'passive_ideation', 'ru'],
    ['жить не хочется совсем', 'passive_ideation', 'ru'],
    ['иногда думаю о суициде', 'active_ideation', 'ru'],
    ['у меня суицидальные мысли', 'active_ideation', 'ru'],
    ['всем будет лучше без меня', 'passive_ideation', 'ru'],
    ['лучше бы меня не было', 'passive_ideation', 'ru'],
    ['хочу уйти из жизни', 'active_ideation', 'ru'],
    ['хочу убить себя', 'active_ideation', 'ru'],
    ['хочу спрыгнуть с крыши', 'intent', 'ru'],
    ['думаю наглотаться таблеток', 'active_ideation', 'ru'],
    ['хочу уснуть и не проснуться', 'passive_ideation', 'ru'],
    ['Свести счёты с жизнью', 'active_ideation', 'ru'],
    ['я иногда режу себе руки', 'self_harm', 'ru'],
    ['хочется порезать себя', 'self_harm', 'ru'],
    ['опять причиняю себе боль', 'self_harm', 'ru'],
    ['хочу сделать себе больно', 'self_harm', 'ru'],
    ['у меня порезы на руках', 'self_harm', 'ru'],
    ['I want to kill myself', 'active_ideation', 'en'],
    ['I just want to die', 'active_ideation', 'en'],
    ['i wanna die', 'active_ideation', 'en'],
    ['I want to end my life', 'active_ideation', 'en'],
    ['sometimes I think about ending it all... end it all', 'active_ideation', 'en'],
    ["I don't want to live anymore", 'passive_ideation', 'en'],
    ['dont want to be alive', 'passive_ideation', 'en'],
    ["I'm suicidal", 'active_ideation', 'en'],
    ['everyone would be better off without me', 'passive_ideation', 'en'],
    ['no reason to live', 'passive_ideation', 'en'],
    ['I wish I was dead', 'passive_ideation', 'en'],
    ['I cut myself again last night', 'self_harm', 'en'],
    ['struggling with self-harm', 'self_harm', 'en'],
    ['I keep hurting myself', 'self_harm', 'en'],
    ['I want to hurt myself', 'self_harm', 'en'],
  ]

  it.each(positives)(
    'when someone writes %j, then it is a %s hit (%s) with the most urgent category',
    (text, category, lang) => {
      expect(detectCrisis(text)).toMatchObject({ hit: true, category, lang })
    },
  )

  const negatives = [
    'умираю со смеху',
    'я чуть не умерла от смеха',
    'не хочу умереть в одиночестве, поэтому ищу людей',
    'хочу сдохнуть от скуки на этой паре',
    'от этой работы хочется умереть со скуки',
    'не хочу жить с родителями',
    'не хочу больше жить в этом городе',
    'не хочу там жить',
    'убить время до вечера',
    'бабушка умерла в прошлом году, я скучаю',
    'мой друг покончил... нет, он уехал', // truncated phrase, not a statement
    'порезалась, когда готовила ужин',
    'режу овощи для салата',
    'боюсь умереть от этой болезни',
    'смотрела фильм про самоубийцу',
    "I'm dying to see you",
    "I'm dying laughing",
    'this dress is to die for',
    "I don't want to die",
    'killing it at work today',
    'I cut myself shaving',
    'I hurt myself playing football',
    "I don't want to live with my parents",
    'kill me now, this meeting is endless',
    'I could kill myself laughing',
    'the battery is about to die',
    'Сегодня хороший день',
  ]

  it.each(negatives)('when someone writes %j, then it is not a crisis hit', (text) => {
    expect(detectCrisis(text).hit).toBe(false)
  })
})

describe('detectToxicity', () => {
  const positives: [string, string][] = [
    ['ты идиот', 'идиот'],
    ['Ты просто ДЕБИЛ!', 'дебил'],
    ['сука', 'сука'],
    ['иди нахуй', 'мат:х'],
    ['пиздец', 'мат:п'],
    ['заебал', 'мат:е'],
    ['ёбаный стыд', 'мат:е'],
    ['убей себя', 'убей себя'],
    ['сдохни', 'убей себя'],
    ['you are an idiot', 'idiot'],
    ['fuck you', 'fuck'],
    ['stupid bitch', 'bitch'],
    ['kys', 'kill yourself'],
    ['just kill yourself', 'kill yourself'],
  ]
  it.each(positives)('when someone writes %j, then %s is reported', (text, term) => {
    const r = detectToxicity(text)
    expect(r.hit).toBe(true)
    expect(r.terms).toContain(term)
  })

  it('when a death wish targets the partner, then it is a threat', () => {
    expect(detectToxicity('просто повесься').threat).toBe(true)
    expect(detectToxicity('go die').threat).toBe(true)
    expect(detectToxicity('ты дурак').threat).toBe(false)
  })

  const negatives = [
    'Спасибо, ты мне очень помог',
    'страхует от ошибок, хуже не будет',
    'небо голубое, хлеб и молоко',
    'kung fu panda',
    'I feel so sad and tired',
    'Скучаю по дому, по сукну бабушкиной скатерти',
    'meeting at the Scunthorpe office',
  ]
  it.each(negatives)('when someone writes %j, then it is clean', (text) => {
    expect(detectToxicity(text)).toEqual({ hit: false, terms: [], threat: false })
  })
})

describe('normalizeForLexicon', () => {
  it('when text has ё, caps, punctuation and stretched letters, then it is normalised', () => {
    expect(normalizeForLexicon('ЁЛКИ!!! Хочууу... жить?')).toBe(' елки хочу жить ')
  })
})
