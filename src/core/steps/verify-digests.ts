/**
 * Digest-only verification: an artifact named by its digest (`subject-digest`,
 * or `seal verify sha256:…`) and its bundle, with the artifact itself nowhere
 * at hand. A message signature must sign that digest; an in-toto statement
 * must list it as a subject.
 */
import { readFile } from 'node:fs/promises'

import { SealError } from '../util/errors.js'
import { isDirectory } from '../util/fs.js'
import { parseDigest } from '../subjects/digest.js'
import { checkExpectations, parseBundle, type Expectations, type RootedVerifier } from '../verify/index.js'
import { failedRow, verifiedRow, type VerifiedSubject } from './context.js'

/** One row per digest, each verified against the bundle at `bundlePath` (a file). */
export async function verifyDigestRows(
  digests: readonly string[],
  bundlePath: string,
  expectations: Expectations,
  batch: Pick<RootedVerifier, 'verify'>
): Promise<VerifiedSubject[]> {
  if (await isDirectory(bundlePath)) {
    throw new SealError('INPUT_INVALID', `\`bundle-path\` (${bundlePath}) is a directory; \`subject-digest\` needs the bundle file itself.`, {
      hint: 'Point `bundle-path` at the <name>.sigstore.json bundle that signs or attests the digests.'
    })
  }
  let text: string
  try {
    text = await readFile(bundlePath, 'utf8')
  } catch {
    throw new SealError('BUNDLE_NOT_FOUND', `No bundle at ${bundlePath}.`, { hint: 'Point `bundle-path` at the bundle of the artifact the digest names.' })
  }
  const bundle = parseBundle(text, bundlePath)
  const rows: VerifiedSubject[] = []
  for (const subject of digests) {
    const d = parseDigest(subject)
    if (!d) throw new SealError('INPUT_INVALID', `\`subject-digest\`: "${subject.slice(0, 140)}" is not a digest.`)
    try {
      const result = await batch.verify(bundle, { digest: { algorithm: d.algorithm, value: d.digest } }, expectations.signer)
      const facts = checkExpectations(bundle, result, expectations)
      rows.push(verifiedRow(subject, bundlePath, result, facts))
    } catch (err) {
      rows.push(failedRow(subject, bundlePath, err))
    }
  }
  return rows
}
