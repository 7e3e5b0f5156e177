import { describe, expect, it } from 'vitest'
import { HINT_KINDS, LIBRARY, offlineHints } from './library.js'
import { parseSuggestions } from './parse.js'
import { buildPrompt, TOPIC_GUIDANCE } from './prompts.js'

const three = [
  { kind: 'empathy', text: 'E' },
  { kind: 'question', text: 'Q?' },
  { kind: 'boundary', text: 'B' },
]

describe('parseSuggestions', () => {
  it('when the answer is the requested JSON, then it is used as is', () => {
    expect(parseSuggestions(JSON.stringify({ suggestions: three }))).toEqual(three)
  })

  it('when the JSON is fenced and surrounded by prose, then it is still found', () => {
    expect(
      parseSuggestions(`Sure!\n\`\`\`json\n${JSON.stringify({ suggestions: three })}\n\`\`\`\nHope it helps`),
    ).toEqual(three)
  })

  it('when the JSON is an object keyed by kind, then kinds come from the keys', () => {
    expect(parseSuggestions('{"question":"Q?","empathy":"E","boundary":"B"}')).toEqual(three)
  })

  it('when the JSON is an array of strings, then kinds are assigned in order', () => {
    expect(parseSuggestions('["E","Q?","B"]')).toEqual(three)
  })

  it('when kinds are synonyms or in Russian, then they are recognised', () => {
    expect(
      parseSuggestions(
        '{"suggestions":[{"type":"Вопрос","text":"Q?"},{"type":"validation","text":"E"},{"category":"self-care","suggestion":"B"}]}',
      ),
    ).toEqual(three)
  })

  it('when the answer is labelled lines with markdown, then lines are parsed', () => {
    const raw = 'Here you go:\n- **Empathy**: "E"\n- **Question** — Q?\n- Boundary: B'
    expect(parseSuggestions(raw)).toEqual(three)
  })

  it('when the answer is a bare numbered list, then kinds are assigned in order', () => {
    expect(parseSuggestions('1. E\n2) Q?\n3. B')).toEqual(three)
  })

  it('when there are more than three or duplicates, then at most one per kind is kept', () => {
    const raw = JSON.stringify({
      suggestions: [...three, { kind: 'empathy', text: 'E2' }, { kind: 'question', text: 'Q?' }],
    })
    expect(parseSuggestions(raw)).toEqual(three)
  })

  it('when a text is very long, then it is cut with an ellipsis', () => {
    const [s] = parseSuggestions(
      JSON.stringify({ suggestions: [{ kind: 'empathy', text: 'а'.repeat(1000) }] }),
    )
    expect(s?.text.length).toBe(300)
    expect(s?.text.endsWith('…')).toBe(true)
  })

  it('when the answer is empty, a refusal or broken JSON, then nothing is returned', () => {
    expect(parseSuggestions('')).toEqual([])
    expect(parseSuggestions('I cannot help with that.')).toEqual([])
    expect(parseSuggestions('{"suggestions": [')).toEqual([])
  })
})

describe('offline library', () => {
  it('when any topic is asked in any language, then there is one suggestion of each kind', () => {
    for (const slug of [...Object.keys(LIBRARY), 'unknown', null])
      for (const lang of ['ru', 'en'] as const) {
        const hints = offlineHints(slug, lang)
        expect(hints.map((h) => h.kind)).toEqual([...HINT_KINDS])
        for (const h of hints) expect(h.text.length).toBeGreaterThan(5)
      }
  })

  it('when every topic is covered, then ru and en have the same shape', () => {
    for (const [slug, entry] of Object.entries(LIBRARY))
      for (const kind of HINT_KINDS) {
        expect(entry.ru[kind].length, `${slug}.${kind}`).toBeGreaterThan(0)
        expect(entry.ru[kind].length, `${slug}.${kind}`).toBe(entry.en[kind].length)
      }
  })

  it('when the topic is crisis, then only curated crisis lines are used', () => {
    const crisis = LIBRARY.crisis!
    for (let i = 0; i < 5; i++)
      for (const h of offlineHints('crisis', 'ru', (n) => i % n)) expect(crisis.ru[h.kind]).toContain(h.text)
  })
})

describe('buildPrompt', () => {
  it('when a topic has guidance, then the system prompt carries it, the language and the JSON contract', () => {
    const p = buildPrompt({ topicSlug: 'burnout', topicName: 'Выгорание', lang: 'ru', lines: [] })
    expect(p.system).toContain(TOPIC_GUIDANCE.burnout)
    expect(p.system).toContain('in Russian')
    expect(p.system).toContain('"suggestions"')
    expect(p.user).toContain('burnout (Выгорание)')
    expect(p.user).toContain('has not started yet')
  })

  it('when the topic is unknown, then the generic guidance is used', () => {
    expect(buildPrompt({ topicSlug: 'zzz', lang: 'en', lines: [] }).system).toContain(TOPIC_GUIDANCE.generic)
  })

  it('when the conversation is long, then the newest lines are kept within the budget', () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => ({ from: i % 2 ? 'me' : 'partner', text: `line ${i} ${'x'.repeat(200)}` }) as const,
    )
    const p = buildPrompt({ topicSlug: null, lang: 'en', lines })
    expect(p.user).toContain('line 39')
    expect(p.user).not.toContain('line 0 ')
    expect(p.user.length).toBeLessThan(3500)
    expect(p.user).toMatch(/User: line 39/)
  })
})
