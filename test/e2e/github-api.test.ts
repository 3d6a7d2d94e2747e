/**
 * GitHub's attestations API end to end through the bundles: attest-action
 * stores its attestation through a stand-in for the REST API (and storage
 * records for pushed images), verify-action finds it there by digest with no
 * bundle file on disk, by repository and by owner, inline or through
 * `bundle_url`. Every new input has a positive and a negative run.
 */
import { access, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'

import { startForwardProxy } from '../support/forward-proxy.js'
import { startGitHubStandIn, type GitHubStandIn } from '../support/github-api.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { ROOT, runAction, type ActionRun } from '../support/runner.js'
import { expectCleanFailure, visible } from '../support/assertions.js'
import { exactly, GITHUB_ISSUER, startStack, type SigstoreStack } from '../support/stack/index.js'

const SLSA = 'https://slsa.dev/provenance/v1'
const WRITER = 'ghs_writer_0a1b2c3d4e5f6a7b8c9d'
const READER = 'ghs_reader_9f8e7d6c5b4a3f2e1d0c'

let stack: SigstoreStack
let api: GitHubStandIn
let registry: TestRegistry
let ws: string
let root: string
let stored: ActionRun

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex')

function attest(inputs: Record<string, string>, env: Record<string, string> = {}, server = api): Promise<ActionRun> {
  return runAction('attest', {
    workspace: ws,
    inputs: { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'github-token': WRITER, ...inputs },
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken, GITHUB_API_URL: server.apiURL, ...env }
  })
}

/** No bundle on disk: with `repository` or `owner` (alone a complete policy), the API is asked. */
function verify(inputs: Record<string, string>, server = api, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', {
    workspace: ws,
    inputs: { 'trusted-root': root, 'github-token': READER, ...inputs },
    env: { GITHUB_API_URL: server.apiURL, ...env }
  })
}

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  api = await startGitHubStandIn({
    accounts: { acme: 'Organization', alice: 'User' },
    tokens: { [WRITER]: ['attestations:write', 'artifact-metadata:write'], [READER]: ['attestations:read'] }
  })
  ws = await mkdtemp(join(tmpdir(), 'seal-gh-api-'))
  for (const n of ['app.tgz', 'lib.tgz', 'never.tgz', 'custom.bin']) await writeFile(join(ws, n), `${n} contents\n`)
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  stored = await attest({ 'subject-path': 'app.tgz' })
}, 90_000)

afterAll(async () => {
  await Promise.all([stack?.close(), api?.close(), registry?.close()])
})

describe('attest-action stores the attestation', () => {
  it('through the API of the repository it runs in, with attestation-id and attestation-url', () => {
    expect(stored.stdout).not.toMatch(/::error::/)
    expect(stored.code).toBe(0)
    expect(stored.outputs['attestation-id']).toBe('1')
    expect(stored.outputs['attestation-url']).toBe('https://github.com/acme/widgets/attestations/1')
    expect(stored.stdout).toContain('Stored the attestation in acme/widgets: https://github.com/acme/widgets/attestations/1')
    expect(stored.summary).toContain('Stored on GitHub: [https://github.com/acme/widgets/attestations/1](https://github.com/acme/widgets/attestations/1)')
    const post = api.requests.find(r => r.method === 'POST')
    expect(post).toMatchObject({ path: '/api/repos/acme/widgets/attestations', authorization: `Bearer ${WRITER}`, apiVersion: '2022-11-28' })
  })

  it('masks the token and never prints it', () => {
    expect(stored.stdout).toContain(`::add-mask::${WRITER}`)
    expect(visible(stored)).not.toContain(WRITER)
  })

  it('stores a bundle that verifies on its own (with @sigstore/verify)', async () => {
    const json = api.attestations[0].bundle
    expect(json).toEqual(JSON.parse(await readFile(stored.outputs['bundle-path'], 'utf8')))
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)))
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(json)), {
      subjectAlternativeName: exactly(stack.identity()),
      extensions: { issuer: GITHUB_ISSUER }
    })
    expect(signer.identity?.subjectAlternativeName).toBe(stack.identity())
    expect(api.attestations[0].digests).toEqual([`sha256:${sha256('app.tgz contents\n')}`])
  })

  it('fails on 403 naming attestations: write, and keeps the bundle file', async () => {
    const run = await attest({ 'subject-path': 'lib.tgz', 'github-token': READER })
    expectCleanFailure(
      run,
      /refused to store the attestation in acme\/widgets \(HTTP 403: Resource not accessible by integration\); the signed attestation is in (\S+)\..*`attestations: write`.*`upload-attestation: false`/
    )
    const path = /the signed attestation is in (\S+)\./.exec(run.stdout)![1]
    await expect(access(path)).resolves.toBeUndefined()
    expect(visible(run)).not.toContain(READER)
  })

  it('fails with one line when GitHub does not accept the token', async () => {
    const run = await attest({ 'subject-path': 'lib.tgz', 'github-token': 'ghs_revoked_token_000000' })
    expectCleanFailure(run, /^::error::GitHub did not accept `github-token` to store the attestation in acme\/widgets \(HTTP 401: Bad credentials\)/)
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error::'))).toHaveLength(1)
  })

  it('retries a 502 from the API', async () => {
    const before = api.attestations.length
    api.failNext(502, 2)
    const run = await attest({ 'subject-path': 'lib.tgz' })
    expect(run.code).toBe(0)
    expect(api.attestations).toHaveLength(before + 1)
  })

  it('skips the upload with upload-attestation: false', async () => {
    const before = api.requests.length
    const run = await attest({ 'subject-path': 'lib.tgz', 'upload-attestation': 'false' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('The attestation is not stored on GitHub (`upload-attestation: false`).')
    expect(run.outputs['attestation-id']).toBeUndefined()
    expect(api.requests.length).toBe(before)
  })

  it('rejects an upload-attestation that is not a switch', async () => {
    expectCleanFailure(await attest({ 'subject-path': 'lib.tgz', 'upload-attestation': 'later' }), /`upload-attestation` must be true or false/)
  })

  it('says in one line that an empty token stores nothing', async () => {
    const before = api.requests.length
    const run = await attest({ 'subject-path': 'lib.tgz', 'github-token': '' })
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n').filter(l => l.includes('github-token'))).toEqual([
      'No `github-token`: the attestation is not stored on GitHub (only in the bundle file).'
    ])
    expect(api.requests.length).toBe(before)
  })
})

describe('storage records for pushed images', () => {
  let image: string
  let digest: string

  beforeAll(async () => {
    const pushed = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/acme/app`, 'v1')
    image = `${registry.host}/acme/app@${pushed.digest}`
    digest = pushed.digest
  }, 60_000)

  it('creates one in an organisation repository, with subject-version', async () => {
    const run = await attest({ image, 'push-to-registry': 'true', 'subject-version': '2.0.0' })
    expect(run.stdout).not.toMatch(/::(error|warning)::/)
    expect(run.code).toBe(0)
    expect(run.outputs['storage-record-ids']).toBe('500')
    expect(api.storageRecords[0]).toMatchObject({ name: `${registry.host}/acme/app`, digest, registry_url: `https://${registry.host}`, version: '2.0.0' })
  })

  it('creates none with create-storage-record: false, or for a user-owned repository', async () => {
    const before = api.storageRecords.length
    const off = await attest({ image, 'push-to-registry': 'true', 'create-storage-record': 'false' })
    expect(off.code).toBe(0)
    expect(off.outputs['storage-record-ids']).toBeUndefined()
    const user = await attest({ image, 'push-to-registry': 'true' }, { GITHUB_REPOSITORY: 'alice/tools' })
    expect(user.code).toBe(0)
    expect(user.stdout).toContain('alice is not an organisation: no storage record')
    expect(api.storageRecords.length).toBe(before)
  })

  it('warns (and does not fail) without artifact-metadata: write', async () => {
    const limited = await startGitHubStandIn({ tokens: { [WRITER]: ['attestations:write'] } })
    try {
      const run = await attest({ image, 'push-to-registry': 'true' }, {}, limited)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/::warning::Could not create a storage record: .*`artifact-metadata: write`/)
    } finally {
      await limited.close()
    }
  })

  it('rejects a bad create-storage-record and a subject-version over 100 characters', async () => {
    expectCleanFailure(await attest({ image, 'create-storage-record': 'perhaps' }), /`create-storage-record` must be true or false/)
    expectCleanFailure(await attest({ image, 'subject-version': 'x'.repeat(101) }), /`subject-version` must be at most 100 characters/)
  })
})

describe('verify-action looks attestations up', () => {
  it('by repository, with no bundle file on disk', async () => {
    const from = api.requests.length
    const run = await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets' })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.outputs.verified).toBe('true')
    const [row] = JSON.parse(run.outputs.results)
    expect(row.predicateType).toBe(SLSA)
    const list = api.requests.slice(from).find(r => r.method === 'GET')!
    expect(list.path).toBe(`/api/repos/acme/widgets/attestations/sha256:${sha256('app.tgz contents\n')}`)
    expect([list.query.get('predicate_type'), list.query.get('per_page'), list.authorization]).toEqual([SLSA, '30', `Bearer ${READER}`])
    expect(visible(run)).not.toContain(READER)
  })

  it('through HTTPS_PROXY / HTTP_PROXY, when the API is the first thing the step calls', async () => {
    const proxy = await startForwardProxy()
    try {
      const env = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, https_proxy: proxy.url, http_proxy: proxy.url, NO_PROXY: '', no_proxy: '' }
      const run = await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets' }, api, env)
      expect(run.code).toBe(0)
      expect(run.outputs.verified).toBe('true')
      expect(proxy.targets[new URL(api.apiURL).host]).toBeGreaterThan(0)
    } finally {
      await proxy.close()
    }
  })

  it('by owner', async () => {
    const from = api.requests.length
    const run = await verify({ 'subject-path': 'app.tgz', owner: 'acme' })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(api.requests.slice(from).map(r => r.path)).toEqual([`/api/orgs/acme/attestations/sha256:${sha256('app.tgz contents\n')}`])
  })

  it('through bundle_url (Snappy), without sending the token there', async () => {
    const newer = await startGitHubStandIn({ tokens: { [READER]: ['attestations:read'] }, bundleURLOnly: true })
    try {
      newer.add('acme/widgets', api.attestations[0].bundle)
      const run = await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets' }, newer)
      expect(run.stdout).not.toMatch(/::error::/)
      expect(run.code).toBe(0)
      expect(newer.blobRequests).toHaveLength(1)
      expect(newer.blobRequests[0].authorization).toBeUndefined()
      expect(run.stdout).not.toContain('opaque-signature')
    } finally {
      await newer.close()
    }
  })

  it('fails clearly when GitHub has nothing, naming the repository and the digest', async () => {
    const run = await verify({ 'subject-path': 'never.tgz', repository: 'acme/widgets' })
    expectCleanFailure(
      run,
      new RegExp(`GitHub lists no attestation of type ${SLSA.replace(/[./]/g, '\\$&')} for sha256:${sha256('never.tgz contents\n')} in acme/widgets`)
    )
    expect(run.outputs.verified).toBe('false')
  })

  it('fails with one line for a token GitHub does not accept', async () => {
    const run = await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets', 'github-token': 'ghs_expired_token_1111' })
    expectCleanFailure(
      run,
      /GitHub did not accept `github-token` to list the attestations of sha256:[0-9a-f]{64} in acme\/widgets \(HTTP 401: Bad credentials\)/
    )
  })

  it('re-checks the predicate type on the verified statement', async () => {
    const careless = await startGitHubStandIn({ tokens: { [WRITER]: ['attestations:write'], [READER]: ['attestations:read'] }, ignorePredicateFilter: true })
    try {
      const custom = await attest({ 'subject-path': 'custom.bin', 'predicate-type': 'https://example.com/custom/v1', predicate: '{"ok":true}' }, {}, careless)
      expect(custom.code).toBe(0)
      const run = await verify({ 'subject-path': 'custom.bin', repository: 'acme/widgets' }, careless)
      expectCleanFailure(run, /expected predicate type https:\/\/slsa\.dev\/provenance\/v1, found "https:\/\/example\.com\/custom\/v1"/)
    } finally {
      await careless.close()
    }
  })

  it('fetches at most limit attestations', async () => {
    const again = await attest({ 'subject-path': 'app.tgz' })
    expect(again.code).toBe(0)
    const from = api.requests.length
    const run = await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets', limit: '1' })
    expect(run.code).toBe(0)
    const lists = api.requests.slice(from)
    expect(lists.map(r => r.query.get('per_page'))).toEqual(['1'])
  })

  it('rejects a limit outside 1 to 1000', async () => {
    expectCleanFailure(await verify({ 'subject-path': 'app.tgz', repository: 'acme/widgets', limit: '1001' }), /`limit` must be a whole number from 1 to 1000/)
  })
})

describe('seal attest and seal verify', () => {
  /** The bundled CLI with only the variables given (no GITHUB_* context unless passed). */
  async function seal(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
    const run = promisify(execFile)
    const base = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
    }
    try {
      const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], { cwd: ws, env: { ...base, ...env } })
      return { code: 0, stdout, stderr }
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string }
      return { code: e.code, stdout: e.stdout, stderr: e.stderr }
    }
  }
  const services = () => ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL, '--bundle-dir', ws]

  it('stores nothing outside GitHub Actions, in one line', async () => {
    const before = api.requests.length
    const run = await seal(['attest', 'lib.tgz', ...services()], {})
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n').filter(l => /github/i.test(l) && !l.startsWith('Sigstore instance:'))).toEqual([
      'No `github-token`: the attestation is not stored on GitHub (only in the bundle file).'
    ])
    expect(api.requests.length).toBe(before)
  })

  it('stores with GITHUB_TOKEN and GITHUB_REPOSITORY, and verifies by repository from the API', async () => {
    const env = { GITHUB_API_URL: api.apiURL, GITHUB_REPOSITORY: 'acme/widgets' }
    const stored = await seal(['attest', 'lib.tgz', ...services()], { ...env, GITHUB_TOKEN: WRITER })
    expect(stored.stderr).toMatch(/Stored the attestation in acme\/widgets: https:\/\/github\.com\/acme\/widgets\/attestations\/\d+/)
    expect(stored.stdout + stored.stderr).not.toContain(WRITER)
    const bundles = ['--bundle-path', join(ws, 'no-bundles-here')]
    await mkdir(bundles[1], { recursive: true })
    const verified = await seal(['verify', 'lib.tgz', '--repository', 'acme/widgets', '--trusted-root', root, ...bundles], {
      ...env,
      GITHUB_TOKEN: READER
    })
    expect(verified.stderr).not.toMatch(/error/i)
    expect(verified.stdout).toMatch(/^OK\tlib\.tgz\t/)
    expect(verified.code).toBe(0)
  })
})
