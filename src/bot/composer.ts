import {
  type Context,
  Composer as GrammyComposer,
  type Middleware,
  type MiddlewareFn,
  type MiddlewareObj,
  type NextFunction,
} from 'grammy'

type MaybePromise<T> = T | Promise<T>

const isPromiseLike = (x: unknown): x is PromiseLike<unknown> =>
  typeof (x as { then?: unknown } | null | undefined)?.then === 'function'

/**
 * Runs `stack[i..]`, then `next`, as grammY's left-folded `concat` chain does: every middleware but the last
 * gets its own `next`, callable once; the last gets `next` itself. A sync throw becomes a rejection (grammY's
 * levels are async functions). No async frame per level: a level costs one closure, not grammY's two async
 * functions and their promises.
 */
function dispatch<C extends Context>(
  stack: MiddlewareFn<C>[],
  i: number,
  ctx: C,
  next: NextFunction,
): MaybePromise<unknown> {
  if (i === stack.length) return next()
  const mw = stack[i]!
  let called = false
  const own: NextFunction =
    i === stack.length - 1
      ? next
      : () => {
          if (called) return Promise.reject(new Error('`next` already called before!'))
          called = true
          const r = dispatch(stack, i + 1, ctx, next)
          return (isPromiseLike(r) ? r : Promise.resolve()) as Promise<void>
        }
  try {
    return mw(ctx, own)
  } catch (err) {
    return Promise.reject(err)
  }
}

/**
 * grammY's Composer, lighter per update. Features build their composers from this one
 * (`src/bot/features/*`, checked by composer.test.ts), and so does the bot's root (bot/index.ts).
 *
 * Why (issue #14): grammY implements `filter` — and so `on`, `command`, `hears`, `callbackQuery`,
 * `chatType`, `drop` — through `branch` → `lazy`, which builds a new Composer (array, `flatten` and `concat`
 * closures) for every filter an update passes, on every update; and chains `use`d middleware as nested
 * `concat`s, two async functions per level. A relayed text message passes ~70 of them: ~250 KiB allocated
 * per update of the ~300 KiB of the whole hot path, a young-generation GC every ~40 messages.
 * Here a composer keeps its middleware in an array run by one small dispatcher, and `filter` runs the
 * filtered composer directly.
 *
 * Same behaviour as grammY's: order, one `next` per middleware (a second call is an error), errors
 * propagate; a composer's middleware registered after it was installed (`c.chatType('private').on(…)`) is
 * seen, since the array is read at run time; grammY composers and plugins (`MiddlewareObj`) are entered
 * through their `middleware()` at run time, as grammY's `flatten` does.
 */
export class Composer<C extends Context> extends GrammyComposer<C> {
  readonly #stack: MiddlewareFn<C>[]
  readonly #run: MiddlewareFn<C>

  constructor(...middleware: Array<Middleware<C>>) {
    super()
    this.#stack = middleware.map(flatten)
    this.#run = (ctx, next) => dispatch(this.#stack, 0, ctx, next)
  }

  override middleware(): MiddlewareFn<C> {
    return this.#run
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Composer<C>(...middleware)
    this.#stack.push(composer.#run)
    return composer
  }

  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new Composer<C>(...middleware)
    const run = composer.#run
    this.#stack.push((ctx, next) => {
      const ok = predicate(ctx)
      if (isPromiseLike(ok)) return Promise.resolve(ok).then((yes) => (yes ? run(ctx, next) : next()))
      return ok ? run(ctx, next) : next()
    })
    return composer
  }
}

/** As grammY's `flatten`: ours by its stable runner, anything else through `middleware()` at call time. */
function flatten<C extends Context>(mw: Middleware<C>): MiddlewareFn<C> {
  if (typeof mw === 'function') return mw
  if (mw instanceof Composer) return mw.middleware()
  const obj = mw as MiddlewareObj<C>
  return (ctx, next) => obj.middleware()(ctx, next)
}
