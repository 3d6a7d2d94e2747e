import { createHash, generateKeyPairSync } from 'node:crypto'

import { embeddedTrustedRoot } from '../../../src/core/trust/index.js'
import { encodePem, keyHint, parsePublicKey } from '../../../src/core/keys/index.js'
import { thrown } from '../../support/errors.js'

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const PEM = publicKey.export({ format: 'pem', type: 'spki' }).toString()
const DER = publicKey.export({ format: 'der', type: 'spki' })

describe('parsePublicKey', () => {
  it('reads a PEM public key', () => {
    const parsed = parsePublicKey(PEM)
    expect(parsed.publicKeyPEM).toBe(PEM)
    expect(parsed.publicKey.equals(publicKey)).toBe(true)
  })

  it('reads the base64 body alone, wrapped or not, as pasted from cosign.pub', () => {
    const body = PEM.split('\n')
      .filter(l => l && !l.startsWith('-----'))
      .join('\n')
    expect(parsePublicKey(body).publicKeyPEM).toBe(PEM)
    expect(parsePublicKey(`  ${DER.toString('base64')}\n`).publicKeyPEM).toBe(PEM)
  })

  it('reads an RSA PUBLIC KEY (PKCS#1) and normalises it to PKIX', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    const parsed = parsePublicKey(rsa.export({ format: 'pem', type: 'pkcs1' }).toString())
    expect(parsed.publicKeyPEM).toBe(rsa.export({ format: 'pem', type: 'spki' }).toString())
  })

  it('uses the key of a certificate, as PEM or as a bare base64 body', () => {
    const der = Buffer.from(embeddedTrustedRoot().certificateAuthorities.at(-1)!.certChain!.certificates[0].rawBytes)
    const fromPEM = parsePublicKey(encodePem('CERTIFICATE', der), 'certificate')
    expect(fromPEM.publicKey.asymmetricKeyType).toBe('ec')
    expect(parsePublicKey(der.toString('base64')).publicKeyPEM).toBe(fromPEM.publicKeyPEM)
  })

  it('ignores text around the PEM block', () => {
    expect(parsePublicKey(`# cosign.pub of acme\n${PEM}\ntrailing`).publicKeyPEM).toBe(PEM)
  })

  it('names the input in every error', () => {
    const priv = thrown(() => parsePublicKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 'public-key'))
    expect(priv.code).toBe('KEY_INVALID')
    expect(priv.message).toContain('`public-key` holds a private key')
    expect(thrown(() => parsePublicKey('not a key, at all!', 'public-key')).message).toContain('`public-key` is neither a PEM public key nor base64 DER')
    expect(thrown(() => parsePublicKey(Buffer.from('abcd').toString('base64'), 'key')).message).toContain('the public key in `key` cannot be parsed')
    expect(thrown(() => parsePublicKey(encodePem('PUBLIC KEY', Buffer.from('junk')), 'key')).message).toContain('the public key in `key` cannot be parsed')
    expect(thrown(() => parsePublicKey(encodePem('FOO', Buffer.from('junk')), 'key')).message).toContain('`key` holds no public key or certificate (found FOO)')
    const corrupt = PEM.replace(/\n[A-Za-z0-9+/]/, '\n!')
    expect(thrown(() => parsePublicKey(corrupt, 'key')).message).toContain('not valid base64')
  })

  it('refuses key types Sigstore does not use', () => {
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ format: 'pem', type: 'spki' }).toString()
    expect(thrown(() => parsePublicKey(x25519, 'key')).message).toContain('x25519 key')
  })
})

describe('keyHint', () => {
  it('is base64 of the SHA-256 of the PKIX DER, from a KeyObject or PEM', () => {
    const expected = createHash('sha256').update(DER).digest('base64')
    expect(keyHint(publicKey)).toBe(expected)
    expect(keyHint(PEM)).toBe(expected)
    expect(keyHint(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).not.toBe(expected)
  })
})

describe('parsePublicKey: regressions found by the property tests', () => {
  // Once accepted as the original key: OpenSSL ignores bytes after the DER; Go refuses them.
  it.each([
    ['PEM', (der: Buffer) => encodePem('PUBLIC KEY', der)],
    ['bare base64', (der: Buffer) => der.toString('base64')]
  ])('refuses bytes after the DER (%s)', (_name, wrap) => {
    const err = thrown(() => parsePublicKey(wrap(Buffer.concat([DER, Buffer.from([5, 0])])), 'verify-key'))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toBe('the public key in `verify-key` cannot be parsed: its DER is cut short or has bytes after it')
  })
})
