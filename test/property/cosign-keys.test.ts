/**
 * cosign keys under mutation:
 *
 *  - public keys (parsePublicKey) as users hand them over: PEM (PUBLIC KEY,
 *    RSA PUBLIC KEY, CERTIFICATE), a bare base64 body, or a path-like value,
 *    with the armour, the base64 body or the DER mutated;
 *  - encrypted cosign private keys (loadPrivateKey): the JSON envelope
 *    mutated (json-mutations), the PEM around it, the password, and absurd
 *    scrypt parameters, which must be refused before any work is done;
 *  - unencrypted private keys (importKeyPair): PKCS#8, SEC1 and PKCS#1 with
 *    the armour or DER mutated, or the public key of another key spliced in.
 *
 * Every outcome is a key or a SealError. An armour-only change or a mutated
 * envelope never yields another key than the original; an imported key
 * always signs what its public key verifies. Test keys are encrypted with a
 * tiny scrypt cost (N=8, r=1) so 10,000 runs per property stay fast.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'

import fc from 'fast-check'

import { decodePemBlocks, encodePem, importKeyPair, loadPrivateKey, parsePublicKey, sealKeyPair, type ScryptParams } from '../../src/core/keys/index.js'
import { selfSignedCertificate } from '../support/registry/x509.js'
import { outcome as sharedOutcome } from './outcome.js'
import { jsonMutant, NUM_RUNS, propertyParams, type Json } from './json-mutations.js'

const INPUT = 'verify-key'
const PASSWORD = 'correct horse battery staple'
const CHEAP: ScryptParams = { N: 8, r: 1, p: 1 }
/** Slowest single call allowed (scrypt at the cheap cost takes well under a millisecond). */
const MAX_CALL_MS = 2_000

type Pair = { privateKey: KeyObject; publicKey: KeyObject }

let keys: { name: string; pair: Pair }[]
let other256: Pair
let certificate: { pem: string; publicKey: KeyObject }
let encrypted: { pem: string; envelope: Json; publicDER: Buffer }

const spki = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' })
const b64 = (b: Buffer): string => b.toString('base64')

beforeAll(async () => {
  keys = [
    { name: 'p256', pair: generateKeyPairSync('ec', { namedCurve: 'P-256' }) },
    { name: 'p384', pair: generateKeyPairSync('ec', { namedCurve: 'P-384' }) },
    { name: 'ed25519', pair: generateKeyPairSync('ed25519') },
    { name: 'rsa', pair: generateKeyPairSync('rsa', { modulusLength: 2048 }) }
  ]
  other256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const cert = selfSignedCertificate('seal property tests')
  certificate = { pem: cert.pem, publicKey: createPublicKey(cert.privateKey) }
  const sealed = await sealKeyPair(keys[0].pair.privateKey, PASSWORD, CHEAP)
  const [block] = decodePemBlocks(sealed.privateKeyPEM, 'test key')
  encrypted = { pem: sealed.privateKeyPEM, envelope: JSON.parse(block.der.toString('utf8')) as Json, publicDER: spki(keys[0].pair.publicKey) }
})

/** outcome() with the codes this file expects. */
const outcome = <T>(what: string, fn: () => T | Promise<T>, slowMs = 100) => sharedOutcome(what, fn, ['KEY_INVALID', 'INPUT_INVALID'], slowMs)

// ---------------------------------------------------------------------------
// Mutations shared by the three kinds of key text.

const armours = new Map<string, fc.Arbitrary<{ text: string; how: string }>>()

/** The PEM armour bent in ways that must never give another key (built once per text). */
function armour(pem: string): fc.Arbitrary<{ text: string; how: string }> {
  let arbitrary = armours.get(pem)
  if (!arbitrary) armours.set(pem, (arbitrary = buildArmour(pem)))
  return arbitrary
}

function buildArmour(pem: string): fc.Arbitrary<{ text: string; how: string }> {
  const type = /-----BEGIN ([^-]+)-----/.exec(pem)![1]
  const labels = [
    'PUBLIC KEY',
    'RSA PUBLIC KEY',
    'CERTIFICATE',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'RSA PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
    'ENCRYPTED SIGSTORE PRIVATE KEY',
    'ENCRYPTED COSIGN PRIVATE KEY',
    'public key',
    'PUBLIC  KEY',
    'X',
    ''
  ]
  const body = pem.replace(/-----(BEGIN|END) [^-]+-----/g, '').replace(/\s+/g, '')
  const block = (begin: string, end: string, lines: string[], eol = '\n'): string =>
    `-----BEGIN ${begin}-----${eol}${lines.join(eol)}${eol}-----END ${end}-----${eol}`
  const wrap = (width: number): string[] => body.match(new RegExp(`.{1,${width}}`, 'g')) ?? []
  return fc.oneof(
    fc.tuple(fc.constantFrom(...labels), fc.constantFrom('begin', 'end', 'both')).map(([label, where]) => ({
      text: block(where === 'end' ? type : label, where === 'begin' ? type : label, wrap(64)),
      how: `label ${where} ${JSON.stringify(label)}`
    })),
    fc
      .tuple(fc.integer({ min: 1, max: 120 }), fc.constantFrom('\n', '\r\n', '\n\n', '\n  ', '\t\n'))
      .map(([w, eol]) => ({ text: block(type, type, wrap(w), eol), how: `wrapped at ${w} with ${JSON.stringify(eol)}` })),
    fc.tuple(fc.nat({ max: 3 }), fc.constantFrom('----', '------', '-----  ')).map(([k, dashes]) => {
      let n = 0
      return { text: pem.replace(/-----/g, m => (n++ === k ? dashes : m)), how: `dashes ${k} -> ${dashes}` }
    }),
    fc.constantFrom(
      { text: pem.replace(/-----END[^\n]*\n?$/, ''), how: 'END line removed' },
      { text: pem.replace(/^-----BEGIN[^\n]*\n/, ''), how: 'BEGIN line removed' },
      { text: pem.replace(/\n/g, ''), how: 'on one line' },
      { text: pem.replace(/\n/, '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n'), how: 'legacy encryption headers' },
      { text: 'Bag Attributes\n    localKeyID: 01 02\n' + pem + '\ntrailing words\n', how: 'text around' },
      { text: pem + pem, how: 'block twice' },
      { text: pem.replace(/\n(?=-----END)/, '\n' + 'A'.repeat(200_000) + '\n'), how: '200,000 more body characters' }
    ),
    fc.tuple(fc.nat({ max: Math.max(0, body.length - 1) }), fc.constantFrom('!', '*', ' ', '.', '%', 'é', '\u0000', '=', '-')).map(([i, c]) => ({
      text: block(
        type,
        type,
        wrap(64)
          .join('')
          .slice(0, i)
          .concat(c, body.slice(i))
          .match(/.{1,64}/gs) ?? []
      ),
      how: `stray ${JSON.stringify(c)} at ${i}`
    })),
    fc.constantFrom(
      { text: block(type, type, [body.replace(/=+$/, '')]), how: 'padding removed' },
      { text: block(type, type, [body + '=']), how: 'padding added' },
      { text: block(type, type, [Buffer.from(body, 'base64').toString('base64url')]), how: 'base64url alphabet' }
    )
  )
}

/** DER bytes changed: bits flipped, cut, extended, or a length byte bent. */
function derMutant(der: Buffer): fc.Arbitrary<{ der: Buffer; how: string }> {
  const last = der.length - 1
  return fc.oneof(
    fc.tuple(fc.nat({ max: last }), fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
      const d = Buffer.from(der)
      d[i] ^= 1 << bit
      return { der: d, how: `bit ${bit} of byte ${i} flipped` }
    }),
    fc.nat({ max: last }).map(n => ({ der: der.subarray(0, n), how: `cut to ${n} bytes` })),
    fc.uint8Array({ minLength: 1, maxLength: 16 }).map(extra => ({ der: Buffer.concat([der, extra]), how: `${extra.length} bytes appended` })),
    fc.tuple(fc.nat({ max: Math.min(last, 8) }), fc.constantFrom(0x00, 0x7f, 0x80, 0x81, 0x84, 0x89, 0xff)).map(([i, v]) => {
      const d = Buffer.from(der)
      d[i] = v
      return { der: d, how: `byte ${i} set to ${v}` }
    })
  )
}

/**
 * Text built to make a backtracking PEM matcher go quadratic: thousands of
 * BEGIN (or END) lines without their other half, around a real block. Each
 * parse must stay within FRAMING_MS.
 */
function framing(pem: string): fc.Arbitrary<{ text: string; how: string; adversarial: true }> {
  return fc
    .record({
      unit: fc.constantFrom(
        '-----BEGIN PUBLIC KEY-----\n',
        '-----BEGIN A-----',
        '-----BEGIN ',
        '-----END A-----\n',
        '-----END ',
        '-----BEGIN A----- -----END a',
        '-----',
        '-----BEGIN X-----\nAAAA\n-----END Y'
      ),
      count: fc.integer({ min: 1_000, max: 20_000 }),
      where: fc.constantFrom('before', 'after', 'alone')
    })
    .map(({ unit, count, where }) => ({
      text: where === 'before' ? unit.repeat(count) + pem : where === 'after' ? pem + unit.repeat(count) : unit.repeat(count),
      how: `${count} × ${JSON.stringify(unit)} ${where}`,
      adversarial: true as const
    }))
}
const FRAMING_MS = 250

// ---------------------------------------------------------------------------

describe('public keys (property)', () => {
  type Source = { text: string; der: Buffer; label: string }
  const sources = (): Source[] => [
    ...keys.map(k => ({ text: k.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(), der: spki(k.pair.publicKey), label: 'PUBLIC KEY' })),
    {
      text: keys[3].pair.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
      der: keys[3].pair.publicKey.export({ format: 'der', type: 'pkcs1' }),
      label: 'RSA PUBLIC KEY'
    },
    { text: certificate.pem, der: decodePemBlocks(certificate.pem, 'cert')[0].der, label: 'CERTIFICATE' }
  ]
  const expectedKey = (s: Source): Buffer =>
    s.label === 'CERTIFICATE' ? spki(certificate.publicKey) : s.label === 'RSA PUBLIC KEY' ? spki(keys[3].pair.publicKey) : s.der

  const PATHS = [
    'cosign.pub',
    './cosign.pub',
    '/etc/passwd',
    '~/.sigstore/cosign.pub',
    'env://COSIGN_PUBLIC_KEY',
    'k8s://ns/secret',
    'hashivault://key',
    'awskms:///arn',
    'gcpkms://projects/p',
    'pkcs11:token=x',
    'https://example.com/cosign.pub',
    'C:\\keys\\cosign.pub',
    'abcd',
    'AAAA',
    '',
    ' ',
    '-----BEGIN ',
    '-----BEGIN PUBLIC KEY-----'
  ]

  type Case = { text: string; how: string; same: boolean; expected?: Buffer }

  it(`gives the original key or a SealError naming the input, for mutated armour, base64 and DER (${NUM_RUNS} runs)`, async () => {
    const cases = fc.nat({ max: 5 }).chain((i): fc.Arbitrary<Case> => {
      const s = sources()[i]
      return fc
        .oneof(
          // Armour or whitespace only: the original key or an error.
          { weight: 4, arbitrary: armour(s.text).map(m => ({ ...m, same: true })) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.integer({ min: 1, max: 100 }), fc.constantFrom('\n', '\r\n', ' ', '\t'))
              .map(([w, sep]) => ({ text: (b64(s.der).match(new RegExp(`.{1,${w}}`, 'g')) ?? []).join(sep), how: `bare base64, wrapped at ${w}`, same: true }))
          },
          // The DER itself changed: any valid key of a supported kind, or an error.
          {
            weight: 4,
            arbitrary: fc
              .tuple(derMutant(s.der), fc.boolean())
              .map(([m, bare]) => ({ text: bare ? b64(m.der) : encodePem(s.label, m.der), how: `${bare ? 'bare' : 'PEM'}: ${m.how}`, same: false }))
          },
          {
            weight: 1,
            arbitrary: fc
              .oneof(fc.constantFrom(...PATHS), fc.string({ unit: 'binary', maxLength: 100 }))
              .map(text => ({ text, how: 'path-like or random', same: false }))
          },
          { weight: 1, arbitrary: framing(s.text).map(m => ({ ...m, same: false })) }
        )
        .map(c => ({ ...c, how: `${s.label} (${i}) ${c.how}`, expected: expectedKey(s) }))
    })
    await fc.assert(
      fc.asyncProperty(cases, async c => {
        const { value, err, ms } = await outcome(c.how, () => parsePublicKey(c.text, INPUT))
        if (ms >= ('adversarial' in c ? FRAMING_MS : MAX_CALL_MS)) throw new Error(`${c.how}: took ${ms.toFixed(0)} ms`)
        // Bytes after the DER are refused, as Go's parsers (and so cosign) refuse them.
        if (c.how.endsWith('bytes appended') || c.how.endsWith('more body characters')) expect(err).toBeDefined()
        if (err) {
          expect(err.message).toContain(`\`${INPUT}\``)
          return
        }
        const got = spki(value!.publicKey)
        if (c.same && !got.equals(c.expected!)) throw new Error(`${c.how}: gave another key than the original`)
        // Whatever was accepted reads back as itself from its PEM.
        expect(spki(parsePublicKey(value!.publicKeyPEM, INPUT).publicKey).equals(got)).toBe(true)
      }),
      propertyParams()
    )
  })
})

describe('encrypted cosign private keys (property)', () => {
  type Case = { pem: string; password: string; how: string }

  const pemOf = (label: string, body: Buffer): string => encodePem(label, body)

  const cases = (): fc.Arbitrary<Case> =>
    fc.oneof(
      // The envelope mutated as JSON.
      {
        weight: 15,
        arbitrary: jsonMutant(encrypted.envelope).map(m => ({
          pem: pemOf('ENCRYPTED SIGSTORE PRIVATE KEY', Buffer.from(m.text, 'utf8')),
          password: PASSWORD,
          how: `envelope: ${m.how}`
        }))
      },
      // Fields nested far deeper than any serializer's stack allows (parsing 100,000 levels takes ~20 ms: drawn rarely).
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom('kdf', 'cipher', 'kdf.params', 'ciphertext', 'kdf.name', 'cipher.name', 'kdf.params.N'),
            fc.constantFrom(5_000, 20_000, 100_000)
          )
          .map(([field, depth]) => {
            const doc = JSON.parse(JSON.stringify(encrypted.envelope)) as Record<string, Record<string, unknown>>
            const path = field.split('.')
            let parent: Record<string, unknown> = doc
            for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>
            parent[path[path.length - 1]] = 'DEEP'
            const text = JSON.stringify(doc).replace('"DEEP"', '['.repeat(depth) + ']'.repeat(depth))
            return { pem: pemOf('ENCRYPTED SIGSTORE PRIVATE KEY', Buffer.from(text)), password: PASSWORD, how: `${field} nested ${depth} deep` }
          })
      },
      // The PEM around it.
      { weight: 10, arbitrary: armour(encrypted.pem).map(m => ({ pem: m.text, password: PASSWORD, how: `armour: ${m.how}` })) },
      {
        weight: 5,
        arbitrary: derMutant(Buffer.from(JSON.stringify(encrypted.envelope))).map(m => ({
          pem: pemOf('ENCRYPTED COSIGN PRIVATE KEY', m.der),
          password: PASSWORD,
          how: `envelope bytes: ${m.how}`
        }))
      },
      // The password.
      {
        weight: 5,
        arbitrary: fc
          .oneof(
            fc.constantFrom(
              '',
              ' ',
              PASSWORD.toUpperCase(),
              PASSWORD + ' ',
              ' ' + PASSWORD,
              PASSWORD.slice(0, -1),
              PASSWORD.normalize('NFD') + '\u0301',
              '\u0000'
            ),
            fc.string({ unit: 'binary', maxLength: 40 })
          )
          .filter(p => p !== PASSWORD)
          .map(password => ({ pem: encrypted.pem, password, how: `password ${JSON.stringify(password)}` }))
      },
      { weight: 4, arbitrary: fc.constant({ pem: encrypted.pem, password: PASSWORD, how: 'untouched' }) }
    )

  it(`loads the original key or gives a SealError, for mutated envelopes, armour and passwords (${NUM_RUNS} runs)`, async () => {
    let untouched = 0
    await fc.assert(
      fc.asyncProperty(cases(), async c => {
        const { value, err, ms } = await outcome(c.how, () => loadPrivateKey(c.pem, c.password, { input: INPUT, passwordInput: 'key-password' }))
        expect(ms).toBeLessThan(MAX_CALL_MS)
        if (c.how === 'untouched') {
          untouched++
          expect(err).toBeUndefined()
        }
        if (err) {
          expect(err.message).toContain(`\`${INPUT}\``)
          expect(err.describe()).not.toContain(PASSWORD)
          if (c.how.startsWith('password')) expect(err.message).toBe(`wrong password for the key in \`${INPUT}\``)
          return
        }
        // Authenticated encryption: nothing but the original key comes out.
        expect(spki(value!.publicKey).equals(encrypted.publicDER)).toBe(true)
        expect(value!.privateKey.export({ format: 'der', type: 'pkcs8' }).equals(keys[0].pair.privateKey.export({ format: 'der', type: 'pkcs8' }))).toBe(true)
      }),
      propertyParams()
    )
    expect(untouched).toBeGreaterThan(0)
  })

  /** scrypt parameters as a crafted file could give them. */
  const param = fc.oneof(
    fc.integer({ min: 1, max: 62 }).map(k => 2 ** k),
    fc.integer({ min: 1, max: 2 ** 40 }),
    fc.constantFrom<Json>(
      0,
      -1,
      -16,
      1,
      1.5,
      16.000001,
      2 ** 53,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      1e308,
      -1e308,
      '16',
      '8',
      null,
      true,
      [],
      {},
      [16],
      'Infinity'
    )
  )
  const WORK_RUN = 2 ** 16

  it(`refuses absurd scrypt N, r and p before any costly work, with a SealError (${NUM_RUNS} runs)`, async () => {
    const envelope = encrypted.envelope as { kdf: { params: Record<string, Json> } }
    const costly = (N: Json, r: Json, p: Json): boolean => typeof N === 'number' && typeof r === 'number' && typeof p === 'number' && N * r * p > WORK_RUN
    await fc.assert(
      fc.asyncProperty(
        fc
          .record({ N: param, r: param, p: param })
          // Parameters that are valid and costly but within the limit would really run scrypt: left out for speed.
          .filter(
            ({ N, r, p }) =>
              !(
                costly(N, r, p) &&
                (N as number) * (r as number) * (p as number) <= 2 ** 21 &&
                Number.isSafeInteger(N) &&
                Number.isSafeInteger(r) &&
                Number.isSafeInteger(p)
              )
          ),
        async params => {
          const doc = JSON.parse(JSON.stringify(envelope)) as { kdf: { params: Record<string, Json> } }
          doc.kdf.params = params
          const pem = pemOf('ENCRYPTED SIGSTORE PRIVATE KEY', Buffer.from(JSON.stringify(doc)))
          const { value, err, ms } = await outcome(`params ${JSON.stringify(params)}`, () => loadPrivateKey(pem, PASSWORD, { input: INPUT }))
          const same = params.N === CHEAP.N && params.r === CHEAP.r && params.p === CHEAP.p
          if (same) expect(value).toBeDefined()
          else expect(err).toBeDefined()
          // Costly parameters are refused on sight; the rest cost at most 2^16 block mixes (a few ms).
          expect(ms).toBeLessThan(costly(params.N, params.r, params.p) ? 250 : 1000)
        }
      ),
      propertyParams()
    )
  })
})

describe('unencrypted private keys imported (property)', () => {
  type Source = { pem: string; der: Buffer; label: string; key: number }
  const sources = (): Source[] => {
    const out: Source[] = []
    keys.forEach((k, i) => {
      const der = k.pair.privateKey.export({ format: 'der', type: 'pkcs8' })
      out.push({ pem: encodePem('PRIVATE KEY', der), der, label: 'PRIVATE KEY', key: i })
    })
    for (const i of [0, 1]) {
      const der = keys[i].pair.privateKey.export({ format: 'der', type: 'sec1' })
      out.push({ pem: encodePem('EC PRIVATE KEY', der), der, label: 'EC PRIVATE KEY', key: i })
    }
    const rsa = keys[3].pair.privateKey.export({ format: 'der', type: 'pkcs1' })
    out.push({ pem: encodePem('RSA PRIVATE KEY', rsa), der: rsa, label: 'RSA PRIVATE KEY', key: 3 })
    return out
  }

  /** The SEC1 or PKCS#8 DER of the P-256 key with another key's public point in it. */
  const spliced = (type: 'sec1' | 'pkcs8'): Buffer => {
    const der = Buffer.from(keys[0].pair.privateKey.export({ format: 'der', type }))
    const point = spki(keys[0].pair.publicKey).subarray(-65)
    spki(other256.publicKey).subarray(-65).copy(der, der.indexOf(point))
    return der
  }

  type Case = { pem: string; how: string; same?: number }

  const cases = (): fc.Arbitrary<Case> => {
    const all = sources()
    // P-384 and RSA signing cost a few ms: those sources are drawn less often.
    const pick = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(0, 2, 4) },
      { weight: 2, arbitrary: fc.constantFrom(1, 5) },
      { weight: 1, arbitrary: fc.constantFrom(3, 6) }
    )
    return fc.oneof(
      {
        weight: 3,
        arbitrary: pick.chain(i => armour(all[i].pem).map(m => ({ pem: m.text, how: `${all[i].label} ${keys[all[i].key].name}: ${m.how}`, same: all[i].key })))
      },
      {
        weight: 4,
        arbitrary: pick.chain(i =>
          derMutant(all[i].der).map(m => ({ pem: encodePem(all[i].label, m.der), how: `${all[i].label} ${keys[all[i].key].name}: ${m.how}` }))
        )
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom<'sec1' | 'pkcs8'>('sec1', 'pkcs8')
          .map(t => ({ pem: encodePem(t === 'sec1' ? 'EC PRIVATE KEY' : 'PRIVATE KEY', spliced(t)), how: `${t} with another key's public point` }))
      },
      { weight: 1, arbitrary: pick.map(i => ({ pem: all[i].pem, how: `${all[i].label} ${keys[all[i].key].name}: untouched`, same: all[i].key })) }
    )
  }

  it(`imports a key pair whose public key verifies what the private key signs, or gives a SealError (${NUM_RUNS} runs)`, async () => {
    let imported = 0
    await fc.assert(
      fc.asyncProperty(cases(), async c => {
        const { value, err, ms } = await outcome(c.how, () => importKeyPair(c.pem, PASSWORD, { input: INPUT, scrypt: CHEAP }))
        expect(ms).toBeLessThan(MAX_CALL_MS)
        if (c.how.endsWith('untouched')) expect(err).toBeUndefined()
        if (c.how.includes("another key's public point")) expect(err?.message).toContain('does not match its private key')
        if (c.how.endsWith('bytes appended') || c.how.endsWith('more body characters')) expect(err).toBeDefined()
        if (err) {
          expect(err.message).toContain(`\`${INPUT}\``)
          return
        }
        imported++
        const loaded = await loadPrivateKey(value!.privateKeyPEM, PASSWORD, { input: INPUT })
        const published = createPublicKey(value!.publicKeyPEM)
        expect(spki(loaded.publicKey).equals(spki(published))).toBe(true)
        const data = Buffer.from(c.how)
        const hash = loaded.kind === 'ed25519' ? null : 'sha256'
        expect(verify(hash, data, published, sign(hash, data, loaded.privateKey))).toBe(true)
        if (c.same !== undefined) {
          const original = keys[c.same].pair.privateKey
          expect(spki(published).equals(spki(keys[c.same].pair.publicKey))).toBe(true)
          expect(createPrivateKey(loaded.privateKey.export({ format: 'pem', type: 'pkcs8' })).equals(original)).toBe(true)
        }
      }),
      propertyParams()
    )
    expect(imported).toBeGreaterThan(0)
  })
})
