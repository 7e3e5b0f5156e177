import type { Redemptions } from '../../modules/tips/redeem.js'
import type { RedemptionReconcileReport } from '../../modules/tips/redeem-recovery.js'
import { html } from './html.js'
import { layout } from './layout.js'
import { badge, type Page, scroll, who } from './parts.js'

export type RedemptionListRow = Awaited<ReturnType<Redemptions['listRecent']>>[number]

const STATE_BADGE: Record<string, string> = { sent: 'ok', pending: 'medium', failed: 'high' }

/**
 * Helpers' redemptions (gift / Premium bought with thank-you Stars): state, kind, Stars, times — and the
 * reconciliation against Telegram's Star transactions and the ledger. `report` is null when Telegram could
 * not be asked (the list still shows).
 */
export function redemptionsPage(
  p: Page & { rows: RedemptionListRow[]; report: RedemptionReconcileReport | null },
): string {
  const t = p.t
  const r = p.report
  const head = [
    '#',
    t('admin-redeem-helper'),
    t('admin-redeem-kind'),
    t('admin-redeem-stars'),
    t('admin-col-status'),
    t('admin-redeem-attempts'),
    t('admin-redeem-created'),
    t('admin-redeem-settled'),
  ]
  const item = (row: RedemptionListRow) =>
    row.kind === 'premium'
      ? t('admin-redeem-kind-premium', { months: String(row.monthCount ?? '?') })
      : t('admin-redeem-kind-gift', { id: row.giftId ?? '?' })
  const problems = r ? r.stalePending.length + r.giftMismatch.length + r.ledgerMismatch.length : 0
  const recon = !r
    ? html`<div class="flash error" role="alert">${t('admin-redeem-recon-unavailable')}</div>`
    : html`<div class="card recon ${r.ok ? 'ok' : 'problems'}"><b>${
        r.ok ? t('admin-redeem-recon-ok') : t('admin-redeem-recon-problems', { count: String(problems) })
      }</b>
<p class="muted">${t('admin-redeem-recon-counts', {
        pending: String(r.counts.pending),
        sent: String(r.counts.sent),
        failed: String(r.counts.failed),
      })}</p>
${r.stalePending.map((s) => html`<div class="row">${t('admin-redeem-recon-stale', { id: String(s.id) })}</div>`)}
${r.giftMismatch.map(
  (g) =>
    html`<div class="row">${t('admin-redeem-recon-gift', {
      user: String(g.userId),
      item: `${g.kind} ${g.item}`,
      sent: String(g.sent),
      telegram: String(g.telegram),
    })}</div>`,
)}
${r.ledgerMismatch.map(
  (l) =>
    html`<div class="row">${t('admin-redeem-recon-ledger', { id: String(l.redemptionId), problem: l.problem })}</div>`,
)}</div>`
  return layout(
    { ...p, title: t('admin-redeem-heading'), active: 'tips' },
    html`<h1>${t('admin-redeem-heading')}</h1>
<p><a href="/admin/tips">${t('admin-redeem-back')}</a></p>
${recon}
${scroll(html`<table class="redemptions"><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${p.rows.map(
  (
    row,
  ) => html`<tr data-redemption-id="${row.id}"><td>${row.id}</td><td>${who(t, row.userId, row.nickname, row.deletedAt)}</td>
<td>${item(row)}</td><td class="num">${row.stars} ⭐</td>
<td>${badge(t(`admin-redeem-state-${row.state}`), STATE_BADGE[row.state] ?? '')}${row.failure ? html` <span class="muted">${row.failure}</span>` : null}</td>
<td class="num">${row.attempts}</td><td>${row.createdAt}</td><td>${row.settledAt ?? '—'}</td></tr>`,
)}</tbody></table>`)}
${p.rows.length ? null : html`<p class="muted">${t('admin-redeem-empty')}</p>`}`,
  )
}
