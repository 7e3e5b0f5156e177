import { describe, expect, it } from 'vitest'
import { ageAccess, asAgeGroup, crisisVariantFor, mayBePaired } from './age.js'

describe('age groups', () => {
  const off = { allowMinors: false }
  const on = { allowMinors: true }
  it('when the group is under 13, then it is refused whatever the operator allows', () => {
    expect(ageAccess('under_13', off)).toBe('under-13')
    expect(ageAccess('under_13', on)).toBe('under-13')
  })
  it('when the group is 13–17, then it is served only with ALLOW_MINORS', () => {
    expect(ageAccess('13_17', off)).toBe('minors-off')
    expect(ageAccess('13_17', on)).toBe('ok')
    expect(ageAccess('18_plus', off)).toBe('ok')
  })
  it('when nothing (or garbage) is stored, then the user is to be asked', () => {
    expect(ageAccess(null, on)).toBe('unknown')
    expect(ageAccess('adult', on)).toBe('unknown')
    expect(asAgeGroup('18+')).toBeNull()
  })
  it('when two groups differ or one is not served, then they may never share a chat', () => {
    expect(mayBePaired('18_plus', '18_plus', off)).toBe(true)
    expect(mayBePaired('13_17', '13_17', on)).toBe(true)
    expect(mayBePaired('13_17', '13_17', off)).toBe(false)
    expect(mayBePaired('13_17', '18_plus', on)).toBe(false)
    expect(mayBePaired(null, '18_plus', on)).toBe(false)
    expect(mayBePaired('under_13', 'under_13', on)).toBe(false)
  })
  it('when the user is a minor, then the youth crisis lines come first', () => {
    expect(crisisVariantFor('13_17')).toBe('youth')
    expect(crisisVariantFor('under_13')).toBe('youth')
    expect(crisisVariantFor('18_plus')).toBe('adult')
    expect(crisisVariantFor(null)).toBe('adult')
  })
})
