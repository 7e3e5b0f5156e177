import { type HtmlValue, html, raw, type SafeHtml } from './html.js'

export type NavKey = 'flags' | 'users' | 'sessions' | 'tips' | 'topics' | 'audit'

export type Flash = { kind: 'ok' | 'error'; text: string }

/** The dashboard's languages (the same Fluent catalogue as the bot: locales/<lang>/admin.ftl). */
export const ADMIN_LANGUAGES = ['ru', 'en'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** Translates one message id of locales/<lang>/admin.ftl in the page's language. */
export type T = (key: string, vars?: Record<string, string | number>) => string

/** What every page needs: its language and the path it was opened at (for the language switch). */
export type PageLocale = { t: T; lang: AdminLanguage; path: string }

export type Shell = PageLocale & {
  title: string
  active?: NavKey
  /** Present when logged in: renders the navigation and the logout form. */
  session?: { csrf: string; actor: string }
  flash?: Flash | null
}

const NAV: { key: NavKey; href: string }[] = [
  { key: 'flags', href: '/admin/flags' },
  { key: 'users', href: '/admin/users' },
  { key: 'sessions', href: '/admin/sessions' },
  { key: 'tips', href: '/admin/tips' },
  { key: 'topics', href: '/admin/topics' },
  { key: 'audit', href: '/admin/audit' },
]

/** `/admin/lang/en?back=/admin/users?page=2` — a plain link, so the switch works without JavaScript. */
function langSwitch(shell: Shell): HtmlValue {
  return html`<nav class="lang" aria-label="${shell.t('admin-lang-switch')}">${ADMIN_LANGUAGES.map((l) =>
    l === shell.lang
      ? html`<b lang="${l}">${l.toUpperCase()}</b>`
      : html`<a lang="${l}" hreflang="${l}" href="/admin/lang/${l}?back=${encodeURIComponent(shell.path)}">${l.toUpperCase()}</a>`,
  )}</nav>`
}

/** Inline icon (allowed by the CSP's `img-src data:`): no /favicon.ico request, so no 404 in the logs. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'%3E%3Ctext y='.9em' font-size='90'%3E%F0%9F%9B%A1%3C/text%3E%3C/svg%3E"

const CSS = raw(`
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
header{background:#243447;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header a{color:#dfe8f3;text-decoration:none;padding:.2rem .45rem;border-radius:4px}header a.on{background:#3d5673;color:#fff}
header .brand{font-weight:600;margin-right:.5rem}header form{margin-left:auto;display:flex;gap:.5rem;align-items:center}
main{padding:1rem;max-width:1200px;margin:0 auto}.lang{display:flex;gap:.3rem;align-items:center}header .brand+.lang{margin-left:auto}.lang b{padding:.2rem .45rem}
.scroll{overflow-x:auto;max-width:100%}.scroll table{min-width:40rem}td.num,th.num{text-align:right;white-space:nowrap}
table.topics{table-layout:fixed;min-width:40rem}table.topics textarea{min-height:2.2rem;field-sizing:content;resize:vertical;overflow-wrap:anywhere}
table.topics input[type=text],table.topics input[type=number]{width:100%}.topics td{vertical-align:middle}
dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem;margin:0}dl.details dt{color:#68717d}dl.details dd{margin:0;overflow-wrap:anywhere}
a.button{display:inline-block;padding:.3rem .7rem;border:1px solid #8797aa;border-radius:4px;text-decoration:none;color:inherit;background:#fff}a.button.danger{background:#c0392b;border-color:#c0392b;color:#fff}
.confirm{max-width:560px}td{overflow-wrap:break-word}thead th{white-space:nowrap}table.topics thead th{white-space:normal}
@media (max-width:600px){main{padding:.6rem}header{gap:.4rem}header form{margin-left:0}}h1{font-size:1.3rem;margin:.2rem 0 1rem}h2{font-size:1.05rem;margin:1.2rem 0 .5rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #dde1e7;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}.card{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:.8rem 1rem;margin:0 0 .8rem}
.flash{padding:.6rem .8rem;border-radius:6px;margin-bottom:1rem}.flash.ok{background:#e3f6e8;border:1px solid #9bd5ab}.flash.error{background:#fde8e8;border:1px solid #eea4a4}
.badge{display:inline-block;padding:0 .4rem;border-radius:9px;font-size:12px;background:#e6e9ee}.badge.high,.badge.critical,.badge.banned{background:#f8d0d0}.badge.medium,.badge.suspended{background:#fbe8c4}.badge.low,.badge.ok{background:#d6efdc}
.ctx{margin:.4rem 0;padding:.4rem .6rem;background:#f8f9fb;border-left:3px solid #b9c3cf;white-space:pre-wrap}.ctx b{font-weight:600}
.muted{color:#68717d}.row{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap;margin:.25rem 0}
input[type=text],input[type=password],input[type=number],textarea{font:inherit;padding:.3rem .4rem;border:1px solid #b9c3cf;border-radius:4px}
textarea{width:100%;min-height:3.2rem}button{font:inherit;padding:.3rem .7rem;border:1px solid #8797aa;border-radius:4px;background:#fff;cursor:pointer}
button.primary{background:#2d6cdf;border-color:#2d6cdf;color:#fff}button.danger{background:#c0392b;border-color:#c0392b;color:#fff}
.login{max-width:380px;margin:4rem auto}.login label{display:block;margin:.6rem 0 .2rem}.login input{width:100%}
.tabs a{margin-right:.8rem}.tabs a.on{font-weight:600;text-decoration:none;color:inherit}
`)

/** The page shell. Everything dynamic goes through `html` escaping; there is no script at all. */
export function layout(shell: Shell, body: HtmlValue): string {
  const t = shell.t
  const nav = shell.session
    ? html`<header>
  <span class="brand">${t('admin-brand')}</span>
  ${NAV.map((n) => html`<a href="${n.href}" class="${n.key === shell.active ? 'on' : ''}">${t(`admin-nav-${n.key}`)}</a>`)}
  <form method="post" action="/admin/logout">
    <span class="muted">${shell.session.actor}</span>
    ${csrfField(shell.session.csrf)}
    <button type="submit">${t('admin-logout')}</button>
  </form>
  ${langSwitch(shell)}
</header>`
    : html`<header><span class="brand">${t('admin-brand')}</span>${langSwitch(shell)}</header>`
  const flash = shell.flash
    ? html`<div class="flash ${shell.flash.kind}" role="status">${shell.flash.text}</div>`
    : null
  return html`<!doctype html>
<html lang="${shell.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="${raw(FAVICON)}">
<title>${shell.title} · Ты не один</title>
<style>${CSS}</style>
</head>
<body>
${nav}
<main>
${flash}
${body}
</main>
</body>
</html>`.value
}

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`
}
