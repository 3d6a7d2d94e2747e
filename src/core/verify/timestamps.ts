/**
 * RFC 3161 timestamps counted against the threshold, as sigstore-go and
 * sigstore-python count them: every token that verifies counts, and one that
 * does not (an unknown authority, a bad signature, an imprint over something
 * else) is set aside, not fatal. The threshold is the guarantee: a bundle
 * with too few verified timestamps still fails, and the certificate must be
 * valid at every counted one. Tokens set aside are reported, so the summary
 * can say which were not counted.
 */
import type { RFC3161Timestamp } from '@sigstore/core'

/**
 * Runs `check` (which throws when the token does not verify). True when the
 * token counts; otherwise false, with a line saying which token was left out
 * appended to `uncounted`. `index` is the token's position among the bundle's
 * RFC 3161 timestamps (`timestampVerificationData.rfc3161Timestamps`).
 */
export function countTimestamp(check: () => void, token: RFC3161Timestamp, index: number, uncounted: string[]): boolean {
  try {
    check()
    return true
  } catch (err) {
    uncounted.push(`RFC 3161 timestamp ${index + 1} (${describeToken(token)}): ${err instanceof Error ? err.message : String(err)}`)
    return false
  }
}

function describeToken(token: RFC3161Timestamp): string {
  try {
    return `signed at ${token.signingTime.toISOString()}`
  } catch {
    return 'signing time unreadable'
  }
}
