import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { eq, inArray } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import type { Db } from '../../db/client.js'
import { chatSessions, matches, topics } from '../../db/schema/index.js'
import { seedUserRow } from '../chat/test-fixtures.js'

/** A request the fake LLM received. */
export type FakeLlmRequest = { path: string; headers: IncomingMessage['headers']; body: unknown }

/** What the fake answers: a model text (wrapped in the API's envelope), an HTTP error, or no answer. */
export type FakeLlmBehaviour = { text: string } | { status: number; error?: string } | { hang: true }

/**
 * A local stand-in for the OpenAI and Anthropic HTTP APIs on 127.0.0.1 (`/v1/chat/completions`,
 * `/v1/messages`), so tests run the real SDKs end to end and can inspect exactly what left the process.
 */
export async function startFakeLlm(initial: FakeLlmBehaviour = { text: '{"suggestions":[]}' }) {
  let behaviour = initial
  const requests: FakeLlmRequest[] = []
  const hanging = new Set<ServerResponse>()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown = raw
      try {
        body = JSON.parse(raw)
      } catch {
        // keep raw text
      }
      const path = (req.url ?? '').split('?')[0] ?? ''
      requests.push({ path, headers: req.headers, body })
      const b = behaviour
      if ('hang' in b) {
        hanging.add(res)
        return
      }
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(payload))
      }
      if ('status' in b) {
        const message = b.error ?? 'fake failure'
        if (path.endsWith('/messages'))
          return send(b.status, { type: 'error', error: { type: 'api_error', message } })
        return send(b.status, { error: { message, type: 'server_error', code: null } })
      }
      const model = (body as { model?: string } | null)?.model ?? 'fake'
      if (path === '/v1/chat/completions')
        return send(200, {
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: b.text },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        })
      if (path === '/v1/messages')
        return send(200, {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          model,
          content: [{ type: 'text', text: b.text }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 10 },
        })
      send(404, { error: { message: `no route ${path}` } })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    /** Host root (Anthropic baseURL). */
    url,
    /** OpenAI-compatible baseURL. */
    openaiBaseUrl: `${url}/v1`,
    requests,
    set(next: FakeLlmBehaviour) {
      behaviour = next
    },
    /** Everything the model was sent in one request, as one string (system + messages). */
    promptText(req: FakeLlmRequest): string {
      const body = req.body as { system?: unknown; messages?: { content?: unknown }[] }
      const parts: string[] = []
      if (typeof body.system === 'string') parts.push(body.system)
      for (const m of body.messages ?? [])
        parts.push(typeof m.content === 'string' ? m.content : JSON.stringify(m.content))
      return parts.join('\n')
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type FakeLlm = Awaited<ReturnType<typeof startFakeLlm>>

/** A JSON answer the way the prompt asks for it. */
export function suggestionsJson(empathy: string, question: string, boundary: string): string {
  return JSON.stringify({
    suggestions: [
      { kind: 'empathy', text: empathy },
      { kind: 'question', text: question },
      { kind: 'boundary', text: boundary },
    ],
  })
}

type Person = { telegramId: number; nickname: string; language?: 'ru' | 'en' }

/**
 * Two onboarded users with an active chat session on the given topics (inserted directly, as matching
 * would), and a helper to fill the relay's recent-messages list.
 */
export async function seedActiveSession(
  db: Db,
  redis: Redis,
  opts: { a: Person; b: Person; topicSlugs?: string[] },
) {
  const a = await seedUserRow(db, opts.a)
  const b = await seedUserRow(db, opts.b)
  const topicRows = opts.topicSlugs?.length
    ? await db
        .select({ id: topics.id, slug: topics.slug })
        .from(topics)
        .where(inArray(topics.slug, opts.topicSlugs))
    : []
  const sharedTopicIds = (opts.topicSlugs ?? []).flatMap((slug) =>
    topicRows.filter((t) => t.slug === slug).map((t) => t.id),
  )
  const [lo, hi] = a.id < b.id ? [a, b] : [b, a]
  const [match] = await db
    .insert(matches)
    .values({
      userA: lo.id,
      userB: hi.id,
      status: 'active',
      sharedTopicIds,
      expiresAt: new Date(Date.now() + 600_000),
      aAcceptedAt: new Date(),
      bAcceptedAt: new Date(),
    })
    .returning()
  if (!match) throw new Error('seed match failed')
  const [session] = await db
    .insert(chatSessions)
    .values({ matchId: match.id, userA: lo.id, userB: hi.id, status: 'active' })
    .returning()
  if (!session) throw new Error('seed session failed')
  return {
    a,
    b,
    session,
    /** Appends lines to `chat:recent:<sessionId>` exactly as the relay does (JSON, newest last). */
    async say(from: { id: number }, ...texts: string[]) {
      for (const text of texts)
        await redis.rpush(
          `chat:recent:${session.id}`,
          JSON.stringify({ fromUserId: from.id, text, at: Date.now() }),
        )
    },
    async end() {
      await db
        .update(chatSessions)
        .set({ status: 'ended', endedAt: new Date() })
        .where(eq(chatSessions.id, session.id))
    },
  }
}
