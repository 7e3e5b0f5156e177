import { describe, expect, it } from 'vitest'
import { pickThreshold, thresholdScore } from './build.js'

describe('pickThreshold', () => {
  const grid = [0.5, 0.6, 0.7, 0.8, 0.9]
  const grid6 = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]

  it('prefers the middle of a broad good stretch over a lone peak at the edge', () => {
    // the raw best is 0.95 (0.806), but it stands alone; 0.6–0.8 are all good
    expect(pickThreshold([0.79, 0.803, 0.804, 0.803, 0.79, 0.806], grid6)).toBe(0.7)
    // the same lone peak inside the grid
    expect(pickThreshold([0.79, 0.803, 0.804, 0.803, 0.79, 0.806, 0.79], [...grid6, 0.98])).toBe(0.7)
  })

  it('follows a clear slope', () => {
    expect(pickThreshold([0.5, 0.6, 0.7, 0.8, 0.9], grid)).toBe(0.9)
    expect(pickThreshold([0.9, 0.8, 0.7, 0.6, 0.5], grid)).toBe(0.5)
  })

  it('takes the stricter threshold on equal smoothed scores', () => {
    expect(pickThreshold([0.8, 0.8, 0.8, 0.8, 0.8], grid)).toBe(0.9)
  })
})

describe('thresholdScore', () => {
  it('when one miss is worth two false positives, then losing 2 crisis lines to save 3 false positives scores lower', () => {
    // 100 crisis and 100 none lines: a stricter threshold misses 2 more and flags 3 fewer
    const loose = { tp: 98, p: 100, fp: 10, n: 100 }
    const strict = { tp: 96, p: 100, fp: 7, n: 100 }
    expect(thresholdScore(loose, 2)).toBeGreaterThan(thresholdScore(strict, 2))
  })

  it('when one miss is worth two false positives, then saving 5 false positives for 2 crisis lines scores higher', () => {
    const loose = { tp: 98, p: 100, fp: 12, n: 100 }
    const strict = { tp: 96, p: 100, fp: 7, n: 100 }
    expect(thresholdScore(strict, 2)).toBeGreaterThan(thresholdScore(loose, 2))
  })
})
