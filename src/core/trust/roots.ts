/**
 * Trusted-root files holding several roots, one JSON document a line, as
 * `gh attestation trusted-root` prints them (public-good first, GitHub's
 * second). Each root is checked on its own and keeps its own trust material,
 * so a bundle is verified against the root of the deployment that signed it.
 */
import type { TrustedRoot } from '@sigstore/protobuf-specs'

import { SealError } from '../util/errors.js'
import { jsonLines } from '../util/jsonl.js'
import { withMaterial, type LoadedTrust } from './material.js'
import { parseTrustedRoot } from './trusted-root.js'

/** The roots in `text`: one JSON document (pretty-printed or not), or JSON Lines. */
export function parseTrustedRoots(text: string, what: string): TrustedRoot[] {
  const lines = jsonLines(text)
  if (!lines) return [parseTrustedRoot(text, what)]
  return lines.map((line, i) => parseTrustedRoot(line, `${what}, line ${i + 1} of ${lines.length}`))
}

/** Several roots as one LoadedTrust: the first root's material, with every root in `roots`. */
export function withRoots(roots: TrustedRoot[], source: string): LoadedTrust {
  if (roots.length === 0) throw new SealError('TRUST_ROOT_INVALID', `${source} holds no trusted root`)
  if (roots.length === 1) return withMaterial(roots[0], source)
  const loaded = roots.map((root, i) => withMaterial(root, `${source}, root ${i + 1}`))
  return { ...loaded[0], source: `${source} (${roots.length} roots)`, roots: loaded }
}
