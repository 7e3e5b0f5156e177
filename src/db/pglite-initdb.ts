import { spawn } from 'node:child_process'

/**
 * Creates a PGlite data directory (initdb) in a short-lived child process, so that the bot's own process only
 * ever opens an existing directory. Run in-process, initdb's instance (a second WebAssembly heap of ~400 MiB,
 * released after it closes) left glibc's main heap fragmented: ~30 MiB of freed `malloc` memory with `npm start`'s
 * GLIBC_TUNABLES (~40 MiB without) stayed resident for the life of the process, so a first start idled that much
 * above every later one (README *Embedded PGlite*, *Memory, fifth pass*). The child runs PGlite's own `create`
 * with the same start parameters and closes it cleanly (its files written before it exits); nothing but the
 * directory is shared. Costs one extra Node start and PGlite open on the very first start of a directory.
 *
 * The child is plain ESM given on the command line (no TypeScript, no loader): it imports PGlite by the file URL
 * resolved here, so it works the same from `dist/` and under tsx, and in a worker thread.
 */
export async function initPgliteDir(dir: string, startParams: readonly string[]): Promise<void> {
  const code = [
    'const { PGlite } = await import(process.env.TNO_PGLITE_URL)',
    'const db = await PGlite.create(process.env.TNO_PGLITE_DIR, { startParams: JSON.parse(process.env.TNO_PGLITE_PARAMS) })',
    "await db.query('select 1')",
    'await db.close()',
  ].join('\n')
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    env: {
      ...process.env,
      TNO_PGLITE_URL: import.meta.resolve('@electric-sql/pglite'),
      TNO_PGLITE_DIR: dir,
      TNO_PGLITE_PARAMS: JSON.stringify(startParams),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (d: string) => {
    stderr = (stderr + d).slice(-4000)
  })
  const exit = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (c, signal) => resolve(signal ? null : c))
  })
  if (exit !== 0)
    throw new Error(`PGlite initdb in a child process failed (exit ${exit ?? 'by signal'}): ${stderr.trim()}`)
}
