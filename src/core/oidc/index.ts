/** The OIDC identity token a keyless signature is certified for: given, from the CI, or SIGSTORE_ID_TOKEN. */
export { getIdentityToken, type TokenSource } from './token.js'
