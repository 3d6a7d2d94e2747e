/** The public-good trusted root embedded in seal, for `offline` without a mirror. */
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }

import { SealError } from '../util/errors.js'
import { parseTrustedRoot } from './trusted-root.js'
import { PUBLIC_GOOD_TUF_URL } from './tuf.js'

/** The public-good trusted_root.json shipped in @sigstore/tuf's seeds. */
export function embeddedTrustedRoot(): TrustedRoot {
  const seed = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF_URL]
  const encoded = seed?.targets?.['trusted_root.json']
  if (!encoded) {
    throw new SealError('TRUST_ROOT_UNAVAILABLE', 'the embedded public-good trusted root is missing from @sigstore/tuf', {
      hint: 'Set `trusted-root` to a trusted_root.json file.'
    })
  }
  return parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8'), 'the embedded public-good trusted root')
}
