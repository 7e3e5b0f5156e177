/**
 * Load generator for bench/webhook.ts, in its own process (spawned with IPC) so that sending never steals the
 * bot's event loop. Plays Telegram: POSTs message updates to the bot's webhook at an offered rate (open loop:
 * the i-th update is due at start + i/rate), at most one request in flight per chat (Telegram waits for the
 * answer before sending a chat's next update) and at most `connections` requests at once (Telegram's
 * max_connections, 40 by default). Latency runs from the moment an update was due to its answer, so a backlog
 * inside the generator counts against the bot (no coordinated omission).
 *
 * IPC: `{ type: 'run', ...RunRequest }` → `{ type: 'result', ...RunResult }`.
 */
import { Agent, request } from 'node:http'

export type RunRequest = {
  url: string
  secret: string
  /** Private chats that send (each user is also the chat). */
  senders: number[]
  rate: number
  durationMs: number
  connections: number
  /** Texts sent in turn. */
  texts: string[]
}
export type RunResult = {
  offered: number
  ok: number
  errors: number
  /** ms from due to answered, of the answered updates. */
  latencies: number[]
  /** Sent updates: [chatId, messageId, dueAtMs]. */
  sent: [number, number, number][]
  /** How late the generator itself started the last update (ms): large → the generator could not keep up. */
  generatorLagMs: number
  wallMs: number
}

let updateId = 1
const messageIds = new Map<number, number>()
const now = () => performance.timeOrigin + performance.now()

async function run(r: RunRequest): Promise<RunResult> {
  const target = new URL('/telegram/webhook', r.url)
  const agent = new Agent({ keepAlive: true, maxSockets: r.connections })
  const total = Math.max(1, Math.round((r.rate * r.durationMs) / 1000))
  const busy = new Set<number>()
  const waiting = new Map<number, { due: number; body: string; key: [number, number, number] }[]>()
  const latencies: number[] = []
  const sent: [number, number, number][] = []
  let ok = 0
  let errors = 0
  let done = 0
  let lag = 0
  const t0 = now() + 20

  const post = (chat: number, item: { due: number; body: string }, finish: () => void) => {
    busy.add(chat)
    const req = request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(item.body),
          'x-telegram-bot-api-secret-token': r.secret,
        },
        timeout: 30_000,
      },
      (res) => {
        res.resume()
        res.on('end', () => {
          if (res.statusCode === 200) {
            ok++
            latencies.push(now() - item.due)
          } else errors++
          finish()
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => {
      errors++
      finish()
    })
    req.end(item.body)
  }

  const next = (chat: number) => () => {
    busy.delete(chat)
    done++
    const q = waiting.get(chat)
    const item = q?.shift()
    if (item) post(chat, item, next(chat))
  }

  return new Promise((resolve) => {
    let i = 0
    const pump = () => {
      const t = now()
      while (i < total && t0 + (i * 1000) / r.rate <= t) {
        const due = t0 + (i * 1000) / r.rate
        lag = Math.max(lag, t - due)
        const chat = r.senders[i % r.senders.length] as number
        const messageId = (messageIds.get(chat) ?? 0) + 1
        messageIds.set(chat, messageId)
        const text = r.texts[i % r.texts.length] as string
        const body = JSON.stringify({
          update_id: updateId++,
          message: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chat, type: 'private', first_name: 'U' },
            from: { id: chat, is_bot: false, first_name: 'U', language_code: 'ru' },
            text,
          },
        })
        const key: [number, number, number] = [chat, messageId, due]
        sent.push(key)
        const item = { due, body, key }
        if (busy.has(chat)) {
          const q = waiting.get(chat) ?? []
          waiting.set(chat, q)
          q.push(item)
        } else post(chat, item, next(chat))
        i++
      }
      if (i < total) setTimeout(pump, 1)
    }
    const check = setInterval(() => {
      if (done >= total) {
        clearInterval(check)
        agent.destroy()
        resolve({ offered: total, ok, errors, latencies, sent, generatorLagMs: lag, wallMs: now() - t0 })
      }
    }, 5)
    setTimeout(pump, 20)
  })
}

process.on('message', async (msg: { type: string } & RunRequest) => {
  if (msg.type === 'run') process.send?.({ type: 'result', ...(await run(msg)) })
  else if (msg.type === 'close') process.exit(0)
})
process.send?.({ type: 'ready', pid: process.pid })
