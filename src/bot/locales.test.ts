import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentBundle, FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { LOCALES_DIR, SUPPORTED_LANGUAGES } from './i18n.js'

type Catalogue = { bundle: FluentBundle; ids: string[]; vars: Map<string, Set<string>> }

/** Message ids as written (`key =` at the start of a line), so a syntax error that drops one is caught. */
const declaredIds = (source: string) => [...source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!)

function load(lang: string): Catalogue {
  const dir = join(LOCALES_DIR, lang)
  const bundle = new FluentBundle(lang, { useIsolating: false })
  const ids: string[] = []
  const vars = new Map<string, Set<string>>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const source = readFileSync(join(dir, file), 'utf8')
    const errors = bundle.addResource(new FluentResource(source))
    expect(errors, `${lang}/${file}`).toEqual([])
    for (const id of declaredIds(source)) {
      expect(bundle.hasMessage(id), `${lang}/${file}: ${id} did not parse`).toBe(true)
      ids.push(id)
    }
    // variables used per message: the message body runs until the next unindented line
    for (const block of source.split(/\n(?=[a-zA-Z][\w-]*\s*=)/)) {
      const id = declaredIds(block)[0]
      if (id) vars.set(id, new Set([...block.matchAll(/\{\s*\$([\w-]+)/g)].map((m) => m[1]!)))
    }
  }
  return { bundle, ids, vars }
}

describe('locales', () => {
  const catalogues = Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, load(l)])) as Record<
    (typeof SUPPORTED_LANGUAGES)[number],
    Catalogue
  >

  it('when the catalogues load, then no message id is declared twice', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const ids = catalogues[lang].ids
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i)
      expect(dupes, lang).toEqual([])
    }
  })

  it('when a message exists in Russian, then it exists in English with the same variables, and vice versa', () => {
    const { ru, en } = catalogues
    expect([...ru.ids].sort()).toEqual([...en.ids].sort())
    for (const id of ru.ids) {
      expect([...(en.vars.get(id) ?? [])].sort(), id).toEqual([...(ru.vars.get(id) ?? [])].sort())
    }
  })

  it('when every message is formatted with its variables, then none fails or leaves a placeholder', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const { bundle, ids, vars } = catalogues[lang]
      for (const id of ids) {
        const message = bundle.getMessage(id)
        if (!message?.value) continue
        const args = Object.fromEntries([...(vars.get(id) ?? [])].map((v) => [v, 3]))
        const errors: Error[] = []
        const text = bundle.formatPattern(message.value, args, errors)
        expect(
          errors.map((e) => e.message),
          `${lang}:${id}`,
        ).toEqual([])
        expect(text, `${lang}:${id}`).not.toMatch(/\{\s*\$/)
      }
    }
  })
})
