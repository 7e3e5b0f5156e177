import { badRequest } from './errors.js'
import type { MessageEntity } from './types.js'

/** Plain text plus entities, the shape Telegram stores after applying `parse_mode`. */
export interface FormattedText {
  text: string
  entities: MessageEntity[]
}

class ParseError extends Error {
  override name = 'ParseError'
}

const byteOffset = (s: string, i: number): number => Buffer.byteLength(s.slice(0, i), 'utf8')

/**
 * Applies `parse_mode` like Telegram: strips markup into entities (UTF-16 offsets) and rejects malformed
 * markup with Telegram's "can't parse entities" error, so escaping bugs in the product surface locally.
 */
export function applyParseMode(
  input: string,
  parseMode: string | undefined,
  explicitEntities?: MessageEntity[],
): FormattedText {
  if (!parseMode) return { text: input, entities: explicitEntities ?? [] }
  try {
    switch (parseMode.toLowerCase()) {
      case 'html':
        return parseHtml(input)
      case 'markdownv2':
        return parseMarkdownV2(input)
      case 'markdown':
        return parseMarkdownLegacy(input)
      default:
        throw badRequest('unsupported parse_mode')
    }
  } catch (e) {
    if (e instanceof ParseError) throw badRequest(`can't parse entities: ${e.message}`)
    throw e
  }
}

const sortEntities = (entities: MessageEntity[]): MessageEntity[] =>
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length)

interface HtmlFrame {
  tag: string
  start: number
  entity?: Omit<MessageEntity, 'offset' | 'length'>
  pre?: HtmlFrame
}

const SIMPLE_TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  code: 'code',
  pre: 'pre',
}

function parseAttrs(src: string): Map<string, string> {
  const attrs = new Map<string, string>()
  const re = /([a-zA-Z_][a-zA-Z0-9_-]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
  for (const m of src.matchAll(re)) {
    attrs.set(m[1]!.toLowerCase(), decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? ''))
  }
  return attrs
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);/g, (_, e: string) => decodeEntity(e))
}

function decodeEntity(e: string): string {
  if (e === 'lt') return '<'
  if (e === 'gt') return '>'
  if (e === 'amp') return '&'
  if (e === 'quot') return '"'
  const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
}

/**
 * A `date_time` entity (HTML `<tg-time unix="…" format="…">`, MarkdownV2 `![…](tg://time?unix=…&format=…)`):
 * `unix` a whole number of seconds; `format` empty or `r` (relative) or `w?[dD]?[tT]?` (weekday, short/long
 * date, short/long time).
 */
function dateTimeEntity(unix: string | undefined, format: string | undefined, at: number) {
  if (unix === undefined || !/^\d+$/.test(unix))
    throw new ParseError(`Invalid Unix time specified in the date-time entity at byte offset ${at}`)
  if (format !== undefined && !/^(r|w?[dD]?[tT]?)$/.test(format))
    throw new ParseError(`Invalid date-time entity format "${format}" at byte offset ${at}`)
  return {
    type: 'date_time',
    unix_time: Number(unix),
    ...(format ? { date_time_format: format } : {}),
  }
}

function parseHtml(src: string): FormattedText {
  let text = ''
  const entities: MessageEntity[] = []
  const stack: HtmlFrame[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (c === '<') {
      const close = src.indexOf('>', i)
      if (close < 0) throw new ParseError(`Unclosed start tag at byte offset ${byteOffset(src, i)}`)
      const inner = src.slice(i + 1, close)
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase()
        const top = stack.pop()
        if (!top) throw new ParseError(`Unexpected end tag at byte offset ${byteOffset(src, i)}`)
        if (name !== top.tag) {
          throw new ParseError(
            `Unmatched end tag at byte offset ${byteOffset(src, i)}, expected "</${top.tag}>", found "</${name}>"`,
          )
        }
        const length = text.length - top.start
        if (top.entity && length > 0) entities.push({ ...top.entity, offset: top.start, length })
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)([\s\S]*)$/.exec(inner)
        const name = m?.[1]?.toLowerCase()
        if (!m || !name)
          throw new ParseError(`Unsupported start tag "${inner}" at byte offset ${byteOffset(src, i)}`)
        const attrs = parseAttrs(m[2] ?? '')
        const frame: HtmlFrame = { tag: name, start: text.length }
        if (name === 'a') {
          const href = attrs.get('href') ?? ''
          frame.entity = href ? { type: 'text_link', url: href } : undefined
        } else if (name === 'span') {
          if (attrs.get('class') !== 'tg-spoiler') {
            throw new ParseError(
              `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(src, i)}`,
            )
          }
          frame.entity = { type: 'spoiler' }
        } else if (name === 'tg-time') {
          frame.entity = dateTimeEntity(attrs.get('unix'), attrs.get('format'), byteOffset(src, i))
        } else if (name === 'tg-emoji') {
          frame.entity = { type: 'custom_emoji', custom_emoji_id: attrs.get('emoji-id') ?? '' }
        } else if (name === 'blockquote') {
          frame.entity = { type: attrs.has('expandable') ? 'expandable_blockquote' : 'blockquote' }
        } else if (name === 'code' && stack.at(-1)?.tag === 'pre') {
          const lang = /^language-(.+)$/.exec(attrs.get('class') ?? '')?.[1]
          const pre = stack.at(-1)!
          if (lang && pre.entity) pre.entity = { ...pre.entity, language: lang }
          frame.entity = undefined
        } else if (SIMPLE_TAGS[name]) {
          frame.entity = { type: SIMPLE_TAGS[name] }
        } else {
          throw new ParseError(`Unsupported start tag "${name}" at byte offset ${byteOffset(src, i)}`)
        }
        stack.push(frame)
      }
      i = close + 1
    } else if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(src.slice(i, i + 12))
      if (m && /^(#|lt$|gt$|amp$|quot$)/.test(m[1]!)) {
        text += decodeEntity(m[1]!)
        i += m[0].length
      } else {
        text += '&'
        i++
      }
    } else {
      text += c
      i++
    }
  }
  const open = stack.at(-1)
  if (open) throw new ParseError(`Can't find end tag corresponding to start tag "${open.tag}"`)
  return { text, entities: sortEntities(entities) }
}

const MDV2_RESERVED = new Set('_*[]()~`>#+-=|{}.!')
const MDV2_NAMES: Record<string, string> = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  spoiler: 'Spoiler',
  text_link: 'TextUrl',
}

function parseMarkdownV2(src: string): FormattedText {
  let text = ''
  const entities: MessageEntity[] = []
  const stack: { type: string; start: number; srcAt: number }[] = []
  const toggle = (type: string, at: number) => {
    const top = stack.at(-1)
    if (top?.type === type) {
      stack.pop()
      if (text.length > top.start) entities.push({ type, offset: top.start, length: text.length - top.start })
    } else if (stack.some((f) => f.type === type)) {
      throw new ParseError(
        `Can't find end of ${MDV2_NAMES[type]} entity at byte offset ${byteOffset(src, at)}`,
      )
    } else {
      stack.push({ type, start: text.length, srcAt: at })
    }
  }
  let i = 0
  let quote: { start: number } | undefined
  while (i < src.length) {
    const c = src[i]!
    const lineStart = i === 0 || src[i - 1] === '\n'
    if (lineStart && c === '>') {
      quote ??= { start: text.length }
      i++
      continue
    }
    if (lineStart && quote && c !== '>') {
      // the quoted block ended on the previous line (its trailing newline is not part of it)
      const end = text.endsWith('\n') ? text.length - 1 : text.length
      if (end > quote.start)
        entities.push({ type: 'blockquote', offset: quote.start, length: end - quote.start })
      quote = undefined
    }
    if (c === '\\') {
      const next = src[i + 1]
      if (next === undefined)
        throw new ParseError(`Unexpected end of text at byte offset ${byteOffset(src, i)}`)
      text += next
      i += 2
      continue
    }
    if (c === '`') {
      const isPre = src.startsWith('```', i)
      const fence = isPre ? '```' : '`'
      let j = i + fence.length
      let language: string | undefined
      if (isPre) {
        const nl = src.indexOf('\n', j)
        const firstLine = nl >= 0 ? src.slice(j, nl) : ''
        if (nl >= 0 && /^[\w+-]*$/.test(firstLine)) {
          language = firstLine || undefined
          j = nl + 1
        }
      }
      const start = text.length
      let closed = false
      while (j < src.length) {
        if (src[j] === '\\' && j + 1 < src.length) {
          text += src[j + 1]
          j += 2
        } else if (src.startsWith(fence, j)) {
          closed = true
          j += fence.length
          break
        } else {
          text += src[j]
          j++
        }
      }
      if (!closed) {
        throw new ParseError(
          `Can't find end of ${isPre ? 'Pre' : 'Code'} entity at byte offset ${byteOffset(src, i)}`,
        )
      }
      if (text.length > start) {
        entities.push({
          type: isPre ? 'pre' : 'code',
          offset: start,
          length: text.length - start,
          ...(language ? { language } : {}),
        })
      }
      i = j
      continue
    }
    if (c === '*') {
      toggle('bold', i)
      i++
      continue
    }
    if (c === '_') {
      if (src[i + 1] === '_') {
        toggle('underline', i)
        i += 2
      } else {
        toggle('italic', i)
        i++
      }
      continue
    }
    if (c === '~') {
      toggle('strikethrough', i)
      i++
      continue
    }
    if (c === '|' && src[i + 1] === '|') {
      toggle('spoiler', i)
      i += 2
      continue
    }
    if (c === '[' || (c === '!' && src[i + 1] === '[')) {
      stack.push({ type: 'text_link', start: text.length, srcAt: i })
      i += c === '!' ? 2 : 1
      continue
    }
    if (c === ']') {
      const top = stack.at(-1)
      if (top?.type !== 'text_link')
        throw new ParseError(`Character ']' is reserved and must be escaped with the preceding '\\'`)
      if (src[i + 1] !== '(')
        throw new ParseError(`Can't find end of TextUrl entity at byte offset ${byteOffset(src, top.srcAt)}`)
      let end = i + 2
      while (end < src.length && src[end] !== ')') end += src[end] === '\\' ? 2 : 1
      if (end >= src.length) end = -1
      if (end < 0)
        throw new ParseError(`Can't find end of TextUrl entity at byte offset ${byteOffset(src, top.srcAt)}`)
      const url = src.slice(i + 2, end).replace(/\\(.)/g, '$1')
      stack.pop()
      const time = /^tg:\/\/time\?(.*)$/.exec(url)
      if (time && text.length > top.start) {
        const q = new URLSearchParams(time[1])
        const entity = dateTimeEntity(
          q.get('unix') ?? undefined,
          q.get('format') ?? undefined,
          byteOffset(src, top.srcAt),
        )
        entities.push({ ...entity, offset: top.start, length: text.length - top.start } as MessageEntity)
      } else if (text.length > top.start) {
        const emoji = /^tg:\/\/emoji\?id=(\d+)$/.exec(url)
        entities.push(
          emoji
            ? {
                type: 'custom_emoji',
                offset: top.start,
                length: text.length - top.start,
                custom_emoji_id: emoji[1]!,
              }
            : { type: 'text_link', offset: top.start, length: text.length - top.start, url },
        )
      }
      i = end + 1
      continue
    }
    if (MDV2_RESERVED.has(c)) {
      throw new ParseError(`Character '${c}' is reserved and must be escaped with the preceding '\\'`)
    }
    text += c
    i++
  }
  if (quote && text.length > quote.start) {
    entities.push({ type: 'blockquote', offset: quote.start, length: text.length - quote.start })
  }
  const open = stack.at(-1)
  if (open) {
    throw new ParseError(
      `Can't find end of ${MDV2_NAMES[open.type]} entity at byte offset ${byteOffset(src, open.srcAt)}`,
    )
  }
  return { text, entities: sortEntities(entities) }
}

function parseMarkdownLegacy(src: string): FormattedText {
  let text = ''
  const entities: MessageEntity[] = []
  let i = 0
  const marks: Record<string, string> = { '*': 'bold', _: 'italic' }
  while (i < src.length) {
    const c = src[i]!
    if (c === '\\' && i + 1 < src.length && '_*`['.includes(src[i + 1]!)) {
      text += src[i + 1]
      i += 2
      continue
    }
    const mark = marks[c]
    if (mark || c === '`') {
      const fence = c === '`' && src.startsWith('```', i) ? '```' : c
      const end = src.indexOf(fence, i + fence.length)
      if (end < 0)
        throw new ParseError(`Can't find end of the entity starting at byte offset ${byteOffset(src, i)}`)
      let body = src.slice(i + fence.length, end)
      let language: string | undefined
      if (fence === '```') {
        const nl = body.indexOf('\n')
        if (nl >= 0 && /^[\w+-]+$/.test(body.slice(0, nl))) {
          language = body.slice(0, nl)
          body = body.slice(nl + 1)
        }
      }
      const type = mark ?? (fence === '```' ? 'pre' : 'code')
      if (body.length > 0)
        entities.push({ type, offset: text.length, length: body.length, ...(language ? { language } : {}) })
      text += body
      i = end + fence.length
      continue
    }
    if (c === '[') {
      const close = src.indexOf('](', i)
      const end = close >= 0 ? src.indexOf(')', close) : -1
      if (close < 0 || end < 0)
        throw new ParseError(`Can't find end of the entity starting at byte offset ${byteOffset(src, i)}`)
      const label = src.slice(i + 1, close)
      if (label.length > 0)
        entities.push({
          type: 'text_link',
          offset: text.length,
          length: label.length,
          url: src.slice(close + 2, end),
        })
      text += label
      i = end + 1
      continue
    }
    text += c
    i++
  }
  return { text, entities: sortEntities(entities) }
}
