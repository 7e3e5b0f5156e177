import { createRequire } from 'node:module'
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

/**
 * Cleans one serialized error and the errors it wraps (`error` of grammY's BotError/HttpError, `cause`):
 * a BotError carries the whole update context (`ctx`: the message text, the sender's Telegram id and name,
 * the loaded user row and the Api with the bot token) — only the update id is kept; request payloads and
 * query params are dropped at any depth.
 */
function scrubSerialized(out: Record<string, unknown>, depth: number) {
  for (const key of ['message', 'stack'] as const) {
    if (typeof out[key] === 'string')
      out[key] = (out[key] as string).replace(PARAMS_IN_MESSAGE, '\nparams: [redacted]')
  }
  if ('ctx' in out) {
    const updateId = (out.ctx as { update?: { update_id?: unknown } } | null)?.update?.update_id
    delete out.ctx
    if (updateId !== undefined) out.updateId = updateId
  }
  for (const key of ['payload', 'params']) if (key in out) out[key] = '[redacted]'
  if (depth < 5)
    for (const key of ['error', 'cause']) {
      const inner = out[key]
      // a copy: a wrapped value that is not error-like is the live object itself, never to be changed
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        const copy = { ...(inner as Record<string, unknown>) }
        scrubSerialized(copy, depth + 1)
        out[key] = copy
      }
    }
}

function scrubError(value: unknown) {
  const out = pino.stdSerializers.err(value as Error) as unknown as Record<string, unknown>
  if (!out || typeof out !== 'object') return out
  scrubSerialized(out, 0)
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

/** Human-readable logs for a person at a terminal; JSON lines for everything else (files, pipes, production). */
export function wantsPrettyLogs(opts: { nodeEnv: string | undefined; isTTY: boolean | undefined }): boolean {
  return Boolean(opts.isTTY) && opts.nodeEnv !== 'production'
}

/**
 * pino-pretty as a synchronous destination (same process, so the redaction above still applies first).
 * It is a devDependency: loaded only when asked for, and `undefined` (plain JSON) where it is not installed.
 */
export function prettyDestination(
  out: NodeJS.WritableStream = process.stdout,
  opts: { colorize?: boolean } = {},
): DestinationStream | undefined {
  let build: typeof import('pino-pretty')
  try {
    build = createRequire(import.meta.url)('pino-pretty')
  } catch {
    return undefined
  }
  return build({
    destination: out,
    sync: true,
    colorize: opts.colorize ?? true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,name',
  })
}
