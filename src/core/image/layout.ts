/**
 * Images and their signatures in an OCI image layout directory, for
 * verification without network: `seal save` copies an image's manifest and
 * every signature, attestation and SBOM stored for it (referrers and cosign's
 * legacy tags) into a directory; LayoutReader then serves them as a registry
 * would. index.json entries carry the `org.opencontainers.image.ref.name`
 * annotation (the full reference) and cosign's `kind` annotation.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { SealError } from '../util/errors.js'
import { writeFileAtomic } from '../util/fs.js'
import type { HeadResult, ManifestResult } from '../oci/client.js'
import type { OciReader } from '../oci/reader.js'
import type { RepositoryRef } from '../oci/reference.js'
import { listReferrers } from '../oci/referrers.js'
import { cosignTag, digestAlgorithm, digestOf, isDigest, isIndexMediaType, OCI_INDEX, parseDescriptor, type Descriptor } from '../oci/types.js'
import { resolveManifest } from './resolve.js'

const REF_NAME = 'org.opencontainers.image.ref.name'
const KIND = 'kind'
export const KINDS = {
  image: 'dev.cosignproject.cosign/image',
  imageIndex: 'dev.cosignproject.cosign/imageIndex',
  sig: 'dev.cosignproject.cosign/sigs',
  att: 'dev.cosignproject.cosign/atts',
  sbom: 'dev.cosignproject.cosign/sboms',
  referrer: 'dev.sigstore.seal/referrer'
} as const

const LAYOUT_HINT = 'The directory was changed after `seal save` wrote it, or another tool wrote it; save the image again with `seal save IMAGE --dir DIR`.'

interface LayoutIndex {
  schemaVersion: 2
  mediaType: string
  manifests: Descriptor[]
}

function blobPath(dir: string, digest: string): string {
  if (typeof digest !== 'string' || !isDigest(digest)) throw new SealError('INPUT_INVALID', `"${String(digest).slice(0, 160)}" is not a digest.`)
  const [alg, hex] = digest.split(':')
  return join(dir, 'blobs', alg, hex)
}

/** The JSON object a file of a layout holds; a typed error naming the file when it holds something else. */
function parseLayoutObject(text: string, file: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new SealError('INPUT_INVALID', `${file} (${what}) is not valid JSON: ${(err as Error).message.slice(0, 160)}.`, { hint: LAYOUT_HINT, cause: err })
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new SealError('INPUT_INVALID', `${file} (${what}) is not a JSON object.`, { hint: LAYOUT_HINT })
  }
  return value as Record<string, unknown>
}

async function readIndex(dir: string): Promise<LayoutIndex> {
  const file = join(dir, 'index.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }
    throw new SealError('IO_ERROR', `cannot read ${file}: ${code ?? (err as Error).message}`, { cause: err })
  }
  const json = parseLayoutObject(text, file, 'the index of the OCI layout')
  if (!Array.isArray(json.manifests)) {
    throw new SealError('INPUT_INVALID', `${file} (the index of the OCI layout) is not an OCI image index: it has no manifests list.`, { hint: LAYOUT_HINT })
  }
  const manifests = json.manifests.map((entry, i) => {
    try {
      return parseDescriptor(entry, `Entry ${i} of ${file}`)
    } catch (err) {
      // parseDescriptor answers for registries; here the directory is what is wrong.
      throw new SealError('INPUT_INVALID', (err as Error).message, { hint: LAYOUT_HINT })
    }
  })
  return { schemaVersion: 2, mediaType: OCI_INDEX, manifests }
}

function refName(repo: RepositoryRef, reference: string): string {
  return `${repo.registry}/${repo.repository}${isDigest(reference) ? '@' : ':'}${reference}`
}

export interface SaveResult {
  digest: string
  /** Number of manifests and blobs written. */
  written: number
  /** What was saved besides the image: referrers, legacy tags. */
  artifacts: string[]
}

/**
 * Copies an image's manifest and everything stored for its signatures into
 * an OCI layout. Every descriptor the registry lists (index entries,
 * referrers, configs and layers) is read as one, with a digest seal can
 * check, before anything it names is fetched.
 */
export async function saveImage(client: OciReader, text: string, dir: string, signatureRepository?: RepositoryRef): Promise<SaveResult> {
  const { image, manifest } = await resolveManifest(client, text, { signatureRepository })
  const blobs = new Map<string, Buffer>()
  const entries: Descriptor[] = []
  const artifacts: string[] = []
  const repo = image.ref
  const from = `${repo.registry}/${repo.repository}`

  blobs.set(manifest.digest, manifest.bytes)
  entries.push({
    ...image.descriptor,
    annotations: { [REF_NAME]: refName(repo, image.descriptor.digest), [KIND]: isIndexMediaType(manifest.mediaType) ? KINDS.imageIndex : KINDS.image }
  })
  if (isIndexMediaType(manifest.mediaType)) {
    const children = manifest.json.manifests
    if (!Array.isArray(children)) {
      throw new SealError(
        'REGISTRY_ERROR',
        `Registry ${repo.registry} served ${image.descriptor.digest} of ${repo.repository} as an image index without a manifests list.`
      )
    }
    // Every entry is read before any is fetched: one bad entry refuses the index.
    const listed = children.map((child, i) => parseDescriptor(child, `Entry ${i} of image index ${image.descriptor.digest} from ${from}`, { verifiable: true }))
    for (const child of listed) {
      const m = await client.getManifest(repo, child.digest)
      if (m) blobs.set(m.digest, m.bytes)
    }
  }

  // Everything that refers to the image: bundles, attestations, SBOMs.
  // They are read where they are stored (the signature repository, if any) and saved as the image's own.
  const store = image.store
  const storedIn = `${store.registry}/${store.repository}`
  const referrers = await listReferrers(client, store, image.descriptor.digest, { includeTag: true })
  const listed = referrers.descriptors.map((d, i) => parseDescriptor(d, `Referrer ${i} of ${image.descriptor.digest} from ${storedIn}`, { verifiable: true }))
  for (const d of listed) {
    const m = await copyManifest(client, store, d.digest, blobs)
    if (!m) continue
    entries.push({
      mediaType: m.mediaType,
      size: m.size,
      digest: m.digest,
      ...(d.artifactType ? { artifactType: d.artifactType } : {}),
      annotations: { [KIND]: KINDS.referrer }
    })
    artifacts.push(`referrer ${d.digest}${d.artifactType ? ` (${d.artifactType})` : ''}`)
  }
  // cosign's legacy tags.
  for (const suffix of ['sig', 'att', 'sbom'] as const) {
    const tag = cosignTag(image.descriptor.digest, suffix)
    const m = await copyManifest(client, store, tag, blobs)
    if (!m) continue
    entries.push({ mediaType: m.mediaType, size: m.size, digest: m.digest, annotations: { [REF_NAME]: refName(repo, tag), [KIND]: KINDS[suffix] } })
    artifacts.push(`tag ${tag}`)
  }

  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  for (const [digest, bytes] of blobs) await writeFileAtomic(blobPath(dir, digest), bytes)
  await writeFileAtomic(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }) + '\n')
  const index = await readIndex(dir)
  const added = new Set(entries.map(e => `${e.digest} ${e.annotations?.[REF_NAME] ?? ''}`))
  const kept = index.manifests.filter(e => !added.has(`${e.digest} ${e.annotations?.[REF_NAME] ?? ''}`))
  await writeFileAtomic(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...kept, ...entries] }, null, 2) + '\n')
  return { digest: image.descriptor.digest, written: blobs.size, artifacts }
}

/**
 * Copies a manifest and the blobs it names (config, layers), each read as a
 * descriptor first. Undefined when it does not exist.
 */
async function copyManifest(client: OciReader, repo: RepositoryRef, reference: string, blobs: Map<string, Buffer>): Promise<ManifestResult | undefined> {
  const m = await client.getManifest(repo, reference)
  if (!m) return undefined
  const where = `manifest ${reference === m.digest ? m.digest : `${reference} (${m.digest})`} from ${repo.registry}/${repo.repository}`
  const { config, layers } = m.json
  if (layers !== undefined && !Array.isArray(layers)) throw new SealError('REGISTRY_ERROR', `The layers of ${where} are not a list.`)
  const named = [
    ...(config === undefined ? [] : [parseDescriptor(config, `The config of ${where}`, { verifiable: true })]),
    ...((layers as unknown[] | undefined) ?? []).map((layer, i) => parseDescriptor(layer, `Layer ${i} of ${where}`, { verifiable: true }))
  ]
  blobs.set(m.digest, m.bytes)
  for (const d of named) {
    if (!blobs.has(d.digest)) blobs.set(d.digest, await client.getBlob(repo, d.digest))
  }
  return m
}

/**
 * Serves an OCI layout as a read-only registry. Everything read is checked
 * against its digest, as from a registry: the directory is not trusted.
 */
export class LayoutReader implements OciReader {
  private constructor(
    private readonly dir: string,
    private readonly index: LayoutIndex
  ) {}

  static async open(dir: string, input = 'local-image'): Promise<LayoutReader> {
    try {
      await readFile(join(dir, 'oci-layout'))
    } catch {
      throw new SealError('INPUT_INVALID', `\`${input}\`: ${dir} is not an OCI image layout (no oci-layout file).`, {
        hint: 'Create it with `seal save IMAGE --dir DIR` where the registry is reachable.'
      })
    }
    return new LayoutReader(dir, await readIndex(dir))
  }

  /** The images saved in the layout, as references pinned to their digests. */
  images(): string[] {
    return this.index.manifests
      .filter(e => e.annotations?.[KIND] === KINDS.image || e.annotations?.[KIND] === KINDS.imageIndex)
      .map(e => e.annotations?.[REF_NAME])
      .filter((r): r is string => typeof r === 'string')
  }

  /**
   * The index entry for a reference. By digest: an entry with that digest when
   * there is one (for its media type), else a bare descriptor.
   */
  private find(repo: RepositoryRef, reference: string): Descriptor | undefined {
    if (isDigest(reference)) return this.index.manifests.find(e => e.digest === reference) ?? { mediaType: '', size: 0, digest: reference }
    const name = refName(repo, reference)
    return this.index.manifests.find(e => e.annotations?.[REF_NAME] === name)
  }

  private async blob(digest: string, what: string): Promise<Buffer | undefined> {
    const path = blobPath(this.dir, digest)
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch {
      return undefined
    }
    if (digestOf(bytes, digestAlgorithm(digest)) !== digest) {
      throw new SealError('DIGEST_MISMATCH', `${what} in ${this.dir} does not match its digest ${digest}: the layout was modified.`)
    }
    return bytes
  }

  /** A manifest blob (which matched its digest) as a JSON object; a typed error naming the file otherwise. */
  private manifestJSON(bytes: Buffer, digest: string, what: string): Record<string, unknown> {
    return parseLayoutObject(bytes.toString('utf8'), blobPath(this.dir, digest), `${what} ${digest}`)
  }

  async head(repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
    const m = await this.getManifest(repo, reference)
    return m ? { digest: m.digest, mediaType: m.mediaType } : undefined
  }

  async getManifest(repo: RepositoryRef, reference: string): Promise<ManifestResult | undefined> {
    const entry = this.find(repo, reference)
    if (!entry) return undefined
    const bytes = await this.blob(entry.digest, `manifest ${entry.digest}`)
    if (!bytes) return undefined
    const json = this.manifestJSON(bytes, entry.digest, 'manifest')
    const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : entry.mediaType
    return { bytes, mediaType, digest: entry.digest, size: bytes.length, json }
  }

  async getBlob(_repo: RepositoryRef, digest: string): Promise<Buffer> {
    const bytes = await this.blob(digest, `blob ${digest}`)
    if (!bytes) throw new SealError('SUBJECT_NOT_FOUND', `blob ${digest} is missing from ${this.dir}.`)
    return bytes
  }

  /** Referrers, as the OCI referrers API lists them: saved manifests whose subject is the digest. */
  async referrers(_repo: RepositoryRef, digest: string, artifactType?: string): Promise<Descriptor[]> {
    const out: Descriptor[] = []
    for (const e of this.index.manifests.filter(m => m.annotations?.[KIND] === KINDS.referrer)) {
      const bytes = await this.blob(e.digest, `referrer ${e.digest}`)
      if (!bytes) continue
      const json = this.manifestJSON(bytes, e.digest, 'referrer') as { subject?: { digest?: unknown }; annotations?: unknown }
      if (json.subject?.digest !== digest) continue
      if (artifactType && e.artifactType !== artifactType) continue
      const annotations = stringAnnotations(json.annotations)
      out.push({
        mediaType: e.mediaType,
        size: e.size,
        digest: e.digest,
        ...(e.artifactType ? { artifactType: e.artifactType } : {}),
        ...(annotations ? { annotations } : {})
      })
    }
    return out
  }
}

/** The string-valued annotations of a manifest, or undefined when it has none. */
function stringAnnotations(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const strings = Object.entries(value).filter((kv): kv is [string, string] => typeof kv[1] === 'string')
  return strings.length ? Object.fromEntries(strings) : undefined
}
