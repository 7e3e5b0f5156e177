/**
 * A minimal instant Telegram Bot API for bench/webhook.ts, in its own process (spawned with IPC): every method
 * answers at once with a plausible result, no limits, nothing stored but the arrival time of each copyMessage
 * (to measure delivery latency). Chosen over the project's emulator so that the fake API's own work
 * (recording chats, delivering webhooks, flood limits) stays out of the figures.
 *
 * IPC: `{ type: 'drain', token }` → `{ type: 'copies', token, copies: [fromChatId, messageId, arrivedAtMs][] }`
 * (the copies received for that bot since the last drain).
 */
import { createServer } from 'node:http'

type Copy = [number, number, number]
const copies = new Map<string, Copy[]>()
let nextMessageId = 1
const now = () => performance.timeOrigin + performance.now()

function result(method: string, params: Record<string, unknown>, token: string): unknown {
  switch (method) {
    case 'copyMessage': {
      const list = copies.get(token) ?? []
      copies.set(token, list)
      list.push([Number(params.from_chat_id), Number(params.message_id), now()])
      return { message_id: nextMessageId++ }
    }
    case 'sendMessage':
    case 'editMessageText':
      return {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(params.chat_id), type: 'private', first_name: 'U' },
        text: typeof params.text === 'string' ? params.text : '',
      }
    case 'getMe':
      return { id: Number(token.split(':')[0]), is_bot: true, first_name: 'Bench', username: 'bench_bot' }
    case 'getChat':
      return { id: Number(params.chat_id), type: 'private', first_name: 'U' }
    default:
      return true
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? '')
    if (!m) {
      res.writeHead(404).end()
      return
    }
    const body = Buffer.concat(chunks).toString()
    let params: Record<string, unknown> = {}
    if (body && (req.headers['content-type'] ?? '').includes('json')) params = JSON.parse(body)
    const out = JSON.stringify({ ok: true, result: result(m[2] as string, params, m[1] as string) })
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) })
    res.end(out)
  })
})
server.keepAliveTimeout = 60_000

server.listen(0, '127.0.0.1', () => {
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, pid: process.pid })
})

process.on('message', (msg: { type: string; token?: string }) => {
  if (msg.type === 'drain' && msg.token) {
    const list = copies.get(msg.token) ?? []
    copies.set(msg.token, [])
    process.send?.({ type: 'copies', token: msg.token, copies: list })
  } else if (msg.type === 'count' && msg.token) {
    process.send?.({ type: 'count', token: msg.token, count: copies.get(msg.token)?.length ?? 0 })
  } else if (msg.type === 'close') {
    server.close()
    process.exit(0)
  }
})
