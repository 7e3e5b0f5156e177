import { pino } from 'pino'

/**
 * Message text never goes to logs: these paths are redacted even if a caller passes an update by mistake.
 */
const REDACT = [
  'text',
  'caption',
  '*.text',
  '*.caption',
  'message.text',
  'update.message.text',
  'update.message.caption',
  'update.edited_message.text',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers.cookie',
  'req.headers.authorization',
]

export function createLogger(opts: { level: string; name?: string }) {
  return pino({
    level: opts.level,
    name: opts.name ?? 'tno',
    redact: { paths: REDACT, censor: '[redacted]' },
  })
}

export type Logger = pino.Logger
