import type { ModerationService } from '../../modules/moderation/service.js'
import { type HtmlValue, html } from './html.js'
import { csrfField, layout } from './layout.js'
import { type Page, scroll, who } from './parts.js'

type TipView = NonNullable<Awaited<ReturnType<ModerationService['getTip']>>>

const amount = (t: TipView) => `${t.amount} ${t.currency === 'XTR' ? '⭐' : t.currency}`

/** The tips table: one cell per header, the paid date in "Paid" and the action in its own column. */
export function tipsPage(p: Page & { tips: TipView[]; refundAvailable: boolean }): string {
  const t = p.t
  const head = [
    '#',
    t('admin-tips-from'),
    t('admin-tips-to'),
    t('admin-tips-amount'),
    t('admin-tips-net'),
    t('admin-tips-session'),
    t('admin-col-status'),
    t('admin-tips-paid'),
    t('admin-tips-action'),
  ]
  const action = (tip: TipView): HtmlValue =>
    tip.status !== 'paid'
      ? null
      : p.refundAvailable
        ? html`<a class="button danger" href="/admin/tips/${tip.id}/refund">${t('admin-tips-refund')}</a>`
        : html`<span class="muted">${t('admin-tips-refund-unavailable-short')}</span>`
  return layout(
    { ...p, title: t('admin-nav-tips'), active: 'tips' },
    html`<h1>${t('admin-tips-heading')}</h1>
${p.refundAvailable ? null : html`<p class="muted">${t('admin-tips-refund-unavailable')}</p>`}
<p><a href="/admin/redemptions">${t('admin-redeem-link')}</a></p>
${scroll(html`<table class="tips"><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${p.tips.map(
  (
    tip,
  ) => html`<tr data-tip-id="${tip.id}"><td>${tip.id}</td><td>${who(t, tip.payerId, tip.payerNickname, tip.payerDeletedAt)}</td>
<td>${who(t, tip.recipientId, tip.recipientNickname, tip.recipientDeletedAt)}</td><td class="num">${amount(tip)}</td><td class="num">${tip.netMinor}</td>
<td>${tip.sessionId ?? '—'}</td><td>${t(`admin-tip-status-${tip.status === 'refunded' ? 'refunded' : 'paid'}`)}${tip.refundedAt ? html` <span class="muted">${tip.refundedAt}</span>` : null}</td>
<td>${tip.createdAt}</td><td>${action(tip)}</td></tr>`,
)}</tbody></table>`)}
${p.tips.length ? null : html`<p class="muted">${t('admin-tips-empty')}</p>`}`,
  )
}

/**
 * A refund cannot be undone, so the Refund link leads here first: what is refunded to whom, and a form
 * that posts the confirmation (works without JavaScript). `error` is Telegram's answer to a failed try.
 */
export function refundConfirmPage(p: Page & { tip: TipView; error?: string | null }): string {
  const t = p.t
  const tip = p.tip
  const rows: [string, HtmlValue][] = [
    [t('admin-tips-from'), who(t, tip.payerId, tip.payerNickname, tip.payerDeletedAt)],
    [t('admin-tips-to'), who(t, tip.recipientId, tip.recipientNickname, tip.recipientDeletedAt)],
    [t('admin-tips-amount'), amount(tip)],
    [t('admin-tips-net'), tip.netMinor],
    [t('admin-tips-paid'), tip.createdAt],
  ]
  return layout(
    { ...p, title: t('admin-refund-title', { id: String(tip.id) }), active: 'tips' },
    html`<div class="confirm"><h1>${t('admin-refund-title', { id: String(tip.id) })}</h1>
${p.error ? html`<div class="flash error" role="alert">${t('admin-refund-telegram-error')} <q>${p.error}</q></div>` : null}
<table class="summary"><tbody>${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</tbody></table>
${
  tip.status === 'paid'
    ? html`<p>${t('admin-refund-warning', { amount: amount(tip) })}</p>
<form method="post" action="/admin/tips/${tip.id}/refund" class="row">${csrfField(p.session.csrf)}
  <input type="hidden" name="confirm" value="yes">
  <button class="danger" type="submit">${t('admin-refund-confirm')}</button>
  <a href="/admin/tips">${t('admin-refund-cancel')}</a>
</form>`
    : html`<p>${t('admin-refund-already')}</p><p><a href="/admin/tips">${t('admin-refund-back')}</a></p>`
}</div>`,
  )
}
