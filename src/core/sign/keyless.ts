import { createPublicKey, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto'

import { p256 } from '@noble/curves/nist.js'
import { X509Certificate } from '@sigstore/core'
import { FulcioSigner } from '@sigstore/sign'

import { certificateIdentity, type CertificateIdentity } from '../formats/certificate.js'
import { decodePemBlocks, type PemBlock } from '../formats/pem.js'
import { SealError } from '../util/errors.js'
import { fetchRetryOptions, retryBrokenReplies, type RetryPolicy } from '../util/retry.js'
import { describeServiceError } from './services.js'

export interface KeylessSignerOptions {
  fulcioURL: string
  /** Returns the OIDC token; called once per certificate. */
  getToken: () => Promise<string>
  timeoutMs: number
  /** How requests to Fulcio are retried. */
  retry: RetryPolicy
}

export interface SigningCertificate extends CertificateIdentity {
  pem: string
  der: Buffer
  notAfter: Date
}

/** Renew the certificate when less than this is left of its validity. */
const RENEW_MARGIN_MS = 60_000

/**
 * One ephemeral P-256 key and one Fulcio certificate for a whole step.
 * The key never leaves the process; every subject is signed with it, and the
 * certificate is requested once (and renewed only if it is about to expire).
 */
export class KeylessSigner {
  private readonly privateKey: KeyObject
  private readonly scalar: Uint8Array
  private readonly publicKeyPEM: string
  private readonly fulcio: FulcioSigner
  private current?: Promise<SigningCertificate>
  private requests = 0

  constructor(private readonly options: KeylessSignerOptions) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    this.privateKey = privateKey
    this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
    this.publicKeyPEM = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString()
    this.fulcio = new FulcioSigner({
      fulcioBaseURL: options.fulcioURL,
      identityProvider: { getToken: options.getToken },
      timeout: options.timeoutMs,
      retry: fetchRetryOptions(options.retry),
      keyHolder: {
        // Fulcio's proof of possession: the token subject signed with our key.
        sign: async (data: Buffer) => ({
          signature: nodeSign('sha256', data, this.privateKey),
          key: { $case: 'publicKey', publicKey: this.publicKeyPEM }
        })
      }
    })
  }

  /** An ephemeral P-256 key signs precomputed digests. */
  readonly canSignDigest = true

  /** How many certificates were requested from Fulcio. */
  get certificateRequests(): number {
    return this.requests
  }

  async certificate(): Promise<SigningCertificate> {
    if (this.current) {
      const cert = await this.current
      if (cert.notAfter.getTime() - Date.now() > RENEW_MARGIN_MS) return cert
      this.current = undefined
    }
    this.current ??= this.requestCertificate()
    try {
      return await this.current
    } catch (err) {
      this.current = undefined
      throw err
    }
  }

  /** ECDSA P-256 signature (DER) over a SHA-256 digest computed elsewhere. */
  signDigest(digest: Buffer): Buffer {
    if (digest.length !== 32) throw new SealError('INPUT_INVALID', 'A P-256 signature needs a SHA-256 digest.')
    return Buffer.from(p256.sign(digest, this.scalar, { prehash: false, format: 'der' }))
  }

  /** ECDSA P-256 signature (DER) over data (SHA-256 applied here). */
  sign(data: Buffer): Buffer {
    return nodeSign('sha256', data, this.privateKey)
  }

  private async requestCertificate(): Promise<SigningCertificate> {
    this.requests++
    let certPEM: string
    try {
      const result = await retryBrokenReplies(() => this.fulcio.sign(Buffer.alloc(0)), this.options.retry)
      if (result.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate')
      certPEM = result.key.certificate
    } catch (err) {
      throw describeServiceError('fulcio', this.options.fulcioURL, err)
    }
    const der = certificateDER(certPEM, this.options.fulcioURL)
    const cert = X509Certificate.parse(der)
    const ours = createPublicKey({ key: cert.publicKey, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString()
    if (ours !== this.publicKeyPEM) {
      throw new SealError('FULCIO_ERROR', `Fulcio at ${this.options.fulcioURL} issued a certificate for a different key.`)
    }
    return { pem: certPEM, der, notAfter: cert.notAfter, ...certificateIdentity(cert) }
  }
}

/** The DER of the first CERTIFICATE block in Fulcio's reply. */
function certificateDER(certPEM: string, fulcioURL: string): Buffer<ArrayBuffer> {
  let block: PemBlock | undefined
  try {
    block = decodePemBlocks(certPEM, `the certificate from Fulcio at ${fulcioURL}`).find(b => b.type === 'CERTIFICATE')
  } catch (err) {
    throw new SealError('FULCIO_ERROR', (err as Error).message, { cause: err })
  }
  if (!block) throw new SealError('FULCIO_ERROR', `Fulcio at ${fulcioURL} returned no PEM certificate.`)
  return Buffer.from(block.der)
}
