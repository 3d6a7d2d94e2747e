/**
 * GitHub itself: which GitHub a host name is (web URL, API base, OIDC issuer),
 * the event payload of the run, the REST client (api.ts), the attestations API
 * (attestations.ts) and artifact metadata storage records (storage-record.ts).
 * Light to load: the Snappy decoder for `bundle_url` bodies is loaded only
 * when one is read.
 */
export { defaultIssuer, DOTCOM, DOTCOM_ISSUER, type GitHubHost, githubHost, type GitHubKind, serverURLOf } from './host.js'
export { eventPayload, repositoryVisibility, type RepositoryVisibility } from './event.js'
export { GitHubClient, githubURLs, parseRepositorySlug, GITHUB_API_VERSION, type GitHubClientOptions } from './api.js'
export { listAttestations, scopeName, storeAttestation, type AttestationScope, type ListedAttestation, type StoredAttestation } from './attestations.js'
export { createStorageRecord, repositoryOwnerType, type StorageRecord } from './storage-record.js'
