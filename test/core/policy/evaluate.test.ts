/**
 * The evaluator against an image whose stored signatures and attestations
 * are described directly (no registry, no cryptography): each case's
 * expectation is the engine's documented combination rule.
 */
import { generateKeyPairSync } from 'node:crypto'

import { parsePolicyText } from '../../../src/core/policy/documents/load.js'
import { evaluateImage, defaultNoMatch, type CandidateOutcome, type ImageEvidence, type TrustSigner } from '../../../src/core/policy/evaluate.js'
import type { SignatureLocation } from '../../../src/core/policy/documents/types.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const ID = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const OTHER = 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main'
const pem = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
const KEY = pem()
const KEY2 = pem()
const IMAGE = `registry.test/acme/app@sha256:${'b'.repeat(64)}`

interface Stored {
  kind: 'signature' | 'attestation'
  format: 'legacy' | 'bundle'
  identity?: string
  key?: string
  predicateType?: string
  predicate?: unknown
}

function evidence(stored: Stored[], reference = IMAGE): ImageEvidence {
  return {
    reference,
    givenWithDigest: true,
    async candidates(kind: 'signature' | 'attestation', location: SignatureLocation, _repo: string | undefined, trust: TrustSigner) {
      const outcomes: CandidateOutcome[] = stored
        .filter(s => s.kind === kind && (location === 'any' || location === s.format))
        .map((s, i) => {
          const where = `${s.format}#${i}`
          const fits = trust.kind === 'key' ? s.key?.trim() === trust.publicKeyPEM.trim() : s.identity !== undefined
          if (!fits) return { ok: false as const, location: where, reason: 'signature does not verify' }
          return {
            ok: true as const,
            verified: {
              location: where,
              identity: s.identity,
              issuer: s.identity ? ISSUER : undefined,
              ...(s.predicateType ? { statement: { predicateType: s.predicateType, predicate: s.predicate ?? {} } } : {})
            }
          }
        })
      return { searched: [`${location} ${kind}s`], outcomes }
    }
  }
}

type Obj = Record<string, unknown>
const yaml = (...docs: Obj[]) => docs.map(d => JSON.stringify(d)).join('\n---\n')

const cip = (authorities: Obj[], spec: Obj = {}, name = 'cip') =>
  yaml({
    apiVersion: 'policy.sigstore.dev/v1beta1',
    kind: 'ClusterImagePolicy',
    metadata: { name },
    spec: { images: [{ glob: 'registry.test/acme/**' }], authorities, ...spec }
  })

const keylessAuthority = (subject = ID, more: Obj = {}): Obj => ({
  keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: ISSUER, subject }] },
  ...more
})

async function run(policy: string, stored: Stored[], opts: { skip?: boolean; noMatch?: 'deny' | 'warn' | 'allow'; reference?: string } = {}) {
  const set = await parsePolicyText(policy, 'policy.yaml')
  return evaluateImage(set, evidence(stored, opts.reference), { noMatch: opts.noMatch ?? defaultNoMatch(set), skipUnevaluable: opts.skip ?? false })
}

const sig = (identity?: string, key?: string): Stored => ({ kind: 'signature', format: 'legacy', identity, key })
const att = (predicateType: string, predicate: unknown, identity = ID): Stored => ({
  kind: 'attestation',
  format: 'legacy',
  identity,
  predicateType,
  predicate
})

describe('ClusterImagePolicy', () => {
  it('passes with one matching authority of several (any-of), naming it', async () => {
    const p = cip([keylessAuthority(OTHER), { key: { data: KEY } }])
    const out = await run(p, [sig(undefined, KEY)])
    expect(out.ok).toBe(true)
    expect(out.rules[0].details.join('\n')).toMatch(/passed: authority-1 \(spec\.authorities\[1\]\): signed by the key/)
  })

  it('fails with the policy name and every authority when none matches', async () => {
    const out = await run(cip([keylessAuthority()]), [sig(OTHER)])
    expect(out.ok).toBe(false)
    expect(out.reason).toMatch(/^failed policy: cip \(.*authority-0 \(spec\.authorities\[0\]\): no matching signatures: .*subject .*evil.* does not match/)
  })

  it('matches subjectRegExp unanchored, as Go MatchString does', async () => {
    const p = cip([{ keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: ISSUER, subjectRegExp: 'acme/app' }] } }])
    expect((await run(p, [sig(ID)])).ok).toBe(true)
    expect((await run(p, [sig('https://github.com/acme/app-evil/x')])).ok).toBe(true)
  })

  it('an authority with attestations checks only the attestations (≥1 passing statement each), shorthands expanded', async () => {
    const p = cip([keylessAuthority(ID, { attestations: [{ name: 'prov', predicateType: 'slsaprovenance1' }] })])
    const ok = await run(p, [att('https://slsa.dev/provenance/v1', {})])
    expect(ok.ok).toBe(true)
    const missing = await run(p, [sig(ID), att('https://slsa.dev/provenance/v0.2', {})])
    expect(missing.reason).toMatch(
      /no matching attestations with type https:\/\/slsa\.dev\/provenance\/v1, checked the following predicateTypes: "https:\/\/slsa\.dev\/provenance\/v0\.2"/
    )
  })

  it('fails on a CUE block naming it, unless told to skip it (then says so)', async () => {
    const p = cip([keylessAuthority(ID, { attestations: [{ name: 'sbom', predicateType: 'spdxjson', policy: { type: 'cue', data: 'predicateType: "x"' } }] })])
    const stored = [att('https://spdx.dev/Document', {})]
    const failed = await run(p, stored)
    expect(failed.reason).toMatch(/spec\.authorities\[0\]\.attestations\[0\]\.policy is a CUE policy, which seal cannot evaluate/)
    const skipped = await run(p, stored, { skip: true })
    expect(skipped.ok).toBe(true)
    expect(skipped.warnings.join('\n')).toMatch(/spec\.authorities\[0\]\.attestations\[0\]\.policy \(cue\) was skipped/)
  })

  it('static authorities pass or fail outright', async () => {
    expect((await run(cip([{ static: { action: 'pass' } }]), [])).ok).toBe(true)
    expect((await run(cip([{ static: { action: 'fail', message: 'nope' } }]), [])).reason).toMatch(/disallowed by static policy: nope/)
  })

  it('mode warn does not block but warns; several matching CIPs must all pass', async () => {
    const warn = await run(cip([keylessAuthority()], { mode: 'warn' }), [])
    expect(warn.ok).toBe(true)
    expect(warn.warnings[0]).toMatch(/failed policy: cip .*mode warn/)
    const two = `${cip([keylessAuthority()])}\n---\n${cip([keylessAuthority(OTHER)], {}, 'cip-2')}`
    const out = await run(two, [sig(ID)])
    expect(out.ok).toBe(false)
    expect(out.reason).toMatch(/failed policy: cip-2/)
    expect(out.reason).not.toMatch(/failed policy: cip \(/)
  })

  it('reads only legacy signatures unless signatureFormat is bundle', async () => {
    const out = await run(cip([keylessAuthority()]), [{ kind: 'signature', format: 'bundle', identity: ID }])
    expect(out.ok).toBe(false)
  })

  it('no-match-policy: deny by default, warn and allow as configured', async () => {
    const other = `other.test/x@sha256:${'c'.repeat(64)}`
    expect((await run(cip([keylessAuthority()]), [], { reference: other })).reason).toMatch(/no matching policies/)
    expect((await run(cip([keylessAuthority()]), [], { reference: other, noMatch: 'warn' })).warnings).toEqual([`${other}: no matching policies`])
    expect((await run(cip([keylessAuthority()]), [], { reference: other, noMatch: 'allow' })).ok).toBe(true)
  })
})

const kyverno = (verifyImages: Obj[], spec: Obj = {}) =>
  yaml({
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'kp' },
    spec: { ...spec, rules: [{ name: 'check', match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages }] }
  })

const kyKeyless = (subject: string): Obj => ({ keyless: { subject, issuer: ISSUER, rekor: { url: 'https://rekor.sigstore.dev' } } })

describe('Kyverno ClusterPolicy', () => {
  const attestors = (set: Obj, more: Obj = { failureAction: 'Enforce' }): Obj => ({ imageReferences: ['registry.test/*'], ...more, attestors: [set] })

  it('subject is a wildcard; count 1 of 2 entries passes with one', async () => {
    const p = kyverno([attestors({ count: 1, entries: [kyKeyless('https://github.com/acme/*'), kyKeyless(OTHER)] })])
    expect((await run(p, [sig(ID)])).ok).toBe(true)
  })

  it('count unset means every entry must pass', async () => {
    const p = kyverno([attestors({ entries: [kyKeyless(ID), kyKeyless(OTHER)] })])
    const out = await run(p, [sig(ID)])
    expect(out.ok).toBe(false)
    expect(out.reason).toMatch(/ClusterPolicy "kp" rule check verifyImages\[0\] failed .*1 passed, 2 of 2 needed/)
  })

  it('a publicKeys block with two keys is two entries', async () => {
    const keys = { keys: { publicKeys: KEY + KEY2 } }
    expect((await run(kyverno([attestors({ count: 1, entries: [keys] })]), [sig(undefined, KEY2)])).ok).toBe(true)
    expect((await run(kyverno([attestors({ entries: [keys] })]), [sig(undefined, KEY2)])).ok).toBe(false)
  })

  it('Audit is the default failure action: a failure only warns; unmatched images are allowed', async () => {
    const p = kyverno([attestors({ entries: [kyKeyless(ID)] }, {})])
    const out = await run(p, [])
    expect(out.ok).toBe(true)
    expect(out.warnings[0]).toMatch(/ClusterPolicy "kp" rule check .*mode warn/)
    expect((await run(p, [], { reference: `other.test/x@sha256:${'c'.repeat(64)}` })).ok).toBe(true)
  })

  it('attestations: every statement of the type must pass the JMESPath conditions', async () => {
    const p = kyverno([
      {
        imageReferences: ['registry.test/*'],
        failureAction: 'Enforce',
        attestations: [
          {
            type: 'https://slsa.dev/provenance/v0.2',
            attestors: [{ entries: [kyKeyless(ID)] }],
            conditions: [{ all: [{ key: "{{ regex_match('^https://github.com/acme/', '{{ builder.id }}') }}", operator: 'Equals', value: true }] }]
          }
        ]
      }
    ])
    const good = att('https://slsa.dev/provenance/v0.2', { builder: { id: 'https://github.com/acme/builder' } })
    const bad = att('https://slsa.dev/provenance/v0.2', { builder: { id: 'https://github.com/evil/builder' } })
    expect((await run(p, [good])).ok).toBe(true)
    expect((await run(p, [good, bad])).ok).toBe(false)
    expect((await run(p, [])).reason).toMatch(/no matching attestations with type https:\/\/slsa\.dev\/provenance\/v0\.2/)
    // No shorthand mapping in ClusterPolicy.
    expect((await run(p.replace('https://slsa.dev/provenance/v0.2', 'slsaprovenance'), [good])).ok).toBe(false)
  })

  it('skipImageReferences leave an image out', async () => {
    const p = kyverno([attestors({ entries: [kyKeyless(ID)] }, { failureAction: 'Enforce', skipImageReferences: ['registry.test/acme/*'] })])
    expect(await run(p, [], { noMatch: 'deny' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no matching policies/) })
  })
})

describe('SealImagePolicy', () => {
  const seal = (rule: Obj) =>
    yaml({
      apiVersion: 'seal.dev/v1',
      kind: 'SealImagePolicy',
      metadata: { name: 'sp' },
      spec: { rules: [{ name: 'app', images: ['registry.test/acme/**'], ...rule }] }
    })

  it('an m-of-n threshold counts different signers', async () => {
    const p = seal({ threshold: 2, signers: [{ identity: ID }, { key: KEY }] })
    expect((await run(p, [sig(ID)])).ok).toBe(false)
    expect((await run(p, [sig(ID), sig(undefined, KEY)])).ok).toBe(true)
  })

  it('identity regexps are anchored', async () => {
    const p = seal({ signers: [{ identityRegExp: 'acme/app' }] })
    expect((await run(p, [sig(ID)])).ok).toBe(false)
    expect((await run(seal({ signers: [{ identityRegExp: 'https://github\\.com/acme/.*' }] }), [sig(ID)])).ok).toBe(true)
  })

  it('CEL conditions over the predicate', async () => {
    const p = seal({
      signers: [{ identity: ID }],
      attestations: [{ predicateType: 'https://slsa.dev/provenance/v1', condition: 'predicate.buildType == "gh"' }]
    })
    expect((await run(p, [sig(ID), att('https://slsa.dev/provenance/v1', { buildType: 'gh' })])).ok).toBe(true)
    const out = await run(p, [sig(ID), att('https://slsa.dev/provenance/v1', { buildType: 'other' })])
    expect(out.reason).toMatch(/the condition "predicate.buildType == \\"gh\\"" is false/)
  })

  it('rejects a CEL syntax error when loading', async () => {
    await expect(
      parsePolicyText(seal({ signers: [{ identity: 'x' }], attestations: [{ predicateType: 't', condition: 'predicate ==' }] }), 'p.yaml')
    ).rejects.toThrow(/condition: is not a valid CEL expression/)
  })
})
