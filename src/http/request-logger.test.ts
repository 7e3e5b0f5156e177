import { Writable } from 'node:stream'
import type { FastifyBaseLogger } from 'fastify'
import { describe, expect, it } from 'vitest'
import { createLogger } from '../logger.js'
import { lazyChildLogger } from './request-logger.js'

function sinkLogger(level = 'info') {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)))
      cb()
    },
  })
  return { logger: createLogger({ level }, sink) as unknown as FastifyBaseLogger, lines }
}

describe('lazyChildLogger (a request logger built on first use)', () => {
  it('when the request logs nothing, then no child logger is built', () => {
    const { logger } = sinkLogger()
    let built = 0
    const parent = Object.assign(Object.create(logger), {
      child: (...a: Parameters<FastifyBaseLogger['child']>) => {
        built++
        return logger.child(...a)
      },
    }) as FastifyBaseLogger
    const log = lazyChildLogger(parent, { reqId: 'req-1' }, {})
    expect(log.level).toBe('info')
    expect(built).toBe(0)
    log.info('one')
    log.error('two')
    expect(built).toBe(1)
  })

  it('when it logs, then the line carries the bindings and the redaction of the parent, as a child would', () => {
    const { logger, lines } = sinkLogger()
    const lazy = lazyChildLogger(logger, { reqId: 'req-7' }, {})
    lazy.error({ payload: { text: 'secret words' }, url: '/x' }, 'request failed')
    logger
      .child({ reqId: 'req-7' }, {})
      .error({ payload: { text: 'secret words' }, url: '/x' }, 'request failed')
    const [a, b] = lines.map(({ time: _t, ...rest }) => rest)
    expect(a).toEqual(b)
    expect(a).toMatchObject({ reqId: 'req-7', payload: { text: '[redacted]' }, msg: 'request failed' })
    lazy.child({ extra: 1 }).warn('nested')
    expect(lines.at(-1)).toMatchObject({ reqId: 'req-7', extra: 1, msg: 'nested' })
  })

  it('when a level is given for the route, then it applies before and after the child is built', () => {
    const { logger, lines } = sinkLogger()
    const lazy = lazyChildLogger(logger, { reqId: 'r' }, { level: 'error' })
    expect(lazy.level).toBe('error')
    lazy.info('dropped')
    lazy.error('kept')
    expect(lines.map((l) => l.msg)).toEqual(['kept'])
    expect(lazy.level).toBe('error')
  })
})
