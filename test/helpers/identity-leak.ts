import { expect } from 'vitest'
import type { CallRecord, MessageView, UserView } from './emulator-driver.js'

/** A JSON value mentions the id as a whole number, or the name/username as a substring. */
export function leaks(value: unknown, who: UserView): string | null {
  const json = JSON.stringify(value)
  if (new RegExp(`(?<![0-9])${who.id}(?![0-9])`).test(json)) return `id ${who.id}`
  if (json.includes(who.first_name)) return `first_name ${who.first_name}`
  if (who.username && json.includes(who.username)) return `username ${who.username}`
  return null
}

/**
 * Every outbound call to the partner's chat and every message in the partner's chat is free of the
 * sender's Telegram id, name and username. The one place the sender's chat id legitimately appears is
 * `copyMessage.from_chat_id` — the source Telegram copies from, never shown to the recipient — so it is
 * removed before checking; the delivered message (`result`) is checked whole.
 */
export function expectNoIdentityLeak(
  calls: CallRecord[],
  inbox: MessageView[],
  sender: UserView,
  partnerId: number,
) {
  expect(calls.filter((c) => c.method === 'forwardMessage')).toEqual([])
  const toPartner = calls.filter((c) => Number(c.params.chat_id) === partnerId)
  expect(toPartner.length).toBeGreaterThan(0)
  for (const c of toPartner) {
    const { from_chat_id: _source, ...params } = c.params
    expect(leaks(params, sender), `${c.method} params`).toBeNull()
    expect(leaks(c.result ?? null, sender), `${c.method} result`).toBeNull()
  }
  for (const m of inbox) {
    const { copied_from: _internal, ...view } = m
    expect(leaks(view, sender), `message ${m.message_id}`).toBeNull()
  }
}
