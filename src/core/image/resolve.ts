import { SealError } from '../errors.js'
import type { OciReader } from '../oci/reader.js'
import { parseImageReference, type ImageReference } from '../oci/reference.js'
import type { Descriptor } from '../oci/types.js'

export interface ResolvedImage {
  /** The reference as the user wrote it. */
  given: string
  /** Pinned to the digest. */
  ref: ImageReference
  /** The image manifest (or index) as a descriptor: the subject of signatures. */
  descriptor: Descriptor
  /** Set when a tag was resolved: a digest, not the tag, is what gets signed or verified. */
  resolvedFromTag?: string
}

/**
 * Resolves an image reference to its manifest digest, media type and size.
 * A tag is looked up once; everything after that uses the digest, so a tag
 * moved meanwhile cannot change what is signed or verified.
 */
export async function resolveImage(client: OciReader, text: string, input = 'image', where?: string): Promise<ResolvedImage> {
  const ref = parseImageReference(text, input)
  const head = await client.head(ref, ref.reference)
  if (!head) {
    throw new SealError('SUBJECT_NOT_FOUND', `\`${input}\`: ${text} was not found in ${where ?? ref.registry}.`, {
      hint: where
        ? `Save it there first with \`seal save ${text} --dir DIR\`, or name an image the directory holds.`
        : 'Check the repository, tag or digest, and that the credentials can read it.'
    })
  }
  if (ref.digest && head.digest !== ref.digest) {
    throw new SealError('REGISTRY_ERROR', `${ref.registry} answered for ${ref.digest} with the digest ${head.digest}.`)
  }
  return {
    given: text,
    ref: ref.withDigest(head.digest),
    descriptor: { mediaType: head.mediaType, size: head.size, digest: head.digest },
    resolvedFromTag: ref.digest ? undefined : ref.reference
  }
}
