/** The typed inputs of the sign, verify and attest steps, read once and validated. */
export {
  type AttestInputs,
  GITHUB_OIDC_ISSUER,
  type InputGetter,
  type NetworkInputs,
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  readBoolean,
  readInteger,
  readOptional,
  type RegistryInputs,
  type SignatureFormat,
  type SigningInputs,
  type SignInputs,
  type VerifyInputs
} from './read.js'
export { readAttestInputs, readNetworkInputs, readRegistryInputs, readSignInputs, readVerifyInputs, signingSecrets } from './read.js'
export { type GitHubPolicyInputs, readGitHubPolicyInputs } from './github-policy.js'
