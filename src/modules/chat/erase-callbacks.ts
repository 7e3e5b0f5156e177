/** Callback data of the erase buttons (≤ 64 bytes); parsed by bot/features/erase.ts. */
export const eraseCallbacks = {
  /** On the post-chat message: asks for confirmation. */
  ask: (sessionId: number) => `erase:ask:${sessionId}`,
  yes: (sessionId: number) => `erase:yes:${sessionId}`,
  no: 'erase:no',
  /** Parses `erase:ask|yes:<sessionId>`; null for anything else. */
  unpack(data: string): { action: 'ask' | 'yes'; sessionId: number } | null {
    const m = /^erase:(ask|yes):(\d{1,10})$/.exec(data)
    return m ? { action: m[1] as 'ask' | 'yes', sessionId: Number(m[2]) } : null
  },
} as const
