import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import * as names from './pii/names.js'
import { CONTACT_KINDS, findContacts, findPii } from './pii.js'

vi.mock('./pii/names.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./pii/names.js')>()
  return { ...actual, findNames: vi.fn(actual.findNames) }
})

const contactsOfFindPii = (text: string) => findPii(text).filter((f) => CONTACT_KINDS.includes(f.kind))

describe('findContacts (contacts-only path)', () => {
  it('when a message has no contact, then the name detector is not run', () => {
    vi.mocked(names.findNames).mockClear()
    expect(findContacts('Кира Лебедева из 9 класса опять плакала')).toEqual([])
    expect(names.findNames).not.toHaveBeenCalled()
    // findPii itself still finds the name
    expect(findPii('Кира Лебедева из 9 класса опять плакала').map((f) => f.kind)).toEqual(['name'])
  })

  it('when a name overlaps a contact, then the contact spans the name as in findPii', () => {
    const text = 'в дискорде я под ником Grom#7788'
    expect(findContacts(text)).toEqual(contactsOfFindPii(text))
    expect(findContacts(text).map((f) => f.value)).toEqual(['ником Grom#7788'])
  })

  it('when an address holds a surname-like street, then the address is the one findPii gives', () => {
    const text = 'приезжай: Екатеринбург, улица Малышева 51, подъезд 3'
    expect(findContacts(text)).toEqual(contactsOfFindPii(text))
  })

  it('when run over the PII dev set, then every result equals findPii filtered to contact kinds', () => {
    const texts = readFileSync(new URL('../../../data/safety/pii/dev.pii.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text)
    expect(texts.length).toBeGreaterThan(1000)
    const differing = texts.filter(
      (t) => JSON.stringify(findContacts(t)) !== JSON.stringify(contactsOfFindPii(t)),
    )
    expect(differing).toEqual([])
    // (both calls over every dev item, 3,787 after batch 13 and growing: ~25 s alone, more on a loaded machine)
  }, 120_000)
})
