/**
 * The environment the product's start command gives the bot (issue #14): the `NAME=value` assignments that open
 * `npm start` / `npm run start:prod` in package.json (today glibc's malloc settings, GLIBC_TUNABLES). The benches
 * start the processes they measure with it, so they measure the bot as it runs in production; glibc reads
 * GLIBC_TUNABLES only at process start, so it has to be in the environment a process is spawned with.
 */
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>
}

/** `NAME=value` words before the command of a package.json script (no quoting in them). */
export function startEnv(script: 'start' | 'start:prod' = 'start'): Record<string, string> {
  const env: Record<string, string> = {}
  for (const word of (pkg.scripts[script] ?? '').split(/\s+/)) {
    const m = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word)
    if (!m) break
    env[m[1] as string] = m[2] as string
  }
  return env
}
