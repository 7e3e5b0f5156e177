/** The printed figures of bench/webhook.ts: a step as one line, and the medians of all rounds as a table. */
import type { AppStats } from './app.js'
import type { Idle, IdleWindows, Kind, Step, Variant } from './measure.js'
import { median } from './procs.js'

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—')
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—')

export const line = (s: Step) =>
  `${String(s.rate).padStart(5)}/s ${s.pass ? 'ok  ' : 'FAIL'} webhook p50 ${f1(s.p50)} p99 ${f1(s.p99)} ms · ` +
  `delivery p50 ${f1(s.dp50)} p99 ${f1(s.dp99)} ms · ${s.errors} errors, ${s.undelivered} undelivered · ` +
  `cpu ${f2(s.cpuMs)} ms/msg (main thread ${f2(s.mainCpuMs)}) + pg ${f2(s.pgCpuMs)} · sql ${f1(s.sql)} redis ${f1(s.redisCommands)} (${f1(s.redisTrips)} trips) · ` +
  `loop delay p99 ${f1(s.loopP99)} max ${f1(s.loopMax)} ms, busy ${(100 * s.loopUtil).toFixed(0)}%`

/**
 * The table of medians over the rounds. `run`: the options it depends on — the fixed `rates`, the number of
 * `rounds`, whether the `ladder` ran, and `steady` (the --steady seconds as given; "0": no second idle window).
 */
export function printTable(
  variants: Variant[],
  idle: Map<Kind, IdleWindows>,
  rounds: Map<Kind, { fixed: Map<number, Step[]>; max: number[] }>,
  after: Map<Kind, AppStats>,
  loads: number[],
  scanned: Map<Kind, number>,
  run: { rates: number[]; rounds: number; ladder: boolean; steady: string },
) {
  const cols = variants.map((v) => v.kind)
  const rows: [string, ...string[]][] = []
  const mib = (b: number) => (b / 1024 / 1024).toFixed(0)
  const med = (k: Kind, rate: number, f: (s: Step) => number) =>
    median(rounds.get(k)!.fixed.get(rate)!.map(f))
  if (run.ladder)
    rows.push([
      'max sustainable (updates/s)',
      ...cols.map((k) => `${median(rounds.get(k)!.max)} (${rounds.get(k)!.max.join(', ')})`),
    ])
  for (const rate of run.rates) {
    rows.push([
      `webhook p50 / p99 at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.p50))} / ${f1(med(k, rate, (s) => s.p99))}`),
    ])
    rows.push([
      `delivery p50 / p99 at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.dp50))} / ${f1(med(k, rate, (s) => s.dp99))}`),
    ])
    rows.push([
      `errors / undelivered at ${rate}/s`,
      ...cols.map((k) => `${med(k, rate, (s) => s.errors)} / ${med(k, rate, (s) => s.undelivered)}`),
    ])
    rows.push([
      `bot event-loop delay p99 / max at ${rate}/s (ms)`,
      ...cols.map((k) => `${f1(med(k, rate, (s) => s.loopP99))} / ${f1(med(k, rate, (s) => s.loopMax))}`),
    ])
    rows.push([
      `CPU per message at ${rate}/s (ms): app + Postgres`,
      ...cols.map((k) => `${f2(med(k, rate, (s) => s.cpuMs))} + ${f2(med(k, rate, (s) => s.pgCpuMs))}`),
    ])
  }
  const last = run.rates.at(-1) as number
  rows.push([
    `per message at ${last}/s: SQL statements, Redis commands (round trips)`,
    ...cols.map(
      (k) =>
        `${f1(med(k, last, (s) => s.sql))}, ${f1(med(k, last, (s) => s.redisCommands))} (${f1(med(k, last, (s) => s.redisTrips))})`,
    ),
  ])
  rows.push([
    'outbox rows read by sequential scans per relayed message (whole run)',
    ...variants.map((v) => (scanned.has(v.kind) ? f1(scanned.get(v.kind)! / Math.max(1, v.relayed)) : '—')),
  ])
  const idleRows = (label: string, pick: (w: IdleWindows) => Idle | undefined) => {
    rows.push([
      `idle CPU (ms/s)${label}: app (main thread) + Postgres`,
      ...cols.map((k) => {
        const w = pick(idle.get(k)!)
        return w ? `${f1(w.cpu)} (${f1(w.mainCpu)}) + ${f1(w.pgCpu)}` : '—'
      }),
    ])
    rows.push([
      `idle SQL statements/s, Redis commands/s${label}`,
      ...cols.map((k) => {
        const w = pick(idle.get(k)!)
        return w ? `${f1(w.sql)}, ${f1(w.redis)}` : '—'
      }),
    ])
  }
  idleRows('', (w) => w.first)
  if (Number(run.steady) > 0)
    idleRows(`, steady (${run.steady} s, ${run.steady} s after the first window)`, (w) => w.steady)
  rows.push([
    'RSS idle / after the run (MiB)',
    ...variants.map(
      (v) =>
        `${mib(idle.get(v.kind)!.first.rss)} / ${mib(after.get(v.kind)!.rssBytes)} (${v.relayed} relayed)`,
    ),
  ])
  const widths = [0, ...cols.map(() => 0)].map((_, i) =>
    Math.max(...[['', ...cols], ...rows].map((r) => (r[i] ?? '').length)),
  )
  const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  console.log(`\n${fmt(['', ...cols])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(fmt(r))
  console.log(
    `\nmedians of ${run.rounds} interleaved round(s); load average (1 min) ${loads.map((l) => l.toFixed(1)).join(' → ')}; ` +
      `CPU figures are process CPU time (less sensitive to the machine's load than wall-clock latency)`,
  )
}
