import { loadConfig } from '../config.js'
import { createDb } from './client.js'
import { runMigrations } from './migrate.js'

const config = loadConfig(process.env)
const handle = await createDb({ url: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR })
await runMigrations(handle)
await handle.close()
console.log(`migrations applied (${handle.kind})`)
