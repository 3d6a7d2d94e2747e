/**
 * The `seal` command line, run as a user runs it: `node bin/seal.js ...`
 * (the bundled CLI) against the local Sigstore stack.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ROOT, runAction } from '../support/runner.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

let stack: SigstoreStack
let dir: string
let root: string

function seal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'seal.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  return new Promise(res => child.on('close', code => res({ code: code ?? -1, stdout, stderr })))
}

beforeAll(async () => {
  stack = await startStack()
  dir = await mkdtemp(join(tmpdir(), 'seal-cli-'))
  root = join(dir, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  await writeFile(join(dir, 'a.txt'), 'artifact a\n')
  await writeFile(join(dir, 'b.txt'), 'artifact b\n')
})

afterAll(() => stack.close())

const services = () => ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL, '--tsa-url', stack.tsaURL]

describe('seal sign / seal verify', () => {
  it('signs files given as arguments and verifies them', async () => {
    const token = stack.issueToken()
    const signed = await seal(['sign', 'a.txt', 'b.txt', '--identity-token', token, ...services(), '--json'])
    expect(signed.stderr).not.toContain(token)
    expect(signed.code).toBe(0)
    const results = JSON.parse(signed.stdout)
    expect(results.map((r: { subject: string }) => r.subject)).toEqual(['a.txt', 'b.txt'])
    expect(results[0].sha256).toBe(createHash('sha256').update('artifact a\n').digest('hex'))

    const ok = await seal(['verify', 'a.txt', 'b.txt', '--certificate-identity', stack.identity(), '--trusted-root', root])
    expect(ok.code).toBe(0)
    expect(ok.stdout.split('\n').filter(l => l.startsWith('OK\t'))).toHaveLength(2)

    const bad = await seal(['verify', 'a.txt', '--certificate-identity', stack.identity() + 'x', '--trusted-root', root])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^FAIL\ta\.txt\t.*identity/m)
  })

  it('signs with SIGSTORE_ID_TOKEN from the environment', async () => {
    const r = await seal(['sign', '--subject-path', 'a.txt', '--bundle-dir', 'out', ...services()], { SIGSTORE_ID_TOKEN: stack.issueToken() })
    expect(r.code).toBe(0)
    expect(JSON.parse(await readFile(join(dir, 'out', 'a.txt.sigstore.json'), 'utf8')).mediaType).toMatch(/v0\.3/)
  })

  it('prints with --json what the actions set as `results`', async () => {
    const token = stack.issueToken()
    const cli = await seal(['sign', 'a.txt', '--bundle-dir', 'json-cli', '--identity-token', token, ...services(), '--json'])
    expect(cli.code).toBe(0)
    const action = await runAction('sign', {
      workspace: dir,
      inputs: {
        'subject-path': 'a.txt',
        'bundle-dir': 'json-action',
        'identity-token': token,
        'fulcio-url': stack.fulcioURL,
        'rekor-url': stack.rekorURL,
        'tsa-url': stack.tsaURL
      }
    })
    expect(action.code).toBe(0)
    const [fromCli] = JSON.parse(cli.stdout)
    const [fromAction] = JSON.parse(action.outputs.results)
    const shape = (r: Record<string, unknown>) => Object.entries(r).map(([k, v]) => [k, v === null ? 'null' : typeof v])
    expect(shape(fromCli)).toEqual(shape(fromAction))
    expect(Object.keys(fromCli)).toEqual(['subject', 'sha256', 'bundlePath', 'logIndex', 'logId', 'integratedTime'])
    expect([fromCli.subject, fromCli.sha256]).toEqual([fromAction.subject, fromAction.sha256])

    const verifyArgs = ['--certificate-identity', stack.identity(), '--trusted-root', root, '--json']
    const verified = await seal(['verify', 'a.txt', '--bundle-path', 'json-cli/a.txt.sigstore.json', ...verifyArgs])
    expect(verified.code).toBe(0)
    const checked = await runAction('verify', {
      workspace: dir,
      inputs: { 'subject-path': 'a.txt', 'bundle-path': 'json-action/a.txt.sigstore.json', 'certificate-identity': stack.identity(), 'trusted-root': root }
    })
    expect(checked.code).toBe(0)
    const [v] = JSON.parse(verified.stdout)
    expect(shape(v)).toEqual(shape(JSON.parse(checked.outputs.results)[0]))
    expect(v).toMatchObject({ subject: 'a.txt', verified: true, identity: stack.identity(), error: null })
  })

  it('appends the job summary with --show-summary, and refuses it outside a job', async () => {
    const summary = join(dir, 'summary.md')
    await writeFile(summary, '')
    const ok = await seal(['sign', 'a.txt', '--bundle-dir', 'summary', '--identity-token', stack.issueToken(), ...services(), '--show-summary'], {
      GITHUB_STEP_SUMMARY: summary
    })
    expect(ok.code).toBe(0)
    expect(await readFile(summary, 'utf8')).toMatch(/^## seal: signed 1 file\n/)

    const outside = await seal(['sign', 'a.txt', '--bundle-dir', 'no-summary', '--identity-token', stack.issueToken(), ...services(), '--show-summary'])
    expect(outside.code).toBe(1)
    expect(outside.stderr).toBe('seal sign: --show-summary appends to the job summary file named by GITHUB_STEP_SUMMARY, which is not set\n')
    await expect(readFile(join(dir, 'no-summary', 'a.txt.sigstore.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('explains a missing token and unknown options', async () => {
    const r = await seal(['sign', 'a.txt', ...services()])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/id-token: write/)
    const u = await seal(['verify', '--certificate-identiy', 'x', 'a.txt'])
    expect(u.code).toBe(1)
    expect(u.stderr).toBe('seal verify: unknown option --certificate-identiy\n')
    const twice = await seal(['verify', 'a.txt', '--certificate-identity', 'x', '--certificate-identity', 'y'])
    expect([twice.code, twice.stderr]).toEqual([1, 'seal verify: --certificate-identity given twice\n'])
    const c = await seal(['frobnicate'])
    expect(c.code).toBe(2)
  })
})

describe('conformance protocol', () => {
  const signingConfig = async (rekorVersion: 1 | 2) => {
    const start = new Date(Date.now() - 3600_000).toISOString()
    const path = join(dir, `signing_config_v${rekorVersion}.json`)
    await writeFile(
      path,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [{ url: stack.fulcioURL, majorApiVersion: 1, validFor: { start } }],
        rekorTlogUrls: [{ url: stack.rekorURL, majorApiVersion: rekorVersion, validFor: { start } }],
        tsaUrls: [{ url: `${stack.tsaURL}/api/v1/timestamp`, majorApiVersion: 1, validFor: { start } }],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' }
      })
    )
    return path
  }

  const verifyArgs = (bundle: string, artifact: string) => [
    'verify-bundle',
    '--bundle',
    bundle,
    '--certificate-identity',
    stack.identity(),
    '--certificate-oidc-issuer',
    'https://token.actions.githubusercontent.com',
    '--trusted-root',
    root,
    artifact
  ]

  it.each([1, 2] as const)('sign-bundle then verify-bundle by path and digest (Rekor v%d)', async version => {
    const bundle = join(dir, `a-v${version}.sigstore.json`)
    const s = await seal(['sign-bundle', '--identity-token', stack.issueToken(), '--bundle', bundle, '--signing-config', await signingConfig(version), 'a.txt'])
    expect(s.stderr).toBe('')
    expect(s.code).toBe(0)
    expect((await seal(verifyArgs(bundle, 'a.txt'))).code).toBe(0)
    const digest = 'sha256:' + createHash('sha256').update('artifact a\n').digest('hex')
    expect((await seal(verifyArgs(bundle, digest))).code).toBe(0)
    expect((await seal(verifyArgs(bundle, 'b.txt'))).code).toBe(1)
  })

  it('signs an in-toto statement as DSSE and verifies its subject', async () => {
    const statement = join(dir, 'statement.json')
    const digest = createHash('sha256').update('artifact a\n').digest('hex')
    await writeFile(
      statement,
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a.txt', digest: { sha256: digest } }],
        predicateType: 'https://example.com/predicate/v1',
        predicate: {}
      })
    )
    const bundle = join(dir, 'statement.sigstore.json')
    const s = await seal([
      'sign-bundle',
      '--in-toto',
      '--identity-token',
      stack.issueToken(),
      '--bundle',
      bundle,
      '--signing-config',
      await signingConfig(1),
      statement
    ])
    expect(s.code).toBe(0)
    expect(JSON.parse(await readFile(bundle, 'utf8')).dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    expect((await seal(verifyArgs(bundle, 'a.txt'))).code).toBe(0)
    expect((await seal(verifyArgs(bundle, `sha256:${digest}`))).code).toBe(0)
    expect((await seal(verifyArgs(bundle, 'b.txt'))).code).toBe(1)
  })
})
