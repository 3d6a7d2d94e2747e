import { createHash } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON } from '@sigstore/bundle'

import { ANNOTATIONS, bundleFromLegacyLayer, legacyAnnotations, legacyConfig, legacyManifest } from '../../../src/core/formats/cosign-legacy.js'
import { COSIGN_SIMPLE_SIGNING as SIMPLE_SIGNING_MEDIA_TYPE, digestOf } from '../../../src/core/oci/types.js'
import { goJSON } from '../../../src/core/formats/gojson.js'
import { parseSimpleSigning, simpleSigningPayload } from '../../../src/core/formats/simple-signing.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { verifyBundle } from '../../../src/core/verify/index.js'
import { rejection } from '../../support/errors.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'
import { stackSession } from '../../support/session.js'

const DIGEST = 'sha256:' + 'ab'.repeat(32)

describe('Go-compatible JSON', () => {
  it('escapes HTML characters and line separators like encoding/json', () => {
    expect(goJSON({ a: '<&>\u2028' })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}')
  })
})

describe('simple-signing payload', () => {
  it('matches cosign byte for byte', () => {
    const payload = simpleSigningPayload({ dockerReference: 'index.docker.io/library/ubuntu', manifestDigest: DIGEST })
    expect(payload.toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"index.docker.io/library/ubuntu"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`
    )
  })

  it('sorts annotations and round-trips', () => {
    const payload = simpleSigningPayload({ dockerReference: 'r/x', manifestDigest: DIGEST, annotations: { z: '1', a: '<2>' } })
    expect(payload.toString()).toContain('"optional":{"a":"\\u003c2\\u003e","z":"1"}')
    expect(parseSimpleSigning(payload)).toEqual({ dockerReference: 'r/x', manifestDigest: DIGEST, annotations: { a: '<2>', z: '1' } })
  })

  it('rejects payloads of another type', () => {
    expect(() => parseSimpleSigning(Buffer.from('{"critical":{"type":"other"}}'))).toThrow(/not a cosign image signature/)
    expect(() => parseSimpleSigning(Buffer.from('nope'))).toThrow(/not JSON/)
  })
})

describe('signature image config and manifest', () => {
  it('has the exact config cosign writes (233 bytes for one layer)', () => {
    const config = legacyConfig([DIGEST])
    expect(config.length).toBe(233)
    expect(config.toString()).toBe(
      `{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["${DIGEST}"]},"config":{}}`
    )
  })

  it('orders manifest fields like Go and sorts annotations', () => {
    const m = legacyManifest({ mediaType: 'c', size: 1, digest: 'sha256:c' }, [
      { mediaType: 'l', size: 2, digest: 'sha256:l', annotations: { b: '2', a: '1' } }
    ])
    expect(m.toString()).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"c","size":1,"digest":"sha256:c"},"layers":[{"mediaType":"l","size":2,"digest":"sha256:l","annotations":{"a":"1","b":"2"}}]}'
    )
  })
})

describe('legacy layers and Sigstore bundles', () => {
  let stack: SigstoreStack
  let trust: LoadedTrust
  const payload = simpleSigningPayload({ dockerReference: '127.0.0.1:5000/app', manifestDigest: DIGEST })

  beforeAll(async () => {
    stack = await startStack()
    const path = join(await mkdtemp(join(tmpdir(), 'seal-legacy-')), 'root.json')
    await stack.writeTrustedRoot(path)
    trust = await loadTrust({ trustedRootPath: path })
  })
  afterAll(() => stack.close())

  const policy = () => buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: 'https://token.actions.githubusercontent.com' })

  async function signedLayer() {
    const session = stackSession(stack)
    const bundle = await session.signDigest(createHash('sha256').update(payload).digest())
    return { bundle, annotations: legacyAnnotations(bundle) }
  }

  it('writes the annotations cosign writes', async () => {
    const { bundle, annotations } = await signedLayer()
    expect(Object.keys(annotations)).toEqual(
      [ANNOTATIONS.signature, ANNOTATIONS.bundle, ANNOTATIONS.certificate, ANNOTATIONS.chain, ANNOTATIONS.timestamp].sort()
    )
    expect(annotations[ANNOTATIONS.chain]).toBe('')
    expect(annotations[ANNOTATIONS.certificate]).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/)
    const rekor = JSON.parse(annotations[ANNOTATIONS.bundle])
    expect(Object.keys(rekor)).toEqual(['SignedEntryTimestamp', 'Payload'])
    expect(Object.keys(rekor.Payload)).toEqual(['body', 'integratedTime', 'logIndex', 'logID'])
    const entry = bundleToJSON(bundle).verificationMaterial.tlogEntries[0]
    expect(rekor.Payload.logIndex).toBe(Number(entry.logIndex))
    expect(rekor.Payload.body).toBe(entry.canonicalizedBody)
  })

  it('verifies a legacy layer through the standard verifier', async () => {
    const { annotations } = await signedLayer()
    const bundle = bundleFromLegacyLayer(payload, SIMPLE_SIGNING_MEDIA_TYPE, annotations, 'layer 0')
    const digest = createHash('sha256').update(payload).digest()
    const result = await verifyBundle(bundle, { digest: { algorithm: 'sha256', value: digest } }, { policy: policy() }, trust)
    expect(result.identity).toBe(stack.identity())
    expect(digestOf(payload)).toBe('sha256:' + digest.toString('hex'))
  })

  it('rejects a layer whose payload was swapped', async () => {
    const { annotations } = await signedLayer()
    const other = simpleSigningPayload({ dockerReference: '127.0.0.1:5000/app', manifestDigest: 'sha256:' + 'cd'.repeat(32) })
    const bundle = bundleFromLegacyLayer(other, SIMPLE_SIGNING_MEDIA_TYPE, annotations, 'layer 0')
    const digest = createHash('sha256').update(other).digest()
    const err = await rejection(verifyBundle(bundle, { digest: { algorithm: 'sha256', value: digest } }, { policy: policy() }, trust))
    expect(['TLOG_INVALID', 'SIGNATURE_INVALID']).toContain(err.code)
  })

  it('names the layer when annotations are missing or broken', () => {
    expect(() => bundleFromLegacyLayer(payload, SIMPLE_SIGNING_MEDIA_TYPE, {}, 'layer 3')).toThrow(/layer 3: missing the "dev.cosignproject.cosign\/signature"/)
    expect(() => bundleFromLegacyLayer(payload, SIMPLE_SIGNING_MEDIA_TYPE, { [ANNOTATIONS.signature]: 'AA==', [ANNOTATIONS.bundle]: '{' }, 'layer 1')).toThrow(
      /layer 1: the Rekor bundle annotation is not JSON/
    )
  })
})
