/** Reading bundle JSON: the media types seal accepts and the library's parser, with errors that name the bundle. */
import { bundleFromJSON } from '@sigstore/bundle'
import type { Bundle } from '@sigstore/bundle'

import { SealError } from '../util/errors.js'

const BUNDLE_MEDIA_TYPES = new Set([
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json'
])

/**
 * Parses bundle JSON. Bundles v0.1 to v0.3 are accepted (v0.1 bundles, as found
 * in older npm provenance, carry an inclusion promise instead of a proof and
 * still verify). `source` names the bundle (a path or an input) in errors.
 */
export function parseBundle(json: string, source: string): Bundle {
  let obj: unknown
  try {
    obj = JSON.parse(json)
  } catch (err) {
    throw new SealError('BUNDLE_MALFORMED', `${source} is not valid JSON (truncated or corrupted?): ${(err as Error).message}`, {
      cause: err
    })
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new SealError('BUNDLE_MALFORMED', `${source} is not a Sigstore bundle: expected a JSON object`)
  }
  const mediaType = (obj as { mediaType?: unknown }).mediaType
  if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType)) {
    throw new SealError(
      'BUNDLE_MALFORMED',
      `${source} is not a supported Sigstore bundle: mediaType ${mediaType === undefined ? 'is missing' : JSON.stringify(mediaType)}`,
      { hint: 'seal reads Sigstore bundles v0.1 to v0.3 (application/vnd.dev.sigstore.bundle…).' }
    )
  }
  try {
    return bundleFromJSON(obj)
  } catch (err) {
    const fields = (err as { fields?: unknown }).fields
    const detail = Array.isArray(fields) && fields.length > 0 ? `invalid ${fields.join(', ')}` : (err as Error).message
    throw new SealError('BUNDLE_MALFORMED', `${source} is not a valid Sigstore bundle: ${detail}`, { cause: err })
  }
}
