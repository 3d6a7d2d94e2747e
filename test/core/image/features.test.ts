/**
 * Multi-platform images, signed annotations, inspection and cleaning against
 * a real registry (Debian's docker-registry: no referrers API, so the
 * referrers tag is used) and the local Sigstore stack.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON } from '@sigstore/bundle'

import { IN_TOTO_PAYLOAD_TYPE, statement, statementBytes } from '../../../src/core/formats/intoto.js'
import { attachBundle, attachLegacyAttestation } from '../../../src/core/image/attach.js'
import { cleanImage } from '../../../src/core/image/clean.js'
import { artifactsOf, downloadArtifact, inspectImage } from '../../../src/core/image/inspect.js'
import { readLegacyLayers } from '../../../src/core/image/legacy-store.js'
import { selectPlatforms, withListedImages } from '../../../src/core/image/platforms.js'
import { resolveImage, type ResolvedImage } from '../../../src/core/image/resolve.js'
import { signImage } from '../../../src/core/image/sign-image.js'
import { verifyImage } from '../../../src/core/image/verify-image.js'
import { RegistryClient } from '../../../src/core/oci/client.js'
import { listReferrers } from '../../../src/core/oci/referrers.js'
import { cosignTag } from '../../../src/core/oci/types.js'
import { buildBuildPolicy } from '../../../src/core/policy/build.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import type { SigningSession } from '../../../src/core/sign/session.js'
import { verifyDigestRows } from '../../../src/core/steps/verify-digests.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { BatchVerifier } from '../../../src/core/verify/batch.js'
import type { Expectations } from '../../../src/core/verify/expectations.js'
import { pushTestImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { stackSession } from '../../support/session.js'
import { GITHUB_ISSUER } from '../../support/stack/claims.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

let stack: SigstoreStack
let registry: TestRegistry
let noDeletes: TestRegistry
let session: SigningSession
let trust: LoadedTrust
let dir: string
const client = new RegistryClient({ retryBaseMs: 20 })
const PROVENANCE = 'https://slsa.dev/provenance/v1'

function expectations(annotations?: Record<string, string>): Expectations {
  return {
    signer: { policy: buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER }) },
    build: buildBuildPolicy({ denySelfHostedRunners: false }),
    thresholds: {},
    ...(annotations ? { annotations } : {}),
    describe: () => stack.identity()
  }
}

beforeAll(async () => {
  ;[stack, registry, noDeletes] = await Promise.all([startStack(), startRegistry(), startRegistry({ deletes: false })])
  session = stackSession(stack)
  dir = await mkdtemp(join(tmpdir(), 'seal-image-features-'))
  await stack.writeTrustedRoot(join(dir, 'trusted_root.json'))
  trust = await loadTrust({ trustedRootPath: join(dir, 'trusted_root.json') })
}, 60_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close(), noDeletes?.close()])
})

describe('a two-platform index signed recursively, with annotations', () => {
  let index: ResolvedImage
  let all: ResolvedImage[]
  let platforms: string[]
  const annotations = { env: 'prod', 'org.example/build': '42' }

  beforeAll(async () => {
    const pushed = await pushTestImage(client, `${registry.host}/multi`, 'v1', { platformIndex: true })
    platforms = pushed.manifests!.map(m => m.digest)
    index = await resolveImage(client, `${registry.host}/multi:v1`)
    all = await withListedImages(client, [index])
    for (const image of all) await signImage(client, session, image, 'both', { annotations })
  }, 60_000)

  it('lists the index, then each platform image by its digest', () => {
    expect(all.map(i => i.descriptor.digest)).toEqual([index.descriptor.digest, ...platforms])
    expect(all.slice(1).map(i => i.given)).toEqual([`${registry.host}/multi:v1 (linux/amd64)`, `${registry.host}/multi:v1 (linux/arm64)`])
  })

  it('stores a signature of each format for the index and both platform images, and each verifies', async () => {
    for (const image of all) {
      expect(await readLegacyLayers(client, image.store, cosignTag(image.descriptor.digest, 'sig'))).toHaveLength(1)
      expect((await listReferrers(client, image.store, image.descriptor.digest)).descriptors).toHaveLength(1)
      const v = await verifyImage(client, image, expectations(), trust)
      expect([image.descriptor.digest, v.ok, v.failures]).toEqual([image.descriptor.digest, true, []])
    }
  })

  it('selects a platform of the index at verify, and names the platforms it lists when one is missing', async () => {
    const [arm] = await selectPlatforms(client, index, ['linux/arm64'])
    expect(arm.descriptor.digest).toBe(platforms[1])
    expect((await verifyImage(client, arm, expectations(annotations), trust)).ok).toBe(true)
    await expect(selectPlatforms(client, index, ['linux/s390x'])).rejects.toThrow(/lists no linux\/s390x image \(it lists linux\/amd64, linux\/arm64\)/)
  })

  it('puts the annotations where cosign does: the simple-signing optional map and the in-toto subject', async () => {
    const amd = all[1]
    const [layer] = await readLegacyLayers(client, amd.store, cosignTag(amd.descriptor.digest, 'sig'))
    const payload = (await client.getBlob(amd.store, layer.digest)).toString()
    expect(payload).toBe(
      `{"critical":{"identity":{"docker-reference":"${registry.host}/multi"},"image":{"docker-manifest-digest":"${amd.descriptor.digest}"},"type":"cosign container image signature"},"optional":{"env":"prod","org.example/build":"42"}}`
    )
    const [ref] = (await listReferrers(client, amd.store, amd.descriptor.digest)).descriptors
    const manifest = await client.getManifest(amd.store, ref.digest)
    const bundle = JSON.parse((await client.getBlob(amd.store, (manifest!.json.layers as { digest: string }[])[0].digest)).toString())
    const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
    expect(st.subject).toEqual([{ name: `${registry.host}/multi`, digest: { sha256: amd.descriptor.digest.slice(7) }, annotations }])
  })

  it('requires the annotations at verify: present passes, a wrong or missing one fails in both formats', async () => {
    expect((await verifyImage(client, index, expectations({ env: 'prod' }), trust)).ok).toBe(true)
    const wrong = await verifyImage(client, index, expectations({ env: 'dev' }), trust)
    expect(wrong.ok).toBe(false)
    expect(wrong.failures.map(f => f.reason)).toEqual([
      expect.stringMatching(/annotation mismatch: env="prod" \(expected "dev"\)/),
      expect.stringMatching(/annotation mismatch/)
    ])
    const missing = await verifyImage(client, index, expectations({ team: 'a' }), trust)
    expect(missing.failures.map(f => f.reason)).toEqual([expect.stringMatching(/team missing/), expect.stringMatching(/team missing/)])
  })
})

describe('seal tree, download and clean', () => {
  async function signedAndAttested(target: TestRegistry, name: string): Promise<ResolvedImage> {
    await pushTestImage(client, `${target.host}/${name}`, 'v1')
    const image = await resolveImage(client, `${target.host}/${name}:v1`)
    await signImage(client, session, image, 'both')
    const payload = statementBytes(
      statement([{ name: image.ref.repositoryName, digest: { sha256: image.descriptor.digest.slice(7) } }], PROVENANCE, { buildType: 'x' })
    )
    const bundle = await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE)
    await attachBundle(client, image, bundle, PROVENANCE)
    await attachLegacyAttestation(client, image, bundle, PROVENANCE)
    return image
  }

  it('lists referrers (from the referrers tag) and legacy tags with predicate types; download returns each; clean removes them', async () => {
    const image = await signedAndAttested(registry, 'inspect')
    const tree = await inspectImage(client, image)
    const hex = image.descriptor.digest.slice(7)
    expect(tree.referrersAPI).toEqual({ supported: false, count: 0 })
    expect(tree.referrersTag).toMatchObject({ tag: `sha256-${hex}`, count: 2 })
    expect(tree.legacyTags.map(t => [t.tag, t.layers])).toEqual([
      [`sha256-${hex}.sig`, 1],
      [`sha256-${hex}.att`, 1],
      [`sha256-${hex}.sbom`, 0]
    ])
    expect(tree.artifacts.map(a => [a.kind, a.layout, a.predicateType]).sort()).toEqual([
      ['attestation', 'legacy-tag', PROVENANCE],
      ['attestation', 'referrer', PROVENANCE],
      ['signature', 'legacy-tag', undefined],
      ['signature', 'referrer', 'https://sigstore.dev/cosign/sign/v1']
    ])

    const signatures = artifactsOf(tree, 'signature')
    const downloaded = await Promise.all(signatures.map(a => downloadArtifact(client, image, a).then(t => JSON.parse(t))))
    const bundle = downloaded.find(d => d.mediaType)
    const legacy = downloaded.find(d => d.Base64Signature)
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(JSON.parse(Buffer.from(legacy.Payload, 'base64').toString()).critical.image['docker-manifest-digest']).toBe(image.descriptor.digest)
    expect(legacy.Cert).toMatch(/^-----BEGIN CERTIFICATE-----/)
    expect(legacy.Bundle.Payload.logIndex).toEqual(expect.any(Number))
    const envelopes = await Promise.all(artifactsOf(tree, 'attestation').map(a => downloadArtifact(client, image, a).then(t => JSON.parse(t))))
    expect(envelopes.map(e => e.payloadType ?? e.dsseEnvelope.payloadType)).toEqual([IN_TOTO_PAYLOAD_TYPE, IN_TOTO_PAYLOAD_TYPE])
    expect(artifactsOf(tree, 'attestation', 'https://example.com/other')).toEqual([])

    const cleaned = await cleanImage(client, image, 'signature')
    expect(cleaned.artifacts).toBe(2)
    const after = await inspectImage(client, image)
    expect(after.artifacts.map(a => a.kind)).toEqual(['attestation', 'attestation'])
    expect(after.referrersTag.count).toBe(1)
    expect(after.legacyTags[0].digest).toBeUndefined()
    // Verification now finds no signature, only the attestations.
    expect((await verifyImage(client, image, expectations(), trust)).ok).toBe(false)

    await cleanImage(client, image, 'all')
    const empty = await inspectImage(client, image)
    expect(empty.artifacts).toEqual([])
    expect(empty.referrersTag.digest).toBeUndefined()
    expect(empty.legacyTags.every(t => !t.digest)).toBe(true)
    // The image itself stays.
    expect((await resolveImage(client, `${registry.host}/inspect:v1`)).descriptor.digest).toBe(image.descriptor.digest)
  }, 60_000)

  it('deletes nothing, and says so, on a registry that refuses deletes', async () => {
    const image = await signedAndAttested(noDeletes, 'kept')
    const before = await inspectImage(client, image)
    await expect(cleanImage(client, image, 'all')).rejects.toThrow(/does not allow deleting manifests \(HTTP 405 UNSUPPORTED\)\. Nothing was deleted\./)
    const after = await inspectImage(client, image)
    expect(after.artifacts.map(a => a.location).sort()).toEqual(before.artifacts.map(a => a.location).sort())
    expect(after.referrersTag).toEqual(before.referrersTag)
  }, 60_000)
})

describe('digest-only verification', () => {
  it('verifies a signature bundle for the right digest and refuses another', async () => {
    const data = Buffer.from('an artifact that is not here')
    const digest = createHash('sha256').update(data).digest()
    const path = join(dir, 'artifact.sigstore.json')
    await writeFile(path, JSON.stringify(bundleToJSON(await session.signDigest(digest))))
    const batch = new BatchVerifier(trust)
    const [ok] = await verifyDigestRows([`sha256:${digest.toString('hex')}`], path, expectations(), batch)
    expect(ok).toMatchObject({ ok: true, sha256: digest.toString('hex'), identity: stack.identity() })
    const [other] = await verifyDigestRows(['sha256:' + 'e'.repeat(64)], path, expectations(), batch)
    expect(other.ok).toBe(false)
    expect(other.reason).toMatch(/differs from what was signed/)
  })

  it('verifies each sha256 and sha512 subject of an attestation, and refuses a digest it does not name', async () => {
    const a = createHash('sha256').update('a').digest('hex')
    const b = createHash('sha512').update('b').digest('hex')
    const payload = statementBytes(
      statement(
        [
          { name: 'a', digest: { sha256: a } },
          { name: 'b', digest: { sha512: b } }
        ],
        PROVENANCE,
        {}
      )
    )
    const path = join(dir, 'attestation.sigstore.json')
    await writeFile(path, JSON.stringify(bundleToJSON(await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE))))
    const rows = await verifyDigestRows([`sha256:${a}`, `sha512:${b}`, 'sha512:' + '0'.repeat(128)], path, expectations(), new BatchVerifier(trust))
    expect(rows.map(r => r.ok)).toEqual([true, true, false])
    expect(rows[0].predicateType).toBe(PROVENANCE)
    await expect(verifyDigestRows([`sha256:${a}`], dir, expectations(), new BatchVerifier(trust))).rejects.toThrow(/is a directory/)
  })
})
