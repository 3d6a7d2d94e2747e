/**
 * Keys, private Sigstore deployments and offline verification, end to end
 * through the bundled actions and the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ANNOTATIONS, legacyConfig, legacyManifest } from '../../src/core/formats/cosign-legacy.js'
import { simpleSigningPayload } from '../../src/core/formats/simple-signing.js'
import { encodePem } from '../../src/core/formats/pem.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { cosignTag, COSIGN_SIMPLE_SIGNING, OCI_CONFIG, OCI_MANIFEST } from '../../src/core/oci/types.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { ROOT, runAction } from '../support/runner.js'
import { errorAnnotations, expectCleanFailure } from '../support/assertions.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'
import { startTufMirror } from '../support/tuf-mirror.js'

let stack: SigstoreStack
let ws: string
let keyPath: string
let pubPath: string
const PASSWORD = 'correct horse battery staple'

function seal(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'seal.js'), ...args], {
    cwd: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8'
  })
}

beforeAll(async () => {
  stack = await startStack()
  ws = await mkdtemp(join(tmpdir(), 'seal-keys-'))
  await mkdir(join(ws, 'dist'))
  await writeFile(join(ws, 'dist', 'app.tgz'), 'key-signed artifact\n')
  const gen = seal(['generate-key-pair'], { COSIGN_PASSWORD: PASSWORD })
  expect(gen.status).toBe(0)
  keyPath = join(ws, 'cosign.key')
  pubPath = join(ws, 'cosign.pub')
}, 60_000)

afterAll(() => stack.close())

describe('key-based signing of files', () => {
  it.each([
    ['with Rekor', true],
    ['without Rekor', false]
  ])('signs %s and verifies with the public key', async (_, withRekor) => {
    const key = await readFile(keyPath, 'utf8')
    const log: Record<string, string> = withRekor ? { 'tlog-upload': 'true', 'rekor-url': stack.rekorURL } : { 'tlog-upload': 'false' }
    const inputs = { 'subject-path': 'dist/app.tgz', key, 'key-password': PASSWORD, ...log }
    const fulcioBefore = stack.counts.fulcio
    const signed = await runAction('sign', { workspace: ws, inputs })
    expect(errorAnnotations(signed)).toBe('')
    expect(stack.counts.fulcio).toBe(fulcioBefore)
    expect(signed.outputs['public-key']).toBe(await readFile(pubPath, 'utf8'))
    const visible =
      signed.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n') +
      JSON.stringify(signed.outputs) +
      signed.summary
    expect(visible).not.toContain(PASSWORD)
    expect(visible).not.toContain(key.split('\n')[1])
    const bundle = JSON.parse(await readFile(join(ws, 'dist', 'app.tgz.sigstore.json'), 'utf8'))
    expect(bundle.verificationMaterial.publicKey.hint).toMatch(/^[A-Za-z0-9+/]+=*$/)

    const verifyInputs = {
      'subject-path': 'dist/app.tgz',
      key: 'cosign.pub',
      ...(withRekor ? { 'trusted-root': await rootFile(stack) } : { 'insecure-ignore-tlog': 'true', offline: 'true' })
    }
    const ok = await runAction('verify', { workspace: ws, inputs: verifyInputs })
    expect(errorAnnotations(ok)).toBe('')
    expect(ok.outputs.verified).toBe('true')
    if (!withRekor) {
      expect(ok.stdout).toMatch(/::warning::.*insecure-ignore-tlog/)
      expect(ok.summary).toMatch(/WARNING[\s\S]*insecure-ignore-tlog/)
      // Without the explicit opt-out, a signature missing from the log is refused.
      expectCleanFailure(
        await runAction('verify', { workspace: ws, inputs: { 'subject-path': 'dist/app.tgz', key: 'cosign.pub', offline: 'true' } }),
        /transparency log|tlog/i
      )
    }

    // The base64 body alone, as users paste it from cosign.pub.
    const body = (await readFile(pubPath, 'utf8')).replace(/-----[A-Z ]+-----|\s/g, '')
    expect((await runAction('verify', { workspace: ws, inputs: { ...verifyInputs, key: body } })).outputs.verified).toBe('true')
  })

  it('fails clearly with the wrong public key', async () => {
    const other = join(ws, 'other')
    await mkdir(other, { recursive: true })
    expect(seal(['generate-key-pair', '--output-key-prefix', 'other/other'], { COSIGN_PASSWORD: 'x' }).status).toBe(0)
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': 'dist/app.tgz', key: 'other/other.pub', 'insecure-ignore-tlog': 'true', offline: 'true' }
    })
    expectCleanFailure(run, /dist\/app\.tgz: .*(signature|key)/i)
  })

  it('names the password input when it is wrong', async () => {
    const run = await runAction('sign', {
      workspace: ws,
      inputs: { 'subject-path': 'dist/app.tgz', key: await readFile(keyPath, 'utf8'), 'key-password': 'not-the-password-1', 'tlog-upload': 'false' }
    })
    expectCleanFailure(run, /wrong password.*`key`/)
  })
})

async function rootFile(s: SigstoreStack): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'seal-root-')), 'trusted_root.json')
  await s.writeTrustedRoot(path)
  return path
}

describe('key-based image signatures and an independent cosign-format fixture', () => {
  let registry: TestRegistry
  let client: RegistryClient
  beforeAll(async () => {
    registry = await startRegistry()
    client = new RegistryClient({ retryBaseMs: 50 })
  }, 30_000)
  afterAll(() => registry.close())

  it.each(['legacy', 'bundle'])('signs an image with a key (%s) and verifies it from the registry', async format => {
    const image = await pushTestImage(client, `${registry.host}/keyed-${format}`, 'v1')
    const ref = `${registry.host}/keyed-${format}@${image.digest}`
    const s = await runAction('sign', {
      workspace: ws,
      inputs: { image: ref, 'signature-format': format, key: keyPath, 'key-password': PASSWORD, 'rekor-url': stack.rekorURL }
    })
    expect(errorAnnotations(s)).toBe('')
    const v = await runAction('verify', { workspace: ws, inputs: { image: ref, key: pubPath, 'trusted-root': await rootFile(stack) } })
    expect(errorAnnotations(v)).toBe('')
    expect(v.outputs.verified).toBe('true')
  })

  it('verifies a cosign-format signature made with openssl, and rejects it tampered', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-openssl-'))
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', join(dir, 'ec.pem')])
    execFileSync('openssl', ['ec', '-in', join(dir, 'ec.pem'), '-pubout', '-out', join(dir, 'ec.pub')], { stdio: 'pipe' })
    const pushFixture = async (repo: string, tamper: boolean) => {
      const image = await pushTestImage(client, `${registry.host}/${repo}`, 'v1')
      const payload = simpleSigningPayload({ dockerReference: `${registry.host}/${repo}`, manifestDigest: image.digest })
      await writeFile(join(dir, 'payload.json'), payload)
      execFileSync('openssl', ['dgst', '-sha256', '-sign', join(dir, 'ec.pem'), '-out', join(dir, 'sig.der'), join(dir, 'payload.json')])
      const sig = (await readFile(join(dir, 'sig.der'))).toString('base64')
      const stored = tamper ? Buffer.from(payload.toString().replace('"optional":null', '"optional":{"x":"y"}')) : payload
      const layer = await client.pushBlob(image.ref, stored, COSIGN_SIMPLE_SIGNING)
      const config = await client.pushBlob(image.ref, legacyConfig([layer.digest]), OCI_CONFIG)
      const manifest = legacyManifest({ ...config, mediaType: OCI_CONFIG }, [
        { ...layer, mediaType: COSIGN_SIMPLE_SIGNING, annotations: { [ANNOTATIONS.signature]: sig } }
      ])
      await client.putManifest(image.ref, cosignTag(image.digest, 'sig'), manifest, OCI_MANIFEST)
      return `${registry.host}/${repo}@${image.digest}`
    }
    const inputs = (image: string) => ({ image, key: join(dir, 'ec.pub'), 'insecure-ignore-tlog': 'true', offline: 'true' })
    const good = await runAction('verify', { workspace: ws, inputs: inputs(await pushFixture('fixture-good', false)) })
    expect(errorAnnotations(good)).toBe('')
    expect(good.outputs.verified).toBe('true')
    const bad = await runAction('verify', { workspace: ws, inputs: inputs(await pushFixture('fixture-bad', true)) })
    expectCleanFailure(bad, /none of 1 signature verified/)
  })
})

describe('a private Sigstore deployment', () => {
  let priv: SigstoreStack
  let pems: Record<string, string>
  let privateWs: string

  beforeAll(async () => {
    priv = await startStack()
    privateWs = await mkdtemp(join(tmpdir(), 'seal-private-'))
    await writeFile(join(privateWs, 'app.tgz'), 'built by the private deployment\n')
    const s = await runAction('sign', {
      workspace: privateWs,
      inputs: {
        'subject-path': 'app.tgz',
        'identity-token': priv.issueToken(),
        'fulcio-url': priv.fulcioURL,
        'rekor-url': priv.rekorURL,
        'tsa-url': priv.tsaURL
      }
    })
    expect(errorAnnotations(s)).toBe('')
    // The deployment's exported trust material, as PEM files.
    const root = priv.trustedRoot as {
      tlogs: { publicKey: { rawBytes: string } }[]
      ctlogs: { publicKey: { rawBytes: string } }[]
      certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
      timestampAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
    }
    const pem = (label: string, b64: string) => encodePem(label, Buffer.from(b64, 'base64'))
    pems = {
      'fulcio-root': root.certificateAuthorities[0].certChain.certificates.map(c => pem('CERTIFICATE', c.rawBytes)).join(''),
      'rekor-public-key': pem('PUBLIC KEY', root.tlogs[0].publicKey.rawBytes),
      'ct-log-public-key': pem('PUBLIC KEY', root.ctlogs[0].publicKey.rawBytes),
      'tsa-cert-chain': root.timestampAuthorities[0].certChain.certificates.map(c => pem('CERTIFICATE', c.rawBytes)).join('')
    }
    for (const [name, text] of Object.entries(pems)) await writeFile(join(privateWs, `${name}.pem`), text)
    await priv.writeTrustedRoot(join(privateWs, 'trusted_root.json'))
  }, 60_000)

  afterAll(() => priv.close())

  const policy = () => ({ 'subject-path': 'app.tgz', 'certificate-identity': priv.identity(), offline: 'true' })

  it('(a) verifies offline with its trusted_root.json, with no network at all', async () => {
    const run = await runAction('verify', { workspace: privateWs, inputs: { ...policy(), 'trusted-root': 'trusted_root.json' }, isolateNetwork: true })
    expect(errorAnnotations(run)).toBe('')
    expect(run.outputs.verified).toBe('true')
  })

  it('(b) verifies offline with only its PEM files as inputs, with no network at all', async () => {
    const files = Object.fromEntries(Object.keys(pems).map(k => [k, `${k}.pem`]))
    const run = await runAction('verify', { workspace: privateWs, inputs: { ...policy(), ...files, 'rekor-url': priv.rekorURL }, isolateNetwork: true })
    expect(errorAnnotations(run)).toBe('')
    expect(run.outputs.verified).toBe('true')
  })

  it('(c) verifies offline with the SIGSTORE_* variables, with no network at all', async () => {
    const env = {
      SIGSTORE_ROOT_FILE: join(privateWs, 'fulcio-root.pem'),
      SIGSTORE_REKOR_PUBLIC_KEY: join(privateWs, 'rekor-public-key.pem'),
      SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: join(privateWs, 'ct-log-public-key.pem'),
      SIGSTORE_TSA_CERTIFICATE_FILE: join(privateWs, 'tsa-cert-chain.pem')
    }
    const run = await runAction('verify', { workspace: privateWs, inputs: { ...policy(), 'rekor-url': priv.rekorURL }, env, isolateNetwork: true })
    expect(errorAnnotations(run)).toBe('')
    expect(run.outputs.verified).toBe('true')
  })

  it('(d) initialises from a TUF mirror serving its root, then verifies with the mirror stopped', async () => {
    const mirror = await startTufMirror(priv.trustedRoot)
    const cache = await mkdtemp(join(tmpdir(), 'seal-tuf-cache-'))
    const inputs = { 'subject-path': 'app.tgz', 'certificate-identity': priv.identity(), 'tuf-mirror': mirror.url, 'tuf-root': mirror.rootPath }
    const env = { RUNNER_TOOL_CACHE: cache }
    const online = await runAction('verify', { workspace: privateWs, inputs, env })
    expect(errorAnnotations(online)).toBe('')
    expect(mirror.requests.some(p => p.endsWith('trusted_root.json'))).toBe(true)
    await mirror.close()
    const offline = await runAction('verify', { workspace: privateWs, inputs: { ...inputs, offline: 'true' }, env, isolateNetwork: true })
    expect(errorAnnotations(offline)).toBe('')
    expect(offline.outputs.verified).toBe('true')
  })

  it('fails against public-good trust with the unknown-authority hint', async () => {
    const run = await runAction('verify', { workspace: privateWs, inputs: { ...policy() }, isolateNetwork: true })
    expectCleanFailure(run, /trusted-root/)
  })

  it('seal trusted-root create writes a root that verifies the deployment', () => {
    const out = join(privateWs, 'created_root.json')
    const created = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin', 'seal.js'),
        'trusted-root',
        'create',
        '--fulcio-root',
        'fulcio-root.pem',
        '--rekor-public-key',
        'rekor-public-key.pem',
        '--ct-log-public-key',
        'ct-log-public-key.pem',
        '--tsa-cert-chain',
        'tsa-cert-chain.pem',
        '--rekor-url',
        priv.rekorURL,
        '--out',
        out
      ],
      { cwd: privateWs, encoding: 'utf8' }
    )
    expect(created.stderr).toMatch(/Trusted root written to .*created_root\.json/)
    expect(created.status).toBe(0)
    const v = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'seal.js'), 'verify', 'app.tgz', '--certificate-identity', priv.identity(), '--trusted-root', out, '--offline'],
      { cwd: privateWs, encoding: 'utf8' }
    )
    expect(v.status).toBe(0)
  })
})

describe('timestamp-only bundles (no Rekor)', () => {
  it('verify with a timestamp and no log entry required, and fail when a log entry is required', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-tsa-only-'))
    await writeFile(join(dir, 'a.txt'), 'timestamped only\n')
    const s = await runAction('sign', {
      workspace: dir,
      inputs: { 'subject-path': 'a.txt', 'identity-token': stack.issueToken(), 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL, 'tlog-upload': 'false' }
    })
    expect(errorAnnotations(s)).toBe('')
    const bundle = JSON.parse(await readFile(join(dir, 'a.txt.sigstore.json'), 'utf8'))
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0)
    const root = await rootFile(stack)
    const base = { 'subject-path': 'a.txt', 'certificate-identity': stack.identity(), 'trusted-root': root }
    const ok = await runAction('verify', { workspace: dir, inputs: { ...base, 'tlog-threshold': '0', 'timestamp-threshold': '1' } })
    expect(errorAnnotations(ok)).toBe('')
    expect(ok.outputs.verified).toBe('true')
    expectCleanFailure(await runAction('verify', { workspace: dir, inputs: base }), /a\.txt: .*(tlog|transparency)/i)
    // Without its timestamp the signature has no trusted time at all.
    bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] }
    await writeFile(join(dir, 'a.txt.sigstore.json'), JSON.stringify(bundle))
    expectCleanFailure(
      await runAction('verify', { workspace: dir, inputs: { ...base, 'tlog-threshold': '0', 'timestamp-threshold': '1' } }),
      /a\.txt: .*timestamp/i
    )
  })
})
