import type { Db } from '../../db/client.js'
import { namedQuery } from '../../db/named-query.js'
import type { ChatSessionRow } from '../../db/schema/index.js'
import type { HandedRow } from './outbox.js'
import type { EndReason, RelayInput } from './service.js'
import { partnerOf } from './sessions.js'

/** How many of the recipient chat's older pending rows the statement lists for the dispatcher at most. */
const OLDER_MAX = 16

/**
 * relayCopy's statement: $1 now, $2 the sender's user id, $3 the copy's payload, $4 the source message id.
 * Hand-written and prepared by name (db/named-query.ts): it runs for every relayed message.
 *
 * For the handover to the dispatcher (HandedRow) it also reports the recipient chat's rows that were
 * pending when the statement began (`older`, at most OLDER_MAX + 1) and whether the session row it
 * locked is the version that statement start saw (`alone`): if another writer changed the session in
 * between (a relay of the same session that held the lock), rows it queued are not in `older`.
 */
const RELAY_COPY = `
with cur as (
  select id, xmin::text as v from chat_sessions
  where status = 'active' and (user_a = $2::int or user_b = $2::int)
  limit 1
), lk as (
  select id, xmin::text as v from chat_sessions where id = (select id from cur) for update
), s as (
  update chat_sessions set last_activity_at = $1::timestamptz, message_count = message_count + 1
  where id = (select id from lk) and status = 'active'
  returning id, user_a, user_b
), p as (
  select u.id, u.telegram_id, u.banned_at from users u, s
  where u.id = case when s.user_a = $2::int then s.user_b else s.user_a end
), me as (
  select exists (select 1 from users where id = $2::int) as ok
), ins as (
  insert into outbox (chat_id, session_id, method, payload, source_message_id)
  select p.telegram_id, s.id, 'copyMessage', $3::jsonb, $4::bigint
  from s, p, me
  where me.ok and p.telegram_id is not null and p.banned_at is null
  on conflict (chat_id, session_id, source_message_id) where method = 'copyMessage' do nothing
  returning id, created_at
)
select s.id as session_id, s.user_a, s.user_b, p.id as partner_id, p.telegram_id as partner_tg,
  p.banned_at is not null as partner_banned, me.ok as me, ins.id as queued_id, ins.created_at,
  (select v from cur) = (select v from lk) as alone,
  array(select o.id from outbox o where o.status = 'pending' and o.chat_id = p.telegram_id
        order by o.id limit ${OLDER_MAX + 1}) as older
from s cross join me left join p on true left join ins on true`

/** What the relay's database step decided (before the Redis and flag follow-ups). */
export type RelayTxResult =
  | {
      ok: true
      sessionId: number
      duplicate?: true
      crisis: boolean
      session: Pick<ChatSessionRow, 'id' | 'userA' | 'userB'>
      /** The queued copy, for the dispatcher (absent on the crisis path). */
      handed?: HandedRow
    }
  | { ok: false; reason: 'no-session' }
  | { ok: false; reason: 'partner-gone'; sessionId: number; partnerId: number; why: EndReason }

/** The fast relay step of the chat service (service.ts `relay`), for messages without crisis notices. */
export function createRelayCopy(db: Db) {
  /**
   * The relay of a message without crisis notices as ONE statement (its own transaction): touches and locks
   * the sender's active session (relays of one session serialise, so outbox ids follow acceptance order),
   * checks both parties and queues the copy. A redelivered message is a conflict on `outbox_copy_idx` (one
   * copy per source message and recipient), so nothing is queued twice even when two attempts race.
   */
  return async function relayCopy(input: RelayInput, at: Date): Promise<RelayTxResult> {
    const payload = {
      from_chat_id: input.chatId,
      message_id: input.messageId,
      protect_content: true,
      ...(input.replyToMessageId ? { _replyTo: input.replyToMessageId } : {}),
    }
    const [row] = await namedQuery<{
      session_id: number
      user_a: number
      user_b: number
      partner_id: number | null
      partner_tg: string | number | null
      partner_banned: boolean | null
      me: boolean
      queued_id: string | number | null
      created_at: Date | string | null
      alone: boolean | null
      older: (string | number)[] | null
    }>(db, 'relay_copy', RELAY_COPY, [
      at.toISOString(),
      input.userId,
      JSON.stringify(payload),
      input.messageId,
    ])
    if (!row) return { ok: false, reason: 'no-session' }
    const session = { id: row.session_id, userA: row.user_a, userB: row.user_b }
    const partnerId = partnerOf(session, input.userId)
    if (!row.me || row.partner_id === null || row.partner_tg === null || row.partner_banned) {
      const why: EndReason = row.partner_banned ? 'banned' : 'deleted'
      return { ok: false, reason: 'partner-gone', sessionId: session.id, partnerId, why }
    }
    if (row.queued_id === null || row.created_at === null)
      return { ok: true, sessionId: session.id, duplicate: true, crisis: false, session }
    const createdAt = new Date(row.created_at)
    const older = row.alone && row.older && row.older.length <= OLDER_MAX ? row.older.map(Number) : null
    const handed: HandedRow = {
      id: Number(row.queued_id),
      chatId: Number(row.partner_tg),
      sessionId: session.id,
      method: 'copyMessage',
      payload,
      status: 'pending',
      attempts: 0,
      notBefore: createdAt,
      lastError: null,
      sourceMessageId: input.messageId,
      sentMessageId: null,
      createdAt,
      sentAt: null,
      olderPending: older,
    }
    return { ok: true, sessionId: session.id, crisis: false, session, handed }
  }
}
