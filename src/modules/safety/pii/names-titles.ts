import { EN_NOT_SURNAME, PET_BEFORE_TITLE_RE, RU_SURNAME_END, TITLE_RE } from './name-cues.js'
import { isFunctionWord, isKnownEnglishWord, isOnlyFirstName, latinRole } from './names-en.js'
import { isTitledPublicFigure } from './public-figures.js'
import type { Token } from './surnames.js'
import { type PiiFinding, push } from './types.js'

const INITIALS_RE = /^[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?/u
const LOWER_START_RE = /\p{Ll}/u
const LOWER_TITLE_RE = /^(?:dr|mr|mrs|ms|prof)$/u
// role words used as titles, in lower case: only a surname after them ("officer ramirez"; "coach dave" is a
// first name alone)
const LOWER_ROLE_TITLE_RE =
  /^(?:officer|detective|sergeant|sgt|coach|nurse|judge|pastor|principal|professor|doctor|captain|lieutenant|constable|inspector|agent|deputy|sheriff)$/u
// military and police ranks ("Lt. Col. Harmon", "Cpl Okafor"); a rank that is also an ordinary word
// ("General Motors", "Major League", "Captain America") only before a surname the lexicon knows
const RANK_RE =
  /^(?:Lt|Lieut|Lieutenant|Col|Colonel|Capt|Cpt|Maj|Gen|Cpl|Corporal|Pvt|Cmdr|Cdr|Adm|Brig|Brigadier|Fr)\.?$/u
const WORD_RANK_RE =
  /^(?:Captain|Major|General|Private|Commander|Admiral|Inspector|Constable|Sheriff|Deputy|Chief|Father)$/u

// "Father O'Malley", "Sgt O'Neill": an Irish surname the lexicon does not know
const IRISH_SURNAME_RE = /^O['’]\p{Lu}\p{Ll}{2,}$/u

/** «Иванова А.С.», «А. С. Пушкин», "Mrs. Patterson", "Dr. Melissa Grant". */
export function findInitialsAndTitles(text: string, tokens: Token[], out: PiiFinding[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // initials after a surname: «Иванова А.С.»
    const surnameLike = !t.latin && t.cap && RU_SURNAME_END.test(t.text.toLowerCase()) && t.text.length > 3
    // any capitalised word before two initials: «Береза Н.А.»
    const twoInitials =
      !t.latin && t.cap && t.text.length > 2 && /^\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./u.test(text.slice(t.end))
    if (t.role === 'S' || t.role === 'U' || surnameLike || twoInitials) {
      const after = text.slice(t.end).match(/^\s+([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?)/u)
      if (after?.[1]) push(out, 'name', t.start, t.end + (after[0].length ?? 0), text)
      const before = text
        .slice(Math.max(0, t.start - 6), t.start)
        .match(/(?:^|[\s(])([А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?\s*)$/u)
      if (before?.[1] && INITIALS_RE.test(before[1]))
        push(out, 'name', t.start - before[1].length, t.end, text)
    }
    // a title in lower case and a dictionary first name: "dr kevin ward", "mrs anna lee"
    const roleTitle = t.latin && LOWER_ROLE_TITLE_RE.test(t.text)
    if (roleTitle && /^\.?\s+$/.test(text.slice(t.end, tokens[i + 1]?.start))) {
      const f = tokens[i + 1] as Token
      if (
        !f.cap &&
        f.text.length >= 3 &&
        latinRole(f.text, false) === 'S' &&
        !isTitledPublicFigure(t.text, [f.text])
      )
        push(out, 'name', f.start, f.end, text)
    }
    // a role in lower case and a capitalised surname: "coach Dimitrov", "professor Nakamura" ("coach Dave"
    // is a first name alone; "officer Friendly", "judge Judy" are ordinary words or first names)
    const next = tokens[i + 1]
    if (
      roleTitle &&
      next?.latin &&
      next.cap &&
      /^\.?\s+$/.test(text.slice(t.end, next.start)) &&
      next.text.length >= 3 &&
      !isFunctionWord(next.text) &&
      !EN_NOT_SURNAME.has(next.text.toLowerCase()) &&
      !isOnlyFirstName(next.text) &&
      (latinRole(next.text, true) === 'S' || !isKnownEnglishWord(next.text)) &&
      !isTitledPublicFigure(t.text, [next.text])
    )
      push(out, 'name', next.start, next.end, text)
    // a rank and a capitalised surname, past further ranks: "Lt. Col. Harmon"
    // ("Fr." with its dot only: "fr" is "for real" in chat)
    const rank = RANK_RE.test(t.text) && (t.text !== 'Fr' || text[t.end] === '.')
    if (t.latin && (rank || WORD_RANK_RE.test(t.text))) {
      let j = i + 1
      while (j < tokens.length && RANK_RE.test((tokens[j] as Token).text)) j++
      const n = tokens[j]
      const gap = n ? text.slice((tokens[j - 1] as Token).end, n.start) : ''
      if (
        n?.latin &&
        n.cap &&
        /^\.?\s+$/.test(gap) &&
        n.text.length >= 3 &&
        !isFunctionWord(n.text) &&
        (latinRole(n.text, true) === 'S' ||
          (rank && latinRole(n.text, true) === 'U') ||
          IRISH_SURNAME_RE.test(n.text)) &&
        !isTitledPublicFigure(t.text, [n.text])
      )
        push(out, 'name', n.start, n.end, text)
    }
    if (t.latin && LOWER_TITLE_RE.test(t.text) && /^\.?\s+$/.test(text.slice(t.end, tokens[i + 1]?.start))) {
      const f = tokens[i + 1] as Token
      const n = tokens[i + 2]
      if (!f.cap && latinRole(f.text, false) === 'F') {
        const withSurname = n && /^ +$/.test(text.slice(f.end, n.start)) && !n.cap && !isFunctionWord(n.text)
        push(out, 'name', f.start, withSurname ? n.end : f.end, text)
      } else if (
        // "dr. nguyen", "mrs okafor": a lower-case word no English lexicon knows is a surname after a title
        // ("mr right", "dr pepper", "mrs doubtfire" are ordinary words or famous characters)
        f &&
        !f.cap &&
        f.text.length >= 3 &&
        ((latinRole(f.text, false) === null && !isKnownEnglishWord(f.text)) ||
          latinRole(f.text, false) === 'S') &&
        !isTitledPublicFigure(t.text, [f.text])
      ) {
        // "dr. ji-hoon kim": a lower-case word after it, not a function word, is the rest of the name
        const withNext =
          n && /^ +$/.test(text.slice(f.end, n.start)) && !n.cap && latinRole(n.text, false) !== null
        push(out, 'name', f.start, withNext ? n.end : f.end, text)
      }
    }
    // a title and a capitalised word: "Mrs. Patterson", "Dr Grant"
    // (not a pet's name: "hamster Sir Nibbles")
    if (TITLE_RE.test(t.text) && !PET_BEFORE_TITLE_RE.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      let j = i + 1
      let end = -1
      while (j < tokens.length && j <= i + 3) {
        const n = tokens[j] as Token
        const gap = text.slice((tokens[j - 1] as Token).end, n.start)
        if (!/^\.?\s+$/.test(gap) || !n.cap || LOWER_START_RE.test(n.text[0] ?? '')) break
        if (n.latin && (isFunctionWord(n.text) || EN_NOT_SURNAME.has(n.text.toLowerCase()))) break
        end = n.end
        j++
      }
      const words = tokens.slice(i + 1, j).map((n) => n.text)
      // "Mr. B", "Ms. K": one letter after a title is what a class calls a teacher, not a name
      const oneLetter = words.length === 1 && words[0]?.length === 1
      // "Coach Dave", "Dr. Sarah", "Pastor John": a title and a first name alone name no one outside the room
      const firstOnly = words.length === 1 && isOnlyFirstName(words[0] as string)
      if (end > 0 && !oneLetter && !firstOnly && !isTitledPublicFigure(t.text, words)) {
        const first = tokens[i + 1] as Token
        push(out, 'name', first.start, end, text)
      }
    }
  }
}
