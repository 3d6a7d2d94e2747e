import { attestResults } from '../../../src/core/attest-step.js'
import { signResults } from '../../../src/core/sign-step.js'
import { verifyResults } from '../../../src/core/verify-step.js'

const HEX = 'ab'.repeat(32)

describe('signResults', () => {
  it('lists files, then images, with absent log facts as null', () => {
    const results = signResults({
      files: [
        { subject: 'a.txt', sha256: HEX, bundlePath: 'a.txt.sigstore.json', logIndex: '7', logId: 'cafe', integratedTime: '2026-01-01T00:00:00Z' },
        { subject: 'b.txt', sha256: HEX, bundlePath: 'b.txt.sigstore.json' }
      ],
      images: [
        {
          image: 'r.example/app:v1',
          digest: `sha256:${HEX}`,
          reference: `r.example/app@sha256:${HEX}`,
          signatures: [
            { format: 'bundle', location: 'referrer', logIndex: '9' },
            { format: 'legacy', location: 'tag', logIndex: '10', integratedTime: 't' }
          ]
        },
        { image: 'r.example/other', digest: `sha256:${HEX}`, reference: `r.example/other@sha256:${HEX}`, signatures: [] }
      ]
    })
    expect(results).toEqual([
      { subject: 'a.txt', sha256: HEX, bundlePath: 'a.txt.sigstore.json', logIndex: '7', logId: 'cafe', integratedTime: '2026-01-01T00:00:00Z' },
      { subject: 'b.txt', sha256: HEX, bundlePath: 'b.txt.sigstore.json', logIndex: null, logId: null, integratedTime: null },
      {
        image: 'r.example/app:v1',
        digest: `sha256:${HEX}`,
        reference: `r.example/app@sha256:${HEX}`,
        signatures: [
          { format: 'bundle', location: 'referrer', logIndex: '9', integratedTime: null },
          { format: 'legacy', location: 'tag', logIndex: '10', integratedTime: 't' }
        ],
        logIndex: '9'
      },
      { image: 'r.example/other', digest: `sha256:${HEX}`, reference: `r.example/other@sha256:${HEX}`, signatures: [], logIndex: null }
    ])
  })

  it('keeps only the published fields of a step result', () => {
    const file = { subject: 'a', sha256: HEX, bundlePath: 'b', path: '/abs/a', certificate: 'PEM' }
    expect(Object.keys(signResults({ files: [file], images: [] })[0])).toEqual(['subject', 'sha256', 'bundlePath', 'logIndex', 'logId', 'integratedTime'])
  })
})

describe('verifyResults', () => {
  it('says verified and the signer, or the error, for each subject', () => {
    expect(
      verifyResults({
        rows: [
          {
            subject: 'a',
            ok: true,
            sha256: HEX,
            identity: 'id',
            issuer: 'iss',
            logIndex: '1',
            predicateType: 'https://slsa.dev/provenance/v1',
            predicateDigest: 'dd'
          },
          { subject: 'b', ok: false, reason: 'no bundle' }
        ]
      })
    ).toEqual([
      {
        subject: 'a',
        verified: true,
        sha256: HEX,
        identity: 'id',
        issuer: 'iss',
        logIndex: '1',
        integratedTime: null,
        predicateType: 'https://slsa.dev/provenance/v1',
        predicateDigest: 'dd',
        error: null
      },
      {
        subject: 'b',
        verified: false,
        sha256: null,
        identity: null,
        issuer: null,
        logIndex: null,
        integratedTime: null,
        predicateType: null,
        predicateDigest: null,
        error: 'no bundle'
      }
    ])
  })
})

describe('attestResults', () => {
  it('gives every subject the shared bundle and log entry, and the registry locations of its own image only', () => {
    const locations = [{ kind: 'attestation', format: 'bundle', location: 'referrer' }]
    const results = attestResults({
      subjects: [{ name: 'r.example/app', digest: { sha256: HEX } }, { digest: { sha256: 'cd'.repeat(32) } }],
      bundlePath: 'att.sigstore.json',
      predicateType: 'https://slsa.dev/provenance/v1',
      logIndex: '3',
      images: [{ digest: `sha256:${HEX}`, locations }]
    })
    expect(results).toEqual([
      {
        subject: 'r.example/app',
        digest: { sha256: HEX },
        bundlePath: 'att.sigstore.json',
        predicateType: 'https://slsa.dev/provenance/v1',
        logIndex: '3',
        logId: null,
        integratedTime: null,
        registry: locations
      },
      {
        subject: null,
        digest: { sha256: 'cd'.repeat(32) },
        bundlePath: 'att.sigstore.json',
        predicateType: 'https://slsa.dev/provenance/v1',
        logIndex: '3',
        logId: null,
        integratedTime: null,
        registry: null
      }
    ])
  })
})
