/**
 * What a bundle is verified with: the trusted root's material for a
 * certificate identity, or a caller's public key for a key-signed bundle;
 * and the bundle's signing certificate, which must be strict DER.
 */
import crypto from 'node:crypto'

import type { Bundle } from '@sigstore/bundle'
import { toTrustMaterial } from '@sigstore/verify'
import type { TrustMaterial } from '@sigstore/verify'

import { SealError } from '../util/errors.js'
import type { LoadedTrust } from '../trust/index.js'
import type { Expectation } from './result.js'

/**
 * The trust material for the expectation: the caller's key (the bundle must
 * be key-signed) or the root's identity-based material (the bundle must carry
 * a certificate).
 */
export function trustMaterialFor(bundle: Bundle, expect: Expectation, trust: LoadedTrust): TrustMaterial {
  const vm = bundle.verificationMaterial.content
  if ('publicKeyPEM' in expect) {
    if (vm.$case !== 'publicKey') {
      throw new SealError(
        'KEY_INVALID',
        'the bundle is signed with a Fulcio certificate, not a public key: verify it with a certificate identity instead of a key'
      )
    }
    let key: crypto.KeyObject
    try {
      key = crypto.createPublicKey(expect.publicKeyPEM)
    } catch (err) {
      throw new SealError('KEY_INVALID', `the given public key is not a valid PEM public key: ${(err as Error).message}`, {
        cause: err
      })
    }
    // The bundle's key hint is only a lookup aid: the caller's key is the one to trust.
    return toTrustMaterial(trust.trustedRoot, () => ({ publicKey: key, validFor: () => true }))
  }
  if (vm.$case === 'publicKey') {
    const hint = vm.publicKey.hint ? ` (key hint ${JSON.stringify(vm.publicKey.hint)})` : ''
    throw new SealError('KEY_INVALID', `the bundle is signed with a public key${hint}, not a Fulcio certificate, so it has no identity to check`, {
      hint: 'Verify it with that public key (the `--key` flag) instead of a certificate identity.'
    })
  }
  return trust.material
}

/** The DER of the bundle's signing certificate; undefined for a key-signed bundle. */
export function leafCertificate(bundle: Bundle): Uint8Array | undefined {
  const vm = bundle.verificationMaterial.content
  switch (vm.$case) {
    case 'certificate':
      return vm.certificate.rawBytes
    case 'x509CertificateChain':
      return vm.x509CertificateChain.certificates[0]?.rawBytes
    default:
      return undefined
  }
}

/**
 * The signing certificate must be strict DER. The chain check covers only the
 * signed part (TBSCertificate) and the lenient ASN.1 reader accepts any tag
 * around it, so without this a bundle whose certificate bytes were altered
 * outside the signed part would verify, and seal would report those bytes.
 */
export function checkLeafIsDER(bundle: Bundle): void {
  const der = leafCertificate(bundle)
  if (!der) return
  try {
    new crypto.X509Certificate(Buffer.from(der))
  } catch {
    throw new SealError('BUNDLE_MALFORMED', "the bundle's signing certificate is not a well-formed (DER) X.509 certificate")
  }
}
