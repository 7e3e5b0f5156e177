import { describe, expect, it } from 'vitest'
import { BotApiError } from './errors.js'
import { applyParseMode } from './formatting.js'

const errorOf = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    if (e instanceof BotApiError) return e.description
    throw e
  }
  throw new Error('expected a BotApiError')
}

describe('HTML parse mode', () => {
  it('when tags nest, then entities get UTF-16 offsets of the stripped text', () => {
    const r = applyParseMode(
      '👋 <b>bold <i>both</i></b> <code>x&amp;y</code> <pre><code class="language-ts">let a</code></pre>',
      'HTML',
    )
    expect(r.text).toBe('👋 bold both x&y let a')
    expect(r.entities).toEqual([
      { type: 'bold', offset: 3, length: 9 },
      { type: 'italic', offset: 8, length: 4 },
      { type: 'code', offset: 13, length: 3 },
      { type: 'pre', offset: 17, length: 5, language: 'ts' },
    ])
  })

  it('when spoilers, underline, strike, quotes and numeric entities are used, then they are understood', () => {
    const r = applyParseMode(
      '<tg-spoiler>s</tg-spoiler><span class="tg-spoiler">p</span><u>u</u><s>x</s><blockquote>q</blockquote>&#128512;&quot;',
      'html',
    )
    expect(r.text).toBe('spuxq😀"')
    expect(r.entities.map((e) => e.type)).toEqual([
      'spoiler',
      'spoiler',
      'underline',
      'strikethrough',
      'blockquote',
    ])
  })

  it('when markup is malformed, then Telegram-like "can\'t parse entities" errors come back', () => {
    expect(errorOf(() => applyParseMode('a <br> b', 'HTML'))).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 2',
    )
    expect(errorOf(() => applyParseMode('<b>open', 'HTML'))).toBe(
      'Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    )
    expect(errorOf(() => applyParseMode('<b>x</i>', 'HTML'))).toMatch(/Unmatched end tag at byte offset 4/)
    expect(errorOf(() => applyParseMode('x</b>', 'HTML'))).toMatch(/Unexpected end tag/)
    expect(errorOf(() => applyParseMode('<b', 'HTML'))).toMatch(/Unclosed start tag/)
    expect(errorOf(() => applyParseMode('я <3', 'HTML'))).toBe(
      "Bad Request: can't parse entities: Unclosed start tag at byte offset 3",
    )
    expect(errorOf(() => applyParseMode('a <3> b', 'HTML'))).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "3" at byte offset 2',
    )
  })

  it('when a bare ampersand or unknown entity appears, then it stays literal', () => {
    expect(applyParseMode('Tom & Jerry &nbsp;', 'HTML').text).toBe('Tom & Jerry &nbsp;')
  })
})

describe('MarkdownV2 parse mode', () => {
  it('when formatting is escaped properly, then entities are produced', () => {
    const r = applyParseMode('*bold* _it_ __u__ ~s~ ||sp|| `c` [link](https://x.y/a\\)b) 1\\.5', 'MarkdownV2')
    expect(r.text).toBe('bold it u s sp c link 1.5')
    expect(r.entities).toEqual([
      { type: 'bold', offset: 0, length: 4 },
      { type: 'italic', offset: 5, length: 2 },
      { type: 'underline', offset: 8, length: 1 },
      { type: 'strikethrough', offset: 10, length: 1 },
      { type: 'spoiler', offset: 12, length: 2 },
      { type: 'code', offset: 15, length: 1 },
      { type: 'text_link', offset: 17, length: 4, url: 'https://x.y/a)b' },
    ])
  })

  it('when a reserved character is not escaped or an entity is unclosed, then it is rejected', () => {
    expect(errorOf(() => applyParseMode('Hi!', 'MarkdownV2'))).toBe(
      "Bad Request: can't parse entities: Character '!' is reserved and must be escaped with the preceding '\\'",
    )
    expect(errorOf(() => applyParseMode('*open', 'MarkdownV2'))).toBe(
      "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0",
    )
  })

  it('when lines start with >, then they form a blockquote', () => {
    const r = applyParseMode('>quoted\n>more\nafter', 'MarkdownV2')
    expect(r.text).toBe('quoted\nmore\nafter')
    expect(r.entities).toEqual([{ type: 'blockquote', offset: 0, length: 11 }])
  })
})

describe('legacy Markdown and plain text', () => {
  it('when legacy Markdown is used, then * _ ` and links work and unclosed ones fail', () => {
    const r = applyParseMode('*b* _i_ `c` [t](http://a.b)', 'Markdown')
    expect(r.text).toBe('b i c t')
    expect(r.entities.map((e) => e.type)).toEqual(['bold', 'italic', 'code', 'text_link'])
    expect(errorOf(() => applyParseMode('*x', 'Markdown'))).toMatch(
      /Can't find end of the entity starting at byte offset 0/,
    )
  })

  it('when no parse_mode is given, then text is untouched and explicit entities are kept', () => {
    const entities = [{ type: 'bold', offset: 0, length: 1 }]
    expect(applyParseMode('<b>x', undefined, entities)).toEqual({ text: '<b>x', entities })
    expect(errorOf(() => applyParseMode('x', 'BBCode'))).toBe('Bad Request: unsupported parse_mode')
  })
})
