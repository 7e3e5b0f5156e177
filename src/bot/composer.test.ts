import { readdirSync, readFileSync } from 'node:fs'
import { Context, Composer as GrammyComposer } from 'grammy'
import type { Update, UserFromGetMe } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { Composer } from './composer.js'

const me = { id: 1, is_bot: true, first_name: 'Bot', username: 'bot' } as UserFromGetMe
const text = (t: string, chatType: 'private' | 'group' = 'private'): Context =>
  new Context(
    {
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat:
          chatType === 'private'
            ? { id: 5, type: 'private', first_name: 'A' }
            : { id: -5, type: 'group', title: 'G' },
        from: { id: 5, is_bot: false, first_name: 'A' },
        text: t,
        ...(t.startsWith('/')
          ? { entities: [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]!.length }] }
          : {}),
      },
    } as Update,
    {} as never,
    me,
  )

/** Runs the same feature built on grammY's Composer and on ours; returns what each recorded. */
async function both(build: (c: GrammyComposer<Context>, log: string[]) => void, ctx: () => Context) {
  const out: string[][] = []
  for (const C of [GrammyComposer, Composer]) {
    const log: string[] = []
    const c = new C<Context>()
    build(c, log)
    await c.middleware()(ctx(), async () => void log.push('next'))
    out.push(log)
  }
  return { grammy: out[0], ours: out[1] }
}

describe('Composer (filter without a composer per update)', () => {
  it('when filters match, miss, nest and are registered after the filter, then it runs what grammY runs', async () => {
    const build = (c: GrammyComposer<Context>, log: string[]) => {
      c.use(async (_ctx, next) => {
        log.push('before')
        await next()
        log.push('after')
      })
      const pm = c.chatType('private')
      c.command('start', () => void log.push('start'))
      pm.command('help', () => void log.push('help'))
      // registered on the filtered composer after the filter was installed
      pm.on('message:text', async (ctx, next) => {
        log.push(`text:${ctx.message.text}`)
        await next()
      })
      c.hears(/^hi (\w+)/, (ctx) => void log.push(`hears:${ctx.match[1]}`))
      c.filter(
        async (ctx) => ctx.message?.text === 'async',
        () => void log.push('async'),
      )
      c.drop(
        (ctx) => ctx.message?.text !== 'dropped',
        () => void log.push('drop'),
      )
    }
    for (const [t, chat] of [
      ['/start', 'private'],
      ['/help', 'private'],
      ['/help', 'group'],
      ['hi there', 'private'],
      ['hi there', 'group'],
      ['async', 'private'],
      ['dropped', 'group'],
      ['nothing', 'group'],
    ] as const) {
      const r = await both(build, () => text(t, chat))
      expect(r.ours, `${t} in ${chat}`).toEqual(r.grammy)
    }
  })

  it('when a middleware calls next twice, then the second call fails as in grammY', async () => {
    for (const C of [GrammyComposer, Composer]) {
      const c = new C<Context>()
      c.use(async (_ctx, next) => {
        await next()
        await next()
      })
      c.use(() => {})
      await expect(
        c.middleware()(text('x'), async () => {}),
        C.name,
      ).rejects.toThrow('already called')
    }
  })

  it('when a filtered handler throws (sync or async predicate), then the error propagates as in grammY', async () => {
    for (const pred of [() => true, async () => true]) {
      const c = new Composer<Context>()
      c.filter(pred, () => {
        throw new Error('boom')
      })
      await expect(c.middleware()(text('x'), async () => {})).rejects.toThrow('boom')
    }
    const c = new Composer<Context>()
    c.filter(
      () => {
        throw new Error('predicate')
      },
      () => {},
    )
    await expect(Promise.resolve().then(() => c.middleware()(text('x'), async () => {}))).rejects.toThrow(
      'predicate',
    )
  })

  it('when an update passes filters that do not match, then no composer is built for it', async () => {
    const entered: Record<string, number> = {}
    for (const [name, C] of [
      ['grammy', GrammyComposer],
      ['ours', Composer],
    ] as const) {
      const c = new C<Context>()
      for (let i = 0; i < 20; i++) c.command(`c${i}`, () => {})
      c.callbackQuery('x', () => {})
      const handler = c.middleware()
      // grammY's `filter` goes through `lazy`, which builds a composer per update and per filter and enters
      // it through `middleware()`
      const middleware = GrammyComposer.prototype.middleware
      let n = 0
      GrammyComposer.prototype.middleware = function (this: GrammyComposer<Context>) {
        n++
        return middleware.call(this)
      }
      try {
        await handler(text('hello'), async () => {})
      } finally {
        GrammyComposer.prototype.middleware = middleware
      }
      entered[name] = n
    }
    // grammY: each of the 21 filters is entered through `use`'s flatten, then a second, new composer per
    // filter and update; ours runs its middleware array directly
    expect(entered).toEqual({ grammy: 42, ours: 0 })
  })

  it('when a feature builds a composer, then it is this one (a grammY Composer would bring the per-update cost back)', () => {
    const dir = new URL('./features/', import.meta.url)
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) =>
        /import \{[^}]*\bComposer\b[^}]*\} from 'grammy'/.test(readFileSync(new URL(f, dir), 'utf8')),
      )
    expect(offenders).toEqual([])
  })
})
