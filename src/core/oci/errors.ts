import { SealError, type ErrorCode } from '../util/errors.js'

/** The hint for every registry authentication failure: the inputs that carry credentials. */
export const CREDENTIALS_HINT =
  'The username and password (or token) must grant access to the repository; ' +
  'they come from the `registry-username` and `registry-password` inputs, else from `docker login`.'

/**
 * A registry request that failed. `status` is the HTTP status (absent for
 * network errors and timeouts); `method` and `path` name the request.
 */
export class RegistryError extends SealError {
  readonly registry: string
  readonly method?: string
  readonly path?: string
  readonly status?: number
  /** The distribution error codes of the response body (e.g. MANIFEST_BLOB_UNKNOWN). */
  readonly codes: readonly string[]

  constructor(
    code: Extract<ErrorCode, 'REGISTRY_ERROR' | 'REGISTRY_AUTH' | 'DIGEST_MISMATCH'>,
    message: string,
    details: { registry: string; method?: string; path?: string; status?: number; codes?: string[]; hint?: string; cause?: unknown }
  ) {
    super(code, message, { hint: details.hint, cause: details.cause })
    this.name = 'RegistryError'
    this.registry = details.registry
    this.method = details.method
    this.path = details.path
    this.status = details.status
    this.codes = details.codes ?? []
  }
}
