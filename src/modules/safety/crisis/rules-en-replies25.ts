/**
 * An English family of round 25 (crisis25ru, issue #12), from a retrain's loss: the retrain on batches 38-39 read a
 * settled-up plan with its date ("cancelled my subscriptions, emptied my fridge… the 21st, once the exams are done",
 * detector-oblique.test.ts) as none again (P(none) 0.99; it flip-flops between retrains). Accounts cancelled, then
 * more settling up, then a day of the month or "once … is done": an intent. Compiled `known: false` (rules.ts).
 */
import type { RuleDef } from './rules.js'

/** A day of the month as an ordinal. */
const ORDINAL =
  '=1st|=2nd|=3rd|=4th|=5th|=6th|=7th|=8th|=9th|=10th|=11th|=12th|=13th|=14th|=15th|=16th|=17th|=18th|=19th|=20th|=21st|=22nd|=23rd|=24th|=25th|=26th|=27th|=28th|=29th|=30th|=31st'
/** Accounts or contracts cancelled. */
const CANCELLED =
  '=cancelled|=canceled ~3 =subscriptions|=subscription|=accounts|=lease|=phone_contract|=contract|=memberships|=membership'
/** More settling up after it. */
const SETTLED = '=emptied|=cleared|=paid|=left|=gave|=returned|=sold'

export const EN_REPLIES25_RULES: RuleDef[] = [
  // "cancelled my subscriptions, emptied my fridge, left my car keys with my brother. the 21st, once the exams are
  // done"; not "cancelled my subscriptions and emptied the fridge for a month abroad" (no date), "cancelled netflix"
  {
    id: 'cancelled subscriptions emptied fridge the 21st',
    cat: 'intent',
    p: [
      `${CANCELLED} ~~16 ${SETTLED} ~~16 =the|=on ${ORDINAL}`,
      `${CANCELLED} ~~16 ${SETTLED} ~~16 =once|=after|=when ~3 =done|=over|=finished`,
    ],
  },
]
