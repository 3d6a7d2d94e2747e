/**
 * The cosign key format, checked against an implementation written here from
 * the format description alone: node's scrypt, tweetnacl's secretbox and plain
 * JSON, sharing no code with src/core/keys.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto'

import nacl from 'tweetnacl'

import { decryptPrivateKey, encryptPrivateKey, generateKeyPair, loadPrivateKey } from '../../../src/core/keys/index.js'
import { rejection } from '../../support/errors.js'

const PASSWORD = 'correct horse battery staple ✓'

/** Go's encoding/json output for the envelope: field order fixed, no whitespace, padded base64. */
const GO_LAYOUT =
  /^\{"kdf":\{"name":"scrypt","params":\{"N":65536,"r":8,"p":1\},"salt":"[A-Za-z0-9+/]{43}="\},"cipher":\{"name":"nacl\/secretbox","nonce":"[A-Za-z0-9+/]{32}"\},"ciphertext":"[A-Za-z0-9+/]+={0,2}"\}$/

interface Envelope {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

/** Splits a one-block PEM file; asserts Go's framing (64-character lines, trailing newline). */
function independentPemBody(pem: string): { type: string; body: Buffer } {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----\n$/.exec(pem)
  if (!m) throw new Error('not a single PEM block')
  const lines = m[2].split('\n')
  for (const line of lines.slice(0, -1)) expect(line).toHaveLength(64)
  expect(lines[lines.length - 1].length).toBeLessThanOrEqual(64)
  return { type: m[1], body: Buffer.from(lines.join(''), 'base64') }
}

function independentDecrypt(pem: string, password: string): { type: string; json: string; pkcs8: Buffer } {
  const { type, body } = independentPemBody(pem)
  const json = body.toString('utf8')
  const doc = JSON.parse(json) as Envelope
  expect(doc.kdf.name).toBe('scrypt')
  expect(doc.cipher.name).toBe('nacl/secretbox')
  const salt = Buffer.from(doc.kdf.salt, 'base64')
  const nonce = Buffer.from(doc.cipher.nonce, 'base64')
  expect(salt).toHaveLength(32)
  expect(nonce).toHaveLength(24)
  const { N, r, p } = doc.kdf.params
  const key = scryptSync(Buffer.from(password, 'utf8'), salt, 32, { N, r, p, maxmem: 256 * 1024 * 1024 })
  const opened = nacl.secretbox.open(Buffer.from(doc.ciphertext, 'base64'), nonce, key)
  if (!opened) throw new Error('secretbox.open failed')
  return { type, json, pkcs8: Buffer.from(opened) }
}

function independentEncrypt(pkcs8: Buffer, password: string, type: string, N: number): string {
  const salt = randomBytes(32)
  const nonce = randomBytes(24)
  const key = scryptSync(Buffer.from(password, 'utf8'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })
  const sealed = Buffer.from(nacl.secretbox(pkcs8, nonce, key))
  const json = `{"kdf":{"name":"scrypt","params":{"N":${N},"r":8,"p":1},"salt":"${salt.toString('base64')}"},"cipher":{"name":"nacl/secretbox","nonce":"${nonce.toString('base64')}"},"ciphertext":"${sealed.toString('base64')}"}`
  const body = Buffer.from(json)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')
  return `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`
}

let generated: { privateKeyPEM: string; publicKeyPEM: string }
beforeAll(async () => {
  generated = await generateKeyPair(PASSWORD)
})

describe('generateKeyPair output, read by an independent implementation', () => {
  it('is an ENCRYPTED SIGSTORE PRIVATE KEY in Go’s JSON layout that opens to the P-256 key of the public key', () => {
    const { type, json, pkcs8 } = independentDecrypt(generated.privateKeyPEM, PASSWORD)
    expect(type).toBe('ENCRYPTED SIGSTORE PRIVATE KEY')
    expect(json).toMatch(GO_LAYOUT)
    // Go's PKCS#8 for P-256 is 138 bytes; the secretbox adds a 16-byte tag.
    expect(pkcs8).toHaveLength(138)
    expect(Buffer.from((JSON.parse(json) as Envelope).ciphertext, 'base64')).toHaveLength(154)
    const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
    expect(createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString()).toBe(generated.publicKeyPEM)
    expect(generated.publicKeyPEM).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/)
  })

  it('does not open with another password', () => {
    expect(() => independentDecrypt(generated.privateKeyPEM, PASSWORD + '!')).toThrow('secretbox.open failed')
  })

  it('uses a fresh salt and nonce for every key', async () => {
    const envelope = (pem: string) => JSON.parse(independentPemBody(pem).body.toString('utf8')) as Envelope
    const first = envelope(generated.privateKeyPEM)
    const second = envelope((await generateKeyPair(PASSWORD)).privateKeyPEM)
    expect(second.kdf.salt).not.toBe(first.kdf.salt)
    expect(second.cipher.nonce).not.toBe(first.cipher.nonce)
  })
})

describe('loadPrivateKey with keys from the independent implementation', () => {
  it('loads a legacy ENCRYPTED COSIGN PRIVATE KEY with N=32768', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const pem = independentEncrypt(privateKey.export({ format: 'der', type: 'pkcs8' }), PASSWORD, 'ENCRYPTED COSIGN PRIVATE KEY', 32768)
    const loaded = await loadPrivateKey(pem, PASSWORD)
    expect(loaded.kind).toBe('ecdsa-p256')
    expect(loaded.publicKeyPEM).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString())
  })

  it('loads an ENCRYPTED SIGSTORE PRIVATE KEY with N=65536 and an empty password', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' })
    const pem = independentEncrypt(privateKey.export({ format: 'der', type: 'pkcs8' }), '', 'ENCRYPTED SIGSTORE PRIVATE KEY', 65536)
    const loaded = await loadPrivateKey(pem, '')
    expect(loaded.kind).toBe('ecdsa-p384')
    expect(loaded.publicKey.equals(publicKey)).toBe(true)
  })

  it('reports a wrong password as KEY_INVALID naming the input, without the password', async () => {
    const err = await rejection(loadPrivateKey(generated.privateKeyPEM, 'hunter2-wrong', { input: 'signing-key', passwordInput: 'key-password' }))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toBe('wrong password for the key in `signing-key`')
    expect(err.hint).toContain('`key-password`')
    expect(err.describe()).not.toContain('hunter2')
  })
})

describe('the envelope', () => {
  const der = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' })
  const cheap = { N: 1024, r: 8, p: 1 }

  it('round-trips with any supported cost', async () => {
    const plain = der()
    const json = await encryptPrivateKey(plain, 'pw', cheap)
    expect(JSON.parse(json.toString()).kdf.params).toEqual(cheap)
    expect(await decryptPrivateKey(json, 'pw', 'key')).toEqual(plain)
  })

  const tamper = async (edit: (doc: Envelope) => void): Promise<Buffer> => {
    const doc = JSON.parse((await encryptPrivateKey(der(), 'pw', cheap)).toString()) as Envelope
    edit(doc)
    return Buffer.from(JSON.stringify(doc))
  }

  it.each([
    ['an unknown kdf', (d: Envelope) => (d.kdf.name = 'argon2'), 'unknown key derivation "argon2"'],
    ['an unknown cipher', (d: Envelope) => (d.cipher.name = 'aes-gcm'), 'unknown cipher "aes-gcm"'],
    ['N not a power of two', (d: Envelope) => (d.kdf.params.N = 1000), 'N=1000 is not a power of two'],
    ['a cost that would exhaust memory', (d: Envelope) => (d.kdf.params.N = 2 ** 24), 'too costly'],
    ['a short nonce', (d: Envelope) => (d.cipher.nonce = Buffer.alloc(12).toString('base64')), 'nonce has 12 bytes'],
    ['a salt that is not base64', (d: Envelope) => (d.kdf.salt = 'not base64!'), '"salt" is missing or not base64']
  ])('rejects %s', async (_name, edit, detail) => {
    const err = await rejection(decryptPrivateKey(await tamper(edit), 'pw', 'key'))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toContain('`key` is malformed')
    expect(err.message).toContain(detail)
  })

  it('rejects a body that is not JSON', async () => {
    const err = await rejection(decryptPrivateKey(Buffer.from('\x30\x82\x01'), 'pw', 'cosign-key'))
    expect(err.message).toContain('the encrypted private key in `cosign-key` is malformed')
  })

  it('reports a changed ciphertext like a wrong password', async () => {
    const json = await tamper(d => {
      const ct = Buffer.from(d.ciphertext, 'base64')
      ct[20] ^= 1
      d.ciphertext = ct.toString('base64')
    })
    const err = await rejection(decryptPrivateKey(json, 'pw', 'key'))
    expect(err.message).toBe('wrong password for the key in `key`')
    expect(err.hint).toContain('damaged')
  })
})

describe('the envelope: regressions found by the property tests', () => {
  const der = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' })
  const withDoc = async (edit: (doc: Record<string, Record<string, unknown>>) => string | void): Promise<Buffer> => {
    const doc = JSON.parse((await encryptPrivateKey(der(), 'pw', { N: 8, r: 1, p: 1 })).toString()) as Record<string, Record<string, unknown>>
    const text = edit(doc)
    return Buffer.from(text ?? JSON.stringify(doc))
  }

  // Once a RangeError from node's scrypt (OpenSSL needs N < 2^(16·r)).
  it('refuses N=65536 with r=1 as a malformed key, not a RangeError', async () => {
    const json = await withDoc(d => void (d.kdf.params = { N: 65536, r: 1, p: 1 }))
    const err = await rejection(decryptPrivateKey(json, 'pw', 'key'))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toContain('N must be below 2^16 when r=1')
  })

  // Once admitted: 512 MiB and seconds of scrypt from a crafted file.
  it.each([[{ N: 2 ** 18, r: 16, p: 1 }], [{ N: 2 ** 22, r: 1, p: 1 }], [{ N: 2 ** 17, r: 8, p: 4 }]])(
    'refuses %j as too costly before running scrypt',
    async params => {
      const json = await withDoc(d => void (d.kdf.params = params))
      const started = performance.now()
      const err = await rejection(decryptPrivateKey(json, 'pw', 'key'))
      // scrypt at these costs takes seconds; a refusal on sight, milliseconds.
      expect(performance.now() - started).toBeLessThan(500)
      expect(err.message).toContain('too costly')
    }
  )

  // Once a RangeError: the unknown name was serialized whole into the message.
  it('describes a deeply nested kdf or cipher name without serializing it', async () => {
    const depth = 100_000
    const json = await withDoc(d => {
      d.kdf.name = 'DEEP'
      return JSON.stringify(d).replace('"DEEP"', '['.repeat(depth) + ']'.repeat(depth))
    })
    const err = await rejection(decryptPrivateKey(json, 'pw', 'key'))
    expect(err.message).toContain('unknown key derivation an array')
    const long = await withDoc(d => void (d.cipher.name = 'x'.repeat(100_000)))
    expect((await rejection(decryptPrivateKey(long, 'pw', 'key'))).message.length).toBeLessThan(300)
  })
})
