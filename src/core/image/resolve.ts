import { SealError } from '../util/errors.js'
import type { ManifestResult } from '../oci/client.js'
import type { OciReader } from '../oci/reader.js'
import { inRepository, parseImageReference, parseRepository, type ImageReference, type RepositoryRef } from '../oci/reference.js'
import { MANIFEST_MEDIA_TYPES, type Descriptor } from '../oci/types.js'

export interface ResolvedImage {
  /** The reference as the user wrote it. */
  given: string
  /** Pinned to the digest. */
  ref: ImageReference
  /** The image manifest (or index) as a descriptor: the subject of signatures. */
  descriptor: Descriptor
  /** Set when a tag was resolved: a digest, not the tag, is what gets signed or verified. */
  resolvedFromTag?: string
  /**
   * Where its signatures and attestations are written and read: `ref`
   * itself, or the same digest in the signature repository. Only the
   * storage moves: what is signed still names `ref`'s repository.
   */
  store: ImageReference
}

/** Where in the image's signature storage something is: `registry/repository` followed by `at` (`@digest`, `:tag`, or nothing). */
export function storedAt(image: ResolvedImage, at = ''): string {
  return `${image.store.registry}/${image.store.repository}${at}`
}

/**
 * The repository that holds signatures when it is not each image's own:
 * the `signature-repository` input, else the `COSIGN_REPOSITORY`
 * environment variable, as cosign reads it.
 */
export function signatureRepository(input: string | undefined, env: NodeJS.ProcessEnv): RepositoryRef | undefined {
  if (input) return parseRepository(input, 'signature-repository')
  const fromEnv = env.COSIGN_REPOSITORY?.trim()
  return fromEnv ? parseRepository(fromEnv, 'COSIGN_REPOSITORY') : undefined
}

/** A resolved image and the manifest (or index) it was resolved from. */
export interface ResolvedManifest {
  image: ResolvedImage
  manifest: ManifestResult
}

/**
 * Resolves an image reference to its manifest digest, media type and size.
 * A tag is looked up once; everything after that uses the digest, so a tag
 * moved meanwhile cannot change what is signed or verified.
 */
export async function resolveImage(client: OciReader, text: string, opts: ResolveOptions = {}): Promise<ResolvedImage> {
  return (await resolveManifest(client, text, opts)).image
}

export interface ResolveOptions {
  /** The input or flag the reference came from, for errors (default `image`). */
  input?: string
  /** Where the reader reads from, for errors, when it is not the registry (an OCI layout). */
  where?: string
  /** Where signatures are stored, when not in the image's own repository. */
  signatureRepository?: RepositoryRef
}

/**
 * `resolveImage`, keeping the manifest read. The descriptor comes from the
 * manifest's bytes, read with one GET (which takes the place of a HEAD): its
 * digest is the digest of those bytes (checked against the reference when it
 * names one), its size their length and its media type one of the manifest
 * and index types. What the registry only claims (a Content-Length, a
 * Content-Type) never reaches a descriptor that a signature's referrer will
 * name as its subject.
 */
export async function resolveManifest(client: OciReader, text: string, opts: ResolveOptions = {}): Promise<ResolvedManifest> {
  const { input = 'image', where, signatureRepository } = opts
  const ref = parseImageReference(text, input)
  const manifest = await client.getManifest(ref, ref.reference)
  if (!manifest) {
    throw new SealError('SUBJECT_NOT_FOUND', `\`${input}\`: ${text} was not found in ${where ?? ref.registry}.`, {
      hint: where
        ? `Save it there first with \`seal save ${text} --dir DIR\`, or name an image the directory holds.`
        : 'Check the repository, tag or digest, and that the credentials can read it.'
    })
  }
  if (ref.digest && manifest.digest !== ref.digest) {
    throw new SealError('REGISTRY_ERROR', `${where ?? ref.registry} answered for ${ref.digest} with the digest ${manifest.digest}.`)
  }
  if (!MANIFEST_MEDIA_TYPES.includes(manifest.mediaType)) {
    const shown = manifest.mediaType ? JSON.stringify(manifest.mediaType.slice(0, 100)) : 'no media type'
    throw new SealError(
      'REGISTRY_ERROR',
      `\`${input}\`: ${where ?? ref.registry} holds ${text} with ${shown}, which is not an image manifest or index media type.`,
      {
        hint: `Sign or verify an image: its manifest must be one of ${MANIFEST_MEDIA_TYPES.join(', ')}.`
      }
    )
  }
  const pinned = ref.withDigest(manifest.digest)
  return {
    image: {
      given: text,
      ref: pinned,
      descriptor: { mediaType: manifest.mediaType, size: manifest.bytes.length, digest: manifest.digest },
      resolvedFromTag: ref.digest ? undefined : ref.reference,
      store: signatureRepository ? inRepository(pinned, signatureRepository) : pinned
    },
    manifest
  }
}
