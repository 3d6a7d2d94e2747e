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
  return { identity: cert.subjectAltName, issuer: issuerOf(cert) }
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
