/**
 * Inputs of GitHub's attestations API: the token, whether attest-action
 * stores its attestation (and a storage record for pushed images), and how
 * many attestations verify-action fetches. Pure checks; read.ts reads them.
 */
import { SealError } from '../util/errors.js'

/** attest-action: store the attestation through the attestations API of the repository the workflow runs in. */
export interface AttestGitHubInputs {
  /** Empty: nothing is stored (the CLI outside GitHub Actions), and the log says so. Masked. */
  githubToken?: string
  /** `upload-attestation`: false keeps the attestation off GitHub. */
  uploadAttestation: boolean
  /** `create-storage-record`: an artifact metadata storage record for each image pushed (organisation repositories only). */
  createStorageRecord: boolean
  /** `subject-version`: the version a storage record names. */
  subjectVersion?: string
}

/** verify-action: where a subject has no bundle file, its attestations are looked up by digest. */
export interface VerifyGitHubInputs {
  /** Sent to the attestations API only (never to the `bundle_url` blob storage). Masked. */
  githubToken?: string
  /** How many attestations to fetch per subject (1–1000). */
  limit: number
}

/** The most attestations fetched for one subject, as `gh attestation verify --limit`. */
export const MAX_LIMIT = 1000

/** A `subject-version` as GitHub's storage records take it: 1 to 100 characters. */
export function checkSubjectVersion(value: string | undefined): string | undefined {
  if (value !== undefined && value.length > 100) {
    throw new SealError('INPUT_INVALID', `\`subject-version\` must be at most 100 characters, got ${value.length}.`)
  }
  return value
}
