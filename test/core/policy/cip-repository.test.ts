/**
 * The Rego block `seal policy export --repository` writes into a
 * ClusterImagePolicy is read back as a certificate requirement of its
 * authority; any other Rego stays a block seal cannot evaluate.
 */
import { generateKeyPairSync } from 'node:crypto'

import { stringify } from 'yaml'

import { readRepositoryRego, repositoryRego } from '../../../src/core/policy/documents/cip-repository.js'
import { parsePolicyText } from '../../../src/core/policy/documents/load.js'
import type { PolicyRule } from '../../../src/core/policy/documents/types.js'
import { evaluateImage, type ImageEvidence } from '../../../src/core/policy/evaluate.js'
import { exportPolicy } from '../../../src/core/policy/export/index.js'

const WORKFLOW = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main'
const SLSA = 'https://slsa.dev/provenance/v1'
const KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
type Obj = Record<string, any>

function exported(extra: Record<string, string> = {}): Obj {
  return exportPolicy({
    format: 'cluster-image-policy',
    imageGlobs: ['ghcr.io/acme/**'],
    certificateIdentity: WORKFLOW,
    repository: 'acme/widgets',
    ...extra
  }).document as Obj
}

async function rule(doc: Obj): Promise<PolicyRule> {
  return (await parsePolicyText(stringify(doc), 'policy.yaml')).documents[0].rules[0]
}

/** The exported document with its Rego text changed. */
function withRego(edit: (text: string) => string, doc = exported()): Obj {
  doc.spec.policy.data = edit(doc.spec.policy.data)
  return doc
}

const REPOSITORY = { githubWorkflowRepository: { kind: 'exact', value: 'acme/widgets' } }

describe('reading the exported repository Rego', () => {
  it('recognises the exported text, over signatures and over the required attestation', () => {
    expect(readRepositoryRego(exported().spec.policy.data)).toEqual({ repository: 'acme/widgets', attestations: false })
    expect(readRepositoryRego(exported({ predicateType: SLSA }).spec.policy.data)).toEqual({ repository: 'acme/widgets', attestations: true })
  })

  it('tolerates whitespace between tokens', () => {
    const text = repositoryRego('acme/widgets', false)
    expect(readRepositoryRego(text.replace(/\n/g, '\r\n\n').replace(/ == /, '==').replace(' {', '{'))).toEqual({
      repository: 'acme/widgets',
      attestations: false
    })
    expect(readRepositoryRego(`  ${text.replace(/\n\s*/g, '\n\t')}`)).toBeDefined()
  })

  it.each([
    ['a != comparison', (t: string) => t.replace('==', '!=')],
    ['another certificate field', (t: string) => t.replace('githubWorkflowRepo', 'githubWorkflowRef')],
    ['another authority name', (t: string) => t.replace('["seal"]', '["other"]')],
    ['an extra rule', (t: string) => `${t}isCompliant {\n  true\n}\n`],
    ['an extra condition in the rule', (t: string) => t.replace('\n}', '\n  input.authorityMatches["seal"].signatures[_].githubWorkflowRef == "x"\n}')],
    ['another package', (t: string) => t.replace('package sigstore', 'package other')],
    ['another default', (t: string) => t.replace('= false', '= true')],
    ['a comment', (t: string) => `# hello\n${t}`],
    ['tokens merged', (t: string) => t.replace('package sigstore', 'packagesigstore')],
    ['another string form of the repository', (t: string) => t.replace('"acme/widgets"', '"acme\\/widgets"')],
    ['a raw string', (t: string) => t.replace('"acme/widgets"', '`acme/widgets`')]
  ])('does not recognise %s', (_, edit) => {
    expect(readRepositoryRego(edit(repositoryRego('acme/widgets', false)))).toBeUndefined()
  })
})

describe('loading an exported ClusterImagePolicy with --repository', () => {
  it('folds the Rego into the authority as the GitHub workflow repository requirement, leaving nothing unevaluable', async () => {
    const r = await rule(exported())
    expect(r.unevaluable).toBeUndefined()
    const entry = r.signatures[0].entries[0]
    expect(entry.signer).toEqual({
      kind: 'keyless',
      identities: [{ issuer: [expect.anything()], subject: [{ kind: 'exact', value: WORKFLOW }], extensions: REPOSITORY }]
    })
  })

  it('with --predicate-type: the attestation is checked against the same requirement', async () => {
    const r = await rule(exported({ predicateType: SLSA }))
    expect(r.unevaluable).toBeUndefined()
    const entry = r.signatures[0].entries[0]
    expect(entry.attestations).toHaveLength(1)
    expect(entry.signer.kind === 'keyless' && entry.signer.identities[0].extensions).toEqual(REPOSITORY)
  })

  const unevaluable: [string, () => Obj][] = [
    ['a != comparison', () => withRego(t => t.replace('==', '!='))],
    ['another field', () => withRego(t => t.replace('githubWorkflowRepo', 'githubWorkflowTrigger'))],
    ['another authority name in the Rego', () => withRego(t => t.replace('["seal"]', '["other"]'))],
    ['an extra rule', () => withRego(t => `${t}isCompliant {\n  true\n}\n`)],
    [
      'the authority renamed',
      () => {
        const doc = exported()
        doc.spec.authorities[0].name = 'other'
        return doc
      }
    ],
    [
      'a second authority',
      () => {
        const doc = exported()
        doc.spec.authorities.push({ name: 'more', keyless: doc.spec.authorities[0].keyless })
        return doc
      }
    ],
    [
      'the signatures Rego on an authority with attestations',
      () => {
        const doc = exported({ predicateType: SLSA })
        doc.spec.policy.data = repositoryRego('acme/widgets', false)
        return doc
      }
    ],
    [
      'the attestations Rego on an authority without them',
      () => {
        const doc = exported()
        doc.spec.policy.data = repositoryRego('acme/widgets', true)
        return doc
      }
    ],
    [
      'the same text as CUE',
      () => {
        const doc = exported()
        doc.spec.policy.type = 'cue'
        return doc
      }
    ]
  ]

  it.each(unevaluable)('%s: stays unevaluable, the identity unchanged', async (_, make) => {
    const r = await rule(make())
    expect(r.unevaluable).toEqual([{ where: 'spec.policy', language: expect.stringMatching(/^(rego|cue)$/) }])
    for (const e of r.signatures[0].entries) if (e.signer.kind === 'keyless') for (const id of e.signer.identities) expect(id.extensions).toBeUndefined()
  })

  it('a key authority with the exported Rego stays unevaluable (a key has no certificate)', async () => {
    const doc = exported()
    doc.spec.authorities[0] = { name: 'seal', key: { data: KEY } }
    expect((await rule(doc)).unevaluable).toEqual([{ where: 'spec.policy', language: 'rego' }])
  })

  it.each([
    ['rego', 'Rego'],
    ['cue', 'CUE']
  ])('an unevaluable spec.policy in %s fails naming the block and the language as %s', async (type, name) => {
    const doc = withRego(t => t.replace('==', '!='))
    doc.spec.policy.type = type
    const set = await parsePolicyText(stringify(doc), 'policy.yaml')
    const evidence: ImageEvidence = {
      reference: `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`,
      givenWithDigest: true,
      candidates: async () => ({ searched: ['nowhere'], outcomes: [] })
    }
    const out = await evaluateImage(set, evidence, { noMatch: 'deny', skipUnevaluable: false })
    expect(out.ok).toBe(false)
    expect(out.reason).toContain(`spec.policy is a ${name} policy, which seal cannot evaluate`)
    const skipped = await evaluateImage(set, evidence, { noMatch: 'deny', skipUnevaluable: true })
    expect(skipped.warnings.join('\n')).toContain(`spec.policy (${type}) was skipped`)
  })
})
