/**
 * The contract of `detectCrisis(text)` (src/modules/safety/lexicon.ts), shared by the detector, the relay's
 * crisis response, the coach and the moderation queue. Outside evaluations call `detectCrisis` too: `hit`
 * stays the yes/no answer.
 */

/** What a crisis message is about, most to least urgent in CRISIS_CATEGORY_ORDER. */
export type CrisisCategory =
  /** a place or means together with "now/tonight": danger right now */
  | 'imminent'
  /** a plan, a method, means at hand, a date */
  | 'intent'
  /** wanting to kill oneself, suicidal thoughts stated as current */
  | 'active_ideation'
  /** goodbye / last-message wording */
  | 'farewell'
  /** cutting, burning, overdose without stated suicidal intent */
  | 'self_harm'
  /** "better off dead", "wish I wouldn't wake up": no stated intent */
  | 'passive_ideation'
  /** someone else (a friend, a sibling) is at risk */
  | 'third_party'

export const CRISIS_CATEGORY_ORDER: readonly CrisisCategory[] = [
  'imminent',
  'intent',
  'active_ideation',
  'farewell',
  'self_harm',
  'passive_ideation',
  'third_party',
]

export type CrisisSeverity = 'medium' | 'high' | 'critical'

/** Severity drives the response: critical → a `critical` moderator flag at the top of the queue. */
export const CRISIS_SEVERITY: Record<CrisisCategory, CrisisSeverity> = {
  imminent: 'critical',
  intent: 'critical',
  active_ideation: 'high',
  farewell: 'high',
  self_harm: 'high',
  passive_ideation: 'medium',
  third_party: 'medium',
}

export type CrisisLang = 'ru' | 'en'

export type CrisisResult =
  | { hit: false }
  | {
      hit: true
      /** The most urgent category found (first in CRISIS_CATEGORY_ORDER). */
      category: CrisisCategory
      /** Every category found, most urgent first. */
      categories: CrisisCategory[]
      severity: CrisisSeverity
      lang: CrisisLang
      /** Lexicon entry id (a canonical phrase, never the user's words), or `model` for the classifier stage. */
      term: string
      /** Which stage decided: the rules or the trained classifier. */
      source: 'lexicon' | 'model'
    }

/** The most urgent of the given categories (undefined for none). */
export function mostUrgent(categories: Iterable<CrisisCategory>): CrisisCategory | undefined {
  const set = new Set(categories)
  return CRISIS_CATEGORY_ORDER.find((c) => set.has(c))
}
