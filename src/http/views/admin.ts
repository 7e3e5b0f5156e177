import type { TopicRow } from '../../db/schema/index.js'
import type {
  FlagStatus,
  FlagView,
  ModerationService,
  UserSummary,
} from '../../modules/moderation/service.js'
import { type HtmlValue, html } from './html.js'
import { csrfField, type Flash, layout, type Shell } from './layout.js'

type Session = NonNullable<Shell['session']>
type Page = { session: Session; flash?: Flash | null }

const who = (id: number | null, nickname: string | null): HtmlValue =>
  id === null
    ? html`<span class="muted">—</span>`
    : html`<a href="/admin/users/${id}">${nickname ?? '(no pseudonym)'}</a> <span class="muted">#${id}</span>`

const status = (label: string, kind: string) => html`<span class="badge ${kind}">${label}</span>`

export function loginPage(opts: { error?: string | null } = {}): string {
  return layout(
    { title: 'Log in' },
    html`<div class="login card">
  <h1>Moderation dashboard</h1>
  ${opts.error ? html`<div class="flash error" role="alert">${opts.error}</div>` : null}
  <form method="post" action="/admin/login">
    <label for="token">Admin token</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required>
    <label for="name">Your name (for the audit log, optional)</label>
    <input id="name" name="name" type="text" maxlength="40" autocomplete="nickname">
    <p><button class="primary" type="submit">Log in</button></p>
  </form>
</div>`,
  )
}

export function disabledPage(): string {
  return layout(
    { title: 'Dashboard disabled' },
    html`<div class="login card"><h1>Dashboard disabled</h1>
<p>The moderation dashboard is turned off because <code>ADMIN_TOKEN</code> is not set.
Set <code>ADMIN_TOKEN</code> (at least 16 characters) and restart the service to enable it.</p></div>`,
  )
}

export function notFoundPage(p: Page, what: string): string {
  return layout({ title: 'Not found', session: p.session }, html`<h1>Not found</h1><p>${what}</p>`)
}

function contextBlock(f: FlagView): HtmlValue {
  const msgs = f.context.messages ?? []
  return html`${
    msgs.length
      ? html`<div class="ctx" aria-label="anonymised context">${msgs.map(
          (m, i) => html`${i ? '\n' : ''}<b>${m.from}:</b> ${m.text}`,
        )}</div>`
      : html`<p class="muted">No message context stored.</p>`
  }${f.context.note ? html`<p><b>Note:</b> ${f.context.note}</p>` : null}`
}

export function flagsPage(p: Page & { status: FlagStatus; flags: FlagView[] }): string {
  const tabs = (['open', 'resolved', 'dismissed'] as const).map(
    (s) => html`<a href="/admin/flags?status=${s}" class="${s === p.status ? 'on' : ''}">${s}</a>`,
  )
  const cards = p.flags.map(
    (f) => html`<section class="card" id="flag-${f.id}" data-flag-id="${f.id}">
  <div class="row"><b>Flag #${f.id}</b> ${status(f.kind, 'kind')} ${status(f.severity, f.severity)}
    <span class="muted">${f.createdAt}</span>${f.sessionId !== null ? html` <span class="muted">session #${f.sessionId}</span>` : null}</div>
  <div class="row">About: ${who(f.userId, f.userNickname)} · Reporter: ${who(f.reporterId, f.reporterNickname)}</div>
  ${f.reason ? html`<div class="row">Reason: ${f.reason}</div>` : null}
  ${contextBlock(f)}
  ${
    f.reports.length
      ? html`<div>Reports: <ul>${f.reports.map(
          (r) =>
            html`<li>${r.reason}${r.text ? html` — “${r.text}”` : null} <span class="muted">(${r.status}, ${r.createdAt})</span></li>`,
        )}</ul></div>`
      : null
  }
  ${
    f.status === 'open'
      ? html`<form method="post" action="/admin/flags/${f.id}/close">
    ${csrfField(p.session.csrf)}
    <label class="muted" for="note-${f.id}">Resolution note</label>
    <textarea id="note-${f.id}" name="note" maxlength="1000"></textarea>
    <div class="row"><button class="primary" type="submit" name="outcome" value="resolved">Resolve</button>
    <button type="submit" name="outcome" value="dismissed">Dismiss</button></div>
  </form>`
      : html`<p class="muted">${f.status} by ${f.resolvedBy ?? '?'} at ${f.resolvedAt}${
          f.resolutionNote ? html` — ${f.resolutionNote}` : null
        }</p>`
  }
</section>`,
  )
  return layout(
    { title: 'Flags & reports', active: 'flags', session: p.session, flash: p.flash },
    html`<h1>Safety flags & reports</h1>
<p class="tabs">${tabs}</p>
${cards.length ? cards : html`<p class="muted">Nothing here.</p>`}`,
  )
}

type SearchRow = Awaited<ReturnType<ModerationService['searchUsers']>>[number]

function userState(u: {
  bannedAt: Date | null
  matchingSuspendedAt: Date | null
  deletedAt: Date | null
  pausedAt?: Date | null
}): HtmlValue {
  const parts: HtmlValue[] = []
  if (u.deletedAt) parts.push(status('deleted', 'deleted'))
  if (u.bannedAt) parts.push(status('banned', 'banned'))
  if (u.matchingSuspendedAt) parts.push(status('matching suspended', 'suspended'))
  if (u.pausedAt) parts.push(status('paused', 'paused'))
  return parts.length ? parts : status('ok', 'ok')
}

export function usersPage(p: Page & { q: string; results: SearchRow[] | null }): string {
  return layout(
    { title: 'Users', active: 'users', session: p.session, flash: p.flash },
    html`<h1>Users</h1>
<form method="get" action="/admin/users" class="row">
  <input type="text" name="q" value="${p.q}" placeholder="pseudonym or #id" maxlength="64" aria-label="search">
  <button type="submit">Search</button>
</form>
${
  p.results === null
    ? html`<p class="muted">Search by pseudonym (part of it) or internal id.</p>`
    : p.results.length === 0
      ? html`<p>No users found.</p>`
      : html`<table><thead><tr><th>User</th><th>State</th><th>Joined</th></tr></thead><tbody>${p.results.map(
          (u) =>
            html`<tr><td>${who(u.id, u.nickname)}</td><td>${userState(u)}</td><td>${u.createdAt}</td></tr>`,
        )}</tbody></table>`
}`,
  )
}

export function userPage(p: Page & { user: UserSummary }): string {
  const u = p.user
  const rows: [string, HtmlValue][] = [
    ['Pseudonym', u.nickname ?? '(none)'],
    ['Internal id', `#${u.id}`],
    ['State', userState(u)],
    ['Ban reason', u.banReason],
    ['Banned at', u.bannedAt],
    ['Matching suspended at', u.matchingSuspendedAt],
    ['Language / time zone', `${u.language} / ${u.timezone ?? '—'}`],
    ['Onboarding step', u.onboardingStep],
    ['Topics', u.topics.join(', ') || '—'],
    ['Helpfulness score', `${u.helpfulnessScore.toFixed(2)} (${u.ratingCount} ratings)`],
    ['Sessions', `${u.sessionsTotal}${u.activeSessionId !== null ? ` (active: #${u.activeSessionId})` : ''}`],
    ['Reports received', u.reportsReceived],
    ['Open flags', u.openFlags],
    ['Tips received', `${u.tipsReceived.count} (${u.tipsReceived.stars} ⭐), balance ${u.starBalance} ⭐`],
    ['Joined / last seen', html`${u.createdAt} / ${u.lastSeenAt ?? '—'}`],
  ]
  const csrf = csrfField(p.session.csrf)
  return layout(
    { title: `User #${u.id}`, active: 'users', session: p.session, flash: p.flash },
    html`<h1>${u.nickname ?? '(no pseudonym)'} <span class="muted">#${u.id}</span></h1>
<table><tbody>${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${v ?? '—'}</td></tr>`)}</tbody></table>
<h2>Actions</h2>
${
  u.bannedAt
    ? html`<form method="post" action="/admin/users/${u.id}/unban" class="card">${csrf}
  <label for="unban-reason">Unban note</label><textarea id="unban-reason" name="reason" maxlength="500"></textarea>
  <div class="row"><button class="primary" type="submit">Unban</button></div></form>`
    : html`<form method="post" action="/admin/users/${u.id}/ban" class="card">${csrf}
  <label for="ban-reason">Ban reason (required; the user's active chat is ended)</label>
  <textarea id="ban-reason" name="reason" maxlength="500" required></textarea>
  <div class="row"><button class="danger" type="submit">Ban</button></div></form>`
}
<form method="post" action="/admin/users/${u.id}/reset" class="card">${csrf}
  <div class="row"><span>Lift the matching suspension${u.matchingSuspendedAt ? null : html` <span class="muted">(not suspended)</span>`}.</span>
  <label><input type="checkbox" name="resetScore" value="1"> also reset the rating score</label></div>
  <div class="row"><button type="submit">Reset</button></div>
</form>`,
  )
}

type Overview = Awaited<ReturnType<ModerationService['overview']>>

function countsTable(title: string, counts: Record<string, number>, order: readonly string[]): HtmlValue {
  const keys = [...order, ...Object.keys(counts).filter((k) => !order.includes(k))]
  return html`<h2>${title}</h2><table><thead><tr>${keys.map((k) => html`<th>${k}</th>`)}</tr></thead>
<tbody><tr>${keys.map((k) => html`<td>${counts[k] ?? 0}</td>`)}</tr></tbody></table>`
}

/** Relay outbox backlog: messages accepted but not yet delivered, and how long the oldest has waited. */
export type RelayHealth = { pending: number; oldestPendingSec: number }

/** One line; a message waiting over a minute means delivery is stuck (Telegram down, or a bug). */
function relayLine(r: RelayHealth | undefined): HtmlValue {
  if (!r) return ''
  const late = r.oldestPendingSec > 60
  return html`<p class="relay">Relay outbox: ${r.pending} undelivered${
    r.pending > 0 ? html`, oldest waiting ${Math.round(r.oldestPendingSec)} s` : ''
  }${late ? html` ${status('delivery delayed', 'high')}` : ''}</p>`
}

export function sessionsPage(p: Page & { overview: Overview; relay?: RelayHealth }): string {
  const o = p.overview
  return layout(
    { title: 'Sessions & matches', active: 'sessions', session: p.session, flash: p.flash },
    html`<h1>Sessions & matches</h1>
${relayLine(p.relay)}
${countsTable('Chat sessions', o.sessionCounts, ['active', 'ended'])}
${countsTable('Matches', o.matchCounts, ['proposed', 'active', 'declined', 'expired', 'completed'])}
<h2>Recent sessions</h2>
<table><thead><tr><th>#</th><th>User A</th><th>User B</th><th>Status</th><th>Started</th><th>Ended</th><th>Reason</th><th>Messages</th><th>Ratings A→B / B→A</th></tr></thead>
<tbody>${o.recentSessions.map(
      (
        s,
      ) => html`<tr><td>${s.id}</td><td>${who(s.userA, s.nicknameA)}</td><td>${who(s.userB, s.nicknameB)}</td>
<td>${s.status}</td><td>${s.startedAt}</td><td>${s.endedAt ?? '—'}</td><td>${s.endReason ?? '—'}</td><td>${s.messageCount}</td>
<td>${s.ratingByA ?? '—'} / ${s.ratingByB ?? '—'}</td></tr>`,
    )}</tbody></table>
<h2>Recent matches</h2>
<table><thead><tr><th>#</th><th>User A</th><th>User B</th><th>Status</th><th>Score</th><th>Proposed</th><th>Responded</th></tr></thead>
<tbody>${o.recentMatches.map(
      (
        m,
      ) => html`<tr><td>${m.id}</td><td>${who(m.userA, m.nicknameA)}</td><td>${who(m.userB, m.nicknameB)}</td>
<td>${m.status}</td><td>${m.score.toFixed(2)}</td><td>${m.proposedAt}</td><td>${m.respondedAt ?? '—'}</td></tr>`,
    )}</tbody></table>`,
  )
}

type TipRowView = Awaited<ReturnType<ModerationService['listTips']>>[number]

export function tipsPage(p: Page & { tips: TipRowView[]; refundAvailable: boolean }): string {
  const csrf = csrfField(p.session.csrf)
  return layout(
    { title: 'Tips', active: 'tips', session: p.session, flash: p.flash },
    html`<h1>Tips & refunds</h1>
${p.refundAvailable ? null : html`<p class="muted">Refunds are not available (the tips service is not wired).</p>`}
<table><thead><tr><th>#</th><th>From</th><th>To</th><th>Amount</th><th>Net</th><th>Session</th><th>Status</th><th>Paid</th><th></th></tr></thead>
<tbody>${p.tips.map(
      (t) => html`<tr data-tip-id="${t.id}"><td>${t.id}</td><td>${who(t.payerId, t.payerNickname)}</td>
<td>${who(t.recipientId, t.recipientNickname)}</td><td>${t.amount} ${t.currency === 'XTR' ? '⭐' : t.currency}</td><td>${t.netMinor}</td>
<td>${t.sessionId ?? '—'}</td><td>${t.status}${t.refundedAt ? html` <span class="muted">${t.refundedAt}</span>` : null}</td><td>${
        t.status !== 'paid'
          ? null
          : p.refundAvailable
            ? html`<form method="post" action="/admin/tips/${t.id}/refund">${csrf}<button class="danger" type="submit">Refund</button></form>`
            : html`<span class="muted">not available</span>`
      }</td></tr>`,
    )}</tbody></table>
${p.tips.length ? null : html`<p class="muted">No tips yet.</p>`}`,
  )
}

export function topicsPage(p: Page & { topics: TopicRow[] }): string {
  const csrf = csrfField(p.session.csrf)
  return layout(
    { title: 'Topics', active: 'topics', session: p.session, flash: p.flash },
    html`<h1>Topic catalogue</h1>
<p class="muted">The slug is permanent; names are what users see (ru first, en second). Inactive topics are hidden from onboarding.</p>
${p.topics.map(
  (
    t,
  ) => html`<form method="post" action="/admin/topics/${t.id}" class="card row" data-topic="${t.slug}">${csrf}
  <code>${t.slug}</code>
  <input type="text" name="emoji" value="${t.emoji}" size="3" maxlength="16" aria-label="emoji">
  <input type="text" name="nameRu" value="${t.nameRu}" maxlength="80" required aria-label="name (ru)">
  <input type="text" name="nameEn" value="${t.nameEn}" maxlength="80" required aria-label="name (en)">
  <input type="number" name="sort" value="${t.sort}" style="width:5rem" aria-label="sort">
  <label><input type="checkbox" name="active" value="1"${t.active ? html` checked` : null}> active</label>
  <button type="submit">Save</button>
</form>`,
)}
<h2>Add a topic</h2>
<form method="post" action="/admin/topics" class="card row">${csrf}
  <input type="text" name="slug" placeholder="slug (a-z, 0-9, _)" pattern="[a-z0-9_]{2,40}" required aria-label="slug">
  <input type="text" name="emoji" placeholder="emoji" size="3" maxlength="16" aria-label="emoji">
  <input type="text" name="nameRu" placeholder="Название" maxlength="80" required aria-label="name (ru)">
  <input type="text" name="nameEn" placeholder="Name" maxlength="80" required aria-label="name (en)">
  <input type="number" name="sort" value="${(p.topics.at(-1)?.sort ?? 0) + 10}" style="width:5rem" aria-label="sort">
  <button class="primary" type="submit">Add</button>
</form>`,
  )
}

type AuditRow = Awaited<ReturnType<ModerationService['listAudit']>>[number]

export function auditPage(p: Page & { entries: AuditRow[] }): string {
  return layout(
    { title: 'Audit log', active: 'audit', session: p.session, flash: p.flash },
    html`<h1>Audit log</h1>
<table><thead><tr><th>When</th><th>Actor</th><th>Action</th><th>Target</th><th>Details</th></tr></thead>
<tbody>${p.entries.map(
      (e) => html`<tr><td>${e.createdAt}</td><td>${e.actor}</td><td>${e.action}</td>
<td>${e.targetType ?? ''} ${e.targetId ?? ''}</td><td><code>${JSON.stringify(e.details)}</code></td></tr>`,
    )}</tbody></table>`,
  )
}
