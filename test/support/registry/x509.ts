/**
 * A self-signed P-256 X.509 certificate built from DER by hand: the token
 * issuer the test registry trusts (its `rootcertbundle`). Only what Go's
 * x509 parser and verifier need: v3, a positive serial, ecdsa-with-SHA256,
 * one common name, a validity window and basicConstraints CA:true.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content])
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts))
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts))
const explicit = (n: number, content: Buffer): Buffer => tlv(0xa0 + n, content)
const bool = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0x00]))
const octets = (content: Buffer): Buffer => tlv(0x04, content)
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'))

function integer(value: Buffer): Buffer {
  let v = value
  while (v.length > 1 && v[0] === 0 && v[1] < 0x80) v = v.subarray(1)
  if (v[0] >= 0x80) v = Buffer.concat([Buffer.from([0]), v])
  return tlv(0x02, v)
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number)
  const out = [40 * parts[0] + parts[1]]
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f]
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) stack.unshift(0x80 | (v & 0x7f))
    out.push(...stack)
  }
  return tlv(0x06, Buffer.from(out))
}

/** UTCTime, YYMMDDHHMMSSZ (years 1950–2049). */
function utcTime(date: Date): Buffer {
  const iso = date.toISOString()
  const text = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16) + iso.slice(17, 19) + 'Z'
  return tlv(0x17, Buffer.from(text, 'ascii'))
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'))

export interface IssuerCertificate {
  /** The certificate, DER. */
  der: Buffer
  pem: string
  privateKey: KeyObject
}

/**
 * A fresh P-256 key and a self-signed CA certificate for it, valid from an hour ago for a day.
 * Its subject is the common name plus an organization unique to the certificate. Tests trust
 * such certificates process-wide (one jest worker runs many files), and OpenSSL picks an
 * issuer among trusted certificates by subject name: with several trusted under one name (a
 * host's stand-in made by more than one file), it may pick another one's key, and the TLS
 * handshake fails with "self-signed certificate".
 */
export function selfSignedCertificate(commonName: string): IssuerCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const unique = utf8(`seal test ${randomBytes(8).toString('hex')}`)
  const name = seq(set(seq(oid('2.5.4.10'), unique)), set(seq(oid('2.5.4.3'), utf8(commonName))))
  const now = Date.now()
  const serial = randomBytes(16)
  serial[0] &= 0x7f
  const basicConstraints = seq(oid('2.5.29.19'), bool(true), octets(seq(bool(true))))
  // keyUsage: digitalSignature | keyCertSign (bits 0 and 5), critical.
  const keyUsage = seq(oid('2.5.29.15'), bool(true), octets(tlv(0x03, Buffer.from([0x02, 0x84]))))
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ECDSA_SHA256,
    name,
    seq(utcTime(new Date(now - 3600_000)), utcTime(new Date(now + 24 * 3600_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(basicConstraints, keyUsage))
  )
  const signature = sign('sha256', tbs, privateKey)
  const der = seq(tbs, ECDSA_SHA256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])))
  const body = der.toString('base64').replace(/.{1,64}/g, '$&\n')
  return { der, pem: `-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n`, privateKey }
}
