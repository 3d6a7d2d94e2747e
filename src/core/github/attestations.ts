/**
 * GitHub's attestations API: storing a bundle in the repository a workflow
 * runs in, and listing the attestations of a subject digest in a repository
 * or an organisation (or a user account). Newer API versions answer with a
 * `bundle_url` only (the bundle in Snappy block format in blob storage);
 * older ones and GHES put the bundle inline. Both are read.
 */
import { SealError } from '../util/errors.js'
import { nextLink } from '../util/http.js'
import { fetchExternal, segment, type ApiAnswer, type GitHubClient } from './api.js'

/** An attestation GitHub stored: its id and its page in the repository. */
export interface StoredAttestation {
  id: string
  url: string
}

/**
 * Stores a bundle (its protobuf-JSON form) with
 * `POST /repos/{owner}/{repo}/attestations`. The answer is 201 with the new
 * attestation's id; a 403 names the `attestations: write` permission.
 */
export async function storeAttestation(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  bundle: unknown,
  serverURL: string
): Promise<StoredAttestation> {
  const owner = segment(repository.owner, 'GITHUB_REPOSITORY')
  const repo = segment(repository.repo, 'GITHUB_REPOSITORY')
  const purpose = `store the attestation in ${owner}/${repo}`
  const answer = await client.request('POST', client.url(`/repos/${owner}/${repo}/attestations`), purpose, { bundle })
  if (answer.status !== 201 && answer.status !== 200) throw client.error(answer, purpose, 'attestations: write')
  const id = (answer.body as { id?: unknown } | undefined)?.id
  if ((typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
    throw new SealError('GITHUB_API_ERROR', `GitHub stored the attestation in ${owner}/${repo} but its answer has no attestation id.`)
  }
  return { id: String(id), url: `${serverURL.replace(/\/+$/, '')}/${owner}/${repo}/attestations/${encodeURIComponent(String(id))}` }
}

/** Where to look attestations up: one repository (`owner/repo`), or everything an owner holds. */
export type AttestationScope = { repository: { owner: string; repo: string } } | { owner: string }

export interface ListOptions {
  /** `<algorithm>:<hex>`, e.g. `sha256:…`. */
  digest: string
  /** Filtered on the server (`predicate_type`); re-check it on the verified statement. */
  predicateType?: string
  /** How many attestations to fetch at most (1–1000). */
  limit: number
}

/** One attestation the API listed: where it came from, and its bundle as JSON text (fetched on demand). */
export interface ListedAttestation {
  /** e.g. `https://api.github.com/repos/acme/widgets/attestations/sha256:… #2`: never a blob URL (it may carry a signature). */
  source: string
  bundle(): Promise<string>
}

/** Largest decompressed bundle accepted from a `bundle_url`. */
const MAX_BUNDLE_BYTES = 128 * 1024 * 1024

/** `acme/widgets` or `acme`, for messages. */
export function scopeName(scope: AttestationScope): string {
  return 'repository' in scope ? `${scope.repository.owner}/${scope.repository.repo}` : scope.owner
}

/**
 * The attestations of a digest, newest first as GitHub lists them, at most
 * `limit`: pages are followed through the Link header. None (GitHub answers
 * 404) is an empty list. For an owner the organisation endpoint is asked
 * first, then the user one (an account is one or the other).
 */
export async function listAttestations(client: GitHubClient, scope: AttestationScope, options: ListOptions): Promise<ListedAttestation[]> {
  if (!/^[a-z0-9]+:[a-f0-9]+$/.test(options.digest)) throw new SealError('INPUT_INVALID', `${JSON.stringify(options.digest)} is not a digest.`)
  const paths =
    'repository' in scope
      ? [`/repos/${segment(scope.repository.owner, 'repository')}/${segment(scope.repository.repo, 'repository')}/attestations/${options.digest}`]
      : [`/orgs/${segment(scope.owner, 'owner')}/attestations/${options.digest}`, `/users/${segment(scope.owner, 'owner')}/attestations/${options.digest}`]
  const query = { per_page: Math.min(options.limit, 100), predicate_type: options.predicateType }
  const purpose = `list the attestations of ${options.digest} in ${scopeName(scope)}`
  for (const path of paths) {
    const first = client.url(path, query)
    const found: ListedAttestation[] = []
    let next: URL | undefined = first
    while (next && found.length < options.limit) {
      const answer = await client.request('GET', next, purpose)
      if (answer.status === 404) break
      if (answer.status !== 200) throw client.error(answer, purpose, 'attestations: read')
      const items = pageItems(answer, purpose)
      for (const item of items) found.push(listed(client, item, `${first.origin}${first.pathname} #${found.length + 1}`))
      const target = nextLink(answer.headers.get('link'))
      next = items.length && target ? new URL(target, first) : undefined
    }
    if (found.length) return found.slice(0, options.limit)
  }
  return []
}

interface Item {
  bundle?: unknown
  bundle_url?: unknown
}

function pageItems(answer: ApiAnswer, purpose: string): Item[] {
  const list = (answer.body as { attestations?: unknown } | undefined)?.attestations
  if (!Array.isArray(list)) throw new SealError('GITHUB_API_ERROR', `GitHub's answer to ${purpose} has no \`attestations\` list.`)
  return list.filter((x): x is Item => x !== null && typeof x === 'object')
}

function listed(client: GitHubClient, item: Item, source: string): ListedAttestation {
  return {
    source,
    bundle: async () => {
      // The inline bundle (API 2022-11-28, GHES) saves a download; newer versions answer with `bundle_url` alone.
      if (item.bundle && typeof item.bundle === 'object') return JSON.stringify(item.bundle)
      if (typeof item.bundle_url === 'string' && item.bundle_url) return downloadBundle(client, item.bundle_url, source)
      throw new SealError('BUNDLE_MALFORMED', `attestation ${source} has neither a bundle nor a bundle_url.`)
    }
  }
}

/** A `bundle_url`'s body: a Snappy block holding the bundle's JSON. Fetched without the GitHub token. */
async function downloadBundle(client: GitHubClient, link: string, source: string): Promise<string> {
  const compressed = await fetchExternal(link, client.policy, client.timeoutMs, `the bundle of attestation ${source}`)
  const { uncompress } = await loadSnappy()
  try {
    return Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8')
  } catch (err) {
    throw new SealError('BUNDLE_MALFORMED', `the bundle of attestation ${source} is not a Snappy block (${err instanceof Error ? err.message : String(err)}).`)
  }
}

/** The Snappy decoder, loaded only when a bundle comes from a `bundle_url`. */
async function loadSnappy(): Promise<{ uncompress: (data: Buffer, max: number) => Uint8Array }> {
  const mod = await import('snappyjs')
  return typeof mod.uncompress === 'function' ? mod : mod.default
}
