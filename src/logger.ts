import { type DestinationStream, pino } from 'pino'

/**
 * Message text never goes to logs. Besides plain `text`/`caption` fields, errors carry user content too:
 * grammY's GrammyError keeps the request `payload` (sendMessage text, copy captions) and Drizzle's query
 * errors keep the bound `params` (feedback, report details). Those are redacted wherever they appear.
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
  '*.payload',
  '*.params',
  '*.cause.payload',
  '*.cause.params',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers.cookie',
  'req.headers.authorization',
]

/** Drizzle puts the bound params into the error message itself (`Failed query: …\nparams: …`). */
const PARAMS_IN_MESSAGE = /\nparams: [\s\S]*?(?=\n\s+at |\ncaused by: |$)/g

function scrubError(value: unknown) {
  const out = pino.stdSerializers.err(value as Error) as unknown as Record<string, unknown>
  if (!out || typeof out !== 'object') return out
  for (const key of ['message', 'stack'] as const) {
    if (typeof out[key] === 'string')
      out[key] = (out[key] as string).replace(PARAMS_IN_MESSAGE, '\nparams: [redacted]')
  }
  return out
}

export function createLogger(opts: { level: string; name?: string }, destination?: DestinationStream) {
  return pino(
    {
      level: opts.level,
      name: opts.name ?? 'tno',
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: scrubError, error: scrubError },
    },
    destination,
  )
}

export type Logger = pino.Logger
