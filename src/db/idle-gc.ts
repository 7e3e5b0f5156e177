import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createBusyMeter } from './busy-meter.js'

/** V8's `gc` extension function (`--expose-gc`), with the options V8 13 takes. */
export type GcFunction = (options?: {
  type?: 'major' | 'minor'
  execution?: 'sync' | 'async'
  flavor?: 'regular' | 'last-resort'
}) => void

let gcFunction: GcFunction | null | undefined

/**
 * V8's `gc` without starting node with `--expose-gc`: the flag is set at run time and the function taken from a
 * fresh context (V8 installs the extension into contexts created while the flag is on). Undefined when that
 * fails — only memory is at stake.
 */
export function exposedGc(): GcFunction | undefined {
  if (gcFunction === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      gcFunction = runInNewContext('gc') as GcFunction
    } catch {
      gcFunction = null
    }
  }
  return gcFunction ?? undefined
}

const newSpaceBytes = () =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0

export type IdleGcOptions = {
  /** How often to look (default 5 s). */
  intervalMs?: number
  /**
   * The thread counts as idle when it used less CPU than this share of the last interval (default 0.02, i.e.
   * 20 ms/s; an idle bot uses 5–7 ms/s). On a Node without per-thread CPU time: its event loop's busy share.
   */
  maxBusy?: number
  /** Collect only when V8's young generation has grown past this (default 16 MiB; its floor is 1 MiB). */
  minNewSpaceBytes?: number
}

/**
 * Gives an idle thread's young-generation memory back. Under load V8 grows its nursery (the semi-spaces) up to
 * 64 MiB each on a machine with this much memory, and it never shrinks them again without a memory-reducing
 * collection — which V8 starts on its own only from idle notifications node does not send: after start-up
 * (migrations, the crisis model) an idle bot kept 128 MiB committed and resident for good (README *Embedded
 * PGlite*, *Memory*). Every `intervalMs` this looks at the thread's CPU time since the last look
 * and the nursery's size (microseconds, nothing allocated to speak of); when the thread was idle and the
 * nursery is large it runs one "last resort" full collection (V8's `CollectAllAvailableGarbage`, which shrinks
 * the nursery to its floor and compacts; measured 40–80 ms of the thread's CPU, 0.2–0.8 s of wall time on the
 * loaded dev machine), a pause taken only while nothing happens (`collectStartupGarbage`). A thread that stays idle keeps its small
 * nursery, so it is not repeated until traffic grows it again; under traffic nothing is done and the nursery
 * grows as V8 decides (a capped nursery cost CPU per message).
 */
export function createIdleGc(opts: IdleGcOptions = {}) {
  const intervalMs = opts.intervalMs ?? 5000
  const maxBusy = opts.maxBusy ?? 0.02
  const minNewSpace = opts.minNewSpaceBytes ?? 16 * 1024 * 1024
  let timer: NodeJS.Timeout | undefined
  const busyShare = createBusyMeter()

  /** Looks once (the timer's work): true when it collected. */
  function check(): boolean {
    if (busyShare() > maxBusy || newSpaceBytes() < minNewSpace) return false
    return collectStartupGarbage()
  }

  return {
    check,
    /**
     * The collection now, whatever the thread did: for the end of start-up, before the process reports ready,
     * so that start-up's garbage is not collected in the first idle seconds instead (see `collectStartupGarbage`).
     * True when it collected.
     */
    collectNow(): boolean {
      const collected = collectStartupGarbage()
      busyShare() // the collection's own CPU time is not "busy since the last look"
      return collected
    },
    start() {
      if (timer) return
      busyShare()
      timer = setInterval(check, intervalMs)
      timer.unref()
    },
    stop() {
      clearInterval(timer)
      timer = undefined
    },
  }
}

export type IdleGc = ReturnType<typeof createIdleGc>

/**
 * Collects everything start-up (or a burst, for the idle collector) left behind: V8's "last resort" collection,
 * which shrinks the nursery to its floor and compacts the old generation. False when `gc` is not available.
 *
 * V8's memory reducer may follow a collection that gave memory back with up to two incremental ones ~8 s later
 * (0.4–0.9 s of CPU on the loaded 2-core machine after start-up). An earlier version kept it from doing so by
 * setting `--memory-reducer-gc-count=0` around this collection; that crashed the process whenever the reducer
 * was already in its own cycle — V8 checks `started_gcs <= memory_reducer_gc_count` on every step and aborts
 * (SIGTRAP, "Check failed: state.started_gcs() <= MaxNumberOfGCs()"), and flags are process-wide, so the
 * PGlite worker's collector could kill the main thread too. The follow-ups are the price; the flag stays as V8
 * set it (idle-gc-reducer.test.ts runs a collection in the middle of the reducer's cycle).
 */
export function collectStartupGarbage(): boolean {
  const gc = exposedGc()
  if (!gc) return false
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  return true
}
