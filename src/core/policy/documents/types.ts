/**
 * The evaluated policy model: what every admission-policy document
 * (policy-controller ClusterImagePolicy, Kyverno ClusterPolicy/Policy
 * verifyImages, seal's own SealImagePolicy) becomes once parsed. The
 * evaluator reads only this model; each engine's combination rules are
 * spelt out in it (counts, any/all statements, pattern dialects), so the
 * same model can be written back as a document of the engine it names.
 *
 * Pure types and constants; no I/O.
 */

/** The engine a document belongs to: it decides the pattern languages and the defaults. */
export type PolicyEngine = 'policy-controller' | 'kyverno' | 'seal'

/** Blocking (`enforce`) or reported only (`warn`: policy-controller `mode: warn`, Kyverno `Audit`). */
export type PolicyMode = 'enforce' | 'warn'

/** What to do with an image no policy selects (the policy-controller's `no-match-policy`). */
export type NoMatchPolicy = 'deny' | 'warn' | 'allow'

/**
 * How image references are matched:
 * - `pc-glob`: policy-controller glob, whole string; `*` stops at `/`, `**` crosses it; `*` and `*∕*` get
 *   `index.docker.io` (and `library/`) prepended; matched against `registry/repository@digest` with
 *   Docker Hub as `index.docker.io/library/…`.
 * - `wildcard`: Kyverno wildcard, whole string; `*` any run (including `/`), `?` one character;
 *   matched against `registry/repository@digest` with Docker Hub as `docker.io/…` (no `library/`).
 * - `seal-glob`: seal's glob, as `pc-glob` without the Docker Hub rewrites, matched against the same
 *   string as `pc-glob`.
 */
export type ImagePatternLanguage = 'pc-glob' | 'wildcard' | 'seal-glob'

export interface ImageSelector {
  language: ImagePatternLanguage
  /** Any one matching selects the rule. */
  include: string[]
  /** Any one matching leaves the image out (Kyverno `skipImageReferences`). */
  exclude: string[]
}

/**
 * One string constraint.
 * - `exact`: `===`.
 * - `wildcard`: Kyverno wildcard (`*`, `?`), whole string.
 * - `regexp`: RE2 syntax (Go `regexp`); `anchored: false` is Go's `MatchString` (a match anywhere),
 *   as policy-controller and Kyverno use it; seal documents anchor to the whole value.
 */
export type StringMatch = { kind: 'exact'; value: string } | { kind: 'wildcard'; pattern: string } | { kind: 'regexp'; pattern: string; anchored: boolean }

/** A certificate identity: every list non-empty is a constraint; empty lists constrain nothing. */
export interface IdentityMatcher {
  /** At least one must match the certificate's subject alternative name. */
  subject: StringMatch[]
  /** All must match the OIDC issuer. */
  issuer: StringMatch[]
  /** Fulcio extensions by cosign name (githubWorkflowRepository, …) or OID; each must match. */
  extensions?: Record<string, StringMatch>
}

/** Who must have signed, as one authority (policy-controller) or attestor entry (Kyverno) says it. */
export type Signer =
  /** A Fulcio certificate for one of these identities (any-of); no identities = any certificate from the trusted root. */
  | { kind: 'keyless'; identities: IdentityMatcher[] }
  /** A signature made with this key; `tlog: false` accepts it without a transparency-log entry. */
  | { kind: 'key'; publicKeyPEM: string; tlog: boolean }
  /** No cryptography: passes or fails outright (policy-controller `static`). */
  | { kind: 'static'; pass: boolean; message?: string }

/** Where a signer's signatures and attestations are read. */
export type SignatureLocation =
  /** cosign's `.sig` / `.att` tags (policy-controller default, Kyverno `Cosign`). */
  | 'legacy'
  /** Sigstore bundles stored as OCI referrers (policy-controller `signatureFormat: bundle`, Kyverno `SigstoreBundle`). */
  | 'bundle'
  /** Both (seal documents). */
  | 'any'

/** A predicate check over a verified in-toto statement. */
export type StatementCondition =
  /** seal: a CEL expression over `predicate`, `predicateType`, `subject` and `statement`; true passes. */
  | { language: 'cel'; expression: string }
  /** Kyverno `conditions`: AND over blocks; each block passes when all of `all` and one of `any` hold. */
  | { language: 'jmespath'; blocks: ConditionBlock[] }
  /** policy-controller CUE/Rego: seal cannot evaluate these; `where` names the block in the document. */
  | { language: 'cue' | 'rego'; where: string; source: string }

export interface ConditionBlock {
  any?: KyvernoCondition[]
  all?: KyvernoCondition[]
}

export interface KyvernoCondition {
  /** A string with `{{ jmespath }}` substitutions, or a literal. */
  key: unknown
  operator: string
  value?: unknown
  message?: string
}

/** A required attestation. */
export interface AttestationRequirement {
  /** For messages: the attestation's name or path in the document. */
  label: string
  /** Compared exactly with the statement's predicateType (shorthands are already expanded). */
  predicateType: string
  /**
   * `any`: at least one verified statement of the type must pass the condition (policy-controller, seal);
   * `all`: every verified statement of the type must pass, and there must be one (Kyverno).
   */
  statements: 'any' | 'all'
  condition?: StatementCondition
  /** Who must have signed the attestation; unset = the enclosing entry's signer. */
  signers?: SignerGroup[]
}

/** One way an image can be signed: an authority or an attestor entry. */
export interface SignerEntry {
  /** For messages, in the engine's words: `authority-0`, `attestors[0].entries[1]`, `signers[2]`. */
  label: string
  signer: Signer
  location: SignatureLocation
  /** Another repository holding the signatures (`source[].oci`, `repository`). */
  repository?: string
  /** The signed payload's `optional` annotations must hold these values (Kyverno `annotations`). */
  annotations?: Record<string, string>
  /**
   * policy-controller authorities with `attestations`: only these are checked (no image signature),
   * each with this entry's signer.
   */
  attestations?: AttestationRequirement[]
  /** Checks the certificate's SCT (default true). */
  sct?: boolean
}

/** Entries of which at least `count` must pass (`count` unset: all of them). */
export interface SignerGroup {
  label: string
  count?: number
  entries: SignerEntry[]
}

/** One rule applying to the images it selects; every selected rule must pass. */
export interface PolicyRule {
  /** For messages: the rule's name or path (`verifyImages[0]` of rule `check-image`). */
  label: string
  images: ImageSelector
  mode: PolicyMode
  /** Every group must reach its count (policy-controller: one group of all authorities with count 1). */
  signatures: SignerGroup[]
  /** Every one must pass (Kyverno `attestations`, seal `attestations`). */
  attestations: AttestationRequirement[]
  /** The image given must carry a digest (Kyverno `verifyDigest` with `mutateDigest: false`). */
  requireDigest?: boolean
  /** Blocks that are not evaluated (CIP-level `spec.policy`); the rule fails naming them unless they are skipped. */
  unevaluable?: { where: string; language: string }[]
}

/** One parsed document. */
export interface PolicyDocument {
  engine: PolicyEngine
  /** `ClusterImagePolicy`, `ClusterPolicy`, `Policy`, `SealImagePolicy`. */
  kind: string
  apiVersion: string
  name: string
  /** Where it came from: `file#index` (index of the YAML document, from 0). */
  source: string
  rules: PolicyRule[]
  /** Said once when the policy is loaded (deprecated shorthands, fields with no effect in CI). */
  notes: string[]
}

/** A policy file: its documents, in order. */
export interface PolicySet {
  documents: PolicyDocument[]
  /** Documents of other API groups (Namespace, ConfigMap, …) left out, as `file#index kind name`. */
  skipped: string[]
}

/** The API versions and kinds seal reads. */
export const POLICY_KINDS = {
  clusterImagePolicy: { kind: 'ClusterImagePolicy', apiVersions: ['policy.sigstore.dev/v1alpha1', 'policy.sigstore.dev/v1beta1'] },
  kyverno: { kinds: ['ClusterPolicy', 'Policy'], apiVersions: ['kyverno.io/v1', 'kyverno.io/v2beta1'] },
  seal: { kind: 'SealImagePolicy', apiVersions: ['seal.dev/v1'] }
} as const
