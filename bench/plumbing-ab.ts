/**
 * The per-message plumbing of two trees timed in one process: `npx tsx bench/plumbing-ab.ts <other-tree>`
 * (a `git worktree` of the tree before). Alternating blocks (which tree goes first alternates too), so both
 * see the same load; separate runs on the shared machine differ by more than these changes. Prints CPU µs per
 * call (process.cpuUsage: the whole process, so the in-process peer's work is included, the same for both
 * sides), median and range of R blocks:
 * - the outbox's Bot API transport (`createChatTransport`): copyMessage calls against an instant local server;
 * - the HTTP server (`createServer`): webhook requests through `app.inject` to a callback that answers at once,
 *   with a logger at `info` (as production) that the requests never use;
 * - `detectToxicity` on bench:webhook's neutral lines (also checks both trees give the same results).
 */
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { cpuMicros as cpu, importOtherTree } from './ab-tree.js'
import { NEUTRAL_TEXTS } from './webhook/texts.js'

type Tree = {
  transport: typeof import('../src/bot/features/chat-transport.js')
  http: typeof import('../src/http/index.js')
  logger: typeof import('../src/logger.js')
  lexicon: typeof import('../src/modules/safety/lexicon.js')
}
const { other } = await importOtherTree<unknown>('plumbing-ab.ts', 'src/logger.ts')
const load = async (root: string): Promise<Tree> => ({
  transport: await import(`${root}/src/bot/features/chat-transport.ts`),
  http: await import(`${root}/src/http/index.ts`),
  logger: await import(`${root}/src/logger.ts`),
  lexicon: await import(`${root}/src/modules/safety/lexicon.ts`),
})
const base = await load(other)
const here = await load(new URL('..', import.meta.url).pathname.replace(/\/$/, ''))
const R = Number(process.env.R ?? 10)
const N = Number(process.env.N ?? 2000)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const f = (xs: number[]) =>
  `${median(xs).toFixed(1)} µs (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`
async function ab(name: string, b: () => Promise<number>, h: () => Promise<number>) {
  await b()
  await h()
  const bs: number[] = []
  const hs: number[] = []
  for (let r = 0; r < R; r++)
    if (r % 2) {
      hs.push(await h())
      bs.push(await b())
    } else {
      bs.push(await b())
      hs.push(await h())
    }
  console.log(`  ${name.padEnd(34)} before ${f(bs)} → after ${f(hs)}`)
}

console.log(
  `plumbing, ${other} (before) vs this tree (after), ${R} alternating blocks of ${N}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
)

// the Bot API transport
const api = createHttpServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true,"result":{"message_id":1}}')
  })
})
await new Promise<void>((r) => api.listen(0, '127.0.0.1', r))
const apiRoot = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
const metrics = { telegram429: { inc() {} } } as never
const transports = (t: Tree) => t.transport.createChatTransport({ token: '1:bench', apiRoot, metrics })
const tb = transports(base)
const th = transports(here)
const params = { chat_id: 5, from_chat_id: 6, message_id: 9, protect_content: true }
const sendBlock = (t: ReturnType<typeof transports>) => async () => {
  const t0 = cpu()
  for (let i = 0; i < N; i++) await t.call('copyMessage', params)
  return (cpu() - t0) / N
}
await ab('transport copyMessage', sendBlock(tb), sendBlock(th))
api.close()

// the HTTP server's webhook route
const quiet = new Writable({ write: (_c, _e, cb) => cb() })
const server = async (t: Tree): Promise<FastifyInstance> => {
  const app = await t.http.createServer({
    logger: t.logger.createLogger({ level: 'info' }, quiet),
    checks: { db: async () => {}, redis: async () => {} },
    webhook: { callback: async (_req, reply) => reply.send({ ok: true }), secretToken: 'bench-secret' },
  })
  await app.ready()
  return app
}
const sb = await server(base)
const sh = await server(here)
const payload = JSON.stringify({
  update_id: 1,
  message: { message_id: 2, date: 0, chat: { id: 3, type: 'private' }, from: { id: 3 }, text: 'hi' },
})
const injectBlock = (app: FastifyInstance) => async () => {
  const t0 = cpu()
  for (let i = 0; i < N; i++)
    await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bench-secret' },
      payload,
    })
  return (cpu() - t0) / N
}
await ab('webhook request (inject)', injectBlock(sb), injectBlock(sh))
await sb.close()
await sh.close()

// the toxicity check
const texts = NEUTRAL_TEXTS.flatMap((t) => Array.from({ length: 50 }, () => t))
let diff = 0
for (const t of texts)
  if (JSON.stringify(base.lexicon.detectToxicity(t)) !== JSON.stringify(here.lexicon.detectToxicity(t)))
    diff++
const toxBlock = (t: Tree) => async () => {
  const t0 = cpu()
  for (let i = 0; i < 10; i++) for (const x of texts) t.lexicon.detectToxicity(x)
  return (cpu() - t0) / (10 * texts.length)
}
await ab(`detectToxicity (different: ${diff})`, toxBlock(base), toxBlock(here))
