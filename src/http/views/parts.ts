import { type HtmlValue, html } from './html.js'
import type { Flash, PageLocale, Shell } from './layout.js'

export type Session = NonNullable<Shell['session']>
/** A logged-in page: its language, session (CSRF token, actor) and an optional flash message. */
export type Page = PageLocale & { session: Session; flash?: Flash | null }

/**
 * A user as the dashboard names them: pseudonym and internal id, linked to their page. An erased
 * (/delete_me) account has no pseudonym left and reads "deleted user #id"; never a Telegram identity.
 */
export function who(
  t: PageLocale['t'],
  id: number | null,
  nickname: string | null,
  deletedAt?: Date | null,
): HtmlValue {
  if (id === null) return html`<span class="muted">—</span>`
  if (deletedAt)
    return html`<a href="/admin/users/${id}" class="muted">${t('admin-user-deleted', { id: String(id) })}</a>`
  return html`<a href="/admin/users/${id}">${nickname ?? t('admin-user-no-pseudonym')}</a> <span class="muted">#${id}</span>`
}

export const badge = (label: string, kind: string) => html`<span class="badge ${kind}">${label}</span>`

/** Wide tables scroll inside their box on a phone instead of widening the whole page. */
export const scroll = (table: HtmlValue) => html`<div class="scroll">${table}</div>`
