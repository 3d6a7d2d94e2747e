/**
 * `seal policy export` round trip: for each format and each flag set, the
 * exported policy passes `seal policy check` (the CRD schema), and the bundled
 * verify-action decides every image the same with `policy: <exported file>`
 * as with the flags themselves. Both must equal the table written here from
 * what the flags mean, not from seal's output.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction } from '../support/runner.js'
import { runSeal } from '../support/seal-cli.js'
import { expectSuccess, pushImage, stackInputs, stackOIDCEnv } from '../support/signing.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const TYPE = 'https://example.com/attestation/roundtrip/v1'
const FORMATS = ['cluster-image-policy', 'kyverno'] as const
const IMAGES = ['signed', 'other', 'key', 'attested', 'unsigned', 'foreign', 'stored'] as const
type Image = (typeof IMAGES)[number]

let stack: SigstoreStack
let registry: TestRegistry
let ws: string
let root: string
let ID: string
let STORE: string
const img = {} as Record<Image, string>
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })

/**
 * The images, by what was done to them:
 * - signed: signed by ID, a release workflow of acme/widgets;
 * - other: signed by another identity (a workflow of evil/app);
 * - key: signed with the listed key;
 * - attested: attested by ID with an attestation of TYPE (no signature);
 * - unsigned;
 * - foreign: signed by ID (the same workflow, called as a reusable one) from the repository evil/app;
 * - stored: signed by ID, the signature stored in the repository STORE.
 */
beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  ws = await mkdtemp(join(tmpdir(), 'seal-roundtrip-'))
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  await writeFile(join(ws, 'cosign.pub'), publicKey.export({ type: 'spki', format: 'pem' }).toString())
  ID = stack.identity()
  STORE = `${registry.host}/store/signatures`
  for (const name of IMAGES) img[name] = await pushImage(registry, `rt/${name}`)
  const sign = (image: string, extra: Record<string, string> = {}) =>
    expectSuccess(
      runAction('sign', { workspace: ws, inputs: { image, 'signature-format': 'both', ...stackInputs(stack), ...extra }, env: stackOIDCEnv(stack) })
    )
  await Promise.all([
    sign(img.signed),
    sign(img.key, { key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }),
    sign(img.stored, { 'signature-repository': STORE }),
    expectSuccess(
      runAction('attest', {
        workspace: ws,
        inputs: {
          image: img.attested,
          'predicate-type': TYPE,
          predicate: '{"built": true}',
          'push-to-registry': 'true',
          'attestation-format': 'both',
          ...stackInputs(stack)
        },
        env: stackOIDCEnv(stack)
      })
    )
  ])
  stack.setClaims({ repository: 'evil/app' })
  await sign(img.other)
  // A reusable workflow of acme/widgets run by evil/app: the same certificate identity, another repository.
  stack.setClaims({ repository: 'evil/app', job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main' })
  expect(stack.identity({ repository: 'evil/app', job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main' })).toBe(ID)
  await sign(img.foreign)
  stack.setClaims({})
}, 120_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()])
  if (ws) await rm(ws, { recursive: true, force: true })
})

interface Case {
  /** The flags, each as `seal policy export --<name>` and as the verify-action input of the same name. */
  flags: () => Record<string, string>
  /** Which images verify, from what the flags mean. */
  expected: Record<Image, boolean>
}

const only = (...passing: Image[]) => Object.fromEntries(IMAGES.map(i => [i, passing.includes(i)])) as Record<Image, boolean>

const CASES: Record<string, Case> = {
  // The identity alone: any signature by it in the image's repository, whatever repository built it.
  'exact identity': { flags: () => ({ 'certificate-identity': ID }), expected: only('signed', 'foreign') },
  // Whole-value regexps: every acme/widgets workflow, from GitHub Actions; evil/app's workflow is another identity.
  'identity regexp and issuer regexp': {
    flags: () => ({
      'certificate-identity-regexp': 'https://github\\.com/acme/widgets/\\.github/workflows/[a-z]+\\.yml@refs/heads/.*',
      'certificate-oidc-issuer-regexp': 'https://token\\.actions\\.githubusercontent\\.(com|net)'
    }),
    expected: only('signed', 'foreign')
  },
  // A key verifies key-based signatures only.
  key: { flags: () => ({ key: 'cosign.pub' }), expected: only('key') },
  // A predicate type checks attestations of that type instead of signatures.
  'identity and predicate type': { flags: () => ({ 'certificate-identity': ID, 'predicate-type': TYPE }), expected: only('attested') },
  // The certificate must also name the repository: the same identity run from evil/app fails.
  'identity and repository': { flags: () => ({ 'certificate-identity': ID, repository: 'acme/widgets' }), expected: only('signed') },
  // Signatures are read from STORE only: a signature next to the image no longer counts.
  'identity and signature repository': { flags: () => ({ 'certificate-identity': ID, 'signature-repository': STORE }), expected: only('stored') }
}

interface Row {
  subject: string
  verified: boolean
  error: string | null
}

/** verify-action over every image; which verified, by image name. */
async function verify(inputs: Record<string, string>): Promise<Record<Image, boolean>> {
  const run = await runAction('verify', { workspace: ws, inputs: { image: IMAGES.map(i => img[i]).join('\n'), 'trusted-root': root, ...inputs } })
  if (run.outputs.results === undefined) throw new Error(`verify-action wrote no results:\n${run.stdout}\n${run.stderr}`)
  const rows = new Map((JSON.parse(run.outputs.results) as Row[]).map(r => [r.subject, r]))
  return Object.fromEntries(
    IMAGES.map(i => {
      const row = rows.get(img[i])
      if (!row) throw new Error(`no result row for ${i} (${img[i]}) in ${run.outputs.results}`)
      return [i, row.verified]
    })
  ) as Record<Image, boolean>
}

/** Exports the policy for the flags and checks it against the CRD schema; the file name, relative to the workspace. */
async function exported(format: (typeof FORMATS)[number], name: string, flags: Record<string, string>): Promise<string> {
  const file = `${format}-${name.replace(/\W+/g, '-')}.yaml`
  const glob = format === 'kyverno' ? `${registry.host}/rt/*` : `${registry.host}/rt/**`
  const args = Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])
  const out = await runSeal(['policy', 'export', '--format', format, '--image-glob', glob, ...args, '--out', file], ws)
  expect(out).toMatchObject({ code: 0, stdout: '' })
  const checked = await runSeal(['policy', 'check', file], ws)
  expect(checked).toMatchObject({ code: 0, stderr: '' })
  return file
}

describe.each(Object.keys(CASES))('%s', name => {
  const flagOutcomes: Promise<Record<Image, boolean>>[] = []
  const byFlags = () => (flagOutcomes[0] ??= verify(CASES[name].flags()))

  it('the flags as verify-action inputs give the expected outcomes', async () => {
    expect(await byFlags()).toEqual(CASES[name].expected)
  })

  it.each(FORMATS)('exported as %s: passes the CRD schema, and as `policy` decides every image as the flags do', async format => {
    const file = await exported(format, name, CASES[name].flags())
    const [flags, policy] = await Promise.all([byFlags(), verify({ policy: file })])
    expect(policy).toEqual(flags)
    expect(policy).toEqual(CASES[name].expected)
  })
})
