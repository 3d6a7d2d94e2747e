import { SealError } from '../util/errors.js'
import { goJSON, sortedMap } from './gojson.js'

export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

export interface SimpleSigningClaim {
  dockerReference: string
  manifestDigest: string
  annotations?: Record<string, string>
}

/**
 * The payload cosign signs for an image (the "simple signing" format), byte
 * for byte as cosign writes it: `optional` is null without annotations.
 */
export function simpleSigningPayload(claim: SimpleSigningClaim): Buffer {
  const optional = claim.annotations && Object.keys(claim.annotations).length ? sortedMap(claim.annotations) : null
  return Buffer.from(
    goJSON({
      critical: {
        identity: { 'docker-reference': claim.dockerReference },
        image: { 'docker-manifest-digest': claim.manifestDigest },
        type: SIMPLE_SIGNING_TYPE
      },
      optional
    })
  )
}

/** Reads a simple-signing payload; rejects anything that is not one. */
export function parseSimpleSigning(payload: Buffer): SimpleSigningClaim {
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch {
    throw new SealError('SIGNATURE_INVALID', 'the signature payload is not JSON')
  }
  const critical = (json as { critical?: Record<string, unknown> } | null)?.critical
  const type = critical?.type
  if (type !== SIMPLE_SIGNING_TYPE) {
    throw new SealError('SIGNATURE_INVALID', `the signature payload is not a cosign image signature (type ${JSON.stringify(type)})`)
  }
  const digest = (critical?.image as Record<string, unknown> | undefined)?.['docker-manifest-digest']
  const reference = (critical?.identity as Record<string, unknown> | undefined)?.['docker-reference']
  if (typeof digest !== 'string' || typeof reference !== 'string') {
    throw new SealError('SIGNATURE_INVALID', 'the signature payload lacks the image digest or docker-reference')
  }
  const optional = (json as { optional?: unknown }).optional
  const annotations =
    optional && typeof optional === 'object'
      ? Object.fromEntries(Object.entries(optional as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : undefined
  return { dockerReference: reference, manifestDigest: digest, annotations }
}
