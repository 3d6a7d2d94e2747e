import { GitHubClient } from '../../../src/core/github/api.js'
import { createStorageRecord, repositoryOwnerType } from '../../../src/core/github/storage-record.js'
import { rejection } from '../../support/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../support/github-api.js'

const WRITE = 'ghs_metadata_writer'
const ATTEST_ONLY = 'ghs_attest_only_token'
const DIGEST = `sha256:${'12'.repeat(32)}`

let api: GitHubStandIn
const client = (token = WRITE) => new GitHubClient({ apiURL: api.apiURL, token, timeoutMs: 5000, retries: 0 })

beforeEach(async () => {
  api = await startGitHubStandIn({
    accounts: { acme: 'Organization', alice: 'User' },
    tokens: { [WRITE]: ['attestations:write', 'artifact-metadata:write'], [ATTEST_ONLY]: ['attestations:write'] }
  })
})
afterEach(() => api.close())

it('reads the owner type of a repository', async () => {
  expect(await repositoryOwnerType(client(), { owner: 'acme', repo: 'widgets' })).toBe('Organization')
  expect(await repositoryOwnerType(client(), { owner: 'alice', repo: 'tools' })).toBe('User')
})

it('creates a record and returns its ids', async () => {
  const ids = await createStorageRecord(client(), 'acme', { name: 'ghcr.io/acme/app', digest: DIGEST, registryURL: 'https://ghcr.io', version: '1.2.3' })
  expect(ids).toEqual(['500'])
  expect(api.storageRecords[0]).toMatchObject({ name: 'ghcr.io/acme/app', digest: DIGEST, registry_url: 'https://ghcr.io', version: '1.2.3', status: 'active' })
  expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/api/orgs/acme/artifacts/metadata/storage-record' })
})

it('names the artifact-metadata: write permission on 403', async () => {
  const err = await rejection(createStorageRecord(client(ATTEST_ONLY), 'acme', { name: 'ghcr.io/acme/app', digest: DIGEST, registryURL: 'https://ghcr.io' }))
  expect(err.describe()).toContain('`artifact-metadata: write`')
  expect(api.storageRecords).toHaveLength(0)
})

it('quotes GitHub when a field is invalid', async () => {
  const err = await rejection(createStorageRecord(client(), 'acme', { name: 'ghcr.io/acme/app', digest: 'sha256:short', registryURL: 'https://ghcr.io' }))
  expect(err.message).toContain('HTTP 422: Validation Failed')
})
