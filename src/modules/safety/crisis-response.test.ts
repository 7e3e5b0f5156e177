import { describe, expect, it } from 'vitest'
import { planCrisisResponse } from './crisis-response.js'
import { type CrisisCategory, mostUrgent } from './crisis-types.js'

const plan = (...categories: CrisisCategory[]) =>
  planCrisisResponse({
    hit: true,
    category: mostUrgent(categories)!,
    categories,
    severity: 'high',
    lang: 'en',
    term: 't',
    source: 'lexicon',
  })

describe('crisis response plan', () => {
  it('when imminent danger or intent is found, then the flag is critical and the writer gets the urgent reply', () => {
    expect(plan('imminent')).toMatchObject({
      writer: 'imminent',
      flagSeverity: 'critical',
      partnerGuidance: true,
    })
    expect(plan('intent', 'self_harm')).toMatchObject({
      writer: 'imminent',
      flagSeverity: 'critical',
      harmReduction: true,
    })
  })

  it('when only a third person is at risk, then the writer gets third-party guidance, the partner nothing, the flag medium', () => {
    expect(plan('third_party')).toEqual({
      writer: 'third_party',
      harmReduction: false,
      partnerGuidance: false,
      flagSeverity: 'medium',
      category: 'third_party',
    })
  })

  it('when the writer is at risk and mentions someone else too, then their own risk decides', () => {
    expect(plan('active_ideation', 'third_party')).toMatchObject({ writer: 'crisis', flagSeverity: 'high' })
  })

  it('when self-harm is the most urgent, then lines plus harm reduction; with ideation the crisis reply keeps harm reduction', () => {
    expect(plan('self_harm')).toMatchObject({
      writer: 'self_harm',
      harmReduction: true,
      flagSeverity: 'high',
    })
    expect(plan('active_ideation', 'self_harm')).toMatchObject({ writer: 'crisis', harmReduction: true })
    expect(plan('passive_ideation')).toMatchObject({
      writer: 'crisis',
      harmReduction: false,
      flagSeverity: 'medium',
    })
    expect(plan('farewell')).toMatchObject({ writer: 'crisis', flagSeverity: 'high' })
  })
})
