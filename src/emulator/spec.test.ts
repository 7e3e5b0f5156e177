import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createEmulator } from './index.js'
import { METHOD_RULES, OBJECT_RULES, type Rules, UPDATE_TYPES } from './spec.js'

/**
 * Cross-checks the emulator's own parameter rules (spec.ts) against the machine-readable Bot API spec that
 * lives beside the repository, never in it: `<repo>/../shared/telegram-bot-api/api.json` (see its SOURCE.md).
 * Where that folder is absent (a clone elsewhere without it) the comparison is skipped with a note.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `<repo>/../shared/…`; from a git worktree nested deeper (…/wt/<name>), the nearest ancestor's `shared/`. */
function findSpec(): string {
  const first = resolve(repoRoot, '..', 'shared', 'telegram-bot-api', 'api.json')
  for (let dir = resolve(repoRoot, '..'); ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'shared', 'telegram-bot-api', 'api.json')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) return first
  }
}

const SPEC_FILE = findSpec()
const haveSpec = existsSync(SPEC_FILE)

interface SpecField {
  name: string
  types: string[]
  required: boolean
}
interface Spec {
  version: string
  methods: Record<string, { fields?: SpecField[] }>
  types: Record<string, { fields?: SpecField[]; subtypes?: string[] }>
}

const MARKUP_UNION = ['InlineKeyboardMarkup', 'ReplyKeyboardMarkup', 'ReplyKeyboardRemove', 'ForceReply']
const SCALARS: Record<string, string> = { Integer: 'int', Float: 'float', String: 'str', Boolean: 'bool' }

/** The emulator's type code for a Bot API field type list (spec.ts explains the notation). */
function codeOf(types: string[]): string {
  const key = [...types].sort().join('|')
  if (key === 'Integer|String') return 'chat'
  if (key === 'InputFile|String' || key === 'InputFile') return 'file'
  if (key === [...MARKUP_UNION].sort().join('|')) return 'markup'
  if (types.length !== 1) return `?${key}`
  let t = types[0]!
  let suffix = ''
  while (t.startsWith('Array of ')) {
    t = t.slice('Array of '.length)
    suffix += '[]'
  }
  return (SCALARS[t] ?? `@${t}`) + suffix
}

function fieldsOf(spec: Spec, typeName: string): SpecField[] {
  const type = spec.types[typeName]
  if (!type) return []
  if (!type.subtypes) return type.fields ?? []
  // a union: every variant's fields; a field is required only if every variant requires it
  const variants = type.subtypes.map((s) => spec.types[s]?.fields ?? [])
  const merged = new Map<string, SpecField>()
  for (const fields of variants) {
    for (const f of fields) {
      const inAll = variants.every((v) => v.some((x) => x.name === f.name && x.required))
      merged.set(f.name, { ...f, required: inAll })
    }
  }
  return [...merged.values()]
}

/** Differences between the emulator's rules and the spec's fields, as readable lines (empty = same). */
function compare(ours: Rules, theirs: SpecField[]): string[] {
  const out: string[] = []
  const names = new Set(theirs.map((f) => f.name))
  for (const name of Object.keys(ours)) if (!names.has(name)) out.push(`${name}: not in the spec`)
  for (const f of theirs) {
    const rule = ours[f.name]
    if (!rule) {
      out.push(`${f.name}: missing (${f.types.join(' or ')})`)
      continue
    }
    if (rule.required !== f.required) out.push(`${f.name}: required ${rule.required}, spec ${f.required}`)
    const code = codeOf(f.types)
    if (rule.type !== code) out.push(`${f.name}: type ${rule.type}, spec ${f.types.join(' or ')} (${code})`)
  }
  return out
}

const loadSpec = (): Spec => JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec

describe('the emulator rules cover what it implements', () => {
  it('when a method is implemented, then it has parameter rules, and no rules exist for a missing method', () => {
    const e = createEmulator({ logger: false })
    expect(e.methods.length).toBeGreaterThan(40)
    expect([...e.methods].sort()).toEqual(Object.keys(METHOD_RULES).sort())
  })
})

describe.skipIf(!haveSpec)(`the emulator rules match the Bot API spec (${SPEC_FILE})`, () => {
  it('when compared with api.json, then every implemented method has the same parameter names, required flags and types', () => {
    const spec = loadSpec()
    expect(spec.version).toMatch(/^Bot API \d+/)
    const diffs: string[] = []
    for (const [method, rules] of Object.entries(METHOD_RULES)) {
      const m = spec.methods[method]
      if (!m) {
        diffs.push(`${method}: not a Bot API method`)
        continue
      }
      for (const d of compare(rules, m.fields ?? [])) diffs.push(`${method}.${d}`)
    }
    expect(diffs).toEqual([])
  })

  it('when compared with api.json, then the objects checked in depth have the same fields and types', () => {
    const spec = loadSpec()
    const diffs: string[] = []
    for (const [typeName, rules] of Object.entries(OBJECT_RULES)) {
      if (!spec.types[typeName]) {
        diffs.push(`${typeName}: not a Bot API type`)
        continue
      }
      for (const d of compare(rules, fieldsOf(spec, typeName))) diffs.push(`${typeName}.${d}`)
    }
    expect(diffs).toEqual([])
  })

  it('when compared with api.json, then allowed_updates accepts exactly the Update fields', () => {
    const spec = loadSpec()
    const fields = (spec.types.Update?.fields ?? []).map((f) => f.name).filter((n) => n !== 'update_id')
    expect([...UPDATE_TYPES].sort()).toEqual(fields.sort())
  })
})

if (!haveSpec) {
  // say why the comparison did not run, once, in the test output
  console.warn(`spec.test.ts: ${SPEC_FILE} not found — the api.json cross-check is skipped`)
}
