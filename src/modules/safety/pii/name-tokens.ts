import { nameTags } from './morph.js'
import { RU_PATRONYMIC_END, RU_SURNAME_END } from './name-cues.js'
import type { Role, Token } from './surnames.js'

export function cyrillicRole(word: string, cap: boolean): Role {
  // a double-barrelled surname «Миронова-Белая»: a surname when one half reads as one
  const halves = word.split('-')
  if (halves.length === 2 && halves.every((h) => h.length >= 2)) {
    const whole = nameTags(word)
    if (whole.first === 0 && whole.surname === 0 && halves.some((h) => cyrillicRole(h, cap) === 'S'))
      return 'S'
    // «Анна-Мария», «Мария-Луиза»: two first names make one
    if (whole.first === 0 && whole.surname === 0 && halves.every((h) => cyrillicRole(h, cap) === 'F'))
      return 'F'
  }
  const tags = nameTags(word)
  const lower = word.toLowerCase()
  if (tags.patronymic > 0 || (RU_PATRONYMIC_END.test(lower) && !tags.known && lower.length > 5)) return 'P'
  if (tags.surname > 0 && tags.surname >= tags.first) return 'S'
  if (tags.first > 0) return 'F'
  if (tags.surname > 0) return 'S'
  if (!tags.known && RU_SURNAME_END.test(lower) && lower.length > 3) return 'S'
  // «Сомова», «Совина»: a capitalised word with a surname ending and no noun or name reading
  if (cap && tags.noun === 0 && tags.first === 0 && /(?:ов|ев|ин|ова|ева|ина|овой|евой|иной)$/u.test(lower))
    return lower.length > 4 ? 'S' : null
  if (!tags.known && cap && lower.length >= 3) return 'U'
  return null
}

const TOKEN_RE = /[\p{L}][\p{L}'’-]*/gu

function isCap(word: string): boolean {
  const first = word[0] ?? ''
  if (first === first.toLowerCase()) return false
  // ALL CAPS words are abbreviations more often than names (ЕГЭ, ОМС, NASA)
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase() || /['’-]/.test(word)
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN_RE)) {
    const word = m[0].replace(/['’-]+$/u, '')
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      role: null,
      canFirst: false,
      canSurname: false,
      latin: /^[A-Za-z]/.test(word),
      cap: isCap(word),
      afterStrongIntro: false,
      afterIntro: false,
    })
  }
  return tokens
}
