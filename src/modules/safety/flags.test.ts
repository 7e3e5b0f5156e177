import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../../../test/helpers/db.js'
import type { DbHandle } from '../../db/client.js'
import { auditLog, users } from '../../db/schema/index.js'
import { createMetrics } from '../../metrics.js'
import { createSafetyService } from './flags.js'

describe('safety flags', () => {
  let handle: DbHandle
  let userA: number
  let userB: number
  const metrics = createMetrics({ defaultMetrics: false })
  const flagsCount = async (kind: string) =>
    (await metrics.flagsRaised.get()).values.find((v) => v.labels.kind === kind)?.value ?? 0

  beforeAll(async () => {
    handle = await createTestDb()
    const rows = await handle.db
      .insert(users)
      .values([
        { telegramId: 1001, nickname: 'Тихий Лис' },
        { telegramId: 1002, nickname: 'Quiet Owl' },
      ])
      .returning({ id: users.id })
    userA = rows[0]!.id
    userB = rows[1]!.id
  })
  afterAll(async () => {
    await handle.close()
  })

  it('when a flag is raised, then it is stored open, counted, and its context is anonymised', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const before = await flagsCount('report')
    const flag = await safety.raiseFlag({
      userId: userA,
      reporterId: userB,
      kind: 'report',
      reason: 'harassment',
      context: {
        messages: [{ from: 'reported', text: 'Тихий Лис тут, пиши @lis_99 или 89991234567' }],
        note: 'see vk.com/id1',
      },
      names: ['Тихий Лис'],
    })
    expect(flag).toMatchObject({ userId: userA, reporterId: userB, kind: 'report', status: 'open' })
    expect(flag.severity).toBe('medium')
    expect(flag.context).toEqual({
      messages: [{ from: 'reported', text: '[name] [name] тут, пиши [username] или [phone]' }],
      note: 'see [link]',
    })
    expect(await flagsCount('report')).toBe(before + 1)
  })

  it('when a message in the context gives a real name, then that name is masked in every line moderators see', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const flag = await safety.raiseFlag({
      userId: userA,
      kind: 'crisis',
      context: {
        messages: [
          { from: 'sender', text: 'Меня зовут Дарина, и я больше не хочу жить' },
          { from: 'partner', text: 'Дарина, я рядом' },
        ],
      },
    })
    expect(JSON.stringify(flag.context)).not.toContain('Дарин')
    expect(flag.context.messages?.[1]?.text).toBe('[name], я рядом')
  })

  it('when the same crisis is raised twice with raiseFlagOnce, then one open flag exists', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const before = await flagsCount('crisis')
    const results = await Promise.all([
      safety.raiseFlagOnce({ userId: userB, kind: 'crisis', severity: 'high', reason: 'lexicon:suicide' }),
      safety.raiseFlagOnce({ userId: userB, kind: 'crisis', severity: 'high', reason: 'lexicon:suicide' }),
    ])
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(results[0]!.flag.id).toBe(results[1]!.flag.id)
    expect(await flagsCount('crisis')).toBe(before + 1)
    const open = await safety.listOpen({ kind: 'crisis', userId: userB })
    expect(open).toHaveLength(1)
  })

  it('when a more severe crisis follows while a flag is open, then that flag is raised, never lowered, and stays one', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const first = await safety.raiseFlagOnce({
      userId: userA,
      kind: 'crisis',
      severity: 'high',
      reason: 'lexicon:active_ideation',
    })
    const raised = await safety.raiseFlagOnce({
      userId: userA,
      kind: 'crisis',
      severity: 'critical',
      reason: 'lexicon:imminent',
    })
    expect(raised).toMatchObject({
      created: false,
      flag: { id: first.flag.id, severity: 'critical', reason: 'lexicon:imminent' },
    })
    const milder = await safety.raiseFlagOnce({
      userId: userA,
      kind: 'crisis',
      severity: 'medium',
      reason: 'lexicon:passive_ideation',
    })
    expect(milder).toMatchObject({
      created: false,
      flag: { id: first.flag.id, severity: 'critical', reason: 'lexicon:imminent' },
    })
    expect(await safety.listOpen({ kind: 'crisis', userId: userA })).toHaveLength(1)
    await safety.resolve(first.flag.id, 'test')
  })

  it('when a flag is resolved, then it leaves the open list, is audited, and a second resolve is refused', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const flag = await safety.raiseFlag({ userId: userA, kind: 'toxicity', reason: 'lexicon:toxicity' })
    const openBefore = await safety.countOpen()

    const first = await safety.resolve(flag.id, 'admin', 'warned the user')
    expect(first).toMatchObject({ ok: true, flag: { status: 'resolved', resolvedBy: 'admin' } })
    expect(await safety.countOpen()).toBe(openBefore - 1)
    expect((await safety.listOpen()).map((f) => f.id)).not.toContain(flag.id)

    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(flag.id)))
    expect(audit).toMatchObject([{ actor: 'admin', action: 'flag.resolve', targetType: 'safety_flag' }])

    expect(await safety.resolve(flag.id, 'admin', 'again')).toEqual({ ok: false, reason: 'already-closed' })
    expect(await safety.resolve(999_999, 'admin')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('when a resolved crisis comes back, then raiseFlagOnce opens a new flag', async () => {
    const safety = createSafetyService({ db: handle.db, metrics })
    const first = await safety.raiseFlagOnce({ userId: userA, kind: 'ai_hint', reason: 'unsafe-output' })
    await safety.resolve(first.flag.id, 'admin', null, 'dismissed')
    const second = await safety.raiseFlagOnce({ userId: userA, kind: 'ai_hint', reason: 'unsafe-output' })
    expect(second.created).toBe(true)
    expect(second.flag.id).not.toBe(first.flag.id)
  })
})
