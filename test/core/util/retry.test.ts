import { SealError } from '../../../src/core/util/errors.js'
import { again, fetchRetryOptions, isBrokenReply, retryAfter, retryBrokenReplies, retryPolicy, withRetries } from '../../../src/core/util/retry.js'

const instant = retryPolicy({ retries: 2, baseMs: 1, maxMs: 1 })

describe('retryPolicy', () => {
  it('defaults to 3 retries from 250 ms doubling up to 8 s', () => {
    const p = retryPolicy()
    expect({ retries: p.retries, baseMs: p.baseMs, maxMs: p.maxMs, maxWaitMs: p.maxWaitMs }).toEqual({ retries: 3, baseMs: 250, maxMs: 8000, maxWaitMs: 8000 })
    expect(retryPolicy({ retries: -2 }).retries).toBe(0)
  })

  it('doubles the backoff per attempt, with jitter in the upper half, up to the cap', () => {
    const p = retryPolicy()
    for (let i = 0; i < 50; i++) {
      expect(p.delay(1)).toBeGreaterThanOrEqual(125)
      expect(p.delay(1)).toBeLessThanOrEqual(250)
      expect(p.delay(3)).toBeGreaterThanOrEqual(500)
      expect(p.delay(3)).toBeLessThanOrEqual(1000)
      expect(p.delay(30)).toBeGreaterThanOrEqual(4000)
      expect(p.delay(30)).toBeLessThanOrEqual(8000)
      expect(retryPolicy({ baseMs: 500, maxMs: 600 }).delay(2)).toBeLessThanOrEqual(600)
    }
  })

  it('takes its jitter range from the options', () => {
    const full = retryPolicy({ baseMs: 100, maxMs: 2000, jitter: [0, 1] })
    const spread = retryPolicy({ baseMs: 100, maxMs: Infinity, jitter: [0.75, 1.25] })
    const fullDelays = Array.from({ length: 200 }, () => full.delay(2))
    expect(Math.min(...fullDelays)).toBeLessThan(100)
    expect(Math.max(...fullDelays)).toBeLessThanOrEqual(200)
    for (let i = 0; i < 50; i++) {
      expect(spread.delay(5)).toBeGreaterThanOrEqual(1200)
      expect(spread.delay(5)).toBeLessThanOrEqual(2000)
    }
  })

  it('uses Retry-After (or a wait in ms) when given, else the backoff, never beyond the cap', () => {
    const p = retryPolicy()
    expect(p.delay(1, '2')).toBe(2000)
    expect(p.delay(1, '3600')).toBe(8000)
    expect(p.delay(1, 1500)).toBe(1500)
    expect(retryPolicy({ baseMs: 250, maxMs: 30_000 }).delay(1, '3600')).toBe(30_000)
    expect(retryPolicy({ maxMs: 100, maxWaitMs: 5000 }).delay(1, '3600')).toBe(5000)
    const d = p.delay(1, 'garbage')
    expect(d).toBeGreaterThanOrEqual(125)
    expect(d).toBeLessThanOrEqual(250)
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
    expect(retryAfter('1234567890')).toBe(1234567890000)
    expect(retryAfter('12.5')).toBeUndefined()
  })
})

describe('withRetries', () => {
  it('runs the attempt until it returns a value, numbering attempts and marking the last', async () => {
    const seen: [number, boolean][] = []
    const value = await withRetries(instant, async (n, last) => {
      seen.push([n, last])
      return n < 3 ? again(new Error(`attempt ${n}`)) : 'done'
    })
    expect(value).toBe('done')
    expect(seen).toEqual([
      [1, false],
      [2, false],
      [3, true]
    ])
  })

  it('throws the error of the last attempt when none is left', async () => {
    let calls = 0
    await expect(withRetries(instant, async n => ++calls && again(new Error(`attempt ${n}`)))).rejects.toThrow('attempt 3')
    expect(calls).toBe(3)
  })

  it('stops at an error the attempt throws', async () => {
    let calls = 0
    await expect(
      withRetries(instant, async () => {
        calls++
        throw new Error('final')
      })
    ).rejects.toThrow('final')
    expect(calls).toBe(1)
  })

  it('waits what the attempt asks for, within the cap', async () => {
    const p = retryPolicy({ retries: 1, baseMs: 1, maxMs: 1, maxWaitMs: 400 })
    let started = Date.now()
    await withRetries(p, async n => (n === 1 ? again(new Error('x'), '1') : 'ok'))
    const capped = Date.now() - started
    expect(capped).toBeGreaterThanOrEqual(390)
    expect(capped).toBeLessThan(900)
    started = Date.now()
    await withRetries(p, async n => (n === 1 ? again(new Error('x'), 200) : 'ok'))
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('makes one attempt with no retries', async () => {
    let calls = 0
    await expect(withRetries(retryPolicy({ retries: 0 }), async () => ++calls && again(new Error('once')))).rejects.toThrow('once')
    expect(calls).toBe(1)
  })
})

describe('fetchRetryOptions', () => {
  it('states the same policy for the Sigstore clients', () => {
    expect(fetchRetryOptions(retryPolicy({ retries: 5, baseMs: 100, maxMs: 4000 }))).toEqual({
      retries: 5,
      factor: 2,
      minTimeout: 100,
      maxTimeout: 4000,
      randomize: true
    })
  })
})

describe('isBrokenReply', () => {
  it('recognises bodies that broke off after the status line', () => {
    expect(isBrokenReply(new Error('Invalid response body while trying to fetch http://x/api: aborted'))).toBe(true)
    expect(isBrokenReply(new SyntaxError('Unexpected end of JSON input'))).toBe(true)
    expect(isBrokenReply(Object.assign(new Error('error creating tlog entry'), { cause: new Error('Invalid response body') }))).toBe(true)
  })

  it('leaves failed connections, HTTP errors and seal errors alone', () => {
    expect(isBrokenReply(Object.assign(new Error('request to http://x failed, reason: socket hang up'), { code: 'ECONNRESET' }))).toBe(false)
    expect(isBrokenReply(Object.assign(new Error('Service Unavailable'), { statusCode: 503 }))).toBe(false)
    expect(isBrokenReply(new SealError('TOKEN_REQUEST_FAILED', 'x', { cause: new SyntaxError('Unexpected end of JSON input') }))).toBe(false)
  })
})

describe('retryBrokenReplies', () => {
  it('retries broken replies up to the limit, and nothing else', async () => {
    let calls = 0
    await expect(
      retryBrokenReplies(async () => {
        calls++
        throw new SyntaxError('Unexpected end of JSON input')
      }, instant)
    ).rejects.toThrow(SyntaxError)
    expect(calls).toBe(3)
    calls = 0
    await expect(
      retryBrokenReplies(async () => {
        calls++
        throw new Error('HTTP 500')
      }, instant)
    ).rejects.toThrow('HTTP 500')
    expect(calls).toBe(1)
    calls = 0
    expect(await retryBrokenReplies(async () => (++calls < 2 ? Promise.reject(new SyntaxError('Unexpected end of JSON input')) : 'ok'), instant)).toBe('ok')
  })
})
