import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { CIContextProvider, DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'

import { exactly, GITHUB_ISSUER, startStack, type SigstoreStack } from './stack/index.js'
import { genTimeParses } from './stack/tsa.js'

const artifact = Buffer.from('seal stack test artifact\n')
const statement = Buffer.from(
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'a.txt', digest: { sha256: 'ab'.repeat(32) } }],
    predicateType: 'https://example.com/test/v1',
    predicate: {}
  })
)
const INTOTO = 'application/vnd.in-toto+json'

let stack: SigstoreStack
let other: SigstoreStack

beforeAll(async () => {
  ;[stack, other] = await Promise.all([startStack(), startStack()])
})

afterAll(async () => {
  await Promise.all([stack?.close(), other?.close()])
})

function signer(s: SigstoreStack): FulcioSigner {
  return new FulcioSigner({
    fulcioBaseURL: s.fulcioURL,
    identityProvider: { getToken: async () => s.issueToken() },
    retry: 0,
    timeout: 5000
  })
}

function witnesses(s: SigstoreStack, majorApiVersion: 1 | 2): Witness[] {
  return [
    new RekorWitness({ rekorBaseURL: s.rekorURL, fetchOnConflict: true, majorApiVersion, retry: 0, timeout: 5000 }),
    new TSAWitness({ tsaBaseURL: s.tsaURL, retry: 0, timeout: 5000 })
  ]
}

function verify(s: SigstoreStack, bundle: Bundle, data?: Buffer) {
  const entity = toSignedEntity(bundleFromJSON(bundleToJSON(bundle)), data)
  const trust = toTrustMaterial(TrustedRoot.fromJSON(s.trustedRoot))
  return new Verifier(trust).verify(entity, {
    subjectAlternativeName: exactly(stack.identity()),
    extensions: { issuer: GITHUB_ISSUER }
  })
}

function body(bundle: Bundle): Record<string, unknown> {
  return JSON.parse(bundle.verificationMaterial.tlogEntries[0].canonicalizedBody.toString('utf8'))
}

function certPEM(bundle: Bundle): string {
  const m = bundle.verificationMaterial.content
  const der =
    m.$case === 'x509CertificateChain' ? m.x509CertificateChain.certificates[0].rawBytes : m.$case === 'certificate' ? m.certificate.rawBytes : undefined
  if (!der) throw new Error('bundle has no certificate')
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----\n`
}

describe('local sigstore stack', () => {
  const bundles: Record<string, Bundle> = {}

  beforeAll(async () => {
    const [blobV1, dsseV1, blobV2, dsseV2] = await Promise.all([
      new MessageSignatureBundleBuilder({ signer: signer(stack), witnesses: witnesses(stack, 1) }).create({ data: artifact }),
      new DSSEBundleBuilder({ signer: signer(stack), witnesses: witnesses(stack, 1) }).create({ data: statement, type: INTOTO }),
      new MessageSignatureBundleBuilder({ signer: signer(stack), witnesses: witnesses(stack, 2) }).create({ data: artifact }),
      new DSSEBundleBuilder({ signer: signer(stack), witnesses: witnesses(stack, 2) }).create({ data: statement, type: INTOTO })
    ])
    Object.assign(bundles, { blobV1, dsseV1, blobV2, dsseV2 })
  })

  it('signs a blob (hashedrekord, Rekor v1 + TSA) that verifies', () => {
    const b = bundles.blobV1
    expect(b.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.1' })
    expect(b.verificationMaterial.tlogEntries[0].inclusionPromise).toBeDefined()
    expect(b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    const result = verify(stack, b, artifact)
    expect(result.identity?.subjectAlternativeName).toBe('https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main')
    expect(result.identity?.extensions?.issuer).toBe(GITHUB_ISSUER)
    expect(() => verify(stack, b, Buffer.from('tampered'))).toThrow()
  })

  it('signs DSSE (dsse 0.0.1, Rekor v1 + TSA) with the body Rekor would store', () => {
    const b = bundles.dsseV1
    expect(b.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' })
    const spec = body(b).spec as Record<string, unknown>
    expect(Object.keys(spec).sort()).toEqual(['envelopeHash', 'payloadHash', 'signatures'])
    expect(spec.signatures).toHaveLength(1)
    expect(verify(stack, b).identity?.subjectAlternativeName).toBe(stack.identity())
  })

  it('signs with Rekor v2 + TSA (hashedrekord and dsse 0.0.2) and verifies', () => {
    for (const [b, kind] of [
      [bundles.blobV2, 'hashedrekord'],
      [bundles.dsseV2, 'dsse']
    ] as const) {
      const entry = b.verificationMaterial.tlogEntries[0]
      expect(entry.kindVersion).toEqual({ kind, version: '0.0.2' })
      expect(entry.inclusionPromise).toBeUndefined()
      expect(entry.inclusionProof?.logIndex).toBe('0')
      expect(body(b)).toMatchObject({ kind, apiVersion: '0.0.2' })
      verify(stack, b, kind === 'hashedrekord' ? artifact : undefined)
    }
  })

  it('rejects every bundle against a different stack’s trusted root', () => {
    for (const [name, b] of Object.entries(bundles)) {
      expect(() => verify(other, b, name.startsWith('blob') ? artifact : undefined)).toThrow()
    }
    expect(other.trustedRoot.tlogs).not.toEqual(stack.trustedRoot.tlogs)
  })

  it('rejects a policy that only matches a prefix of the identity', () => {
    const entity = toSignedEntity(bundleFromJSON(bundleToJSON(bundles.blobV1)), artifact)
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)))
    expect(() => verifier.verify(entity, { subjectAlternativeName: exactly('https://github.com/acme/widgets') })).toThrow()
  })

  it('answers 409 with a Location for a duplicate v1 entry, and fetchOnConflict returns the same entry', async () => {
    // Rekor stores a hashedrekord proposal as is, so the logged body is the proposal.
    const proposed = body(bundles.blobV1)
    const post = () =>
      fetch(`${stack.rekorURL}/api/v1/log/entries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(proposed)
      })
    const dup = await post()
    expect(dup.status).toBe(409)
    const location = dup.headers.get('location')
    expect(location).toMatch(/^\/api\/v1\/log\/entries\/[0-9a-f]+$/)
    expect(await dup.json()).toMatchObject({ code: 409 })

    const got = await fetch(`${stack.rekorURL}${location}`)
    expect(got.status).toBe(200)
    const [entry] = Object.values((await got.json()) as Record<string, { logIndex: number }>)
    const logIndex = bundles.blobV1.verificationMaterial.tlogEntries[0].logIndex
    expect(String(entry.logIndex)).toBe(logIndex)

    const byIndex = await fetch(`${stack.rekorURL}/api/v1/log/entries?logIndex=${logIndex}`)
    expect(Object.keys((await byIndex.json()) as object)).toEqual([location!.split('/').pop()])

    // The builder already logged this signature, so the witness hits the
    // conflict and fetches the existing entry.
    const witness = new RekorWitness({ rekorBaseURL: stack.rekorURL, fetchOnConflict: true, retry: 0 })
    const before = stack.counts.rekor
    const again = await witness.testify(bundles.blobV1.content, certPEM(bundles.blobV1))
    expect(again.tlogEntries[0].logIndex).toBe(logIndex)
    expect(again.tlogEntries[0].canonicalizedBody).toEqual(bundles.blobV1.verificationMaterial.tlogEntries[0].canonicalizedBody)
    expect(stack.counts.rekor - before).toBe(2) // the 409 POST and the GET

    const dsse = await new RekorWitness({ rekorBaseURL: stack.rekorURL, fetchOnConflict: true }).testify(bundles.dsseV1.content, certPEM(bundles.dsseV1))
    expect(dsse.tlogEntries[0].logIndex).toBe(bundles.dsseV1.verificationMaterial.tlogEntries[0].logIndex)
  })

  it('logs one of two concurrent identical submissions and answers 409 to the other', async () => {
    const entry = {
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: 'cd'.repeat(32) } },
        signature: { content: Buffer.from('sig').toString('base64'), publicKey: { content: Buffer.from('key').toString('base64') } }
      }
    }
    const post = () =>
      fetch(`${stack.rekorURL}/api/v1/log/entries`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry) })
    const statuses = (await Promise.all([post(), post()])).map(r => r.status).sort()
    expect(statuses).toEqual([201, 409])
  })

  it('counts the requests each service served', () => {
    // Four signatures, two through each Rekor API, each with one timestamp.
    expect(stack.counts.fulcio).toBeGreaterThanOrEqual(4)
    expect(stack.counts.rekorV2).toBe(2)
    expect(stack.counts.rekor).toBeGreaterThanOrEqual(2 + 4 + 2)
    expect(stack.counts.tsa).toBeGreaterThanOrEqual(4)
    expect(other.counts).toEqual({ fulcio: 0, rekor: 0, rekorV2: 0, tsa: 0, oidc: 0 })
  })
})

describe('runner OIDC endpoint', () => {
  it('hands out tokens with the requested audience for the right bearer only', async () => {
    const before = stack.counts.oidc
    const url = `${stack.oidc.requestURL}&audience=sigstore`
    expect((await fetch(url, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
    expect((await fetch(url)).status).toBe(401)
    const ok = await fetch(`${stack.oidc.requestURL}&audience=custom-aud`, {
      headers: { Authorization: `Bearer ${stack.oidc.requestToken}` }
    })
    expect(ok.status).toBe(200)
    const { value } = (await ok.json()) as { value: string }
    const claims = JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString())
    expect(claims).toMatchObject({ aud: 'custom-aud', iss: GITHUB_ISSUER, repository: 'acme/widgets', sigstore_san: stack.identity() })
    expect(claims.exp * 1000).toBeGreaterThan(Date.now())
    expect(stack.counts.oidc - before).toBe(3)
  })

  it('serves setClaims claims to CIContextProvider and Fulcio issues the matching identity', async () => {
    const claims = { repository: 'acme/gadgets', ref: 'refs/tags/v1.2.3' }
    stack.setClaims(claims)
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = stack.oidc.requestURL
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = stack.oidc.requestToken
    try {
      const s = new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider: new CIContextProvider('sigstore'), retry: 0 })
      const b = await new MessageSignatureBundleBuilder({ signer: s, witnesses: witnesses(stack, 1) }).create({ data: artifact })
      const identity = stack.identity(claims)
      expect(identity).toBe('https://github.com/acme/gadgets/.github/workflows/release.yml@refs/tags/v1.2.3')
      const entity = toSignedEntity(bundleFromJSON(bundleToJSON(b)), artifact)
      const result = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot))).verify(entity, {
        subjectAlternativeName: exactly(identity)
      })
      expect(result.identity?.subjectAlternativeName).toBe(identity)
    } finally {
      stack.setClaims({})
      for (const [k, v] of [
        ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
        ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]
      ] as const) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  })
})

describe('service edges', () => {
  it('answers unknown routes with 404 JSON and malformed bodies with 400 JSON', async () => {
    const post = (base: string, path: string, body: string) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    for (const res of [
      await fetch(`${stack.fulcioURL}/nope`),
      await post(stack.fulcioURL, '/api/v1/log/entries', '{}'),
      await fetch(`${stack.rekorURL}/api/v1/log/entries/abcdef`)
    ]) {
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/json')
      await res.json()
    }
    const bad = [
      await post(stack.fulcioURL, '/api/v2/signingCert', 'not json'),
      await post(stack.fulcioURL, '/api/v2/signingCert', '{"credentials":{}}'),
      await post(stack.rekorURL, '/api/v1/log/entries', '[1,2]'),
      await post(stack.rekorURL, '/api/v1/log/entries', '{"kind":"dsse","apiVersion":"0.0.1","spec":{"proposedContent":{"envelope":"{","verifiers":["x"]}}}'),
      await post(stack.rekorURL, '/api/v2/log/entries', '{"foo":1}'),
      await post(stack.rekorURL, '/api/v2/log/entries', '{"hashedRekordRequestV002":{"digest":""}}'),
      await post(stack.tsaURL, '/api/v1/timestamp', '{"hashAlgorithm":"sha256"}'),
      await fetch(`${stack.rekorURL}/api/v1/log/entries?logIndex=x`)
    ]
    for (const res of bad) {
      expect(res.status).toBe(400)
      expect(((await res.json()) as { message: string }).message).toEqual(expect.any(String))
    }
  })

  it('refuses tokens Fulcio would not accept', async () => {
    const key = `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${'A'.repeat(86)}==\n-----END PUBLIC KEY-----\n`
    const request = (token: string) =>
      fetch(`${stack.fulcioURL}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ credentials: { oidcIdentityToken: token }, publicKeyRequest: { publicKey: { content: key } } })
      })
    expect((await request(stack.issueToken({ aud: 'not-sigstore' }))).status).toBe(401)
    expect((await request('garbage')).status).toBe(401)
  })

  it('only hands out timestamps whose genTime @sigstore/core can parse', async () => {
    const before = stack.counts.tsa
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`${stack.tsaURL}/api/v1/timestamp`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ artifactHash: Buffer.alloc(32, i).toString('base64'), hashAlgorithm: 'sha256' })
        }).then(async r => Buffer.from(await r.arrayBuffer()))
      )
    )
    expect(replies.every(genTimeParses)).toBe(true)
    expect(stack.counts.tsa - before).toBe(40)
  })

  it('writes the trusted root as TrustedRoot JSON', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'seal-stack-')), 'sub', 'trusted_root.json')
    await stack.writeTrustedRoot(path)
    const json = JSON.parse(await readFile(path, 'utf8'))
    expect(json).toEqual(stack.trustedRoot)
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.trustedroot+json;version=0.1')
    expect(json.tlogs).toHaveLength(2)
    expect(json.tlogs[0].baseUrl).toBe(stack.rekorURL)
    expect(TrustedRoot.fromJSON(json).timestampAuthorities[0].certChain?.certificates).toHaveLength(2)
  })

  it('adds the configured latency and closes cleanly', async () => {
    const slow = await startStack({ delayMs: 60 })
    try {
      const t0 = Date.now()
      const res = await fetch(`${slow.oidc.requestURL}&audience=sigstore`, { headers: { Authorization: `Bearer ${slow.oidc.requestToken}` } })
      expect(res.status).toBe(200)
      expect(Date.now() - t0).toBeGreaterThanOrEqual(55)
    } finally {
      await slow.close()
      await slow.close()
    }
    await expect(fetch(slow.fulcioURL)).rejects.toThrow()
  })
})
