import type { Messenger } from '../../modules/messenger.js'
import type { OnRefunded } from '../../modules/tips/refunds.js'
import type { Translate } from '../i18n.js'

/**
 * Tells the helper that a refund took Stars off their balance (tips' `onRefunded`): which tip, how much
 * and the balance now. Never the payer's identity; a helper who erased their account is not written to.
 */
export function tipRefundNotice(deps: {
  messenger: Pick<Messenger, 'sendText'>
  translate: Translate
}): OnRefunded {
  return async ({ tip, recipient }) => {
    if (!recipient) return
    const lang = recipient.language === 'en' ? 'en' : 'ru'
    await deps.messenger.sendText(
      recipient.telegramId,
      deps.translate(lang, 'tips-refund-debited', {
        tipId: String(tip.id),
        amount: String(tip.amount),
        net: String(tip.netMinor),
        balance: String(recipient.starBalance),
      }),
    )
  }
}
