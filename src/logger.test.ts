import { Writable } from 'node:stream'
import { DrizzleQueryError } from 'drizzle-orm'
import { BotError, GrammyError } from 'grammy'
import { describe, expect, it } from 'vitest'
import { createLogger, prettyDestination, wantsPrettyLogs } from './logger.js'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk))
      cb()
    },
  })
  return { logger: createLogger({ level: 'debug' }, stream), lines }
}

const SECRET = 'мне очень плохо, мой номер +7 999 123-45-67'

describe('logger', () => {
  it('when a Telegram error carrying the request payload is logged, then the message text is not in the log', () => {
    const { logger, lines } = capture()
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      'sendMessage',
      { chat_id: 1, text: SECRET },
    )
    logger.error({ err }, 'send failed')
    const out = lines.join('')
    expect(out).toContain('chat not found')
    expect(out).not.toContain('мне очень плохо')
  })

  it('when a database error with bound params (or one wrapping it) is logged, then the params are not in the log', () => {
    const { logger, lines } = capture()
    const cause = Object.assign(new Error('insert failed'), { params: [SECRET, 5] })
    const err = Object.assign(new Error('Failed query: insert into reports'), { params: [SECRET], cause })
    logger.error({ err }, 'query failed')
    const out = lines.join('')
    expect(out).toContain('Failed query')
    expect(out).not.toContain('мне очень плохо')
  })

  it('when a real Drizzle query error is logged, then the params in its message and stack are scrubbed', () => {
    const { logger, lines } = capture()
    const err = new DrizzleQueryError(
      'insert into "reports" ("text") values ($1)',
      [SECRET],
      new Error('boom'),
    )
    logger.error({ err }, 'query failed')
    logger.error({ error: err }, 'query failed again')
    const out = lines.join('')
    expect(out).toContain('insert into')
    expect(out).toContain('params: [redacted]')
    expect(out).not.toContain('мне очень плохо')
  })

  it('when a grammY BotError (it carries the whole update context) is logged, then neither the text, the sender nor the bot token is in the log', () => {
    const { logger, lines } = capture()
    const ctx = {
      update: {
        update_id: 77,
        message: {
          message_id: 5,
          chat: { id: 555_001, type: 'private' },
          from: { id: 555_001, first_name: 'Anna' },
          text: SECRET,
        },
      },
      api: { token: '42:SECRET-BOT-TOKEN' },
      user: { id: 3, telegramId: 555_001, nickname: 'Тихий Лис', bio: SECRET },
    }
    const inner = new GrammyError(
      "Call to 'copyMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: message to copy not found' },
      'sendMessage',
      { chat_id: 1, text: SECRET },
    )
    logger.error({ err: new BotError(inner, ctx as never) }, 'request failed')
    logger.error({ error: new BotError(new Error('db down'), ctx as never) }, 'request failed')
    const out = lines.join('')
    expect(out).toContain('message to copy not found')
    expect(out).toContain('db down')
    expect(out).toContain('"updateId":77')
    for (const leak of ['мне очень плохо', 'SECRET-BOT-TOKEN', 'Anna', '555001', 'Тихий Лис'])
      expect(out, leak).not.toContain(leak)
  })

  it('when an update or a text field is logged by mistake, then the text is redacted', () => {
    const { logger, lines } = capture()
    logger.info({ text: SECRET, update: { message: { text: SECRET } }, msg2: { caption: SECRET } }, 'oops')
    expect(lines.join('')).not.toContain('мне очень плохо')
  })
})

describe('pretty logs', () => {
  it('when stdout is a terminal outside production, then logs are pretty; piped or in production they stay JSON', () => {
    expect(wantsPrettyLogs({ nodeEnv: 'development', isTTY: true })).toBe(true)
    expect(wantsPrettyLogs({ nodeEnv: undefined, isTTY: true })).toBe(true)
    expect(wantsPrettyLogs({ nodeEnv: 'production', isTTY: true })).toBe(false)
    expect(wantsPrettyLogs({ nodeEnv: 'development', isTTY: false })).toBe(false)
    expect(wantsPrettyLogs({ nodeEnv: 'development', isTTY: undefined })).toBe(false)
  })

  it('when the pretty destination is used, then a line reads as text with the level and message, and message text is still redacted', () => {
    const lines: string[] = []
    const out = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk))
        cb()
      },
    })
    const dest = prettyDestination(out, { colorize: false })
    expect(dest).toBeDefined()
    const logger = createLogger({ level: 'info' }, dest)
    logger.info({ updateId: 42, text: SECRET }, 'update handled')
    const line = lines.join('')
    expect(line).toMatch(/INFO.*update handled/)
    expect(line).toContain('updateId: 42')
    expect(line).not.toContain('{"level"')
    expect(line).not.toContain(SECRET)
  })
})
