import type { ModerationService } from '../../modules/moderation/service.js'
import { type HtmlValue, html } from './html.js'
import { layout, type T } from './layout.js'
import { type Page, scroll } from './parts.js'

type AuditRow = Awaited<ReturnType<ModerationService['listAudit']>>[number]

/** Detail keys the services write, with a label in admin.ftl; any other key is shown as written. */
const KNOWN_KEYS = new Set([
  'reason',
  'note',
  'kind',
  'userId',
  'previousBanReason',
  'resetScore',
  'wasSuspended',
  'previousScore',
  'previousRatingCount',
  'slug',
  'nameRu',
  'nameEn',
  'changes',
  'ok',
  'error',
  'description',
  'amount',
  'net',
])

const label = (t: T, key: string) =>
  KNOWN_KEYS.has(key) ? t(`admin-audit-key-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) : key

function value(t: T, v: unknown): HtmlValue {
  if (v === null || v === undefined || v === '') return html`<span class="muted">—</span>`
  if (typeof v === 'boolean') return t(v ? 'admin-yes' : 'admin-no')
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (Array.isArray(v)) return v.map((x, i) => html`${i ? ', ' : ''}${value(t, x)}`)
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    // `{ from, to }` (topic.update changes): "old → new".
    if (Object.keys(o).length === 2 && 'from' in o && 'to' in o)
      return html`${value(t, o.from)} → ${value(t, o.to)}`
    return details(t, o)
  }
  return String(v)
}

/** An audit entry's details as labelled fields (nested objects as nested lists), never raw JSON. */
export function details(t: T, d: Record<string, unknown> | null | undefined): HtmlValue {
  const entries = Object.entries(d ?? {})
  if (!entries.length) return html`<span class="muted">—</span>`
  return html`<dl class="details">${entries.map(
    ([k, v]) => html`<dt>${label(t, k)}</dt><dd data-key="${k}">${value(t, v)}</dd>`,
  )}</dl>`
}

export function auditPage(p: Page & { entries: AuditRow[] }): string {
  const t = p.t
  return layout(
    { ...p, title: t('admin-nav-audit'), active: 'audit' },
    html`<h1>${t('admin-nav-audit')}</h1>
${scroll(html`<table class="audit"><thead><tr><th>${t('admin-audit-when')}</th><th>${t('admin-audit-actor')}</th><th>${t('admin-audit-action')}</th><th>${t('admin-audit-target')}</th><th>${t('admin-audit-details')}</th></tr></thead>
<tbody>${p.entries.map(
  (e) => html`<tr><td>${e.createdAt}</td><td>${e.actor}</td><td><code>${e.action}</code></td>
<td>${e.targetType === 'user' && e.targetId ? html`<a href="/admin/users/${e.targetId}">${e.targetType} #${e.targetId}</a>` : html`${e.targetType ?? ''} ${e.targetId ? `#${e.targetId}` : ''}`}</td><td>${details(t, e.details as Record<string, unknown>)}</td></tr>`,
)}</tbody></table>`)}
${p.entries.length ? null : html`<p class="muted">${t('admin-audit-empty')}</p>`}`,
  )
}
