import { describe, expect, it } from 'vitest'
import { analyse, detectCrisisV2 } from './detector.js'
import { matchRules } from './rules.js'

/** A rule family's id, texts it must catch (on the rules alone) and look-alikes it must leave alone. */
export type RuleFamilyCase = [id: string, hits: string[], lookAlikes: string[]]

export const ruleIds = (text: string) => matchRules(analyse(text)).hits.map((h) => h.id)
const rulesHit = (text: string) => detectCrisisV2(text, { model: false }).hit

/** One `describe` with, per family, a test per text it catches and per look-alike it leaves alone. */
export function describeRuleFamilies(title: string, families: RuleFamilyCase[]): void {
  describe(title, () => {
    for (const [id, hits, lookAlikes] of families) {
      it.each(hits)(`when someone writes "%s", then the family «${id}» catches it`, (text) => {
        expect(ruleIds(text)).toContain(id)
        expect(rulesHit(text)).toBe(true)
      })
      it.each(lookAlikes)(`when someone writes "%s", then the family «${id}» leaves it alone`, (text) => {
        expect(ruleIds(text)).not.toContain(id)
      })
    }
  })
}
