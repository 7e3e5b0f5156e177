/**
 * A background task that runs `tick` every `intervalMs`, counted from the end of the previous run (runs never
 * overlap); the first run after `firstDelayMs` (default `intervalMs`). `tick` handles its own errors. `stop()`
 * cancels the next run and waits for the one in flight. The timer does not keep the process alive.
 */
export function createPeriodic<T>(opts: {
  name: string
  intervalMs: number
  firstDelayMs?: number
  tick: () => Promise<T>
}) {
  let timer: NodeJS.Timeout | null = null
  let current: Promise<unknown> | null = null
  let running = false
  const schedule = (ms: number) => {
    if (!running) return
    timer = setTimeout(() => {
      current = opts.tick().finally(() => {
        current = null
        schedule(opts.intervalMs)
      })
    }, ms)
    timer.unref()
  }
  return {
    name: opts.name,
    start() {
      if (running) return
      running = true
      schedule(opts.firstDelayMs ?? opts.intervalMs)
    },
    async stop() {
      running = false
      if (timer) clearTimeout(timer)
      timer = null
      await current
    },
    /** One run now (tests). */
    tick: opts.tick,
  }
}
