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

import { SealError } from '../errors.js'
import { writeFileAtomic } from '../fs.js'
import type { HeadResult, ManifestResult } from '../oci/client.js'
import type { OciReader } from '../oci/reader.js'
import type { RepositoryRef } from '../oci/reference.js'
import { listReferrers } from '../oci/referrers.js'
import { cosignTag, digestOf, isDigest, isIndexMediaType, OCI_INDEX, type Descriptor } from '../oci/types.js'
import { resolveImage } from './resolve.js'

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

interface LayoutIndex {
  schemaVersion: 2
  mediaType: string
  manifests: Descriptor[]
}

function blobPath(dir: string, digest: string): string {
  if (!isDigest(digest)) throw new SealError('INPUT_INVALID', `"${digest}" is not a digest.`)
  const [alg, hex] = digest.split(':')
  return join(dir, 'blobs', alg, hex)
}

async function readIndex(dir: string): Promise<LayoutIndex> {
  let text: string
  try {
    text = await readFile(join(dir, 'index.json'), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }
    throw err
  }
  const json = JSON.parse(text) as LayoutIndex
  if (!Array.isArray(json.manifests)) throw new SealError('INPUT_INVALID', `${dir}/index.json is not an OCI image index.`)
  return json
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

/** Copies an image's manifest and everything stored for its signatures into an OCI layout. */
export async function saveImage(client: OciReader, text: string, dir: string): Promise<SaveResult> {
  const image = await resolveImage(client, text)
  const blobs = new Map<string, Buffer>()
  const entries: Descriptor[] = []
  const artifacts: string[] = []
  const repo = image.ref

  const manifest = await client.getManifest(repo, image.descriptor.digest)
  if (!manifest) throw new SealError('SUBJECT_NOT_FOUND', `${text}: the manifest vanished while saving it.`)
  blobs.set(manifest.digest, manifest.bytes)
  entries.push({
    ...image.descriptor,
    annotations: { [REF_NAME]: refName(repo, image.descriptor.digest), [KIND]: isIndexMediaType(manifest.mediaType) ? KINDS.imageIndex : KINDS.image }
  })
  if (isIndexMediaType(manifest.mediaType)) {
    for (const child of (manifest.json.manifests as Descriptor[] | undefined) ?? []) {
      const m = await client.getManifest(repo, child.digest)
      if (m) blobs.set(m.digest, m.bytes)
    }
  }

  // Everything that refers to the image: bundles, attestations, SBOMs.
  const referrers = await listReferrers(client, repo, image.descriptor.digest, { includeTag: true })
  for (const d of referrers.descriptors) {
    const m = await copyManifest(client, repo, d.digest, blobs)
    if (!m) continue
    entries.push({ mediaType: m.mediaType, size: m.size, digest: m.digest, ...(d.artifactType ? { artifactType: d.artifactType } : {}), annotations: { [KIND]: KINDS.referrer } })
    artifacts.push(`referrer ${d.digest}${d.artifactType ? ` (${d.artifactType})` : ''}`)
  }
  // cosign's legacy tags.
  for (const suffix of ['sig', 'att', 'sbom'] as const) {
    const tag = cosignTag(image.descriptor.digest, suffix)
    const m = await copyManifest(client, repo, tag, blobs)
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

/** Copies a manifest and the blobs it names (config, layers). Undefined when it does not exist. */
async function copyManifest(client: OciReader, repo: RepositoryRef, reference: string, blobs: Map<string, Buffer>): Promise<ManifestResult | undefined> {
  const m = await client.getManifest(repo, reference)
  if (!m) return undefined
  blobs.set(m.digest, m.bytes)
  const json = m.json as { config?: Descriptor; layers?: Descriptor[] }
  for (const d of [json.config, ...(json.layers ?? [])]) {
    if (d?.digest && !blobs.has(d.digest)) blobs.set(d.digest, await client.getBlob(repo, d.digest))
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

  private find(repo: RepositoryRef, reference: string): Descriptor | undefined {
    if (isDigest(reference)) return { mediaType: '', size: 0, digest: reference }
    const name = refName(repo, reference)
    return this.index.manifests.find(e => e.annotations?.[REF_NAME] === name)
  }

  private async blob(digest: string, what: string): Promise<Buffer | undefined> {
    let bytes: Buffer
    try {
      bytes = await readFile(blobPath(this.dir, digest))
    } catch {
      return undefined
    }
    if (digestOf(bytes) !== digest) throw new SealError('DIGEST_MISMATCH', `${what} in ${this.dir} does not match its digest ${digest}: the layout was modified.`)
    return bytes
  }

  async head(repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
    const m = await this.getManifest(repo, reference)
    return m ? { digest: m.digest, mediaType: m.mediaType, size: m.size } : undefined
  }

  async getManifest(repo: RepositoryRef, reference: string): Promise<ManifestResult | undefined> {
    const entry = this.find(repo, reference)
    if (!entry) return undefined
    const bytes = await this.blob(entry.digest, `manifest ${entry.digest}`)
    if (!bytes) return undefined
    const json = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    const mediaType = typeof json.mediaType === 'string' ? json.mediaType : entry.mediaType
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
      const json = JSON.parse(bytes.toString('utf8')) as { subject?: { digest?: string }; annotations?: Record<string, string> }
      if (json.subject?.digest !== digest) continue
      if (artifactType && e.artifactType !== artifactType) continue
      out.push({ mediaType: e.mediaType, size: e.size, digest: e.digest, ...(e.artifactType ? { artifactType: e.artifactType } : {}), ...(json.annotations ? { annotations: json.annotations } : {}) })
    }
    return out
  }
}

