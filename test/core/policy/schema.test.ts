import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { checkDocument, schemaFile } from '../../../src/core/policy/schema/index.js'
import { checkPolicyText, describeCheck } from '../../../src/core/policy/schema/check.js'
import { extractSchemas, render, SCHEMA_DIR } from '../../../scripts/policy-schemas.js'

const CIP = `apiVersion: policy.sigstore.dev/v1alpha1
kind: ClusterImagePolicy
metadata:
  name: signed
spec:
  images:
  - glob: "ghcr.io/acme/**"
  authorities:
  - keyless:
      url: https://fulcio.sigstore.dev
      identities:
      - issuer: https://token.actions.githubusercontent.com
        subjectRegExp: "https://github.com/acme/.*"
`

const KYVERNO = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: check-image
spec:
  validationFailureAction: Enforce
  rules:
  - name: verify
    match:
      any:
      - resources:
          kinds: [Pod]
    verifyImages:
    - imageReferences: ["ghcr.io/acme/*"]
      attestations:
      - type: https://slsa.dev/provenance/v1
        attestors:
        - count: 1
          entries:
          - keyless:
              subject: "https://github.com/acme/*"
              issuer: https://token.actions.githubusercontent.com
              rekor: { url: https://rekor.sigstore.dev }
`

const errorsOf = async (text: string) => (await checkPolicyText(text)).errors

describe('checkDocument: kinds and versions', () => {
  it('knows each engine kind by apiVersion and names the CRD it checked against', async () => {
    expect(await checkDocument({ apiVersion: 'policy.sigstore.dev/v1beta1', kind: 'ClusterImagePolicy', metadata: { name: 'a' }, spec: {} })).toMatchObject({
      engine: 'policy-controller',
      schema: 'clusterimagepolicies.policy.sigstore.dev v1beta1',
      errors: []
    })
    const ivp = { apiVersion: 'policies.kyverno.io/v1alpha1', kind: 'ImageValidatingPolicy', metadata: { name: 'a' }, spec: { attestors: [], validations: [] } }
    expect((await checkDocument(ivp)).errors).toEqual([])
  })

  it('rejects an unknown kind and an unknown version of a known kind', async () => {
    const pod = await checkDocument({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })
    expect(pod.errors).toEqual([{ path: 'kind', message: expect.stringContaining('unknown kind "v1 Pod"') }])
    const v2 = await checkDocument({ apiVersion: 'kyverno.io/v2beta1', kind: 'ClusterPolicy', metadata: { name: 'p' }, spec: {} })
    expect(v2.errors).toEqual([{ path: 'apiVersion', message: 'unknown version "kyverno.io/v2beta1" of ClusterPolicy: known are kyverno.io/v1' }])
    expect((await checkDocument({ kind: 'ClusterImagePolicy' })).errors).toEqual([{ path: 'apiVersion', message: 'required field is missing' }])
    expect((await checkDocument(['a'])).errors[0].message).toContain('mapping')
  })

  it('carries the source of each generated schema in its header', async () => {
    const file = await schemaFile('policy.sigstore.dev/v1alpha1', 'ClusterImagePolicy')
    expect(file?.source).toMatchObject({ repository: 'sigstore/policy-controller', file: 'config/300-clusterimagepolicy.yaml', version: 'v1alpha1' })
    expect((await schemaFile('kyverno.io/v1', 'Policy'))?.source).toMatchObject({ file: 'config/crds/kyverno/kyverno.io_clusterpolicies.yaml', version: 'v1' })
    expect(await schemaFile('v1', 'Pod')).toBeUndefined()
  })
})

describe('checkPolicyText: schema errors as document N (kind/name): path: message', () => {
  it('passes valid policies', async () => {
    expect(await errorsOf(CIP)).toEqual([])
    expect(await errorsOf(KYVERNO)).toEqual([])
  })

  it('reports an unknown field, a wrong type and a value outside an enum, with their paths', async () => {
    expect(await errorsOf(CIP.replace('keyless:', 'keyles:'))).toEqual(['document 1 (ClusterImagePolicy/signed): spec.authorities[0].keyles: unknown field'])
    expect(await errorsOf(CIP.replace('  - glob: "ghcr.io/acme/**"', '    glob: "ghcr.io/acme/**"'))).toEqual([
      'document 1 (ClusterImagePolicy/signed): spec.images: must be array'
    ])
    expect(await errorsOf(KYVERNO.replace('    - imageReferences:', '    - failureAction: Block\n      imageReferences:'))).toEqual([
      'document 1 (ClusterPolicy/check-image): spec.rules[0].verifyImages[0].failureAction: must be one of "Audit", "Enforce"'
    ])
  })

  it('reports missing required fields and a name Kubernetes refuses', async () => {
    const ivp = 'apiVersion: policies.kyverno.io/v1\nkind: ImageValidatingPolicy\nmetadata:\n  name: Bad_Name\nspec:\n  validations: []\n'
    expect(await errorsOf(ivp)).toEqual([
      'document 1 (ImageValidatingPolicy/Bad_Name): metadata.name: must be lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit',
      'document 1 (ImageValidatingPolicy/Bad_Name): spec.attestors: required field is missing'
    ])
    expect(await errorsOf(CIP.replace('  name: signed\n', '  labels: { team: acme }\n'))).toEqual([
      'document 1 (ClusterImagePolicy/?): metadata.name: required field is missing'
    ])
    expect(await errorsOf(CIP.replace('  name: signed\n', ''))).toEqual(['document 1 (ClusterImagePolicy/?): metadata: must be object'])
  })

  it('numbers documents, skips empty ones and rejects other kinds in the file', async () => {
    const text = `---\n${CIP}---\n# nothing\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keys\n---\n${KYVERNO.replace('rules:', 'rulez:\n  rules:')}`
    const check = await checkPolicyText(text)
    expect(check.documents.map(d => d.index)).toEqual([1, 3, 4])
    expect(check.errors).toEqual([expect.stringMatching(/^document 3 \(ConfigMap\/keys\): kind: unknown kind "v1 ConfigMap"/)])
  })

  it('reports YAML that does not parse, and a file with no document', async () => {
    expect(await errorsOf('apiVersion: [unclosed\n')).toEqual([expect.stringMatching(/^document 1 \(\?\/\?\): not valid YAML: /)])
    expect(await errorsOf('# only a comment\n')).toEqual(['the file holds no YAML document'])
  })
})

describe('describeCheck: what a policy requires', () => {
  it('describes a ClusterImagePolicy: images, mode, authority, unanchored regexp', async () => {
    const text = describeCheck(await checkPolicyText(CIP))
    expect(text).toContain('document 1 (ClusterImagePolicy/signed): policy-controller policy.sigstore.dev/v1alpha1')
    expect(text).toContain('images matching ghcr.io/acme/**')
    expect(text).toContain('mode enforce: a failure rejects the workload')
    expect(text).toContain('identity matching the regexp "https://github.com/acme/.*" anywhere (unanchored)')
    expect(text).toContain('issuer "https://token.actions.githubusercontent.com"')
  })

  it('describes a Kyverno rule: images, failure action, attestation and its attestors', async () => {
    const text = describeCheck(await checkPolicyText(KYVERNO))
    expect(text).toContain('rule verify: images matching ghcr.io/acme/*')
    expect(text).toContain('Enforce: a failure rejects the workload')
    expect(text).toContain('attestation of type "https://slsa.dev/provenance/v1" required')
    expect(text).toContain('at least 1 of: keyless: identity "https://github.com/acme/*"')
  })

  it("falls back to Audit, Kyverno's default, when no failure action is set", async () => {
    expect(describeCheck(await checkPolicyText(KYVERNO.replace('  validationFailureAction: Enforce\n', '')))).toContain('Audit: a failure is only reported')
  })
})

const admission = process.env.SEAL_ADMISSION_DIR
;(admission ? describe : describe.skip)('the committed schemas are what scripts/policy-schemas.ts makes of the CRDs (SEAL_ADMISSION_DIR)', () => {
  it('matches every file', async () => {
    const files = await extractSchemas(admission as string)
    expect(files.size).toBe(7)
    for (const [name, schema] of files) expect([name, await readFile(join(SCHEMA_DIR, name), 'utf8')]).toEqual([name, render(schema)])
  })
})
