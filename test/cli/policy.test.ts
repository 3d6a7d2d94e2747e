/**
 * `seal policy export` and `seal policy check`: in process through runPolicy,
 * and as a user runs them (the CLI from source through tsx).
 */
import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'

import { parse } from 'yaml'

import { runPolicy } from '../../src/cli/policy.js'
import { ROOT } from '../support/runner.js'

/** tsx's loader by path: the command runs in a temporary directory, outside the project's node_modules. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
const FIXTURES = join(ROOT, 'test/fixtures/admission')
const WORKFLOW = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main'
const IDENTITY = ['--certificate-identity', WORKFLOW]

async function policy(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runPolicy(args, { stdout: s => (stdout += s), stderr: s => (stderr += s) })
  return { code, stdout, stderr }
}

/** The CLI from source, as `seal …` runs. */
function seal(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(res =>
    execFile(
      process.execPath,
      ['--import', TSX, join(ROOT, 'src/cli/index.ts'), ...args],
      { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  )
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-policy-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('seal policy (the CLI from source)', () => {
  it('exports a policy to a file and checks it clean: the round trip', async () => {
    const flags = [
      '--format',
      'cluster-image-policy',
      '--image-glob',
      'ghcr.io/acme/widgets**',
      ...IDENTITY,
      '--repository',
      'acme/widgets',
      '--out',
      'cip.yaml'
    ]
    const exported = await seal(['policy', 'export', ...flags], dir)
    expect(exported).toMatchObject({ code: 0, stdout: '' })
    const checked = await seal(['policy', 'check', 'cip.yaml'], dir)
    expect(checked.stderr).toBe('')
    expect(checked.code).toBe(0)
    expect(checked.stdout).toContain('document 1 (ClusterImagePolicy/seal-verify-images): policy-controller policy.sigstore.dev/v1alpha1')
    expect(checked.stdout).toContain(`identity "${WORKFLOW}"`)
  }, 60000)

  it('exits 1 on a schema error and names the document and path', async () => {
    const checked = await seal(['policy', 'check', join(FIXTURES, 'pc-invalid-empty-keyref-and-keylessref.yaml')], dir)
    expect(checked.code).toBe(1)
    expect(checked.stderr).toBe('document 1 (ClusterImagePolicy/image-policy): spec.authorities[0].keyless: must be object\n')
  }, 60000)
})

describe('seal policy export', () => {
  it.each(['cluster-image-policy', 'kyverno'])('--format %s writes YAML that checks clean', async format => {
    const glob = format === 'kyverno' ? 'ghcr.io/acme/*' : 'ghcr.io/acme/**'
    const out = await policy([
      'export',
      '--format',
      format,
      '--image-glob',
      glob,
      '--image-glob',
      'registry.local:5000/app@*',
      ...IDENTITY,
      '--predicate-type',
      'https://slsa.dev/provenance/v1'
    ])
    expect(out.code).toBe(0)
    const doc = parse(out.stdout)
    expect(doc.kind).toBe(format === 'kyverno' ? 'ClusterPolicy' : 'ClusterImagePolicy')
    await writeFile(join(dir, `${format}.yaml`), out.stdout)
    const checked = await policy(['check', join(dir, `${format}.yaml`)])
    expect(checked).toMatchObject({ code: 0, stderr: '' })
    expect(checked.stdout).toContain('https://slsa.dev/provenance/v1')
    if (format === 'kyverno') expect(out.stderr).toContain('note: Kyverno requires every attestation')
  })

  it('reads --key from a file, as seal verify does', async () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
    await writeFile(join(dir, 'cosign.pub'), pem)
    const out = await policy(['export', '--format', 'kyverno', '--image-glob', 'ghcr.io/acme/*', '--key', join(dir, 'cosign.pub')])
    expect(out.code).toBe(0)
    expect(parse(out.stdout).spec.rules[0].verifyImages[0].attestors[0].entries[0].keys.publicKeys).toBe(pem)
  })

  it.each([
    ['--signer-workflow', ['--signer-workflow', 'acme/widgets/.github/workflows/release.yml']],
    ['--source-ref', ['--source-ref', 'refs/heads/main']],
    ['--deny-self-hosted-runners', ['--deny-self-hosted-runners']],
    ['--trusted-root', ['--trusted-root', 'trusted_root.json']],
    ['--offline', ['--offline']],
    ['--tlog-threshold', ['--tlog-threshold', '2']]
  ])('refuses %s, which no exported policy can carry', async (flag, extra) => {
    const out = await policy(['export', '--format', 'cluster-image-policy', '--image-glob', 'ghcr.io/acme/**', ...IDENTITY, ...extra])
    expect(out.code).toBe(1)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain(`seal policy export: \`${flag}\` cannot be exported`)
  })

  it('refuses what an engine cannot express, naming the flag', async () => {
    const out = await policy(['export', '--format', 'kyverno', '--image-glob', 'ghcr.io/acme/*', '--certificate-identity-regexp', '(?!evil).*'])
    expect(out.code).toBe(1)
    expect(out.stderr).toContain('`--certificate-identity-regexp`')
  })

  it('rejects unknown options, a missing --format and a missing identity with one clear line', async () => {
    expect((await policy(['export', '--format', 'kyverno', '--image-glob', 'ghcr.io/a/*', '--bogus', 'x'])).stderr).toBe(
      'seal policy export: unknown option --bogus\n'
    )
    expect((await policy(['export', '--image-glob', 'ghcr.io/a/*', ...IDENTITY])).stderr).toBe(
      'seal policy export: give `--format`: cluster-image-policy or kyverno\n'
    )
    const none = await policy(['export', '--format', 'kyverno', '--image-glob', 'ghcr.io/a/*'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('certificate-identity')
    expect(none.stderr).not.toContain('    at ')
  })

  it('prints usage for help and refuses an unknown subcommand', async () => {
    expect(await policy(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('seal policy export --format cluster-image-policy|kyverno') })
    expect(await policy(['apply'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown subcommand "apply"') })
  })
})

describe('seal policy check: real policies (test/fixtures/admission)', () => {
  it.each(['pc-signed-by-github-actions.yaml', 'pc-keyless-attestation-sbom-spdxjson.yaml', 'kyverno-verify-image.yaml', 'kyverno-verify-image-ivpol.yaml'])(
    '%s validates',
    async file => {
      const out = await policy(['check', join(FIXTURES, file)])
      expect(out).toMatchObject({ code: 0, stderr: '' })
      expect(out.stdout).toMatch(/^document 1 \(/)
    }
  )

  it('describes what they require', async () => {
    const pc = (await policy(['check', join(FIXTURES, 'pc-keyless-attestation-sbom-spdxjson.yaml')])).stdout
    expect(pc).toContain('images matching **')
    expect(pc).toContain('must-have-spdxjson: predicate type "spdxjson" (read as https://spdx.dev/Document), passing a cue policy')
    const ky = (await policy(['check', join(FIXTURES, 'kyverno-verify-image.yaml')])).stdout
    expect(ky).toContain('rule verify-image: images matching ghcr.io/kyverno/test-verify-image*')
    expect(ky).toContain('all of: signed with the given public key(s)')
  })

  it('checks several files, each error line led by its file', async () => {
    const out = await policy(['check', join(FIXTURES, 'kyverno-verify-image.yaml'), join(FIXTURES, 'pc-invalid-empty-keyref-and-keylessref.yaml')])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe(
      `${join(FIXTURES, 'pc-invalid-empty-keyref-and-keylessref.yaml')}: document 1 (ClusterImagePolicy/image-policy): spec.authorities[0].keyless: must be object\n`
    )
    expect(out.stdout).toContain(`${join(FIXTURES, 'kyverno-verify-image.yaml')}:\n  document 1 (ClusterPolicy/verify-image)`)
  })

  it('fails on a file it cannot read, and without a file', async () => {
    expect(await policy(['check', join(dir, 'missing.yaml')])).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot read') })
    expect(await policy(['check'])).toMatchObject({ code: 1, stderr: expect.stringContaining('give the policy file') })
  })
})

const admission = process.env.SEAL_ADMISSION_DIR
const POLICY_KIND = /^kind: (ClusterImagePolicy|ClusterPolicy|Policy|ImageValidatingPolicy|TrustRoot)\s*$/m

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile() && /\.ya?ml$/.test(e.name)).map(e => join(e.parentPath, e.name))
}

;(admission ? describe : describe.skip)('seal policy check on every real policy file (SEAL_ADMISSION_DIR)', () => {
  it('passes the schema for every policy document of the known-good files', async () => {
    const root = admission as string
    const policies: string[] = []
    for (const file of await files(root)) if (POLICY_KIND.test(await readFile(file, 'utf8'))) policies.push(file)
    expect(policies.length).toBeGreaterThan(100)
    const failures: string[] = []
    let checked = 0
    for (const file of policies) {
      const rel = relative(root, file)
      const out = await policy(['check', file])
      // Chainsaw assertions (partial objects) and policy-controller's invalid/ cases are not meant to be whole, valid policies.
      if (rel.includes('.chainsaw-test/policy-ready') || rel.includes('/invalid/')) continue
      checked++
      for (const line of out.stderr.split('\n').filter(Boolean)) {
        // Other kinds in the same file (Namespace, ConfigMap…) are refused as not policies; ClusterPolicy v2beta1 has no stored schema.
        if (
          / \((ClusterImagePolicy|ClusterPolicy|Policy|ImageValidatingPolicy|TrustRoot)\//.test(line) &&
          !line.includes('unknown version "kyverno.io/v2beta1"')
        )
          failures.push(`${rel}: ${line}`)
      }
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(90)
  }, 120000)

  it('fails the policy-controller case whose authority the CRD schema refuses', async () => {
    const out = await policy([
      'check',
      join(admission as string, 'sigstore-policy-controller/test/testdata/policy-controller/invalid/v1beta1-empty-keyref-and-keylessref.yaml')
    ])
    expect(out.code).toBe(1)
    expect(out.stderr).toContain('spec.authorities[0].keyless: must be object')
  })
})
