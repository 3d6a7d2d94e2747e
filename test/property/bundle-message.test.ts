/**
 * 10,000 mutants of a message-signature bundle as seal signs by default (a
 * Rekor v1 hashedrekord entry with inclusion proof and promise) through
 * parseBundle + verifyBundle: verified only when unchanged, otherwise a
 * SealError, never another exception or a hang. SEAL_PROPERTY_RUNS lowers
 * the count locally.
 */
import { checkMutants, describeTally, signSample, verifyChanged, type BundleShape, type SignedSample } from './bundle-harness.js'
import { NUM_RUNS } from './json-mutations.js'

let sample: SignedSample
beforeAll(async () => {
  sample = await signSample('message-signature')
}, 60_000)

it(`message-signature bundle: ${NUM_RUNS} mutants verify only when unchanged, and fail only with a SealError`, async () => {
  const tally = await checkMutants(sample)
  console.log(describeTally('message-signature', tally))
  expect(tally.runs).toBe(NUM_RUNS)
  // The mutants really exercised verification, not just the JSON parser.
  expect(Object.keys(tally.rejected).filter(code => !code.startsWith('parse')).length).toBeGreaterThan(3)
  expect(tally.verifiedSame).toBeGreaterThan(0)
}, 600_000)

describe('changes outside what the signatures cover', () => {
  const flip = (b64: string, i = 0): string => {
    const bytes = Buffer.from(b64, 'base64')
    bytes[i] ^= 1
    return bytes.toString('base64')
  }
  it.each([
    [
      'the inclusion proof root hash',
      (b: BundleShape) => (b.verificationMaterial.tlogEntries[0].inclusionProof.rootHash = flip(b.verificationMaterial.tlogEntries[0].inclusionProof.rootHash)),
      'TLOG_INVALID'
    ],
    ['the inclusion proof tree size', (b: BundleShape) => (b.verificationMaterial.tlogEntries[0].inclusionProof.treeSize = '7'), 'TLOG_INVALID'],
    [
      'text after the checkpoint signatures',
      (b: BundleShape) => (b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope += 'unsigned\n'),
      'TLOG_INVALID'
    ],
    [
      'a stray character in a checkpoint signature',
      (b: BundleShape) => {
        const cp = b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint
        cp.envelope = cp.envelope.replace(/(\u2014 \S+ \S{10})/, '$1!')
      },
      'TLOG_INVALID'
    ],
    [
      "the certificate's outer DER tag",
      (b: BundleShape) => (b.verificationMaterial.certificate.rawBytes = flip(b.verificationMaterial.certificate.rawBytes)),
      'BUNDLE_MALFORMED'
    ]
  ])('are rejected: %s', async (_what, change, code) => {
    expect(await verifyChanged(sample, change)).toBe(code)
  })

  const renameSigner = (name: string) => (b: BundleShape) => {
    const cp = b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint
    cp.envelope = cp.envelope.replace(/\u2014 \S+ /, `\u2014 ${name} `)
  }

  it('a checkpoint signer name is a label: checkpoints are matched by key hint, so any name verifies', async () => {
    // Private deployments sign checkpoints under names that are not the log URL's host (sigstore-go matches by key too).
    expect(await verifyChanged(sample, renameSigner('rekor.example'))).toMatchObject({ logIndex: expect.any(String) })
  })

  it('a checkpoint signer name is not signed: a part of the log URL still verifies', async () => {
    // The mutation property meets this too (e.g. `127.0.0.1:40639` cut to `127.0`), and counts it as unchanged.
    expect(await verifyChanged(sample, renameSigner('127.0'))).toMatchObject({ logIndex: expect.any(String) })
  })

  /** The checkpoint's signature line with its base64 rewritten by `change` (given the text and its decoded bytes). */
  const rewriteSignature = (change: (b64: string) => string) => (b: BundleShape) => {
    const cp = b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint
    cp.envelope = cp.envelope.replace(/(\u2014 \S+ )(\S+)\n/, (_line, head: string, sig: string) => `${head}${change(sig)}\n`)
  }
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

  it('a checkpoint signature is read as its bytes: other bytes are rejected, the same bytes in non-canonical base64 verify', async () => {
    expect(
      await verifyChanged(
        sample,
        rewriteSignature(sig => flip(sig, 8))
      )
    ).toBe('TLOG_INVALID')
    // The lowest bit of the last character before `=` padding encodes nothing (the mutation property meets this too).
    const sig = /\u2014 \S+ (\S+)\n/.exec((sample.json as unknown as BundleShape).verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope)![1]
    if (!sig.endsWith('=')) return
    const last = sig.replace(/=+$/, '').length - 1
    const other = sig.slice(0, last) + B64[B64.indexOf(sig[last]) ^ 1] + sig.slice(last + 1)
    expect(Buffer.from(other, 'base64').equals(Buffer.from(sig, 'base64'))).toBe(true)
    expect(
      await verifyChanged(
        sample,
        rewriteSignature(() => other)
      )
    ).toMatchObject({ logIndex: expect.any(String) })
  })

  it('the untouched bundle verifies, reporting the signed log index and time', async () => {
    const result = await verifyChanged(sample, () => {})
    expect(result).toMatchObject({ logIndex: (sample.json as unknown as BundleShape).verificationMaterial.tlogEntries[0].logIndex })
    expect(typeof result === 'object' && result.integratedTime).toMatch(/^20\d\d-/)
  })
})
