import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { KINDS, LayoutReader, saveImage } from '../../../src/core/image/layout.js'
import { resolveImage } from '../../../src/core/image/resolve.js'
import { RegistryClient } from '../../../src/core/oci/client.js'
import { attachReferrer } from '../../../src/core/oci/referrers.js'
import {
  cosignTag,
  descriptorJSON,
  EMPTY_CONFIG,
  EMPTY_CONFIG_BYTES,
  OCI_INDEX,
  OCI_MANIFEST,
  SIGSTORE_BUNDLE_V03,
  type Descriptor
} from '../../../src/core/oci/types.js'
import { rejection } from '../../support/errors.js'
import { pushTestImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { startStandIn, type StandIn, type StandInReply } from '../../support/registry/standin.js'

const sha = (b: string | Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex')
const REF_NAME = 'org.opencontainers.image.ref.name'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'seal-layout-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

let dirs = 0
/** A layout directory holding `blobs` (stored under their sha256) and an index.json with `index` as its text. */
async function layout(index: string | undefined, blobs: Buffer[] = []): Promise<string> {
  const dir = join(work, `layout-${++dirs}`)
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  for (const b of blobs) await writeFile(join(dir, 'blobs', 'sha256', sha(b).slice(7)), b)
  if (index !== undefined) await writeFile(join(dir, 'index.json'), index)
  return dir
}

function indexOf(entries: Descriptor[]): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries })
}

describe('saveImage and LayoutReader with a registry', () => {
  let registry: TestRegistry
  const client = new RegistryClient({ retries: 1, retryBaseMs: 1 })

  beforeAll(async () => {
    registry = await startRegistry()
  }, 30_000)
  afterAll(() => registry?.close())

  it('saves an image index with its platform manifests and a referrer, and serves them back checked', async () => {
    const image = await pushTestImage(client, `${registry.host}/layout/app`, 'v1', { platformIndex: true })
    const repo = image.ref
    const bundle = await client.pushBlob(repo, Buffer.from('{"mediaType":"a bundle"}'), SIGSTORE_BUNDLE_V03)
    await client.pushBlob(repo, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.mediaType)
    const subject: Descriptor = { mediaType: OCI_INDEX, size: image.size, digest: image.digest }
    const referrer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: SIGSTORE_BUNDLE_V03,
        config: descriptorJSON(EMPTY_CONFIG),
        layers: [descriptorJSON(bundle)],
        subject
      })
    )
    await attachReferrer(client, repo, subject, referrer, { settleMs: 1 })

    const dir = join(work, 'saved')
    const saved = await saveImage(client, `${registry.host}/layout/app:v1`, dir)
    expect(saved.digest).toBe(image.digest)
    expect(saved.artifacts).toEqual([`referrer ${sha(referrer)} (${SIGSTORE_BUNDLE_V03})`])
    // The index, its two platform manifests, the referrer, its config and its bundle layer.
    expect(saved.written).toBe(6)
    for (const name of await readdir(join(dir, 'blobs', 'sha256'))) expect(sha(await readFile(join(dir, 'blobs', 'sha256', name)))).toBe(`sha256:${name}`)

    const reader = await LayoutReader.open(dir)
    expect(reader.images()).toEqual([`${registry.host}/layout/app@${image.digest}`])
    const resolved = await resolveImage(reader, reader.images()[0], { where: 'the layout' })
    expect(resolved.descriptor).toEqual(subject)
    for (const child of image.manifests!) expect((await reader.getManifest(repo, child.digest))?.mediaType).toBe(OCI_MANIFEST)
    expect((await reader.referrers(repo, image.digest)).map(d => d.digest)).toEqual([sha(referrer)])
    expect((await reader.getBlob(repo, bundle.digest)).toString()).toBe('{"mediaType":"a bundle"}')
  })
})

describe('LayoutReader on a corrupt layout', () => {
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: descriptorJSON(EMPTY_CONFIG), layers: [] }))
  const entry = (bytes: Buffer, name: string, mediaType = OCI_MANIFEST): Descriptor => ({
    mediaType,
    size: bytes.length,
    digest: sha(bytes),
    annotations: { [REF_NAME]: name, kind: KINDS.image }
  })

  it('opens a sound layout and resolves its image', async () => {
    const dir = await layout(indexOf([entry(manifest, 'reg.example/app:v1')]), [manifest])
    const reader = await LayoutReader.open(dir)
    expect((await resolveImage(reader, 'reg.example/app:v1')).descriptor).toEqual({ mediaType: OCI_MANIFEST, size: manifest.length, digest: sha(manifest) })
  })

  it('refuses an index.json that is not JSON with a typed error naming the directory and the file', async () => {
    const dir = await layout('{"schemaVersion":2,"manifests":[')
    const err = await rejection(LayoutReader.open(dir))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toMatch(
      new RegExp(`^${join(dir, 'index.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(the index of the OCI layout\\) is not valid JSON: `)
    )
    expect(err.hint).toContain('seal save')
  })

  it('refuses an index.json that is JSON but not an image index, or lists entries that are not descriptors', async () => {
    for (const [index, why] of [
      ['[]', 'is not a JSON object'],
      ['"index"', 'is not a JSON object'],
      ['{"schemaVersion":2}', 'it has no manifests list'],
      ['{"manifests":{}}', 'it has no manifests list'],
      ['{"manifests":[null]}', 'Entry 0 of'],
      [`{"manifests":[{"mediaType":"${OCI_MANIFEST}","size":"12","digest":"${sha(manifest)}"}]}`, 'size is not a non-negative integer']
    ]) {
      const dir = await layout(index)
      const err = await rejection(LayoutReader.open(dir))
      expect(err.code).toBe('INPUT_INVALID')
      expect(err.message).toContain(join(dir, 'index.json'))
      expect(err.message).toContain(why)
    }
  })

  it('refuses a manifest blob that matches its digest but is not JSON, naming the layout file', async () => {
    const junk = Buffer.from('<html>not a manifest</html>')
    const dir = await layout(indexOf([entry(junk, 'reg.example/app:v1')]), [junk])
    const reader = await LayoutReader.open(dir)
    const err = await rejection(resolveImage(reader, 'reg.example/app:v1', { where: `the OCI layout ${dir}` }))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain(join(dir, 'blobs', 'sha256', sha(junk).slice(7)))
    expect(err.message).toContain(`(manifest ${sha(junk)}) is not valid JSON`)
    // JSON, but not an object.
    const list = Buffer.from('[1,2,3]')
    const other = await LayoutReader.open(await layout(indexOf([entry(list, 'reg.example/app:v1')]), [list]))
    expect((await rejection(other.getManifest({ registry: 'reg.example', repository: 'app' }, 'v1'))).message).toContain('is not a JSON object')
  })

  it('refuses a referrer blob that is not JSON, and one that does not match its digest', async () => {
    const junk = Buffer.from('{"subject":')
    const referrer: Descriptor = { mediaType: OCI_MANIFEST, size: junk.length, digest: sha(junk), annotations: { kind: KINDS.referrer } }
    const reader = await LayoutReader.open(await layout(indexOf([entry(manifest, 'reg.example/app:v1'), referrer]), [manifest, junk]))
    const err = await rejection(reader.referrers({ registry: 'reg.example', repository: 'app' }, sha(manifest)))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain(`(referrer ${sha(junk)}) is not valid JSON`)

    const dir = await layout(indexOf([entry(manifest, 'reg.example/app:v1')]))
    await writeFile(join(dir, 'blobs', 'sha256', sha(manifest).slice(7)), 'changed')
    const changed = await LayoutReader.open(dir)
    expect((await rejection(changed.getManifest({ registry: 'reg.example', repository: 'app' }, 'v1'))).code).toBe('DIGEST_MISMATCH')
  })

  it('takes the media type of a manifest without its own from the index entry; refuses to resolve one that is not a manifest type', async () => {
    const untyped = Buffer.from(JSON.stringify({ schemaVersion: 2, config: descriptorJSON(EMPTY_CONFIG), layers: [] }))
    const reader = await LayoutReader.open(await layout(indexOf([entry(untyped, 'reg.example/app:v1')]), [untyped]))
    // By digest as well as by tag: the entry with that digest tells.
    expect((await resolveImage(reader, `reg.example/app@${sha(untyped)}`)).descriptor.mediaType).toBe(OCI_MANIFEST)
    expect(await reader.head({ registry: 'reg.example', repository: 'app' }, 'v1')).toEqual({ digest: sha(untyped), mediaType: OCI_MANIFEST })

    const dir = await layout(indexOf([entry(untyped, 'reg.example/app:v1', 'text/plain')]), [untyped])
    const err = await rejection(resolveImage(await LayoutReader.open(dir), 'reg.example/app:v1', { where: `the OCI layout ${dir}` }))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toBe(`\`image\`: the OCI layout ${dir} holds reg.example/app:v1 with "text/plain", which is not an image manifest or index media type.`)
  })
})

describe('saveImage against a registry that lies consistently', () => {
  let standIn: StandIn
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}')
  const layer = Buffer.from('layer bytes')
  const child = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: sha(config) },
      layers: []
    })
  )
  const childEntry = { mediaType: OCI_MANIFEST, size: child.length, digest: sha(child) }
  let index: Buffer
  let sig: Buffer

  /** A registry holding `index` under tag v1, its child, and `sig` as the legacy signature tag of the index. */
  function serve(): void {
    const manifests = new Map<string, Buffer>([
      ['v1', index],
      [sha(index), index],
      [sha(child), child],
      [cosignTag(sha(index), 'sig'), sig]
    ])
    standIn.handle((req): StandInReply => {
      const path = new URL(req.url, standIn.url).pathname
      const m = /^\/v2\/app\/(manifests|blobs)\/(.+)$/.exec(path)
      const body = m?.[1] === 'manifests' ? manifests.get(m[2]) : [config, layer].find(b => m && sha(b) === m[2])
      if (!body) return { status: 404 }
      const type = m![1] === 'blobs' ? 'application/octet-stream' : (JSON.parse(body.toString()) as { mediaType: string }).mediaType
      return { status: 200, headers: { 'Content-Type': type, 'Docker-Content-Digest': sha(body) }, body }
    })
  }
  const manifestWith = (layers: unknown): Buffer =>
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: sha(config) },
        layers
      })
    )
  const indexWith = (entries: unknown[]): Buffer => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }))

  beforeAll(async () => {
    standIn = await startStandIn(() => ({ status: 404 }))
  })
  afterAll(() => standIn.close())

  it('saves what an honest registry serves', async () => {
    index = indexWith([childEntry])
    sig = manifestWith([{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', size: layer.length, digest: sha(layer) }])
    serve()
    const dir = join(work, 'honest')
    const saved = await saveImage(new RegistryClient({ retries: 0 }), `${standIn.host}/app:v1`, dir)
    expect(saved.artifacts).toEqual([`tag ${cosignTag(sha(index), 'sig')}`])
    expect((await readdir(join(dir, 'blobs', 'sha256'))).sort()).toEqual([index, child, sig, config, layer].map(b => sha(b).slice(7)).sort())
  })

  it('refuses index entries that are not descriptors with a digest seal can check, naming the registry, and writes nothing', async () => {
    for (const [bad, why] of [
      [{ ...childEntry, digest: 1e300 }, 'digest is malformed'],
      [{ ...childEntry, digest: {} }, 'digest is malformed'],
      [{ ...childEntry, digest: 'sha256:abc' }, 'is not one seal can check'],
      [{ ...childEntry, digest: `sha256:${'A'.repeat(64)}` }, 'is not one seal can check'],
      [null, 'not a JSON object'],
      ['latest', 'not a JSON object']
    ] as const) {
      index = indexWith([childEntry, bad])
      sig = manifestWith([])
      serve()
      const dir = join(work, `hostile-${++dirs}`)
      const err = await rejection(saveImage(new RegistryClient({ retries: 0 }), `${standIn.host}/app:v1`, dir))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toBe(
        `Entry 1 of image index ${sha(index)} from ${standIn.host}/app is not a valid descriptor: ${err.message.split(': ').slice(1).join(': ')}`
      )
      expect(err.message).toContain(why)
      await expect(readdir(dir)).rejects.toThrow()
    }
  })

  it('refuses layers of a saved manifest that are not a list of descriptors as a registry error', async () => {
    index = indexWith([childEntry])
    for (const [layers, why] of [
      [{}, 'are not a list'],
      [[{ mediaType: 'a/b', size: 1, digest: 'sha256:abc' }], 'Layer 0 of manifest'],
      [[42], 'Layer 0 of manifest']
    ] as const) {
      sig = manifestWith(layers)
      serve()
      const err = await rejection(saveImage(new RegistryClient({ retries: 0 }), `${standIn.host}/app:v1`, join(work, `layers-${++dirs}`)))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toContain(why)
      expect(err.message).toContain(`${cosignTag(sha(index), 'sig')} (${sha(sig)}) from ${standIn.host}/app`)
    }
  })
})
