import type { Db } from '../../db/client.js'
import { idsToDelete } from './erase.js'
import type { OutboxRepo, OutboxRow } from './outbox.js'

/**
 * What to do with an outbox row: call Telegram with `params`; or nothing, because the message to edit has
 * no copy (never delivered or already purged) or an erase row (`deleteMessages`) has nothing left to delete.
 */
export type PreparedRow =
  | { kind: 'send'; params: Record<string, unknown> }
  | { kind: 'no-copy-to-edit' }
  | { kind: 'nothing-to-delete' }

/**
 * Does preparing this row look delivered copies up (by their "sent" mark)? A reply (`_replyTo`), an edit, an
 * erase row.
 */
export const readsMarks = (row: OutboxRow): boolean =>
  (row.method === 'copyMessage' && typeof row.payload._replyTo === 'number') ||
  row.method === 'editMessageText' ||
  row.method === 'editMessageCaption' ||
  row.method === 'deleteMessages'

/**
 * Bot API parameters for a row, resolving copies (edits, replies) through the outbox itself, and the
 * message ids of an erase row (erase.ts): copies queued before it in the lane have their ids by now.
 */
export async function prepareRow(
  db: Db,
  repo: Pick<OutboxRepo, 'findSourceOfCopy' | 'findCopyId'>,
  row: OutboxRow,
): Promise<PreparedRow> {
  const params: Record<string, unknown> = { chat_id: row.chatId }
  for (const [k, v] of Object.entries(row.payload)) if (!k.startsWith('_')) params[k] = v
  const sessionId = row.sessionId
  if (row.method === 'copyMessage' && sessionId !== null && typeof row.payload._replyTo === 'number') {
    const replied = row.payload._replyTo
    const fromChat = Number(row.payload.from_chat_id)
    // the sender replied either to a copy of the partner's message or to one of their own
    const target =
      (await repo.findSourceOfCopy({ chatId: fromChat, sessionId, copyId: replied })) ??
      (await repo.findCopyId({ chatId: row.chatId, sessionId, sourceMessageId: replied }))
    if (target) params.reply_parameters = { message_id: target, allow_sending_without_reply: true }
  }
  if (row.method === 'editMessageText' || row.method === 'editMessageCaption') {
    if (sessionId === null || row.sourceMessageId === null) return { kind: 'no-copy-to-edit' }
    const copyId = await repo.findCopyId({
      chatId: row.chatId,
      sessionId,
      sourceMessageId: row.sourceMessageId,
    })
    if (!copyId) return { kind: 'no-copy-to-edit' }
    params.message_id = copyId
  }
  if (row.method === 'deleteMessages') {
    const ids = await idsToDelete(db, row)
    if (ids.length === 0) return { kind: 'nothing-to-delete' }
    params.message_ids = ids
  }
  return { kind: 'send', params }
}

/**
 * An erase row sent to the other chat than its lane's (erase.ts deletes from both chats) found that chat's
 * user gone: only this row fails, the lane's own chat is fine.
 */
export const goneElsewhere = (params: Record<string, unknown>, row: OutboxRow) =>
  params.chat_id !== row.chatId
