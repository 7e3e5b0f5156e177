import { performance } from 'node:perf_hooks'

type CpuUsage = { user: number; system: number }
/** This thread's CPU time in µs (`process.threadCpuUsage`, Node ≥ 23.9), or undefined on an older Node. */
const threadCpu = (): number | undefined => {
  const usage = (process as { threadCpuUsage?: () => CpuUsage }).threadCpuUsage?.()
  return usage && usage.user + usage.system
}

/**
 * How busy this thread was since the previous look: its CPU time per wall time (0…1). CPU time rather than the
 * event loop's busy time: on a loaded machine the latter counts waiting for a core. On a Node without per-thread
 * CPU time: the event loop's busy share. Each call starts the next window.
 */
export function createBusyMeter() {
  let last = { at: performance.now(), cpu: threadCpu(), elu: performance.eventLoopUtilization() }
  return function busyShare(): number {
    const now = { at: performance.now(), cpu: threadCpu(), elu: performance.eventLoopUtilization() }
    const busy =
      now.cpu !== undefined && last.cpu !== undefined
        ? (now.cpu - last.cpu) / 1000 / Math.max(1, now.at - last.at)
        : performance.eventLoopUtilization(now.elu, last.elu).utilization
    last = now
    return busy
  }
}
