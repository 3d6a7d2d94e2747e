/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing and writes again until its layer is listed, and checks once
 * more after a pause so a slower concurrent writer cannot drop it unnoticed.
 */
import { SealError } from '../util/errors.js'
import { legacyConfig, legacyManifest } from '../formats/cosign-legacy.js'
import type { RegistryClient } from '../oci/client.js'
import type { OciReader } from '../oci/reader.js'
import type { RepositoryRef } from '../oci/reference.js'
import { OCI_CONFIG, OCI_MANIFEST, cosignTag, type Descriptor } from '../oci/types.js'
import { sleep } from '../util/retry.js'

export interface LegacyLayer {
  blob: Buffer
  mediaType: string
  annotations: Record<string, string>
}

export interface LegacyWriteOptions {
  /** Rounds of read, append, write and confirm (default 20). */
  maxAttempts?: number
  /** Pause before a confirming read, in ms (default 300, with jitter). */
  settleMs?: number
}

/** The layers of a legacy signature image, or none when the tag does not exist. */
export async function readLegacyLayers(client: OciReader, repo: RepositoryRef, tag: string): Promise<Descriptor[]> {
  const manifest = await client.getManifest(repo, tag, [OCI_MANIFEST, 'application/vnd.docker.distribution.manifest.v2+json'])
  if (!manifest) return []
  const layers = (manifest.json as { layers?: unknown }).layers
  if (!Array.isArray(layers)) {
    throw new SealError('REGISTRY_ERROR', `${repo.registry}/${repo.repository}:${tag} is not a signature image (it has no layers).`)
  }
  return layers as Descriptor[]
}

/** The same signature: same payload digest, media type and annotations (the signature among them). */
function sameLayer(a: Descriptor, b: Descriptor): boolean {
  if (a.digest !== b.digest || a.mediaType !== b.mediaType) return false
  const x = a.annotations ?? {}
  const y = b.annotations ?? {}
  const keys = Object.keys(x)
  return keys.length === Object.keys(y).length && keys.every(k => x[k] === y[k])
}

/**
 * Adds a signature (or attestation) layer to the legacy tag of an image and
 * returns the tag once the layer is confirmed there.
 */
export async function appendLegacyLayer(
  client: RegistryClient,
  repo: RepositoryRef,
  imageDigest: string,
  suffix: 'sig' | 'att',
  layer: LegacyLayer,
  options: LegacyWriteOptions = {}
): Promise<string> {
  const tag = cosignTag(imageDigest, suffix)
  const blob = await client.pushBlob(repo, layer.blob, layer.mediaType)
  const ours: Descriptor = { mediaType: layer.mediaType, size: blob.size, digest: blob.digest, annotations: layer.annotations }
  const maxAttempts = options.maxAttempts ?? 20
  const settle = options.settleMs ?? 300
  // Whether the tag was read a full window after this call's last write (or check).
  let settled = false
  // A concurrent writer can drop our layer for as long as one of its read-modify-writes takes:
  // the pause before confirming grows with the slowest one seen here (a loaded registry is slow).
  // It is measured in the registry's answering time: timeouts, failed attempts and the waits
  // between retries say nothing about how fast another writer's read-modify-write lands.
  let window = settle
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { value: layers, serviceMs: readMs } = await client.timed(() => readLegacyLayers(client, repo, tag))
    if (layers.some(l => sameLayer(l, ours))) {
      // Listed a window after our write: a concurrent read-modify-write that started before it
      // (and would drop our layer) has landed by then, so the layer stays.
      if (settled) return tag
      await sleep(window + Math.random() * window)
      settled = true
      continue
    }
    const next = [...layers, ours]
    const { serviceMs: writeMs } = await client.timed(async () => {
      const config = await client.pushBlob(repo, legacyConfig(next.map(l => l.digest)), OCI_CONFIG)
      await client.putManifest(repo, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, next), OCI_MANIFEST)
    })
    window = Math.max(window, 2 * (readMs + writeMs))
    await sleep(window + Math.random() * window)
    settled = true
  }
  throw new SealError(
    'REGISTRY_ERROR',
    `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`,
    { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' }
  )
}
