import { createHash } from 'node:crypto'

import { HashAlgorithm, PublicKeyDetails, TrustedRoot, type TransparencyLogInstance } from '@sigstore/protobuf-specs'

import type { CA, CTLog, TLog, TSA } from './mock.js'

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'

export interface RootParts {
  fulcioURL: string
  rekorURL: string
  tsaURL: string
  ca: CA
  ctlog: CTLog
  tlogs: TLog[]
  tsa: TSA
  /** Start of every validity window; the mock's root certificates start at creation, so use a time a bit before. */
  start: Date
}

const OPERATOR = 'seal test stack'
const der = (v: ArrayBufferView): Buffer => Buffer.from(v.buffer, v.byteOffset, v.byteLength)

function logInstance(baseUrl: string, spki: Buffer, keyId: Buffer, start: Date): TransparencyLogInstance {
  return {
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: spki, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start } },
    logId: { keyId },
    checkpointKeyId: undefined,
    operator: OPERATOR
  }
}

/** The TrustedRoot, in its protobuf JSON form, for the stack's CA, CT log, tlogs and TSA. */
export function buildTrustedRoot(p: RootParts): Record<string, unknown> {
  const root: TrustedRoot = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    // The tlog baseUrl must contain the checkpoint origin (host:port of rekorURL).
    tlogs: p.tlogs.map(t => logInstance(p.rekorURL, t.publicKey, createHash('sha256').update(t.publicKey).digest(), p.start)),
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: p.fulcioURL,
        certChain: { certificates: [{ rawBytes: der(p.ca.rootCertificate) }] },
        validFor: { start: p.start },
        operator: OPERATOR
      }
    ],
    ctlogs: [logInstance(p.fulcioURL, p.ctlog.publicKey, der(p.ctlog.logID), p.start)],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${p.tsaURL}/api/v1/timestamp`,
        certChain: { certificates: [{ rawBytes: der(p.tsa.intCertificate) }, { rawBytes: der(p.tsa.rootCertificate) }] },
        validFor: { start: p.start },
        operator: OPERATOR
      }
    ]
  }
  return TrustedRoot.toJSON(root) as Record<string, unknown>
}
