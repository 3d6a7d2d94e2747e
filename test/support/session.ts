import { SigningSession, type ServiceOptions } from '../../src/core/sign/session.js'
import type { RunnerClaims, SigstoreStack } from './stack/index.js'

/**
 * A keyless signing session against a local stack: its Fulcio, Rekor and TSA,
 * and tokens for `claims`. `overrides` changes any service option.
 */
export function stackSession(stack: SigstoreStack, overrides: Partial<ServiceOptions> = {}, claims?: RunnerClaims): SigningSession {
  return new SigningSession({
    fulcioURL: stack.fulcioURL,
    rekorURL: stack.rekorURL,
    tsaURL: stack.tsaURL,
    tlogUpload: true,
    timeoutMs: 10_000,
    retries: 0,
    ...overrides,
    getToken: async () => stack.issueToken(claims)
  })
}
