import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { decodeClaims, getIdentityToken } from '../../../src/core/oidc/token.js'
import { rejection } from '../../support/errors.js'

const jwt = (claims: object) => ['{"alg":"none"}', JSON.stringify(claims), 'sig'].map((p, i) => (i < 2 ? Buffer.from(p).toString('base64url') : p)).join('.')

let server: Server
let url: string
let script: number[] = []
const seen: { auth?: string; audience?: string | null }[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x')
    seen.push({ auth: req.headers.authorization, audience: u.searchParams.get('audience') })
    const status = script.shift() ?? 200
    if (req.headers.authorization !== 'Bearer runner-secret') {
      res.writeHead(401).end()
      return
    }
    if (u.pathname === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: 'x'.repeat(2 * 1024 * 1024) }))
      return
    }
    if (status !== 200) {
      res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {}).end('{}')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt({ aud: u.searchParams.get('audience'), sub: 'repo:o/r' }) }))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`
})

afterAll(() => new Promise(r => server.close(r)))

beforeEach(() => {
  script = []
  seen.length = 0
})

const runner = (extra: NodeJS.ProcessEnv = {}) => ({ ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-secret', ...extra })

describe('getIdentityToken', () => {
  it('asks the runner for the requested audience', async () => {
    const t = await getIdentityToken({ audience: 'sigstore', env: runner() })
    expect(t.source).toBe('GitHub Actions OIDC')
    expect(t.claims.aud).toBe('sigstore')
    expect(seen[0]).toEqual({ auth: 'Bearer runner-secret', audience: 'sigstore' })
  })

  it('prefers the explicit token, then the runner, then SIGSTORE_ID_TOKEN', async () => {
    const explicit = jwt({ sub: 'explicit' })
    expect((await getIdentityToken({ identityToken: explicit, audience: 'sigstore', env: runner() })).claims.sub).toBe('explicit')
    expect(seen).toHaveLength(0)
    const env = jwt({ sub: 'env' })
    expect((await getIdentityToken({ audience: 'sigstore', env: { SIGSTORE_ID_TOKEN: env } })).source).toBe('SIGSTORE_ID_TOKEN')
  })

  it('retries a failing runner endpoint', async () => {
    script = [500, 503]
    const t = await getIdentityToken({ audience: 'a', env: runner(), retries: 3 })
    expect(t.claims.aud).toBe('a')
    expect(seen).toHaveLength(3)
  })

  it('waits as long as a 429 asks (Retry-After) before asking again', async () => {
    script = [429]
    const started = Date.now()
    await getIdentityToken({ audience: 'a', env: runner(), retries: 2 })
    expect(seen).toHaveLength(2)
    // The backoff alone would wait 125-250 ms; Retry-After: 1 asks for a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('gives up after the retries, saying so', async () => {
    script = [500, 500, 500]
    await expect(getIdentityToken({ audience: 'a', env: runner(), retries: 1 })).rejects.toThrow(/Could not get an OIDC token from the runner \(HTTP 500\)/)
  })

  it('refuses a runner URL that is not an http(s) URL, naming the variable', async () => {
    for (const bad of ['not a url', 'file:///token']) {
      const err = await rejection(getIdentityToken({ audience: 'a', env: runner({ ACTIONS_ID_TOKEN_REQUEST_URL: bad }) }))
      expect(err.code).toBe('INPUT_INVALID')
      expect(err.message).toContain('`ACTIONS_ID_TOKEN_REQUEST_URL`')
    }
    expect(seen).toHaveLength(0)
  })

  it('refuses a runner reply over 1 MiB without asking again', async () => {
    const huge = url.replace('/token', '/huge')
    const err = await rejection(getIdentityToken({ audience: 'a', env: runner({ ACTIONS_ID_TOKEN_REQUEST_URL: huge }), retries: 2 }))
    expect(err.code).toBe('TOKEN_REQUEST_FAILED')
    expect(err.message).toContain('larger than 1048576 bytes')
    expect(seen).toHaveLength(1)
  })

  it('explains the permission when the runner refuses', async () => {
    await expect(getIdentityToken({ audience: 'a', env: runner({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }) })).rejects.toMatchObject({
      code: 'TOKEN_REQUEST_FAILED',
      hint: expect.stringMatching(/permissions: id-token: write/)
    })
  })

  it('explains the permission when there is no token source', async () => {
    await expect(getIdentityToken({ audience: 'a', env: {} })).rejects.toMatchObject({ code: 'TOKEN_MISSING' })
    await expect(getIdentityToken({ audience: 'a', env: {} })).rejects.toMatchObject({ hint: expect.stringMatching(/id-token: write/) })
  })

  it('rejects a malformed token without echoing it', async () => {
    const bad = 'not-a-jwt-but-secret'
    await expect(getIdentityToken({ identityToken: bad, audience: 'a', env: {} })).rejects.toThrow(/not a JWT/)
    try {
      decodeClaims('aaa.!!!.ccc-secret', 'x')
    } catch (err) {
      expect(String(err)).not.toContain('secret')
    }
  })
})
