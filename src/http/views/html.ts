/**
 * Minimal server-side HTML templating: `html\`…\`` escapes every interpolated value unless it is
 * already `SafeHtml` (the result of another `html` template or an explicit `raw`). No JS build step.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | Date | readonly HtmlValue[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c)
}

/** `2025-01-31 14:05 UTC` — moderators across time zones read the same clock. */
export function formatDate(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function render(v: HtmlValue): string {
  if (v instanceof SafeHtml) return v.value
  if (v === null || v === undefined || v === false) return ''
  if (Array.isArray(v)) return v.map(render).join('')
  if (v instanceof Date) return escapeHtml(formatDate(v))
  return escapeHtml(String(v))
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '')
  return new SafeHtml(out)
}

/** Trusted markup only (constants written in this codebase) — never user or database text. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s)
}
