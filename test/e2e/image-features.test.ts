/**
 * Multi-platform images, signed annotations, digest-only verification and
 * one attestation per subject, through the bundled actions, with a real
 * registry (Debian's docker-registry) and the local Sigstore stack.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { RegistryClient } from '../../src/core/oci/client.js'
import { pushTestImage, type PushedImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { errorAnnotations, expectCleanFailure } from '../support/assertions.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

let stack: SigstoreStack
let registry: TestRegistry
let ws: string
let root: string
let index: PushedImage
let signed: ActionRun

const services = () => ({ 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL })
const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken })

function verify(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('verify', { workspace: ws, inputs: { 'trusted-root': root, 'certificate-identity': stack.identity(), ...inputs } })
}

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  ws = await mkdtemp(join(tmpdir(), 'seal-image-features-'))
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  index = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/multi`, 'v1', { platformIndex: true })
  signed = await runAction('sign', {
    workspace: ws,
    inputs: {
      image: `${registry.host}/multi@${index.digest}`,
      recursive: 'true',
      'signature-format': 'both',
      annotations: 'env=prod\nteam=platform',
      ...services()
    },
    env: oidcEnv()
  })
}, 120_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()])
})

describe('sign-action recursive: true on a two-platform index', () => {
  it('signs the index and both platform images, in both formats', () => {
    expect(errorAnnotations(signed)).toBe('')
    expect(signed.code).toBe(0)
    const results = JSON.parse(signed.outputs.results)
    expect(results.map((r: { digest: string }) => r.digest)).toEqual([index.digest, ...index.manifests!.map(m => m.digest)])
    for (const r of results) expect(r.signatures.map((s: { format: string }) => s.format)).toEqual(['bundle', 'legacy'])
  })

  it('verifies the index and each platform image by its own digest, and chosen platforms of the index', async () => {
    for (const digest of [index.digest, ...index.manifests!.map(m => m.digest)]) {
      const run = await verify({ image: `${registry.host}/multi@${digest}` })
      expect([digest, run.outputs.verified]).toEqual([digest, 'true'])
    }
    const platforms = await verify({ image: `${registry.host}/multi@${index.digest}`, platform: 'linux/amd64, linux/arm64' })
    expect(errorAnnotations(platforms)).toBe('')
    const rows = JSON.parse(platforms.outputs.results)
    expect(rows.map((r: { sha256: string; verified: boolean }) => [r.sha256, r.verified])).toEqual(index.manifests!.map(m => [m.digest.slice(7), true]))
    const missing = await verify({ image: `${registry.host}/multi@${index.digest}`, platform: 'linux/s390x' })
    expectCleanFailure(missing, /lists no linux\/s390x image \(it lists linux\/amd64, linux\/arm64\)/)
  })

  it('requires the signed annotations at verify: the right ones pass, a wrong value fails', async () => {
    const ok = await verify({ image: `${registry.host}/multi@${index.digest}`, annotations: 'env=prod\nteam=platform' })
    expect(ok.outputs.verified).toBe('true')
    const wrong = await verify({ image: `${registry.host}/multi@${index.digest}`, annotations: 'env=dev' })
    expectCleanFailure(wrong, /annotation mismatch: env="prod" \(expected "dev"\)/)
  })
})

describe('digest-only verification and one attestation per subject', () => {
  it('verifies a digest with its bundle and no file, and fails for another digest', async () => {
    await writeFile(join(ws, 'app.tgz'), 'the artifact\n')
    const sign = await runAction('sign', { workspace: ws, inputs: { 'subject-path': 'app.tgz', ...services() }, env: oidcEnv() })
    expect(sign.code).toBe(0)
    const digest = `sha256:${createHash('sha256').update('the artifact\n').digest('hex')}`
    const ok = await verify({ 'subject-digest': digest, 'bundle-path': 'app.tgz.sigstore.json' })
    expect(errorAnnotations(ok)).toBe('')
    expect(JSON.parse(ok.outputs.results)[0]).toMatchObject({ subject: digest, verified: true })
    const other = await verify({ 'subject-digest': 'sha256:' + '0'.repeat(64), 'bundle-path': 'app.tgz.sigstore.json' })
    expectCleanFailure(other, /differs from what was signed/)
  })

  it('writes one attestation per subject of a statement built by hand, each naming only its subject', async () => {
    const subjects = ['pkg-1.0.tar.gz', 'pkg-1.0-py3-none-any.whl'].map(name => ({ name, digest: { sha256: createHash('sha256').update(name).digest('hex') } }))
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {}
    }
    await writeFile(join(ws, 'statement.json'), JSON.stringify(statement))
    const run = await runAction('attest', {
      workspace: ws,
      inputs: { 'statement-path': 'statement.json', 'attestation-per-subject': 'true', 'bundle-dir': 'attestations', ...services() },
      env: oidcEnv()
    })
    expect(errorAnnotations(run)).toBe('')
    const paths = run.outputs['bundle-path'].split('\n')
    expect(paths.map(p => p.slice(p.lastIndexOf('/') + 1))).toEqual(['pkg-1.0.tar.gz.sigstore.json', 'pkg-1.0-py3-none-any.whl.sigstore.json'])
    for (const [i, path] of paths.entries()) {
      const st = JSON.parse(Buffer.from(JSON.parse(await readFile(path, 'utf8')).dsseEnvelope.payload, 'base64').toString())
      expect(st).toEqual({ ...statement, subject: [subjects[i]] })
      const v = await verify({ 'subject-digest': `sha256:${subjects[i].digest.sha256}`, 'bundle-path': path, 'predicate-type': statement.predicateType })
      expect(v.outputs.verified).toBe('true')
    }
    const results = JSON.parse(run.outputs.results)
    expect(results.map((r: { bundlePath: string }) => r.bundlePath)).toEqual(paths)
    const cross = await verify({ 'subject-digest': `sha256:${subjects[1].digest.sha256}`, 'bundle-path': paths[0], 'predicate-type': statement.predicateType })
    expectCleanFailure(cross, /is not a subject of the attestation; its subjects are: pkg-1\.0\.tar\.gz/)
  })
})
