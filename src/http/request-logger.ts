import type { FastifyBaseLogger } from 'fastify'

type Bindings = Record<string, unknown>
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1]
type Args<K extends 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'> = Parameters<
  FastifyBaseLogger[K]
>

/**
 * A request's logger that becomes `parent.child(bindings, opts)` only when the request logs something.
 * A class (methods on the prototype), so that building one per request is three field writes.
 */
class LazyChild implements FastifyBaseLogger {
  #real: FastifyBaseLogger | undefined
  readonly #parent: FastifyBaseLogger
  readonly #bindings: Bindings
  readonly #opts: ChildOptions

  constructor(parent: FastifyBaseLogger, bindings: Bindings, opts: ChildOptions) {
    this.#parent = parent
    this.#bindings = bindings
    this.#opts = opts
  }

  #get(): FastifyBaseLogger {
    this.#real ??= this.#parent.child(this.#bindings, this.#opts)
    return this.#real
  }

  get level(): string {
    return this.#real ? this.#real.level : (this.#opts?.level ?? this.#parent.level)
  }
  set level(level: string) {
    this.#get().level = level
  }
  fatal(...a: Args<'fatal'>) {
    this.#get().fatal(...a)
  }
  error(...a: Args<'error'>) {
    this.#get().error(...a)
  }
  warn(...a: Args<'warn'>) {
    this.#get().warn(...a)
  }
  info(...a: Args<'info'>) {
    this.#get().info(...a)
  }
  debug(...a: Args<'debug'>) {
    this.#get().debug(...a)
  }
  trace(...a: Args<'trace'>) {
    this.#get().trace(...a)
  }
  silent(...a: Args<'silent'>) {
    this.#get().silent(...a)
  }
  child(bindings: Bindings, opts?: ChildOptions): FastifyBaseLogger {
    return this.#get().child(bindings, opts)
  }
}

/**
 * Fastify's `childLoggerFactory`: a request's logger that becomes `parent.child(bindings, opts)` only when
 * the request logs something. Fastify builds a child for every request (its `reqId` binding), and with the
 * logger's redaction each pino child copies the redaction of its bindings (`@pinojs/redact`) — while request
 * lines are not logged here (`disableRequestLogging`) and a request that succeeds logs nothing. What it logs,
 * and with which bindings, is what the child would have logged.
 */
export function lazyChildLogger(
  parent: FastifyBaseLogger,
  bindings: Bindings,
  opts: ChildOptions,
): FastifyBaseLogger {
  return new LazyChild(parent, bindings, opts)
}
