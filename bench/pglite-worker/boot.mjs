// tsx's loader is not inherited by worker threads on Node 20: register it, then load the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
