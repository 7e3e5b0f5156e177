/** Callback data of the chat's inline buttons (≤ 64 bytes); parsed by bot/features/chat.ts. */
export const chatCallbacks = {
  end: (sessionId: number) => `chat:end:${sessionId}`,
  endCancel: 'chat:end-no',
  block: (sessionId: number) => `chat:block:${sessionId}`,
  blockCancel: 'chat:block-no',
  rate: (sessionId: number, stars: number) => `chat:rate:${sessionId}:${stars}`,
  feedbackSkip: (sessionId: number) => `chat:fb-skip:${sessionId}`,
  report: (sessionId: number, reason: string) => `chat:rep:${sessionId}:${reason}`,
  reportDone: 'chat:rep-done',
  reportCancel: 'chat:rep-no',
  /** Owned by the tips feature: offered after rating. */
  tip: (sessionId: number) => `tip:${sessionId}`,
} as const

export const REPORT_REASONS = ['harassment', 'spam', 'inappropriate', 'danger', 'other'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

export type Button = { text: string; data: string }

/** Bot API `InlineKeyboardMarkup` as plain JSON (outbox payloads are raw Bot API parameters). */
export function inlineKeyboard(rows: Button[][]) {
  return { inline_keyboard: rows.map((r) => r.map((b) => ({ text: b.text, callback_data: b.data }))) }
}
