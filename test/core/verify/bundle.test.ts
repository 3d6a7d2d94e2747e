import crypto from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON, toDSSEBundle, toMessageSignatureBundle } from '@sigstore/bundle'
import { dsse } from '@sigstore/core'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }

import { SealError } from '../../../src/core/util/errors.js'
import { rejection, thrown } from '../../support/errors.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { parseBundle, verifyBundle, type ArtifactInput, type Bundle, type Expectation } from '../../../src/core/verify/index.js'

const GHA = 'https://token.actions.githubusercontent.com'
const IN_TOTO = 'application/vnd.in-toto+json'
/** Self-signed test bundles have no transparency log entry and no timestamp. */
const NO_WITNESS = { tlogThreshold: 0, timestampThreshold: 0 }

let trust: LoadedTrust
let dir: string
beforeAll(async () => {
  trust = await loadTrust({ offline: true })
  dir = await mkdtemp(join(tmpdir(), 'seal-verify-'))
})

/* ------------------------------------------------- self-signed test data -- */

type Alg = 'sha256' | 'sha384' | 'sha512'
const PROTO_ALG: Record<Alg, HashAlgorithm> = {
  sha256: HashAlgorithm.SHA2_256,
  sha384: HashAlgorithm.SHA2_384,
  sha512: HashAlgorithm.SHA2_512
}

interface TestKey {
  privateKey: crypto.KeyObject
  publicPEM: string
}

function testKey(type: 'p256' | 'p384' | 'p521' | 'ed25519' | 'rsa'): TestKey {
  const { privateKey, publicKey } =
    type === 'ed25519'
      ? crypto.generateKeyPairSync('ed25519')
      : type === 'rsa'
        ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
        : crypto.generateKeyPairSync('ec', { namedCurve: { p256: 'P-256', p384: 'P-384', p521: 'P-521' }[type] })
  return { privateKey, publicPEM: publicKey.export({ format: 'pem', type: 'spki' }).toString() }
}

function roundTrip(bundle: Parameters<typeof bundleToJSON>[0]): Bundle {
  return parseBundle(JSON.stringify(bundleToJSON(bundle)), 'test bundle')
}

/** A key-signed message-signature bundle over `data` (no tlog entry, no timestamp). */
function messageBundle(data: Buffer, key: TestKey, alg: Alg = 'sha256'): Bundle {
  const pure = key.privateKey.asymmetricKeyType === 'ed25519'
  const bundle = toMessageSignatureBundle({
    digest: crypto.createHash(alg).update(data).digest(),
    signature: crypto.sign(pure ? null : alg, data, key.privateKey),
    keyHint: 'test-key'
  })
  bundle.content.messageSignature.messageDigest!.algorithm = PROTO_ALG[alg]
  return roundTrip(bundle)
}

function statement(subjects: { name: string; digest: Record<string, string> }[]): Buffer {
  return Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: subjects, predicateType: 'https://example.com/test', predicate: {} }))
}

function dsseBundle(payload: Buffer, key: TestKey, payloadType = IN_TOTO): Bundle {
  return roundTrip(
    toDSSEBundle({
      artifact: payload,
      artifactType: payloadType,
      signature: crypto.sign('sha256', dsse.preAuthEncoding(payloadType, payload), key.privateKey),
      keyHint: 'test-key'
    })
  )
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const sha = (alg: Alg, data: Buffer | string): Buffer => crypto.createHash(alg).update(data).digest()

/* ----------------------------------------------------------- parseBundle -- */

describe('parseBundle', () => {
  const valid = (): string => JSON.stringify(bundleToJSON(toMessageSignatureBundle({ digest: sha('sha256', 'x'), signature: Buffer.from('sig') })))

  it('parses a valid bundle', () => {
    expect(parseBundle(valid(), 'b.json').content.$case).toBe('messageSignature')
  })

  it('rejects truncated JSON, naming the source', () => {
    const text = valid()
    const err = thrown(() => parseBundle(text.slice(0, text.length / 2), 'bundle.sigstore.json'))
    expect(err.code).toBe('BUNDLE_MALFORMED')
    expect(err.message).toContain('bundle.sigstore.json')
    expect(err.message).toContain('not valid JSON')
  })

  it('rejects JSON that is not an object', () => {
    expect(thrown(() => parseBundle('[1]', 'input `bundle`')).message).toContain('input `bundle`')
  })

  it('rejects an unknown media type', () => {
    const json = JSON.parse(valid())
    json.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=99.9'
    const err = thrown(() => parseBundle(JSON.stringify(json), 'b.json'))
    expect(err.code).toBe('BUNDLE_MALFORMED')
    expect(err.message).toContain('version=99.9')
  })

  it('rejects a bundle that fails validation, listing the fields', () => {
    const json = JSON.parse(valid())
    delete json.messageSignature.signature
    const err = thrown(() => parseBundle(JSON.stringify(json), 'b.json'))
    expect(err.code).toBe('BUNDLE_MALFORMED')
    expect(err.message).toContain('content.messageSignature.signature')
  })
})

/* ------------------------------------------------- message signatures -- */

describe('verifyBundle: message signature with a public key', () => {
  const data = Buffer.from('hello, seal\n'.repeat(1000))
  const key = testKey('p256')

  it('verifies the file, hashing it once', async () => {
    const path = await file('hello.txt', data)
    const result = await verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)
    expect(result).toEqual({ bundleType: 'message-signature', sha256: sha('sha256', data).toString('hex') })
  })

  it('verifies from the digest alone (the signature is checked over the digest)', async () => {
    const artifact: ArtifactInput = { digest: { algorithm: 'sha256', value: sha('sha256', data) } }
    const result = await verifyBundle(messageBundle(data, key), artifact, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)
    expect(result.sha256).toBe(sha('sha256', data).toString('hex'))
  })

  it('reports another file as DIGEST_MISMATCH', async () => {
    const path = await file('other.txt', 'something else')
    const err = await rejection(verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.message).toContain('differs from what was signed')
    expect(err.message).toContain(path)
  })

  it('reports another digest as DIGEST_MISMATCH', async () => {
    const artifact: ArtifactInput = { digest: { algorithm: 'sha256', value: sha('sha256', 'x') } }
    const err = await rejection(verifyBundle(messageBundle(data, key), artifact, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('DIGEST_MISMATCH')
  })

  it('rejects a signature from another key', async () => {
    const path = await file('hello2.txt', data)
    const other = testKey('p256')
    const err = await rejection(verifyBundle(messageBundle(data, other), { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('SIGNATURE_INVALID')
    expect(err.message).toContain('SIGNATURE_ERROR')
  })

  it('rejects a corrupted signature', async () => {
    const bundle = messageBundle(data, key)
    if (bundle.content.$case !== 'messageSignature') throw new Error('unreachable')
    const sig = Buffer.from(bundle.content.messageSignature.signature)
    sig[sig.length - 1] ^= 1
    bundle.content.messageSignature.signature = sig
    const artifact: ArtifactInput = { digest: { algorithm: 'sha256', value: sha('sha256', data) } }
    expect((await rejection(verifyBundle(bundle, artifact, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))).code).toBe('SIGNATURE_INVALID')
  })

  it.each([
    ['p384', 'sha384'],
    ['p521', 'sha512'],
    ['p256', 'sha512']
  ] as const)('verifies %s keys over %s digests, in path and digest modes', async (curve, alg) => {
    const k = testKey(curve)
    const bundle = messageBundle(data, k, alg)
    const path = await file(`hello-${curve}-${alg}.txt`, data)
    await expect(verifyBundle(bundle, { path }, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS)).resolves.toMatchObject({
      sha256: sha('sha256', data).toString('hex')
    })
    await expect(
      verifyBundle(bundle, { digest: { algorithm: alg, value: sha(alg, data) } }, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS)
    ).resolves.toBeDefined()
  })

  it('asks for the right digest algorithm', async () => {
    const k = testKey('p384')
    const artifact: ArtifactInput = { digest: { algorithm: 'sha256', value: sha('sha256', data) } }
    const err = await rejection(verifyBundle(messageBundle(data, k, 'sha384'), artifact, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('sha384')
  })

  it.each(['ed25519', 'rsa'] as const)('falls back to the whole file for %s keys', async type => {
    const k = testKey(type)
    const path = await file(`hello-${type}.txt`, data)
    await expect(verifyBundle(messageBundle(data, k), { path }, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS)).resolves.toBeDefined()
    const tampered = await file(`hello-${type}-bad-sig.txt`, data)
    const wrong = testKey(type)
    expect((await rejection(verifyBundle(messageBundle(data, wrong), { path: tampered }, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS))).code).toBe(
      'SIGNATURE_INVALID'
    )
  })

  it('explains that a digest is not enough for non-ECDSA keys', async () => {
    const k = testKey('ed25519')
    const artifact: ArtifactInput = { digest: { algorithm: 'sha256', value: sha('sha256', data) } }
    const err = await rejection(verifyBundle(messageBundle(data, k), artifact, { publicKeyPEM: k.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('pass the artifact file')
  })

  it('requires a tlog entry by default, and names the inputs when the bundle has none', async () => {
    const path = await file('hello3.txt', data)
    const err = await rejection(verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: key.publicPEM }, trust))
    expect(err.code).toBe('TLOG_INVALID')
    expect(err.message).toContain('the bundle has no transparency log entry, and 1 is required')
    expect(err.hint).toContain('insecure-ignore-tlog')
    expect(err.hint).toContain('tlog-threshold')
    expect(err.hint).not.toContain('altered')
    expect(err.message).not.toMatch(/\n\s+at /)
  })

  it('needs no timestamp with a key (the one default rule), unless a threshold asks for one', async () => {
    const path = await file('hello4.txt', data)
    await expect(verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: key.publicPEM }, trust, { tlogThreshold: 0 })).resolves.toBeDefined()
    const err = await rejection(
      verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: key.publicPEM }, trust, { tlogThreshold: 0, timestampThreshold: 1 })
    )
    expect(err.code).toBe('TIMESTAMP_INVALID')
  })

  it('refuses an identity policy for a key-signed bundle', async () => {
    const path = await file('hello4.txt', data)
    const expectation: Expectation = { policy: buildIdentityPolicy({ certificateIdentity: 'x@example.com' }) }
    const err = await rejection(verifyBundle(messageBundle(data, key), { path }, expectation, trust, NO_WITNESS))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.describe()).toContain('--key')
  })

  it('rejects a malformed public key', async () => {
    const path = await file('hello5.txt', data)
    const pem = '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n'
    const err = await rejection(verifyBundle(messageBundle(data, key), { path }, { publicKeyPEM: pem }, trust, NO_WITNESS))
    expect(err.code).toBe('KEY_INVALID')
  })
})

/* ------------------------------------------------------------------ DSSE -- */

describe('verifyBundle: DSSE in-toto statements', () => {
  const key = testKey('p256')
  const artifact = Buffer.from('the artifact')

  it('matches the file against the sha256 subject, and its digest too', async () => {
    const path = await file('artifact.bin', artifact)
    const bundle = dsseBundle(statement([{ name: 'artifact.bin', digest: { sha256: sha('sha256', artifact).toString('hex') } }]), key)
    const result = await verifyBundle(bundle, { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)
    expect(result).toEqual({ bundleType: 'dsse', sha256: sha('sha256', artifact).toString('hex') })
    await expect(
      verifyBundle(bundle, { digest: { algorithm: 'sha256', value: sha('sha256', artifact) } }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)
    ).resolves.toBeDefined()
  })

  it('hashes the file with the algorithm the subjects use (sha512)', async () => {
    const path = await file('artifact512.bin', artifact)
    const subjects = [
      { name: 'first', digest: { sha512: sha('sha512', 'another').toString('hex') } },
      { name: 'second', digest: { sha512: sha('sha512', artifact).toString('hex').toUpperCase() } }
    ]
    await expect(verifyBundle(dsseBundle(statement(subjects), key), { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)).resolves.toBeDefined()
  })

  it('reports an artifact that is not a subject as DIGEST_MISMATCH, listing the subjects', async () => {
    const path = await file('not-a-subject.bin', 'nope')
    const bundle = dsseBundle(statement([{ name: 'artifact.bin', digest: { sha256: sha('sha256', artifact).toString('hex') } }]), key)
    const err = await rejection(verifyBundle(bundle, { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.message).toContain('artifact.bin')
    expect(err.message).toContain(path)
  })

  it('requires every shared algorithm of a subject to match', async () => {
    const path = await file('half.bin', artifact)
    const subjects = [{ name: 'x', digest: { sha256: sha('sha256', artifact).toString('hex'), sha512: sha('sha512', 'other').toString('hex') } }]
    const err = await rejection(verifyBundle(dsseBundle(statement(subjects), key), { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('DIGEST_MISMATCH')
  })

  it('says when a digest uses another algorithm than the statement', async () => {
    const bundle = dsseBundle(statement([{ name: 'x', digest: { sha512: sha('sha512', artifact).toString('hex') } }]), key)
    const err = await rejection(
      verifyBundle(bundle, { digest: { algorithm: 'sha256', value: sha('sha256', artifact) } }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS)
    )
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.hint).toContain('no sha256 digest')
  })

  it('checks the signature before the subjects', async () => {
    const path = await file('tampered.bin', artifact)
    const bundle = dsseBundle(statement([{ name: 'x', digest: { sha256: sha('sha256', artifact).toString('hex') } }]), key)
    if (bundle.content.$case !== 'dsseEnvelope') throw new Error('unreachable')
    bundle.content.dsseEnvelope.payload = statement([{ name: 'x', digest: { sha256: sha('sha256', 'evil').toString('hex') } }])
    expect((await rejection(verifyBundle(bundle, { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))).code).toBe('SIGNATURE_INVALID')
  })

  it('accepts in-toto statements v1 and v0.1, and rejects a missing or unknown `_type`', async () => {
    const path = await file('typed.bin', artifact)
    const subject = [{ name: 'typed.bin', digest: { sha256: sha('sha256', artifact).toString('hex') } }]
    const withType = (type: unknown): Buffer => {
      const body: Record<string, unknown> = { subject, predicateType: 'https://example.com/test', predicate: {} }
      if (type !== undefined) body._type = type
      return Buffer.from(JSON.stringify(body))
    }
    const expectKey = { publicKeyPEM: key.publicPEM }
    for (const type of ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']) {
      await expect(verifyBundle(dsseBundle(withType(type), key), { path }, expectKey, trust, NO_WITNESS)).resolves.toMatchObject({ bundleType: 'dsse' })
    }
    const missing = await rejection(verifyBundle(dsseBundle(withType(undefined), key), { path }, expectKey, trust, NO_WITNESS))
    expect(missing.code).toBe('BUNDLE_MALFORMED')
    expect(missing.message).toContain('has no `_type`')
    for (const type of ['https://in-toto.io/Statement/v2', 'https://example.com/Statement/v1', 7]) {
      const err = await rejection(verifyBundle(dsseBundle(withType(type), key), { path }, expectKey, trust, NO_WITNESS))
      expect(err.code).toBe('BUNDLE_MALFORMED')
      expect(err.message).toContain(`the unknown \`_type\` ${JSON.stringify(type)}`)
    }
  })

  it('rejects a payload that is not an in-toto statement', async () => {
    const path = await file('plain.bin', artifact)
    const bundle = dsseBundle(Buffer.from('{}'), key, 'text/plain')
    const err = await rejection(verifyBundle(bundle, { path }, { publicKeyPEM: key.publicPEM }, trust, NO_WITNESS))
    expect(err.code).toBe('VERIFICATION_FAILED')
    expect(err.message).toContain('text/plain')
  })
})

/* ---------------------------------------------- real public-good bundles -- */

const realDir = process.env.SEAL_REAL_BUNDLES_DIR
const describeReal = realDir ? describe : describe.skip
const SIGSTORE_JS_RELEASE = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'

/**
 * The cli/cli copies of sigstore-js provenance (SLSA v1, DSSE, intoto/0.0.2). The
 * first is a bundle v0.1 (inclusion promise plus proof): v0.1 is still accepted,
 * since old npm provenance uses it and its SET is verifiable.
 */
const CLICLI: [bundle: string, tarball: string][] = [
  ['clicli-sigstore-js-2.1.0-bundle-v0.1.json', 'sigstore-2.1.0.tgz'],
  ['clicli-sigstore-js-2.1.0-bundle.json', 'sigstore-2.1.0.tgz'],
  ['clicli-sigstore.js-2.2.0.bundle.json', 'sigstore-2.2.0.tgz'],
  ['clicli-sigstore.js-3.0.0.bundle.json', 'sigstore-2.2.0.tgz']
]

describeReal(`real public-good bundles${realDir ? '' : ' (skipped: set SEAL_REAL_BUNDLES_DIR to testdata/real-bundles)'}`, () => {
  const dirOf = (name: string): string => join(realDir as string, name)
  const policy = buildIdentityPolicy({ certificateIdentity: SIGSTORE_JS_RELEASE, certificateOidcIssuer: GHA })
  const load = async (name: string): Promise<Bundle> => parseBundle(await readFile(dirOf(name), 'utf8'), dirOf(name))
  const sha512Of = (tarball: string): Buffer => {
    const line = readFileSync(dirOf('tarball-sha512.txt'), 'utf8')
      .split('\n')
      .find(l => l.startsWith(`${tarball} `))
    if (!line) throw new Error(`no sha512 for ${tarball}`)
    return Buffer.from(line.split(' ')[1], 'hex')
  }

  it.each(CLICLI)('%s verifies offline against %s', async (bundleName, tarball) => {
    const path = dirOf(tarball)
    const result = await verifyBundle(await load(bundleName), { path }, { policy }, trust)
    expect(result.identity).toBe(SIGSTORE_JS_RELEASE)
    expect(result.issuer).toBe(GHA)
    expect(result.bundleType).toBe('dsse')
    expect(result.sha256).toBe(sha('sha256', readFileSync(path)).toString('hex'))
    expect(result.logIndex).toMatch(/^\d+$/)
    expect(result.logId).toMatch(/^[0-9a-f]{64}$/)
    expect(result.integratedTime).toMatch(/^20\d\d-\d\d-\d\dT/)
    expect(result.certificatePEM).toMatch(/^-----BEGIN CERTIFICATE-----\n/)
  })

  it('verifies from the sha512 digest of the tarball', async () => {
    const artifact: ArtifactInput = { digest: { algorithm: 'sha512', value: sha512Of('sigstore-2.2.0.tgz') } }
    await expect(verifyBundle(await load('clicli-sigstore.js-2.2.0.bundle.json'), artifact, { policy }, trust)).resolves.toMatchObject({
      identity: SIGSTORE_JS_RELEASE
    })
  })

  it('rejects the wrong tarball', async () => {
    const err = await rejection(verifyBundle(await load('clicli-sigstore.js-2.2.0.bundle.json'), { path: dirOf('sigstore-2.1.0.tgz') }, { policy }, trust))
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.message).toContain('pkg:npm/sigstore@2.2.0')
  })

  it('rejects another identity, and a prefix of the real one', async () => {
    const bundle = await load('clicli-sigstore.js-2.2.0.bundle.json')
    const path = dirOf('sigstore-2.2.0.tgz')
    for (const identity of [
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main-2',
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/mai',
      'https://github.com/sigstore/sigstore-js/'
    ]) {
      const wrong = buildIdentityPolicy({ certificateIdentity: identity, certificateOidcIssuer: GHA })
      const err = await rejection(verifyBundle(bundle, { path }, { policy: wrong }, trust))
      expect(err.code).toBe('IDENTITY_MISMATCH')
      expect(err.message).toContain(`found "${SIGSTORE_JS_RELEASE}"`)
    }
  })

  it('rejects another issuer', async () => {
    const wrong = buildIdentityPolicy({ certificateIdentity: SIGSTORE_JS_RELEASE, certificateOidcIssuer: 'https://accounts.google.com' })
    const err = await rejection(
      verifyBundle(await load('clicli-sigstore.js-2.2.0.bundle.json'), { path: dirOf('sigstore-2.2.0.tgz') }, { policy: wrong }, trust)
    )
    expect(err.code).toBe('ISSUER_MISMATCH')
  })

  it('rejects a truncated bundle as BUNDLE_MALFORMED', async () => {
    const text = await readFile(dirOf('clicli-sigstore.js-2.2.0.bundle.json'), 'utf8')
    const err = thrown(() => parseBundle(text.slice(0, Math.floor(text.length * 0.7)), 'truncated.sigstore.json'))
    expect(err.code).toBe('BUNDLE_MALFORMED')
    expect(err.message).toContain('truncated.sigstore.json')
  })

  it('rejects the bundle under a trusted root without its certificate authorities', async () => {
    const root = { ...trust.trustedRoot, certificateAuthorities: [] }
    const { toTrustMaterial } = await import('@sigstore/verify')
    const emptyTrust: LoadedTrust = { trustedRoot: root, material: toTrustMaterial(root), source: 'test root without CAs' }
    const err = await rejection(verifyBundle(await load('clicli-sigstore.js-2.2.0.bundle.json'), { path: dirOf('sigstore-2.2.0.tgz') }, { policy }, emptyTrust))
    expect(err.code).toBe('CERTIFICATE_UNTRUSTED')
    expect(err.hint).toContain('`trusted-root`')
  })

  describe('npm/cli attestations for sigstore@1.0.0 (bundle v0.1, inclusion promise only)', () => {
    const attestations = (): { predicateType: string; bundle: unknown }[] =>
      JSON.parse(readFileSync(dirOf('npmcli-valid-sigstore-attestations.json'), 'utf8')).attestations
    const bundleFor = (predicate: RegExp): Bundle => {
      const found = attestations().find(a => predicate.test(a.predicateType))
      if (!found) throw new Error(`no ${predicate} attestation`)
      return parseBundle(JSON.stringify(found.bundle), 'npm attestation')
    }

    it('verifies the SLSA provenance', async () => {
      const provenance = buildIdentityPolicy({
        certificateIdentity: 'https://github.com/sigstore/sigstore-js/.github/workflows/publish.yml@refs/tags/v1.0.0',
        certificateOidcIssuer: GHA
      })
      const result = await verifyBundle(bundleFor(/slsa\.dev\/provenance/), { path: dirOf('sigstore-1.0.0.tgz') }, { policy: provenance }, trust)
      expect(result.integratedTime).toMatch(/^2023-/)
    })

    it('verifies the npm publish attestation with the npm registry key, whatever its hint', async () => {
      const keys = JSON.parse(
        Buffer.from(
          (seeds as Record<string, { targets: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev'].targets['registry.npmjs.org%2Fkeys.json'],
          'base64'
        ).toString()
      ).keys as { keyId: string; publicKey: { rawBytes: string } }[]
      const npmKey = keys.find(k => k.keyId === 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA')
      if (!npmKey) throw new Error('npm key missing from seeds')
      const pem = crypto
        .createPublicKey({ key: Buffer.from(npmKey.publicKey.rawBytes, 'base64'), format: 'der', type: 'spki' })
        .export({ format: 'pem', type: 'spki' })
        .toString()
      const bundle = bundleFor(/npm\/attestation/)
      await expect(verifyBundle(bundle, { path: dirOf('sigstore-1.0.0.tgz') }, { publicKeyPEM: pem }, trust)).resolves.toMatchObject({ bundleType: 'dsse' })
      const other = testKey('p256')
      expect((await rejection(verifyBundle(bundle, { path: dirOf('sigstore-1.0.0.tgz') }, { publicKeyPEM: other.publicPEM }, trust))).code).toMatch(
        /SIGNATURE_INVALID|TLOG_INVALID/
      )
    })
  })
})

/* -------------------------------------------- conformance, in process -- */

const conformanceDir = process.env.SEAL_CONFORMANCE_DIR
const describeConformance = conformanceDir ? describe : describe.skip
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'

const conformanceCases = conformanceDir
  ? readdirSync(conformanceDir, { withFileTypes: true })
      .filter(e => e.isDirectory() && existsSync(join(conformanceDir, e.name, 'bundle.sigstore.json')))
      .map(e => e.name)
      .sort()
  : ['(none)']

describeConformance(
  `sigstore-conformance bundle-verify, in process${conformanceDir ? '' : ' (skipped: set SEAL_CONFORMANCE_DIR to the bundle-verify suite)'}`,
  () => {
    const read = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined)

    async function attempt(name: string, mode: 'path' | 'digest'): Promise<string | undefined> {
      const suite = conformanceDir as string
      const caseDir = join(suite, name)
      const artifactPath = existsSync(join(caseDir, 'artifact')) ? join(caseDir, 'artifact') : join(suite, 'a.txt')
      try {
        const rootPath = join(caseDir, 'trusted_root.json')
        const caseTrust = existsSync(rootPath) ? await loadTrust({ trustedRootPath: rootPath }) : trust
        const keyPEM = read(join(caseDir, 'key.pub'))
        const expectation: Expectation = keyPEM
          ? { publicKeyPEM: keyPEM }
          : {
              policy: buildIdentityPolicy({
                certificateIdentity: read(join(caseDir, 'identity')) ?? DEFAULT_IDENTITY,
                certificateOidcIssuer: read(join(caseDir, 'issuer')) ?? GHA
              })
            }
        const bundle = parseBundle(readFileSync(join(caseDir, 'bundle.sigstore.json'), 'utf8'), name)
        const artifact: ArtifactInput =
          mode === 'path' ? { path: artifactPath } : { digest: { algorithm: 'sha256', value: sha('sha256', readFileSync(artifactPath)) } }
        await verifyBundle(bundle, artifact, expectation, caseTrust)
        return undefined
      } catch (err) {
        if (!(err instanceof SealError)) throw err // anything else is a seal bug, not a rejection
        return err.code
      }
    }

    it.each(conformanceCases)('%s', async name => {
      for (const mode of ['path', 'digest'] as const) {
        const code = await attempt(name, mode)
        if (name.endsWith('_fail')) expect({ mode, code }).toEqual({ mode, code: expect.any(String) })
        else expect({ mode, code }).toEqual({ mode, code: undefined })
      }
    })
  }
)
