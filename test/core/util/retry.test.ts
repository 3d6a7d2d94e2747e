import { SealError } from '../../../src/core/util/errors.js'
import { isBrokenReply, retryBrokenReplies } from '../../../src/core/util/retry.js'

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
      }, 2)
    ).rejects.toThrow(SyntaxError)
    expect(calls).toBe(3)
    calls = 0
    await expect(
      retryBrokenReplies(async () => {
        calls++
        throw new Error('HTTP 500')
      }, 2)
    ).rejects.toThrow('HTTP 500')
    expect(calls).toBe(1)
    calls = 0
    expect(await retryBrokenReplies(async () => (++calls < 2 ? Promise.reject(new SyntaxError('Unexpected end of JSON input')) : 'ok'), 3)).toBe('ok')
  })
})
