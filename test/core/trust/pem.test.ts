import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle'
import { PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'

import { runTrustedRoot, runTrustedRootCreate } from '../../../src/cli/trusted-root.js'
import { encodePem } from '../../../src/core/formats/pem.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { SigningSession } from '../../../src/core/sign/session.js'
import {
  certificateChains,
  environmentTrustFiles,
  keyDetailsOf,
  loadTrust,
  SIGSTORE_ENV,
  trustedRootFromFiles,
  trustedRootFromPEM,
  trustedRootJSON,
  type LoadedTrust
} from '../../../src/core/trust/index.js'
import { verifyBundle, type Bundle } from '../../../src/core/verify/index.js'
import { rejection, thrown } from '../../support/errors.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../../support/stack/index.js'
import { watchSockets } from '../../support/tuf-mirror.js'

type RootJSON = {
  tlogs: { baseUrl: string; publicKey: { rawBytes: string }; logId: { keyId: string } }[]
  ctlogs: { publicKey: { rawBytes: string }; logId: { keyId: string } }[]
  certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
  timestampAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64')
const certPEM = (s: string): string => encodePem('CERTIFICATE', b64(s))
const keyPEM = (s: string): string => encodePem('PUBLIC KEY', b64(s))

/** PEM material exported from a stack's trusted root, as a deployment would publish it. */
function exportMaterial(root: RootJSON): { fulcioRoot: string; rekorPublicKey: string; ctLogPublicKey: string; tsaCertChain: string; tsaLeafFirst: string[] } {
  const tsa = root.timestampAuthorities[0].certChain.certificates.map(c => certPEM(c.rawBytes))
  return {
    fulcioRoot: root.certificateAuthorities[0].certChain.certificates.map(c => certPEM(c.rawBytes)).join(''),
    // Both of the stack's logs (Rekor v1 and v2) in one file.
    rekorPublicKey: root.tlogs.map(t => keyPEM(t.publicKey.rawBytes)).join(''),
    ctLogPublicKey: keyPEM(root.ctlogs[0].publicKey.rawBytes),
    // Root first on purpose: the trusted root wants leaf first, and the order in the file must not matter.
    tsaCertChain: [...tsa].reverse().join(''),
    tsaLeafFirst: root.timestampAuthorities[0].certChain.certificates.map(c => c.rawBytes)
  }
}

const statement = (sha256: string): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.tgz', digest: { sha256 } }],
      predicateType: 'https://example.com/test/v1',
      predicate: {}
    })
  )

let stack: SigstoreStack
let rootJSON: RootJSON
let dir: string
let files: { fulcioRoot: string; rekorPublicKey: string; ctLogPublicKey: string; tsaCertChain: string }
let material: ReturnType<typeof exportMaterial>
let digest: Buffer
let v1Bundle: Bundle
let v2Bundle: Bundle

beforeAll(async () => {
  stack = await startStack()
  rootJSON = stack.trustedRoot as unknown as RootJSON
  material = exportMaterial(rootJSON)
  dir = await mkdtemp(join(tmpdir(), 'seal-trust-pem-'))
  files = {
    fulcioRoot: join(dir, 'fulcio_root.pem'),
    rekorPublicKey: join(dir, 'rekor.pub'),
    ctLogPublicKey: join(dir, 'ctfe.pub'),
    tsaCertChain: join(dir, 'tsa_chain.pem')
  }
  for (const field of ['fulcioRoot', 'rekorPublicKey', 'ctLogPublicKey', 'tsaCertChain'] as const) {
    await writeFile(files[field], material[field])
  }
  const session = (rekorVersion: 1 | 2) =>
    new SigningSession({
      fulcioURL: stack.fulcioURL,
      rekorURL: stack.rekorURL,
      tsaURL: stack.tsaURL,
      tlogUpload: true,
      rekorVersion,
      timeoutMs: 10_000,
      retries: 0,
      getToken: async () => stack.issueToken()
    })
  digest = createHash('sha256').update('seal trust-pem test artifact').digest()
  v1Bundle = await session(1).signDigest(digest)
  v2Bundle = await session(2).signDSSE(statement(digest.toString('hex')), 'application/vnd.in-toto+json')
})

afterAll(() => stack?.close())

const policy = () => buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
const artifact = () => ({ digest: { algorithm: 'sha256' as const, value: digest } })

async function verifyBoth(trust: LoadedTrust): Promise<void> {
  const v1 = await verifyBundle(v1Bundle, artifact(), { policy: policy() }, trust)
  expect(v1.identity).toBe(stack.identity())
  expect(v1.bundleType).toBe('message-signature')
  const v2 = await verifyBundle(v2Bundle, artifact(), { policy: policy() }, trust)
  expect(v2.bundleType).toBe('dsse')
  expect(v2.issuer).toBe(GITHUB_ISSUER)
}

describe('trustedRootFromPEM', () => {
  it('derives log IDs, key details and validity from the material, like the deployment’s own root', () => {
    const root = trustedRootFromPEM(material, { rekorURL: stack.rekorURL + '/' })
    const json = trustedRootJSON(root) as unknown as RootJSON & { mediaType: string }
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.trustedroot+json;version=0.1')
    // Log IDs: SHA-256 of the PKIX DER, which is what the stack's Rekor and CT log put in their entries and SCTs.
    expect(json.tlogs.map(t => t.logId.keyId)).toEqual(rootJSON.tlogs.map(t => t.logId.keyId))
    expect(json.ctlogs[0].logId.keyId).toBe(rootJSON.ctlogs[0].logId.keyId)
    expect(json.tlogs.map(t => t.baseUrl)).toEqual([stack.rekorURL, stack.rekorURL])
    expect(root.tlogs[0].publicKey?.keyDetails).toBe(PublicKeyDetails.PKIX_ECDSA_P256_SHA_256)
    expect(root.tlogs[0].publicKey?.validFor?.start?.getTime()).toBe(0)
    // The TSA chain was written root first; the trusted root has it leaf first.
    expect(json.timestampAuthorities[0].certChain.certificates.map(c => c.rawBytes)).toEqual(material.tsaLeafFirst)
    const ca = root.certificateAuthorities[0]
    const cert = new X509Certificate(Buffer.from(ca.certChain!.certificates[0].rawBytes))
    expect(ca.validFor?.start?.getTime()).toBe(cert.validFromDate.getTime())
    expect(ca.validFor?.end?.getTime()).toBe(cert.validToDate.getTime())
    expect(ca.subject?.commonName).toBe('sigstore')
    // The JSON form reads back into the same root.
    expect(TrustedRoot.fromJSON(json)).toEqual(root)
  })

  it('needs the Fulcio roots or the Rekor key, naming both inputs', () => {
    const err = thrown(() => trustedRootFromPEM({ ctLogPublicKey: material.ctLogPublicKey }))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`fulcio-root`')
    expect(err.message).toContain('`rekor-public-key`')
  })

  it('builds a key-only root (no certificate authority) from the Rekor key', () => {
    const root = trustedRootFromPEM({ rekorPublicKey: material.rekorPublicKey })
    expect(root.certificateAuthorities).toHaveLength(0)
    expect(root.tlogs).toHaveLength(2)
    expect(root.tlogs[0].baseUrl).toBe('')
  })

  it('accepts a DER key file and drops duplicate keys', () => {
    const der = b64(rootJSON.ctlogs[0].publicKey.rawBytes)
    const root = trustedRootFromPEM({ fulcioRoot: material.fulcioRoot, ctLogPublicKey: der, rekorPublicKey: material.rekorPublicKey + material.rekorPublicKey })
    expect(root.ctlogs).toHaveLength(1)
    expect(root.tlogs).toHaveLength(2)
  })

  it('keeps separate chains apart, each ending at its own root', () => {
    const chains = certificateChains(material.fulcioRoot + material.tsaCertChain, '`fulcio-root`')
    expect(chains.map(c => c.length).sort()).toEqual([1, 2])
    const tsa = chains.find(c => c.length === 2)!
    expect(tsa[0].issuer).toBe(tsa[1].subject)
    expect(tsa[1].checkIssued(tsa[1])).toBe(true)
  })

  it('rejects a chain without its root, naming the input', () => {
    const leafOnly = certPEM(material.tsaLeafFirst[0])
    const err = thrown(() => trustedRootFromPEM({ rekorPublicKey: material.rekorPublicKey, tsaCertChain: leafOnly }))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('is not in `tsa-cert-chain`')
    expect(err.hint).toContain('self-signed root')
  })

  it('rejects files that hold no certificate or no key, naming them', () => {
    expect(thrown(() => trustedRootFromPEM({ fulcioRoot: material.ctLogPublicKey })).message).toContain('`fulcio-root` holds no CERTIFICATE')
    expect(thrown(() => trustedRootFromPEM({ fulcioRoot: 'not a pem' })).message).toContain('`fulcio-root` is not a PEM file')
    expect(thrown(() => trustedRootFromPEM({ rekorPublicKey: material.fulcioRoot })).message).toContain('`rekor-public-key` holds no PUBLIC KEY')
    expect(thrown(() => trustedRootFromPEM({ rekorPublicKey: 'garbage' })).message).toContain('`rekor-public-key` is not a PEM or DER public key')
    expect(thrown(() => trustedRootFromPEM({ rekorPublicKey: material.rekorPublicKey }, { rekorURL: 'rekor.example' })).message).toContain(
      '`rekor-url` is not a URL'
    )
  })

  it('maps key types to key details and refuses other curves', () => {
    const pub = (k: ReturnType<typeof generateKeyPairSync>['publicKey']) => k
    expect(keyDetailsOf(pub(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey))).toBe(PublicKeyDetails.PKIX_ECDSA_P384_SHA_384)
    expect(keyDetailsOf(pub(generateKeyPairSync('ec', { namedCurve: 'P-521' }).publicKey))).toBe(PublicKeyDetails.PKIX_ECDSA_P521_SHA_512)
    expect(keyDetailsOf(pub(generateKeyPairSync('ed25519').publicKey))).toBe(PublicKeyDetails.PKIX_ED25519)
    expect(keyDetailsOf(pub(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey))).toBe(PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256)
    expect(thrown(() => keyDetailsOf(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey)).message).toContain('secp256k1')
  })

  it('yields usable trust material for an RSA log key (PKIX bytes with PKCS#1 v1.5 details)', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
    const path = join(dir, 'rsa-rekor.pub')
    await writeFile(path, rsa)
    const trust = await loadTrust({ pem: { rekorPublicKey: path } })
    expect(trust.trustedRoot.tlogs[0].publicKey?.keyDetails).toBe(PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256)
    expect(trust.material.tlogs[0].publicKey.asymmetricKeyType).toBe('rsa')
  })
})

describe('verifying the local stack’s bundles with trust built from its PEM material', () => {
  it('verifies Rekor v1 and v2 bundles with the PEM inputs', async () => {
    const trust = await loadTrust({ pem: files, rekorURL: stack.rekorURL })
    expect(trust.source).toContain('PEM files')
    expect(trust.source).toContain(`fulcio-root ${files.fulcioRoot}`)
    await verifyBoth(trust)
  })

  it('verifies them with the SIGSTORE_* environment variables', async () => {
    const env = {
      SIGSTORE_ROOT_FILE: files.fulcioRoot,
      SIGSTORE_REKOR_PUBLIC_KEY: files.rekorPublicKey,
      SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: files.ctLogPublicKey,
      SIGSTORE_TSA_CERTIFICATE_FILE: files.tsaCertChain
    }
    const trust = await loadTrust({ env, rekorURL: stack.rekorURL })
    expect(trust.source).toBe(
      `environment (SIGSTORE_ROOT_FILE=${files.fulcioRoot}, SIGSTORE_REKOR_PUBLIC_KEY=${files.rekorPublicKey}, ` +
        `SIGSTORE_CT_LOG_PUBLIC_KEY_FILE=${files.ctLogPublicKey}, SIGSTORE_TSA_CERTIFICATE_FILE=${files.tsaCertChain})`
    )
    await verifyBoth(trust)
    const root = await trustedRootFromFiles(environmentTrustFiles(env)!, { rekorURL: stack.rekorURL, names: SIGSTORE_ENV })
    expect(root.tlogs).toHaveLength(2)
  })

  it('opens no socket while loading PEM trust and verifying', async () => {
    const watch = watchSockets()
    try {
      const trust = await loadTrust({ pem: files, rekorURL: stack.rekorURL })
      await verifyBoth(trust)
      const fromEnv = await loadTrust({
        env: {
          SIGSTORE_ROOT_FILE: files.fulcioRoot,
          SIGSTORE_REKOR_PUBLIC_KEY: files.rekorPublicKey,
          SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: files.ctLogPublicKey,
          SIGSTORE_TSA_CERTIFICATE_FILE: files.tsaCertChain
        },
        rekorURL: stack.rekorURL
      })
      await verifyBoth(fromEnv)
      expect(watch.connections).toEqual([])
      // The watch does see connections: a request to the stack is recorded.
      await fetch(`${stack.fulcioURL}/api/v2/configuration`).then(r => r.arrayBuffer())
      expect(watch.connections.length).toBeGreaterThan(0)
    } finally {
      watch.restore()
    }
  })

  it('without the Rekor URL, the checkpoints verify: they are matched to the log by key', async () => {
    const trust = await loadTrust({ pem: files })
    expect(trust.trustedRoot.tlogs.every(t => !t.baseUrl)).toBe(true)
    await verifyBoth(trust)
    const fromEnv = await loadTrust({
      env: {
        SIGSTORE_ROOT_FILE: files.fulcioRoot,
        SIGSTORE_REKOR_PUBLIC_KEY: files.rekorPublicKey,
        SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: files.ctLogPublicKey,
        SIGSTORE_TSA_CERTIFICATE_FILE: files.tsaCertChain
      }
    })
    await verifyBoth(fromEnv)
  })

  it('takes the checkpoint name as a label, but not a signature by a key outside the root', async () => {
    const trust = await loadTrust({ pem: files })
    const proof = v1Bundle.verificationMaterial.tlogEntries[0].inclusionProof!
    const envelope = proof.checkpoint!.envelope
    const withEnvelope = (text: string): Bundle => {
      const copy = bundleFromJSON(JSON.parse(JSON.stringify(bundleToJSON(v1Bundle))))
      copy.verificationMaterial.tlogEntries[0].inclusionProof!.checkpoint!.envelope = text
      return copy
    }
    // Another name on the same signature: still signed by the log's key.
    const renamed = envelope.replace(/^(\u2014 )\S+/m, '$1some-other-label')
    expect(renamed).not.toBe(envelope)
    await expect(verifyBundle(withEnvelope(renamed), artifact(), { policy: policy() }, trust)).resolves.toMatchObject({ identity: stack.identity() })
    // The right key hint, but a signature no trusted key made.
    const [, name, sig] = /^\u2014 (\S+) (\S+)$/m.exec(envelope)!
    const bytes = Buffer.from(sig, 'base64')
    bytes[bytes.length - 1] ^= 1
    const forged = envelope.replace(`\u2014 ${name} ${sig}`, `\u2014 ${name} ${bytes.toString('base64')}`)
    const err = await rejection(verifyBundle(withEnvelope(forged), artifact(), { policy: policy() }, trust))
    expect(err.code).toBe('TLOG_INVALID')
    expect(err.message).toContain('checkpoint')
  })

  it('verifies a private deployment whose checkpoints are signed under a name that is not its URL', async () => {
    const labelled = await startStack({ checkpointName: 'rekor.internal.example' })
    try {
      const root = labelled.trustedRoot as unknown as RootJSON
      const exported = exportMaterial(root)
      const rekor = join(dir, 'labelled-rekor.pub')
      const fulcio = join(dir, 'labelled-fulcio.pem')
      const ctlog = join(dir, 'labelled-ctfe.pub')
      await Promise.all([writeFile(rekor, exported.rekorPublicKey), writeFile(fulcio, exported.fulcioRoot), writeFile(ctlog, exported.ctLogPublicKey)])
      const bundle = await new SigningSession({
        fulcioURL: labelled.fulcioURL,
        rekorURL: labelled.rekorURL,
        tlogUpload: true,
        rekorVersion: 1,
        timeoutMs: 10_000,
        retries: 0,
        getToken: async () => labelled.issueToken()
      }).signDigest(digest)
      expect(bundle.verificationMaterial.tlogEntries[0].inclusionProof?.checkpoint?.envelope).toContain('\u2014 rekor.internal.example ')
      const labelledPolicy = { policy: buildIdentityPolicy({ certificateIdentity: labelled.identity(), certificateOidcIssuer: GITHUB_ISSUER }) }
      // Its own trusted_root.json names the real URL (not the label), as does `rekor-url`; neither matters.
      for (const trust of [
        await loadTrust({ pem: { fulcioRoot: fulcio, rekorPublicKey: rekor, ctLogPublicKey: ctlog }, rekorURL: labelled.rekorURL }),
        await loadTrust({ env: { SIGSTORE_ROOT_FILE: fulcio, SIGSTORE_REKOR_PUBLIC_KEY: rekor, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: ctlog } })
      ]) {
        await expect(verifyBundle(bundle, artifact(), labelledPolicy, trust)).resolves.toMatchObject({ identity: labelled.identity() })
      }
      // The same bundle against this file's stack (another Rekor key) is still rejected.
      const err = await rejection(
        verifyBundle(bundle, artifact(), labelledPolicy, await loadTrust({ pem: { ...files, fulcioRoot: fulcio, ctLogPublicKey: ctlog } }))
      )
      expect(err.code).toBe('TLOG_INVALID')
    } finally {
      await labelled.close()
    }
  })

  it('rejects bundles of this stack with another deployment’s Rekor key', async () => {
    const other = await startStack()
    try {
      const otherRekor = join(dir, 'other-rekor.pub')
      await writeFile(otherRekor, exportMaterial(other.trustedRoot as unknown as RootJSON).rekorPublicKey)
      const trust = await loadTrust({ pem: { ...files, rekorPublicKey: otherRekor }, rekorURL: stack.rekorURL })
      const err = await rejection(verifyBundle(v1Bundle, artifact(), { policy: policy() }, trust))
      expect(err.code).toBe('TLOG_INVALID')
    } finally {
      await other.close()
    }
  })

  it('rejects the stack’s certificates without its Fulcio root', async () => {
    const other = await startStack()
    try {
      const otherCA = join(dir, 'other-fulcio.pem')
      await writeFile(otherCA, exportMaterial(other.trustedRoot as unknown as RootJSON).fulcioRoot)
      const trust = await loadTrust({ pem: { ...files, fulcioRoot: otherCA }, rekorURL: stack.rekorURL })
      const err = await rejection(verifyBundle(v1Bundle, artifact(), { policy: policy() }, trust))
      expect(err.code).toBe('CERTIFICATE_UNTRUSTED')
      expect(err.hint).toContain('PEM files')
    } finally {
      await other.close()
    }
  })
})

describe('precedence and environment', () => {
  it('prefers the trusted-root file over PEM inputs, and PEM inputs over the environment', async () => {
    const rootPath = join(dir, 'trusted_root.json')
    await stack.writeTrustedRoot(rootPath)
    const env = { SIGSTORE_REKOR_PUBLIC_KEY: '/nonexistent/rekor.pub' }
    expect((await loadTrust({ trustedRootPath: rootPath, pem: files, env })).source).toBe(`file ${rootPath}`)
    expect((await loadTrust({ pem: files, env })).source).toContain('PEM files')
    const err = await rejection(loadTrust({ env, offline: true }))
    expect(err.message).toContain('SIGSTORE_REKOR_PUBLIC_KEY')
    expect(err.message).toContain('/nonexistent/rekor.pub')
  })

  it('reads SIGSTORE_* only when an environment is passed, and ignores empty values', async () => {
    expect(environmentTrustFiles({ SIGSTORE_ROOT_FILE: '', SIGSTORE_REKOR_PUBLIC_KEY: '  ' })).toBeUndefined()
    expect(environmentTrustFiles({})).toBeUndefined()
    const trust = await loadTrust({ offline: true, env: { SIGSTORE_ROOT_FILE: '' } })
    expect(trust.source).toBe('embedded public-good root')
  })

  it('names the input of a file it cannot read', async () => {
    const err = await rejection(trustedRootFromFiles({ fulcioRoot: join(dir, 'missing.pem') }))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('`fulcio-root`')
    expect(err.message).toContain('ENOENT')
  })
})

describe('seal trusted-root create', () => {
  const capture = () => {
    const out = { stdout: '', stderr: '' }
    return { out, streams: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } }
  }
  const pemFlags = () => [
    '--fulcio-root',
    files.fulcioRoot,
    '--rekor-public-key',
    files.rekorPublicKey,
    '--ct-log-public-key',
    files.ctLogPublicKey,
    '--tsa-cert-chain',
    files.tsaCertChain
  ]

  it('writes a trusted_root.json that verifies the stack’s bundles', async () => {
    const target = join(dir, 'out', 'trusted_root.json')
    const { out, streams } = capture()
    expect(await runTrustedRootCreate([...pemFlags(), '--rekor-url', stack.rekorURL, '--out', target], streams)).toBe(0)
    expect(out.stdout).toBe('')
    expect(out.stderr).toBe(`Trusted root written to ${target}\n`)
    const json = JSON.parse(await readFile(target, 'utf8')) as RootJSON
    expect(json.tlogs[0].baseUrl).toBe(stack.rekorURL)
    await verifyBoth(await loadTrust({ trustedRootPath: target }))
  })

  it('prints to stdout without --out, and warns when the Rekor URL is missing', async () => {
    const { out, streams } = capture()
    expect(await runTrustedRoot(['create', '--fulcio-root', files.fulcioRoot, '--rekor-public-key', files.rekorPublicKey], streams)).toBe(0)
    const json = JSON.parse(out.stdout) as RootJSON
    expect(json.certificateAuthorities).toHaveLength(1)
    expect(out.stderr).toContain('without --rekor-url')
  })

  it('fails with one line naming what is missing or wrong', async () => {
    const { out, streams } = capture()
    expect(await runTrustedRootCreate(['--ct-log-public-key', files.ctLogPublicKey], streams)).toBe(1)
    expect(out.stderr).toMatch(/^seal trusted-root create: set `fulcio-root` or `rekor-public-key`/)
    const bad = capture()
    expect(await runTrustedRootCreate(['--rekor-public-key', files.fulcioRoot], bad.streams)).toBe(1)
    expect(bad.out.stderr).toContain('`rekor-public-key` holds no PUBLIC KEY')
    expect(bad.out.stderr.trimEnd().split('\n')).toHaveLength(1)
    const sub = capture()
    expect(await runTrustedRoot(['delete'], sub.streams)).toBe(2)
    expect(sub.out.stderr).toContain('unknown subcommand "delete"')
  })
})
