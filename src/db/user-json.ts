import { getTableColumns } from 'drizzle-orm'
import { type UserRow, users } from './schema/index.js'

/**
 * The `users` row as ONE json column (`to_json(u)::text`), for the lookups that run for every update
 * (the user middleware: `findByTelegramId`, and with the chat backlog `chat/backlog.ts`).
 *
 * Why (issue #14): node-postgres describes, sets up parsers for and parses each of the row's ~30 columns
 * on every execution (`Result.addFields`, a parser call per value); one text column and a `JSON.parse`
 * cost the app ~25–30 µs less per lookup, and Postgres no more (measured on one backend, 4000 executions:
 * app 79–104 → 49–69 µs, backend 72–102 → 70–72 µs). Values are decoded as drizzle decodes them: json
 * renders integers, reals, booleans and the jsonb column as themselves, timestamps as ISO text → `Date`.
 */
export const USER_JSON = 'to_json(u)::text'

type Column = { key: string; name: string; date: boolean }

/** Column types whose json rendering is already the value drizzle returns (besides timestamps). */
const AS_IS = new Set([
  'PgSerial',
  'PgInteger',
  'PgSmallInt',
  'PgBigInt53',
  'PgText',
  'PgBoolean',
  'PgReal',
  'PgJsonb',
])

function columnsOf(): Column[] {
  return Object.entries(getTableColumns(users)).map(([key, c]) => {
    // with time zone: json renders the offset, so `new Date` reads the same instant drizzle does
    const date = c.columnType === 'PgTimestamp' && (c as { withTimezone?: boolean }).withTimezone === true
    // a column type added later must be decoded on purpose, not passed through by accident
    if (!date && !AS_IS.has(c.columnType))
      throw new Error(`users.${key}: column type ${c.columnType} has no json decoding (db/user-json.ts)`)
    return { key, name: c.name, date }
  })
}

let columns: Column[] | undefined

/** `to_json(u)::text` of a users row → the row as drizzle's `select().from(users)` returns it. */
export function userFromJson(text: string): UserRow {
  columns ??= columnsOf()
  const raw = JSON.parse(text) as Record<string, unknown>
  const row: Record<string, unknown> = {}
  for (const c of columns) {
    const v = raw[c.name] ?? null
    row[c.key] = c.date && v !== null ? new Date(v as string) : v
  }
  return row as UserRow
}
