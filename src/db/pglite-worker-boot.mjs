// Worker entry when the app runs from TypeScript (`tsx`, vitest): Node 20 does not pass tsx's loader on to
// worker threads, so register it here, then load the TypeScript worker. dist/ starts pglite-worker-thread.js directly.
import { register } from 'tsx/esm/api'

register()
await import('./pglite-worker-thread.ts')
