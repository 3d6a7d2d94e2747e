/**
 * A trusted root made usable: the @sigstore/verify trust material built from
 * it, together with where it came from.
 */
import { createPublicKey } from 'node:crypto'

import { PublicKeyDetails } from '@sigstore/protobuf-specs'
import type { TransparencyLogInstance, TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial } from '@sigstore/verify'
import type { TrustMaterial } from '@sigstore/verify'

import { SealError } from '../util/errors.js'
import { messageOnly } from './trusted-root.js'

/** A trusted root ready to verify against. */
export interface LoadedTrust {
  trustedRoot: TrustedRoot
  /** Identity-based trust material (no public keys); key-based verification builds its own. */
  material: TrustMaterial
  /**
   * Where the root came from, for logs and error hints: 'file …', 'PEM files (…)',
   * 'environment (…)', 'TUF …', 'TUF cache of … (offline)', 'embedded public-good root'.
   */
  source: string
  /** Every root of a file holding several (JSON Lines), each with its own material; the fields above are the first one's. */
  roots?: LoadedTrust[]
}

/** The root with its trust material; TRUST_ROOT_INVALID when a key or certificate in it cannot be used. */
export function withMaterial(trustedRoot: TrustedRoot, source: string): LoadedTrust {
  let material: TrustMaterial
  try {
    material = toTrustMaterial(forTrustMaterial(trustedRoot))
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `the trusted root from ${source} has an unusable key or certificate: ${messageOnly(err)}`, {
      cause: err
    })
  }
  return { trustedRoot, material, source }
}

const RSA_PKCS1_DETAILS = new Set<PublicKeyDetails>([
  PublicKeyDetails.PKIX_RSA_PKCS1V5,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
])

/**
 * @sigstore/verify reads the raw bytes of a log key whose details say
 * PKIX_RSA_PKCS1V15_* as PKCS#1, although the spec (and every other client)
 * has PKIX DER there. For such keys that do parse as PKIX the details are
 * dropped in the copy given to it (it uses them for nothing else), so a root
 * written to the spec verifies. The root itself is left as it is.
 */
function forTrustMaterial(root: TrustedRoot): TrustedRoot {
  const fix = (log: TransparencyLogInstance): TransparencyLogInstance => {
    const key = log.publicKey
    if (!key?.rawBytes || key.keyDetails === undefined || !RSA_PKCS1_DETAILS.has(key.keyDetails)) return log
    try {
      createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' })
    } catch {
      return log
    }
    return { ...log, publicKey: { ...key, keyDetails: PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED } }
  }
  return { ...root, tlogs: root.tlogs.map(fix), ctlogs: root.ctlogs.map(fix) }
}
