import { describe, expect, it } from 'vitest'
import { pickThreshold } from './build.js'

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
