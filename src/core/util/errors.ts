/**
 * Typed errors. Every failure seal reports carries a stable code, a message that
 * names the input (or environment variable) to change, and an optional hint.
 * Messages never include secret values: callers pass names, not contents.
 */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'SUBJECT_NOT_FOUND'
  | 'BUNDLE_NOT_FOUND'
  | 'BUNDLE_MALFORMED'
  | 'TOKEN_MISSING'
  | 'TOKEN_INVALID'
  | 'TOKEN_REQUEST_FAILED'
  | 'FULCIO_ERROR'
  | 'REKOR_ERROR'
  | 'TSA_ERROR'
  | 'TRUST_ROOT_INVALID'
  | 'TRUST_ROOT_UNAVAILABLE'
  | 'DIGEST_MISMATCH'
  | 'SIGNATURE_INVALID'
  | 'CERTIFICATE_UNTRUSTED'
  | 'TLOG_INVALID'
  | 'TIMESTAMP_INVALID'
  | 'IDENTITY_MISMATCH'
  | 'ISSUER_MISMATCH'
  | 'POLICY_MISSING'
  | 'POLICY_MISMATCH'
  | 'PREDICATE_MISMATCH'
  | 'POLICY_INVALID'
  | 'POLICY_UNSUPPORTED'
  | 'KEY_INVALID'
  | 'IO_ERROR'
  | 'VERIFICATION_FAILED'
  | 'REGISTRY_ERROR'
  | 'REGISTRY_AUTH'
  | 'DOWNLOAD_FAILED'
  | 'CHECKSUM_MISSING'
  | 'GITHUB_API_ERROR'
  | 'GITHUB_AUTH'
  | 'KMS_ERROR'

export class SealError extends Error {
  readonly code: ErrorCode
  readonly hint?: string

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'SealError'
    this.code = code
    this.hint = options.hint
  }

  /** One line for logs: the message, then the hint when there is one. */
  describe(): string {
    if (!this.hint) return this.message
    return /[.!?:]$/.test(this.message) ? `${this.message} ${this.hint}` : `${this.message}. ${this.hint}`
  }
}

export function isSealError(err: unknown): err is SealError {
  return err instanceof SealError
}

/** The message of anything thrown, without its stack. */
export function messageOf(err: unknown): string {
  if (err instanceof SealError) return err.describe()
  if (err instanceof Error) return err.message
  return String(err)
}

/**
 * A reply that arrived whole but is not what was asked for (e.g. a timestamp
 * authority answering 200 with something that is not a timestamp of our
 * signature): retried like a reply that broke off.
 */
export class BrokenReplyError extends Error {
  override readonly name = 'BrokenReplyError'
}
