import type { Messenger } from '../../modules/messenger.js'
import type { OnRedemptionSettled } from '../../modules/tips/redeem-recovery.js'
import type { Translate } from '../i18n.js'

const FAILURES = new Set([
  'bot-balance-low',
  'recipient-refuses',
  'unknown-item',
  'recipient-gone',
  'telegram-error',
])

/**
 * Tells the helper how a redemption the sweeper finished ended (they had heard "on its way", or nothing if the
 * app died mid-send): sent, or failed with the Stars back. A helper who erased their account is not written to.
 */
export function redeemSettledNotice(deps: {
  messenger: Pick<Messenger, 'sendText'>
  translate: Translate
}): OnRedemptionSettled {
  return async ({ redemption: r, state, recipient }) => {
    if (!recipient) return
    const lang = recipient.language === 'en' ? 'en' : 'ru'
    const balance = String(recipient.starBalance)
    let text: string
    if (state === 'sent')
      text =
        r.kind === 'premium'
          ? deps.translate(lang, 'redeem-sent-premium', { balance, months: String(r.monthCount ?? '') })
          : deps.translate(lang, 'redeem-sent-gift', { balance })
    else {
      const code = (r.failure ?? '').split(':', 1)[0] ?? ''
      const reason = deps.translate(lang, `redeem-failure-${FAILURES.has(code) ? code : 'telegram-error'}`)
      text = deps.translate(lang, 'redeem-failed', { reason, balance })
    }
    await deps.messenger.sendText(recipient.telegramId, text)
  }
}
