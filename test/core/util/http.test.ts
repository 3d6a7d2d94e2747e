import { BodyTooLarge, discard, httpURL, parseHttpURL, readBody, readPrefix } from '../../../src/core/util/http.js'
import { thrown } from '../../support/errors.js'

/** A response whose body arrives in the given chunks; `cancelled` tells whether the reader stopped it early. */
function streamed(chunks: string[], headers: Record<string, string> = {}): { res: Response; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0
  let cancelled = false
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks.length) return controller.close()
      controller.enqueue(new TextEncoder().encode(chunks[pulled++]))
    },
    cancel() {
      cancelled = true
    }
  })
  return { res: new Response(body, { headers }), pulled: () => pulled, cancelled: () => cancelled }
}

describe('parseHttpURL', () => {
  it('takes http and https URLs only', () => {
    expect(parseHttpURL('https://rekor.example/api')?.host).toBe('rekor.example')
    expect(parseHttpURL('http://127.0.0.1:8080')?.port).toBe('8080')
    expect(parseHttpURL('file:///etc/passwd')).toBeUndefined()
    expect(parseHttpURL('ftp://x')).toBeUndefined()
    expect(parseHttpURL('rekor.example')).toBeUndefined()
    expect(parseHttpURL(42)).toBeUndefined()
    expect(parseHttpURL(undefined)).toBeUndefined()
  })
})

describe('httpURL', () => {
  it('returns the URL of a valid input', () => {
    expect(httpURL('https://fulcio.example', 'fulcio-url').origin).toBe('https://fulcio.example')
  })

  it('names the input, and says whether the value is no URL or the wrong scheme', () => {
    const garbage = thrown(() => httpURL('fulcio', 'fulcio-url'))
    expect(garbage.code).toBe('INPUT_INVALID')
    expect(garbage.message).toBe('`fulcio-url` is not a URL: "fulcio".')
    const scheme = thrown(() => httpURL('file:///srv/tuf', 'tuf-mirror'))
    expect(scheme.code).toBe('INPUT_INVALID')
    expect(scheme.message).toBe('`tuf-mirror` must be an http(s) URL, got "file:///srv/tuf".')
  })
})

describe('readBody', () => {
  it('reads a body within the limit, showing each chunk as it arrives', async () => {
    const { res } = streamed(['ab', 'cd', 'e'])
    const seen: number[] = []
    expect((await readBody(res, 5, c => seen.push(c.length))).toString()).toBe('abcde')
    expect(seen).toEqual([2, 2, 1])
  })

  it('refuses a body over the limit without reading the rest', async () => {
    const { res, pulled, cancelled } = streamed(['abc', 'def', 'ghi', 'jkl'])
    const err = await readBody(res, 5).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BodyTooLarge)
    expect((err as BodyTooLarge).limit).toBe(5)
    expect((err as Error).message).toBe('larger than 5 bytes')
    expect(pulled()).toBeLessThan(4)
    expect(cancelled()).toBe(true)
  })

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const { res, pulled } = streamed(['abc'], { 'content-length': '100' })
    await expect(readBody(res, 10)).rejects.toBeInstanceOf(BodyTooLarge)
    expect(pulled()).toBe(0)
  })

  it('passes on a body that breaks off', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('socket reset'))
      }
    })
    await expect(readBody(new Response(body), 10)).rejects.toThrow('socket reset')
  })
})

describe('readPrefix', () => {
  it('reads at most the limit and cuts the last chunk', async () => {
    const { res, cancelled } = streamed(['abcd', 'efgh', 'ijkl'])
    expect((await readPrefix(res, 6)).toString()).toBe('abcdef')
    expect(cancelled()).toBe(true)
  })

  it('reads nothing from a response without a body', async () => {
    expect(await readPrefix(new Response(null), 10)).toHaveLength(0)
  })
})

describe('discard', () => {
  it('cancels an unread body', async () => {
    const { res, cancelled } = streamed(['abc'])
    await discard(res)
    expect(cancelled()).toBe(true)
  })
})
