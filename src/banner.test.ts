import { describe, expect, it } from 'vitest'
import { startupBanner } from './banner.js'

const base = {
  sandboxUrl: 'http://127.0.0.1:3001/sandbox',
  appUrl: 'http://127.0.0.1:3000',
  postgres: false,
  pgliteDir: './data/pglite',
}

describe('startup banner', () => {
  it('when the sandbox starts without ADMIN_TOKEN, then the box names the sandbox URL, how to enable the dashboard, the data folder and how to reset', () => {
    const box = startupBanner({ ...base, adminEnabled: false })
    expect(box).toContain('http://127.0.0.1:3001/sandbox')
    expect(box).toContain('+ User')
    expect(box).toContain('ADMIN_TOKEN=<16+ characters>')
    expect(box).toContain('./data/pglite')
    expect(box).toMatch(/Reset:.*delete \.\/data\//)
    // a closed box: every line as wide as the frame
    const lines = box.split('\n')
    expect(lines[0]).toMatch(/^┌─+┐$/)
    expect(lines.at(-1)).toMatch(/^└─+┘$/)
    for (const l of lines) expect([...l].length).toBe([...lines[0]!].length)
  })

  it('when ADMIN_TOKEN is set and Postgres is used, then the dashboard URL is given and no folder is suggested for deletion', () => {
    const box = startupBanner({ ...base, adminEnabled: true, postgres: true })
    expect(box).toContain('http://127.0.0.1:3000/admin')
    expect(box).toContain('Postgres (DATABASE_URL)')
    expect(box).not.toContain('delete')
  })
})
