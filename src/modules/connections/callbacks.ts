/**
 * Callback data of the connection and check-in buttons: one pack/unpack pair per kind, so the features
 * never repeat a regex and the 64-byte limit is checked in one place.
 */
const MAX_ID = 2_147_483_647

export type ConnectionAction =
  | { kind: 'wish'; sessionId: number }
  | { kind: 'invite'; connectionId: number }
  | { kind: 'remove'; connectionId: number }
  | { kind: 'remove-yes'; connectionId: number }
  | { kind: 'remove-no' }
  | { kind: 'accept'; inviteId: number }
  | { kind: 'decline'; inviteId: number }

export type CheckinAction = { kind: 'ok' | 'talk'; checkinId: number }

const CODES = {
  wish: 'w',
  invite: 'i',
  remove: 'r',
  'remove-yes': 'ry',
  accept: 'a',
  decline: 'd',
} as const

function checked(data: string): string {
  if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data.length}`)
  return data
}

const id = (s: string | undefined): number | null => {
  if (!s || !/^\d{1,10}$/.test(s)) return null
  const n = Number(s)
  return n >= 1 && n <= MAX_ID ? n : null
}

export const connectionData = {
  /** Matches every connection button (for `bot.callbackQuery(connectionData.filter, …)`). */
  filter: /^cn:/,
  pack(a: ConnectionAction): string {
    if (a.kind === 'remove-no') return 'cn:rn'
    const n =
      a.kind === 'wish'
        ? a.sessionId
        : a.kind === 'accept' || a.kind === 'decline'
          ? a.inviteId
          : a.connectionId
    return checked(`cn:${CODES[a.kind]}:${n}`)
  },
  unpack(data: string): ConnectionAction | null {
    if (data === 'cn:rn') return { kind: 'remove-no' }
    const [prefix, code, raw] = data.split(':')
    const n = id(raw)
    if (prefix !== 'cn' || n === null) return null
    switch (code) {
      case 'w':
        return { kind: 'wish', sessionId: n }
      case 'i':
        return { kind: 'invite', connectionId: n }
      case 'r':
        return { kind: 'remove', connectionId: n }
      case 'ry':
        return { kind: 'remove-yes', connectionId: n }
      case 'a':
        return { kind: 'accept', inviteId: n }
      case 'd':
        return { kind: 'decline', inviteId: n }
      default:
        return null
    }
  },
}

export const checkinData = {
  filter: /^ci:/,
  pack(a: CheckinAction): string {
    return checked(`ci:${a.kind}:${a.checkinId}`)
  },
  unpack(data: string): CheckinAction | null {
    const [prefix, kind, raw] = data.split(':')
    const n = id(raw)
    if (prefix !== 'ci' || n === null || (kind !== 'ok' && kind !== 'talk')) return null
    return { kind, checkinId: n }
  },
}
