import { Writable } from 'node:stream'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestRedis } from '../../../test/helpers/redis.js'
import { outbox } from '../../db/schema/index.js'
import { createLogger } from '../../logger.js'
import { RecipientGoneError } from '../messenger.js'
import { dispatcherTestkit, gatedTransport, recordingTransport, textItem } from './dispatcher.testkit.js'
import { enqueue, type OutboxItem } from './outbox.js'
import { type OutboxTransport, PermanentSendError, RateLimitedError } from './transport.js'

const text = textItem

describe('outbox dispatcher', () => {
  const kit = dispatcherTestkit()
  const { start } = kit

  it('when many chats have queued messages, then each chat receives its own in order', async () => {
    const items: OutboxItem[] = []
    for (let i = 0; i < 20; i++) for (const chat of [1, 2, 3, 4]) items.push(text(chat, `${chat}:${i}`))
    await enqueue(kit.db.db, items)
    const t = recordingTransport()
    const d = start(t.transport)
    await d.idle()
    for (const chat of [1, 2, 3, 4])
      expect(t.texts(chat)).toEqual(Array.from({ length: 20 }, (_, i) => `${chat}:${i}`))
    const rows = await kit.db.db.select().from(outbox)
    expect(rows.every((r) => r.status === 'sent' && r.sentMessageId !== null)).toBe(true)
  })

  it('when a send is rate limited beyond auto-retry, then that chat waits retry_after while others go on', async () => {
    await enqueue(kit.db.db, [text(10, 'a1'), text(10, 'a2'), text(20, 'b1'), text(20, 'b2')])
    let limited = false
    const t = recordingTransport((_m, p) => {
      if (p.chat_id === 10 && !limited) {
        limited = true
        return new RateLimitedError(2)
      }
      return null
    })
    const d = start(t.transport)
    await d.idle()
    expect(t.texts(10)).toEqual(['a1', 'a2'])
    expect(t.texts(20)).toEqual(['b1', 'b2'])
    // chat 20 did not wait for chat 10's back-off
    const lastB = t.sent.filter((s) => s.params.chat_id === 20).at(-1)!.at
    const firstA = t.sent.find((s) => s.params.chat_id === 10)!.at
    expect(lastB).toBeLessThan(firstA)
    const [row] = await kit.db.db
      .select()
      .from(outbox)
      .where(eq(outbox.chatId, 10))
      .orderBy(outbox.id)
      .limit(1)
    expect(row!.attempts).toBe(2)
  })

  it('when a recipient blocked the bot, then their queue is dropped and the hook runs once, other chats unaffected', async () => {
    await enqueue(kit.db.db, [text(30, 'x1'), text(30, 'x2'), text(30, 'x3'), text(40, 'y1')])
    const gone: number[] = []
    const t = recordingTransport((_m, p) => (p.chat_id === 30 ? new RecipientGoneError('blocked') : null))
    const d = start(t.transport, { onRecipientGone: async (chatId) => void gone.push(chatId) })
    await d.idle()
    expect(gone).toEqual([30])
    expect(t.texts(40)).toEqual(['y1'])
    const rows = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 30))
    expect(rows.map((r) => [r.status, r.lastError])).toEqual([
      ['failed', 'recipient-gone'],
      ['failed', 'recipient-gone'],
      ['failed', 'recipient-gone'],
    ])
  })

  it('when a send fails transiently, then it is retried in place; a permanent refusal is skipped', async () => {
    await enqueue(kit.db.db, [text(50, 'first'), text(50, 'bad'), text(50, 'last')])
    let failures = 0
    const t = recordingTransport((_m, p) => {
      if (p.text === 'first' && failures < 2) {
        failures++
        return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      }
      if (p.text === 'bad') return new PermanentSendError('Bad Request: message to copy not found')
      return null
    })
    const d = start(t.transport)
    await d.idle()
    expect(t.texts(50)).toEqual(['first', 'last'])
    const rows = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 50)).orderBy(outbox.id)
    expect(rows.map((r) => r.status)).toEqual(['sent', 'failed', 'sent'])
    expect(rows[0]!.attempts).toBe(3)
    expect(rows[1]!.lastError).toContain('message to copy not found')
  })

  it('when stopped with rows pending, then a new dispatcher delivers them in order', async () => {
    await enqueue(
      kit.db.db,
      Array.from({ length: 10 }, (_, i) => text(60, `r${i}`)),
    )
    const first = recordingTransport()
    const d1 = kit.create(first.transport, {
      // 4 per second into this chat: stop comes long before the end
      limits: { enabled: true, globalPerSec: 30, globalBurst: 30, chatPerSec: 4, chatBurst: 1 },
    })
    d1.start()
    while (first.sent.length < 2) await new Promise((r) => setTimeout(r, 20))
    await d1.stop()
    const pending = (await kit.db.db.select().from(outbox)).filter((r) => r.status === 'pending').length
    expect(pending).toBeGreaterThan(0)
    const second = recordingTransport()
    await start(second.transport).idle()
    expect([...first.texts(60), ...second.texts(60)]).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`))
  })

  it('when two dispatchers run, then only the lease holder sends and nothing goes out twice', async () => {
    await enqueue(
      kit.db.db,
      Array.from({ length: 30 }, (_, i) => text(70 + (i % 3), `${i}`)),
    )
    const t1 = recordingTransport()
    const t2 = recordingTransport()
    const d1 = start(t1.transport)
    const d2 = start(t2.transport)
    await d1.idle()
    await d2.idle()
    expect(t1.sent.length + t2.sent.length).toBe(30)
    expect(Math.min(t1.sent.length, t2.sent.length)).toBe(0)
  })

  it('when the database is down for a while right after Telegram accepted a message, then it is not sent again', async () => {
    // a real Postgres failure on the bookkeeping write: the first 30 "mark sent" updates are refused
    await kit.db.db.execute(
      sql.raw(`create sequence outbox_outage;
        create function outbox_outage() returns trigger language plpgsql as $$
        begin
          if new.status = 'sent' and nextval('outbox_outage') <= 30 then
            raise exception 'simulated outage' using errcode = '08006';
          end if;
          return new;
        end $$;
        create trigger outbox_outage before update on outbox for each row execute function outbox_outage();`),
    )
    try {
      await enqueue(kit.db.db, [text(90, 'once')])
      const t = recordingTransport()
      await start(t.transport, { bookkeepingBackoffMs: 5 }).idle()
      expect(t.texts(90)).toEqual(['once'])
      const [row] = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 90))
      expect(row!.status).toBe('sent')
    } finally {
      await kit.db.db.execute(
        sql.raw(
          `drop trigger outbox_outage on outbox; drop function outbox_outage(); drop sequence outbox_outage;`,
        ),
      )
    }
  })

  it('when the lease moves to another dispatcher and back, then rows the first one had queued are not sent twice', async () => {
    await enqueue(kit.db.db, [text(101, 'a'), text(102, 'b')])
    // d1 serves one chat at a time: chat 101's send hangs, chat 102 waits for a free lane
    const t1 = recordingTransport()
    const { transport: hanging, release } = gatedTransport(t1.transport, (params) => params.chat_id === 101)
    const d1 = start(hanging, { maxLanes: 1, leaseMs: 300 })
    await expect.poll(() => t1.sent.length === 0 && kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    // another process takes the outbox over (d1's lease is gone) and delivers both rows
    await kit.redis.redis.set('chat:outbox:leader', 'someone-else', 'PX', 60_000)
    await new Promise((r) => setTimeout(r, 300))
    await kit.redis.redis.del('chat:outbox:leader')
    const t2 = recordingTransport()
    const d2 = start(t2.transport, { leaseMs: 300 })
    await expect.poll(() => t2.texts(102)).toEqual(['b'])
    await d2.stop()
    // d1 gets the lease back, then its hanging send returns and frees the lane for its stale queue
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    release()
    await d1.idle()
    expect([...t1.texts(102), ...t2.texts(102)]).toEqual(['b'])
  })

  it('when the lease holder dies without releasing it, then another dispatcher takes the outbox over once the 5 s lease lapses', async () => {
    // the holder's own connection: cutting it is a crash as far as the lease is concerned (no renewal, no release)
    const own = await createTestRedis(kit.redis.prefix)
    // …and its sends never return (a frozen process), until the test ends and aborts them
    const frozen: OutboxTransport = {
      call: (_method, _params, signal) =>
        new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    }
    start(frozen, { redis: own.redis, stopGraceMs: 10 })
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    // what a dead holder leaves behind lapses within the default lease
    const ttl = await kit.redis.redis.pttl('chat:outbox:leader')
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(5000)
    own.redis.disconnect()
    await enqueue(kit.db.db, [text(120, 'after the crash')])
    const t2 = recordingTransport()
    start(t2.transport)
    await expect.poll(() => t2.texts(120), { timeout: 10_000, interval: 100 }).toEqual(['after the crash'])
  })

  it('when renewing the lease hits a Redis error, then the dispatcher takes its own lease back at once, not after it expires', async () => {
    // a Redis client whose next `eval` (the renewal) fails as on a dropped connection
    let failNextEval = false
    let evalFailures = 0
    const flaky = new Proxy(kit.redis.redis, {
      get(target, prop) {
        if (prop === 'eval' && failNextEval) {
          return async () => {
            failNextEval = false
            evalFailures++
            throw new Error('Connection is closed.')
          }
        }
        const v = Reflect.get(target, prop, target)
        return typeof v === 'function' ? v.bind(target) : v
      },
    })
    const t = recordingTransport()
    // renewal after 2 s; the key would expire 6 s after the last successful renewal
    const d = start(t.transport, { redis: flaky, leaseMs: 6000 })
    await expect.poll(() => kit.redis.redis.get('chat:outbox:leader')).toBeTruthy()
    failNextEval = true
    await expect.poll(() => evalFailures, { timeout: 5000 }).toBe(1)
    await enqueue(kit.db.db, [text(110, 'soon')])
    d.notify()
    // well before the key would have expired (≥ 4 s from the failure)
    await expect.poll(() => t.texts(110), { timeout: 2500 }).toEqual(['soon'])
  })

  it('when tens of thousands of rows wait behind a Telegram outage, then reading goes on and other chats still get theirs', async () => {
    // more pending rows than Postgres accepts bind parameters in one statement (65535)
    await kit.db.db.execute(
      sql.raw(`insert into outbox (chat_id, method, payload)
        select 200 + (g % 7), 'sendMessage', jsonb_build_object('text', g::text) from generate_series(1, 70000) g`),
    )
    await enqueue(kit.db.db, [text(300, 'through')])
    const t = recordingTransport((_m, p) =>
      p.chat_id === 300 ? null : Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    )
    start(t.transport, { batchSize: 5000 })
    await expect.poll(() => t.texts(300), { timeout: 20_000 }).toEqual(['through'])
    expect(t.sent).toHaveLength(1)
  })

  it('when more is pending than the dispatcher holds in memory, then every chat still gets each of its rows once and in order', async () => {
    const chats = [121, 122, 123, 124, 125]
    const items: OutboxItem[] = []
    for (let i = 0; i < 30; i++) for (const chat of chats) items.push(text(chat, `${chat}:${i}`))
    await enqueue(kit.db.db, items)
    // one chat is rate limited for a while: its lane stays full while the others go on
    let limited = false
    const t = recordingTransport((_m, p) => {
      if (p.chat_id === 121 && !limited) {
        limited = true
        return new RateLimitedError(1)
      }
      return null
    })
    await start(t.transport, { maxQueued: 8, maxQueuedPerChat: 3, batchSize: 4 }).idle()
    for (const chat of chats)
      expect(t.texts(chat)).toEqual(Array.from({ length: 30 }, (_, i) => `${chat}:${i}`))
    expect(t.sent).toHaveLength(150)
    const rows = await kit.db.db.select().from(outbox)
    expect(rows.every((r) => r.status === 'sent')).toBe(true)
  })

  it("when sends fail or are refused, then the logs name the outbox row and session, never the user's Telegram id", async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk))
        cb()
      },
    })
    const blocked = 777_000_111
    const other = 777_000_222
    await enqueue(kit.db.db, [
      text(blocked, 'to a user who blocked the bot', 42),
      text(other, 'refused', 42),
      text(other, 'flaky', 42),
      text(other, 'dead', 42),
    ])
    await kit.db.db.execute(
      sql`update outbox set created_at = now() - interval '2 hours' where payload->>'text' = 'dead'`,
    )
    let flaky = 0
    const t = recordingTransport((_m, p) => {
      if (p.chat_id === blocked) return new RecipientGoneError('Forbidden: bot was blocked by the user')
      if (p.text === 'refused') return new PermanentSendError('Bad Request: message to copy not found')
      if (p.text === 'flaky' && flaky++ === 0)
        return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      if (p.text === 'dead') return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      return null
    })
    await start(t.transport, {
      logger: createLogger({ level: 'debug' }, sink),
      // session 42 is not active and "dead" is older than the retry window: given up at its first failure
      endedSessionRetryMs: 3_600_000,
      retry: { baseMs: 5, maxMs: 20 },
      onRecipientGone: async () => {},
    }).idle()
    expect(t.texts(other)).toEqual(['flaky'])
    const log = lines.join('')
    for (const msg of [
      'recipient blocked the bot',
      'outbox row rejected by Telegram',
      'outbox send failed, will retry',
      'outbox row given up: session over and retry window passed',
    ])
      expect(log).toContain(msg)
    expect(log).toContain('"sessionId":42')
    expect(log).not.toContain(String(blocked))
    expect(log).not.toContain(String(other))
  })

  it('when an edit refers to a copy that was never delivered, then it is dropped, not retried', async () => {
    await enqueue(kit.db.db, [
      {
        chatId: 80,
        sessionId: null,
        method: 'editMessageText',
        sourceMessageId: 5,
        payload: { text: 'secret words' },
      },
    ])
    const t = recordingTransport()
    await start(t.transport).idle()
    expect(t.sent).toEqual([])
    const [row] = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 80))
    expect(row).toMatchObject({ status: 'failed', lastError: 'no-copy-to-edit' })
    expect(row!.payload).toEqual({})
  })

  it("when a copy is delivered, then its row no longer holds the sender's chat id", async () => {
    await enqueue(kit.db.db, [
      {
        chatId: 81,
        sessionId: 1,
        method: 'copyMessage',
        sourceMessageId: 7,
        payload: { from_chat_id: 555_001, message_id: 7, protect_content: true },
      },
    ])
    const t = recordingTransport()
    await start(t.transport).idle()
    expect(t.sent.map((x) => x.params.from_chat_id)).toEqual([555_001])
    const [row] = await kit.db.db.select().from(outbox).where(eq(outbox.chatId, 81))
    expect(row).toMatchObject({ status: 'sent', sourceMessageId: 7, sentMessageId: expect.any(Number) })
    expect(row!.payload).toEqual({ message_id: 7, protect_content: true })
  })
})
