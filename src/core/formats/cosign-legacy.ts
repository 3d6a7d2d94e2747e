/**
 * cosign's legacy signature storage: one OCI image per signed image, tagged
 * `sha256-<hex>.sig` (or `.att`), one layer per signature whose annotations
 * carry the signature, certificate, Rekor bundle and timestamp
 * (cosign's "signature spec"). These functions convert between such a layer
 * and a Sigstore bundle, so one verifier serves both formats.
 */
import { createHash } from 'node:crypto'

import { bundleFromJSON, type Bundle } from '@sigstore/bundle'

import { SealError } from '../util/errors.js'
import { DSSE_ENVELOPE, OCI_MANIFEST, type Descriptor } from '../oci/types.js'
import { goJSON, sortedMap } from './gojson.js'
import { decodePemBlocks, encodePem } from './pem.js'

export const ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
} as const

/**
 * Layer annotations for a signature bundle, as cosign writes them. For
 * attestations (`.att`) the signature lives in the DSSE envelope and the
 * annotation is empty.
 */
export function legacyAnnotations(bundle: Bundle, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { ...extra }
  out[ANNOTATIONS.signature] = bundle.content.$case === 'messageSignature' ? Buffer.from(bundle.content.messageSignature.signature).toString('base64') : ''
  const vm = bundle.verificationMaterial.content
  if (vm.$case === 'certificate') {
    out[ANNOTATIONS.certificate] = encodePem('CERTIFICATE', vm.certificate.rawBytes)
    out[ANNOTATIONS.chain] = ''
  } else if (vm.$case === 'x509CertificateChain') {
    const [leaf, ...rest] = vm.x509CertificateChain.certificates
    out[ANNOTATIONS.certificate] = encodePem('CERTIFICATE', leaf.rawBytes)
    out[ANNOTATIONS.chain] = rest.map(c => encodePem('CERTIFICATE', c.rawBytes)).join('')
  }
  const entry = bundle.verificationMaterial.tlogEntries.find(e => e.inclusionPromise)
  if (entry?.inclusionPromise) {
    out[ANNOTATIONS.bundle] = goJSON({
      SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
      Payload: {
        body: Buffer.from(entry.canonicalizedBody).toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId?.keyId ?? []).toString('hex')
      }
    })
  }
  const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0]
  if (ts) out[ANNOTATIONS.timestamp] = goJSON({ SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64') })
  return sortedMap(out)
}

interface RekorBundle {
  SignedEntryTimestamp?: unknown
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown }
}

/**
 * Rebuilds a Sigstore bundle from a legacy layer (its blob and annotations),
 * so that the standard verifier checks the certificate chain, SCT, Rekor
 * promise, timestamp and signature. `where` names the layer in errors.
 */
export function bundleFromLegacyLayer(blob: Buffer, mediaType: string, annotations: Record<string, string>, where: string): Bundle {
  const fail = (why: string): never => {
    throw new SealError('SIGNATURE_INVALID', `${where}: ${why}`)
  }
  const sig = annotations[ANNOTATIONS.signature]
  if (sig === undefined) fail(`missing the "${ANNOTATIONS.signature}" annotation`)

  const tlogEntries: unknown[] = []
  const rekor = annotations[ANNOTATIONS.bundle]
  if (rekor) {
    let rb: RekorBundle
    try {
      rb = JSON.parse(rekor)
    } catch {
      return fail('the Rekor bundle annotation is not JSON')
    }
    const p = rb.Payload
    if (!p || typeof p.body !== 'string' || typeof rb.SignedEntryTimestamp !== 'string' || typeof p.logID !== 'string') {
      return fail('the Rekor bundle annotation is incomplete')
    }
    let kind: { kind?: unknown; apiVersion?: unknown }
    try {
      kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'))
    } catch {
      return fail('the Rekor entry body is not base64 JSON')
    }
    tlogEntries.push({
      logIndex: String(p.logIndex),
      logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
      kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
      integratedTime: String(p.integratedTime),
      inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp },
      canonicalizedBody: p.body
    })
  }
  const rfc3161Timestamps: unknown[] = []
  const tsa = annotations[ANNOTATIONS.timestamp]
  if (tsa) {
    try {
      const value = JSON.parse(tsa).SignedRFC3161Timestamp
      if (typeof value === 'string') rfc3161Timestamps.push({ signedTimestamp: value })
    } catch {
      fail('the timestamp annotation is not JSON')
    }
  }

  const certPEM = annotations[ANNOTATIONS.certificate]
  const verificationMaterial: Record<string, unknown> = {
    tlogEntries,
    timestampVerificationData: { rfc3161Timestamps }
  }
  if (certPEM) {
    const leaf = certificatesIn(certPEM, ANNOTATIONS.certificate, where)
    if (leaf.length === 0) fail(`the "${ANNOTATIONS.certificate}" annotation holds no CERTIFICATE`)
    const chain = [leaf[0], ...certificatesIn(annotations[ANNOTATIONS.chain] ?? '', ANNOTATIONS.chain, where)]
    verificationMaterial.x509CertificateChain = { certificates: chain.map(der => ({ rawBytes: der.toString('base64') })) }
  } else {
    verificationMaterial.publicKey = { hint: '' }
  }

  const json: Record<string, unknown> = {
    // v0.1 accepts entries with only an inclusion promise, which is all a legacy layer has.
    mediaType: `application/vnd.dev.sigstore.bundle+json;version=${tlogEntries.length ? '0.1' : '0.2'}`,
    verificationMaterial
  }
  if (mediaType === DSSE_ENVELOPE) {
    let env: { payload?: unknown; payloadType?: unknown; signatures?: unknown }
    try {
      env = JSON.parse(blob.toString('utf8'))
    } catch {
      return fail('the DSSE envelope is not JSON')
    }
    if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures)) {
      return fail('the DSSE envelope is incomplete')
    }
    json.dsseEnvelope = {
      payload: env.payload,
      payloadType: env.payloadType,
      signatures: env.signatures.map(s => ({ sig: (s as { sig?: string }).sig ?? '', keyid: (s as { keyid?: string }).keyid ?? '' }))
    }
  } else {
    json.messageSignature = {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(blob).digest('base64') },
      signature: sig
    }
  }
  try {
    return bundleFromJSON(json)
  } catch (err) {
    return fail(`cannot be read as a Sigstore bundle (${(err as Error).message})`)
  }
}

/** The DER of each CERTIFICATE block in an annotation's PEM text, in order. */
function certificatesIn(text: string, annotation: string, where: string): Buffer[] {
  try {
    return decodePemBlocks(text, `the "${annotation}" annotation`)
      .filter(block => block.type === 'CERTIFICATE')
      .map(block => block.der)
  } catch (err) {
    throw new SealError('SIGNATURE_INVALID', `${where}: ${(err as Error).message}`, { cause: err })
  }
}

/**
 * The config blob cosign's signature images carry, byte for byte: it lists
 * one history entry and one diff ID (the layer digest) per layer.
 */
export function legacyConfig(layerDigests: readonly string[]): Buffer {
  return Buffer.from(
    goJSON({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: layerDigests.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layerDigests },
      config: {}
    })
  )
}

/** The signature image manifest, with Go's field order and sorted annotation keys. */
export function legacyManifest(config: Descriptor, layers: readonly Descriptor[]): Buffer {
  const desc = (d: Descriptor) => {
    const out: Record<string, unknown> = { mediaType: d.mediaType, size: d.size, digest: d.digest }
    if (d.annotations && Object.keys(d.annotations).length) out.annotations = sortedMap(d.annotations)
    return out
  }
  return Buffer.from(goJSON({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: desc(config), layers: layers.map(desc) }))
}
