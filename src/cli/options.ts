/**
 * The options of every `seal` command, declared once. Options are grouped by
 * concern (signing, registry, verification policy, trust, predicate…) and each
 * command is the union of the groups it takes, so a flag shared by two commands
 * is the same flag in both. Flags are named like the action inputs they feed.
 */

/** One option: a value, a list (repeat it; the values join by newlines like a multi-line input) or a switch (`--x` / `--no-x`). */
export interface OptionSpec {
  kind: 'value' | 'list' | 'switch'
  /** Read from this environment variable when the option is not given. */
  env?: string
  /** What a command reads when the option is given neither on the command line nor in `env`. */
  fallback?: string
}

/** Options by flag name (without the leading dashes). */
export type Options = Readonly<Record<string, OptionSpec>>

const value: OptionSpec = { kind: 'value' }
const list: OptionSpec = { kind: 'list' }
const toggle: OptionSpec = { kind: 'switch' }

/** The union of option groups; a name two groups declare must mean the same in both. */
export function optionsOf(...groups: Options[]): Options {
  const all: Record<string, OptionSpec> = {}
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      const seen = all[name]
      if (seen && (seen.kind !== spec.kind || seen.env !== spec.env || seen.fallback !== spec.fallback)) {
        throw new Error(`--${name} is declared twice with different meanings`)
      }
      all[name] = spec
    }
  }
  return all
}

/** What to sign, verify or attest; positional arguments join `--subject-path`. */
export const SUBJECT_OPTIONS: Options = { 'subject-path': list, image: list }

/** Registry credentials and where signatures of images are kept. */
export const REGISTRY_OPTIONS: Options = { 'registry-username': value, 'registry-password': value, 'signature-repository': value }

/** Timeouts and retries of network requests. */
export const NETWORK_OPTIONS: Options = { timeout: value, retries: value }

/** How to sign: the identity or key, and the Sigstore services. */
export const SIGNING_OPTIONS: Options = {
  'bundle-dir': value,
  'identity-token': value,
  'oidc-audience': value,
  key: value,
  // As in cosign, the password of an encrypted key may come from the environment.
  'key-password': { kind: 'value', env: 'COSIGN_PASSWORD' },
  sigstore: value,
  'signing-config': value,
  'tuf-mirror': value,
  'tuf-root': value,
  'fulcio-url': value,
  'rekor-url': value,
  'tsa-url': value,
  'tlog-upload': toggle
}

/** Trust material of a private Sigstore deployment as PEM files. */
export const TRUST_FILE_OPTIONS: Options = { 'fulcio-root': value, 'rekor-public-key': value, 'ct-log-public-key': value, 'tsa-cert-chain': value }

/** What a verification trusts: the root, a key, or a private deployment's files, and how many log entries and timestamps it needs. */
export const TRUST_OPTIONS: Options = optionsOf(TRUST_FILE_OPTIONS, {
  'trusted-root': value,
  key: value,
  sigstore: value,
  'rekor-url': value,
  'tuf-mirror': value,
  'tuf-root': value,
  'tlog-threshold': value,
  'timestamp-threshold': value,
  'insecure-ignore-tlog': toggle,
  offline: toggle
})

/** Who must have signed: the certificate's identity and issuer, exactly or by a regular expression. */
export const IDENTITY_OPTIONS: Options = {
  'certificate-identity': value,
  'certificate-identity-regexp': value,
  'certificate-oidc-issuer': value,
  'certificate-oidc-issuer-regexp': value
}

/** Who must have signed, and the build facts their certificate must carry. */
export const VERIFY_POLICY_OPTIONS: Options = optionsOf(IDENTITY_OPTIONS, {
  'predicate-type': value,
  repository: value,
  'signer-workflow': value,
  'source-ref': value,
  'deny-self-hosted-runners': toggle,
  owner: value,
  'signer-repo': value,
  'signer-digest': value,
  'source-digest': value,
  hostname: value
})

/** Images evaluated against admission-controller policy documents instead of the identity flags. */
export const ADMISSION_POLICY_OPTIONS: Options = { policy: value, 'no-match-policy': value, 'skip-unevaluable-policy': toggle }

/** The subjects and predicate of an attestation, and where it is attached. */
export const PREDICATE_OPTIONS: Options = {
  'subject-digest': value,
  'subject-name': value,
  'subject-checksums': value,
  'sbom-path': value,
  'predicate-type': value,
  predicate: value,
  'predicate-path': value,
  'max-predicate-size-mb': value,
  'push-to-registry': toggle,
  'attestation-format': value,
  'attach-sbom': toggle
}

/** GitHub's attestations API: the token (GITHUB_TOKEN when not given). */
export const GITHUB_TOKEN_OPTIONS: Options = { 'github-token': { kind: 'value', env: 'GITHUB_TOKEN' } }

/**
 * How results are reported. `--json` prints the action's `results` output;
 * `--show-summary` appends the action's job summary to $GITHUB_STEP_SUMMARY, so
 * it is off unless asked for (an action writes it by default).
 */
export const REPORT_OPTIONS: Options = { json: toggle, 'show-summary': { kind: 'switch', fallback: 'false' } }

/** Signed annotations (one key=value per repeat), on sign and verify alike. */
export const ANNOTATION_OPTIONS: Options = { annotations: list }

export const SIGN_OPTIONS = optionsOf(
  SUBJECT_OPTIONS,
  { 'signature-format': value, recursive: toggle },
  ANNOTATION_OPTIONS,
  REGISTRY_OPTIONS,
  SIGNING_OPTIONS,
  NETWORK_OPTIONS,
  REPORT_OPTIONS
)
export const VERIFY_OPTIONS = optionsOf(
  SUBJECT_OPTIONS,
  { 'local-image': value, 'bundle-path': value, 'signed-repository': value, 'subject-digest': list, platform: list },
  ANNOTATION_OPTIONS,
  REGISTRY_OPTIONS,
  VERIFY_POLICY_OPTIONS,
  ADMISSION_POLICY_OPTIONS,
  TRUST_OPTIONS,
  NETWORK_OPTIONS,
  REPORT_OPTIONS,
  GITHUB_TOKEN_OPTIONS,
  { limit: value }
)
export const ATTEST_OPTIONS = optionsOf(
  SUBJECT_OPTIONS,
  PREDICATE_OPTIONS,
  { 'statement-path': value, 'attestation-per-subject': toggle },
  REGISTRY_OPTIONS,
  SIGNING_OPTIONS,
  NETWORK_OPTIONS,
  REPORT_OPTIONS,
  GITHUB_TOKEN_OPTIONS,
  { 'upload-attestation': toggle, 'create-storage-record': toggle, 'subject-version': value }
)

export const SAVE_OPTIONS = optionsOf({ dir: value }, REGISTRY_OPTIONS, NETWORK_OPTIONS)
export const TRIANGULATE_OPTIONS = optionsOf({ type: value }, REGISTRY_OPTIONS, NETWORK_OPTIONS)
export const TREE_OPTIONS = optionsOf({ json: toggle }, REGISTRY_OPTIONS, NETWORK_OPTIONS)
export const DOWNLOAD_OPTIONS = optionsOf({ 'predicate-type': value, platform: value }, REGISTRY_OPTIONS, NETWORK_OPTIONS)
export const CLEAN_OPTIONS = optionsOf({ type: value, force: toggle }, REGISTRY_OPTIONS, NETWORK_OPTIONS)

export const GENERATE_KEY_PAIR_OPTIONS: Options = { 'output-key-prefix': value, force: toggle, kms: value }
export const IMPORT_KEY_PAIR_OPTIONS: Options = { 'output-key-prefix': value, force: toggle, key: value }

export const TRUSTED_ROOT_CREATE_OPTIONS = optionsOf(TRUST_FILE_OPTIONS, {
  'rekor-url': value,
  'fulcio-url': value,
  'tsa-url': value,
  'ct-log-url': value,
  out: value
})

/** The Sigstore conformance protocol's flags. */
const CONFORMANCE_OPTIONS: Options = { bundle: value, 'trusted-root': value, staging: toggle }
export const SIGN_BUNDLE_OPTIONS = optionsOf(CONFORMANCE_OPTIONS, { 'identity-token': value, 'signing-config': value, 'in-toto': toggle })
export const VERIFY_BUNDLE_OPTIONS = optionsOf(CONFORMANCE_OPTIONS, IDENTITY_OPTIONS, { key: value })

/**
 * `seal policy export`: verify's identity, policy and trust flags (the ones no
 * exported policy can carry are refused by name), plus the policy's own.
 */
export const POLICY_EXPORT_OPTIONS = optionsOf(VERIFY_POLICY_OPTIONS, TRUST_OPTIONS, {
  format: value,
  'image-glob': list,
  'signature-repository': value,
  name: value,
  mode: value,
  out: value
})
export const POLICY_CHECK_OPTIONS: Options = {}
