/**
 * End to end through the bundled setup action (`node dist/setup/index.js`),
 * as the runner runs it: the tool cache in RUNNER_TOOL_CACHE, PATH additions
 * read back from GITHUB_PATH, and cosign downloaded from a local release
 * server whose bundles the local Sigstore stack signed.
 */
import { execFile } from 'node:child_process'
import { appendFile, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'

import { runAction, type ActionRun } from '../support/runner.js'
import { expectCleanFailure } from '../support/assertions.js'
import { startReleaseServer, type ReleaseServer, type ReleaseVariant } from '../support/release-server.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const exec = promisify(execFile)

let stack: SigstoreStack
let release: ReleaseServer
let workspace: string
let rootPath: string

beforeAll(async () => {
  stack = await startStack()
  release = await startReleaseServer(stack)
  workspace = await mkdtemp(join(tmpdir(), 'seal-setup-ws-'))
  rootPath = join(workspace, 'trusted_root.json')
  await stack.writeTrustedRoot(rootPath)
}, 60_000)

afterAll(async () => {
  await release?.close()
  await stack?.close()
})

const toolCache = () => mkdtemp(join(tmpdir(), 'seal-toolcache-'))

function setup(cache: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('setup', { workspace, inputs, env: { RUNNER_TOOL_CACHE: cache } })
}

/** Inputs installing the release server's cosign, trusting the local stack and its signer. */
function cosignInputs(variant: ReleaseVariant, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'cosign-release': release.version,
    'cosign-download-url': release.baseURL(variant),
    'cosign-certificate-identity': release.identity,
    'cosign-certificate-oidc-issuer': release.issuer,
    'trusted-root': rootPath,
    retries: '0',
    ...extra
  }
}

/** The step failed with an error annotation matching `reason`, printed no stack trace, and set no cosign-path. */
function expectSetupFailure(run: ActionRun, reason: RegExp): void {
  expectCleanFailure(run, reason)
  expect(run.outputs['cosign-path']).toBeUndefined()
}

/** Byte equality without jest's element-by-element diff of megabyte buffers. */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)])
  return x.equals(y)
}

async function cachedCosignVersions(cache: string): Promise<string[]> {
  return readdir(join(cache, 'cosign')).catch(() => [])
}

/** A PATH like a later step's: the action's additions, then only system dirs (no Node 24 there). */
function laterStepPath(run: ActionRun): string {
  return [...run.paths, '/usr/bin', '/bin'].join(delimiter)
}

describe('setup action: seal', () => {
  let cache: string
  let first: ActionRun

  beforeAll(async () => {
    cache = await toolCache()
    first = await setup(cache)
  }, 60_000)

  it('installs seal into the tool cache and adds it to PATH', async () => {
    expect(first.stdout).not.toMatch(/::error::/)
    expect(first.code).toBe(0)
    const sealPath = first.outputs['seal-path']
    expect(sealPath.startsWith(join(cache, 'seal') + '/')).toBe(true)
    expect(first.paths).toEqual([dirname(sealPath)])
    expect(first.outputs['cache-hit']).toBe('false')
    expect(first.outputs['cosign-path']).toBe('')
    expect(first.stdout).toContain('seal --version: reports 0.1.0')
    expect(await sameBytes(join(dirname(sealPath), 'index.js'), join('dist', 'cli', 'index.js'))).toBe(true)
    expect(first.summary).toMatch(/\| seal \| 0\.1\.0 \| .* \| installed now \|/)
  })

  it('gives later steps a seal that verifies a bundle, and that fails on the wrong identity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-setup-verify-'))
    const file = join(dir, release.asset)
    await writeFile(file, release.binary)
    await writeFile(`${file}.sigstore.json`, release.bundleJSON)
    const env = { PATH: laterStepPath(first), HOME: process.env.HOME ?? '' }
    const common = ['--trusted-root', rootPath, '--certificate-oidc-issuer', release.issuer, file]

    const ok = await exec('seal', ['verify', '--certificate-identity', release.identity, ...common], { env, cwd: dir })
    expect(ok.stdout).toContain(`OK\t${release.asset}\t${release.identity}\t${release.issuer}`)

    const bad = await exec('seal', ['verify', '--certificate-identity', release.otherIdentity, ...common], { env, cwd: dir }).catch(e => e)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^FAIL\t.*certificate identity mismatch/m)
  })

  it('finds seal in the tool cache on a second run', async () => {
    const sealPath = join(first.outputs['seal-path'])
    const before = (await stat(join(dirname(sealPath), 'index.js'))).mtimeMs
    const second = await setup(cache)
    expect(second.code).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(second.outputs['seal-path']).toBe(sealPath)
    expect(second.paths).toEqual([dirname(sealPath)])
    expect(second.stdout).toContain('found in the tool cache')
    expect((await stat(join(dirname(sealPath), 'index.js'))).mtimeMs).toBe(before)
    expect(second.summary).toMatch(/\| seal \| 0\.1\.0 \| .* \| tool cache \|/)
  })

  it('replaces a cached copy that differs from the shipped CLI', async () => {
    const damaged = await toolCache()
    const one = await setup(damaged)
    const index = join(dirname(one.outputs['seal-path']), 'index.js')
    await appendFile(index, '\n// changed\n')
    const two = await setup(damaged)
    expect(two.code).toBe(0)
    expect(two.outputs['cache-hit']).toBe('false')
    expect(await sameBytes(index, join('dist', 'cli', 'index.js'))).toBe(true)
  })

  it('rejects invalid inputs, naming them', async () => {
    const run = await setup(await toolCache(), { 'cosign-release': 'latest' })
    expectSetupFailure(run, /`cosign-release` must be a release tag such as v3\.0\.6, got "latest"/)
    expect(run.paths).toEqual([])
  })
})

describe('setup action: cosign', () => {
  it('installs a verified cosign, then finds it in the tool cache without downloading again', async () => {
    const cache = await toolCache()
    const run = await setup(cache, cosignInputs('good'))
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    const cosignPath = run.outputs['cosign-path']
    expect(cosignPath).toBe(join(cache, 'cosign', release.version.slice(1), process.arch, 'cosign'))
    expect(run.paths).toEqual([dirname(run.outputs['seal-path']), dirname(cosignPath)])
    expect(run.outputs['cache-hit']).toBe('false')
    expect(run.stdout).toContain(`Sigstore bundle verified: signed by ${release.identity}`)
    expect(run.summary).toContain(`signed by ${release.identity} (issuer ${release.issuer})`)
    expect(run.summary).toMatch(/matches cosign_checksums\.txt/)

    const { stdout } = await exec('cosign', ['version'], { env: { PATH: laterStepPath(run) } })
    expect(stdout.trim()).toBe(release.versionLine)

    const requests = release.requests.length
    const again = await setup(cache, cosignInputs('good'))
    expect(again.code).toBe(0)
    expect(again.outputs['cache-hit']).toBe('true')
    expect(again.outputs['cosign-path']).toBe(cosignPath)
    expect(release.requests.length).toBe(requests)
  })

  it('refuses a tampered binary: checksum mismatch, nothing cached', async () => {
    const cache = await toolCache()
    const run = await setup(cache, cosignInputs('tampered'))
    expectSetupFailure(run, new RegExp(`${release.asset} does not match cosign_checksums\\.txt: expected sha256 [0-9a-f]{64}, downloaded [0-9a-f]{64}`))
    expect(await cachedCosignVersions(cache)).toEqual([])
  })

  it('refuses an asset missing from the checksums file', async () => {
    const cache = await toolCache()
    const run = await setup(cache, cosignInputs('missing-checksum'))
    expectSetupFailure(run, new RegExp(`${release.asset} is not listed in cosign_checksums\\.txt of ${release.version}`))
    expect(await cachedCosignVersions(cache)).toEqual([])
  })

  it('refuses a binary signed by another identity, naming both', async () => {
    const cache = await toolCache()
    const run = await setup(cache, cosignInputs('wrong-signer'))
    expectCleanFailure(
      run,
      new RegExp(
        `is signed by "${release.otherIdentity.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}".*but the expected signer is "${release.identity.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`
      )
    )
    expect(await cachedCosignVersions(cache)).toEqual([])
  })

  it('expects cosign’s own release signer unless told otherwise', async () => {
    const { 'cosign-certificate-identity': _i, 'cosign-certificate-oidc-issuer': _s, ...inputs } = cosignInputs('good')
    const run = await setup(await toolCache(), inputs)
    expectSetupFailure(run, /but the expected signer is "keyless@projectsigstore\.iam\.gserviceaccount\.com" \(issuer "https:\/\/accounts\.google\.com"\)/)
  })

  it('refuses a verified binary that reports another version than the release', async () => {
    const run = await setup(await toolCache(), cosignInputs('other-version'))
    expectSetupFailure(
      run,
      new RegExp(`The installed cosign is not version ${release.version}: \`cosign version\` printed "cosign v1\\.13\\.1 \\(seal test release\\)"`)
    )
    expect(run.paths).toEqual([dirname(run.outputs['seal-path'])])
  })

  it('refuses a release without a Sigstore bundle', async () => {
    const run = await setup(await toolCache(), cosignInputs('no-bundle'))
    expectSetupFailure(run, /has no Sigstore bundle for .*so its signature cannot be verified/)
  })
})
