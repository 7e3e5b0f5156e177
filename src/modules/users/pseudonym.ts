/**
 * Pseudonyms shown to chat partners: «adjective + animal» in the user's language («Тихий Ёж», "Quiet Hedgehog").
 * Generated, never derived from the Telegram name. Russian adjectives agree with the animal's gender.
 */

type Gender = 'm' | 'f'

const RU_ADJECTIVES: readonly (readonly [m: string, f: string])[] = [
  ['Тихий', 'Тихая'],
  ['Добрый', 'Добрая'],
  ['Тёплый', 'Тёплая'],
  ['Смелый', 'Смелая'],
  ['Мудрый', 'Мудрая'],
  ['Спокойный', 'Спокойная'],
  ['Светлый', 'Светлая'],
  ['Ясный', 'Ясная'],
  ['Мягкий', 'Мягкая'],
  ['Весёлый', 'Весёлая'],
  ['Задумчивый', 'Задумчивая'],
  ['Внимательный', 'Внимательная'],
  ['Лунный', 'Лунная'],
  ['Солнечный', 'Солнечная'],
  ['Звёздный', 'Звёздная'],
  ['Северный', 'Северная'],
  ['Лесной', 'Лесная'],
  ['Морской', 'Морская'],
  ['Утренний', 'Утренняя'],
  ['Вечерний', 'Вечерняя'],
  ['Уютный', 'Уютная'],
  ['Честный', 'Честная'],
  ['Терпеливый', 'Терпеливая'],
  ['Нежный', 'Нежная'],
  ['Бодрый', 'Бодрая'],
  ['Отважный', 'Отважная'],
  ['Чуткий', 'Чуткая'],
  ['Верный', 'Верная'],
  ['Щедрый', 'Щедрая'],
  ['Ласковый', 'Ласковая'],
]

const RU_ANIMALS: readonly (readonly [name: string, gender: Gender])[] = [
  ['Ёж', 'm'],
  ['Барсук', 'm'],
  ['Енот', 'm'],
  ['Филин', 'm'],
  ['Кит', 'm'],
  ['Тюлень', 'm'],
  ['Лис', 'm'],
  ['Волк', 'm'],
  ['Медведь', 'm'],
  ['Журавль', 'm'],
  ['Дельфин', 'm'],
  ['Бобр', 'm'],
  ['Олень', 'm'],
  ['Пингвин', 'm'],
  ['Кот', 'm'],
  ['Воробей', 'm'],
  ['Снегирь', 'm'],
  ['Лемур', 'm'],
  ['Хомяк', 'm'],
  ['Слон', 'm'],
  ['Сова', 'f'],
  ['Лиса', 'f'],
  ['Выдра', 'f'],
  ['Панда', 'f'],
  ['Белка', 'f'],
  ['Ласточка', 'f'],
  ['Черепаха', 'f'],
  ['Цапля', 'f'],
  ['Рысь', 'f'],
  ['Синица', 'f'],
  ['Чайка', 'f'],
  ['Зебра', 'f'],
  ['Альпака', 'f'],
  ['Лань', 'f'],
]

const EN_ADJECTIVES: readonly string[] = [
  'Quiet',
  'Kind',
  'Warm',
  'Brave',
  'Wise',
  'Calm',
  'Bright',
  'Clear',
  'Gentle',
  'Cheerful',
  'Thoughtful',
  'Attentive',
  'Lunar',
  'Sunny',
  'Starry',
  'Northern',
  'Forest',
  'Coastal',
  'Morning',
  'Evening',
  'Cozy',
  'Honest',
  'Patient',
  'Tender',
  'Lively',
  'Bold',
  'Caring',
  'Loyal',
  'Generous',
  'Mellow',
]

const EN_ANIMALS: readonly string[] = [
  'Hedgehog',
  'Badger',
  'Raccoon',
  'Owl',
  'Whale',
  'Seal',
  'Fox',
  'Wolf',
  'Bear',
  'Crane',
  'Dolphin',
  'Beaver',
  'Deer',
  'Penguin',
  'Cat',
  'Sparrow',
  'Bullfinch',
  'Otter',
  'Panda',
  'Squirrel',
  'Swallow',
  'Turtle',
  'Heron',
  'Lynx',
  'Robin',
  'Gull',
  'Zebra',
  'Alpaca',
  'Lemur',
  'Hamster',
]

export type PseudonymLanguage = 'ru' | 'en'

/** A source of uniform numbers in [0, 1); injectable so tests are deterministic. */
export type Random = () => number

function pick<T>(list: readonly T[], random: Random): T {
  const i = Math.min(list.length - 1, Math.floor(random() * list.length))
  return list[i] as T
}

/** One random «adjective + animal» in the given language. */
export function generatePseudonym(lang: PseudonymLanguage, random: Random = Math.random): string {
  if (lang === 'en') return `${pick(EN_ADJECTIVES, random)} ${pick(EN_ANIMALS, random)}`
  const [animal, gender] = pick(RU_ANIMALS, random)
  const [m, f] = pick(RU_ADJECTIVES, random)
  return `${gender === 'm' ? m : f} ${animal}`
}

/** How many distinct pseudonyms a language can produce (before numeric suffixes). */
export function pseudonymSpace(lang: PseudonymLanguage): number {
  return lang === 'en' ? EN_ADJECTIVES.length * EN_ANIMALS.length : RU_ADJECTIVES.length * RU_ANIMALS.length
}

/**
 * Up to `count` distinct candidates, checked against the database in one query. With `suffixed`, each gets a
 * number («Тихий Ёж 42») — the fallback when the plain space around the user is crowded.
 */
export function pseudonymCandidates(
  lang: PseudonymLanguage,
  count: number,
  opts: { random?: Random; suffixed?: boolean } = {},
): string[] {
  const random = opts.random ?? Math.random
  const out = new Set<string>()
  for (let i = 0; i < count * 4 && out.size < count; i++) {
    const name = generatePseudonym(lang, random)
    out.add(opts.suffixed ? `${name} ${10 + Math.floor(random() * 990)}` : name)
  }
  return [...out]
}
