import { badRequest } from './errors.js'

/** A file part received in a multipart/form-data request. */
export interface UploadedFile {
  name: string
  size: number
  type: string
}

/**
 * Accessor over a Bot API request's parameters, whichever transport carried them. JSON bodies keep their
 * types; query strings and form bodies carry strings, so object-valued params are JSON-decoded on demand
 * like Telegram does.
 */
export class Params {
  constructor(
    readonly raw: Record<string, unknown>,
    readonly files: ReadonlyMap<string, UploadedFile> = new Map(),
  ) {}

  has(key: string): boolean {
    const v = this.raw[key]
    return v !== undefined && v !== null
  }

  optStr(key: string): string | undefined {
    const v = this.raw[key]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    return JSON.stringify(v)
  }

  optInt(key: string): number | undefined {
    const v = this.raw[key]
    if (v === undefined || v === null || v === '') return undefined
    const n = typeof v === 'number' ? v : Number(v)
    if (!Number.isFinite(n)) throw badRequest(`field "${key}" must be of type Integer`)
    return Math.trunc(n)
  }

  optNum(key: string): number | undefined {
    const v = this.raw[key]
    if (v === undefined || v === null || v === '') return undefined
    const n = typeof v === 'number' ? v : Number(v)
    if (!Number.isFinite(n)) throw badRequest(`field "${key}" must be of type Float`)
    return n
  }

  bool(key: string): boolean {
    const v = this.raw[key]
    if (typeof v === 'boolean') return v
    if (typeof v === 'number') return v !== 0
    if (typeof v === 'string') return v === 'true' || v === '1' || v === 'True'
    return false
  }

  /** Object/array param; strings are JSON-decoded. `what` names it in Telegram's "can't parse ..." error. */
  optJson<T = unknown>(key: string, what: string): T | undefined {
    const v = this.raw[key]
    if (v === undefined || v === null || v === '') return undefined
    if (typeof v !== 'string') return v as T
    try {
      return JSON.parse(v) as T
    } catch {
      throw badRequest(`can't parse ${what} JSON object`)
    }
  }
}
