import type { CheckinView } from '../../modules/checkin/service.js'
import type {
  FlagStatus,
  FlagView,
  ModerationService,
  UserSummary,
} from '../../modules/moderation/service.js'
import { asAgeGroup } from '../../modules/users/age.js'
import { checkinBlock } from './admin-checkin.js'
import { formatDate, type HtmlValue, html } from './html.js'
import { csrfField, layout, type PageLocale } from './layout.js'
import { type Page, scroll, badge as status, who } from './parts.js'

export { auditPage } from './admin-audit.js'
export { refundConfirmPage, tipsPage } from './admin-tips.js'
export { topicsPage } from './admin-topics.js'

export function loginPage(p: PageLocale & { error?: string | null }): string {
  const t = p.t
  return layout(
    { ...p, title: t('admin-login-title') },
    html`<div class="login card">
  <h1>${t('admin-login-heading')}</h1>
  ${p.error ? html`<div class="flash error" role="alert">${p.error}</div>` : null}
  <form method="post" action="/admin/login">
    <label for="token">${t('admin-login-token')}</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required>
    <label for="name">${t('admin-login-name')}</label>
    <input id="name" name="name" type="text" maxlength="40" autocomplete="nickname">
    <p><button class="primary" type="submit">${t('admin-login-submit')}</button></p>
  </form>
</div>`,
  )
}

export function disabledPage(p: PageLocale): string {
  const t = p.t
  return layout(
    { ...p, title: t('admin-disabled-title') },
    html`<div class="login card"><h1>${t('admin-disabled-title')}</h1>
<p>${t('admin-disabled-text', { var: 'ADMIN_TOKEN' })}</p></div>`,
  )
}

export function notFoundPage(p: Page, what: string): string {
  return layout(
    { ...p, title: p.t('admin-not-found') },
    html`<h1>${p.t('admin-not-found')}</h1><p>${what}</p>`,
  )
}

function contextBlock(p: Page, f: FlagView): HtmlValue {
  const msgs = f.context.messages ?? []
  return html`${
    msgs.length
      ? html`<div class="ctx" aria-label="${p.t('admin-flag-context')}">${msgs.map(
          (m, i) => html`${i ? '\n' : ''}<b>${m.from}:</b> ${m.text}`,
        )}</div>`
      : html`<p class="muted">${p.t('admin-flag-no-context')}</p>`
  }${f.context.note ? html`<p><b>${p.t('admin-flag-note')}</b> ${f.context.note}</p>` : null}`
}

/** The flagged user's stated age group; minors stand out (they are only ever matched with 13–17). */
function ageBadge(t: Page['t'], group: string | null): HtmlValue {
  const g = asAgeGroup(group)
  const label = t('age-admin-label', { group: t(g ? `age-group-${g}` : 'age-group-unknown') })
  return g === '18_plus' ? html`<span class="muted">${label}</span>` : status(label, 'high')
}

export function flagsPage(
  p: Page & {
    status: FlagStatus
    flags: FlagView[]
    /** Check-ins per flag; absent when the check-in feature is not wired (no form shown). */
    checkins?: Map<number, CheckinView[]>
  },
): string {
  const t = p.t
  const tabs = (['open', 'resolved', 'dismissed'] as const).map(
    (s) =>
      html`<a href="/admin/flags?status=${s}" class="${s === p.status ? 'on' : ''}">${t(`admin-flags-tab-${s}`)}</a>`,
  )
  const cards = p.flags.map(
    (f) => html`<section class="card" id="flag-${f.id}" data-flag-id="${f.id}">
  <div class="row"><b>${t('admin-flag-title', { id: String(f.id) })}</b> ${status(f.kind, 'kind')} ${status(f.severity, f.severity)}
    <span class="muted">${f.createdAt}</span>${f.sessionId !== null ? html` <span class="muted">${t('admin-flag-session', { id: String(f.sessionId) })}</span>` : null}</div>
  <div class="row">${t('admin-flag-about')} ${who(t, f.userId, f.userNickname)} ${ageBadge(t, f.userAgeGroup)} · ${t('admin-flag-reporter')} ${who(t, f.reporterId, f.reporterNickname)}</div>
  ${f.reason ? html`<div class="row">${t('admin-flag-reason')} ${f.reason}</div>` : null}
  ${contextBlock(p, f)}
  ${p.checkins ? checkinBlock(p, f, p.checkins.get(f.id)) : null}
  ${
    f.reports.length
      ? html`<div>${t('admin-flag-reports')} <ul>${f.reports.map(
          (r) =>
            html`<li>${r.reason}${r.text ? html` — “${r.text}”` : null} <span class="muted">(${r.status}, ${r.createdAt})</span></li>`,
        )}</ul></div>`
      : null
  }
  ${
    f.status === 'open'
      ? html`<form method="post" action="/admin/flags/${f.id}/close">
    ${csrfField(p.session.csrf)}
    <label class="muted" for="note-${f.id}">${t('admin-flag-resolution-note')}</label>
    <textarea id="note-${f.id}" name="note" maxlength="1000"></textarea>
    <div class="row"><button class="primary" type="submit" name="outcome" value="resolved">${t('admin-flag-resolve')}</button>
    <button type="submit" name="outcome" value="dismissed">${t('admin-flag-dismiss')}</button></div>
  </form>`
      : html`<p class="muted">${t('admin-flag-closed', {
          status: t(`admin-flags-tab-${f.status === 'resolved' ? 'resolved' : 'dismissed'}`),
          by: f.resolvedBy ?? '?',
          at: f.resolvedAt ? formatDate(f.resolvedAt) : '?',
        })}${f.resolutionNote ? html` — ${f.resolutionNote}` : null}</p>`
  }
</section>`,
  )
  return layout(
    { ...p, title: t('admin-nav-flags'), active: 'flags' },
    html`<h1>${t('admin-flags-heading')}</h1>
<p class="tabs">${tabs}</p>
${cards.length ? cards : html`<p class="muted">${t('admin-flags-empty')}</p>`}`,
  )
}

type UserRow = Awaited<ReturnType<ModerationService['searchUsers']>>[number]

function userState(
  t: Page['t'],
  u: {
    bannedAt: Date | null
    matchingSuspendedAt: Date | null
    deletedAt: Date | null
    pausedAt?: Date | null
  },
): HtmlValue {
  const parts: HtmlValue[] = []
  if (u.deletedAt) parts.push(status(t('admin-state-deleted'), 'deleted'))
  if (u.bannedAt) parts.push(status(t('admin-state-banned'), 'banned'))
  if (u.matchingSuspendedAt) parts.push(status(t('admin-state-suspended'), 'suspended'))
  if (u.pausedAt) parts.push(status(t('admin-state-paused'), 'paused'))
  return parts.length ? parts : status(t('admin-state-ok'), 'ok')
}

function usersTable(t: Page['t'], rows: UserRow[]): HtmlValue {
  return scroll(
    html`<table class="users"><thead><tr><th>${t('admin-col-user')}</th><th>${t('admin-col-state')}</th><th>${t('admin-col-joined')}</th><th>${t('admin-col-last-seen')}</th></tr></thead><tbody>${rows.map(
      (u) =>
        html`<tr data-user-id="${u.id}"><td>${who(t, u.id, u.nickname, u.deletedAt)}</td><td>${userState(t, u)}</td><td>${u.createdAt}</td><td>${u.lastSeenAt ?? '—'}</td></tr>`,
    )}</tbody></table>`,
  )
}

/**
 * Without a search: the most recently active users, a page at a time (`?page=`). With one: the matches.
 */
export function usersPage(
  p: Page & {
    q: string
    results: UserRow[] | null
    recent: { page: number; hasMore: boolean; users: UserRow[] } | null
  },
): string {
  const t = p.t
  const recent = p.recent
  const pager = recent
    ? html`<nav class="row pager" aria-label="${t('admin-pager')}">${
        recent.page > 1
          ? html`<a rel="prev" href="/admin/users?page=${recent.page - 1}">← ${t('admin-pager-prev')}</a>`
          : null
      } <span class="muted">${t('admin-pager-page', { page: recent.page })}</span> ${
        recent.hasMore
          ? html`<a rel="next" href="/admin/users?page=${recent.page + 1}">${t('admin-pager-next')} →</a>`
          : null
      }</nav>`
    : null
  return layout(
    { ...p, title: t('admin-nav-users'), active: 'users' },
    html`<h1>${t('admin-nav-users')}</h1>
<form method="get" action="/admin/users" class="row">
  <input type="text" name="q" value="${p.q}" placeholder="${t('admin-users-search-placeholder')}" maxlength="64" aria-label="${t('admin-users-search')}">
  <button type="submit">${t('admin-users-search')}</button>
</form>
${
  p.results !== null
    ? p.results.length === 0
      ? html`<p>${t('admin-users-none-found')}</p>`
      : usersTable(t, p.results)
    : recent
      ? html`<h2>${t('admin-users-recent')}</h2>${
          recent.users.length
            ? usersTable(t, recent.users)
            : html`<p class="muted">${t('admin-users-none')}</p>`
        }${pager}`
      : null
}`,
  )
}

export function userPage(p: Page & { user: UserSummary }): string {
  const t = p.t
  const u = p.user
  const rows: [string, HtmlValue][] = [
    [
      'admin-user-pseudonym',
      u.deletedAt ? t('admin-user-deleted', { id: String(u.id) }) : (u.nickname ?? '—'),
    ],
    ['admin-user-internal-id', `#${u.id}`],
    ['admin-col-state', userState(t, u)],
    ['admin-user-ban-reason', u.banReason],
    ['admin-user-banned-at', u.bannedAt],
    ['admin-user-suspended-at', u.matchingSuspendedAt],
    ['admin-user-language-zone', `${u.language} / ${u.timezone ?? '—'}`],
    ['admin-user-onboarding', u.onboardingStep],
    ['admin-user-topics', u.topics.join(', ') || '—'],
    [
      'admin-user-score',
      t('admin-user-score-value', { score: u.helpfulnessScore.toFixed(2), ratings: u.ratingCount }),
    ],
    [
      'admin-user-sessions',
      u.activeSessionId !== null
        ? t('admin-user-sessions-active', { total: u.sessionsTotal, active: String(u.activeSessionId) })
        : String(u.sessionsTotal),
    ],
    ['admin-user-reports', u.reportsReceived],
    ['admin-user-open-flags', u.openFlags],
    [
      'admin-user-tips',
      t('admin-user-tips-value', {
        count: u.tipsReceived.count,
        stars: u.tipsReceived.stars,
        balance: u.starBalance,
      }),
    ],
    ['admin-col-joined', u.createdAt],
    ['admin-col-last-seen', u.lastSeenAt ?? '—'],
  ]
  const csrf = csrfField(p.session.csrf)
  const name = u.deletedAt
    ? t('admin-user-deleted', { id: String(u.id) })
    : (u.nickname ?? t('admin-user-no-pseudonym'))
  return layout(
    { ...p, title: t('admin-user-title', { id: String(u.id) }), active: 'users' },
    html`<h1>${name} <span class="muted">#${u.id}</span></h1>
<table class="summary"><tbody>${rows.map(([k, v]) => html`<tr><th>${t(k)}</th><td>${v ?? '—'}</td></tr>`)}</tbody></table>
<h2>${t('admin-user-actions')}</h2>
${
  u.bannedAt
    ? html`<form method="post" action="/admin/users/${u.id}/unban" class="card">${csrf}
  <label for="unban-reason">${t('admin-user-unban-note')}</label><textarea id="unban-reason" name="reason" maxlength="500"></textarea>
  <div class="row"><button class="primary" type="submit">${t('admin-user-unban')}</button></div></form>`
    : html`<form method="post" action="/admin/users/${u.id}/ban" class="card">${csrf}
  <label for="ban-reason">${t('admin-user-ban-reason-label')}</label>
  <textarea id="ban-reason" name="reason" maxlength="500" required></textarea>
  <div class="row"><button class="danger" type="submit">${t('admin-user-ban')}</button></div></form>`
}
<form method="post" action="/admin/users/${u.id}/reset" class="card">${csrf}
  <div class="row"><span>${t('admin-user-reset-text')}${u.matchingSuspendedAt ? null : html` <span class="muted">${t('admin-user-not-suspended')}</span>`}</span>
  <label><input type="checkbox" name="resetScore" value="1"> ${t('admin-user-reset-score')}</label></div>
  <div class="row"><button type="submit">${t('admin-user-reset')}</button></div>
</form>`,
  )
}

type Overview = Awaited<ReturnType<ModerationService['overview']>>

function countsTable(title: string, counts: Record<string, number>, order: readonly string[]): HtmlValue {
  const keys = [...order, ...Object.keys(counts).filter((k) => !order.includes(k))]
  return html`<h2>${title}</h2>${scroll(html`<table><thead><tr>${keys.map((k) => html`<th>${k}</th>`)}</tr></thead>
<tbody><tr>${keys.map((k) => html`<td class="num">${counts[k] ?? 0}</td>`)}</tr></tbody></table>`)}`
}

/** Relay outbox backlog: messages accepted but not yet delivered, and how long the oldest has waited. */
export type RelayHealth = { pending: number; oldestPendingSec: number }

/** One line; a message waiting over a minute means delivery is stuck (Telegram down, or a bug). */
function relayLine(t: Page['t'], r: RelayHealth | undefined): HtmlValue {
  if (!r) return ''
  const late = r.oldestPendingSec > 60
  return html`<p class="relay">${t('admin-relay-line', { pending: r.pending })}${
    r.pending > 0 ? html`, ${t('admin-relay-oldest', { seconds: Math.round(r.oldestPendingSec) })}` : ''
  }${late ? html` ${status(t('admin-relay-delayed'), 'high')}` : ''}</p>`
}

export function sessionsPage(p: Page & { overview: Overview; relay?: RelayHealth }): string {
  const t = p.t
  const o = p.overview
  return layout(
    { ...p, title: t('admin-nav-sessions'), active: 'sessions' },
    html`<h1>${t('admin-nav-sessions')}</h1>
${relayLine(t, p.relay)}
${countsTable(t('admin-sessions-counts'), o.sessionCounts, ['active', 'ended'])}
${countsTable(t('admin-matches-counts'), o.matchCounts, ['proposed', 'active', 'declined', 'expired', 'completed'])}
<h2>${t('admin-sessions-recent')}</h2>
${scroll(html`<table><thead><tr><th>#</th><th>${t('admin-col-user-a')}</th><th>${t('admin-col-user-b')}</th><th>${t('admin-col-status')}</th><th>${t('admin-col-started')}</th><th>${t('admin-col-ended')}</th><th>${t('admin-col-end-reason')}</th><th>${t('admin-col-messages')}</th><th>${t('admin-col-ratings')}</th></tr></thead>
<tbody>${o.recentSessions.map(
  (
    s,
  ) => html`<tr><td>${s.id}</td><td>${who(t, s.userA, s.nicknameA, s.deletedA)}</td><td>${who(t, s.userB, s.nicknameB, s.deletedB)}</td>
<td>${s.status}</td><td>${s.startedAt}</td><td>${s.endedAt ?? '—'}</td><td>${s.endReason ?? '—'}</td><td class="num">${s.messageCount}</td>
<td>${s.ratingByA ?? '—'} / ${s.ratingByB ?? '—'}</td></tr>`,
)}</tbody></table>`)}
<h2>${t('admin-matches-recent')}</h2>
${scroll(html`<table><thead><tr><th>#</th><th>${t('admin-col-user-a')}</th><th>${t('admin-col-user-b')}</th><th>${t('admin-col-status')}</th><th>${t('admin-col-score')}</th><th>${t('admin-col-proposed')}</th><th>${t('admin-col-responded')}</th></tr></thead>
<tbody>${o.recentMatches.map(
  (
    m,
  ) => html`<tr><td>${m.id}</td><td>${who(t, m.userA, m.nicknameA, m.deletedA)}</td><td>${who(t, m.userB, m.nicknameB, m.deletedB)}</td>
<td>${m.status}</td><td class="num">${m.score.toFixed(2)}</td><td>${m.proposedAt}</td><td>${m.respondedAt ?? '—'}</td></tr>`,
)}</tbody></table>`)}`,
  )
}
