import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import { type BotApi, DropConnection } from './bot-api.js'
import type { Control } from './control.js'
import { BotApiError, ControlError } from './errors.js'
import { Params, type UploadedFile } from './params.js'

const MAX_BODY = 50 * 1024 * 1024

type Json = Record<string, unknown>
type Route = {
  method: 'GET' | 'POST' | 'DELETE'
  pattern: RegExp
  run: (m: RegExpExecArray, body: Json, query: URLSearchParams) => unknown
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new BotApiError(413, 'Request Entity Too Large'))
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const STRINGS_NOT_UTF8 = 'Bad Request: strings must be encoded in UTF-8'
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes a request body, refusing bytes that are not UTF-8 as Telegram does (never a silent U+FFFD). */
function utf8(body: Buffer): string {
  try {
    return strictUtf8.decode(body)
  } catch {
    throw new BotApiError(400, STRINGS_NOT_UTF8)
  }
}

function send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json') {
  const text = contentType === 'application/json' ? JSON.stringify(body) : String(body)
  res.writeHead(status, {
    'content-type': contentType === 'application/json' ? 'application/json' : contentType,
    'cache-control': 'no-store',
  })
  res.end(text)
}

/** Bot API params from query string plus a JSON, urlencoded or multipart body. */
async function apiParams(req: IncomingMessage, url: URL): Promise<Params> {
  const raw: Record<string, unknown> = Object.fromEntries(url.searchParams)
  const files = new Map<string, UploadedFile>()
  if (req.method !== 'POST') return new Params(raw, files)
  const body = await readBody(req)
  const ct = (req.headers['content-type'] ?? '').toLowerCase()
  if (body.length === 0) return new Params(raw, files)
  if (ct.includes('application/json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(utf8(body))
    } catch (e) {
      if (e instanceof BotApiError) throw e
      throw new BotApiError(400, "Bad Request: can't parse JSON")
    }
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(raw, parsed)
  } else if (ct.includes('multipart/form-data')) {
    const form = await new Request('http://emulator.local/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: new Uint8Array(body),
    }).formData()
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') raw[key] = value
      else files.set(key, { name: value.name, size: value.size, type: value.type })
    }
    for (const key of files.keys()) if (raw[key] === undefined) raw[key] = `attach://${key}`
  } else {
    const form = new URLSearchParams(utf8(body))
    // percent-escapes are decoded leniently by URLSearchParams: re-check them strictly
    for (const pair of utf8(body).split('&')) {
      try {
        decodeURIComponent(pair.replace(/\+/g, ' '))
      } catch {
        throw new BotApiError(400, STRINGS_NOT_UTF8)
      }
    }
    Object.assign(raw, Object.fromEntries(form))
  }
  return new Params(raw, files)
}

function numberParam(q: URLSearchParams, key: string): number | undefined {
  const v = q.get(key)
  return v === null || v === '' ? undefined : Number(v)
}

/** `?visible=1` (or `true`): deleted messages are left out of the view. */
function viewOptions(q: URLSearchParams): { visible?: boolean } {
  const v = q.get('visible')
  return v === '1' || v === 'true' ? { visible: true } : {}
}

/**
 * The emulator's request handler: `/bot<token>/<method>` (Bot API), `/control/*` (simulation + inspection),
 * `/sandbox` (UI).
 */
export function createHttpHandler(deps: {
  token: string
  api: BotApi
  control: Control
  sandboxPage: () => string
  logger?: Logger | undefined
}) {
  const { api, control } = deps
  const uid = (m: RegExpExecArray) => Number(m[1])

  const routes: Route[] = [
    { method: 'GET', pattern: /^\/control\/users$/, run: () => control.listUsers() },
    { method: 'POST', pattern: /^\/control\/users$/, run: (_m, b) => control.createUser(b) },
    { method: 'GET', pattern: /^\/control\/users\/(\d+)$/, run: (m) => control.getUser(uid(m)) },
    { method: 'POST', pattern: /^\/control\/users\/(\d+)\/send$/, run: (m, b) => control.send(uid(m), b) },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/edit$/,
      run: (m, b) => control.edit(uid(m), b as { message_id: number; text: string }),
    },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/delete$/,
      run: (m, b) => control.deleteMessage(uid(m), Number(b.message_id)),
    },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/press$/,
      run: (m, b) => control.press(uid(m), b as { message_id: number; data?: string; text?: string }),
    },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/pay$/,
      run: (m, b) =>
        control.pay(uid(m), b as { message_id: number; duplicate?: boolean; timeout_ms?: number }),
    },
    { method: 'POST', pattern: /^\/control\/users\/(\d+)\/block$/, run: (m) => control.block(uid(m)) },
    { method: 'POST', pattern: /^\/control\/users\/(\d+)\/unblock$/, run: (m) => control.unblock(uid(m)) },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/deactivate$/,
      run: (m) => control.deactivate(uid(m)),
    },
    {
      method: 'GET',
      pattern: /^\/control\/users\/(\d+)\/inbox$/,
      run: (m, _b, q) => control.inbox(uid(m), viewOptions(q)),
    },
    {
      method: 'GET',
      pattern: /^\/control\/users\/(\d+)\/chat$/,
      run: (m, _b, q) => control.chat(uid(m), viewOptions(q)),
    },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/backdate$/,
      run: (m, b) => control.backdate(uid(m), b as { message_id: number; seconds: number }),
    },
    {
      method: 'GET',
      pattern: /^\/control\/calls$/,
      run: (_m, _b, q) => {
        const method = q.get('method') ?? undefined
        const chatId = numberParam(q, 'chat_id')
        const since = numberParam(q, 'since')
        return control.calls({
          ...(method ? { method } : {}),
          ...(chatId !== undefined ? { chat_id: chatId } : {}),
          ...(since !== undefined ? { since } : {}),
        })
      },
    },
    {
      method: 'GET',
      pattern: /^\/control\/updates$/,
      run: (_m, _b, q) => {
        const userId = numberParam(q, 'user_id')
        const status = q.get('status') ?? undefined
        return control.updates({
          ...(userId !== undefined ? { user_id: userId } : {}),
          ...(status ? { status } : {}),
        })
      },
    },
    {
      method: 'POST',
      pattern: /^\/control\/updates\/(\d+)\/redeliver$/,
      run: (m) => control.redeliver(uid(m)),
    },
    { method: 'GET', pattern: /^\/control\/faults$/, run: () => control.listFaults() },
    { method: 'POST', pattern: /^\/control\/faults$/, run: (_m, b) => control.addFault(b) },
    { method: 'DELETE', pattern: /^\/control\/faults$/, run: () => control.clearFaults() },
    { method: 'GET', pattern: /^\/control\/limits$/, run: () => control.getLimits() },
    { method: 'POST', pattern: /^\/control\/limits$/, run: (_m, b) => control.setLimits(b) },
    {
      method: 'GET',
      pattern: /^\/control\/idle$/,
      run: (_m, _b, q) => control.idle(numberParam(q, 'timeout_ms') ?? 10_000),
    },
    { method: 'GET', pattern: /^\/control\/stats$/, run: () => control.stats() },
    { method: 'GET', pattern: /^\/control\/payments$/, run: () => control.payments() },
    {
      method: 'POST',
      pattern: /^\/control\/users\/(\d+)\/gifts$/,
      run: (m, b) => control.giftSettings(uid(m), b as { gifts?: boolean; premium?: boolean }),
    },
    {
      method: 'GET',
      pattern: /^\/control\/gifts$/,
      run: (_m, _b, q) => {
        const userId = numberParam(q, 'user_id')
        return control.gifts(userId !== undefined ? { user_id: userId } : {})
      },
    },
    { method: 'GET', pattern: /^\/control\/bot\/balance$/, run: () => control.botBalance() },
    { method: 'POST', pattern: /^\/control\/bot\/balance$/, run: (_m, b) => control.setBotBalance(b) },
    {
      method: 'POST',
      pattern: /^\/control\/reset$/,
      run: (_m, b) => control.reset({ keep_webhook: b.keep_webhook === true }),
    },
  ]

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    token: string,
    method: string,
  ) {
    if (token !== deps.token) {
      send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' })
      return
    }
    let params: Params
    try {
      params = await apiParams(req, url)
    } catch (e) {
      const err = e instanceof BotApiError ? e : new BotApiError(400, 'Bad Request: invalid request body')
      send(res, err.code, { ok: false, error_code: err.code, description: err.description })
      return
    }
    try {
      const out = await api.call(method, params)
      send(res, out.ok ? 200 : out.error_code, out)
    } catch (e) {
      if (e instanceof DropConnection) {
        req.socket.destroy()
        return
      }
      throw e
    }
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.replace(/\/+$/, '')
    let matchedPath = false
    for (const r of routes) {
      const m = r.pattern.exec(path)
      if (!m) continue
      matchedPath = true
      if (r.method !== req.method) continue
      let body: Json = {}
      if (req.method === 'POST') {
        const buf = await readBody(req)
        if (buf.length > 0) {
          try {
            const parsed: unknown = JSON.parse(buf.toString('utf8'))
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Json
          } catch {
            send(res, 400, { error: 'body must be JSON' })
            return
          }
        }
      }
      send(res, 200, await r.run(m, body, url.searchParams))
      return
    }
    send(res, matchedPath ? 405 : 404, {
      error: matchedPath ? 'method not allowed' : `no control route ${req.method} ${path}`,
    })
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.local')
    try {
      const api = /^\/bot([^/]+)\/([A-Za-z0-9_]*)\/?$/.exec(url.pathname)
      if (api) {
        if (!api[2]) send(res, 404, { ok: false, error_code: 404, description: 'Not Found' })
        else await handleApi(req, res, url, decodeURIComponent(api[1]!), api[2])
        return
      }
      if (url.pathname.startsWith('/control/')) {
        await handleControl(req, res, url)
        return
      }
      if (url.pathname === '/sandbox' || url.pathname === '/sandbox/') {
        send(res, 200, deps.sandboxPage(), 'text/html; charset=utf-8')
        return
      }
      if (url.pathname === '/favicon.ico') {
        // The sandbox page carries its icon inline; nothing to serve, but no 404 in the console either.
        res.writeHead(204, { 'cache-control': 'max-age=86400' })
        res.end()
        return
      }
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/sandbox' })
        res.end()
        return
      }
      send(res, 404, { ok: false, error_code: 404, description: 'Not Found' })
    } catch (e) {
      if (res.headersSent) return
      if (e instanceof ControlError) send(res, e.status, e.body ?? { error: e.message })
      else if (e instanceof BotApiError)
        send(res, e.code, { ok: false, error_code: e.code, description: e.description })
      else {
        deps.logger?.error({ err: e, path: url.pathname }, 'emulator request failed')
        send(res, 500, { error: (e as Error).message })
      }
    }
  }
}
