import { SealError } from '../util/errors.js'
import { parseRepository } from '../oci/reference.js'
import { splitList } from '../subjects/files.js'
import { defaultTimestampThreshold } from '../verify/thresholds.js'
import { readPolicyInputs, type PolicyInputs } from './policy.js'
import { checkSubjectVersion, MAX_LIMIT, type AttestGitHubInputs, type VerifyGitHubInputs } from './github.js'
import { isKmsReference } from '../keys/kms/reference.js'
import {
  readImageSignOptions,
  readImageVerifyOptions,
  readStatementOptions,
  type ImageSignOptions,
  type ImageVerifyOptions,
  type StatementOptions
} from './image.js'
import { readGitHubPolicyInputs, type GitHubPolicyInputs } from './github-policy.js'
import { defaultIssuer } from '../github/host.js'

/** Reads one input by its action.yml name; '' when unset. */
export type InputGetter = (name: string) => string

export const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev'
export const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev'
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

export function readBoolean(get: InputGetter, name: string, fallback: boolean): boolean {
  const raw = get(name).trim().toLowerCase()
  if (raw === '') return fallback
  if (['true', 'yes', '1', 'on'].includes(raw)) return true
  if (['false', 'no', '0', 'off'].includes(raw)) return false
  throw new SealError('INPUT_INVALID', `\`${name}\` must be true or false, got "${get(name)}".`)
}

export function readInteger(get: InputGetter, name: string, fallback: number, min: number, max: number): number {
  const raw = get(name).trim()
  if (raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SealError('INPUT_INVALID', `\`${name}\` must be a whole number from ${min} to ${max}, got "${raw}".`)
  }
  return n
}

export function readOptional(get: InputGetter, name: string): string | undefined {
  const v = get(name).trim()
  return v === '' ? undefined : v
}

export interface NetworkInputs {
  timeoutMs: number
  retries: number
}

export function readNetworkInputs(get: InputGetter): NetworkInputs {
  return {
    timeoutMs: readInteger(get, 'timeout', 30, 1, 3600) * 1000,
    retries: readInteger(get, 'retries', 3, 0, 10)
  }
}

export type SigstoreInstance = 'public-good' | 'github'

/** Where and how to sign: shared by sign-action and attest-action. */
export interface SigningInputs extends NetworkInputs {
  identityToken?: string
  audience: string
  /** A private key (PEM, cosign's encrypted format or unencrypted PKCS#8/SEC1/PKCS#1) for key-based signing. */
  key?: string
  keyPassword?: string
  /** Which Sigstore instance the defaults point at; `auto` chooses from the repository's visibility (see sign/instance.ts). */
  sigstore: SigstoreInstance | 'auto'
  /** A Sigstore SigningConfig file naming the services (explicit URL inputs win). */
  signingConfig?: string
  /** A private TUF repository whose signing config names the services, and its initial root.json. */
  tufMirror?: string
  tufRoot?: string
  /** Explicit service URLs; unset ones come from the signing config or the instance. */
  fulcioURL?: string
  rekorURL?: string
  tsaURL?: string
  /** Unset: true for public-good, false for GitHub's instance (it has no Rekor). */
  tlogUpload?: boolean
  bundleDir?: string
  showSummary: boolean
}

/** The inputs of a signing step that hold secrets: masked and kept out of messages as soon as they are read. */
export function signingSecrets(inputs: SigningInputs & RegistryInputs): (string | undefined)[] {
  // A key-service reference names a key, it holds none: it stays readable in messages.
  return [inputs.identityToken, isKmsReference(inputs.key) ? undefined : inputs.key, inputs.keyPassword, inputs.registryPassword]
}

export function readSigningInputs(get: InputGetter): SigningInputs {
  const sigstore = readOptional(get, 'sigstore') ?? 'auto'
  if (sigstore !== 'auto' && sigstore !== 'public-good' && sigstore !== 'github') {
    throw new SealError('INPUT_INVALID', `\`sigstore\` must be auto, public-good or github, got "${sigstore}".`)
  }
  const tlog = get('tlog-upload').trim()
  return {
    identityToken: readOptional(get, 'identity-token'),
    audience: readOptional(get, 'oidc-audience') ?? 'sigstore',
    key: readOptional(get, 'key'),
    keyPassword: get('key-password'),
    sigstore,
    signingConfig: readOptional(get, 'signing-config'),
    tufMirror: readOptional(get, 'tuf-mirror'),
    tufRoot: readOptional(get, 'tuf-root'),
    fulcioURL: readOptional(get, 'fulcio-url'),
    rekorURL: readOptional(get, 'rekor-url'),
    tsaURL: readOptional(get, 'tsa-url'),
    tlogUpload: tlog === '' ? undefined : readBoolean(get, 'tlog-upload', true),
    bundleDir: readOptional(get, 'bundle-dir'),
    showSummary: readBoolean(get, 'show-summary', true),
    ...readNetworkInputs(get)
  }
}

export interface RegistryInputs {
  registryUsername?: string
  registryPassword?: string
  /** registry/repository that holds signatures and attestations instead of each image's own repository. */
  signatureRepository?: string
}

export function readRegistryInputs(get: InputGetter): RegistryInputs {
  const registryUsername = readOptional(get, 'registry-username')
  const registryPassword = readOptional(get, 'registry-password')
  if (!!registryUsername !== !!registryPassword) {
    throw new SealError('INPUT_INVALID', 'Set both `registry-username` and `registry-password`, or neither (then ~/.docker/config.json is used).')
  }
  const signatureRepository = readOptional(get, 'signature-repository')
  // Checked here so a typo fails before anything is resolved; the step parses it again (with COSIGN_REPOSITORY as its fallback).
  if (signatureRepository) parseRepository(signatureRepository, 'signature-repository')
  return { registryUsername, registryPassword, signatureRepository }
}

/** Image references, one per line (commas are not separators: they never occur in a reference). */
export function readImages(get: InputGetter): string[] {
  return get('image')
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
}

export type SignatureFormat = 'bundle' | 'legacy' | 'both'

export interface SignInputs extends SigningInputs, RegistryInputs, ImageSignOptions {
  subjectPatterns: string[]
  images: string[]
  signatureFormat: SignatureFormat
}

export function readSignInputs(get: InputGetter): SignInputs {
  const subjectPatterns = splitList(get('subject-path'))
  const images = readImages(get)
  if (subjectPatterns.length === 0 && images.length === 0) {
    throw new SealError(
      'INPUT_INVALID',
      'Give `subject-path` (files to sign, as globs separated by newlines or commas) or `image` (image references, one per line).'
    )
  }
  const format = readOptional(get, 'signature-format') ?? 'both'
  if (format !== 'bundle' && format !== 'legacy' && format !== 'both') {
    throw new SealError('INPUT_INVALID', `\`signature-format\` must be bundle, legacy or both, got "${format}".`)
  }
  return {
    subjectPatterns,
    images,
    signatureFormat: format,
    ...readImageSignOptions(get, images, readBoolean(get, 'recursive', false)),
    ...readRegistryInputs(get),
    ...readSigningInputs(get)
  }
}

export interface AttestInputs extends SigningInputs, RegistryInputs, AttestGitHubInputs, StatementOptions {
  subjectPatterns: string[]
  images: string[]
  pushToRegistry: boolean
  attestationFormat: SignatureFormat
  attachSbom: boolean
  subjectDigest?: string
  subjectName?: string
  subjectChecksums?: string
  sbomPath?: string
  predicateType?: string
  predicate?: string
  predicatePath?: string
  /** Largest predicate or SBOM accepted, in bytes. */
  maxPredicateBytes: number
}

export function readAttestInputs(get: InputGetter): AttestInputs {
  const attestationFormat = readOptional(get, 'attestation-format') ?? 'bundle'
  if (attestationFormat !== 'bundle' && attestationFormat !== 'legacy' && attestationFormat !== 'both') {
    throw new SealError('INPUT_INVALID', `\`attestation-format\` must be bundle, legacy or both, got "${attestationFormat}".`)
  }
  const inputs: AttestInputs = {
    subjectPatterns: splitList(get('subject-path')),
    images: readImages(get),
    pushToRegistry: readBoolean(get, 'push-to-registry', false),
    attestationFormat,
    attachSbom: readBoolean(get, 'attach-sbom', false),
    ...readRegistryInputs(get),
    subjectDigest: readOptional(get, 'subject-digest'),
    subjectName: readOptional(get, 'subject-name'),
    subjectChecksums: readOptional(get, 'subject-checksums'),
    sbomPath: readOptional(get, 'sbom-path'),
    predicateType: readOptional(get, 'predicate-type'),
    predicate: readOptional(get, 'predicate'),
    predicatePath: readOptional(get, 'predicate-path'),
    maxPredicateBytes: readInteger(get, 'max-predicate-size-mb', 256, 1, 4096) * 1024 * 1024,
    ...readStatementOptions(get, readBoolean(get, 'attestation-per-subject', false)),
    ...readSigningInputs(get),
    ...readAttestGitHubInputs(get)
  }
  if (!inputs.subjectPatterns.length && !inputs.subjectDigest && !inputs.subjectChecksums && !inputs.images.length && !inputs.statementPath) {
    throw new SealError(
      'INPUT_INVALID',
      'Name what to attest: `subject-path`, `subject-digest` with `subject-name`, `subject-checksums`, `image`, or a whole statement in `statement-path`.'
    )
  }
  if (inputs.pushToRegistry && !inputs.images.length) {
    throw new SealError('INPUT_INVALID', '`push-to-registry` attaches the attestation to images: set `image`.')
  }
  if (inputs.attachSbom && (!inputs.sbomPath || !inputs.pushToRegistry)) {
    throw new SealError('INPUT_INVALID', '`attach-sbom` attaches the SBOM of `sbom-path` to the images: set `sbom-path` and `push-to-registry: true`.')
  }
  if (inputs.subjectDigest && !inputs.subjectName) {
    throw new SealError('INPUT_INVALID', '`subject-digest` needs `subject-name`: the name the statement gives the subject.')
  }
  if (inputs.sbomPath && (inputs.predicateType || inputs.predicate || inputs.predicatePath)) {
    throw new SealError('INPUT_INVALID', '`sbom-path` sets the predicate itself: leave `predicate-type`, `predicate` and `predicate-path` empty.')
  }
  if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
    throw new SealError('INPUT_INVALID', '`predicate` and `predicate-path` need `predicate-type` (a URI naming the predicate).')
  }
  if (inputs.predicate && inputs.predicatePath) {
    throw new SealError('INPUT_INVALID', 'Set either `predicate` or `predicate-path`, not both.')
  }
  if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
    throw new SealError('INPUT_INVALID', '`predicate-type` needs the predicate: set `predicate` (JSON) or `predicate-path` (a file).')
  }
  return inputs
}

/** `signed-repository`: checked now, so a typo fails before any image is read; it applies to images only. */
function readSignedRepository(get: InputGetter, images: boolean): string | undefined {
  const repo = readOptional(get, 'signed-repository')
  if (!repo) return undefined
  if (!images) throw new SealError('INPUT_INVALID', '`signed-repository` checks image signatures: set `image` or `local-image`.')
  parseRepository(repo, 'signed-repository')
  return repo
}

/** Key, trust material and thresholds of verify-action. */
function readVerifyTrust(get: InputGetter, issuerGiven: boolean) {
  const key = readOptional(get, 'key')
  if (key && (readOptional(get, 'certificate-identity') || readOptional(get, 'certificate-identity-regexp') || issuerGiven)) {
    throw new SealError(
      'INPUT_INVALID',
      '`key` verifies key-based signatures: leave `certificate-identity`, `certificate-identity-regexp` and the issuer inputs empty.'
    )
  }
  const sigstore = readOptional(get, 'sigstore') ?? 'public-good'
  if (sigstore !== 'public-good' && sigstore !== 'github') {
    throw new SealError('INPUT_INVALID', `\`sigstore\` must be public-good or github, got "${sigstore}".`)
  }
  const insecureIgnoreTlog = readBoolean(get, 'insecure-ignore-tlog', false)
  // GitHub's instance has no Rekor: its bundles carry a timestamp instead.
  const defaultTlog = insecureIgnoreTlog || sigstore === 'github' ? 0 : 1
  const tlogThreshold = readInteger(get, 'tlog-threshold', defaultTlog, 0, 10)
  if (insecureIgnoreTlog && tlogThreshold > 0) {
    throw new SealError('INPUT_INVALID', '`insecure-ignore-tlog: true` contradicts a `tlog-threshold` above 0.')
  }
  return {
    key,
    fulcioRoot: readOptional(get, 'fulcio-root'),
    rekorPublicKey: readOptional(get, 'rekor-public-key'),
    ctLogPublicKey: readOptional(get, 'ct-log-public-key'),
    tsaCertChain: readOptional(get, 'tsa-cert-chain'),
    rekorURL: readOptional(get, 'rekor-url'),
    tufMirror: readOptional(get, 'tuf-mirror'),
    tufRoot: readOptional(get, 'tuf-root'),
    sigstore: sigstore as SigstoreInstance,
    tlogThreshold,
    tlogThresholdGiven: insecureIgnoreTlog || get('tlog-threshold').trim() !== '',
    // With a key there is no certificate whose validity needs a trusted time.
    timestampThreshold: readInteger(get, 'timestamp-threshold', defaultTimestampThreshold(!!key), 0, 10),
    insecureIgnoreTlog
  }
}

export interface VerifyInputs extends RegistryInputs, NetworkInputs, PolicyInputs, VerifyGitHubInputs, ImageVerifyOptions, GitHubPolicyInputs {
  subjectPatterns: string[]
  images: string[]
  /** An OCI image layout (from `seal save`) to verify images from, with no registry. */
  localImage?: string
  bundlePath?: string
  certificateIdentity?: string
  certificateIdentityRegExp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegExp?: string
  trustedRootPath?: string
  offline: boolean
  showSummary: boolean
  /** Verify attestations of this predicate type instead of signatures. */
  predicateType?: string
  /** Images: the repository (registry/repository) a cosign signature's payload must name; empty: not checked. */
  signedRepository?: string
  /** A public key (PEM or its base64 body) to verify key-based signatures with, instead of an identity. */
  key?: string
  /** Trust material of a private deployment as PEM files, and its Rekor URL. */
  fulcioRoot?: string
  rekorPublicKey?: string
  ctLogPublicKey?: string
  tsaCertChain?: string
  rekorURL?: string
  /** A private TUF repository and its initial root.json. */
  tufMirror?: string
  tufRoot?: string
  sigstore: SigstoreInstance
  /** How many transparency-log entries and trusted timestamps a signature needs. */
  tlogThreshold: number
  /** Whether `tlog-threshold` (or `insecure-ignore-tlog`) was set: otherwise each trusted root gets its own default. */
  tlogThresholdGiven?: boolean
  timestampThreshold: number
  insecureIgnoreTlog: boolean
  /** Build facts the signing certificate must carry. */
  repository?: string
  signerWorkflow?: string
  sourceRef?: string
  denySelfHostedRunners: boolean
}

export function readVerifyInputs(get: InputGetter): VerifyInputs {
  const subjectPatterns = splitList(get('subject-path'))
  const images = readImages(get)
  const localImage = readOptional(get, 'local-image')
  const imageOptions = readImageVerifyOptions(get, !!readOptional(get, 'bundle-path'))
  if (subjectPatterns.length === 0 && images.length === 0 && !localImage && imageOptions.subjectDigests.length === 0) {
    throw new SealError(
      'INPUT_INVALID',
      'Give `subject-path` (files to verify, as globs separated by newlines or commas), `image` (image references, one per line), `local-image` (a directory written by `seal save`) or `subject-digest` (digests, with `bundle-path`).'
    )
  }
  const registry = readRegistryInputs(get)
  if (localImage && registry.signatureRepository) {
    // Ignoring it would verify something other than what the input asks for; the layout already holds what `seal save` copied.
    throw new SealError('INPUT_INVALID', '`signature-repository` applies to images read from a registry, not to `local-image`.', {
      hint: "Pass it to `seal save --signature-repository`: the layout then holds those signatures as the image's own."
    })
  }
  const issuerRegExp = readOptional(get, 'certificate-oidc-issuer-regexp')
  const issuer = readOptional(get, 'certificate-oidc-issuer')
  const github = readGitHubPolicyInputs(get)
  if (issuer && issuerRegExp) {
    throw new SealError('INPUT_INVALID', 'Set either `certificate-oidc-issuer` or `certificate-oidc-issuer-regexp`, not both.')
  }
  return {
    subjectPatterns,
    images,
    localImage,
    ...registry,
    ...imageOptions,
    ...readNetworkInputs(get),
    bundlePath: readOptional(get, 'bundle-path'),
    certificateIdentity: readOptional(get, 'certificate-identity'),
    certificateIdentityRegExp: readOptional(get, 'certificate-identity-regexp'),
    // The issuer defaults to GitHub Actions unless a regexp replaces it.
    certificateOidcIssuer: issuer ?? (issuerRegExp ? undefined : defaultIssuer(github.hostname)),
    certificateOidcIssuerRegExp: issuerRegExp,
    trustedRootPath: readOptional(get, 'trusted-root'),
    offline: readBoolean(get, 'offline', false),
    showSummary: readBoolean(get, 'show-summary', true),
    predicateType: readOptional(get, 'predicate-type'),
    signedRepository: readSignedRepository(get, images.length > 0 || !!localImage),
    ...readVerifyTrust(get, issuer !== undefined || issuerRegExp !== undefined),
    repository: readOptional(get, 'repository'),
    signerWorkflow: readOptional(get, 'signer-workflow'),
    sourceRef: readOptional(get, 'source-ref'),
    denySelfHostedRunners: readBoolean(get, 'deny-self-hosted-runners', false),
    ...github,
    ...readPolicyInputs(get),
    ...readVerifyGitHubInputs(get)
  }
}

/** The attestations API inputs of attest-action (checked in ./github.ts). */
function readAttestGitHubInputs(get: InputGetter): AttestGitHubInputs {
  return {
    githubToken: readOptional(get, 'github-token'),
    uploadAttestation: readBoolean(get, 'upload-attestation', true),
    createStorageRecord: readBoolean(get, 'create-storage-record', true),
    subjectVersion: checkSubjectVersion(readOptional(get, 'subject-version'))
  }
}

/** The attestations API inputs of verify-action. */
function readVerifyGitHubInputs(get: InputGetter): VerifyGitHubInputs {
  return { githubToken: readOptional(get, 'github-token'), limit: readInteger(get, 'limit', 30, 1, MAX_LIMIT) }
}
