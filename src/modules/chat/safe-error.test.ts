import { describe, expect, it } from 'vitest'
import { isTransient } from '../../errors.js'
import { safeError, safeErrorText, scrubbed } from './safe-error.js'

describe('safe errors', () => {
  const failedQuery = Object.assign(
    new Error('Failed query: update "chat_sessions" set "feedback_by_a" = $1\nparams: я больше не могу,42'),
    {
      name: 'DrizzleQueryError',
      cause: Object.assign(new Error('connection terminated'), { code: '57P01' }),
    },
  )

  it('when a query error carries its parameters, then only the statement head and the code survive', () => {
    expect(safeError(failedQuery)).toEqual({
      name: 'DrizzleQueryError',
      code: '57P01',
      message: 'Failed query: update "chat_sessions" set "feedback_by_a" = $1',
    })
    expect(safeErrorText(failedQuery)).not.toContain('не могу')
  })

  it('when an infrastructure error is scrubbed, then it is still transient (the update is redelivered)', () => {
    const e = scrubbed(failedQuery)
    expect(e.message).not.toContain('не могу')
    expect(isTransient(e)).toBe(true)
    expect(isTransient(scrubbed(new Error('Failed query: x\nparams: y')))).toBe(false)
  })
})
