import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { jest } from '@jest/globals'

import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { defaultTufCachePath, loadTrust, tufCacheDir, type LoadedTrust } from '../../../src/core/trust/index.js'
import { verifyBundle, type Bundle } from '../../../src/core/verify/index.js'
import { rejection } from '../../support/errors.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../../support/stack/index.js'
import { startTufMirror, watchSockets, type TufMirror } from '../../support/tuf-mirror.js'
import { stackSession } from '../../support/session.js'

let stack: SigstoreStack
let bundle: Bundle
let digest: Buffer

beforeAll(async () => {
  stack = await startStack()
  digest = createHash('sha256').update('seal trust-tuf test artifact').digest()
  const session = stackSession(stack)
  bundle = await session.signDigest(digest)
})

afterAll(() => stack?.close())

const cacheDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'seal-tuf-cache-'))

async function expectVerifies(trust: LoadedTrust): Promise<void> {
  const policy = buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
  const result = await verifyBundle(bundle, { digest: { algorithm: 'sha256', value: digest } }, { policy }, trust)
  expect(result.identity).toBe(stack.identity())
}

/** Fakes only the clock, so that HTTP and timers keep working. */
function clockAt(date: Date): void {
  jest.useFakeTimers({
    now: date,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout'
    ]
  })
}

afterEach(() => {
  jest.useRealTimers()
})

/** Two years on: the mirror's metadata (valid for one year) has expired. */
const twoYearsOn = (): Date => new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000)

describe('a custom TUF mirror serving the local stack’s trusted root', () => {
  let mirror: TufMirror
  let cache: string

  beforeAll(async () => {
    mirror = await startTufMirror(stack.trustedRoot)
    cache = await cacheDir()
  })
  afterAll(() => mirror?.close())

  it('initialises from `tuf-root`, fetches the root over TUF and verifies with it', async () => {
    const trust = await loadTrust({ tufMirrorURL: mirror.url + '/', tufRootPath: mirror.rootPath, tufCachePath: cache })
    expect(trust.source).toBe(`TUF ${mirror.url}`)
    expect(mirror.requests).toEqual(
      expect.arrayContaining(['/tuf/timestamp.json', '/tuf/snapshot.json', '/tuf/targets.json', '/tuf/targets/trusted_root.json'])
    )
    expect(existsSync(join(tufCacheDir(cache, mirror.url), 'root.json'))).toBe(true)
    await expectVerifies(trust)
  })

  it('refreshes from the cache on later runs, without `tuf-root`', async () => {
    const before = mirror.requests.length
    const trust = await loadTrust({ tufMirrorURL: mirror.url, tufCachePath: cache })
    expect(mirror.requests.length).toBeGreaterThan(before)
    await expectVerifies(trust)
  })

  it('reports expired metadata online and says how to recover', async () => {
    clockAt(twoYearsOn())
    const err = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufCachePath: await cacheDir(), tufRootPath: mirror.rootPath }))
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toContain(`the TUF metadata of ${mirror.url} has expired`)
    expect(err.hint).toContain('`trusted-root`')
    expect(err.hint).toContain('`tuf-root`')
    expect(err.hint).toContain('newer seal release')
  })
})

describe('offline, from the cache of a custom mirror', () => {
  let url: string
  let cache: string

  beforeAll(async () => {
    const mirror = await startTufMirror(stack.trustedRoot, { prefix: '/sigstore/tuf' })
    url = mirror.url
    cache = await cacheDir()
    await loadTrust({ tufMirrorURL: url, tufRootPath: mirror.rootPath, tufCachePath: cache })
    await mirror.close()
  })

  it('verifies with the cached root after the mirror is gone, opening no socket', async () => {
    const watch = watchSockets()
    try {
      const trust = await loadTrust({ tufMirrorURL: url, tufCachePath: cache, offline: true })
      expect(trust.source).toBe(`TUF cache of ${url} (offline)`)
      await expectVerifies(trust)
      expect(watch.connections).toEqual([])
    } finally {
      watch.restore()
    }
  })

  it('fails online once the mirror is gone, pointing at `offline` and the cache', async () => {
    const started = Date.now()
    const err = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: cache, tufRetries: 0, tufTimeoutMs: 2000 }))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toContain(`cannot fetch the trusted root from TUF ${url}`)
    expect(err.hint).toContain('`offline: true`')
    expect(err.hint).toContain(tufCacheDir(cache, url))
  })

  it('with an empty cache, names what is missing and how to fill it, without any request', async () => {
    const watch = watchSockets()
    try {
      const empty = await cacheDir()
      const err = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: empty, offline: true }))
      expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
      expect(err.message).toContain(`offline: the TUF cache of ${url} in ${tufCacheDir(empty, url)} has no root.json`)
      expect(err.message).toContain('`tuf-root` is not set either')
      expect(err.hint).toContain('Run seal once without `offline`')
      expect(err.hint).toContain('`tuf-root`')

      const withRoot = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: empty, offline: true, tufRootPath: '/unused/root.json' }))
      expect(withRoot.message).toContain('has no root.json, timestamp.json, snapshot.json, targets.json')
      expect(withRoot.message).not.toContain('`tuf-root` is not set')
      expect(watch.connections).toEqual([])
    } finally {
      watch.restore()
    }
  })

  it('offline, reports a tampered cache instead of going to the network', async () => {
    const watch = watchSockets()
    try {
      const target = await cacheDir()
      await cp(cache, target, { recursive: true })
      const dir = tufCacheDir(target, url)
      await writeFile(join(dir, 'targets', 'trusted_root.json'), JSON.stringify({ mediaType: 'forged' }))
      const forged = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: target, offline: true }))
      expect(forged.message).toContain('is not in the TUF cache')
      expect(forged.message).toContain('does not match its metadata')

      const timestamp = JSON.parse(await readFile(join(dir, 'timestamp.json'), 'utf8')) as { signed: { version: number } }
      timestamp.signed.version += 1
      await writeFile(join(dir, 'timestamp.json'), JSON.stringify(timestamp))
      const unsigned = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: target, offline: true }))
      expect(unsigned.message).toContain(`offline: the TUF cache of ${url} in ${dir} does not verify on its own (it needs ${url}/`)
      expect(watch.connections).toEqual([])
    } finally {
      watch.restore()
    }
  })

  it('refuses expired cached metadata offline, saying how to refresh it', async () => {
    clockAt(twoYearsOn())
    const err = await rejection(loadTrust({ tufMirrorURL: url, tufCachePath: cache, offline: true }))
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toMatch(/offline: the cached TUF root\.json of .* expired at \d{4}-/)
    expect(err.hint).toContain('without `offline`')
    expect(err.hint).toContain('`trusted-root`')
  })
})

describe('TUF root problems', () => {
  let mirror: TufMirror
  let other: TufMirror
  beforeAll(async () => {
    mirror = await startTufMirror(stack.trustedRoot)
    other = await startTufMirror(stack.trustedRoot)
  })
  afterAll(async () => {
    await mirror?.close()
    await other?.close()
  })

  it('reports metadata signed by other keys as a rotated root, and recovers with the current root.json', async () => {
    const cache = await cacheDir()
    // The cache starts from a root whose keys did not sign this repository's metadata.
    const err = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufRootPath: other.rootPath, tufCachePath: cache }))
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toContain('is not signed by the keys of the cached TUF root')
    expect(err.message).toContain('rotated')
    expect(err.hint).toContain('`tuf-root`')
    // Giving the repository's current root.json replaces the stale cached one.
    const trust = await loadTrust({ tufMirrorURL: mirror.url, tufRootPath: mirror.rootPath, tufCachePath: cache })
    await expectVerifies(trust)
  })

  it('needs `tuf-root` the first time a custom mirror is used', async () => {
    const err = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufCachePath: await cacheDir() }))
    expect(err.message).toBe(`no TUF root for ${mirror.url}: set \`tuf-root\` to the repository's root.json`)
    expect(err.hint).toContain('first run only')
  })

  it('names `tuf-root` when it cannot be read or is not root metadata', async () => {
    const missing = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufRootPath: '/nonexistent/root.json', tufCachePath: await cacheDir() }))
    expect(missing.code).toBe('TRUST_ROOT_INVALID')
    expect(missing.message).toContain('`tuf-root`')
    expect(missing.message).toContain('ENOENT')
    const notRoot = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufRootPath: join(process.cwd(), 'package.json'), tufCachePath: await cacheDir() }))
    expect(notRoot.message).toContain('is not TUF root metadata')
  })

  it('rejects a mirror URL that is not http(s)', async () => {
    expect((await rejection(loadTrust({ tufMirrorURL: 'file:///srv/tuf' }))).message).toContain('`tuf-mirror` must be an http(s) URL')
    expect((await rejection(loadTrust({ tufMirrorURL: 'tuf.example' }))).message).toContain('`tuf-mirror` is not a URL')
  })
})

describe('the TUF cache location', () => {
  it('lives under the runner tool cache, XDG_CACHE_HOME or ~/.cache', () => {
    expect(defaultTufCachePath({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/opt/hostedtoolcache/seal/tuf')
    expect(defaultTufCachePath({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/seal/tuf')
    expect(defaultTufCachePath({ HOME: '/h' })).toBe('/h/.cache/seal/tuf')
  })

  it('is used when no cache path is given, keyed by the mirror URL', async () => {
    const mirror = await startTufMirror(stack.trustedRoot)
    try {
      const toolCache = await cacheDir()
      await loadTrust({ tufMirrorURL: mirror.url, tufRootPath: mirror.rootPath, env: { RUNNER_TOOL_CACHE: toolCache } })
      const dir = tufCacheDir(join(toolCache, 'seal', 'tuf'), mirror.url)
      expect(dir).toContain(encodeURIComponent(new URL(mirror.url).host + '/tuf'))
      for (const role of ['root', 'timestamp', 'snapshot', 'targets']) expect(existsSync(join(dir, `${role}.json`))).toBe(true)
    } finally {
      await mirror.close()
    }
  })
})

describe('precedence over TUF', () => {
  it('uses PEM inputs and SIGSTORE_* before any TUF mirror, offline or not', async () => {
    const dir = await cacheDir()
    const rekor = join(dir, 'rekor.pub')
    const key = (stack.trustedRoot as { tlogs: { publicKey: { rawBytes: string } }[] }).tlogs[0].publicKey.rawBytes
    await writeFile(rekor, `-----BEGIN PUBLIC KEY-----\n${key}\n-----END PUBLIC KEY-----\n`)
    const unreachable = 'http://127.0.0.1:9/tuf'
    const fromEnv = await loadTrust({ env: { SIGSTORE_REKOR_PUBLIC_KEY: rekor }, tufMirrorURL: unreachable, tufCachePath: dir })
    expect(fromEnv.source).toBe(`environment (SIGSTORE_REKOR_PUBLIC_KEY=${rekor})`)
    // cosign's COSIGN_REKOR_URL (or SIGSTORE_REKOR_URL) names the log when no \`rekor-url\` is given.
    for (const name of ['COSIGN_REKOR_URL', 'SIGSTORE_REKOR_URL']) {
      const named = await loadTrust({ env: { SIGSTORE_REKOR_PUBLIC_KEY: rekor, [name]: 'https://rekor.internal.example' } })
      expect(named.trustedRoot.tlogs[0].baseUrl).toBe('https://rekor.internal.example')
    }
    expect((await loadTrust({ env: { SIGSTORE_REKOR_PUBLIC_KEY: rekor } })).trustedRoot.tlogs[0].baseUrl).toBe('')
    const fromPem = await loadTrust({ pem: { rekorPublicKey: rekor }, rekorURL: stack.rekorURL, tufMirrorURL: unreachable, offline: true })
    expect(fromPem.source).toBe(`PEM files (rekor-public-key ${rekor})`)
    // A public-good mirror URL offline means the embedded root.
    expect((await loadTrust({ tufMirrorURL: 'https://tuf-repo-cdn.sigstore.dev/', offline: true })).source).toBe('embedded public-good root')
  })
})
