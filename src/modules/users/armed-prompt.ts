import type { Redis } from 'ioredis'

/**
 * "The next text message answers my question" markers of one user — /profile edits, report details and
 * post-chat feedback, the tip's custom amount — as fields of ONE Redis hash, so that every text message
 * reads all of them in one command (done in the de-duplication claim's round trip, bot/index.ts) instead
 * of one GET per feature.
 *
 * Field value `<expiresAtMs>|<value>`: each prompt keeps its own lifetime (a prompt abandoned long ago must
 * never swallow a later message, e.g. one meant for a chat partner); the hash expires with its longest-lived
 * field.
 */
export const armedPromptsKey = (userId: number) => `prompt:${userId}`

/**
 * Transitional (remove in the release after the one that introduced the hash): the keys prompts were armed
 * under before, one per feature. The claim script moves a live one into its field (with its remaining
 * lifetime), so a prompt armed just before a deploy still takes its answer — e.g. report details typed in
 * an active chat are never relayed to the partner instead.
 */
export const legacyPromptKeys = (userId: number) => [
  { key: `users:await:${userId}`, field: 'profile' },
  { key: `chat:await:${userId}`, field: 'chat' },
  { key: `tips:custom:${userId}`, field: 'tips' },
]

/** The user's hash as read at the start of the update (field → raw value); absent fields are not armed. */
export type ArmedPrompts = Record<string, string>

/** HSET the field, and extend the hash's expiry only if this field outlives it. */
const ARM = `redis.call('hset', KEYS[1], ARGV[1], ARGV[2])
if redis.call('pttl', KEYS[1]) < tonumber(ARGV[3]) then redis.call('pexpire', KEYS[1], ARGV[3]) end
return 1`

/**
 * One kind of armed prompt (`field`) with its lifetime. `snapshot`: the hash as read at the start of this
 * update (`ctx.preflight.hash`); given, `get` needs no round trip, and `set`/`clear` keep it current for the
 * rest of the update.
 */
export function createArmedPrompt(deps: {
  redis: Pick<Redis, 'eval' | 'hget' | 'hdel'>
  field: string
  ttlSec: number
  now?: () => number
}) {
  const now = deps.now ?? Date.now
  const ttlMs = deps.ttlSec * 1000
  return {
    async set(userId: number, value: string, snapshot?: ArmedPrompts): Promise<void> {
      const raw = `${now() + ttlMs}|${value}`
      await deps.redis.eval(ARM, 1, armedPromptsKey(userId), deps.field, raw, String(ttlMs))
      if (snapshot) snapshot[deps.field] = raw
    },
    /** The armed value, or null (never armed, answered, cancelled or expired). */
    async get(userId: number, snapshot?: ArmedPrompts): Promise<string | null> {
      const raw = snapshot
        ? (snapshot[deps.field] ?? null)
        : await deps.redis.hget(armedPromptsKey(userId), deps.field)
      if (raw === null) return null
      const bar = raw.indexOf('|')
      const expiresAt = Number(raw.slice(0, bar))
      return bar > 0 && expiresAt > now() ? raw.slice(bar + 1) : null
    },
    async clear(userId: number, snapshot?: ArmedPrompts): Promise<void> {
      await deps.redis.hdel(armedPromptsKey(userId), deps.field)
      if (snapshot) delete snapshot[deps.field]
    },
  }
}

export type ArmedPrompt = ReturnType<typeof createArmedPrompt>
