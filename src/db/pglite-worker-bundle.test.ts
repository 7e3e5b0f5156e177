import { describe, expect, it } from 'vitest'
import { bundledWorkerThread } from './pglite-worker-bundle.js'

describe('the PGlite worker thread run from TypeScript', () => {
  it('when bundled, then it is one plain-JavaScript module that loads no TypeScript loader', async () => {
    const url = await bundledWorkerThread()
    expect(url.protocol).toBe('data:')
    const code = Buffer.from(url.href.slice(url.href.indexOf(',') + 1), 'base64').toString('utf8')
    // the project's files are inside; packages are imported from the files the main thread resolved
    expect(code).toContain('pglite-worker-thread must run in a worker thread')
    expect(code).toMatch(/from "file:\/\/\/[^"]*@electric-sql\/pglite\//)
    expect(code).not.toMatch(/from "\.{1,2}\//)
    expect(code).not.toContain('tsx')
    expect(code).not.toContain('import.meta.url')
  })

  it('when asked again, then the same bundle is returned (built once per process)', async () => {
    expect(await bundledWorkerThread()).toBe(await bundledWorkerThread())
  })
})
