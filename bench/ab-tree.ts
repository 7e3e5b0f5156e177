/**
 * For A/B scripts that time this tree against another checkout of it (`npx tsx bench/<script>.ts <other-tree>`):
 * the other tree's copy of a module, and the process CPU clock both sides are timed with.
 */
import { pathToFileURL } from 'node:url'

/** The other tree (the script's first argument) and its copy of `modulePath` (relative to the tree's root). */
export async function importOtherTree<T>(
  script: string,
  modulePath: string,
): Promise<{ other: string; base: T }> {
  const other = process.argv[2]
  if (!other) throw new Error(`usage: ${script} <other-tree>`)
  const base = (await import(pathToFileURL(`${other}/${modulePath}`).href)) as T
  return { other, base }
}

/** Process CPU time, user + system, in µs. */
export const cpuMicros = (): number => {
  const u = process.cpuUsage()
  return u.user + u.system
}
