/**
 * Container images end to end: a real OCI registry (Debian's docker-registry,
 * which has no referrers API, so the referrers tag schema is exercised), the
 * local Sigstore stack, and the bundled sign and verify actions.
 */
import { execFile, execFileSync, spawn } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { ANNOTATIONS, legacyConfig } from '../../src/core/formats/cosign-legacy.js'
import { simpleSigningPayload } from '../../src/core/formats/simple-signing.js'
import { readLegacyLayers } from '../../src/core/image/legacy-store.js'
import { listReferrers } from '../../src/core/oci/referrers.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { parseImageReference } from '../../src/core/oci/reference.js'
import { cosignTag, COSIGN_SIMPLE_SIGNING, OCI_CONFIG, OCI_MANIFEST } from '../../src/core/oci/types.js'
import { pushTestImage, type PushedImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { ROOT, runAction, type ActionRun } from '../support/runner.js'
import { errorAnnotations, expectCleanFailure } from '../support/assertions.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

let stack: SigstoreStack
let registry: TestRegistry
let ws: string
let root: string
let client: RegistryClient

const services = () => ({ 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL })
const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken })

function sign(image: string, format: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('sign', { workspace: ws, inputs: { image, 'signature-format': format, ...services(), ...extra }, env: oidcEnv() })
}

function verify(image: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', { workspace: ws, inputs: { image, 'trusted-root': root, 'certificate-identity': stack.identity(), ...extra } })
}

async function push(repo: string, tag: string): Promise<PushedImage> {
  return pushTestImage(client, `${registry.host}/${repo}`, tag)
}

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  client = new RegistryClient({ retryBaseMs: 50 })
  ws = await mkdtemp(join(tmpdir(), 'seal-images-'))
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
}, 60_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()])
})

describe.each(['bundle', 'legacy', 'both'])('signature-format %s', format => {
  let image: PushedImage
  let signed: ActionRun

  beforeAll(async () => {
    image = await push(`app-${format}`, 'v1')
    signed = await sign(`${registry.host}/app-${format}:v1`, format)
  }, 60_000)

  it('signs the digest the tag points to, says so, and reports where it stored the signature', () => {
    expect(errorAnnotations(signed)).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toMatch(/::warning::.*is a tag: signed its current digest sha256:/)
    const [result] = JSON.parse(signed.outputs.results)
    expect(result.digest).toBe(image.digest)
    expect(result.signatures.map((s: { format: string }) => s.format)).toEqual(format === 'both' ? ['bundle', 'legacy'] : [format])
    for (const s of result.signatures) expect(s.logIndex).toMatch(/^\d+$/)
    expect(signed.summary).toContain(image.digest)
  })

  it('verifies by tag and by digest', async () => {
    for (const ref of [`${registry.host}/app-${format}:v1`, `${registry.host}/app-${format}@${image.digest}`]) {
      const run = await verify(ref)
      expect(errorAnnotations(run)).toBe('')
      expect(run.outputs.verified).toBe('true')
      const [r] = JSON.parse(run.outputs.results)
      expect(r.sha256).toBe(image.digest.slice(7))
      expect(r.identity).toBe(stack.identity())
    }
  })

  it('rejects another identity', async () => {
    const run = await verify(`${registry.host}/app-${format}@${image.digest}`, {
      'certificate-identity': 'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main'
    })
    expectCleanFailure(run, /none of \d+ signatures? verified .*identity mismatch: expected/)
  })
})

describe('cosign compatibility of the legacy format', () => {
  it('writes the payload, layer, config and annotations cosign writes; the signature verifies with openssl', async () => {
    const image = await push('legacy-bytes', 'v1')
    const run = await sign(`${registry.host}/legacy-bytes@${image.digest}`, 'legacy')
    expect(run.code).toBe(0)
    const tag = cosignTag(image.digest, 'sig')
    expect(tag).toBe(`sha256-${image.digest.slice(7)}.sig`)
    const manifest = await client.getManifest(image.ref, tag)
    expect(manifest?.mediaType).toBe(OCI_MANIFEST)
    const m = manifest!.json as {
      config: { mediaType: string; digest: string; size: number }
      layers: { mediaType: string; digest: string; annotations: Record<string, string> }[]
    }
    expect(Object.keys(manifest!.json)).toEqual(['schemaVersion', 'mediaType', 'config', 'layers'])
    expect(m.layers).toHaveLength(1)
    const layer = m.layers[0]
    expect(layer.mediaType).toBe(COSIGN_SIMPLE_SIGNING)
    const payload = await client.getBlob(image.ref, layer.digest)
    expect(payload.equals(simpleSigningPayload({ dockerReference: `${registry.host}/legacy-bytes`, manifestDigest: image.digest }))).toBe(true)
    expect(payload.toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"${registry.host}/legacy-bytes"},"image":{"docker-manifest-digest":"${image.digest}"},"type":"cosign container image signature"},"optional":null}`
    )
    expect(m.config.mediaType).toBe(OCI_CONFIG)
    const config = await client.getBlob(image.ref, m.config.digest)
    expect(config.equals(legacyConfig([layer.digest]))).toBe(true)
    expect(config.length).toBe(233)
    expect(Object.keys(layer.annotations).sort()).toEqual(
      [ANNOTATIONS.signature, ANNOTATIONS.certificate, ANNOTATIONS.chain, ANNOTATIONS.bundle, ANNOTATIONS.timestamp].sort()
    )
    expect(layer.annotations[ANNOTATIONS.chain]).toBe('')
    const rekor = JSON.parse(layer.annotations[ANNOTATIONS.bundle])
    expect(Object.keys(rekor.Payload)).toEqual(['body', 'integratedTime', 'logIndex', 'logID'])
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString())
    expect(body.kind).toBe('hashedrekord')
    expect(body.spec.data.hash.value).toBe(createHash('sha256').update(payload).digest('hex'))

    // Independent check: openssl verifies the signature over the payload with the certificate's key.
    const dir = await mkdtemp(join(tmpdir(), 'seal-openssl-'))
    const cert = new X509Certificate(layer.annotations[ANNOTATIONS.certificate])
    await writeFile(join(dir, 'pub.pem'), cert.publicKey.export({ format: 'pem', type: 'spki' }))
    await writeFile(join(dir, 'sig.der'), Buffer.from(layer.annotations[ANNOTATIONS.signature], 'base64'))
    await writeFile(join(dir, 'payload.json'), payload)
    const out = execFileSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      join(dir, 'pub.pem'),
      '-signature',
      join(dir, 'sig.der'),
      join(dir, 'payload.json')
    ]).toString()
    expect(out.trim()).toBe('Verified OK')
    await writeFile(join(dir, 'payload.json'), Buffer.concat([payload, Buffer.from(' ')]))
    expect(() =>
      execFileSync('openssl', ['dgst', '-sha256', '-verify', join(dir, 'pub.pem'), '-signature', join(dir, 'sig.der'), join(dir, 'payload.json')], {
        stdio: 'pipe'
      })
    ).toThrow()
  })
})

describe('verification failures', () => {
  it('an unsigned image says where it looked', async () => {
    const image = await push('unsigned', 'v1')
    const run = await verify(`${registry.host}/unsigned@${image.digest}`)
    expectCleanFailure(
      run,
      /no signatures found for sha256:[0-9a-f]{64}; looked in referrers of .*referrers tag sha256-[0-9a-f]{64}\): 0 Sigstore bundles; legacy tag sha256-[0-9a-f]{64}\.sig: not found/
    )
    expect(run.summary).toContain('🔴')
  })

  it('a payload for another image is rejected', async () => {
    const a = await push('copied', 'a')
    const b = await push('copied', 'b')
    expect((await sign(`${registry.host}/copied@${a.digest}`, 'legacy')).code).toBe(0)
    // Copy A's signature image to B's legacy tag: a valid signature, for another image.
    const sig = await client.getManifest(a.ref, cosignTag(a.digest, 'sig'))
    await client.putManifest(b.ref, cosignTag(b.digest, 'sig'), sig!.bytes, OCI_MANIFEST)
    const run = await verify(`${registry.host}/copied@${b.digest}`)
    expectCleanFailure(run, new RegExp(`the signature is for another image: its payload names ${a.digest}`))
  })

  it('a tag moved after signing fails by tag, while the signed digest still verifies', async () => {
    const first = await push('moving', 'latest')
    expect((await sign(`${registry.host}/moving@${first.digest}`, 'bundle')).code).toBe(0)
    const second = await push('moving', 'latest')
    expect(second.digest).not.toBe(first.digest)
    expectCleanFailure(await verify(`${registry.host}/moving:latest`), /no signatures found/)
    expect((await verify(`${registry.host}/moving@${first.digest}`)).code).toBe(0)
  })

  it('an image that does not exist names the input', async () => {
    const run = await verify(`${registry.host}/nothing-here:v1`)
    expectCleanFailure(run, /`image`: .*nothing-here:v1 was not found/)
  })
})

describe('air-gapped verification from a saved OCI layout', () => {
  it('saves an image with its signatures and verifies it with no network at all', async () => {
    const image = await push('airgap', 'v1')
    const ref = `${registry.host}/airgap@${image.digest}`
    expect((await sign(ref, 'both')).code).toBe(0)
    const dir = join(ws, 'airgap-layout')
    const saved = await new Promise<{ code: number; stdout: string; stderr: string }>(res => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'seal.js'), 'save', ref, '--dir', dir], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', d => (stdout += d))
      child.stderr.on('data', d => (stderr += d))
      child.on('close', code => res({ code: code ?? -1, stdout, stderr }))
    })
    expect(saved.stderr).toMatch(/referrer sha256:.*tag sha256-[0-9a-f]{64}\.sig/)
    expect(saved.code).toBe(0)

    const inputs = { 'local-image': dir, offline: 'true', 'trusted-root': root, 'certificate-identity': stack.identity() }
    const run = await runAction('verify', { workspace: ws, inputs, isolateNetwork: true })
    expect(errorAnnotations(run)).toBe('')
    expect(run.outputs.verified).toBe('true')
    expect(JSON.parse(run.outputs.results)[0].subject).toBe(ref)

    // A layout whose signature blobs were altered is rejected, still offline.
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'))
    for (const e of index.manifests.filter((m: { annotations?: Record<string, string> }) => m.annotations?.kind !== 'dev.cosignproject.cosign/image')) {
      await writeFile(join(dir, 'blobs', 'sha256', e.digest.slice(7)), '{"tampered":true}')
    }
    const bad = await runAction('verify', { workspace: ws, inputs, isolateNetwork: true })
    expectCleanFailure(bad, /does not match its digest|no signatures found|none of/)
  }, 60_000)
})

describe('registry authentication', () => {
  it.each(['basic', 'token'] as const)(
    '%s auth signs and verifies with the registry inputs; a wrong password fails clearly',
    async auth => {
      const secured = await startRegistry({ auth })
      try {
        const authed = new RegistryClient({ credentials: { username: secured.username!, password: secured.password! }, retryBaseMs: 50 })
        const image = await pushTestImage(authed, `${secured.host}/private`, 'v1')
        const ref = `${secured.host}/private@${image.digest}`
        const creds = { 'registry-username': secured.username!, 'registry-password': secured.password! }
        const s = await sign(ref, 'both', creds)
        expect(errorAnnotations(s)).toBe('')
        const v = await verify(ref, creds)
        expect(v.outputs.verified).toBe('true')

        const wrong = 'not-the-password-' + secured.password!.slice(0, 4)
        const bad = await verify(ref, { ...creds, 'registry-password': wrong })
        expectCleanFailure(bad, new RegExp(`${secured.host.replace(/\./g, '\\.')}.*registry-password`))
        const visible =
          bad.stdout
            .split('\n')
            .filter(l => !l.startsWith('::add-mask::'))
            .join('\n') +
          bad.stderr +
          bad.summary +
          JSON.stringify(bad.outputs)
        expect(visible).not.toContain(wrong)
        expect(visible).not.toContain(secured.password!)
      } finally {
        await secured.close()
      }
    },
    60_000
  )
})

describe('seal triangulate', () => {
  it('prints where the signatures of an image live', async () => {
    const image = await push('tri', 'v1')
    expect((await sign(`${registry.host}/tri@${image.digest}`, 'both')).code).toBe(0)
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'seal.js'), 'triangulate', `${registry.host}/tri:v1`], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    }).toString()
    expect(out).toContain(`sig\t${registry.host}/tri:sha256-${image.digest.slice(7)}.sig`)
    expect(out).toMatch(
      new RegExp(`referrers\\t${registry.host.replace(/\./g, '\\.')}/tri@sha256:[0-9a-f]{64}\\tapplication/vnd\\.dev\\.sigstore\\.bundle\\.v0\\.3\\+json`)
    )
    const sigOnly = execFileSync(process.execPath, [join(ROOT, 'bin', 'seal.js'), 'triangulate', '--type', 'sig', `${registry.host}/tri:v1`], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    }).toString()
    expect(sigOnly.trim()).toBe(`${registry.host}/tri:sha256-${image.digest.slice(7)}.sig`)
  })
})

describe('image attestations', () => {
  const SPDX = 'https://spdx.dev/Document/v2.3'
  const sbom = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', packages: [{ SPDXID: 'SPDXRef-p', name: 'lib' }] })

  function attest(inputs: Record<string, string>): Promise<ActionRun> {
    return runAction('attest', { workspace: ws, inputs: { ...services(), ...inputs }, env: oidcEnv() })
  }

  it.each(['bundle', 'legacy', 'both'])('attaches an SBOM attestation in the %s format and verifies it from the registry', async format => {
    await writeFile(join(ws, 'sbom.spdx.json'), sbom)
    const image = await push(`attested-${format}`, 'v1')
    const ref = `${registry.host}/attested-${format}@${image.digest}`
    const run = await attest({ image: ref, 'sbom-path': 'sbom.spdx.json', 'push-to-registry': 'true', 'attestation-format': format, 'attach-sbom': 'true' })
    expect(errorAnnotations(run)).toBe('')
    expect(run.outputs['predicate-type']).toBe(SPDX)
    const [result] = JSON.parse(run.outputs.results)
    expect(result.digest.sha256).toBe(image.digest.slice(7))
    const kinds = result.registry.map((l: { kind: string; format: string }) => `${l.kind}/${l.format}`)
    expect(kinds).toEqual([
      ...(format !== 'legacy' ? ['attestation/bundle'] : []),
      ...(format !== 'bundle' ? ['attestation/legacy'] : []),
      'sbom/legacy',
      'sbom/bundle'
    ])

    const v = await verify(ref, { 'predicate-type': SPDX })
    expect(errorAnnotations(v)).toBe('')
    expect(v.outputs.verified).toBe('true')
    expect(JSON.parse(await readFile(v.outputs['predicate-path'], 'utf8')).name).toBe('app')
    // Signatures mode does not take an attestation for a signature.
    expectCleanFailure(await verify(ref), /an attestation \(https:\/\/spdx\.dev\/Document\/v2\.3\), not a signature|no signatures found/)
    // Another predicate type is not there.
    expectCleanFailure(
      await verify(ref, { 'predicate-type': 'https://slsa.dev/provenance/v1' }),
      /expected predicate type https:\/\/slsa\.dev\/provenance\/v1|no attestations found/
    )

    // The SBOM as cosign reads it: the .sbom tag's single layer is the document with its media type.
    const sbomManifest = await client.getManifest(image.ref, cosignTag(image.digest, 'sbom'))
    const layer = (sbomManifest!.json as { layers: { mediaType: string; digest: string }[] }).layers[0]
    expect(layer.mediaType).toBe('text/spdx+json')
    expect((await client.getBlob(image.ref, layer.digest)).toString()).toBe(sbom)
  })

  it('attests provenance for an image and enforces the repository policy', async () => {
    const image = await push('provenance', 'v1')
    const ref = `${registry.host}/provenance@${image.digest}`
    const run = await attest({ image: ref, 'push-to-registry': 'true' })
    expect(errorAnnotations(run)).toBe('')
    const ok = await verify(ref, { 'predicate-type': 'https://slsa.dev/provenance/v1', repository: 'acme/widgets' })
    expect(ok.outputs.verified).toBe('true')
    expectCleanFailure(await verify(ref, { 'predicate-type': 'https://slsa.dev/provenance/v1', repository: 'acme/other' }), /source repository: expected/)
  })

  it('writes no bundle when the registry refuses to store the attestation', async () => {
    const image = await push('attest-refused', 'v1')
    // Reads go through; every write is answered 500.
    const proxy = await startFaultProxy({
      upstream: `http://${registry.host}`,
      rate: 1,
      faults: ['500'],
      eligible: r => r.method !== 'GET' && r.method !== 'HEAD'
    })
    try {
      const host = new URL(proxy.url).host
      const dir = join(ws, 'refused-bundles')
      const run = await attest({ image: `${host}/attest-refused@${image.digest}`, 'push-to-registry': 'true', 'bundle-dir': 'refused-bundles', retries: '1' })
      expectCleanFailure(run, new RegExp(`${host.replace(/[.]/g, '\\.')}.*500`))
      await expect(readdir(dir)).rejects.toThrow(/ENOENT/)
    } finally {
      await proxy.close()
    }
  })
})

describe('signature repository', () => {
  const SPDX = 'https://spdx.dev/Document/v2.3'

  it('stores signatures and attestations in another repository, never writing to the image repository, and verifies them there', async () => {
    const image = await push('read-only-app', 'v1')
    // The image is reached through a proxy that refuses every write: its repository is read-only to this job.
    const proxy = await startFaultProxy({
      upstream: `http://${registry.host}`,
      rate: 1,
      faults: ['500'],
      eligible: r => r.method !== 'GET' && r.method !== 'HEAD'
    })
    try {
      const ref = `${new URL(proxy.url).host}/read-only-app@${image.digest}`
      const store = `${registry.host}/signatures`
      const signed = await sign(ref, 'both', { 'signature-repository': store, retries: '1' })
      expect(errorAnnotations(signed)).toBe('')
      const [result] = JSON.parse(signed.outputs.results)
      expect(result.signatures.map((s: { location: string }) => s.location)).toEqual([
        expect.stringContaining(`${store}@sha256:`),
        `${store}:${cosignTag(image.digest, 'sig')}`
      ])
      await writeFile(join(ws, 'sbom.spdx.json'), JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'ro', packages: [] }))
      const attested = await runAction('attest', {
        workspace: ws,
        inputs: { ...services(), image: ref, 'sbom-path': 'sbom.spdx.json', 'push-to-registry': 'true', 'signature-repository': store, retries: '1' },
        env: oidcEnv()
      })
      expect(errorAnnotations(attested)).toBe('')

      // Nothing was stored with the image; everything is in the signature repository under the usual names.
      expect(await client.getManifest(image.ref, cosignTag(image.digest, 'sig'))).toBeUndefined()
      expect((await listReferrers(client, image.ref, image.digest, { includeTag: true })).descriptors).toHaveLength(0)
      const stored = parseImageReference(`${store}@${image.digest}`)
      expect(await readLegacyLayers(client, stored, cosignTag(image.digest, 'sig'))).toHaveLength(1)
      expect((await listReferrers(client, stored, image.digest, { includeTag: true })).descriptors).toHaveLength(2)

      // Verified from there, named by the input or by COSIGN_REPOSITORY; the input wins over the variable.
      expect((await verify(ref, { 'signature-repository': store })).outputs.verified).toBe('true')
      expect((await verify(ref, { 'signature-repository': store, 'predicate-type': SPDX })).outputs.verified).toBe('true')
      const viaEnv = await runAction('verify', {
        workspace: ws,
        inputs: { image: ref, 'trusted-root': root, 'certificate-identity': stack.identity() },
        env: { COSIGN_REPOSITORY: store }
      })
      expect(viaEnv.outputs.verified).toBe('true')
      // Not in the image repository, and not in another signature repository, which the failure names.
      expectCleanFailure(await verify(ref), /no signatures found/)
      expectCleanFailure(
        await verify(ref, { 'signature-repository': `${registry.host}/other-signatures` }),
        new RegExp(`of the signature repository ${registry.host}/other-signatures`)
      )
      const overridden = await runAction('verify', {
        workspace: ws,
        inputs: { image: ref, 'trusted-root': root, 'certificate-identity': stack.identity(), 'signature-repository': `${registry.host}/other-signatures` },
        env: { COSIGN_REPOSITORY: store }
      })
      expectCleanFailure(overridden, /no signatures found/)

      // seal save copies them from the signature repository into a layout that verifies offline, as the image's own.
      const dir = join(ws, 'store-layout')
      // Run asynchronously: the proxy it reads through lives in this process.
      await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'seal.js'), 'save', ref, '--dir', dir, '--signature-repository', store], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME }
      })
      const offline = await runAction('verify', {
        workspace: ws,
        inputs: { 'local-image': dir, offline: 'true', 'trusted-root': root, 'certificate-identity': stack.identity() },
        isolateNetwork: true
      })
      expect(errorAnnotations(offline)).toBe('')
      expect(offline.outputs.verified).toBe('true')

      // seal triangulate points at the signature repository.
      const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'seal.js'), 'triangulate', ref, '--signature-repository', store], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME }
      })
      expect(stdout).toContain(`sig\t${store}:${cosignTag(image.digest, 'sig')}\n`)
      expect(stdout.match(new RegExp(`^referrers\t${store}@sha256:`, 'gm'))).toHaveLength(2)
    } finally {
      await proxy.close()
    }
  }, 120_000)

  it('refuses a signature repository given with a tag, naming the input', async () => {
    const run = await sign(`${registry.host}/app-bundle:v1`, 'bundle', { 'signature-repository': `${registry.host}/signatures:v1` })
    expectCleanFailure(run, /`signature-repository`: ".*signatures:v1" names a tag; give only the repository/)
  })
})
