import { resolve } from 'node:path'

import { mapLimit } from '../util/concurrency.js'
import type { StoredSignature } from '../image/sign-image.js'
import type { SignInputs } from '../inputs/read.js'
import type { TokenSource } from '../oidc/token.js'
import type { SignedFile, SignerIdentity } from '../sign/session.js'
import { resolveFiles, withoutBundles } from '../subjects/files.js'
import type { StepContext } from './context.js'
import { describeInstance } from '../sign/instance.js'

/**
 * The signing code (Sigstore clients, their HTTP stack) is loaded once the
 * step has said what it will sign: a step's first line does not wait for it.
 */
async function loadSigning() {
  const [{ planBundles, signFileBundles, writeBundles }, { prepareSession }] = await Promise.all([import('../sign/session.js'), import('./signing-setup.js')])
  return { planBundles, signFileBundles, writeBundles, prepareSession }
}

/** Images signed at once: each is a few registry round trips, mostly waiting. */
const IMAGE_CONCURRENCY = 8

async function loadImageSupport() {
  const [{ openImages }, { signImage }, { withListedImages }] = await Promise.all([
    import('../image/registry.js'),
    import('../image/sign-image.js'),
    import('../image/platforms.js')
  ])
  return { openImages, signImage, withListedImages }
}

export interface SignedImage {
  image: string
  digest: string
  /** repository@digest: what was signed. */
  reference: string
  /** The tag the digest was resolved from, when the input named a tag. */
  resolvedFromTag?: string
  signatures: StoredSignature[]
}

export interface SignStepResult {
  files: SignedFile[]
  images: SignedImage[]
  /** The Fulcio certificate (keyless), or the key (key-based). */
  signer: SignerIdentity
  /** The Rekor the signatures were logged in, if any. */
  rekorURL?: string
  certificateRequests: number
  tokenSource?: TokenSource
  /** Which Sigstore instance signed, and why (log and summary). */
  instance?: string
}

/**
 * The sign step: resolve files and images first (so a typo fails before any
 * signing), get one certificate, then sign every file and image with it.
 */
export async function runSignStep(inputs: SignInputs, ctx: StepContext): Promise<SignStepResult> {
  const files = inputs.subjectPatterns.length ? withoutBundles(await resolveFiles(inputs.subjectPatterns, ctx.cwd)) : []
  // Image support is loaded only for steps that sign images (it is most of the code a file step would not use).
  const img = inputs.images.length ? await loadImageSupport() : undefined
  const opened = img ? await img.openImages(inputs, ctx.env, ctx.onSecret) : { client: undefined, images: [] }
  const client = opened.client
  // `recursive`: an index and every manifest it lists, each signed on its own.
  const images = img && client && inputs.recursive ? await img.withListedImages(client, opened.images) : opened.images
  for (const image of images) {
    if (image.resolvedFromTag) {
      ctx.warn?.(`${image.given} is a tag: signed its current digest ${image.descriptor.digest}. Reference images by digest to sign exactly what you built.`)
    }
  }
  const parts = [
    files.length ? `${files.length} file${files.length === 1 ? '' : 's'}` : '',
    images.length ? `${images.length} image${images.length === 1 ? '' : 's'}` : ''
  ]
  ctx.log?.(`Signing ${parts.filter(Boolean).join(' and ')}`)
  const { planBundles, signFileBundles, writeBundles, prepareSession } = await loadSigning()
  // Bundle paths are checked before the certificate: a clash fails before any request. A relative
  // `bundle-dir` is taken in the workspace, like `subject-path`, so the check compares absolute paths.
  const targets = planBundles(files, inputs.bundleDir === undefined ? undefined : resolve(ctx.cwd, inputs.bundleDir))

  const { session, services, tokenSource, instance } = await prepareSession(inputs, ctx)
  // The certificate first: a token or Fulcio problem fails before any file or image work.
  const signer = await session.identity()
  // Files and images are signed side by side; when one side fails, the other is let finish
  // (no registry write is left running behind a failed step) and the first failure is raised.
  const [filesDone, imagesDone] = await Promise.allSettled([
    signFileBundles(targets, session),
    mapLimit(images, IMAGE_CONCURRENCY, async (image): Promise<SignedImage> => ({
      image: image.given,
      digest: image.descriptor.digest,
      reference: `${image.ref.repositoryName}@${image.descriptor.digest}`,
      resolvedFromTag: image.resolvedFromTag,
      signatures: await img!.signImage(client!, session, image, inputs.signatureFormat, { annotations: inputs.annotations })
    }))
  ])
  if (filesDone.status === 'rejected') throw filesDone.reason
  if (imagesDone.status === 'rejected') throw imagesDone.reason
  const pending = filesDone.value
  const signedImages = imagesDone.value
  // Bundles go to disk last, all together: a step that failed anywhere leaves none.
  const signedFiles = await writeBundles(pending)
  return {
    files: signedFiles,
    images: signedImages,
    signer,
    rekorURL: services.tlogUpload ? services.rekorURL : undefined,
    certificateRequests: session.certificateRequests,
    tokenSource: tokenSource(),
    instance: describeInstance(instance)
  }
}
