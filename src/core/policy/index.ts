/** Who must have signed: identity and build policies, and admission-policy documents (ClusterImagePolicy, Kyverno, SealImagePolicy) with their evaluation. */
export { buildBuildPolicy, type BuildPolicy } from './build.js'
export { loadPolicyFile } from './documents/load.js'
export type { NoMatchPolicy, PolicySet, SignatureLocation } from './documents/types.js'
export {
  type CandidateOutcome,
  defaultNoMatch,
  evaluateImage,
  type EvaluateOptions,
  type ImageEvidence,
  type RuleOutcome,
  type TrustSigner,
  type VerifiedCandidate
} from './evaluate.js'
export { buildIdentityPolicy, type IdentityPolicy } from './identity.js'
export { githubFactChecks, githubIdentityRule, type GitHubPolicy, type GitHubPolicyInput, resolveGitHubPolicy } from './github.js'
