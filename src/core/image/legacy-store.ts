/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing, writes again (with every layer it saw) until nothing is
 * missing, and leaves only once the tag stayed unchanged for a settle window,
 * so a slower concurrent writer cannot drop a signature unnoticed.
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

/** A key that is equal for the same signature: same payload digest, media type and annotations (the signature among them). */
function layerKey(l: Descriptor): string {
  const annotations = Object.entries(l.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([l.digest, l.mediaType, annotations])
}

/**
 * Adds a signature (or attestation) layer to the legacy tag of an image and
 * returns the tag once the layer is confirmed there.
 *
 * The registry offers no conditional write of a tag, so a concurrent writer
 * that read the tag before this write can still replace it afterwards. To
 * keep every signature:
 *  - each read-modify-write starts again from a fresh read when the read got
 *    older than half the settle window before the write went out (a process
 *    stalled on a busy machine would otherwise write back a stale list);
 *  - every layer this call ever saw listed is written back with its own
 *    (a layer once listed was put there by a signer), so a writer still
 *    confirming repairs what a stale writer dropped, its own or another's;
 *  - the layer counts as kept once the tag stayed the same, with every known
 *    layer in it, for a settle window longer than twice the slowest
 *    read-modify-write seen here; while other writers keep changing the tag,
 *    it keeps watching (and repairing).
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
  const known = new Map<string, Descriptor>([[layerKey(ours), ours]])
  // The pause before confirming grows with the slowest read-modify-write seen here (a loaded
  // registry or machine is slow), measured in the registry's answering time: timeouts, failed
  // attempts and the waits between retries say nothing about how fast another writer's write lands.
  let window = settle
  let writes = 0
  // What the tag listed at the last read or write, a full window ago (undefined before the first).
  let last: string | undefined
  for (let reads = 0; reads < maxAttempts * 10; reads++) {
    const { value: layers, serviceMs: readMs } = await client.timed(() => readLegacyLayers(client, repo, tag))
    const readAt = Date.now()
    const listed = layers.map(layerKey)
    const state = listed.join('\n')
    for (const l of layers) known.set(layerKey(l), l)
    const missing = [...known.entries()].filter(([key]) => !listed.includes(key)).map(([, l]) => l)
    if (missing.length === 0) {
      // Unchanged for a window after this call's last write or the last change it saw: a
      // concurrent read-modify-write that started before it (and would drop a layer) has landed.
      if (state === last) return tag
      last = state
      await sleep(window + Math.random() * window)
      continue
    }
    if (++writes > maxAttempts) break
    const next = [...layers, ...missing]
    const { value: config, serviceMs: blobMs } = await client.timed(() => client.pushBlob(repo, legacyConfig(next.map(l => l.digest)), OCI_CONFIG))
    // Time this process spent on other work since the read (not waiting for the registry).
    if (Date.now() - readAt - blobMs > window / 2) {
      writes--
      continue
    }
    const { serviceMs: putMs } = await client.timed(() =>
      client.putManifest(repo, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, next), OCI_MANIFEST)
    )
    const writeMs = blobMs + putMs
    window = Math.max(window, 2 * (readMs + writeMs))
    last = next.map(layerKey).join('\n')
    await sleep(window + Math.random() * window)
  }
  throw new SealError(
    'REGISTRY_ERROR',
    `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`,
    { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' }
  )
}
