/**
 * The fault proxy itself: each fault does what it says, draws are
 * reproducible from the seed, and what the upstream did behind a fault is
 * visible in the counters and recorded exchanges.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { FAULT_KINDS, FAULTS_AFTER_UPSTREAM, startFaultProxy, type FaultKind, type FaultProxy } from '../support/fault-proxy.js'

interface Upstream {
  url: string
  hits: { method: string; path: string; host: string; body: string }[]
  close(): Promise<void>
}

/** An upstream that echoes what it received; `/where` answers with an absolute Location naming itself. */
async function startUpstream(): Promise<Upstream> {
  const hits: Upstream['hits'] = []
  let origin = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      const hit = { method: req.method ?? '', path: req.url ?? '', host: req.headers.host ?? '', body: Buffer.concat(chunks).toString() }
      hits.push(hit)
      const body = JSON.stringify({ echo: hit, padding: 'x'.repeat(2000) })
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Upstream': 'yes' }
      if (req.url === '/where') headers.Location = `${origin}/v2/repo/blobs/uploads/123?state=abc`
      if (req.url === '/relative') headers.Location = '/v2/repo/blobs/uploads/456'
      res.writeHead(req.method === 'POST' ? 201 : 200, headers).end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    hits,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

let upstream: Upstream
const proxies: FaultProxy[] = []

async function proxy(opts: { rate: number; faults: FaultKind[]; seed?: number } & Partial<Parameters<typeof startFaultProxy>[0]>): Promise<FaultProxy> {
  const p = await startFaultProxy({ upstream: upstream.url, ...opts })
  proxies.push(p)
  return p
}

/** A request with a fresh connection each time (no pooling across faults). */
function call(url: string, init: RequestInit = {}, timeoutMs = 5000): Promise<Response> {
  return fetch(url, { ...init, headers: { connection: 'close', ...(init.headers ?? {}) }, signal: AbortSignal.timeout(timeoutMs) })
}

/** How a request fared: an HTTP status with the whole body, or the error name seen while requesting or reading. */
async function outcome(url: string, init: RequestInit = {}, timeoutMs = 5000): Promise<string> {
  let res: Response
  try {
    res = await call(url, init, timeoutMs)
  } catch (err) {
    return `request failed: ${(err as Error).name}`
  }
  try {
    await res.arrayBuffer()
    return String(res.status)
  } catch (err) {
    return `${res.status} then body failed: ${(err as Error).name}`
  }
}

beforeAll(async () => {
  upstream = await startUpstream()
})

afterEach(async () => {
  await Promise.all(proxies.splice(0).map(p => p.close()))
  upstream.hits.length = 0
})

afterAll(() => upstream.close())

describe('startFaultProxy', () => {
  it('forwards method, path, query, body and headers untouched at rate 0', async () => {
    const p = await proxy({ rate: 0, faults: [...FAULT_KINDS] })
    const res = await call(`${p.url}/api/v1/log/entries?x=1&y=2`, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(201)
    expect(res.headers.get('x-upstream')).toBe('yes')
    const { echo } = (await res.json()) as { echo: Upstream['hits'][number] }
    expect(echo).toEqual({ method: 'POST', path: '/api/v1/log/entries?x=1&y=2', host: new URL(p.url).host, body: 'hello' })
    expect(p.stats).toMatchObject({ requests: 1, forwarded: 1, delivered: 1, upstreamStatus: { '201': 1 } })
    expect(Object.values(p.stats.faults).every(n => n === 0)).toBe(true)
  })

  it.each(['500', '502', '503', '429'] as const)('answers %s before forwarding, with Retry-After on 429 and 503', async kind => {
    const p = await proxy({ rate: 1, faults: [kind], retryAfterSeconds: 7 })
    const res = await call(`${p.url}/api/v2/signingCert`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(Number(kind))
    expect(res.headers.get('retry-after')).toBe(kind === '429' || kind === '503' ? '7' : null)
    expect(((await res.json()) as { code: number }).code).toBe(Number(kind))
    expect(upstream.hits).toHaveLength(0)
    expect(p.stats).toMatchObject({ requests: 1, forwarded: 0, faults: { [kind]: 1 } })
  })

  it('resets the connection without forwarding', async () => {
    const p = await proxy({ rate: 1, faults: ['reset'] })
    expect(await outcome(`${p.url}/x`, { method: 'POST', body: 'b' })).toBe('request failed: TypeError')
    expect(upstream.hits).toHaveLength(0)
    expect(p.stats.faults.reset).toBe(1)
  })

  it('stalls past the client timeout without forwarding, and close() ends the stalled connection', async () => {
    const p = await proxy({ rate: 1, faults: ['stall'], stallMs: 60_000 })
    const started = Date.now()
    expect(await outcome(`${p.url}/x`, {}, 400)).toBe('request failed: TimeoutError')
    expect(Date.now() - started).toBeGreaterThanOrEqual(380)
    expect(upstream.hits).toHaveLength(0)
    // A client without a timeout is held until the proxy closes.
    const pending = outcome(`${p.url}/y`, {}, 60_000)
    await new Promise(r => setTimeout(r, 100))
    const closing = Date.now()
    await p.close()
    expect(await pending).toBe('request failed: TypeError')
    expect(Date.now() - closing).toBeLessThan(2000)
  })

  it('ends a stall after stallMs', async () => {
    const p = await proxy({ rate: 1, faults: ['stall'], stallMs: 200 })
    const started = Date.now()
    expect(await outcome(`${p.url}/x`, {}, 5000)).toBe('request failed: TypeError')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('truncates: the upstream answers, the client gets the status and half a body', async () => {
    const p = await proxy({ rate: 1, faults: ['truncate'], record: true })
    expect(await outcome(`${p.url}/api/v1/log/entries`, { method: 'POST', body: 'entry' })).toBe('201 then body failed: TypeError')
    expect(upstream.hits).toHaveLength(1)
    expect(p.stats).toMatchObject({ forwarded: 1, delivered: 0, faults: { truncate: 1 }, upstreamStatus: { '201': 1 } })
    expect(p.exchanges).toHaveLength(1)
    expect(p.exchanges[0]).toMatchObject({ method: 'POST', path: '/api/v1/log/entries', status: 201, fault: 'truncate' })
    expect(p.exchanges[0].requestBody.toString()).toBe('entry')
    expect(JSON.parse(p.exchanges[0].responseBody.toString()).echo.body).toBe('entry')
  })

  it('drops: the upstream did the work, the client sees a reset and no answer', async () => {
    const p = await proxy({ rate: 1, faults: ['drop'], record: true })
    expect(await outcome(`${p.url}/api/v1/log/entries`, { method: 'POST', body: 'entry' })).toBe('request failed: TypeError')
    expect(upstream.hits.map(h => h.body)).toEqual(['entry'])
    expect(p.stats).toMatchObject({ forwarded: 1, delivered: 0, faults: { drop: 1 }, upstreamStatus: { '201': 1 } })
    expect(p.exchanges[0].fault).toBe('drop')
    expect(FAULTS_AFTER_UPSTREAM).toEqual(['truncate', 'drop'])
  })

  it('draws the same faults from the same seed, different ones from another seed, at about the rate', async () => {
    const sequence = async (seed: number): Promise<string[]> => {
      const p = await proxy({ rate: 0.3, faults: ['500', '503', '429'], seed })
      const seen: string[] = []
      for (let i = 0; i < 300; i++) seen.push(await outcome(`${p.url}/n`))
      expect(p.seed).toBe(seed)
      return seen
    }
    const a = await sequence(42)
    const b = await sequence(42)
    const c = await sequence(43)
    expect(a).toEqual(b)
    expect(c).not.toEqual(a)
    const faulted = a.filter(s => s !== '200').length
    expect(faulted).toBeGreaterThan(300 * 0.2)
    expect(faulted).toBeLessThan(300 * 0.4)
    expect(new Set(a.filter(s => s !== '200'))).toEqual(new Set(['500', '503', '429']))
  })

  it('changes rate and faults on the fly, and rejects nonsense', async () => {
    const p = await proxy({ rate: 0, faults: ['503'] })
    expect(await outcome(`${p.url}/a`)).toBe('200')
    p.setRate(1)
    expect(await outcome(`${p.url}/a`)).toBe('503')
    p.setFaults(['429'])
    expect(await outcome(`${p.url}/a`)).toBe('429')
    p.setFaults([])
    expect(await outcome(`${p.url}/a`)).toBe('200')
    expect(() => p.setRate(1.5)).toThrow(RangeError)
    expect(() => p.setRate(Number.NaN)).toThrow(RangeError)
    expect(() => p.setFaults(['418' as FaultKind])).toThrow(RangeError)
    p.reset()
    expect(p.stats.requests).toBe(0)
    await expect(startFaultProxy({ upstream: 'ftp://127.0.0.1:1', rate: 0, faults: [] })).rejects.toThrow(RangeError)
  })

  it('injects faults only into eligible requests', async () => {
    const p = await proxy({ rate: 1, faults: ['503'], eligible: r => r.method === 'PUT' })
    expect(await outcome(`${p.url}/v2/repo/manifests/latest`)).toBe('200')
    expect(await outcome(`${p.url}/v2/repo/manifests/latest`, { method: 'PUT', body: '{}' })).toBe('503')
    expect(p.stats.faults['503']).toBe(1)
  })

  it('keeps redirects on the proxy: absolute upstream Locations are rewritten, relative ones kept', async () => {
    const p = await proxy({ rate: 0, faults: [] })
    const abs = await call(`${p.url}/where`)
    expect(abs.headers.get('location')).toBe(`${p.url}/v2/repo/blobs/uploads/123?state=abc`)
    const rel = await call(`${p.url}/relative`)
    expect(rel.headers.get('location')).toBe('/v2/repo/blobs/uploads/456')
  })

  it('keeps an upstream path prefix', async () => {
    const p = await startFaultProxy({ upstream: `${upstream.url}/prefix`, rate: 0, faults: [] })
    proxies.push(p)
    expect(p.url).toMatch(/\/prefix$/)
    const res = await call(`${p.url}/api/v1/timestamp`, { method: 'POST', body: 'x' })
    expect(((await res.json()) as { echo: { path: string } }).echo.path).toBe('/prefix/api/v1/timestamp')
  })

  it('answers 502 when the upstream cannot be reached, without counting a fault', async () => {
    const p = await startFaultProxy({ upstream: 'http://127.0.0.1:9', rate: 0, faults: ['503'] })
    proxies.push(p)
    expect(await outcome(`${p.url}/x`)).toBe('502')
    expect(p.stats.upstreamErrors).toBe(1)
    expect(p.stats.faults['503']).toBe(0)
  })
})
