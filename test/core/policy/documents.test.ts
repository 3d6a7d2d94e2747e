import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { loadPolicyFile, parsePolicyText } from '../../../src/core/policy/documents/load.js'
import { SealError } from '../../../src/core/util/errors.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'admission')
const ADMISSION_DIR = process.env.SEAL_ADMISSION_DIR

describe('real policies (test/fixtures/admission)', () => {
  it('a ClusterImagePolicy with a key and a keyless authority: any-of, unanchored RE2, ctlog makes the key need the log', async () => {
    const set = await loadPolicyFile(join(FIXTURES, 'cip-key-and-keyless.yaml'))
    const [doc] = set.documents
    expect(doc).toMatchObject({ engine: 'policy-controller', name: 'image-policy-key' })
    const rule = doc.rules[0]
    expect(rule).toMatchObject({ mode: 'enforce', images: { language: 'pc-glob', include: ['**demo**'] } })
    expect(rule.signatures[0].count).toBe(1)
    const [key, keyless] = rule.signatures[0].entries
    expect(key).toMatchObject({ label: 'authority-0 (spec.authorities[0])', location: 'legacy', signer: { kind: 'key', tlog: true } })
    expect(keyless.signer).toEqual({
      kind: 'keyless',
      identities: [
        {
          issuer: [{ kind: 'regexp', pattern: '.*kubernetes.default.*', anchored: false }],
          subject: [{ kind: 'regexp', pattern: '.*kubernetes.io/namespaces/default/serviceaccounts/default', anchored: false }]
        }
      ]
    })
  })

  it('mode warn, and an attestation with the spdxjson shorthand and a CUE block', async () => {
    expect((await loadPolicyFile(join(FIXTURES, 'cip-keyless-warn.yaml'))).documents[0].rules[0].mode).toBe('warn')
    const doc = (await loadPolicyFile(join(FIXTURES, 'keyless-attestation-sbom-spdxjson.yaml'))).documents[0]
    const att = doc.rules[0].signatures[0].entries[0].attestations![0]
    expect(att).toMatchObject({
      predicateType: 'https://spdx.dev/Document',
      statements: 'any',
      condition: { language: 'cue', where: 'spec.authorities[0].attestations[0].policy' }
    })
    expect(doc.notes.join('\n')).toMatch(/"spdxjson" is a deprecated value/)
  })

  it('Kyverno: Audit from validationFailureAction, count 1 of two keyless entries, wildcard subjects, all statements', async () => {
    const slsa = (await loadPolicyFile(join(FIXTURES, 'verify-image-slsa.yaml'))).documents[0]
    expect(slsa.rules[0]).toMatchObject({ mode: 'warn', images: { language: 'wildcard', include: ['myreg.org/path/repo:*'] } })
    const a = slsa.rules[0].attestations[0]
    expect(a).toMatchObject({ predicateType: 'https://slsa.dev/provenance/v0.2', statements: 'all', condition: { language: 'jmespath' } })
    expect(a.signers![0].entries[0].signer).toMatchObject({
      identities: [{ subject: [{ kind: 'wildcard' }], issuer: [{ kind: 'wildcard', pattern: 'https://token.actions.githubusercontent.com' }] }]
    })
    const counts = (await loadPolicyFile(join(FIXTURES, 'keyless-attestations-multiple-subjects-counts-1.yaml'))).documents[0]
    expect(counts.rules[0].mode).toBe('enforce')
    expect(counts.rules[0].attestations[0].signers![0]).toMatchObject({ count: 1 })
    expect(counts.rules[0].attestations[0].signers![0].entries).toHaveLength(2)
    expect(counts.rules[0].attestations[0].signers![0].entries[0].sct).toBe(false)
  })

  it('fails naming the field or kind seal cannot evaluate', async () => {
    await expect(loadPolicyFile(join(FIXTURES, 'signed-by-aws-kms-key.yaml'))).rejects.toThrow(/spec\.authorities\[0\]\.key\.kms cannot be evaluated by seal/)
    await expect(loadPolicyFile(join(FIXTURES, 'verify-image-ivpol.yaml'))).rejects.toThrow(/ImageValidatingPolicy .* kind cannot be evaluated by seal/)
  })
})

describe("validation, as the engines' webhooks do it", () => {
  const cip = (spec: unknown) => JSON.stringify({ apiVersion: 'policy.sigstore.dev/v1alpha1', kind: 'ClusterImagePolicy', metadata: { name: 'p' }, spec })
  const keyless = { keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: 'i', subject: 's' }] } }

  it.each([
    [{ images: [], authorities: [keyless] }, /spec\.images: must list at least one glob/],
    [{ images: [{ glob: 'a?' }], authorities: [keyless] }, /spec\.images\[0\]\.glob: the image glob/],
    [{ images: [{ glob: '**' }], authorities: [] }, /fail-on-empty-authorities/],
    [{ images: [{ glob: '**' }], authorities: [{ keyless: { url: 'u', identities: [{ subject: 's' }] } }] }, /needs issuer or issuerRegExp/],
    [
      { images: [{ glob: '**' }], authorities: [{ keyless: { url: 'u', identities: [{ issuer: 'i', subjectRegExp: '(' }] } }] },
      /not a valid RE2 regular expression/
    ],
    [{ images: [{ glob: '**' }], authorities: [{ ...keyless, static: { action: 'pass' } }] }, /exactly one of key, keyless and static/],
    [{ images: [{ glob: '**' }], authorities: [keyless], mode: 'audit' }, /spec\.mode: must be enforce or warn/],
    [{ images: [{ glob: '**' }], authorities: [{ ...keyless, source: [{ oci: 'a/b' }, { oci: 'c/d' }] }] }, /only single source is supported/],
    [
      { images: [{ glob: '**' }], authorities: [{ keyless: { ...keyless.keyless, trustRootRef: 'x' } }] },
      /keyless\.trustRootRef cannot be evaluated by seal: names a TrustRoot/
    ]
  ])('rejects %j', async (spec, message) => {
    await expect(parsePolicyText(cip(spec), 'p.yaml')).rejects.toThrow(message)
  })

  it('skips documents of other API groups and names unknown kinds of policy groups', async () => {
    const ns = JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } })
    const set = await parsePolicyText(`${ns}\n---\n${cip({ images: [{ glob: '**' }], authorities: [keyless] })}`, 'p.yaml')
    expect(set.skipped).toEqual(['p.yaml#0 Namespace x'])
    expect(set.documents).toHaveLength(1)
    await expect(parsePolicyText(JSON.stringify({ apiVersion: 'kyverno.io/v1', kind: 'CleanupPolicy', metadata: { name: 'c' } }), 'p.yaml')).rejects.toThrow(
      /kind cannot be evaluated by seal/
    )
    await expect(parsePolicyText('', 'p.yaml')).rejects.toThrow(/holds no policy document/)
  })
})

;(ADMISSION_DIR ? describe : describe.skip)('every policy under SEAL_ADMISSION_DIR', () => {
  const files = () =>
    execFileSync('grep', ['-rlE', '--include=*.yaml', '^kind: (ClusterImagePolicy|ClusterPolicy|Policy|ImageValidatingPolicy)$', ADMISSION_DIR!])
      .toString()
      .trim()
      .split('\n')
      // Chainsaw assertions and CRDs are not policies.
      .filter(f => !/\.chainsaw-test\/|chainsaw-|\/config\/crds\/|300-clusterimagepolicy\.yaml/.test(f))

  it('load, or fail naming the unsupported field (POLICY_UNSUPPORTED) or, for invalid/, the invalid field', async () => {
    const list = files()
    expect(list.length).toBeGreaterThan(60)
    let loaded = 0
    for (const f of list) {
      const name = relative(ADMISSION_DIR!, f)
      try {
        const set = await parsePolicyText(readFileSync(f, 'utf8'), name)
        expect([name, set.documents.length > 0]).toEqual([name, true])
        expect([name, /\/invalid\//.test(name)]).toEqual([name, false])
        loaded++
      } catch (err) {
        if (!(err instanceof SealError)) throw err
        // Invalid policies may also name an unsupported field first (a kms key among several properties).
        const expected = /\/invalid\/|empty-authorities/.test(name) ? ['POLICY_INVALID', 'POLICY_UNSUPPORTED'] : ['POLICY_UNSUPPORTED']
        expect([name, expected.includes(err.code)]).toEqual([name, true])
        expect([name, /\) (spec\.[\w.[\]-]+|kind|apiVersion)( cannot be evaluated by seal|:)/.test(err.message)]).toEqual([name, true])
      }
    }
    expect(loaded).toBeGreaterThan(30)
  })
})
