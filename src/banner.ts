import { dirname } from 'node:path'

export type BannerInfo = {
  /** The emulator's sandbox page, e.g. http://127.0.0.1:3001/sandbox */
  sandboxUrl: string
  /** The web process, e.g. http://127.0.0.1:3000 */
  appUrl: string
  adminEnabled: boolean
  /** Postgres in use (DATABASE_URL) — else the embedded PGlite directory below holds the data. */
  postgres: boolean
  pgliteDir: string
}

/**
 * The few lines a person needs after `npm start` without a bot token: where to click, how to get the
 * dashboard, where the data is and how to start over. Plain text in a box; printed once after start-up.
 */
export function startupBanner(i: BannerInfo): string {
  const dataDir = dirname(i.pgliteDir)
  const rows: [string, string][] = [
    ['Sandbox', `${i.sandboxUrl}  — press "+ User", then send /start`],
    [
      'Dashboard',
      i.adminEnabled
        ? `${i.appUrl}/admin  (log in with ADMIN_TOKEN)`
        : 'off — start with ADMIN_TOKEN=<16+ characters> to enable it',
    ],
    ['Data', i.postgres ? 'Postgres (DATABASE_URL)' : `${i.pgliteDir} (embedded PGlite)`],
    [
      'Reset',
      i.postgres
        ? '"Reset" on the sandbox page or `npm start -- --reset` clears the simulated chats'
        : `\`npm start -- --reset\` (or "Reset" on the page) clears the simulated chats; for a clean database stop and delete ${dataDir}/`,
    ],
    ['Stop', 'Ctrl+C'],
  ]
  const title = '«Ты не один» — local sandbox is running'
  const label = Math.max(...rows.map(([k]) => k.length))
  const lines = [title, '', ...rows.map(([k, v]) => `${`${k}:`.padEnd(label + 2)}${v}`)]
  const width = Math.max(...lines.map((l) => [...l].length))
  const pad = (l: string) => l + ' '.repeat(width - [...l].length)
  return [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((l) => `│ ${pad(l)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ].join('\n')
}
