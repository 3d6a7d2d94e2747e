/**
 * Artifact metadata storage records: where an organisation's artifacts are
 * stored (an image in a registry), shown on its "Linked artifacts" page.
 * GitHub keeps them for organisations only, so the repository's owner type
 * is asked first (`GET /repos/{owner}/{repo}`).
 */
import { SealError } from '../util/errors.js'
import { segment, type GitHubClient } from './api.js'

/** What a storage record says about one artifact. */
export interface StorageRecord {
  /** The image without tag or digest, e.g. `ghcr.io/acme/app`. */
  name: string
  /** `sha256:<hex>`. */
  digest: string
  /** The registry's origin, e.g. `https://ghcr.io`. */
  registryURL: string
  version?: string
}

/** The type of a repository's owner as GitHub says it: `Organization` or `User`. */
export async function repositoryOwnerType(client: GitHubClient, repository: { owner: string; repo: string }): Promise<string> {
  const owner = segment(repository.owner, 'GITHUB_REPOSITORY')
  const repo = segment(repository.repo, 'GITHUB_REPOSITORY')
  const purpose = `read the repository ${owner}/${repo}`
  const answer = await client.request('GET', client.url(`/repos/${owner}/${repo}`), purpose)
  if (answer.status !== 200) throw client.error(answer, purpose, 'contents: read')
  const type = (answer.body as { owner?: { type?: unknown } } | undefined)?.owner?.type
  if (typeof type !== 'string') throw new SealError('GITHUB_API_ERROR', `GitHub's answer for ${owner}/${repo} does not say who owns it.`)
  return type
}

/**
 * Creates a storage record (`POST /orgs/{org}/artifacts/metadata/storage-record`)
 * and returns the ids of the records GitHub made. A 403 names the
 * `artifact-metadata: write` permission.
 */
export async function createStorageRecord(client: GitHubClient, org: string, record: StorageRecord): Promise<string[]> {
  const purpose = `create a storage record for ${record.name}@${record.digest} in ${org}`
  const body: Record<string, string> = { name: record.name, digest: record.digest, registry_url: record.registryURL }
  if (record.version) body.version = record.version
  const answer = await client.request('POST', client.url(`/orgs/${segment(org, 'GITHUB_REPOSITORY')}/artifacts/metadata/storage-record`), purpose, body)
  if (answer.status !== 200 && answer.status !== 201) throw client.error(answer, purpose, 'artifact-metadata: write')
  const records = (answer.body as { storage_records?: unknown } | undefined)?.storage_records
  if (!Array.isArray(records)) return []
  return records
    .map(r => (r as { id?: unknown })?.id)
    .filter(id => typeof id === 'number' || typeof id === 'string')
    .map(String)
}
