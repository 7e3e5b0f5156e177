import {
  CRISIS_SEVERITY,
  type CrisisCategory,
  type CrisisResult,
  type CrisisSeverity,
  mostUrgent,
} from './crisis-types.js'

/**
 * What the writer of a crisis message privately gets (features word it, `locales/<lang>/crisis.ftl`):
 * - `imminent`: danger right now (imminent/intent) — the emergency number first, then the lines;
 * - `crisis`: their own suicidal thoughts or a farewell — the lines and "you are not alone";
 * - `self_harm`: self-harm without stated suicidal intent — the lines plus harm-reduction wording;
 * - `third_party`: only someone else is at risk — how to help that person, not "are you OK".
 */
export type WriterResponse = 'imminent' | 'crisis' | 'self_harm' | 'third_party'

export type CrisisResponsePlan = {
  writer: WriterResponse
  /** Harm-reduction wording is added (self-harm is among the categories). */
  harmReduction: boolean
  /** The chat partner gets guidance on supporting someone in crisis (not when only a third party is at risk). */
  partnerGuidance: boolean
  /** Severity of the moderator flag: critical for imminent/intent, so it sorts to the top of the queue. */
  flagSeverity: CrisisSeverity
  /** The most urgent category, for the flag reason. */
  category: CrisisCategory
}

const SELF_URGENT: readonly CrisisCategory[] = ['imminent', 'intent']

/**
 * Severity drives the response: maps a detector hit onto what the writer, the partner and moderators get.
 * Pure, so the relay, the coach and tests share one decision.
 */
export function planCrisisResponse(result: Extract<CrisisResult, { hit: true }>): CrisisResponsePlan {
  const categories = result.categories.length > 0 ? result.categories : [result.category]
  const category = mostUrgent(categories) ?? result.category
  const self = categories.filter((c) => c !== 'third_party')
  const harmReduction = self.includes('self_harm')
  let writer: WriterResponse
  if (self.length === 0) writer = 'third_party'
  else if (self.some((c) => SELF_URGENT.includes(c))) writer = 'imminent'
  else if (mostUrgent(self) === 'self_harm') writer = 'self_harm'
  else writer = 'crisis'
  return {
    writer,
    harmReduction,
    partnerGuidance: writer !== 'third_party',
    flagSeverity: CRISIS_SEVERITY[category],
    category,
  }
}

/** True when the writer themselves is at risk (any category but third_party). */
export function isSelfCrisis(result: CrisisResult): boolean {
  return result.hit && planCrisisResponse(result).writer !== 'third_party'
}
