import { createHash } from 'node:crypto'

import { X509Certificate } from '@sigstore/core'

import { bundlePathFor, checkServiceOptions, SigningSession } from '../../src/core/sign.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const base = { fulcioURL: 'https://f', rekorURL: 'https://r', tlogUpload: true, timeoutMs: 1000, retries: 0 }

describe('checkServiceOptions', () => {
  it('rejects URLs that are not http(s), naming the input', () => {
    expect(() => checkServiceOptions({ ...base, fulcioURL: 'fulcio' })).toThrow(/`fulcio-url` is not a URL/)
    expect(() => checkServiceOptions({ ...base, rekorURL: 'ftp://r' })).toThrow(/`rekor-url` must be an http\(s\) URL/)
  })

  it('needs a TSA when nothing goes to Rekor', () => {
    expect(() => checkServiceOptions({ ...base, tlogUpload: false })).toThrow(
      expect.objectContaining({ hint: expect.stringMatching(/Set `tsa-url`/) })
    )
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
    const certs = bundles.map(b => (b.verificationMaterial.content.$case === 'certificate' ? Buffer.from(b.verificationMaterial.content.certificate.rawBytes).toString('base64') : ''))
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

  it('names Fulcio when it cannot be reached', async () => {
    const s = session({ fulcioURL: 'http://127.0.0.1:9' })
    await expect(s.signDigest(Buffer.alloc(32))).rejects.toThrow(/Could not reach Fulcio at http:\/\/127\.0\.0\.1:9/)
  })
})
