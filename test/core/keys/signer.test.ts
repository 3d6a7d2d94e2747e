import { createHash, createPrivateKey, generateKeyPairSync, verify } from 'node:crypto'

import { toDSSEBundle, toMessageSignatureBundle } from '@sigstore/bundle'
import { dsse } from '@sigstore/core'

import { generateKeyPair, keyHint, KeySigner } from '../../../src/core/keys/index.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { verifyBundle } from '../../../src/core/verify/index.js'
import { rejection, thrown } from '../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
const sha = (alg: string, data: Buffer) => createHash(alg).update(data).digest()
/** Key-signed bundles here carry no tlog entry or timestamp. */
const NO_WITNESS = { tlogThreshold: 0, timestampThreshold: 0 }

let trust: LoadedTrust
beforeAll(async () => {
  trust = await loadTrust({ offline: true })
})

describe('KeySigner', () => {
  it('signs a SHA-256 digest with a P-256 key so that the data verifies', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const signer = new KeySigner(privateKey)
    expect(signer.canSignDigest).toBe(true)
    expect(signer.hint).toBe(keyHint(publicKey))
    expect(signer.publicKeyPEM).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString())
    const sig = signer.signDigest(sha('sha256', DATA))
    expect(verify('sha256', DATA, publicKey, sig)).toBe(true)
    expect(verify('sha256', Buffer.from('other'), publicKey, sig)).toBe(false)
  })

  it('signs digests with P-384 and P-521 keys', () => {
    for (const [curve, alg] of [
      ['P-384', 'sha384'],
      ['P-521', 'sha512']
    ] as const) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve })
      const sig = new KeySigner(privateKey).signDigest(sha(alg, DATA))
      expect(verify(alg, DATA, publicKey, sig)).toBe(true)
    }
  })

  it('rejects a digest of the wrong size', () => {
    const signer = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)
    expect(thrown(() => signer.signDigest(Buffer.alloc(20))).message).toContain('32, 48 or 64 bytes')
  })

  it('signs data with RSA and Ed25519 keys, and refuses to sign their digests', () => {
    for (const pair of [generateKeyPairSync('rsa', { modulusLength: 2048 }), generateKeyPairSync('ed25519')]) {
      const signer = new KeySigner(pair.privateKey)
      expect(signer.canSignDigest).toBe(false)
      const err = thrown(() => signer.signDigest(sha('sha256', DATA)))
      expect(err.code).toBe('KEY_INVALID')
      expect(err.message).toContain('cannot sign a precomputed digest')
      const sig = signer.sign(DATA)
      expect(verify(signer.kind === 'ed25519' ? null : 'sha256', DATA, pair.publicKey, sig)).toBe(true)
    }
  })

  it('refuses a public key', () => {
    expect(thrown(() => new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).message).toContain('is not a private key')
  })

  it('makes key-signed bundles that seal verifies with the public key, and only with it', async () => {
    const pair = await generateKeyPair('pw')
    const signer = await KeySigner.fromEncryptedPEM(pair.privateKeyPEM, 'pw')
    expect(signer.publicKeyPEM).toBe(pair.publicKeyPEM)
    const digest = sha('sha256', DATA)
    const message = toMessageSignatureBundle({ digest, signature: signer.signDigest(digest), keyHint: signer.hint })
    expect(message.verificationMaterial.content).toEqual({ $case: 'publicKey', publicKey: { hint: signer.hint } })
    const artifact = { digest: { algorithm: 'sha256' as const, value: digest } }
    await expect(verifyBundle(message, artifact, { publicKeyPEM: pair.publicKeyPEM }, trust, NO_WITNESS)).resolves.toMatchObject({
      bundleType: 'message-signature'
    })

    const statement = Buffer.from(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a', digest: { sha256: digest.toString('hex') } }] })
    )
    const type = 'application/vnd.in-toto+json'
    const envelope = toDSSEBundle({
      artifact: statement,
      artifactType: type,
      signature: signer.sign(dsse.preAuthEncoding(type, statement)),
      keyHint: signer.hint
    })
    await expect(verifyBundle(envelope, artifact, { publicKeyPEM: pair.publicKeyPEM }, trust, NO_WITNESS)).resolves.toMatchObject({ bundleType: 'dsse' })

    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
    expect((await rejection(verifyBundle(message, artifact, { publicKeyPEM: other }, trust, NO_WITNESS))).code).toBe('SIGNATURE_INVALID')
  })

  it('names the input when the password is wrong', async () => {
    const pair = await generateKeyPair('pw')
    const err = await rejection(KeySigner.fromEncryptedPEM(pair.privateKeyPEM, 'nope', { input: 'private-key' }))
    expect(err.message).toBe('wrong password for the key in `private-key`')
  })
})

describe('KeySigner: regressions found by the property tests', () => {
  it('refuses a private key whose embedded public key belongs to another key', () => {
    const a = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const b = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const der = Buffer.from(a.privateKey.export({ format: 'der', type: 'sec1' }))
    const point = (k: typeof a.publicKey) => k.export({ format: 'der', type: 'spki' }).subarray(-65)
    point(b.publicKey).copy(der, der.indexOf(point(a.publicKey)))
    const err = thrown(() => new KeySigner(createPrivateKey({ key: der, format: 'der', type: 'sec1' }), 'the key in `key`'))
    expect(err.message).toBe('the key in `key` is damaged: its public key does not match its private key')
  })
})
