import { readAttestInputs, readVerifyInputs } from '../../../src/core/inputs/read.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('attest-action GitHub inputs', () => {
  it('stores attestations and storage records by default', () => {
    const inputs = readAttestInputs(getter({ 'subject-path': 'a', 'github-token': 'ghs_x' }))
    expect(inputs).toMatchObject({ githubToken: 'ghs_x', uploadAttestation: true, createStorageRecord: true })
    expect(inputs.subjectVersion).toBeUndefined()
    expect(readAttestInputs(getter({ 'subject-path': 'a' })).githubToken).toBeUndefined()
  })

  it('turns the upload and the storage records off', () => {
    const inputs = readAttestInputs(
      getter({ 'subject-path': 'a', 'upload-attestation': 'false', 'create-storage-record': 'false', 'subject-version': '1.0.0' })
    )
    expect(inputs).toMatchObject({ uploadAttestation: false, createStorageRecord: false, subjectVersion: '1.0.0' })
  })

  it('rejects what is not a switch and a version over 100 characters', () => {
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'upload-attestation': 'sometimes' }))).toThrow('`upload-attestation` must be true or false')
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'create-storage-record': 'maybe' }))).toThrow('`create-storage-record` must be true or false')
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'subject-version': 'v'.repeat(101) }))).toThrow(
      '`subject-version` must be at most 100 characters, got 101'
    )
  })
})

describe('verify-action GitHub inputs', () => {
  it('fetches 30 attestations unless told', () => {
    expect(readVerifyInputs(getter({ 'subject-path': 'a' })).limit).toBe(30)
    expect(readVerifyInputs(getter({ 'subject-path': 'a', limit: '1000', 'github-token': 't', owner: 'acme' }))).toMatchObject({
      limit: 1000,
      githubToken: 't',
      owner: 'acme'
    })
  })

  it('takes a limit from 1 to 1000 only', () => {
    for (const bad of ['0', '1001', '2.5', 'all']) {
      expect(() => readVerifyInputs(getter({ 'subject-path': 'a', limit: bad }))).toThrow(`\`limit\` must be a whole number from 1 to 1000, got "${bad}"`)
    }
  })
})
