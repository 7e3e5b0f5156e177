import type { CheckinView } from '../../modules/checkin/service.js'
import type { FlagView } from '../../modules/moderation/service.js'
import { formatDate, type HtmlValue, html } from './html.js'
import { csrfField } from './layout.js'
import { badge, type Page } from './parts.js'

/** Badge class per answer: "I'd like to talk" stands out like a critical flag. */
const STATUS_CLASS: Record<CheckinView['status'], string> = {
  sent: 'kind',
  ok: 'ok',
  talk: 'critical',
  undeliverable: 'deleted',
}

/**
 * The check-in block on a crisis flag's card: what was sent, by whom, and the answer; then the form to send
 * one (the note is escaped like every value here; the route checks length and contact details).
 */
export function checkinBlock(p: Page, f: FlagView, list: CheckinView[] = []): HtmlValue {
  if (f.kind !== 'crisis' || f.userId === null) return null
  const t = p.t
  return html`<div class="checkin" data-checkins="${list.length}"><b>${t('admin-checkin-heading')}</b>
  ${
    list.length
      ? html`<ul>${list.map(
          (c) =>
            html`<li data-checkin-status="${c.status}">${badge(t(`admin-checkin-status-${c.status}`), STATUS_CLASS[c.status])} ${t(
              'admin-checkin-line',
              {
                at: formatDate(c.createdAt),
                by: c.actor,
              },
            )}${c.note ? html` — “${c.note}”` : null}</li>`,
        )}</ul>`
      : null
  }
  <form method="post" action="/admin/flags/${f.id}/checkin">
    ${csrfField(p.session.csrf)}
    <p class="muted">${t('admin-checkin-help')}</p>
    <label class="muted" for="checkin-note-${f.id}">${t('admin-checkin-note')}</label>
    <textarea id="checkin-note-${f.id}" name="note" maxlength="300"></textarea>
    <div class="row"><button type="submit">${t('admin-checkin-send')}</button></div>
  </form>
</div>`
}
