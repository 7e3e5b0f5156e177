import { describe, expect, it } from 'vitest'
import { compile } from './pattern.js'

describe('crisis pattern compiler', () => {
  it('when a stem or prefix alternative holds "_" (a word sequence without its "="), then compiling fails instead of keeping an alternative that can never match', () => {
    expect(() => compile('=why_not_me !who|instead_of_him')).toThrow(/instead_of_him/)
    expect(() => compile('=tired ~2 of_it*')).toThrow(/of_it\*/)
  })

  it('when a word sequence has its "=", then it compiles', () => {
    expect(compile('=why_not_me !who|=instead_of_him')).toHaveLength(2)
  })
})
