/**
 * 10,000 mutants of a DSSE bundle holding an in-toto statement (Rekor v2
 * entry with an inclusion proof, plus an RFC 3161 timestamp) through
 * parseBundle + verifyBundle: verified only when unchanged, otherwise a
 * SealError, never another exception or a hang. SEAL_PROPERTY_RUNS lowers
 * the count locally.
 */
import { checkMutants, describeTally, signSample, verifyChanged, type BundleShape, type SignedSample } from './bundle-harness.js'
import { NUM_RUNS } from './json-mutations.js'

let sample: SignedSample
beforeAll(async () => {
  sample = await signSample('dsse')
}, 60_000)

it(`DSSE bundle: ${NUM_RUNS} mutants verify only when unchanged, and fail only with a SealError`, async () => {
  const tally = await checkMutants(sample)
  console.log(describeTally('dsse', tally))
  expect(tally.runs).toBe(NUM_RUNS)
  // The mutants really exercised verification, not just the JSON parser.
  expect(Object.keys(tally.rejected).filter(code => !code.startsWith('parse')).length).toBeGreaterThan(3)
  expect(tally.verifiedSame).toBeGreaterThan(0)
}, 600_000)

describe('a Rekor v2 entry (no inclusion promise)', () => {
  it('reports neither its unsigned integrated time nor its unsigned log index, whatever they say', async () => {
    const result = await verifyChanged(sample, (b: BundleShape) => {
      b.verificationMaterial.tlogEntries[0].integratedTime = '99999999999999999999'
      b.verificationMaterial.tlogEntries[0].logIndex = '12345'
    })
    expect(typeof result).toBe('object')
    expect(result).not.toHaveProperty('integratedTime')
    // The log index comes from the inclusion proof, which the signed checkpoint covers.
    expect(result).toHaveProperty(
      'logIndex',
      String((sample.json as unknown as BundleShape).verificationMaterial.tlogEntries[0].inclusionProof.logIndex ?? '0')
    )
  })
})
