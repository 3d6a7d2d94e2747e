/**
 * The bundled setup action installing a cosign v2.x release: checksums and
 * `<asset>.sig` checked with a release key generated here (given as
 * `cosign-release-key`), downloaded through a forward proxy.
 */
import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { expectCleanFailure } from '../support/assertions.js'
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js'
import { startReleaseServer, type KeyReleaseVariant, type ReleaseServer } from '../support/release-server.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const exec = promisify(execFile)
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })

let stack: SigstoreStack
let release: ReleaseServer
let proxy: ForwardProxy
let workspace: string
let keyPath: string

beforeAll(async () => {
  stack = await startStack()
  ;[release, proxy] = await Promise.all([startReleaseServer(stack, 'v2.6.1', { releaseKey: privateKey }), startForwardProxy()])
  workspace = await mkdtemp(join(tmpdir(), 'seal-setup-v2-'))
  keyPath = join(workspace, 'release-cosign.pub')
  await writeFile(keyPath, publicKey.export({ type: 'spki', format: 'pem' }))
}, 60_000)

afterAll(async () => {
  await Promise.all([release?.close(), proxy?.close(), stack?.close()])
})

async function setup(variant: KeyReleaseVariant, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const cache = await mkdtemp(join(tmpdir(), 'seal-toolcache-'))
  return runAction('setup', {
    workspace,
    inputs: { 'cosign-release': 'v2.6.1', 'cosign-download-url': release.baseURL(variant), 'cosign-release-key': keyPath, retries: '0', ...extra },
    env: { RUNNER_TOOL_CACHE: cache, ...env }
  })
}

it('installs cosign v2.6.1 checked with its .sig, through the proxy', async () => {
  const run = await setup('key-good', {}, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url })
  expect(run.stdout).not.toMatch(/::error::/)
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(`${release.asset}.sig verified with \`cosign-release-key\` ${keyPath}`)
  expect(proxy.targets[new URL(release.url).host]).toBeGreaterThan(0)
  const { stdout } = await exec(run.outputs['cosign-path'], ['version'])
  expect(stdout.trim()).toBe(release.versionLine)
  expect(run.summary).toContain(`${release.asset}.sig verified with`)
})

it('refuses a tampered binary and a signature by another key', async () => {
  expectCleanFailure(await setup('key-replaced'), /The signature of .* v2\.6\.1 does not verify with `cosign-release-key`/)
  expectCleanFailure(await setup('key-other-key'), /does not verify with/)
})

it("refuses the test release under cosign's built-in key, and a release with no signature", async () => {
  expectCleanFailure(await setup('key-good', { 'cosign-release-key': '' }), /does not verify with cosign's release key \(built in\)/)
  expectCleanFailure(await setup('key-no-signature'), /has no Sigstore bundle for .*so its signature cannot be verified/)
})
