import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('when the environment is empty, then embedded defaults apply (sandbox, PGlite, AI off)', () => {
    const c = loadConfig({})
    expect(c.BOT_TOKEN).toBeUndefined()
    expect(c.DATABASE_URL).toBeUndefined()
    expect(c.AI_ENABLED).toBe(false)
    expect(c.PORT).toBe(3000)
    expect(c.MATCH_ANTI_REPEAT_DAYS).toBe(30)
    expect(c.MATCH_PROPOSAL_TTL_SEC).toBe(600)
  })

  it('when values are given as strings, then they are coerced', () => {
    const c = loadConfig({
      PORT: '8080',
      AI_ENABLED: 'true',
      BOT_TOKEN: '123456:ABCDEFGHIJKLMNOP',
      LOG_LEVEL: 'debug',
    })
    expect(c.PORT).toBe(8080)
    expect(c.AI_ENABLED).toBe(true)
    expect(c.LOG_LEVEL).toBe('debug')
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN'],
    [{ DATABASE_URL: 'nope' }, 'DATABASE_URL'],
    [{ AI_ENABLED: 'maybe' }, 'AI_ENABLED'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ WEBHOOK_SECRET: 'has spaces!' }, 'WEBHOOK_SECRET'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
  ])('when %j is invalid, then one clear line names %s', (env, name) => {
    let error: unknown
    try {
      loadConfig(env as Record<string, string>)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message.startsWith(`Invalid ${name}:`)).toBe(true)
    expect(message).not.toContain('\n')
  })

  it('when a secret-like value is invalid, then the message does not echo it', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'leaky-secret-value' })).toThrow(/^Invalid BOT_TOKEN: (?!.*leaky)/)
  })

  it('when a public webhook URL is set without a secret, then WEBHOOK_SECRET is demanded', () => {
    expect(() =>
      loadConfig({ BOT_TOKEN: '123456:ABCDEFGHIJKLMNOP', PUBLIC_BASE_URL: 'https://bot.example.org' }),
    ).toThrow(/^Invalid WEBHOOK_SECRET: is required/)
  })
})
