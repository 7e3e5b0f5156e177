import { relative } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Files that take a minute or so alone (seconds, in CI at its start of round 17); each is one fork on one of
 * CI's two cores for its whole run. The estimate is used only while vitest has no recorded duration for the
 * file (a fresh checkout, a new cache directory).
 */
export const SLOW_FILES: Record<string, number> = {
  'test/sandbox.restart.e2e.test.ts': 74,
  'src/modules/safety/crisis/train.test.ts': 73,
  'test/relay-rate.e2e.test.ts': 47,
}

/** Where a file without a recorded duration or an estimate goes: after the files known to take longer. */
const UNKNOWN_SECONDS = 20

/**
 * The files of forks shared from file to file (`isolate: false`, vitest.config.ts) first, together: vitest
 * hands a finished shared fork the next file only when the next file in the queue is one of them, so
 * interleaved with isolated files each would get a fresh fork again. Within each part longest first, by the
 * duration vitest recorded for the file (its results cache), else the estimate above, else UNKNOWN_SECONDS;
 * ties keep vitest's order (failed first, then the larger file first). Vitest's own sort
 * compares by file size whenever one of the two files has no recorded duration, so in a run without records
 * (CI after `npm ci` emptied node_modules/.vite) the crisis training test, a 1.5 kB file of ~73 s, was started
 * as the 153rd of 170 files: one core then worked alone on it at the end of the run.
 */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files)
    const root = this.ctx.config.root
    const seconds = (f: TestSpecification) => {
      const path = relative(root, f.moduleId)
      const recorded = this.ctx.cache.getFileTestResults(`${f.project.name}:${path}`)?.duration
      return recorded !== undefined ? recorded / 1000 : (SLOW_FILES[path] ?? UNKNOWN_SECONDS)
    }
    const isolated = (f: TestSpecification) => (f.project.config.isolate === false ? 0 : 1)
    return base
      .map((f, i) => ({ f, i, iso: isolated(f), s: seconds(f) }))
      .sort((a, b) => a.iso - b.iso || b.s - a.s || a.i - b.i)
      .map(({ f }) => f)
  }
}
