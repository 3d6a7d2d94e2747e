import { createHash, randomBytes } from 'node:crypto'

import { RegistryClient } from '../../../src/core/oci/client.js'
import type { RepositoryRef } from '../../../src/core/oci/reference.js'
import { attachReferrer, listReferrers, referrerDescriptor } from '../../../src/core/oci/referrers.js'
import { descriptorJSON, EMPTY_CONFIG, EMPTY_CONFIG_BYTES, OCI_INDEX, OCI_MANIFEST, referrersTag, type Descriptor } from '../../../src/core/oci/types.js'
import { rejection } from '../../support/errors.js'
import { pushTestImage, type PushedImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { startStandIn, type StandIn } from '../../support/registry/standin.js'
import { answerLate, memoryRegistry, stallFirstTagWrite } from './memory-registry.js'

const sha = (b: string | Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex')

/** A referrer manifest in the shape cosign v3 writes: empty config, one layer, subject, artifactType. */
async function referrer(
  client: RegistryClient,
  repo: RepositoryRef,
  subject: Descriptor,
  content: string,
  artifactType = 'application/vnd.dev.sigstore.bundle.v0.3+json'
): Promise<Buffer> {
  const layer = await client.pushBlob(repo, Buffer.from(content), artifactType)
  await client.pushBlob(repo, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.mediaType)
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { ...descriptorJSON(EMPTY_CONFIG), artifactType },
      layers: [descriptorJSON(layer)],
      annotations: { 'dev.sigstore.bundle.predicateType': `https://example.com/${content}` },
      subject: descriptorJSON(subject),
      artifactType
    })
  )
}

const subjectOf = (image: PushedImage): Descriptor => ({ mediaType: image.mediaType, size: image.size, digest: image.digest })

describe('referrers on docker-registry (tag schema)', () => {
  let registry: TestRegistry

  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(() => registry.close())

  it('keeps all 20 entries when 20 separate writers attach to one subject at once', async () => {
    const image = await pushTestImage(registry, 'ref/concurrent', 'v1')
    const subject = subjectOf(image)
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const client = new RegistryClient()
        const bytes = await referrer(client, image.ref, subject, `writer-${i}`)
        return { bytes, result: await attachReferrer(client, image.ref, subject, bytes) }
      })
    )
    for (const { result } of results) {
      expect(result.storage).toBe('referrers-tag')
      expect(result.tag).toBe(referrersTag(image.digest))
    }
    const list = await listReferrers(new RegistryClient(), image.ref, image.digest)
    expect(list.source).toBe('referrers-tag')
    expect(list.descriptors.map(d => d.digest).sort()).toEqual(results.map(r => r.result.descriptor.digest).sort())
    expect(new Set(list.descriptors.map(d => d.digest)).size).toBe(20)

    // The index: OCI index, sorted by digest, each entry with artifactType and annotations.
    const index = await new RegistryClient().getManifest(image.ref, referrersTag(image.digest))
    expect(index?.json).toMatchObject({ schemaVersion: 2, mediaType: OCI_INDEX })
    const digests = (index!.json.manifests as Descriptor[]).map(d => d.digest)
    expect(digests).toEqual([...digests].sort())
    const first = results[0]
    expect(list.descriptors.find(d => d.digest === first.result.descriptor.digest)).toEqual({
      mediaType: OCI_MANIFEST,
      size: first.bytes.length,
      digest: sha(first.bytes),
      annotations: { 'dev.sigstore.bundle.predicateType': 'https://example.com/writer-0' },
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json'
    })
  })

  it('batches concurrent attaches on one client into few tag writes', async () => {
    const client = new RegistryClient()
    const image = await pushTestImage(client, `${registry.host}/ref/batched`, 'v1')
    const subject = subjectOf(image)
    const manifests = await Promise.all(Array.from({ length: 20 }, (_, i) => referrer(client, image.ref, subject, `batched-${i}`)))
    const tagPath = `/v2/ref/batched/manifests/${referrersTag(image.digest)}`
    await Promise.all(manifests.map(m => attachReferrer(client, image.ref, subject, m)))
    const tagWrites = client.requests.filter(r => r.method === 'PUT' && r.path === tagPath)
    expect(tagWrites.length).toBeLessThanOrEqual(3)
    expect((await listReferrers(client, image.ref, image.digest)).descriptors).toHaveLength(20)
  })

  it('lists nothing for a subject without referrers, and filters by artifact type', async () => {
    const client = new RegistryClient()
    const image = await pushTestImage(client, `${registry.host}/ref/filter`, 'v1')
    expect(await listReferrers(client, image.ref, image.digest)).toEqual({
      descriptors: [],
      source: 'referrers-tag',
      tag: referrersTag(image.digest)
    })
    const subject = subjectOf(image)
    await attachReferrer(client, image.ref, subject, await referrer(client, image.ref, subject, 'sbom', 'text/spdx+json'))
    await attachReferrer(client, image.ref, subject, await referrer(client, image.ref, subject, 'bundle'))
    const sboms = await listReferrers(client, image.ref, image.digest, { artifactType: 'text/spdx+json' })
    expect(sboms.descriptors.map(d => d.artifactType)).toEqual(['text/spdx+json'])
    expect((await listReferrers(client, image.ref, image.digest)).descriptors).toHaveLength(2)
  })

  it('lists a referrer once when it is attached twice', async () => {
    const client = new RegistryClient()
    const image = await pushTestImage(client, `${registry.host}/ref/twice`, 'v1')
    const bytes = await referrer(client, image.ref, subjectOf(image), 'same')
    await attachReferrer(client, image.ref, subjectOf(image), bytes)
    await attachReferrer(new RegistryClient(), image.ref, subjectOf(image), bytes)
    expect((await listReferrers(client, image.ref, image.digest)).descriptors).toHaveLength(1)
  })

  it('refuses to take over a referrers tag that holds something else', async () => {
    const client = new RegistryClient()
    const image = await pushTestImage(client, `${registry.host}/ref/taken`, 'v1')
    const tag = referrersTag(image.digest)
    await client.putManifest(image.ref, tag, (await client.getManifest(image.ref, 'v1'))!.bytes, OCI_MANIFEST)
    const err = await rejection(attachReferrer(client, image.ref, subjectOf(image), await referrer(client, image.ref, subjectOf(image), 'x')))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain(`Tag ${tag}`)
    expect(err.message).toContain('not an OCI image index')
  })

  it('refuses a manifest whose subject is another image', async () => {
    const client = new RegistryClient()
    const image = await pushTestImage(client, `${registry.host}/ref/wrong`, 'v1')
    const other = { ...subjectOf(image), digest: sha('other') }
    const err = await rejection(attachReferrer(client, image.ref, other, await referrer(client, image.ref, subjectOf(image), 'x')))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('subject')
    expect((await rejection(attachReferrer(client, image.ref, other, Buffer.from('[]')))).code).toBe('INPUT_INVALID')
  })
})

describe('referrers against scripted registries', () => {
  let standIn: StandIn
  const subject: Descriptor = { mediaType: OCI_MANIFEST, size: 100, digest: sha('the image') }
  const tag = referrersTag(subject.digest)
  const manifest = (n: string) =>
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: descriptorJSON(EMPTY_CONFIG),
        layers: [{ mediaType: 'text/plain', size: 1, digest: sha(n) }],
        subject,
        artifactType: 'application/x-test'
      })
    )

  beforeAll(async () => {
    standIn = await startStandIn(() => ({ status: 404 }))
  })
  afterAll(() => standIn.close())

  const repo = (): RepositoryRef => ({ registry: standIn.host, repository: 'app' })
  const fast = { settleMs: 5 }

  it('uses the referrers API where the registry has one, and writes no tag', async () => {
    const reg = memoryRegistry({ referrersAPI: true })
    standIn.handle(reg.handler)
    const client = new RegistryClient()
    const result = await attachReferrer(client, repo(), subject, manifest('a'), fast)
    expect(result.storage).toBe('referrers-api')
    expect(reg.tags.has(tag)).toBe(false)
    const list = await listReferrers(client, repo(), subject.digest)
    expect(list.source).toBe('referrers-api')
    expect(list.descriptors).toEqual([result.descriptor])
  })

  it('merges referrers from the tag when asked, for registries that gained the API later', async () => {
    const reg = memoryRegistry({ referrersAPI: true })
    const old = { mediaType: OCI_MANIFEST, size: 5, digest: sha('old'), artifactType: 'application/x-old' }
    reg.put(tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [old] })
    standIn.handle(reg.handler)
    const client = new RegistryClient()
    await attachReferrer(client, repo(), subject, manifest('new'), fast)
    expect((await listReferrers(client, repo(), subject.digest)).descriptors).toHaveLength(1)
    const both = await listReferrers(client, repo(), subject.digest, { includeTag: true })
    expect(both.descriptors.map(d => d.digest)).toEqual(expect.arrayContaining([old.digest, sha(manifest('new'))]))
  })

  it('fails when the referrers API never lists the new referrer', async () => {
    const reg = memoryRegistry({ referrersAPI: true })
    standIn.handle(req =>
      req.url.includes('/referrers/') ? { status: 200, headers: { 'Content-Type': OCI_INDEX }, body: '{"schemaVersion":2,"manifests":[]}' } : reg.handler(req)
    )
    const err = await rejection(attachReferrer(new RegistryClient(), repo(), subject, manifest('ghost'), { settleMs: 1 }))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain('referrers API does not list it')
  })

  it('puts an entry back when another writer overwrites the tag without it', async () => {
    const reg = memoryRegistry()
    const foreign = { mediaType: OCI_MANIFEST, size: 7, digest: sha('foreign'), artifactType: 'application/x-foreign' }
    let clobbered = false
    reg.hooks.afterPut = ref => {
      // A stale writer lands right after our write, with only its own entry.
      if (ref === tag && !clobbered) {
        clobbered = true
        reg.put(tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [foreign] })
      }
    }
    standIn.handle(reg.handler)
    const client = new RegistryClient()
    const result = await attachReferrer(client, repo(), subject, manifest('mine'), fast)
    expect(clobbered).toBe(true)
    const listed = (await listReferrers(client, repo(), subject.digest)).descriptors.map(d => d.digest)
    expect(listed.sort()).toEqual([foreign.digest, result.descriptor.digest].sort())
    expect(client.requests.filter(r => r.method === 'PUT' && r.path.endsWith(tag))).toHaveLength(2)
  })

  it('reads again when a conditional write finds the tag changed (HTTP 412)', async () => {
    const reg = memoryRegistry({ honourIfMatch: true })
    const initial = { mediaType: OCI_MANIFEST, size: 3, digest: sha('initial'), artifactType: 'application/x-a' }
    const racing = { mediaType: OCI_MANIFEST, size: 4, digest: sha('racing'), artifactType: 'application/x-b' }
    reg.put(tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [initial] })
    let raced = false
    reg.hooks.afterGet = ref => {
      if (ref === tag && !raced) {
        raced = true
        reg.put(tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [initial, racing] })
      }
    }
    standIn.handle(reg.handler)
    const client = new RegistryClient()
    const result = await attachReferrer(client, repo(), subject, manifest('conditional'), fast)
    const puts = client.requests.filter(r => r.method === 'PUT' && r.path.endsWith(tag)).map(r => r.status)
    expect(puts).toEqual([412, 201])
    const listed = (await listReferrers(client, repo(), subject.digest)).descriptors.map(d => d.digest)
    expect(listed.sort()).toEqual([initial.digest, racing.digest, result.descriptor.digest].sort())
  })

  it('paces its confirming reads by the registry answering time, not by a request that timed out and was retried', async () => {
    const reg = memoryRegistry()
    // The first write of the tag gets no answer: the client times out (1 s) and sends it again.
    standIn.handle(stallFirstTagWrite(reg.handler, tag))
    const client = new RegistryClient({ timeoutMs: 1000, retryBaseMs: 1 })
    const started = Date.now()
    const result = await attachReferrer(client, repo(), subject, manifest('stalled once'), { settleMs: 20 })
    const elapsed = Date.now() - started
    expect(client.requests.filter(r => r.method === 'PUT' && r.path.endsWith(tag)).map(r => r.status)).toEqual([0, 201])
    expect((await listReferrers(client, repo(), subject.digest)).descriptors.map(d => d.digest)).toEqual([result.descriptor.digest])
    // Pacing by the wall time of that read-modify-write (over 1 s) would pause at least 1.5 s more.
    expect(elapsed).toBeGreaterThanOrEqual(1000)
    expect(elapsed).toBeLessThan(1800)
  })

  it('pauses longer before confirming on a registry that answers slowly', async () => {
    const reg = memoryRegistry()
    standIn.handle(answerLate(reg.handler, 200))
    const client = new RegistryClient({ retryBaseMs: 1 })
    const started = Date.now()
    await attachReferrer(client, repo(), subject, manifest('slow registry'), { settleMs: 20 })
    const elapsed = Date.now() - started
    // Five requests of 200 ms (the last the one confirming read); the read-modify-write took 400 ms of
    // answers, so the pause before confirming is at least 0.75 × 2 × 400 ms.
    expect(client.requests).toHaveLength(5)
    expect(client.requests.at(-1)?.method).toBe('GET')
    expect(elapsed).toBeGreaterThanOrEqual(5 * 200 + 600)
  })

  it('gives up after the configured attempts when the entry never stays', async () => {
    const reg = memoryRegistry()
    reg.hooks.afterPut = ref => {
      if (ref === tag) reg.put(tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] })
    }
    standIn.handle(reg.handler)
    const err = await rejection(attachReferrer(new RegistryClient(), repo(), subject, manifest('doomed'), { settleMs: 1, maxAttempts: 3 }))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain('after 3 attempts')
    expect(err.message).toContain(tag)
  })

  it('describes referrers by artifactType, else config media type, with annotations', () => {
    const d = sha(randomBytes(8))
    expect(referrerDescriptor({ artifactType: 'a/b', config: { mediaType: 'c/d' }, annotations: { k: 'v', n: 1 } }, OCI_MANIFEST, 9, d)).toEqual({
      mediaType: OCI_MANIFEST,
      size: 9,
      digest: d,
      annotations: { k: 'v' },
      artifactType: 'a/b'
    })
    expect(referrerDescriptor({ config: { mediaType: 'c/d' } }, OCI_MANIFEST, 9, d).artifactType).toBe('c/d')
  })
})
