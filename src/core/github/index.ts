/** GitHub itself: which GitHub a host name is (web URL, API base, OIDC issuer), and the event payload of the run. */
export { defaultIssuer, DOTCOM, DOTCOM_ISSUER, type GitHubHost, githubHost, type GitHubKind, serverURLOf } from './host.js'
export { eventPayload, repositoryVisibility, type RepositoryVisibility } from './event.js'
