/**
 * Which messages an erased conversation takes out of each chat, in `deleteMessages` batches (pure; the erase
 * service feeds it the session's outbox rows). Telegram lets a bot delete any message of a private chat for
 * 48 hours after it was sent, at most 100 ids a call.
 */

/** `deleteMessages` accepts 1–100 ids. */
export const DELETE_BATCH_MAX = 100

/** One relayed message: the outbox row of its copy (into `chatId`), of the session being erased. */
export type CopyRow = {
  id: number
  chatId: number
  status: string
  /** The original's id in the sender's chat. */
  sourceMessageId: number | null
  /** The copy's id in `chatId`, once delivered. */
  sentMessageId: number | null
  createdAt: Date
}

/**
 * One outbox row's worth of deletions, queued in chat `chatId`'s lane: `ids` known now, or `copyRows` —
 * copies still queued when the erase was asked for, whose ids the dispatcher reads when it gets to this row
 * (it is queued after them in the same lane, so by then they are delivered or given up). `inChat`: the
 * originals of those queued copies, deleted in the sender's chat but from the recipient's lane, after the
 * copies: deleting an original first would make its copy fail ("message to copy not found").
 */
export type DeleteBatch = { chatId: number; ids: number[]; copyRows: number[]; inChat?: number }

export type ErasePlan = {
  batches: DeleteBatch[]
  /** Relayed messages taken out of both chats. */
  erased: number
  /** Relayed messages too old to delete (they stay in both chats). */
  skipped: number
}

export function chunk<T>(items: T[], size = DELETE_BATCH_MAX): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * `chats`: the two participants' chat ids (null: erased their data; nothing is deleted there).
 * `messageCount`: the session's relayed-message counter, so that messages whose outbox rows were already
 * purged (delivered more than 48 h ago) are counted as skipped too. `cutoff`: messages sent at or before it
 * can no longer be deleted (48 h ago, less a margin for the time the deletion waits in the queue).
 */
export function planErase(input: {
  rows: CopyRow[]
  chats: [number | null, number | null]
  messageCount: number
  cutoff: Date
  batchSize?: number
}): ErasePlan {
  const [chatA, chatB] = input.chats
  const other = (chatId: number) => (chatId === chatA ? chatB : chatId === chatB ? chatA : null)
  const perChat = new Map<number, { ids: Set<number>; copyRows: number[]; later: number[] }>()
  const of = (chatId: number) => {
    let c = perChat.get(chatId)
    if (!c) {
      c = { ids: new Set(), copyRows: [], later: [] }
      perChat.set(chatId, c)
    }
    return c
  }
  let erased = 0
  let old = 0
  for (const r of input.rows) {
    if (r.createdAt.getTime() <= input.cutoff.getTime()) {
      old++
      continue
    }
    erased++
    const senderChat = other(r.chatId)
    const inLane = r.chatId === chatA || r.chatId === chatB
    if (r.status === 'pending' && inLane) {
      // recipient's lane: the copy is made first, then it and its original go
      of(r.chatId).copyRows.push(r.id)
      if (senderChat !== null && r.sourceMessageId !== null) of(r.chatId).later.push(r.sourceMessageId)
      continue
    }
    if (senderChat !== null && r.sourceMessageId !== null) of(senderChat).ids.add(r.sourceMessageId)
    if (inLane && r.status === 'sent' && r.sentMessageId !== null) of(r.chatId).ids.add(r.sentMessageId)
  }
  const batches: DeleteBatch[] = []
  for (const [chatId, c] of perChat) {
    const ids = [...c.ids].sort((a, b) => a - b)
    for (const part of chunk(ids, input.batchSize)) batches.push({ chatId, ids: part, copyRows: [] })
    for (const part of chunk(c.copyRows, input.batchSize)) batches.push({ chatId, ids: [], copyRows: part })
    const inChat = other(chatId)
    if (inChat !== null)
      for (const part of chunk(c.later, input.batchSize))
        batches.push({ chatId, ids: part, copyRows: [], inChat })
  }
  const purged = Math.max(0, input.messageCount - input.rows.length)
  return { batches, erased, skipped: purged + old }
}
