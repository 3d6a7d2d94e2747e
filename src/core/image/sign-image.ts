import { createHash } from 'node:crypto'

import { legacyAnnotations } from '../formats/cosign-legacy.js'
import { COSIGN_SIGN_PREDICATE, IN_TOTO_PAYLOAD_TYPE, statement, statementBytes } from '../formats/intoto.js'
import { sortedMap } from '../formats/gojson.js'
import { simpleSigningPayload } from '../formats/simple-signing.js'
import type { RegistryClient } from '../oci/client.js'
import { COSIGN_SIMPLE_SIGNING } from '../oci/types.js'
import type { SigningSession } from '../sign/session.js'
import { logFacts, type LogFacts } from '../formats/tlog.js'
import { storeBundleReferrer } from './attach.js'
import { appendLegacyLayer } from './legacy-store.js'
import { storedAt, type ResolvedImage } from './resolve.js'

import type { SignatureFormat } from '../inputs/read.js'

/** What else goes into an image signature. */
export interface ImageSignatureOptions {
  /** Signed annotations: the simple-signing payload's `optional` map, the in-toto subject's `annotations`. */
  annotations?: Record<string, string>
}

const given = (a: Record<string, string> | undefined): a is Record<string, string> => !!a && Object.keys(a).length > 0

export interface StoredSignature extends LogFacts {
  format: 'bundle' | 'legacy'
  /** Where it is: the referrer manifest (and the tag listing it) or the legacy tag. */
  location: string
}

/**
 * cosign's bundle format: an in-toto statement naming the image digest with
 * the cosign signing predicate, signed as DSSE, stored as an OCI referrer.
 */
export async function signImageBundle(
  client: RegistryClient,
  session: SigningSession,
  image: ResolvedImage,
  opts: ImageSignatureOptions = {}
): Promise<StoredSignature> {
  const hex = image.descriptor.digest.replace(/^sha256:/, '')
  const subject = { name: image.ref.repositoryName, digest: { sha256: hex }, ...(given(opts.annotations) ? { annotations: sortedMap(opts.annotations) } : {}) }
  const payload = statementBytes(statement([subject], COSIGN_SIGN_PREDICATE, {}))
  const bundle = await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE)
  const location = await storeBundleReferrer(client, image, bundle, COSIGN_SIGN_PREDICATE)
  return { format: 'bundle', location, ...logFacts(bundle) }
}

/** cosign's legacy format: a simple-signing payload signed as a message, appended to `sha256-<hex>.sig`. */
export async function signImageLegacy(
  client: RegistryClient,
  session: SigningSession,
  image: ResolvedImage,
  opts: ImageSignatureOptions = {}
): Promise<StoredSignature> {
  const payload = simpleSigningPayload({ dockerReference: image.ref.repositoryName, manifestDigest: image.descriptor.digest, annotations: opts.annotations })
  const bundle = await session.signDigest(createHash('sha256').update(payload).digest())
  const tag = await appendLegacyLayer(client, image.store, image.descriptor.digest, 'sig', {
    blob: payload,
    mediaType: COSIGN_SIMPLE_SIGNING,
    annotations: legacyAnnotations(bundle)
  })
  return { format: 'legacy', location: storedAt(image, `:${tag}`), ...logFacts(bundle) }
}

/**
 * Signs an image in the requested formats. With both, the two signatures are
 * made and stored side by side (they write different tags); the result lists
 * the bundle first. When one fails, the other is still seen through before
 * the failure is reported, so nothing is left half-written in the background.
 */
export async function signImage(
  client: RegistryClient,
  session: SigningSession,
  image: ResolvedImage,
  format: SignatureFormat,
  opts: ImageSignatureOptions = {}
): Promise<StoredSignature[]> {
  const jobs: (() => Promise<StoredSignature>)[] = []
  if (format !== 'legacy') jobs.push(() => signImageBundle(client, session, image, opts))
  if (format !== 'bundle') jobs.push(() => signImageLegacy(client, session, image, opts))
  const settled = await Promise.allSettled(jobs.map(job => job()))
  const failed = settled.find(s => s.status === 'rejected')
  if (failed) throw failed.reason
  return settled.map(s => (s as PromiseFulfilledResult<StoredSignature>).value)
}
