import { X509Certificate } from '@sigstore/core'

/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) first, then the legacy raw one. */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'

export interface CertificateIdentity {
  identity?: string
  issuer?: string
}

/** The signer identity (SAN) and OIDC issuer a Fulcio certificate was issued for. */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  return { identity: cert.subjectAltName ?? usernameOf(cert), issuer: issuerOf(cert) }
}

/** Fulcio's username identities: an otherName SAN of this type (a UTF8String such as `user!example.com`). */
const OID_OTHERNAME_USERNAME = '1.3.6.1.4.1.57264.1.7'

function usernameOf(cert: X509Certificate): string | undefined {
  try {
    return cert.extSubjectAltName?.otherName(OID_OTHERNAME_USERNAME) || undefined
  } catch {
    return undefined
  }
}

/**
 * The username identity of a signing certificate (its DER), for certificates
 * whose SAN holds neither a URI nor an email; undefined otherwise.
 */
export function otherNameIdentity(der: Uint8Array | undefined): string | undefined {
  if (!der) return undefined
  try {
    return usernameOf(X509Certificate.parse(Buffer.from(der)))
  } catch {
    return undefined
  }
}

function issuerOf(cert: X509Certificate): string | undefined {
  const v2 = cert.extension(OID_ISSUER_V2)
  if (v2) {
    // The value is a DER UTF8String: tag 0x0c, a length, then the text.
    const raw = v2.value
    return decodeUTF8String(raw) ?? raw.toString('utf8')
  }
  const v1 = cert.extension(OID_ISSUER_V1)
  return v1 ? v1.value.toString('utf8') : undefined
}

function decodeUTF8String(der: Buffer): string | undefined {
  if (der.length < 2 || der[0] !== 0x0c) return undefined
  let len = der[1]
  let offset = 2
  if (len & 0x80) {
    const n = len & 0x7f
    if (n === 0 || n > 4 || der.length < 2 + n) return undefined
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + der[2 + i]
    offset = 2 + n
  }
  if (offset + len !== der.length) return undefined
  return der.subarray(offset).toString('utf8')
}

/** Fulcio certificate extensions (OID arc 1.3.6.1.4.1.57264.1) by name. */
const FULCIO_EXTENSIONS = {
  buildSignerURI: 9,
  buildSignerDigest: 10,
  runnerEnvironment: 11,
  sourceRepositoryURI: 12,
  sourceRepositoryDigest: 13,
  sourceRepositoryRef: 14,
  sourceRepositoryIdentifier: 15,
  sourceRepositoryOwnerURI: 16,
  sourceRepositoryOwnerIdentifier: 17,
  buildConfigURI: 18,
  buildConfigDigest: 19,
  buildTrigger: 20,
  runInvocationURI: 21,
  sourceRepositoryVisibilityAtSigning: 22
} as const

export type FulcioExtensions = Partial<Record<keyof typeof FULCIO_EXTENSIONS, string>>

/**
 * The build facts Fulcio recorded in a certificate from the OIDC token it
 * verified (GitHub: repository, ref, workflow, runner environment, …). These,
 * unlike a provenance predicate, are vouched for by the certificate authority.
 */
export function fulcioExtensions(cert: X509Certificate): FulcioExtensions {
  const out: FulcioExtensions = {}
  for (const [name, n] of Object.entries(FULCIO_EXTENSIONS) as [keyof typeof FULCIO_EXTENSIONS, number][]) {
    const ext = cert.extension(`1.3.6.1.4.1.57264.1.${n}`)
    if (ext) out[name] = decodeUTF8String(ext.value) ?? ext.value.toString('utf8')
  }
  return out
}
