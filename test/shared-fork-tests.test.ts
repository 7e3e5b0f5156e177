import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isSharedForkTest, SHARED_FORK_FILES } from './shared-fork-tests.js'

/** What leaks from one test file into the next in a shared fork. */
const LEAKS: [string, RegExp][] = [
  ['a module mock', /\bvi\.(mock|doMock|hoisted)\(/],
  ['a stubbed global or environment variable', /\bvi\.stub(Env|Global)\(|\bprocess\.env\b|\bglobalThis\b/],
  ['fake timers', /\bvi\.useFakeTimers\(/],
  ['a spy', /\bvi\.spyOn\(/],
]

const testFiles = ['src', 'test'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f.split('\\').join('/')}`),
)

describe('the test files in shared forks', () => {
  it('when a file runs in the shared forks, then it does nothing that would reach the next file', () => {
    const shared = testFiles.filter(isSharedForkTest)
    expect(shared.length).toBeGreaterThan(30)
    const leaking = shared.flatMap((f) => {
      const text = readFileSync(f, 'utf8')
      return LEAKS.filter(([, re]) => re.test(text)).map(([what]) => `${f}: ${what}`)
    })
    expect(leaking).toEqual([])
  })

  it('when a file is listed by name, then it exists', () => {
    expect(SHARED_FORK_FILES.filter((f) => !testFiles.includes(f))).toEqual([])
  })

  it('when a file mocks a module, then it is not in the shared forks (pii-contacts.test.ts does)', () => {
    expect(isSharedForkTest('src/modules/safety/pii-contacts.test.ts')).toBe(false)
    expect(readFileSync('src/modules/safety/pii-contacts.test.ts', 'utf8')).toMatch(/\bvi\.mock\(/)
  })
})
