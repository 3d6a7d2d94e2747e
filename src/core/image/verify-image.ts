import { createHash } from 'node:crypto'

import type { Bundle } from '@sigstore/bundle'

import { SealError, messageOf } from '../util/errors.js'
import { bundleFromLegacyLayer } from '../formats/cosign-legacy.js'
import { COSIGN_SIGN_PREDICATE } from '../formats/intoto.js'
import { parseSimpleSigning } from '../formats/simple-signing.js'
import type { OciReader } from '../oci/reader.js'
import { listReferrers } from '../oci/referrers.js'
import { cosignTag, SIGSTORE_BUNDLE_V03, type Descriptor } from '../oci/types.js'
import type { LoadedTrust } from '../trust/index.js'
import { checkExpectations, parseBundle, RootedVerifier, statementFacts, type Expectations, type StatementFacts, type VerifyResult } from '../verify/index.js'
import type { RepositoryRef } from '../oci/reference.js'
import { readLegacyLayers } from './legacy-store.js'
import { checkSignedRepository } from './signed-reference.js'
import { storedAt, type ResolvedImage } from './resolve.js'

/** Where signatures can be, as the user sees it. */
export interface Candidate {
  location: string
  /** Loads the candidate as a Sigstore bundle plus any check specific to its format. */
  load(): Promise<{ bundle: Bundle; digest: Buffer; afterVerify?: () => void; annotations?: () => Record<string, string> }>
}

export interface ImageVerification extends StatementFacts {
  ok: boolean
  /** Every place looked in, with what was found there. */
  searched: string[]
  /** The signature that verified. */
  verified?: VerifyResult & { location: string }
  /** Why each candidate failed. */
  failures: { location: string; reason: string }[]
}

function imageSha256(image: ResolvedImage): Buffer {
  const m = /^sha256:([0-9a-f]{64})$/.exec(image.descriptor.digest)
  if (!m) throw new SealError('INPUT_INVALID', `${image.given} has a ${image.descriptor.digest.split(':')[0]} digest; seal verifies sha256 images.`)
  return Buffer.from(m[1], 'hex')
}

/** Signature or attestation bundles stored as referrers (API or referrers tag). */
export async function referrerCandidates(client: OciReader, image: ResolvedImage, searched: string[]): Promise<Candidate[]> {
  const list = await listReferrers(client, image.store, image.descriptor.digest, { includeTag: true })
  const bundles = list.descriptors.filter(d => d.artifactType === SIGSTORE_BUNDLE_V03 || d.artifactType?.startsWith('application/vnd.dev.sigstore.bundle'))
  searched.push(
    `referrers of ${image.descriptor.digest} (${list.source === 'referrers-api' ? 'referrers API' : `referrers tag ${list.tag}`}): ${bundles.length} Sigstore bundle${bundles.length === 1 ? '' : 's'}`
  )
  return bundles.map(d => ({
    location: storedAt(image, `@${d.digest}`),
    load: async () => {
      const manifest = await client.getManifest(image.store, d.digest)
      const layers = (manifest?.json as { layers?: Descriptor[] } | undefined)?.layers
      if (!manifest || !Array.isArray(layers) || layers.length !== 1 || !String(layers[0].mediaType).startsWith('application/vnd.dev.sigstore.bundle')) {
        throw new SealError('BUNDLE_MALFORMED', 'the referrer is not a manifest with exactly one Sigstore bundle layer')
      }
      const blob = await client.getBlob(image.store, layers[0].digest)
      return { bundle: parseBundle(blob.toString('utf8'), `referrer ${d.digest}`), digest: imageSha256(image) }
    }
  }))
}

/** cosign's legacy `.sig` (signatures) or `.att` (attestations) layers. */
export async function legacyCandidates(
  client: OciReader,
  image: ResolvedImage,
  suffix: 'sig' | 'att',
  searched: string[],
  signedRepository?: RepositoryRef
): Promise<Candidate[]> {
  const tag = cosignTag(image.descriptor.digest, suffix)
  const layers = await readLegacyLayers(client, image.store, tag)
  searched.push(`legacy tag ${tag}: ${layers.length ? `${layers.length} layer${layers.length === 1 ? '' : 's'}` : 'not found'}`)
  return layers.map((layer, i) => ({
    location: storedAt(image, `:${tag} layer ${i}`),
    load: async () => {
      const blob = await client.getBlob(image.store, layer.digest)
      const bundle = bundleFromLegacyLayer(blob, layer.mediaType, layer.annotations ?? {}, `${tag} layer ${i}`)
      if (suffix === 'att') return { bundle, digest: imageSha256(image) }
      // A signature signs its payload; the payload must name this image.
      return {
        bundle,
        digest: createHash('sha256').update(blob).digest(),
        afterVerify: () => checkSimpleSigning(blob, image, signedRepository),
        annotations: () => parseSimpleSigning(blob).annotations ?? {}
      }
    }
  }))
}

/** The payload must name this image's digest; its docker-reference is checked only when asked (signed-reference.ts). */
function checkSimpleSigning(payload: Buffer, image: ResolvedImage, signedRepository: RepositoryRef | undefined): void {
  const claim = parseSimpleSigning(payload)
  if (claim.manifestDigest !== image.descriptor.digest) {
    throw new SealError('DIGEST_MISMATCH', `the signature is for another image: its payload names ${claim.manifestDigest}, not ${image.descriptor.digest}`)
  }
  checkSignedRepository(claim.dockerReference, signedRepository)
}

/**
 * Verifies an image: discovers every stored signature (or, with a predicate
 * type, attestation) in the referrers API or tag and the legacy tag, and
 * passes when at least one verifies against the trusted root and the policy.
 */
/**
 * `verifier` is the step's, shared by all its images and files (one certificate signs a whole
 * step, so its chain checks run once); a caller verifying one image may leave it out.
 */
export async function verifyImage(
  client: OciReader,
  image: ResolvedImage,
  expectations: Expectations,
  trust: LoadedTrust,
  verifier = new RootedVerifier(trust, expectations.thresholds, !!expectations.tlogThresholdGiven)
): Promise<ImageVerification> {
  const searched: string[] = []
  const attestations = !!expectations.predicateType
  const candidates = [
    ...(await referrerCandidates(client, image, searched)),
    ...(await legacyCandidates(client, image, attestations ? 'att' : 'sig', searched, expectations.signedRepository))
  ]
  const failures: { location: string; reason: string }[] = []
  for (const c of candidates) {
    try {
      const { bundle, digest, afterVerify, annotations } = await c.load()
      // In signature mode an attestation bundle is not a signature (its predicate says what it claims).
      const facts = statementFacts(bundle)
      if (!attestations && facts && facts.predicateType !== COSIGN_SIGN_PREDICATE) {
        failures.push({ location: c.location, reason: `an attestation (${facts.predicateType}), not a signature` })
        continue
      }
      // Against the root that signed it, when the trusted-root file holds several, with thresholds that root can meet.
      const result = await verifier.verify(bundle, { digest: { algorithm: 'sha256', value: digest } }, expectations.signer)
      afterVerify?.()
      const checked = checkExpectations(bundle, result, expectations, annotations?.())
      return { ok: true, searched, verified: { ...result, location: c.location }, failures, ...checked }
    } catch (err) {
      failures.push({ location: c.location, reason: messageOf(err) })
    }
  }
  return { ok: false, searched, failures }
}

/** One line saying why an image did not verify, with where seal looked. */
export function describeImageFailure(image: ResolvedImage, v: ImageVerification, attestations: boolean): string {
  const what = attestations ? 'attestation' : 'signature'
  const store = image.store.repositoryName === image.ref.repositoryName ? '' : ` of the signature repository ${storedAt(image)}`
  const looked = `looked in ${v.searched.join('; ')}${store}`
  if (v.failures.length === 0) return `no ${what}s found for ${image.descriptor.digest}; ${looked}`
  const reasons = v.failures.map(f => `${f.location}: ${f.reason}`).join(' | ')
  return `none of ${v.failures.length} ${what}${v.failures.length === 1 ? '' : 's'} verified (${reasons}); ${looked}`
}
