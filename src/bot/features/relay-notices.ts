import type { DeliveryNotice, RenderDeliveryNotice } from '../../modules/chat/delivery-notices.js'
import type { Translate } from '../i18n.js'

const UNDELIVERED = {
  rejected: 'relay-undelivered-rejected',
  'recipient-gone': 'relay-undelivered-gone',
  expired: 'relay-undelivered-expired',
} as const

/** Message key of a delivery notice (the relay outbox tells senders about delays and losses). */
export function relayNoticeKey(n: DeliveryNotice): string {
  switch (n.kind) {
    case 'delayed':
      return 'relay-delayed'
    case 'delivered-late':
      return 'relay-delivered-late'
    case 'undeliverable':
      return UNDELIVERED[n.reason]
  }
}

/** The words of the relay's delivery notices, for the outbox dispatcher (which only knows what happened). */
export function relayNoticeText(translate: Translate): RenderDeliveryNotice {
  return (n, lang) =>
    translate(lang, relayNoticeKey(n), n.kind === 'undeliverable' ? { count: n.count } : undefined)
}
