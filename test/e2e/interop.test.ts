/**
 * Interoperability of verification, end to end through the bundled action and
 * CLI: images mirrored with skopeo, payloads written the containers/image way,
 * cosign's offline flow for a private deployment (SIGSTORE_* variables and
 * `--offline`, no Rekor URL) and key-based verification, both in a network
 * namespace with no network (`unshare -n`).
 */
import crypto from 'node:crypto'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ANNOTATIONS, legacyConfig, legacyManifest } from '../../src/core/formats/cosign-legacy.js'
import { encodePem } from '../../src/core/formats/pem.js'
import { simpleSigningPayload } from '../../src/core/formats/simple-signing.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { cosignTag, COSIGN_SIMPLE_SIGNING, OCI_CONFIG, OCI_MANIFEST } from '../../src/core/oci/types.js'
import { errorAnnotations, expectCleanFailure } from '../support/assertions.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { ROOT, runAction } from '../support/runner.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const SKOPEO = '/usr/bin/skopeo'
const describeSkopeo = existsSync(SKOPEO) ? describe : describe.skip

let ws: string
let pubPath: string
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })

/** The bundled CLI, optionally in a network namespace with no network. */
function seal(args: string[], env: NodeJS.ProcessEnv = {}, isolated = false) {
  const argv = [process.execPath, join(ROOT, 'bin', 'seal.js'), ...args]
  const [cmd, ...rest] = isolated ? ['unshare', '-n', '--', ...argv] : argv
  return spawnSync(cmd, rest, { cwd: ws, env: { PATH: process.env.PATH, HOME: ws, ...env }, encoding: 'utf8' })
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'seal-interop-'))
  pubPath = join(ws, 'signer.pub')
  await writeFile(pubPath, publicKey.export({ format: 'pem', type: 'spki' }))
})

describe('image signatures whose payload names another reference', () => {
  let registry: TestRegistry
  let mirror: TestRegistry
  let client: RegistryClient
  beforeAll(async () => {
    ;[registry, mirror] = await Promise.all([startRegistry(), startRegistry()])
    client = new RegistryClient({ retryBaseMs: 50 })
  }, 30_000)
  afterAll(async () => {
    await Promise.all([registry?.close(), mirror?.close()])
  })

  /** Pushes an image with a cosign `.sig` whose payload names `dockerReference(digest)`, signed with the test key. */
  async function signedImage(repo: string, dockerReference: (digest: string) => string): Promise<string> {
    const image = await pushTestImage(client, `${registry.host}/${repo}`, 'v1')
    const payload = simpleSigningPayload({ dockerReference: dockerReference(image.digest), manifestDigest: image.digest })
    const signature = crypto.sign('sha256', payload, privateKey).toString('base64')
    const layer = await client.pushBlob(image.ref, payload, COSIGN_SIMPLE_SIGNING)
    const config = await client.pushBlob(image.ref, legacyConfig([layer.digest]), OCI_CONFIG)
    const manifest = legacyManifest({ ...config, mediaType: OCI_CONFIG }, [
      { ...layer, mediaType: COSIGN_SIMPLE_SIGNING, annotations: { [ANNOTATIONS.signature]: signature } }
    ])
    await client.putManifest(image.ref, cosignTag(image.digest, 'sig'), manifest, OCI_MANIFEST)
    return image.digest
  }

  const verify = (image: string, extra: Record<string, string> = {}) =>
    runAction('verify', { workspace: ws, inputs: { image, key: pubPath, 'insecure-ignore-tlog': 'true', ...extra } })

  it('verifies payloads naming repo:tag and repo@digest (containers/image), with and without `signed-repository`', async () => {
    const tagged = await signedImage('podman/tagged', () => `${registry.host}/podman/tagged:v1`)
    const pinned = await signedImage('podman/pinned', digest => `${registry.host}/podman/pinned@${digest}`)
    for (const [repo, digest] of [
      ['podman/tagged', tagged],
      ['podman/pinned', pinned]
    ]) {
      const image = `${registry.host}/${repo}@${digest}`
      const open = await verify(image)
      expect(errorAnnotations(open)).toBe('')
      expect(open.outputs.verified).toBe('true')
      const pinnedRepo = await verify(image, { 'signed-repository': `${registry.host}/${repo}` })
      expect(errorAnnotations(pinnedRepo)).toBe('')
    }
  })

  it('rejects a payload naming another repository when `signed-repository` asks for one', async () => {
    const digest = await signedImage('podman/elsewhere', () => `${registry.host}/podman/other-app:v1`)
    const image = `${registry.host}/podman/elsewhere@${digest}`
    expect((await verify(image)).outputs.verified).toBe('true')
    const strict = await verify(image, { 'signed-repository': `${registry.host}/podman/elsewhere` })
    expectCleanFailure(strict, /names the repository "127\.0\.0\.1:\d+\/podman\/other-app:v1" in its payload, not 127\.0\.0\.1:\d+\/podman\/elsewhere/)
  })

  describeSkopeo('mirrored with skopeo', () => {
    it('verifies an image and its .sig copied to another registry and repository', async () => {
      const digest = await signedImage('origin/app', () => `${registry.host}/origin/app`)
      const sigTag = cosignTag(digest, 'sig')
      const copy = (from: string, to: string) =>
        execFileSync(
          SKOPEO,
          ['copy', '--all', '--preserve-digests', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${from}`, `docker://${to}`],
          {
            stdio: 'pipe',
            env: { PATH: process.env.PATH, HOME: ws }
          }
        )
      copy(`${registry.host}/origin/app@${digest}`, `${mirror.host}/copies/origin-app@${digest}`)
      copy(`${registry.host}/origin/app:${sigTag}`, `${mirror.host}/copies/origin-app:${sigTag}`)

      const mirrored = `${mirror.host}/copies/origin-app@${digest}`
      const v = await verify(mirrored)
      expect(errorAnnotations(v)).toBe('')
      expect(v.outputs.verified).toBe('true')
      // The payload still names where it was signed: that repository passes, the mirror's does not.
      expect(errorAnnotations(await verify(mirrored, { 'signed-repository': `${registry.host}/origin/app` }))).toBe('')
      expectCleanFailure(await verify(mirrored, { 'signed-repository': `${mirror.host}/copies/origin-app` }), /`signed-repository`/)
    })
  })
})

describe('no network at all', () => {
  let priv: SigstoreStack
  let registry: TestRegistry
  let files: Record<'root' | 'rekor' | 'ctlog', string>
  let other: Record<'root' | 'rekor' | 'ctlog', string>
  beforeAll(async () => {
    // A private deployment whose Rekor signs checkpoints under a label, not its URL host.
    const [p, o, r] = await Promise.all([startStack({ checkpointName: 'rekor.internal.example' }), startStack(), startRegistry()])
    priv = p
    registry = r
    const exportTrust = async (s: SigstoreStack, name: string) => {
      const root = s.trustedRoot as {
        tlogs: { publicKey: { rawBytes: string } }[]
        ctlogs: { publicKey: { rawBytes: string } }[]
        certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
      }
      const pem = (label: string, b64: string) => encodePem(label, Buffer.from(b64, 'base64'))
      const out = { root: join(ws, `${name}-root.pem`), rekor: join(ws, `${name}-rekor.pub`), ctlog: join(ws, `${name}-ctfe.pub`) }
      await writeFile(out.root, root.certificateAuthorities[0].certChain.certificates.map(c => pem('CERTIFICATE', c.rawBytes)).join(''))
      await writeFile(out.rekor, root.tlogs.map(t => pem('PUBLIC KEY', t.publicKey.rawBytes)).join(''))
      await writeFile(out.ctlog, pem('PUBLIC KEY', root.ctlogs[0].publicKey.rawBytes))
      return out
    }
    files = await exportTrust(priv, 'private')
    other = await exportTrust(o, 'other')
    await o.close()
  }, 60_000)
  afterAll(async () => {
    await Promise.all([priv?.close(), registry?.close()])
  })

  it("runs the offline flow of cosign's private-deployment guide: SIGSTORE_* variables, --offline, no Rekor URL", async () => {
    const client = new RegistryClient({ retryBaseMs: 50 })
    const image = await pushTestImage(client, `${registry.host}/private/app`, 'v1')
    const ref = `${registry.host}/private/app@${image.digest}`
    for (const format of ['legacy', 'bundle']) {
      const s = await runAction('sign', {
        workspace: ws,
        inputs: { image: ref, 'signature-format': format, 'identity-token': priv.issueToken(), 'fulcio-url': priv.fulcioURL, 'rekor-url': priv.rekorURL }
      })
      expect(errorAnnotations(s)).toBe('')
    }
    const dir = join(ws, 'saved')
    const save = seal(['save', ref, '--dir', dir])
    expect(save.status).toBe(0)
    expect(save.stderr).toContain('.sig')

    // Phase four, word for word (the CT log key "if applicable": it is here).
    const env = { SIGSTORE_ROOT_FILE: files.root, SIGSTORE_REKOR_PUBLIC_KEY: files.rekor, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: files.ctlog }
    const args = ['verify', '--offline', '--local-image', dir, `--certificate-identity=${priv.identity()}`, '--certificate-oidc-issuer-regexp=.*']
    const ok = seal(args, env, true)
    expect(ok.stderr).toContain('trusted root: environment (SIGSTORE_ROOT_FILE=')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain(`OK\t`)
    expect(ok.stdout).toContain(priv.identity())

    // Another deployment's Rekor key, another identity, or no trust material at all: rejected, still without network.
    const wrongLog = seal(args, { ...env, SIGSTORE_REKOR_PUBLIC_KEY: other.rekor }, true)
    expect(wrongLog.status).toBe(1)
    expect(wrongLog.stdout).toMatch(/FAIL\t.*transparency log entry does not verify/)
    const wrongIdentity = seal([...args.slice(0, 4), '--certificate-identity=https://example.com/someone-else', args[5]], env, true)
    expect(wrongIdentity.status).toBe(1)
    const noTrust = seal(args, {}, true)
    expect(noTrust.status).toBe(1)
    expect(noTrust.stdout).toContain('unknown authority')
  })

  it('verifies a key-signed file with --key --insecure-ignore-tlog, and names those inputs when the bundle has no log entry', async () => {
    await mkdir(join(ws, 'dist'), { recursive: true })
    const data = Buffer.from('signed without a transparency log\n')
    await writeFile(join(ws, 'dist', 'app.tgz'), data)
    const keyPath = join(ws, 'signer.key')
    await writeFile(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }))
    const s = await runAction('sign', { workspace: ws, inputs: { 'subject-path': 'dist/app.tgz', key: keyPath, 'tlog-upload': 'false' } })
    expect(errorAnnotations(s)).toBe('')

    const cli = seal(['verify', 'dist/app.tgz', '--key', pubPath, '--insecure-ignore-tlog'], {}, true)
    expect(cli.stderr).toContain('--insecure-ignore-tlog')
    expect(cli.status).toBe(0)
    expect(cli.stdout).toContain('OK\tdist/app.tgz\tthe given public key')

    const action = await runAction('verify', {
      workspace: ws,
      isolateNetwork: true,
      inputs: { 'subject-path': 'dist/app.tgz', key: pubPath, 'insecure-ignore-tlog': 'true' }
    })
    expect(errorAnnotations(action)).toBe('')
    expect(action.outputs.verified).toBe('true')

    // Without it the bundle lacks what the default requires, and the message says which inputs change that.
    const strict = seal(['verify', 'dist/app.tgz', '--key', pubPath, '--offline'], {}, true)
    expect(strict.status).toBe(1)
    expect(strict.stdout).toContain('the bundle has no transparency log entry, and 1 is required')
    const bundle = seal(['verify-bundle', '--bundle', 'dist/app.tgz.sigstore.json', '--key', pubPath, 'dist/app.tgz'], {}, true)
    expect(bundle.status).toBe(1)
    expect(bundle.stderr).toContain('insecure-ignore-tlog')
    expect(bundle.stderr).toContain('tlog-threshold')
    expect(bundle.stderr).not.toContain('altered')
  })
})
