/** Child processes and measurements of bench/webhook.ts: spawning with IPC, asking, Postgres backends' CPU. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'

export type Child = { proc: ChildProcess; ask<T>(msg: object, reply: string): Promise<T> }

/** Spawns `bench/webhook/<file>` under tsx with an IPC channel; resolves once it said `ready`. */
export async function spawnChild<T>(
  file: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ child: Child; ready: T }> {
  const path = fileURLToPath(new URL(file, import.meta.url))
  const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  type Waiter = { resolve: (m: unknown) => void; reject: (e: Error) => void }
  const waiters = new Map<string, Waiter[]>()
  proc.on('message', (m: { type: string }) => waiters.get(m.type)?.shift()?.resolve(m))
  proc.once('exit', (code) => {
    for (const [type, list] of waiters)
      for (const w of list.splice(0))
        w.reject(new Error(`${file} exited (${code}) while waiting for ${type}`))
  })
  const wait = <R>(type: string) =>
    new Promise<R>((resolve, reject) => {
      const list = waiters.get(type) ?? []
      waiters.set(type, list)
      list.push({ resolve: resolve as (m: unknown) => void, reject })
    })
  const child: Child = {
    proc,
    ask<R>(msg: object, reply: string) {
      const p = wait<R>(reply)
      proc.send(msg)
      return p
    },
  }
  return { child, ready: await wait<T>('ready') }
}

/** Ends a child gracefully (`close` → `closed`), or kills it after `ms`. */
export async function stopChild(c: Child, ms = 15_000) {
  if (c.proc.exitCode !== null) return
  const exited = new Promise((r) => c.proc.once('exit', r))
  c.proc.send({ type: 'close' })
  const t = setTimeout(() => c.proc.kill('SIGKILL'), ms)
  await exited
  clearTimeout(t)
}

const TICK_MS = (() => {
  try {
    return 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
  } catch {
    return 10
  }
})()

/** user+system CPU (ms) of a process from /proc/<pid>/stat; undefined when it is gone or unreadable. */
export function procCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS
  } catch {
    return undefined
  }
}

/**
 * CPU of the Postgres backends serving one database, as a running sum over every backend seen: read before and
 * after a step (`sample`; the first call is the baseline), a backend that appeared in between counts from zero.
 */
export function createBackendMeter(admin: pg.Client, database: string) {
  const last = new Map<number, number>()
  let total = 0
  let primed = false
  return {
    async sample(): Promise<number> {
      const { rows } = await admin.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      )
      for (const { pid } of rows) {
        const cpu = procCpuMs(pid)
        if (cpu === undefined) continue
        if (primed) total += cpu - (last.get(pid) ?? 0)
        last.set(pid, cpu)
      }
      primed = true
      return total
    },
  }
}

export const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number
}
export const median = (xs: number[]) => pct(xs, 50)
