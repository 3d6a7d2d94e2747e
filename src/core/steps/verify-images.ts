import { resolve } from 'node:path'

import { SealError } from '../util/errors.js'
import type { Expectations, RootedVerifier } from '../verify/index.js'
import type { VerifyInputs } from '../inputs/read.js'
import type { OciReader } from '../oci/reader.js'
import type { RepositoryRef } from '../oci/reference.js'
import { failedRow, type StepContext, type VerifiedSubject } from './context.js'
import type { LoadedTrust } from '../trust/index.js'
import { registryClient } from '../image/registry.js'
import { LayoutReader } from '../image/layout.js'
import { selectPlatforms } from '../image/platforms.js'
import { resolveImage, signatureRepository, type ResolvedImage } from '../image/resolve.js'
import { describeImageFailure, verifyImage } from '../image/verify-image.js'

/** Where images are read from: the registry, or an OCI layout saved earlier (no network at all). */
export interface ImageSource {
  reader: OciReader
  images: string[]
  /** For messages: the layout directory, when images come from one. */
  where?: string
  /** Where the registry holds signatures, when not in each image's repository (a layout holds them with the image). */
  signatureRepository?: RepositoryRef
}

export async function imageSource(inputs: VerifyInputs, ctx: StepContext): Promise<ImageSource> {
  if (!inputs.localImage) {
    return {
      reader: registryClient(inputs, ctx.env, ctx.onSecret),
      images: inputs.images,
      signatureRepository: signatureRepository(inputs.signatureRepository, ctx.env)
    }
  }
  const layout = await LayoutReader.open(resolve(ctx.cwd, inputs.localImage))
  const images = inputs.images.length ? inputs.images : layout.images()
  if (images.length === 0) {
    throw new SealError('INPUT_INVALID', `\`local-image\`: ${inputs.localImage} holds no image saved by \`seal save\`.`)
  }
  return { reader: layout, images, where: `the OCI layout ${inputs.localImage}` }
}

/**
 * Resolves an image of the source to its digest; a tag gets a warning naming
 * the digest it stood for now (`what` is what was done with it: "verified",
 * "evaluated").
 */
export async function resolveSourceImage(source: ImageSource, text: string, ctx: StepContext, what: string): Promise<ResolvedImage> {
  const image = await resolveImage(source.reader, text, { where: source.where, signatureRepository: source.signatureRepository })
  if (image.resolvedFromTag) ctx.warn?.(`${text} is a tag: ${what} its current digest ${image.descriptor.digest}.`)
  return image
}

/** One image's row: verified when one of its signatures (or attestations) meets the expectations. */
export async function verifyImageRow(
  source: ImageSource,
  text: string,
  expectations: Expectations,
  trust: LoadedTrust,
  ctx: StepContext,
  verifier?: RootedVerifier
): Promise<VerifiedSubject> {
  const image = await resolveSourceImage(source, text, ctx, 'verified')
  return verifiedRow(source.reader, image, text, expectations, trust, verifier)
}

/**
 * An image's rows. With `platforms` and an image index, one row per chosen
 * platform, each verified by its own signatures; otherwise the image's row.
 */
export async function verifyImageRows(
  source: ImageSource,
  text: string,
  expectations: Expectations,
  trust: LoadedTrust,
  ctx: StepContext,
  platforms: readonly string[],
  verifier?: RootedVerifier
): Promise<VerifiedSubject[]> {
  if (platforms.length === 0) return [await verifyImageRow(source, text, expectations, trust, ctx, verifier)]
  const image = await resolveSourceImage(source, text, ctx, 'verified')
  const chosen = await selectPlatforms(source.reader, image, platforms)
  const outcomes = await Promise.allSettled(chosen.map(c => verifiedRow(source.reader, c, c === image ? text : c.given, expectations, trust, verifier)))
  return outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : failedRow(chosen[i].given, '', o.reason)))
}

async function verifiedRow(
  client: OciReader,
  image: ResolvedImage,
  text: string,
  expectations: Expectations,
  trust: LoadedTrust,
  verifier?: RootedVerifier
): Promise<VerifiedSubject> {
  const v = await verifyImage(client, image, expectations, trust, verifier)
  const sha256 = image.descriptor.digest.replace(/^sha256:/, '')
  if (!v.ok || !v.verified) {
    throw new SealError('VERIFICATION_FAILED', `${describeImageFailure(image, v, !!expectations.predicateType)}.`)
  }
  return {
    subject: text,
    ok: true,
    bundlePath: v.verified.location,
    sha256,
    identity: v.verified.identity,
    issuer: v.verified.issuer,
    logIndex: v.verified.logIndex,
    integratedTime: v.verified.integratedTime,
    ...(v.verified.uncountedTimestamps && { uncountedTimestamps: v.verified.uncountedTimestamps }),
    predicateType: v.predicateType,
    predicateDigest: v.predicateDigest,
    predicate: v.predicate
  }
}
