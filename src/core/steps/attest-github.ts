/**
 * The attest step's GitHub part: the signed bundle is stored through the
 * attestations API of the repository the workflow runs in, and each image
 * pushed to a registry gets an artifact metadata storage record when an
 * organisation owns the repository. It runs after the bundle file is written,
 * so a refusal loses nothing: the step fails naming the file that holds the
 * attestation. A storage record that cannot be made is a warning, as it is
 * for actions/attest.
 */
import { createStorageRecord, GitHubClient, githubURLs, parseRepositorySlug, repositoryOwnerType, storeAttestation } from '../github/index.js'
import type { AttestInputs } from '../inputs/read.js'
import { SealError, messageOf } from '../util/errors.js'
import type { StepContext } from './context.js'

/** What GitHub stored: the attestation (id and page) and the storage records made for pushed images. */
export interface GitHubStored {
  attestationId: string
  attestationURL: string
  storageRecordIds: string[]
}

/** An image the attestation was pushed with: `registry/repository` and its manifest digest. */
export interface PushedImage {
  registry: string
  repository: string
  digest: string
}

/**
 * Stores the bundle (protobuf-JSON) on GitHub, unless `upload-attestation` is
 * false, the token is empty or the run names no repository; each of those is
 * said in one log line and gives undefined.
 */
export async function storeOnGitHub(
  inputs: AttestInputs,
  ctx: StepContext,
  bundle: unknown,
  bundlePath: string,
  pushed: readonly PushedImage[]
): Promise<GitHubStored | undefined> {
  if (!inputs.uploadAttestation) {
    ctx.log?.('The attestation is not stored on GitHub (`upload-attestation: false`).')
    return undefined
  }
  if (!inputs.githubToken) {
    ctx.log?.('No `github-token`: the attestation is not stored on GitHub (only in the bundle file).')
    return undefined
  }
  if (!ctx.env.GITHUB_REPOSITORY) {
    ctx.log?.('GITHUB_REPOSITORY is not set: the attestation is not stored on GitHub (only in the bundle file).')
    return undefined
  }
  ctx.onSecret?.(inputs.githubToken)
  const repository = parseRepositorySlug(ctx.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY')
  const { apiURL, serverURL } = githubURLs(ctx.env)
  const client = new GitHubClient({ apiURL, token: inputs.githubToken, timeoutMs: inputs.timeoutMs, retries: inputs.retries })
  let stored
  try {
    stored = await storeAttestation(client, repository, bundle, serverURL)
  } catch (err) {
    const e = err instanceof SealError ? err : new SealError('GITHUB_API_ERROR', messageOf(err))
    const hint = [e.hint, 'To keep attestations off GitHub, set `upload-attestation: false`.'].filter(Boolean).join(' ')
    throw new SealError(e.code, `${e.message.replace(/\.$/, '')}; the signed attestation is in ${bundlePath}.`, { hint, cause: err })
  }
  ctx.log?.(`Stored the attestation in ${repository.owner}/${repository.repo}: ${stored.url}`)
  const storageRecordIds = inputs.createStorageRecord && pushed.length ? await storageRecords(client, repository, pushed, inputs.subjectVersion, ctx) : []
  return { attestationId: stored.id, attestationURL: stored.url, storageRecordIds }
}

/** One storage record per pushed image, for organisation repositories; a failure is a warning. */
async function storageRecords(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pushed: readonly PushedImage[],
  version: string | undefined,
  ctx: StepContext
): Promise<string[]> {
  const ids: string[] = []
  try {
    const type = await repositoryOwnerType(client, repository)
    if (type !== 'Organization') {
      ctx.log?.(`${repository.owner} is not an organisation: no storage record (GitHub keeps them for organisations).`)
      return ids
    }
    for (const image of pushed) {
      const name = `${image.registry}/${image.repository}`
      const made = await createStorageRecord(client, repository.owner, { name, digest: image.digest, registryURL: `https://${image.registry}`, version })
      if (made.length) ctx.log?.(`Storage record for ${name}@${image.digest}: ${made.join(', ')}`)
      else ctx.warn?.(`GitHub made no storage record for ${name}@${image.digest}.`)
      ids.push(...made)
    }
  } catch (err) {
    ctx.warn?.(`Could not create a storage record: ${messageOf(err)}`)
  }
  return ids
}
