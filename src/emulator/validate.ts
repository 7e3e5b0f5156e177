import { badRequest } from './errors.js'
import type { Params } from './params.js'
import { METHOD_RULES, OBJECT_RULES, type Rule, type Rules } from './spec.js'

/**
 * Telegram's texts for a missing required parameter where it has a specific one; `null`: not an error here
 * (setWebhook without `url` removes the webhook, as telegram-bot-api treats it as empty). Everything else:
 * `parameter "<name>" is required`.
 */
const MISSING: Readonly<Record<string, string | null>> = {
  chat_id: 'chat_id is empty',
  from_chat_id: 'from_chat_id is empty',
  text: 'message text is empty',
  latitude: 'latitude is empty',
  longitude: 'longitude is empty',
  message_id: 'message identifier is not specified',
  message_ids: 'message identifiers are not specified',
  user_id: 'invalid user_id specified',
  action: 'wrong parameter action in request',
  photo: 'there is no photo in the request',
  sticker: 'there is no sticker in the request',
  voice: 'there is no voice in the request',
  video_note: 'there is no video_note in the request',
  video: 'there is no video in the request',
  audio: 'there is no audio in the request',
  animation: 'there is no animation in the request',
  document: 'there is no document in the request',
  url: null,
}

/** How Telegram names a JSON-serialized parameter in "can't parse … JSON object". */
const JSON_NAMES: Readonly<Record<string, string>> = {
  reply_markup: 'reply keyboard markup',
  reply_parameters: 'reply parameters',
  link_preview_options: 'link preview options',
  scope: 'BotCommandScope',
  menu_button: 'menu button',
  message_ids: 'message identifiers',
  suggested_tip_amounts: 'suggested tip amounts',
}

/** Error prefix for a field inside an object of this type. */
const OBJECT_PREFIX: Readonly<Record<string, string>> = {
  InlineKeyboardButton: "can't parse inline keyboard button",
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'Integer',
  float: 'Float',
  str: 'String',
  bool: 'Boolean',
  chat: 'Integer or String',
  file: 'InputFile or String',
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** True when `s` is well-formed UTF-16, i.e. encodable as UTF-8 (no unpaired surrogate, e.g. half an emoji). */
export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s)

/** True when every string inside `v` (keys included) is well-formed. */
export function wellFormed(v: unknown): boolean {
  if (typeof v === 'string') return isWellFormed(v)
  if (Array.isArray(v)) return v.every(wellFormed)
  if (isObject(v)) return Object.entries(v).every(([k, x]) => isWellFormed(k) && wellFormed(x))
  return true
}

/** Length in characters (Unicode code points), as the Bot API counts "1-4096 characters". */
export const charLength = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

/**
 * Checks a call's parameters against the method's rules before the handler runs: valid UTF-8, no unknown
 * parameter, required ones present, values of the declared types (Integer is a whole number, Boolean is a
 * boolean, JSON-serialized objects parse and their fields have the declared types). Throws Telegram's
 * 400 errors. Semantic checks (lengths, ids, button kinds) stay in the handlers and markup.ts.
 */
export function validateParams(method: string, p: Params): void {
  const rules = METHOD_RULES[method]
  if (!rules) return
  if (!wellFormed(p.raw)) throw badRequest('strings must be encoded in UTF-8')
  for (const key of Object.keys(p.raw)) {
    // multipart file parts are referenced by attach://<name>; their field names are free
    if (rules[key] === undefined && !p.files.has(key)) throw badRequest(`unsupported parameter "${key}"`)
  }
  for (const [name, rule] of Object.entries(rules)) {
    const v = p.raw[name]
    if (v === undefined || v === null) {
      if (!rule.required) continue
      const text = name in MISSING ? MISSING[name] : `parameter "${name}" is required`
      if (text === null || text === undefined) continue
      throw badRequest(text)
    }
    if (v === '') continue // an empty value reads as absent; the handlers word the empties Telegram words
    checkTop(name, v, rule)
  }
}

function typeError(name: string, type: string): never {
  throw badRequest(`field "${name}" must be of type ${TYPE_NAMES[type] ?? type}`)
}

const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v)

/** Top-level scalars: form and query transports carry strings, so numbers and booleans may come as text. */
const TOP_SCALARS: Readonly<Record<string, (v: unknown) => boolean>> = {
  int: (v) => isInt(v) || (typeof v === 'string' && /^-?\d+$/.test(v)),
  float: (v) => (typeof v === 'number' || typeof v === 'string') && Number.isFinite(Number(v)),
  // telegram-bot-api turns JSON numbers and booleans into their text; objects are refused
  str: (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  bool: (v) =>
    typeof v === 'boolean' || v === 0 || v === 1 || (typeof v === 'string' && /^(true|false|1|0)$/i.test(v)),
  chat: (v) => typeof v === 'string' || isInt(v),
  file: (v) => typeof v === 'string',
}

/** Scalars inside JSON-serialized objects: JSON types are strict there (no "5" for an Integer). */
const DEEP_SCALARS: Readonly<Record<string, (v: unknown) => boolean>> = {
  int: isInt,
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  str: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  chat: (v) => typeof v === 'string' || isInt(v),
}

function checkTop(name: string, v: unknown, rule: Rule) {
  const t = rule.type
  const scalar = TOP_SCALARS[t]
  if (scalar) {
    if (!scalar(v)) typeError(name, t)
    return
  }
  // JSON-serialized: arrays and objects (a string is decoded first)
  let value = v
  if (typeof v === 'string') {
    try {
      value = JSON.parse(v)
    } catch {
      if (name === 'allowed_updates') throw badRequest("can't parse allowed_updates JSON array")
      throw badRequest(`can't parse ${JSON_NAMES[name] ?? name} JSON object`)
    }
  }
  // reply markups are checked with their own rules and texts in markup.ts
  if (t === 'markup' || t === '@InlineKeyboardMarkup') return
  checkDeep(value, t, { param: name, field: name, prefix: `can't parse ${JSON_NAMES[name] ?? name}` })
}

interface Where {
  param: string
  field: string
  prefix: string
}

/** A value inside a JSON-serialized parameter: JSON types are strict here (no "5" for an Integer). */
function checkDeep(v: unknown, t: string, where: Where): void {
  const fail: (type: string) => never = (type) => {
    throw badRequest(`${where.prefix}: Field "${where.field}" must be of type ${type}`)
  }
  if (t.endsWith('[]')) {
    if (!Array.isArray(v)) {
      if (where.field === where.param) throw badRequest(`${where.prefix} JSON object`)
      fail('Array')
    }
    for (const item of v) checkDeep(item, t.slice(0, -2), where)
    return
  }
  if (t.startsWith('@')) {
    const typeName = t.slice(1)
    if (!isObject(v)) {
      if (where.field === where.param) throw badRequest(`${where.prefix} JSON object`)
      fail('Object')
    }
    checkObject(v, typeName, OBJECT_RULES[typeName])
    return
  }
  const scalar = DEEP_SCALARS[t]
  if (scalar && !scalar(v)) fail(TYPE_NAMES[t] ?? t)
}

/** Checks an object's known fields (unknown ones are ignored, as the Bot API does). */
export function checkObject(obj: Record<string, unknown>, typeName: string, rules: Rules | undefined) {
  if (!rules) return
  const prefix = OBJECT_PREFIX[typeName] ?? `can't parse ${typeName}`
  for (const [field, rule] of Object.entries(rules)) {
    const v = obj[field]
    if (v === undefined || v === null) {
      if (rule.required) throw badRequest(`${prefix}: Can't find field "${field}"`)
      continue
    }
    checkDeep(v, rule.type, { param: '', field, prefix })
  }
}
