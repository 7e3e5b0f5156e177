import type { EmulatorCore } from './core.js'
import { badRequest } from './errors.js'
import { applyParseMode } from './formatting.js'
import type { Params } from './params.js'
import type { SimUser } from './store.js'
import type { Json, MessageEntity } from './types.js'
import { charLength } from './validate.js'

/** Telegram's Star prices for a gifted Premium subscription (Bot API: giftPremiumSubscription). */
export const PREMIUM_STAR_PRICES: Readonly<Record<number, number>> = Object.freeze({
  3: 1000,
  6: 1500,
  12: 2500,
})

/** The text shown with a gift or a gifted subscription: 0-128 characters (Bot API). */
export const GIFT_TEXT_MAX = 128

/** botSettings key of the manual balance adjustment set through `POST /control/bot/balance`. */
const ADJUST_KEY = 'star_balance_adjustment'

/** The catalog getAvailableGifts answers: Telegram's regular (unlimited) gifts and their Star prices. */
const CATALOG: readonly { id: string; emoji: string; star_count: number; upgrade_star_count?: number }[] = [
  { id: '5170145012310081615', emoji: '💝', star_count: 15 },
  { id: '5170233102089322756', emoji: '🧸', star_count: 15 },
  { id: '5170250947678437525', emoji: '🎁', star_count: 25 },
  { id: '5168103777563050263', emoji: '🌹', star_count: 25 },
  { id: '5170144170496491616', emoji: '🎂', star_count: 50 },
  { id: '5170314324215857265', emoji: '💐', star_count: 50 },
  { id: '5170564780938756245', emoji: '🚀', star_count: 50 },
  { id: '5168043875654172773', emoji: '🏆', star_count: 100, upgrade_star_count: 25 },
  { id: '5170690322832818290', emoji: '💍', star_count: 100 },
  { id: '5170521118301225164', emoji: '💎', star_count: 100 },
]

function giftObject(g: (typeof CATALOG)[number]): Json {
  return {
    id: g.id,
    sticker: {
      file_id: `CAACAgIAAxkBAAIgift${g.id}`,
      file_unique_id: `AgADgift${g.id.slice(-6)}`,
      type: 'regular',
      width: 512,
      height: 512,
      is_animated: true,
      is_video: false,
      emoji: g.emoji,
    },
    star_count: g.star_count,
    ...(g.upgrade_star_count !== undefined ? { upgrade_star_count: g.upgrade_star_count } : {}),
  }
}

/** A gift or Premium subscription the bot sent, as `GET /control/gifts` lists it. */
export interface GiftView {
  transaction_id: string
  kind: 'gift' | 'premium'
  user_id: number
  star_count: number
  date: number
  gift_id?: string
  month_count?: number
}

/**
 * Gifts paid from the bot's Star balance: getAvailableGifts, sendGift, giftPremiumSubscription and the balance
 * getMyStarBalance reports (paid XTR invoices − refunds − gifts sent + the control API's adjustment). Each gift
 * is a StarTransaction to the user (`gift_purchase` / `premium_purchase`), as Telegram lists it.
 */
export function createGiftsApi(core: EmulatorCore) {
  const { store } = core
  let txSeq = 0

  function adjustment(): number {
    const v = store.botSettings.get(ADJUST_KEY)?.amount
    return typeof v === 'number' ? v : 0
  }

  /** Stars the bot has now. */
  function balance(): number {
    let amount = adjustment()
    for (const pay of store.payments.values())
      if (pay.currency === 'XTR' && !pay.refunded) amount += pay.amount
    for (const t of store.transactions) {
      const r = (t as { receiver?: { transaction_type?: string } }).receiver
      if (r?.transaction_type === 'gift_purchase' || r?.transaction_type === 'premium_purchase')
        amount -= Number((t as { amount: number }).amount)
    }
    return amount
  }

  function recipient(p: Params, key: string): SimUser {
    const raw = p.raw[key]
    const id = Number(raw)
    if (!Number.isSafeInteger(id) || id <= 0) throw badRequest('invalid user_id specified')
    const user = store.users.get(id)
    if (!user) throw badRequest('USER_ID_INVALID')
    if (user.deactivated) throw badRequest('USER_ID_INVALID')
    return user
  }

  /** The gift text and its entities (only the gift-text formatting Telegram keeps). */
  function giftText(p: Params): { text?: string; entities?: Json[] } {
    const raw = p.optStr('text')
    if (raw === undefined || raw === '') return {}
    const parsed = applyParseMode(
      raw,
      p.optStr('text_parse_mode'),
      p.optJson<MessageEntity[]>('text_entities', 'text entities'),
    )
    if (charLength(parsed.text) > GIFT_TEXT_MAX) throw badRequest('text is too long')
    const kept = new Set([
      'bold',
      'italic',
      'underline',
      'strikethrough',
      'spoiler',
      'custom_emoji',
      'date_time',
    ])
    const entities = parsed.entities.filter((e) => kept.has(e.type)) as unknown as Json[]
    return { text: parsed.text, ...(entities.length ? { entities } : {}) }
  }

  function spend(user: SimUser, amount: number, receiver: Json): string {
    if (balance() < amount) throw badRequest('BALANCE_TOO_LOW')
    const id = `stxgift${Date.now().toString(36)}${(++txSeq).toString(36)}`
    store.transactions.push({
      id,
      amount,
      date: store.unix(),
      receiver: { type: 'user', user: store.tgUser(user), ...(receiver as object) },
    })
    return id
  }

  const handlers = {
    getAvailableGifts: () => ({ gifts: CATALOG.map(giftObject) }),

    sendGift: (p: Params) => {
      if (!p.has('user_id') && !p.has('chat_id')) throw badRequest('user_id or chat_id must be specified')
      const user = recipient(p, p.has('user_id') ? 'user_id' : 'chat_id')
      const giftId = p.optStr('gift_id') ?? ''
      const g = CATALOG.find((c) => c.id === giftId)
      if (!g) throw badRequest('STARGIFT_INVALID')
      const text = giftText(p)
      if (user.gifts_disallowed) throw badRequest('USER_DISALLOWED_STARGIFTS')
      const upgrade = p.bool('pay_for_upgrade') ? (g.upgrade_star_count ?? 0) : 0
      if (p.bool('pay_for_upgrade') && g.upgrade_star_count === undefined)
        throw badRequest('STARGIFT_UPGRADE_UNAVAILABLE')
      const gift = giftObject(g)
      spend(user, g.star_count + upgrade, {
        transaction_type: 'gift_purchase',
        gift,
      })
      // The gift appears in the user's chat with the bot as a service message (no update: the bot sent it).
      const chat = store.chats.get(user.id)
      if (chat) {
        store.addMessage(chat, 'bot', 'sendGift', {
          gift: {
            gift,
            convert_star_count: 0,
            ...(upgrade ? { prepaid_upgrade_star_count: upgrade } : {}),
            ...(text.text !== undefined ? { text: text.text } : {}),
            ...(text.entities ? { entities: text.entities } : {}),
          },
        })
      }
      store.touch()
      return true
    },

    giftPremiumSubscription: (p: Params) => {
      const user = recipient(p, 'user_id')
      const months = p.optInt('month_count')
      const stars = p.optInt('star_count')
      if (months === undefined || PREMIUM_STAR_PRICES[months] === undefined)
        throw badRequest('invalid month_count specified')
      if (stars !== PREMIUM_STAR_PRICES[months]) throw badRequest('invalid star_count specified')
      giftText(p)
      if (user.premium_gifts_disallowed) throw badRequest('USER_DISALLOWED_PREMIUM_GIFTS')
      spend(user, stars, { transaction_type: 'premium_purchase', premium_subscription_duration: months })
      user.is_premium = true
      store.touch()
      return true
    },

    getMyStarBalance: () => ({ amount: balance() }),
  }

  return {
    handlers,
    balance,
    /** `POST /control/bot/balance { amount }`: the bot's balance becomes `amount` (an adjustment is kept). */
    setBalance(amount: number): { amount: number } {
      store.botSettings.set(ADJUST_KEY, { amount: adjustment() + (amount - balance()) })
      store.touch()
      return { amount: balance() }
    },
    /** Every gift and subscription the bot sent, oldest first (optionally to one user). */
    list(userId?: number): GiftView[] {
      const out: GiftView[] = []
      for (const t of store.transactions) {
        const tx = t as {
          id: string
          amount: number
          date: number
          receiver?: {
            transaction_type?: string
            user?: { id: number }
            gift?: { id: string }
            premium_subscription_duration?: number
          }
        }
        const r = tx.receiver
        if (r?.transaction_type !== 'gift_purchase' && r?.transaction_type !== 'premium_purchase') continue
        if (userId !== undefined && r.user?.id !== userId) continue
        out.push({
          transaction_id: tx.id,
          kind: r.transaction_type === 'gift_purchase' ? 'gift' : 'premium',
          user_id: r.user?.id ?? 0,
          star_count: tx.amount,
          date: tx.date,
          ...(r.gift ? { gift_id: r.gift.id } : {}),
          ...(r.premium_subscription_duration !== undefined
            ? { month_count: r.premium_subscription_duration }
            : {}),
        })
      }
      return out
    },
  }
}

export type GiftsApi = ReturnType<typeof createGiftsApi>
