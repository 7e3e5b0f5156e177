/**
 * Redemptions (helpers spending thank-you Stars): the cost of one redemption end to end (balance checks, debit
 * transaction, sendGift through the local emulator over HTTP, mark sent), and the cost of the sweeper's recovery of
 * one stale row as the bot's Star transaction history grows (recovery pages through all of it). Prints CPU time
 * (this process: app + in-process emulator) and wall time with the load average. `npm run bench:redeem`;
 * uses TEST_DATABASE_URL's server when set, else in-memory PGlite.
 */
import { loadavg } from 'node:os'
import { eq } from 'drizzle-orm'
import { Api } from 'grammy'
import { redemptions, users } from '../src/db/schema/index.js'
import { createEmulator } from '../src/emulator/index.js'
import { createLogger } from '../src/logger.js'
import { createMetrics } from '../src/metrics.js'
import { seedUserRow } from '../src/modules/chat/test-fixtures.js'
import { createRedemptions } from '../src/modules/tips/redeem.js'
import { createRedemptionRecovery } from '../src/modules/tips/redeem-recovery.js'
import { createTestDb } from '../test/helpers/db.js'

const TOKEN = '1234567890:bench-redeem'
const logger = createLogger({ level: 'silent' })
const db = await createTestDb()
const emulator = createEmulator({ token: TOKEN, logger: false })
const api = new Api(TOKEN, { apiRoot: await emulator.listen(0, '127.0.0.1') })
const service = createRedemptions({ db: db.db, api, logger, metrics: createMetrics() })
const recovery = createRedemptionRecovery({ db: db.db, api, redemptions: service, logger, recoverAfterMs: 0 })
emulator.control.setBotBalance({ amount: 10_000_000 })

const tg = emulator.control.createUser({ first_name: 'Helper' })
const helper = await seedUserRow(db.db, { telegramId: tg.id, nickname: 'Calm Fox' })
await db.db.update(users).set({ starBalance: 10_000_000 }).where(eq(users.id, helper.id))
const [gift] = await service.gifts()
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

async function measure(label: string, n: number, run: () => Promise<unknown>) {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) await run()
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  console.log(
    `${label}: ${n} runs, CPU ${(cpuMs / n).toFixed(2)} ms/run, wall ${(wall / n).toFixed(2)} ms/run (load average ${load()})`,
  )
}

console.log(`database: ${db.kind}`)
await measure('redeem (gift, sent)', 200, () =>
  service.redeem(helper.id, { kind: 'gift', giftId: gift!.id }, 'Спасибо'),
)

for (const history of [1_000, 10_000, 30_000]) {
  // grow the bot's Star history with gifts to another user, then leave one row pending (as after a crash)
  const other = emulator.control.createUser({ first_name: 'Other' })
  const have = emulator.control.gifts().length
  for (let i = have; i < history; i++)
    await emulator.callApi('sendGift', { user_id: other.id, gift_id: gift!.id })
  await measure(`recover 1 stale row, ${history} Star transactions`, 3, async () => {
    const [row] = await db.db
      .insert(redemptions)
      .values({ userId: helper.id, kind: 'gift', giftId: gift!.id, stars: gift!.star_count, attempts: 1 })
      .returning()
    const report = await recovery.recover()
    if (report.resent !== 1)
      throw new Error(`expected one resend, got ${JSON.stringify(report)} for ${row!.id}`)
  })
}
await emulator.close()
await db.close()
