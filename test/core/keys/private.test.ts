import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'

import { encodePem, encryptPrivateKey, generateKeyPair, importKeyPair, loadPrivateKey } from '../../../src/core/keys/index.js'
import { rejection } from '../../support/errors.js'

const spkiPEM = (key: KeyObject): string => (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'pem', type: 'spki' }).toString()

describe('generateKeyPair and loadPrivateKey', () => {
  it('round-trips a P-256 key pair', async () => {
    const pair = await generateKeyPair('s3cret')
    expect(pair.privateKeyPEM.startsWith('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n')).toBe(true)
    const loaded = await loadPrivateKey(pair.privateKeyPEM, 's3cret')
    expect(loaded.kind).toBe('ecdsa-p256')
    expect(loaded.privateKey.type).toBe('private')
    expect(loaded.publicKeyPEM).toBe(pair.publicKeyPEM)
    expect(spkiPEM(loaded.privateKey)).toBe(pair.publicKeyPEM)
  })

  it('says what to do with an unencrypted or a public key, naming the input', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const plain = await rejection(loadPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), '', { input: 'key' }))
    expect(plain.code).toBe('KEY_INVALID')
    expect(plain.message).toContain('the key in `key` is not encrypted (PRIVATE KEY)')
    expect(plain.hint).toContain('seal import-key-pair')
    const pub = await rejection(loadPrivateKey(spkiPEM(publicKey), '', { input: 'signing-key' }))
    expect(pub.message).toContain('`signing-key` holds a public key')
    const none = await rejection(loadPrivateKey('hello', ''))
    expect(none.message).toContain('`key` is not a PEM private key')
    const other = await rejection(loadPrivateKey(encodePem('OPENSSH PRIVATE KEY', Buffer.from('x')), ''))
    expect(other.message).toContain('unsupported key type in `key`: OPENSSH PRIVATE KEY')
  })

  it('rejects an envelope that opens to something other than PKCS#8', async () => {
    const sealed = await encryptPrivateKey(Buffer.from('not a key'), 'pw', { N: 1024, r: 8, p: 1 })
    const err = await rejection(loadPrivateKey(encodePem('ENCRYPTED SIGSTORE PRIVATE KEY', sealed), 'pw'))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toContain('is not a PKCS#8 private key')
  })
})

describe('importKeyPair', () => {
  const cases: [string, () => { privateKey: KeyObject }, 'pkcs8' | 'sec1' | 'pkcs1', string][] = [
    ['PKCS#8 ECDSA P-256', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }), 'pkcs8', 'ecdsa-p256'],
    ['SEC1 ECDSA P-384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' }), 'sec1', 'ecdsa-p384'],
    ['PKCS#1 RSA 2048', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), 'pkcs1', 'rsa'],
    ['PKCS#8 Ed25519', () => generateKeyPairSync('ed25519'), 'pkcs8', 'ed25519']
  ]

  it.each(cases)('converts a %s key to cosign format', async (_name, make, type, kind) => {
    const { privateKey } = make()
    const pem = privateKey.export({ format: 'pem', type } as never).toString()
    const imported = await importKeyPair(pem, 'pw')
    expect(imported.privateKeyPEM).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/)
    expect(imported.publicKeyPEM).toBe(spkiPEM(privateKey))
    const loaded = await loadPrivateKey(imported.privateKeyPEM, 'pw')
    expect(loaded.kind).toBe(kind)
    expect(loaded.publicKeyPEM).toBe(imported.publicKeyPEM)
  })

  it('skips an EC PARAMETERS block before the key, as `openssl ecparam -genkey` writes', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const params = encodePem('EC PARAMETERS', Buffer.from('06082a8648ce3d030107', 'hex'))
    const imported = await importKeyPair(params + privateKey.export({ format: 'pem', type: 'sec1' }).toString(), '')
    expect(imported.publicKeyPEM).toBe(spkiPEM(privateKey))
  })

  it('refuses weak or unsupported keys, naming the input', async () => {
    const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs1' }).toString()
    const weak = await rejection(importKeyPair(rsa1024, 'pw', { input: 'key' }))
    expect(weak.code).toBe('KEY_INVALID')
    expect(weak.message).toContain('the key in `key` is a 1024-bit RSA key')
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    expect((await rejection(importKeyPair(k1, 'pw'))).message).toContain('curve secp256k1')
  })

  it('refuses encrypted and non-key input with a way forward', async () => {
    const cosignKey = (await generateKeyPair('x')).privateKeyPEM
    const already = await rejection(importKeyPair(cosignKey, 'pw'))
    expect(already.message).toContain('already encrypted')
    expect(already.hint).toContain('cosign format already')
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const pkcs8Encrypted = privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'p' }).toString()
    expect((await rejection(importKeyPair(pkcs8Encrypted, 'pw'))).hint).toContain('openssl pkey')
    const legacy = privateKey.export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'p' }).toString()
    expect((await rejection(importKeyPair(legacy, 'pw'))).message).toContain('Proc-Type')
    expect((await rejection(importKeyPair(spkiPEM(publicKey), 'pw', { input: 'key' }))).message).toContain('`key` holds no private key (found PUBLIC KEY)')
    expect((await rejection(importKeyPair('plain text', 'pw'))).message).toContain('`key` is not a PEM file')
  })
})

describe('regressions found by the property tests', () => {
  const a = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const b = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  /** The private key of `a` with the public point of `b`. */
  const spliced = (type: 'sec1' | 'pkcs8'): Buffer => {
    const der = Buffer.from(a.privateKey.export({ format: 'der', type }))
    const point = (k: KeyObject) => k.export({ format: 'der', type: 'spki' }).subarray(-65)
    point(b.publicKey).copy(der, der.indexOf(point(a.publicKey)))
    return der
  }

  // Once imported: cosign.key signed with one key while cosign.pub held another.
  it.each([
    ['EC PRIVATE KEY', 'sec1'],
    ['PRIVATE KEY', 'pkcs8']
  ] as const)('refuses a %s whose public key belongs to another key', async (label, type) => {
    const err = await rejection(importKeyPair(encodePem(label, spliced(type)), 'pw', { input: 'key' }))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toBe('the key in `key` is damaged: its public key does not match its private key')
  })

  it('refuses such a key inside a cosign envelope too', async () => {
    const sealed = await encryptPrivateKey(spliced('pkcs8'), 'pw', { N: 8, r: 1, p: 1 })
    const err = await rejection(loadPrivateKey(encodePem('ENCRYPTED SIGSTORE PRIVATE KEY', sealed), 'pw', { input: 'key' }))
    expect(err.message).toContain('does not match its private key')
  })

  // Once accepted: OpenSSL ignores bytes after the key; cosign (Go) refuses them.
  it('refuses bytes after the DER of the key', async () => {
    const der = Buffer.concat([a.privateKey.export({ format: 'der', type: 'pkcs8' }), Buffer.from([0, 1, 2])])
    const err = await rejection(importKeyPair(encodePem('PRIVATE KEY', der), 'pw', { input: 'key' }))
    expect(err.message).toBe('the key in `key` is not a valid PRIVATE KEY: its DER is cut short or has bytes after it')
  })

  it('encrypts an import with the scrypt cost asked for', async () => {
    const pair = await importKeyPair(encodePem('PRIVATE KEY', a.privateKey.export({ format: 'der', type: 'pkcs8' })), 'pw', { scrypt: { N: 8, r: 1, p: 1 } })
    const body = Buffer.from(pair.privateKeyPEM.replace(/-----[^-]+-----|\n/g, ''), 'base64').toString()
    expect(JSON.parse(body).kdf.params).toEqual({ N: 8, r: 1, p: 1 })
    expect((await loadPrivateKey(pair.privateKeyPEM, 'pw')).publicKeyPEM).toBe(spkiPEM(a.publicKey))
  })
})
