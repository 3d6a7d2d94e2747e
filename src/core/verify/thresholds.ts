/**
 * The default number of trusted timestamps a signature needs, one rule for
 * every entry point (verify-action, `seal verify`, `seal verify-bundle`):
 * a Fulcio certificate lives minutes, so the signature needs a trusted time
 * inside its validity; a public key has no validity window, so key-based
 * verification needs none.
 */
export function defaultTimestampThreshold(keyBased: boolean): number {
  return keyBased ? 0 : 1
}
