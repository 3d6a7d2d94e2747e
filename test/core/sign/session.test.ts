import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { X509Certificate } from '@sigstore/core'

import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { WHOLE_READ_LIMIT } from '../../../src/core/subjects/digest.js'
import { bundlePathFor, checkServiceOptions, SigningSession } from '../../../src/core/sign/session.js'
import { signFiles } from '../../support/sign-files.js'
import { resolveFiles } from '../../../src/core/subjects/files.js'
import { loadTrust } from '../../../src/core/trust/index.js'
import { parseBundle, verifyBundle } from '../../../src/core/verify/index.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

const base = { fulcioURL: 'https://f', rekorURL: 'https://r', tlogUpload: true, timeoutMs: 1000, retries: 0 }

describe('checkServiceOptions', () => {
  it('rejects URLs that are not http(s), naming the input', () => {
    expect(() => checkServiceOptions({ ...base, fulcioURL: 'fulcio' })).toThrow(/`fulcio-url` is not a URL/)
    expect(() => checkServiceOptions({ ...base, rekorURL: 'ftp://r' })).toThrow(/`rekor-url` must be an http\(s\) URL/)
  })

  it('needs a TSA when nothing goes to Rekor', () => {
    expect(() => checkServiceOptions({ ...base, tlogUpload: false })).toThrow(expect.objectContaining({ hint: expect.stringMatching(/Set `tsa-url`/) }))
    expect(() => checkServiceOptions({ ...base, tlogUpload: false, tsaURL: 'https://t' })).not.toThrow()
  })
})

describe('bundlePathFor', () => {
  it('puts bundles next to files or in the bundle directory', () => {
    expect(bundlePathFor('/w/dist/a.tgz')).toBe('/w/dist/a.tgz.sigstore.json')
    expect(bundlePathFor('/w/dist/a.tgz', '/w/bundles')).toBe('/w/bundles/a.tgz.sigstore.json')
  })
})

describe('SigningSession against the local stack', () => {
  let stack: SigstoreStack
  beforeAll(async () => {
    stack = await startStack()
  })
  afterAll(() => stack.close())

  const session = (extra: object = {}) =>
    new SigningSession({
      fulcioURL: stack.fulcioURL,
      rekorURL: stack.rekorURL,
      tsaURL: stack.tsaURL,
      tlogUpload: true,
      timeoutMs: 5000,
      retries: 0,
      getToken: async () => stack.issueToken(),
      ...extra
    })

  it('uses one certificate for many signatures', async () => {
    const before = stack.counts.fulcio
    const s = session()
    const digests = [1, 2, 3, 4].map(n => createHash('sha256').update(String(n)).digest())
    const bundles = await Promise.all(digests.map(d => s.signDigest(d)))
    expect(stack.counts.fulcio - before).toBe(1)
    expect(s.certificateRequests).toBe(1)
    const certs = bundles.map(b =>
      b.verificationMaterial.content.$case === 'certificate' ? Buffer.from(b.verificationMaterial.content.certificate.rawBytes).toString('base64') : ''
    )
    expect(new Set(certs).size).toBe(1)
    const cert = X509Certificate.parse(Buffer.from(certs[0], 'base64'))
    expect(cert.subjectAltName).toBe(stack.identity())
  })

  it('signs DSSE envelopes and records them in Rekor v2 with a timestamp', async () => {
    const before = stack.counts.rekorV2
    const bundle = await session({ rekorVersion: 2 }).signDSSE(Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}'), 'application/vnd.in-toto+json')
    expect(bundle.content.$case).toBe('dsseEnvelope')
    expect(stack.counts.rekorV2 - before).toBe(1)
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion?.version).toBe('0.0.2')
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
  })

  it('signs small files natively over their bytes and large ones by streamed digest, with the same result', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-sign-sizes-'))
    const sizes = { 'small.bin': 10, 'limit.bin': WHOLE_READ_LIMIT, 'large.bin': WHOLE_READ_LIMIT + 1 }
    for (const [name, size] of Object.entries(sizes)) await writeFile(join(dir, name), Buffer.alloc(size, name))
    const result = await signFiles({ files: await resolveFiles(['*.bin'], dir), session: session() })
    await stack.writeTrustedRoot(join(dir, 'trusted_root.json'))
    const trust = await loadTrust({ trustedRootPath: join(dir, 'trusted_root.json') })
    const policy = buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: 'https://token.actions.githubusercontent.com' })
    expect(result.files).toHaveLength(3)
    for (const f of result.files) {
      const data = await readFile(f.path)
      expect(f.sha256).toBe(createHash('sha256').update(data).digest('hex'))
      const bundle = parseBundle(await readFile(f.bundlePath, 'utf8'), f.bundlePath)
      await expect(verifyBundle(bundle, { path: f.path }, { policy }, trust)).resolves.toBeDefined()
      // The signature is over this file: another file's bytes do not verify.
      const other = result.files.find(o => o !== f)!
      await expect(verifyBundle(bundle, { path: other.path }, { policy }, trust)).rejects.toThrow()
    }
  })

  it('names Fulcio when it cannot be reached', async () => {
    const s = session({ fulcioURL: 'http://127.0.0.1:9' })
    await expect(s.signDigest(Buffer.alloc(32))).rejects.toThrow(/Could not reach Fulcio at http:\/\/127\.0\.0\.1:9/)
  })

  /**
   * A timestamp authority in front of the local one that rewrites its first
   * `bad` answers (status 200 each time) with `answer(real)`.
   */
  async function tsaAnswering(bad: number, answer: (real: Buffer) => Buffer): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
    let requests = 0
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c))
      req.on('end', async () => {
        const n = requests++
        const upstream = await fetch(stack.tsaURL + req.url, {
          method: req.method,
          headers: { 'content-type': req.headers['content-type'] ?? '' },
          body: Buffer.concat(chunks)
        })
        const real = Buffer.from(await upstream.arrayBuffer())
        const body = n < bad ? answer(real) : real
        res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': body.length })
        res.end(body)
      })
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      requests: () => requests,
      close: () => new Promise(r => server.close(() => r()))
    }
  }

  const garbage = () => Buffer.from('<html>gateway says hello</html>')

  it('asks again when the TSA answers 200 with something that is not a timestamp', async () => {
    const tsa = await tsaAnswering(2, garbage)
    try {
      const bundle = await session({ tsaURL: tsa.url, retries: 3 }).signDigest(createHash('sha256').update('ts').digest())
      expect(tsa.requests()).toBe(3)
      expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    } finally {
      await tsa.close()
    }
  })

  it('fails naming the TSA when it keeps answering with a timestamp of another signature', async () => {
    // A real timestamp, but over different bytes: a replayed or mixed-up answer.
    const other = await fetch(stack.tsaURL + '/api/v1/timestamp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ artifactHash: createHash('sha256').update('other').digest('base64'), hashAlgorithm: 'sha256' })
    })
    expect(other.status).toBe(201)
    const replayed = Buffer.from(await other.arrayBuffer())
    const tsa = await tsaAnswering(Infinity, () => replayed)
    try {
      const s = session({ tsaURL: tsa.url, retries: 1, tlogUpload: false })
      await expect(s.signDigest(createHash('sha256').update('ts').digest())).rejects.toThrow(
        /timestamp authority at http:\/\/127\.0\.0\.1:\d+.*not a timestamp of this signature/s
      )
      expect(tsa.requests()).toBe(2)
    } finally {
      await tsa.close()
    }
  })
})
