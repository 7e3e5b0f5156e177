import { nameTags } from './morph.js'
import { cyrillicRole } from './name-tokens.js'
import { isFunctionWord, isKnownEnglishWord, latinRole } from './names-en.js'
import { ordinaryEnglish } from './names-shapes.js'
import { isPublicFigure } from './public-figures.js'
import { type PiiFinding, push } from './types.js'
import { wordsAt } from './word-at.js'

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()

/**
 * Full names told by their context rather than by a dictionary (round 9):
 *
 * - a nickname in quotes between a first name and a surname (`Robert "Bobby" Kline`, «Иван "Ваня" Серов»);
 * - two or three capitalised words after «зовут»/«звали» («её зовут Пак Ён Хи»; a pet's name stays);
 * - two capitalised Cyrillic words after a noun for a person in the writer's life («сосед по комнате Чиди
 *   Оконкво», «мой друг Рахул Шарма»), before what one says of a colleague or classmate («Хосе Гарсия из
 *   моего отдела»), or between «с» and «мы» («с Рахулом Шармой мы учимся»): names from any culture, which
 *   no Russian dictionary knows.
 *
 * Each needs its cue; a first name alone is never a finding, and public figures stay.
 */

const CYR = '\\p{Lu}[а-яё]+(?:-\\p{Lu}?[а-яё]+)?'
// (three letters at least beside a role: «ЖЕНА УЕДЕ ТС» is a typo in capitals, not «Жена Уеде Тс»)
const CYR3 = '\\p{Lu}[а-яё]{2,}(?:-\\p{Lu}?[а-яё]+)?'
// (the first name in lower case too, and a nickname of up to three words in any case: «жора «бизон» Мамедов»)
const QUOTED_NICK_RE =
  /(?<![\p{L}])(\p{L}\p{Ll}+)\s+["“«'‘](\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})["”»'’]\s+(\p{L}[\p{Ll}'’-]+)(?![\p{L}])/gu
const CALLED_RE = new RegExp(
  `(?<![\\p{L}])(?:зовут|звали)\\s+(${CYR}(?:\\s+${CYR}){1,2})(?=\\s*(?:[,.!?;:)—–-]|$|\\s\\p{Ll}))`,
  'gu',
)
// «кота зовут Барсик Барсикович»: a pet's name
const PET_BEFORE_RE =
  /(?:кот\p{L}*|кошк\p{L}*|собак\p{L}*|пс[аы]|пёс|щен\p{L}*|попуга\p{L}*|хомяк\p{L}*|черепах\p{L}*|рыбк\p{L}*|лошад\p{L}*|игрушк\p{L}*|персонаж\p{L}*|героин?\p{L}*|бот\p{L}*|канал\p{L}*|групп\p{L}*|песн\p{L}*|фильм\p{L}*)\s+(?:\p{L}+\s+)?$/iu
const RU_ROLE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:сосед\p{L}{0,3}(?:\s+по\s+(?:комнате|общаге|общежитию|парте|квартире|палате|блоку))?|одноклассни\p{L}{1,3}|однокурсни\p{L}{1,3}|одногруппни\p{L}{1,3}|коллег\p{L}{1,2}|начальни\p{L}{1,3}|начальниц\p{L}{1,2}|друг|друга|другом|подруг\p{L}{1,2}|парн\p{L}{1,3}|парень|девушк\p{L}{1,2}|муж|мужа|мужем|жена|жены|жену|женой|бывш\p{L}{2,3}|тренер\p{L}{0,3}|учител\p{L}{1,3}|учительниц\p{L}{1,2}|преподавател\p{L}{1,3}|препод\p{L}{0,3}|научрук\p{L}{0,3}|врач\p{L}{0,3}|психолог\p{L}{0,3}|руководител\p{L}{1,3}|знаком\p{L}{2,4}|бойфренд\p{L}{0,3}|жених\p{L}{0,3}|невест\p{L}{1,2}|сожител\p{L}{1,3})[\s,:—–-]+$/iu
const RU_PAIR_RE = new RegExp(`(?<![\\p{L}])(${CYR3})\\s+(${CYR3})(?![\\p{L}])`, 'gu')
const RU_PERSON_AFTER_RE =
  /^\s*,?\s*(?:из\s+(?:моего|моей|нашего|нашей|его|её|ее|их)\s+(?:отдела|класса|группы|школы|потока|курса|команды|общаги|общежития|подъезда|двора|бригады|смены|офиса|компании|универа|института|палаты|села|деревни)|(?:сказал|написал|позвонил|ударил|бросил|обманул|оскорбил|избил|угрожает|пишет|звонит|травит|преследует|изменил)\p{L}{0,2}\s+(?:мне|меня|нам|нас|что)(?![\p{L}]))/iu
const WITH_THEN_WE_RE = new RegExp(`(?<![\\p{L}])[сС]о?\\s+(${CYR3})\\s+(${CYR3})\\s+мы(?![\\p{L}])`, 'gu')

/** A Cyrillic word that is not an ordinary word (a name reading, or no reading at all), and no place. */
function nameLike(word: string): boolean {
  const tags = nameTags(word)
  if (!tags.known) return true
  if (tags.place > 0 && tags.first === 0 && tags.surname === 0) return false
  return tags.first > 0 || tags.surname > 0 || tags.patronymic > 0 || tags.common === 0
}

function firstNameReading(word: string): boolean {
  return /[а-яё]/iu.test(word) ? nameTags(word).first > 0 : latinRole(word, true) === 'F'
}

function surnameReading(word: string): boolean {
  return /[а-яё]/iu.test(word) ? cyrillicRole(word, true) === 'S' : latinRole(word, true) === 'S'
}

export function findNamesByContext(text: string, out: PiiFinding[]): void {
  if (/["“«'‘]\p{L}[^"“”«»'‘’\n]{0,30}["”»'’]\s+\p{L}/u.test(text)) {
    for (const m of text.matchAll(QUOTED_NICK_RE)) {
      const [, first = '', nick = '', last = ''] = m
      // a first name in lower case or a nickname in lower case: the last word must read as a surname
      const plain = /^\p{Lu}/u.test(first) && /^\p{Lu}\p{Ll}+$/u.test(nick) && /^\p{Lu}/u.test(last)
      // all in lower case ("jimmy "two shoes" petrakis"): a first name and a last word no ordinary word
      const lower = /^\p{Ll}/u.test(first) && /^\p{Ll}/u.test(last) && !/[а-яё]/iu.test(first + last)
      if (lower) {
        if (latinRole(title(first), true) === 'F' && !isFunctionWord(last) && !ordinaryEnglish(last))
          push(out, 'name', m.index, m.index + m[0].length, text)
        continue
      }
      if (!/^\p{Lu}/u.test(last)) continue
      if (!plain && !surnameReading(last)) continue
      // (a pet form no dictionary knows, «серёга», «Серёга», passes with a surname after the nickname)
      // (and a nickname in lower case: «Прощай» in «пёсню «Прощай» Лещенко» is a song's title)
      // (a pet form with a capitalised nickname needs a surname after it: «Серёга «Шуруп» Шурупов»)
      const petForm =
        /[а-яё]/iu.test(first) &&
        !nameTags(first).known &&
        (plain ? surnameReading(last) || /(?:ов|ев|ин|ова|ева|ина)$/u.test(last) : /^\p{Ll}/u.test(nick))
      if ((firstNameReading(first) || petForm) && !isFunctionWord(last) && !isPublicFigure([first, last]))
        push(out, 'name', m.index, m.index + m[0].length, text)
    }
  }
  if (!/[а-яё]/iu.test(text)) return
  if (/зовут|звали/iu.test(text)) {
    for (const m of text.matchAll(CALLED_RE)) {
      const words = (m[1] as string).split(/\s+/u)
      if (PET_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
      if (!words.some(nameLike) || isPublicFigure(words)) continue
      const start = m.index + m[0].length - (m[1] as string).length
      push(out, 'name', start, start + (m[1] as string).length, text)
    }
  }
  for (const m of text.matchAll(RU_PAIR_RE)) {
    const [pair, a = '', b = ''] = m
    if (!nameLike(a) || !nameLike(b) || isPublicFigure([a, b])) continue
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const after = text.slice(m.index + pair.length, m.index + pair.length + 40)
    if (RU_ROLE_BEFORE_RE.test(before) || RU_PERSON_AFTER_RE.test(after))
      push(out, 'name', m.index, m.index + pair.length, text)
  }
  if (/(?<![\p{L}])[сС]о?\s+\p{Lu}/u.test(text)) {
    for (const m of text.matchAll(WITH_THEN_WE_RE)) {
      const [, a = '', b = ''] = m
      if (!nameLike(a) || !nameLike(b) || isPublicFigure([a, b])) continue
      push(out, 'name', m.index + m[0].indexOf(a), m.index + m[0].lastIndexOf(b) + b.length, text)
    }
  }
}

/**
 * A found name's surname repeated in lower case ("greg thompson … mr. thompson"): masked too when the word
 * is no ordinary English or Russian word.
 */
export function findLowerRepeats(text: string, found: readonly PiiFinding[], out: PiiFinding[]): void {
  for (const f of found) {
    const last = f.value.split(/\s+/u).pop() ?? ''
    if (last.length < 4 || !/^\p{L}[\p{L}'’-]+$/u.test(last)) continue
    const cyr = /[а-яё]/iu.test(last)
    if (cyr ? nameTags(last).common > 0 : isKnownEnglishWord(last) && latinRole(last, true) !== 'S') continue
    for (const m of wordsAt(text, last.toLowerCase()))
      if (m.index < f.start || m.index >= f.end) push(out, 'name', m.index, m.index + last.length, text)
  }
}

// "my cat's name is Sir Fluffington", «собаку зовут Граф Арчибальд»: an animal's name, not a person's
const PET_NAMED_RE =
  /(?:^|[^\p{L}])(?:cat|kitten|dog|puppy|hamster|rabbit|bunny|parrot|horse|pony|fish|turtle|snake|ferret|pet|кот\p{L}{0,2}|кошк\p{L}{1,2}|собак\p{L}{1,2}|пс[аы]|щенк\p{L}{1,2}|попуга\p{L}{1,2}|хомяк\p{L}{0,2})(?:['’]s\s+name\s+is|\s+is\s+(?:called|named)|\s+named|\s+called|\s+зовут|\s+звали)\s+(?:(?:Sir|Lord|Lady|Dame|Mr|Mrs|Miss|Dr|Captain|King|Queen|Prince|Princess|Baron|Duke|Count|Граф|Сэр|Лорд|Принц|Принцесса|Барон)\.?\s+)?$/iu

/** The name found at `start` is an animal's: "my cat's name is …", «кота зовут …». */
export function isPetName(text: string, start: number): boolean {
  return PET_NAMED_RE.test(text.slice(Math.max(0, start - 40), start))
}
