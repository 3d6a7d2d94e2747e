/**
 * Signed annotations: key/value pairs inside what was signed. cosign keeps
 * them in the simple-signing payload's `optional` map (legacy signatures)
 * and in the in-toto statement's subject `annotations` (bundles).
 */
import type { Bundle } from '@sigstore/bundle'

import { SealError } from '../util/errors.js'
import { IN_TOTO_PAYLOAD_TYPE } from '../formats/intoto.js'

/**
 * The annotations of the statement subject with this sha256 (hex), or of the
 * only subject when no digest is known. Undefined for a bundle that holds no
 * in-toto statement (a message signature carries no annotations).
 */
export function statementAnnotations(bundle: Bundle, sha256?: string): Record<string, string> | undefined {
  if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined
  let statement: { subject?: unknown }
  try {
    statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'))
  } catch {
    return undefined
  }
  const subjects = Array.isArray(statement?.subject) ? (statement.subject as { digest?: Record<string, unknown>; annotations?: unknown }[]) : []
  const subject = sha256
    ? subjects.find(s => typeof s?.digest?.sha256 === 'string' && (s.digest.sha256 as string).toLowerCase() === sha256.toLowerCase())
    : subjects.length === 1
      ? subjects[0]
      : undefined
  const a = subject?.annotations
  if (!a || typeof a !== 'object' || Array.isArray(a)) return {}
  return Object.fromEntries(Object.entries(a as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

/** Every wanted pair must be in the signed annotations with the same value. */
export function requireAnnotations(found: Record<string, string> | undefined, want: Readonly<Record<string, string>>): void {
  const keys = Object.keys(want)
  if (keys.length === 0) return
  if (!found) {
    throw new SealError('POLICY_MISMATCH', 'the signature carries no signed annotations (a message signature has none), but `annotations` asks for some.', {
      hint: 'Verify an image signature or an attestation, which carry annotations, or leave `annotations` empty.'
    })
  }
  const missing = keys.filter(k => found[k] !== want[k])
  if (missing.length) {
    const shown = missing.map(k => (k in found ? `${k}=${JSON.stringify(found[k])} (expected ${JSON.stringify(want[k])})` : `${k} missing`)).join(', ')
    throw new SealError('POLICY_MISMATCH', `annotation mismatch: ${shown}.`, {
      hint: 'Sign with these `annotations`, or fix the values `annotations` expects.'
    })
  }
}
