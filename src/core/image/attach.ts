/**
 * Attaching attestations and SBOMs to images: as OCI 1.1 referrers (the
 * default) and in cosign's legacy `.att` / `.sbom` tags.
 */
import { bundleToJSON, envelopeToJSON, type Bundle } from '@sigstore/bundle'

import { legacyAnnotations, legacyConfig, legacyManifest } from '../formats/cosign-legacy.js'
import { goJSON } from '../formats/gojson.js'
import { bundleReferrerManifest } from '../formats/referrer.js'
import type { RegistryClient } from '../oci/client.js'
import { attachReferrer } from '../oci/referrers.js'
import { cosignTag, DSSE_ENVELOPE, EMPTY_CONFIG, EMPTY_CONFIG_BYTES, OCI_CONFIG, OCI_MANIFEST, SIGSTORE_BUNDLE_V03 } from '../oci/types.js'
import { appendLegacyLayer } from './legacy-store.js'
import { storedAt, type ResolvedImage } from './resolve.js'

export interface Attached {
  kind: 'attestation' | 'sbom'
  format: 'bundle' | 'legacy'
  location: string
}

/**
 * Stores a bundle as a referrer of the image (the layout cosign v3 writes),
 * annotated with its predicate type, and says where it went.
 */
export async function storeBundleReferrer(client: RegistryClient, image: ResolvedImage, bundle: Bundle, predicateType: string): Promise<string> {
  const bytes = Buffer.from(JSON.stringify(bundleToJSON(bundle)))
  const [layer] = await Promise.all([
    client.pushBlob(image.store, bytes, SIGSTORE_BUNDLE_V03),
    client.pushBlob(image.store, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.mediaType)
  ])
  const manifest = bundleReferrerManifest({ bundle: layer, subject: image.descriptor, predicateType })
  return referrerLocation(image, await attachReferrer(client, image.store, image.descriptor, manifest.bytes))
}

/** Where a referrer went: its manifest, and the referrers tag listing it where the registry has no referrers API. */
function referrerLocation(image: ResolvedImage, r: { descriptor: { digest: string }; tag?: string }): string {
  const where = storedAt(image, `@${r.descriptor.digest}`)
  return r.tag ? `${where} (listed in tag ${r.tag})` : `${where} (referrers API)`
}

/** An attestation bundle as a referrer of the image. */
export async function attachBundle(client: RegistryClient, image: ResolvedImage, bundle: Bundle, predicateType: string): Promise<Attached> {
  return { kind: 'attestation', format: 'bundle', location: await storeBundleReferrer(client, image, bundle, predicateType) }
}

/** cosign's `.att` layer: the DSSE envelope, with the predicate type and the verification material as annotations. */
export async function attachLegacyAttestation(client: RegistryClient, image: ResolvedImage, bundle: Bundle, predicateType: string): Promise<Attached> {
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('an attestation bundle holds a DSSE envelope')
  const envelope = envelopeToJSON(bundle.content.dsseEnvelope) as { payload: string; payloadType: string; signatures: { sig: string; keyid?: string }[] }
  // cosign omits an empty keyid.
  const blob = Buffer.from(
    goJSON({
      payload: envelope.payload,
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map(s => (s.keyid ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig }))
    })
  )
  const tag = await appendLegacyLayer(client, image.store, image.descriptor.digest, 'att', {
    blob,
    mediaType: DSSE_ENVELOPE,
    annotations: legacyAnnotations(bundle, { predicateType })
  })
  return { kind: 'attestation', format: 'legacy', location: storedAt(image, `:${tag}`) }
}

/**
 * The SBOM document itself, as cosign's `attach sbom` stores it (the
 * `.sbom` tag: one layer of the raw document with its media type) and as a
 * referrer whose artifact type is that media type.
 */
export async function attachSBOM(client: RegistryClient, image: ResolvedImage, sbom: Buffer, mediaType: string): Promise<Attached[]> {
  const layer = await client.pushBlob(image.store, sbom, mediaType)
  const config = await client.pushBlob(image.store, legacyConfig([layer.digest]), OCI_CONFIG)
  const tag = cosignTag(image.descriptor.digest, 'sbom')
  await client.putManifest(image.store, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, [{ ...layer, mediaType }]), OCI_MANIFEST)

  await client.pushBlob(image.store, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.mediaType)
  const referrer = Buffer.from(
    goJSON({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: mediaType,
      config: { mediaType: EMPTY_CONFIG.mediaType, size: EMPTY_CONFIG.size, digest: EMPTY_CONFIG.digest },
      layers: [{ mediaType, size: layer.size, digest: layer.digest }],
      subject: { mediaType: image.descriptor.mediaType, size: image.descriptor.size, digest: image.descriptor.digest }
    })
  )
  const r = await attachReferrer(client, image.store, image.descriptor, referrer)
  return [
    { kind: 'sbom', format: 'legacy', location: storedAt(image, `:${tag}`) },
    { kind: 'sbom', format: 'bundle', location: referrerLocation(image, r) }
  ]
}
