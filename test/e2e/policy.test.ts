/**
 * Admission policies through the bundled verify-action: one policy file per
 * engine (policy-controller ClusterImagePolicy, Kyverno ClusterPolicy, seal's
 * SealImagePolicy) against images signed once each in a real registry with
 * the local Sigstore stack. The expected outcome of every cell is what the
 * engine's documented semantics give, written here from its reference, not
 * from seal's output.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { expectSuccess as ok, pushImage, stackInputs, stackOIDCEnv } from '../support/signing.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../support/stack/index.js'

const TYPE = 'https://example.com/attestation/level/v1'
let stack: SigstoreStack
let registry: TestRegistry
let ws: string
let root: string
let ID: string
let OTHER: string
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const PRIVATE = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PUBLIC = publicKey.export({ type: 'spki', format: 'pem' }).toString()

/** The images of the matrix, by what was done to them. */
const img: Record<'signed' | 'unsigned' | 'other' | 'key' | 'attested' | 'lowLevel' | 'unmatched', string> = {} as never

const services = () => stackInputs(stack)
const oidcEnv = () => stackOIDCEnv(stack)
const push = (repo: string) => pushImage(registry, repo)

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  ws = await mkdtemp(join(tmpdir(), 'seal-policy-'))
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  ID = stack.identity()
  OTHER = stack.identity({ repository: 'evil/app' })
  for (const k of ['signed', 'unsigned', 'other', 'key', 'attested', 'lowLevel'] as const) img[k] = await push(`m/${k.toLowerCase()}`)
  img.unmatched = await push('elsewhere/app')
  // Signed once each, in both formats (policy-controller and Kyverno's Cosign type read the legacy tags).
  const sign = (image: string, extra: Record<string, string> = {}) =>
    runAction('sign', { workspace: ws, inputs: { image, 'signature-format': 'both', ...services(), ...extra }, env: oidcEnv() })
  await ok(sign(img.signed))
  await ok(sign(img.key, { key: PRIVATE }))
  const attest = (image: string, level: number) =>
    runAction('attest', {
      workspace: ws,
      inputs: { image, 'predicate-type': TYPE, predicate: JSON.stringify({ level }), 'push-to-registry': 'true', 'attestation-format': 'both', ...services() },
      env: oidcEnv()
    })
  await ok(attest(img.attested, 3))
  await ok(attest(img.lowLevel, 1))
  stack.setClaims({ repository: 'evil/app' })
  await ok(sign(img.other))
  stack.setClaims({})
}, 180_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()])
})

type Obj = Record<string, unknown>
const yaml = (doc: Obj) => JSON.stringify(doc, null, 1)

/** The three engines' ways of saying the same policies. */
const POLICIES: Record<string, { signatures: () => Obj; attestations: () => Obj; warn: () => Obj }> = {
  ClusterImagePolicy: {
    signatures: () =>
      cip([{ keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: ID }] } }, { key: { data: PUBLIC } }]),
    // An authority with attestations checks only them; the controller's conditions are CUE or Rego (see below).
    attestations: () =>
      cip([
        {
          keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: ID }] },
          attestations: [{ name: 'level', predicateType: TYPE }]
        }
      ]),
    warn: () => cip([{ keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: ID }] } }], { mode: 'warn' })
  },
  ClusterPolicy: {
    signatures: () =>
      kyverno({
        failureAction: 'Enforce',
        attestors: [
          {
            count: 1,
            entries: [{ keyless: { subject: ID, issuer: GITHUB_ISSUER, rekor: { url: 'https://rekor.sigstore.dev' } } }, { keys: { publicKeys: PUBLIC } }]
          }
        ]
      }),
    attestations: () =>
      kyverno({
        failureAction: 'Enforce',
        attestations: [
          {
            type: TYPE,
            attestors: [{ entries: [{ keyless: { subject: ID, issuer: GITHUB_ISSUER, rekor: { url: 'https://rekor.sigstore.dev' } } }] }],
            conditions: [{ all: [{ key: '{{ level }}', operator: 'GreaterThanOrEquals', value: 3 }] }]
          }
        ]
      }),
    // No failureAction and no validationFailureAction: Audit.
    warn: () => kyverno({ attestors: [{ entries: [{ keyless: { subject: ID, issuer: GITHUB_ISSUER, rekor: { url: 'https://rekor.sigstore.dev' } } }] }] })
  },
  SealImagePolicy: {
    signatures: () => seal({ signers: [{ identity: ID }, { key: PUBLIC }] }),
    attestations: () => seal({ signers: [{ identity: ID }], threshold: 0, attestations: [{ predicateType: TYPE, condition: 'predicate.level >= 3' }] }),
    warn: () => seal({ signers: [{ identity: ID }], mode: 'warn' })
  }
}

function cip(authorities: Obj[], spec: Obj = {}): Obj {
  return {
    apiVersion: 'policy.sigstore.dev/v1beta1',
    kind: 'ClusterImagePolicy',
    metadata: { name: 'cip' },
    spec: { images: [{ glob: `${registry.host}/m/**` }], authorities, ...spec }
  }
}

function kyverno(verifyImage: Obj): Obj {
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'kp' },
    spec: {
      rules: [
        { name: 'verify', match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [{ imageReferences: [`${registry.host}/m/*`], ...verifyImage }] }
      ]
    }
  }
}

function seal(rule: Obj): Obj {
  return {
    apiVersion: 'seal.dev/v1',
    kind: 'SealImagePolicy',
    metadata: { name: 'sp' },
    spec: { rules: [{ name: 'app', images: [`${registry.host}/m/**`], ...rule }] }
  }
}

interface Row {
  subject: string
  verified: boolean
  identity: string | null
  error: string | null
  policy?: { rules: { policy: string; rule: string; passed: boolean; mode: string; details: string[]; skipped: string[] }[]; warnings: string[] }
}

async function evaluate(name: string, doc: Obj, images: string[], extra: Record<string, string> = {}): Promise<{ run: ActionRun; rows: Record<string, Row> }> {
  const file = `${name}.yaml`
  await writeFile(join(ws, file), yaml(doc))
  const run = await runAction('verify', { workspace: ws, inputs: { image: images.join('\n'), policy: file, 'trusted-root': root, ...extra } })
  expect(run.outputs.results).toBeDefined()
  // A row that passed without a keyless signer (a key, a static authority, no matching policy) still says why.
  expect(run.stdout).not.toMatch(/undefined/)
  const rows = Object.fromEntries((JSON.parse(run.outputs.results) as Row[]).map(r => [r.subject, r]))
  return { run, rows }
}

/**
 * Expected outcomes, from the reference: identity or key authorities are any-of (policy-controller),
 * `count: 1` of the entries (Kyverno), threshold 1 (seal); unmatched images are denied by the
 * policy-controller's default `no-match-policy` and admitted by Kyverno.
 */
const SIGNATURES: Record<string, Record<'signed' | 'unsigned' | 'other' | 'key' | 'unmatched', boolean>> = {
  ClusterImagePolicy: { signed: true, unsigned: false, other: false, key: true, unmatched: false },
  ClusterPolicy: { signed: true, unsigned: false, other: false, key: true, unmatched: true },
  SealImagePolicy: { signed: true, unsigned: false, other: false, key: true, unmatched: false }
}

/** Required attestation of TYPE, condition `level >= 3` (policy-controller: no condition, see the CUE case). */
const ATTESTATIONS: Record<string, Record<'attested' | 'lowLevel' | 'signed', boolean>> = {
  ClusterImagePolicy: { attested: true, lowLevel: true, signed: false },
  ClusterPolicy: { attested: true, lowLevel: false, signed: false },
  SealImagePolicy: { attested: true, lowLevel: false, signed: false }
}

describe.each(Object.keys(POLICIES))('%s', kind => {
  it('signed by the policy identity, unsigned, another identity, the listed key, matched by no policy', async () => {
    const names = ['signed', 'unsigned', 'other', 'key', 'unmatched'] as const
    const { run, rows } = await evaluate(
      `${kind}-sig`,
      POLICIES[kind].signatures(),
      names.map(n => img[n])
    )
    expect(Object.fromEntries(names.map(n => [n, rows[img[n]].verified]))).toEqual(SIGNATURES[kind])
    expect(run.outputs.verified).toBe('false')
    expect(rows[img.signed].identity).toBe(ID)
    // Which policy and which authority or attestor passed, and why the others failed, in the engine's words.
    const passed = rows[img.key].policy!.rules[0]
    expect(passed.passed).toBe(true)
    const authority = {
      ClusterImagePolicy: /passed: authority-1 \(spec\.authorities\[1\]\): signed by the key/,
      ClusterPolicy: /passed: spec\.rules\[0\]\.verifyImages\[0\]\.attestors\[0\]\.entries\[1\]: signed by the key/,
      SealImagePolicy: /passed: spec\.rules\[0\]\.signers\[1\]: signed by the key/
    }[kind]!
    expect(passed.details.join('\n')).toMatch(authority)
    const prefix =
      kind === 'ClusterImagePolicy'
        ? /^failed policy: cip /
        : kind === 'ClusterPolicy'
          ? /^ClusterPolicy "kp" rule verify verifyImages\[0\] failed/
          : /^SealImagePolicy "sp" app failed/
    expect(rows[img.other].error).toMatch(prefix)
    expect(rows[img.other].error).toMatch(new RegExp(`subject "${OTHER.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" does not match`))
    expect(rows[img.unsigned].error).toMatch(/no signatures found/)
    if (kind !== 'ClusterPolicy') expect(rows[img.unmatched].error).toMatch(/no matching policies/)
    expect(run.summary).toContain('### Admission policies')
  })

  it('attested with the required type, the condition true and false, and missing the attestation', async () => {
    const names = ['attested', 'lowLevel', 'signed'] as const
    const { rows } = await evaluate(
      `${kind}-att`,
      POLICIES[kind].attestations(),
      names.map(n => img[n])
    )
    expect(Object.fromEntries(names.map(n => [n, rows[img[n]].verified]))).toEqual(ATTESTATIONS[kind])
    expect(rows[img.signed].error).toMatch(new RegExp(`no matching attestations with type ${TYPE.replace(/[./]/g, '\\$&')}`))
    if (kind !== 'ClusterImagePolicy')
      expect(rows[img.lowLevel].error).toMatch(
        kind === 'ClusterPolicy' ? /\{\{ level \}\}.* GreaterThanOrEquals 3 does not hold/ : /predicate\.level >= 3.* is false/
      )
  })

  it('warn mode: a failing image verifies, with a warning naming the policy', async () => {
    const { run, rows } = await evaluate(`${kind}-warn`, POLICIES[kind].warn(), [img.other])
    expect(run.outputs.verified).toBe('true')
    expect(rows[img.other].verified).toBe(true)
    expect(rows[img.other].policy!.warnings[0]).toMatch(/mode warn: not blocking/)
    expect(run.stdout).toMatch(/::warning::.*mode warn: not blocking/)
  })

  it('an image no policy matches, with the other no-match-policy', async () => {
    const other = kind === 'ClusterPolicy' ? 'deny' : 'allow'
    const { run, rows } = await evaluate(`${kind}-nomatch`, POLICIES[kind].signatures(), [img.unmatched], { 'no-match-policy': other })
    expect(rows[img.unmatched].verified).toBe(other === 'allow')
    if (other === 'allow') expect(run.stdout).toContain(`✓ ${img.unmatched}: matched by no policy, and admitted (no-match-policy)`)
  })
})

describe('ClusterImagePolicy attestation policy in CUE', () => {
  const policy = () =>
    cip([
      {
        keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: ID }] },
        attestations: [{ name: 'level', predicateType: TYPE, policy: { type: 'cue', data: 'predicate: level: >=3' } }]
      }
    ])

  it('fails naming the block seal cannot evaluate', async () => {
    const { rows } = await evaluate('cip-cue', policy(), [img.attested])
    expect(rows[img.attested].verified).toBe(false)
    expect(rows[img.attested].error).toMatch(/spec\.authorities\[0\]\.attestations\[0\]\.policy is a CUE policy, which seal cannot evaluate/)
  })

  it('with skip-unevaluable-policy passes and says the block was skipped', async () => {
    const { run, rows } = await evaluate('cip-cue', policy(), [img.attested], { 'skip-unevaluable-policy': 'true' })
    expect(rows[img.attested].verified).toBe(true)
    expect(rows[img.attested].policy!.warnings.join('\n')).toMatch(/spec\.authorities\[0\]\.attestations\[0\]\.policy \(cue\) was skipped/)
    expect(run.summary).toMatch(/skipped: spec\.authorities\[0\]\.attestations\[0\]\.policy \(cue\)/)
  })
})
