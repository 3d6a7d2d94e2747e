/**
 * OCI 1.1 referrers: manifests that point at another manifest through their
 * `subject`. Registries with the referrers API index them on their own; for
 * the others, the referrers tag schema keeps an image index tagged
 * `sha256-<hex>` (the subject's digest) that lists them.
 *
 * Tag updates are read–modify–write on a registry without compare-and-swap,
 * so every writer reads its entry back after a pause longer than a
 * read-modify-write takes, and starts over until it stays listed; it also puts back entries it saw
 * earlier that a concurrent writer dropped. Where the registry honours
 * `If-Match`, the write is conditional on the index it read.
 */
import { SealError } from '../util/errors.js'
import { again, retryPolicy, sleep, withRetries } from '../util/retry.js'
import type { RegistryClient } from './client.js'
import type { OciReader } from './reader.js'
import { RegistryError } from './errors.js'
import type { RepositoryRef } from './reference.js'
import { descriptorJSON, digestOf, OCI_INDEX, parseDescriptor, referrersTag, type Descriptor } from './types.js'

export type ReferrerStorage = 'referrers-api' | 'referrers-tag'

export interface AttachOptions {
  /** Media type of the manifest (default: its `mediaType` field). */
  mediaType?: string
  /** Rounds of read, merge, write and confirm on the referrers tag (default 16). */
  maxAttempts?: number
  /** Pause before the final confirming read of the tag, in ms (default 250; longer when writes are slow). */
  settleMs?: number
}

export interface AttachResult {
  /** The referrer as listed: media type, size, digest, artifactType and annotations. */
  descriptor: Descriptor
  storage: ReferrerStorage
  /** The referrers tag that lists it, when the registry has no referrers API. */
  tag?: string
}

export interface ReferrerList {
  descriptors: Descriptor[]
  /** `referrers-api` when the registry answered the referrers API, else `referrers-tag`. */
  source: ReferrerStorage
  tag: string
}

interface TagIndex {
  json: Record<string, unknown>
  entries: Map<string, Record<string, unknown>>
  etag?: string
}

interface Waiter {
  entry: Descriptor
  resolve: () => void
  reject: (err: unknown) => void
}

interface TagQueue {
  pending: Waiter[]
  running: boolean
}

const queues = new WeakMap<RegistryClient, Map<string, TagQueue>>()

/**
 * Adds an entry to a referrers tag. Calls on one client for the same tag are
 * batched: whatever is waiting when an update starts goes into one write.
 */
function enqueue(client: RegistryClient, repo: RepositoryRef, tag: string, entry: Descriptor, options: AttachOptions): Promise<void> {
  let byTag = queues.get(client)
  if (!byTag) {
    byTag = new Map()
    queues.set(client, byTag)
  }
  const key = `${repo.registry}/${repo.repository}:${tag}`
  let queue = byTag.get(key)
  if (!queue) {
    queue = { pending: [], running: false }
    byTag.set(key, queue)
  }
  const q = queue
  const map = byTag
  return new Promise<void>((resolve, reject) => {
    q.pending.push({ entry, resolve, reject })
    if (q.running) return
    q.running = true
    void (async () => {
      while (q.pending.length > 0) {
        const batch = q.pending.splice(0)
        try {
          await updateTag(
            client,
            repo,
            tag,
            batch.map(w => w.entry),
            options
          )
          for (const w of batch) w.resolve()
        } catch (err) {
          for (const w of batch) w.reject(err)
        }
      }
      q.running = false
      if (map.get(key) === q) map.delete(key)
    })()
  })
}

/** Settle waits vary by a quarter either way, so writers that meet once do not meet again. */
const SETTLE_JITTER = [0.75, 1.25] as const

function jitter(ms: number): number {
  const [low, high] = SETTLE_JITTER
  return ms * (low + Math.random() * (high - low))
}

function parseManifest(manifest: Uint8Array): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(manifest).toString('utf8'))
  } catch {
    value = undefined
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new SealError('INPUT_INVALID', 'A referrer manifest must be a JSON object.')
  }
  return value as Record<string, unknown>
}

/**
 * The index entry for a referrer: its media type, size and digest, its
 * artifactType (the manifest's, else its config media type) and annotations.
 */
export function referrerDescriptor(manifest: Record<string, unknown>, mediaType: string, size: number, digest: string): Descriptor {
  const config = manifest.config as { mediaType?: unknown } | undefined
  const artifactType =
    typeof manifest.artifactType === 'string' && manifest.artifactType
      ? manifest.artifactType
      : typeof config?.mediaType === 'string'
        ? config.mediaType
        : undefined
  const out: Descriptor = { mediaType, size, digest }
  const annotations = manifest.annotations
  if (annotations && typeof annotations === 'object' && !Array.isArray(annotations)) {
    const strings = Object.entries(annotations).filter(([, v]) => typeof v === 'string')
    if (strings.length) out.annotations = Object.fromEntries(strings) as Record<string, string>
  }
  if (artifactType) out.artifactType = artifactType
  return out
}

/**
 * Pushes a referrer manifest (by digest) and makes sure it is listed for its
 * subject: by the registry's referrers API, or else in the referrers tag
 * index, which is read back until the entry stays there.
 */
export async function attachReferrer(
  client: RegistryClient,
  repo: RepositoryRef,
  subject: Descriptor,
  manifest: Uint8Array,
  options: AttachOptions = {}
): Promise<AttachResult> {
  const bytes = Buffer.from(manifest)
  const json = parseManifest(bytes)
  const mediaType = options.mediaType ?? (typeof json.mediaType === 'string' ? json.mediaType : undefined)
  if (!mediaType) throw new SealError('INPUT_INVALID', 'A referrer manifest needs a media type (its `mediaType` field).')
  const subjectDigest = (json.subject as { digest?: unknown } | undefined)?.digest
  if (subjectDigest !== subject.digest) {
    throw new SealError('INPUT_INVALID', `The referrer manifest's subject (${String(subjectDigest)}) is not ${subject.digest}.`)
  }
  const digest = await client.putManifest(repo, digestOf(bytes), bytes, mediaType)
  const descriptor = referrerDescriptor(json, mediaType, bytes.length, digest)
  const tag = referrersTag(subject.digest)

  const listed = await client.referrers(repo, subject.digest)
  if (listed !== undefined) {
    await confirmInAPI(client, repo, subject.digest, digest, listed, options.settleMs ?? 250)
    return { descriptor, storage: 'referrers-api' }
  }
  await enqueue(client, repo, tag, descriptor, options)
  return { descriptor, storage: 'referrers-tag', tag }
}

/** Waits (briefly) until the referrers API lists a new referrer; registries may index asynchronously. */
async function confirmInAPI(
  client: RegistryClient,
  repo: RepositoryRef,
  subject: string,
  digest: string,
  first: Descriptor[],
  settleMs: number
): Promise<void> {
  const unlisted = new RegistryError(
    'REGISTRY_ERROR',
    `Registry ${repo.registry} accepted referrer ${digest} of ${subject} in ${repo.repository}, but its referrers API does not list it.`,
    { registry: repo.registry, hint: 'The registry may index referrers late; re-run the step.' }
  )
  // Five looks after the first answer, a settle apart, doubling.
  await withRetries(retryPolicy({ retries: 5, baseMs: settleMs, maxMs: Infinity, jitter: SETTLE_JITTER }), async n => {
    const listed = n === 1 ? first : await client.referrers(repo, subject)
    return listed?.some(d => d.digest === digest) ? true : again(unlisted)
  })
}

async function readTagIndex(client: OciReader, repo: RepositoryRef, tag: string): Promise<TagIndex | undefined> {
  // Accept every manifest type: a tag holding something else must be seen (and refused), not overwritten.
  const m = await client.getManifest(repo, tag)
  if (!m) return undefined
  const json = m.json
  if (json.schemaVersion !== 2 || json.mediaType !== OCI_INDEX || !Array.isArray(json.manifests)) {
    throw new RegistryError(
      'REGISTRY_ERROR',
      `Tag ${tag} in ${repo.registry}/${repo.repository} holds ${typeof json.mediaType === 'string' ? json.mediaType : 'a manifest'}, not an OCI image index, so it cannot list referrers.`,
      { registry: repo.registry, hint: `Delete or rename the tag ${tag}; the referrers tag schema reserves it.` }
    )
  }
  const entries = new Map<string, Record<string, unknown>>()
  json.manifests.forEach((raw, i) => {
    const d = parseDescriptor(raw, `Entry ${i} of tag ${tag} in ${repo.registry}/${repo.repository}`)
    entries.set(d.digest, raw as Record<string, unknown>)
  })
  return { json, entries, ...(m.etag ? { etag: m.etag } : {}) }
}

/** The index bytes: the entries sorted by digest, other fields of the existing index kept. */
function indexBytes(existing: Record<string, unknown> | undefined, entries: Map<string, Record<string, unknown>>): Buffer {
  const manifests = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d)
  const rest = Object.fromEntries(Object.entries(existing ?? {}).filter(([k]) => k !== 'schemaVersion' && k !== 'mediaType' && k !== 'manifests'))
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests, ...rest }))
}

async function updateTag(client: RegistryClient, repo: RepositoryRef, tag: string, entries: Descriptor[], options: AttachOptions): Promise<void> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 16)
  let settle = Math.max(1, options.settleMs ?? 250)
  const own = entries.map(e => e.digest)
  // Everything seen in this tag during this update; put back if a concurrent writer drops it.
  const seen = new Map<string, Record<string, unknown>>(entries.map(e => [e.digest, descriptorJSON(e)]))
  const listed = (index: TagIndex | undefined): boolean => own.every(d => index?.entries.has(d))
  const crowded = new RegistryError(
    'REGISTRY_ERROR',
    `Could not keep ${own.length === 1 ? `referrer ${own[0]}` : `${own.length} referrers`} listed in tag ${tag} of ${repo.registry}/${repo.repository} after ${maxAttempts} attempts: other writers kept replacing the tag.`,
    { registry: repo.registry, hint: 'Too many jobs update the signatures of this image at once; re-run the step.' }
  )
  // Between rounds, a random pause up to 100 ms, doubling to 2 s: writers that keep meeting spread out.
  const rounds = retryPolicy({ retries: maxAttempts - 1, baseMs: 100, maxMs: 2000, maxWaitMs: Infinity, jitter: [0, 1] })
  await withRetries(rounds, async () => {
    const { value: current, serviceMs: readMs } = await client.timed(() => readTagIndex(client, repo, tag))
    for (const [digest, d] of current?.entries ?? []) if (!seen.has(digest)) seen.set(digest, d)
    if ([...seen.keys()].some(d => !current?.entries.has(d))) {
      const merged = new Map(current?.entries ?? [])
      for (const [digest, d] of seen) if (!merged.has(digest)) merged.set(digest, d)
      let writeMs: number
      try {
        const write = () => client.putManifest(repo, tag, indexBytes(current?.json, merged), OCI_INDEX, current?.etag ? { ifMatch: current.etag } : {})
        writeMs = (await client.timed(write)).serviceMs
      } catch (err) {
        // 412: the tag changed since it was read (conditional write); read it again, after a random part of a settle.
        if (!(err instanceof RegistryError && err.status === 412)) throw err
        return again(crowded, Math.random() * settle)
      }
      // A writer that read before this write lands within about one read-modify-write; wait longer
      // than that. Measured in the registry's answering time: retried faults and their waits do
      // not slow another writer down.
      settle = Math.max(settle, 2 * (readMs + writeMs))
    }
    // One look, a settle later: a writer that read the tag before this write has landed by then,
    // so what is listed now stays listed.
    await sleep(jitter(settle))
    return listed(await readTagIndex(client, repo, tag)) ? true : again(crowded)
  })
}

/**
 * The referrers of a manifest: from the referrers API when the registry has
 * one, else from the referrers tag (none when the tag does not exist).
 * `includeTag` also reads the tag when the API answers, for referrers pushed
 * before the registry had the API.
 */
export async function listReferrers(
  client: OciReader,
  repo: RepositoryRef,
  digest: string,
  options: { artifactType?: string; includeTag?: boolean } = {}
): Promise<ReferrerList> {
  const tag = referrersTag(digest)
  const filter = (list: Descriptor[]): Descriptor[] => (options.artifactType ? list.filter(d => d.artifactType === options.artifactType) : list)
  const api = await client.referrers(repo, digest, options.artifactType)
  if (api !== undefined && !options.includeTag) return { descriptors: filter(api), source: 'referrers-api', tag }
  const index = await readTagIndex(client, repo, tag)
  const fromTag = [...(index?.entries.values() ?? [])].map((raw, i) => parseDescriptor(raw, `Entry ${i} of tag ${tag}`))
  if (api === undefined) return { descriptors: filter(fromTag), source: 'referrers-tag', tag }
  const byDigest = new Map(api.map(d => [d.digest, d]))
  for (const d of fromTag) if (!byDigest.has(d.digest)) byDigest.set(d.digest, d)
  return { descriptors: filter([...byDigest.values()]), source: 'referrers-api', tag }
}
