/**
 * The OCI folder's public API: the registry client and its results, image
 * references, media types and descriptors, referrers, registry errors and
 * registry credentials.
 */
export { RegistryClient, type HeadResult, type ManifestResult, type RegistryClientOptions, type RequestRecord, type Timed } from './client.js'
export type { OciReader } from './reader.js'
export * from './errors.js'
export * from './reference.js'
export * from './referrers.js'
export * from './types.js'
export { DeletesRefused, isDeletesRefused } from './delete.js'
export { RegistryAuthenticator, resolveCredentials, type AuthenticatorOptions, type AuthState } from './auth.js'
export { parseChallenges, repositoryScope, type Challenge } from './challenge.js'
export { runCredentialHelper } from './credential-helper.js'
export { DOCKER_HUB_AUTH_KEY, EXPLICIT_SOURCE, helperServerURL, type CredentialOptions, type Credentials, type ResolvedCredentials } from './credentials.js'
export { dockerConfigPath } from './docker-config.js'
export type { TokenTransport } from './token-service.js'
export type { RepositoryRef } from './reference.js'
