/**
 * The `docker-reference` a simple-signing payload names, and when it matters.
 *
 * cosign signs `critical.identity.docker-reference` but does not match it at
 * verification: the signature is bound to the image by its manifest digest,
 * and an image copied with its `.sig` to a mirror (another registry or
 * repository) keeps verifying there. containers/image (podman, skopeo) writes
 * `repo:tag` or `repo@digest` into the field and, by default, compares the
 * repository part only. seal does as cosign does unless the verification asks
 * for a repository (`signed-repository`): the payload's reference must then
 * name that repository, whatever tag or digest follows it.
 */
import { SealError } from '../util/errors.js'
import { cosignRepositoryName, parseImageReference, type RepositoryRef } from '../oci/reference.js'

/**
 * Throws DIGEST_MISMATCH unless `dockerReference` (from a verified payload)
 * names the repository `expected`; with no expectation nothing is checked.
 */
export function checkSignedRepository(dockerReference: string, expected: RepositoryRef | undefined): void {
  if (!expected) return
  const wanted = cosignRepositoryName(expected)
  let signed: RepositoryRef | undefined
  try {
    signed = parseImageReference(dockerReference, 'docker-reference')
  } catch {
    signed = undefined
  }
  if (signed && signed.registry === expected.registry && signed.repository === expected.repository) return
  throw new SealError(
    'DIGEST_MISMATCH',
    `the signature names the repository ${JSON.stringify(dockerReference)} in its payload, not ${wanted} (\`signed-repository\`)`,
    { hint: 'Set `signed-repository` to the repository the image was signed in (for a mirrored image, the original one), or leave it empty to accept any.' }
  )
}
