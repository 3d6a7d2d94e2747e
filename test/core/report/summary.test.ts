import { attestSummary, cell, rekorEntryURL, rekorLink, signSummary, verifiedBy, verifySummary } from '../../../src/core/report/summary.js'

describe('rekor links', () => {
  it('links public-good entries to the search UI and custom ones to their API', () => {
    expect(rekorEntryURL('https://rekor.sigstore.dev', '42')).toBe('https://search.sigstore.dev/?logIndex=42')
    expect(rekorEntryURL('https://rekor.sigstore.dev/', '42')).toBe('https://search.sigstore.dev/?logIndex=42')
    expect(rekorEntryURL('http://127.0.0.1:3000', '7')).toBe('http://127.0.0.1:3000/api/v1/log/entries?logIndex=7')
    expect(rekorLink(undefined, '7')).toBe('7')
    expect(rekorLink('https://rekor.sigstore.dev', undefined)).toBe('–')
  })
})

describe('cells', () => {
  it('cannot break the table or inject markup', () => {
    expect(cell('a|b\nc<script>')).toBe('a\\|b c&lt;script>')
    expect(cell('')).toBe('–')
  })
})

describe('summaries', () => {
  it('has one row per signed file', () => {
    const md = signSummary({
      rows: [
        { subject: 'a.tgz', sha256: 'ab'.repeat(32), logIndex: '1', integratedTime: 't', bundlePath: 'a.tgz.sigstore.json' },
        { subject: 'b.tgz', sha256: 'cd'.repeat(32), logIndex: '2', integratedTime: 't', bundlePath: 'b.tgz.sigstore.json' }
      ],
      identity: 'https://github.com/o/r/.github/workflows/w.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      rekorURL: 'https://rekor.sigstore.dev',
      verificationPEM: '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----'
    })
    expect(md.split('\n').filter(l => l.startsWith('| `'))).toHaveLength(2)
    expect(md).toContain('[1](https://search.sigstore.dev/?logIndex=1)')
    expect(md).toContain('signed 2 files')
  })

  it('marks failures red with the reason', () => {
    const md = verifySummary({
      rows: [
        { subject: 'a', ok: true, sha256: 'ab'.repeat(32), identity: 'i', issuer: 's' },
        { subject: 'b', ok: false, reason: 'expected identity "x", found "y"' }
      ],
      policy: 'identity "x"',
      trust: 'embedded'
    })
    expect(md).toContain('verification failed for 1 of 2')
    expect(md).toMatch(/🔴 \| `b`/)
    expect(md).toContain('expected identity "x", found "y"')
  })
})

describe('attestSummary', () => {
  const base = {
    subjects: [{ name: 'app.tgz', digest: { sha256: 'ab'.repeat(32) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    bundlePath: '/tmp/a.json'
  }

  it('links the attestation stored on GitHub', () => {
    const md = attestSummary({ ...base, attestationURL: 'https://github.com/acme/widgets/attestations/7' })
    expect(md).toContain(
      'Bundle: `/tmp/a.json`  \nStored on GitHub: [https://github.com/acme/widgets/attestations/7](https://github.com/acme/widgets/attestations/7)\n'
    )
  })

  it('says nothing of GitHub when it was not stored there', () => {
    expect(attestSummary(base)).not.toContain('GitHub')
  })
})

describe('verifiedBy', () => {
  const rule = (kind: string, policy: string, passed: boolean) => ({ kind, policy, passed })

  it('names the signer and issuer of a keyless signature', () => {
    expect(
      verifiedBy({ identity: 'https://github.com/o/r/.github/workflows/ci.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com' })
    ).toBe('signed by https://github.com/o/r/.github/workflows/ci.yml@refs/heads/main (https://token.actions.githubusercontent.com)')
  })

  it('says a key signed when there is no identity and no policy', () => {
    expect(verifiedBy({})).toBe('signed with the given public key')
  })

  it('names the policies passed by a key or static authority, never "undefined"', () => {
    const text = verifiedBy({ policy: { rules: [rule('ClusterImagePolicy', 'keys', true), rule('ClusterPolicy', 'other', false)] } })
    expect(text).toBe('passed ClusterImagePolicy "keys"')
    expect(text).not.toContain('undefined')
  })

  it('says an image no policy matched was admitted by no-match-policy', () => {
    expect(verifiedBy({ policy: { rules: [] } })).toBe('matched by no policy, and admitted (no-match-policy)')
  })

  it('says an image was admitted only because its failing policies warn', () => {
    expect(verifiedBy({ policy: { rules: [rule('ClusterImagePolicy', 'audit', false)] } })).toBe('admitted: its failing policies are in warn mode')
  })
})
