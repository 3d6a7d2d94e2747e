import { attestSummary, signSummary } from '../../../src/core/report/summary.js'

describe('job summaries name the Sigstore instance', () => {
  const instance = "Sigstore instance: GitHub's Sigstore instance, as the repository is private (`sigstore: auto`)"

  it('in the sign summary', () => {
    const md = signSummary({ rows: [], images: [], verificationPEM: 'PEM', instance })
    expect(md).toContain("GitHub's Sigstore instance, as the repository is private")
    expect(signSummary({ rows: [], images: [], verificationPEM: 'PEM' })).not.toContain('Sigstore instance')
  })

  it('in the attest summary', () => {
    const md = attestSummary({ subjects: [{ name: 'a', digest: { sha256: 'ab' } }], predicateType: 'p', bundlePath: 'b.json', instance })
    expect(md).toMatch(/Sigstore instance: GitHub's Sigstore instance, as the repository is private .*\n`?Bundle/)
  })
})
