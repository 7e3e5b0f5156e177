import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { configSchema, loadConfig } from './config.js'

// zod 4: `.superRefine` adds a check to the object schema itself (no wrapper), so `.shape` is the env schema.
const KEYS = Object.keys(configSchema.shape)
const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

/** `.env.example` lines `KEY=value` (active) and `# KEY=value` (documented default), in file order. */
function envExample() {
  const active = new Map<string, string>()
  const commented = new Map<string, string>()
  for (const line of read('.env.example').split('\n')) {
    const m = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (!m?.[2]) continue
    ;(m[1] ? commented : active).set(m[2], m[3] ?? '')
  }
  return { active, commented }
}

/** README.md's "## Configuration" section, up to the next `## ` heading. */
function readmeConfiguration(): string {
  const readme = read('README.md')
  const start = readme.indexOf('\n## Configuration\n')
  expect(start, 'README.md has a "## Configuration" section').toBeGreaterThanOrEqual(0)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

describe('configuration docs', () => {
  it('when config.ts has a setting, then .env.example lists it (set or as a commented default)', () => {
    expect(KEYS.length).toBeGreaterThan(40)
    const { active, commented } = envExample()
    const missing = KEYS.filter((k) => !active.has(k) && !commented.has(k))
    expect(missing).toEqual([])
  })

  it('when .env.example names a variable, then config.ts reads it (no stale entries)', () => {
    const { active, commented } = envExample()
    const unknown = [...active.keys(), ...commented.keys()].filter((k) => !KEYS.includes(k))
    expect(unknown).toEqual([])
  })

  it('when .env.example is copied to .env as is, then the config loads', () => {
    expect(() => loadConfig(Object.fromEntries(envExample().active))).not.toThrow()
  })

  it('when .env.example shows a commented-out value, then it is the actual default', () => {
    const defaults = loadConfig({})
    for (const [key, value] of envExample().commented)
      expect(loadConfig({ [key]: value })[key as keyof typeof defaults], key).toEqual(
        defaults[key as keyof typeof defaults],
      )
  })

  it('when config.ts has a setting, then the README "Configuration" table has a row for it', () => {
    const section = readmeConfiguration()
    const rows = section.split('\n').filter((l) => l.startsWith('| `'))
    const missing = KEYS.filter((k) => !rows.some((row) => row.split('|')[1]?.includes(`\`${k}\``)))
    expect(missing).toEqual([])
  })

  it('when the README documents settings, then it does so in one table only', () => {
    const readme = read('README.md')
    expect(readme.match(/^\| Variable \|/gm)).toHaveLength(1)
    expect(readmeConfiguration()).toMatch(/^\| Variable \|/m)
  })
})
