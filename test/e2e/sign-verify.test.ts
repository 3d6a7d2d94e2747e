/**
 * End to end through the bundled actions: `node dist/sign/index.js` then
 * `node dist/verify/index.js`, as the runner runs them, against the local
 * Sigstore stack over HTTP.
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startStack, type SigstoreStack } from '../support/stack/index.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { expectCleanFailure, visible } from '../support/assertions.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\./

let stack: SigstoreStack
let other: SigstoreStack
let workspace: string
let rootPath: string
let otherRootPath: string
let signed: ActionRun
let fulcioRequests: number

function services(s: SigstoreStack): Record<string, string> {
  return { 'fulcio-url': s.fulcioURL, 'rekor-url': s.rekorURL, 'tsa-url': s.tsaURL }
}

function oidcEnv(s: SigstoreStack): Record<string, string> {
  return { ACTIONS_ID_TOKEN_REQUEST_URL: s.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: s.oidc.requestToken }
}

async function copyWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-ws-'))
  await cp(workspace, dir, { recursive: true })
  return dir
}

function verify(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('verify', {
    workspace: ws,
    inputs: { 'subject-path': 'dist/*', 'trusted-root': rootPath, 'certificate-identity': stack.identity(), ...inputs }
  })
}

beforeAll(async () => {
  ;[stack, other] = await Promise.all([startStack(), startStack()])
  workspace = await mkdtemp(join(tmpdir(), 'seal-e2e-'))
  const dist = join(workspace, 'dist')
  await mkdir(dist)
  await writeFile(join(dist, 'app.tar.gz'), 'release tarball\n')
  await writeFile(join(dist, 'notes.txt'), 'release notes\n')
  // 50 MB, written in pieces so the test itself stays small in memory.
  const big = join(dist, 'big.bin')
  const chunk = Buffer.alloc(1024 * 1024, 0x5a)
  const h = await open(big, 'w')
  for (let i = 0; i < 50; i++) await h.write(chunk)
  await h.close()
  const roots = await mkdtemp(join(tmpdir(), 'seal-roots-'))
  rootPath = join(roots, 'trusted_root.json')
  otherRootPath = join(roots, 'other_trusted_root.json')
  await stack.writeTrustedRoot(rootPath)
  await other.writeTrustedRoot(otherRootPath)

  const before = stack.counts.fulcio
  signed = await runAction('sign', {
    workspace,
    inputs: { 'subject-path': 'dist/*.tar.gz\ndist/notes.txt, dist/big.bin', ...services(stack) },
    env: oidcEnv(stack)
  })
  fulcioRequests = stack.counts.fulcio - before
}, 120_000)

afterAll(async () => {
  await Promise.all([stack?.close(), other?.close()])
})

describe('sign-action', () => {
  it('signs three files (one of 50 MB) with exactly one Fulcio request', () => {
    expect(signed.stdout).not.toMatch(/::error::/)
    expect(signed.code).toBe(0)
    expect(fulcioRequests).toBe(1)
    expect(stack.counts.oidc).toBeGreaterThanOrEqual(1)
  })

  it('writes one v0.3 bundle per file and lists them in the outputs', async () => {
    const paths = signed.outputs['bundle-paths'].split('\n')
    expect(paths.map(p => p.replace(workspace + '/', ''))).toEqual([
      'dist/app.tar.gz.sigstore.json',
      'dist/big.bin.sigstore.json',
      'dist/notes.txt.sigstore.json'
    ])
    for (const p of paths) {
      const bundle = JSON.parse(await readFile(p, 'utf8'))
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
      expect(bundle.verificationMaterial.certificate.rawBytes).toBeTruthy()
      expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
      expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    }
    const certs = new Set(await Promise.all(paths.map(async p => JSON.parse(await readFile(p, 'utf8')).verificationMaterial.certificate.rawBytes)))
    expect(certs.size).toBe(1)
  })

  it('reports results, identity and issuer', () => {
    const results = JSON.parse(signed.outputs.results)
    expect(results).toHaveLength(3)
    for (const r of results) {
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(r.logIndex).toMatch(/^\d+$/)
      expect(r.logId).toMatch(/^[0-9a-f]{64}$/)
      expect(new Date(r.integratedTime).getTime()).toBeGreaterThan(Date.now() - 600_000)
      expect(r.bundlePath).toBe(r.subject.startsWith('/') ? r.subject : join(workspace, r.subject) + '.sigstore.json')
    }
    expect(results.find((r: { subject: string }) => r.subject === 'dist/notes.txt').sha256).toBe(createHash('sha256').update('release notes\n').digest('hex'))
    expect(signed.outputs['certificate-identity']).toBe(stack.identity())
    expect(signed.outputs['certificate-oidc-issuer']).toBe(ISSUER)
  })

  it('writes a summary row per file with a link to the custom Rekor', () => {
    const rows = signed.summary.split('\n').filter(l => l.startsWith('| `dist/'))
    expect(rows).toHaveLength(3)
    expect(signed.summary).toContain(`${stack.rekorURL}/api/v1/log/entries?logIndex=`)
    expect(signed.summary).toContain(stack.identity())
    expect(signed.summary).toContain('BEGIN CERTIFICATE')
  })

  it('never prints the OIDC token', () => {
    expect(visible(signed)).not.toMatch(JWT_SHAPE)
    // The runner's token was registered as a secret before anything else used it.
    expect(signed.stdout).toMatch(/::add-mask::eyJ/)
  })

  it('never prints an identity-token input, even when signing fails', async () => {
    const token = stack.issueToken()
    const ws = await copyWorkspace()
    const ok = await runAction('sign', { workspace: ws, inputs: { 'subject-path': 'dist/notes.txt', 'identity-token': token, ...services(stack) } })
    expect(ok.code).toBe(0)
    const bad = await runAction('sign', {
      workspace: ws,
      inputs: { 'subject-path': 'dist/notes.txt', 'identity-token': token, 'fulcio-url': 'http://127.0.0.1:9', 'rekor-url': stack.rekorURL, retries: '0' }
    })
    expect(bad.code).not.toBe(0)
    for (const run of [ok, bad]) {
      const all = visible(run)
      expect(all).not.toContain(token)
      expect(all).not.toContain(token.split('.')[1])
    }
    expectCleanFailure(bad, /Could not reach Fulcio at http:\/\/127\.0\.0\.1:9/)
  })

  it('fails without a token source and explains the id-token permission', async () => {
    const ws = await copyWorkspace()
    const run = await runAction('sign', { workspace: ws, inputs: { 'subject-path': 'dist/notes.txt', ...services(stack) } })
    expectCleanFailure(run, /permissions: id-token: write/)
  })

  it('fails when a pattern matches nothing, naming the pattern', async () => {
    const run = await runAction('sign', { workspace, inputs: { 'subject-path': 'dist/*.zip', ...services(stack) }, env: oidcEnv(stack) })
    expectCleanFailure(run, /subject-path.*"dist\/\*\.zip" matched no file/)
  })
})

describe('verify-action', () => {
  it('verifies every signed file', async () => {
    const run = await verify(workspace, {})
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.outputs.verified).toBe('true')
    const results = JSON.parse(run.outputs.results)
    expect(results.map((r: { subject: string }) => r.subject)).toEqual(['dist/app.tar.gz', 'dist/big.bin', 'dist/notes.txt'])
    for (const r of results) {
      expect(r.verified).toBe(true)
      expect(r.identity).toBe(stack.identity())
      expect(r.issuer).toBe(ISSUER)
      expect(r.logIndex).toMatch(/^\d+$/)
      expect(r.integratedTime).toBeTruthy()
    }
    const signedDigests = Object.fromEntries(JSON.parse(signed.outputs.results).map((r: { subject: string; sha256: string }) => [r.subject, r.sha256]))
    for (const r of results) expect(r.sha256).toBe(signedDigests[r.subject])
    expect(run.summary.match(/🟢/g)).toHaveLength(3)
  })

  it('rejects a tampered file and names it', async () => {
    const ws = await copyWorkspace()
    await writeFile(join(ws, 'dist', 'notes.txt'), 'release notes, edited\n')
    const run = await verify(ws, {})
    expectCleanFailure(run, /dist\/notes\.txt: .*(digest|differs)/i)
    expect(run.outputs.verified).toBe('false')
    const results = JSON.parse(run.outputs.results)
    expect(results.filter((r: { verified: boolean }) => r.verified)).toHaveLength(2)
    expect(run.summary).toContain('🔴')
  })

  it('rejects a wrong identity', async () => {
    const run = await verify(workspace, { 'certificate-identity': 'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main' })
    expectCleanFailure(run, /identity/i)
  })

  it('rejects an identity that is only a prefix of the certificate identity', async () => {
    const claims = { job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main-2' }
    const ws = await mkdtemp(join(tmpdir(), 'seal-prefix-'))
    await writeFile(join(ws, 'x.txt'), 'prefix test\n')
    const s = await runAction('sign', { workspace: ws, inputs: { 'subject-path': 'x.txt', 'identity-token': stack.issueToken(claims), ...services(stack) } })
    expect(s.code).toBe(0)
    expect(s.outputs['certificate-identity']).toBe(stack.identity(claims))
    const expected = stack.identity()
    expect(stack.identity(claims).startsWith(expected)).toBe(true)
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': 'x.txt', 'trusted-root': rootPath, 'certificate-identity': expected }
    })
    expectCleanFailure(run, /main-2/)
  })

  it('rejects a wrong issuer, printing expected and found', async () => {
    const run = await verify(workspace, { 'certificate-oidc-issuer': 'https://gitlab.com' })
    expectCleanFailure(run, /gitlab\.com[\s\S]*token\.actions\.githubusercontent\.com|token\.actions\.githubusercontent\.com[\s\S]*gitlab\.com/)
  })

  it('rejects bundles from a different trusted root', async () => {
    const run = await verify(workspace, { 'trusted-root': otherRootPath })
    expectCleanFailure(run, /trusted root|trusted-root/i)
  })

  it('rejects a truncated bundle', async () => {
    const ws = await copyWorkspace()
    const p = join(ws, 'dist', 'app.tar.gz.sigstore.json')
    const size = (await readFile(p)).length
    await truncate(p, Math.floor(size / 2))
    const run = await verify(ws, {})
    expectCleanFailure(run, /app\.tar\.gz\.sigstore\.json/)
  })

  it('rejects a missing bundle', async () => {
    const ws = await copyWorkspace()
    await rm(join(ws, 'dist', 'big.bin.sigstore.json'))
    const run = await verify(ws, {})
    expectCleanFailure(run, /big\.bin.*No bundle at/)
  })

  it('requires an identity input', async () => {
    const run = await verify(workspace, { 'certificate-identity': '' })
    expectCleanFailure(run, /certificate-identity/)
  })
})
