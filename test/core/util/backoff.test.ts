import { backoff, retryAfter, retryDelay } from '../../../src/core/util/backoff.js'

describe('backoff', () => {
  it('doubles per attempt, with jitter in the upper half, up to the cap', () => {
    for (let i = 0; i < 50; i++) {
      expect(backoff(1)).toBeGreaterThanOrEqual(125)
      expect(backoff(1)).toBeLessThanOrEqual(250)
      expect(backoff(3)).toBeGreaterThanOrEqual(500)
      expect(backoff(3)).toBeLessThanOrEqual(1000)
      expect(backoff(30)).toBeLessThanOrEqual(8000)
      expect(backoff(2, 500, 600)).toBeLessThanOrEqual(600)
    }
  })
})

describe('retryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    expect(retryAfter('3')).toBe(3000)
    expect(retryAfter(' 0 ')).toBe(0)
    expect(retryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000)
    expect(retryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read', () => {
    expect(retryAfter(null)).toBeUndefined()
    expect(retryAfter('')).toBeUndefined()
    expect(retryAfter('soon')).toBeUndefined()
    expect(retryAfter('-1')).toBeUndefined()
  })
})

describe('retryDelay', () => {
  it('uses Retry-After when given, else the backoff, never beyond the cap', () => {
    expect(retryDelay(1, '2')).toBe(2000)
    expect(retryDelay(1, '3600')).toBe(8000)
    expect(retryDelay(1, '3600', 250, 30_000)).toBe(30_000)
    const d = retryDelay(1, 'garbage')
    expect(d).toBeGreaterThanOrEqual(125)
    expect(d).toBeLessThanOrEqual(250)
  })
})
