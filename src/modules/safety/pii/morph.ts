import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import Az from 'az'

/**
 * Russian morphology (az + its OpenCorpora dictionary, ~11 MB): name, surname and patronymic tags for a
 * word in any case form. az only ships an asynchronous loader; its file reader is swapped for a
 * synchronous one for the duration of `Morph.init`, so the dictionary loads once (~0.5 s, ~60 MB) on the
 * first call or at start via `preloadPiiDictionaries()`, and every look-up after that is synchronous.
 */

export type NameTags = {
  /** first name (Name), surname (Surn), patronymic (Patr) in some reading */
  first: number
  surname: number
  patronymic: number
  /** found in the dictionary (not guessed from its ending) */
  known: boolean
  /** weight of readings that are ordinary words (not names) */
  common: number
  /** weight of ordinary animate-noun readings (nouns for people and animals: «Волк», «Кузнец», «Мельник») */
  animNoun: number
  /** weight of ordinary noun readings, animate or not, that are not place or organisation names */
  noun: number
  /** weight of place-name readings (Geox: «Тбилиси», «Минск», «Астане») */
  place: number
  /** weight of full-adjective readings («тверской», «Заречная»: streets are named so) */
  adjective: number
}

let ready = false
const cache = new Map<string, NameTags>()
const CACHE_MAX = 50_000
/**
 * Only dictionary readings are counted (`nameTags`), so only az's dictionary parser runs: its readings, their
 * scores and their order do not depend on the other parsers (scores are normalised among dictionary readings
 * alone; the sort is stable), and the guessing parsers' work (~40 % of a look-up) is skipped.
 */
const DICTIONARY_ONLY = { parsers: ['Dictionary'] }

/**
 * Files az's `Morph.init` loads that the dictionary parser never reads, given in a form that costs nothing:
 * the suffix predictors' DAWGs (2.4 MiB; read only by the guessing parsers) as empty DAWGs (an 8-byte buffer:
 * no units, no guide), and the OpenCorpora (Cyrillic) names of the tags as empty tags (4 MiB of heap: a second
 * tag object per tag, read only by az's console `log` helpers as `tag.ext`).
 */
function standIn(url: string): { json: unknown } | { buffer: ArrayBuffer } | undefined {
  if (/prediction-suffixes-\d\.dawg$/.test(url)) return { buffer: new ArrayBuffer(8) }
  if (url.endsWith('gramtab-opencorpora-ext.json')) {
    const internal = JSON.parse(readFileSync(url.replace(/-ext\.json$/, '-int.json'), 'utf8')) as unknown[]
    return { json: internal.map(() => '') }
  }
  return undefined
}

function loadSync(): void {
  if (ready) return
  const require = createRequire(import.meta.url)
  const dicts = join(dirname(require.resolve('az/package.json')), 'dicts')
  const original = Az.load
  const { freeze, getOwnPropertyNames } = Object
  const queue: (() => void)[] = []
  let failure: unknown
  Az.load = (url, responseType, callback) => {
    queue.push(() => {
      const instead = standIn(url)
      if (instead) return callback(null, 'json' in instead ? instead.json : instead.buffer)
      const data = readFileSync(url)
      if (responseType === 'json') callback(null, JSON.parse(data.toString('utf8')))
      else callback(null, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
    })
  }
  try {
    Az.Morph.init(dicts, (err) => {
      if (err) failure = err
    })
    // az's deepFreeze (Object.getOwnPropertyNames, then Object.freeze, of each of its ~9.8k tag objects) gives
    // every tag's hidden class a frozen copy and an enum cache: 7.7 of az's 19 MiB of heap. The tags are only
    // read (here and by az), so while init builds them (synchronously, in this loop) deepFreeze is a no-op.
    Object.getOwnPropertyNames = () => []
    Object.freeze = <T>(o: T) => o
    // callbacks run after init has counted every file it asked for
    while (queue.length > 0) queue.shift()?.()
  } finally {
    Az.load = original
    Object.freeze = freeze
    Object.getOwnPropertyNames = getOwnPropertyNames
  }
  if (failure) throw failure
  ready = true
}

/** Loads the morphology dictionary now (idempotent); call at start so no message pays for it. */
export function preloadMorphology(): void {
  loadSync()
}

/** Name/surname/patronymic readings of one Cyrillic word, cached. */
export function nameTags(word: string): NameTags {
  const key = word.toLowerCase()
  const hit = cache.get(key)
  if (hit) return hit
  loadSync()
  const tags: NameTags = {
    first: 0,
    surname: 0,
    patronymic: 0,
    known: false,
    common: 0,
    animNoun: 0,
    noun: 0,
    place: 0,
    adjective: 0,
  }
  // the dictionary keeps names capitalised and ordinary words in lower case: look up both forms
  const capitalised = key.charAt(0).toUpperCase() + key.slice(1)
  for (const p of Az.Morph(capitalised, DICTIONARY_ONLY)) {
    if (p.parser !== 'Dictionary') continue
    tags.known = true
    const t = p.tag
    const score = p.score || 0.01
    if (t.Name) tags.first += score
    else if (t.Surn) tags.surname += score
    else if (t.Patr) tags.patronymic += score
    if (t.Geox) tags.place += score
  }
  for (const p of Az.Morph(key, DICTIONARY_ONLY)) {
    if (p.parser !== 'Dictionary') continue
    tags.known = true
    if (!p.tag.Name && !p.tag.Surn && !p.tag.Patr && !p.tag.Geox && !p.tag.Orgn) {
      const score = p.score || 0.01
      tags.common += score
      if (p.tag.ADJF) tags.adjective += score
      if (p.tag.NOUN) {
        tags.noun += score
        if (p.tag.anim) tags.animNoun += score
      }
    }
  }
  if (cache.size >= CACHE_MAX) cache.clear()
  cache.set(key, tags)
  return tags
}

const formsCache = new Map<string, ReadonlySet<string>>()

/**
 * The case and gender of each singular first-name and surname reading of a word, as `F nomn masc` / `S gent
 * femn` (cached): «ильин» has `S nomn masc`, «максим» `F nomn masc`, so the two agree as one man's name.
 */
function nameForms(word: string): ReadonlySet<string> {
  const key = word.toLowerCase()
  const hit = formsCache.get(key)
  if (hit) return hit
  loadSync()
  const forms = new Set<string>()
  const capitalised = key.charAt(0).toUpperCase() + key.slice(1)
  for (const p of Az.Morph(capitalised, DICTIONARY_ONLY)) {
    const t = p.tag
    if (p.parser !== 'Dictionary' || !(t.Name || t.Surn) || t.plur) continue
    forms.add(`${t.Name ? 'F' : 'S'} ${String(t.CAse)} ${String(t.GNdr)}`)
  }
  if (formsCache.size >= CACHE_MAX) formsCache.clear()
  formsCache.set(key, forms)
  return forms
}

/** `surname` has a surname reading in the same case and gender as a first-name reading of `first`. */
export function surnameAgreesWithFirst(surname: string, first: string): boolean {
  const firstForms = nameForms(first)
  for (const f of nameForms(surname)) if (f.startsWith('S ') && firstForms.has(`F${f.slice(1)}`)) return true
  return false
}
