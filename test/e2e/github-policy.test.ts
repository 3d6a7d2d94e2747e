/**
 * gh-style policies, JSON Lines trusted roots and bundle files, and GitHub's
 * Sigstore instance, through the bundled actions. The bundles are real ones
 * made by GitHub (test/fixtures/github, see SOURCES.md there).
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { expectCleanFailure } from '../support/assertions.js'
import { runAction } from '../support/runner.js'
import { startTufMirror } from '../support/tuf-mirror.js'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/github')
const WHL = 'github_provenance_demo-0.0.12-py3-none-any.whl'
const GH_BUNDLE = 'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'
const REUSED = 'reusable-workflow-artifact'
const REUSED_BUNDLE = 'reusable-workflow-attestation.sigstore.json'
const SLSA = 'https://slsa.dev/provenance/v1'
const GH_DIGEST = 'a6c23b9806c593664f68637c8f9d45dfcf98b2db'

let ws: string
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'seal-gh-policy-'))
  await cp(FIXTURES, ws, { recursive: true })
  const lines = (await readFile(join(ws, 'trusted_root.jsonl'), 'utf8')).split('\n')
  await writeFile(join(ws, 'public-good-only.jsonl'), lines[0] + '\n')
  await writeFile(join(ws, 'github-root.json'), lines[1] + '\n')
  // Two bundles for two artifacts in one file, as gh attestation download writes them.
  const both = [JSON.stringify(JSON.parse(await readFile(join(ws, REUSED_BUNDLE), 'utf8'))), (await readFile(join(ws, GH_BUNDLE), 'utf8')).trim()]
  await writeFile(join(ws, 'both.jsonl'), both.join('\n') + '\n')
})

/** verify-action on the GitHub-instance wheel against the two-line root gh prints. */
function verifyWheel(inputs: Record<string, string>, bundle = GH_BUNDLE) {
  return runAction('verify', {
    workspace: ws,
    inputs: { 'subject-path': WHL, 'bundle-path': bundle, 'predicate-type': SLSA, 'trusted-root': 'trusted_root.jsonl', ...inputs },
    isolateNetwork: true
  })
}

function verifyReused(inputs: Record<string, string>) {
  return runAction('verify', {
    workspace: ws,
    inputs: { 'subject-path': REUSED, 'bundle-path': REUSED_BUNDLE, 'predicate-type': SLSA, 'trusted-root': 'trusted_root.jsonl', ...inputs },
    isolateNetwork: true
  })
}

describe('gh-style policies on real bundles', () => {
  it('repository or owner alone is a complete policy', async () => {
    const policies: Record<string, string>[] = [
      { repository: 'actions/attest-demo' },
      { owner: 'actions' },
      { repository: 'actions/attest-demo', hostname: 'github.com' }
    ]
    for (const inputs of policies) {
      const run = await verifyWheel(inputs)
      expect(run.stdout).not.toMatch(/::error::/)
      expect(run.outputs.verified).toBe('true')
      expect(JSON.parse(run.outputs.results)[0].identity).toBe('https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main')
    }
  })

  it('is prefix-safe for repositories and owners', async () => {
    expectCleanFailure(
      await verifyWheel({ repository: 'actions/attest-dem' }),
      /identity mismatch: expected a workflow of https:\/\/github\.com\/actions\/attest-dem\/ \(`repository`\)/
    )
    expectCleanFailure(await verifyWheel({ owner: 'action' }), /expected a workflow of https:\/\/github\.com\/action\/ \(`owner`\)/)
    // With the identity named, the repository is still checked against the certificate.
    expectCleanFailure(
      await verifyWheel({
        repository: 'actions/attest-demos',
        'certificate-identity': 'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main'
      }),
      /source repository: expected "https:\/\/github\.com\/actions\/attest-demos"/
    )
  })

  it('pins the signer and source digests', async () => {
    const ok = await verifyWheel({ owner: 'actions', 'signer-digest': GH_DIGEST, 'source-digest': GH_DIGEST })
    expect(ok.outputs.verified).toBe('true')
    expectCleanFailure(await verifyWheel({ owner: 'actions', 'signer-digest': 'f'.repeat(40) }), /signer workflow digest: expected "f{40}", found "a6c23b98/)
    expectCleanFailure(await verifyWheel({ owner: 'actions', 'source-digest': 'f'.repeat(40) }), /source commit digest: expected "f{40}", found "a6c23b98/)
    expectCleanFailure(await verifyWheel({ owner: 'actions', 'source-digest': 'a6c23b98' }), /`source-digest` must be a full commit digest/)
  })

  it('names a reusable signer workflow with signer-repo or signer-workflow', async () => {
    const signers: Record<string, string>[] = [
      { 'signer-repo': 'github/artifact-attestations-workflows' },
      { 'signer-workflow': 'github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml' }
    ]
    for (const signer of signers) {
      const run = await verifyReused({ repository: 'malancas/attest-demo', ...signer })
      expect(run.stdout).not.toMatch(/::error::/)
      expect(run.outputs.verified).toBe('true')
    }
    // The repository alone asks for a workflow of the repository itself.
    expectCleanFailure(await verifyReused({ repository: 'malancas/attest-demo' }), /expected a workflow of https:\/\/github\.com\/malancas\/attest-demo\//)
    expectCleanFailure(await verifyReused({ owner: 'malancas', 'signer-repo': 'github/artifact-attestations-workflow' }), /\(`signer-repo`\)/)
  })

  it('hostname changes the repository URLs and the expected issuer', async () => {
    expectCleanFailure(await verifyWheel({ owner: 'actions', hostname: 'acme.ghe.com' }), /expected a workflow of https:\/\/acme\.ghe\.com\/actions\//)
    expectCleanFailure(
      await verifyWheel({
        owner: 'actions',
        hostname: 'acme.ghe.com',
        'certificate-identity': 'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main'
      }),
      /OIDC issuer mismatch: expected "https:\/\/token\.actions\.acme\.ghe\.com"/
    )
    expectCleanFailure(await verifyWheel({ owner: 'actions', hostname: 'https://github.com' }), /`hostname` must be a host name/)
  })
})

describe('JSON Lines trusted roots and bundle files', () => {
  it('verifies each bundle against the root that signed it', async () => {
    const run = await runAction('verify', {
      workspace: ws,
      inputs: {
        'subject-path': `${WHL}\n${REUSED}`,
        'bundle-path': 'both.jsonl',
        'predicate-type': SLSA,
        'trusted-root': 'trusted_root.jsonl',
        'certificate-identity-regexp': 'https://github\\.com/.*'
      },
      isolateNetwork: true
    })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.outputs.verified).toBe('true')
    expect(JSON.parse(run.outputs.results).map((r: { subject: string }) => r.subject)).toEqual([WHL, REUSED])
    expect(run.stdout).toContain('(2 roots)')
  })

  it('rejects a bundle whose signer is in no root of the file', async () => {
    expectCleanFailure(
      await verifyWheel({ owner: 'actions', 'trusted-root': 'public-good-only.jsonl' }),
      /signed by an unknown authority: no certificate authority in the trusted root/
    )
  })

  it('says when no bundle of the file is for the subject', async () => {
    await writeFile(join(ws, 'other.bin'), 'not the artifact')
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': 'other.bin', 'bundle-path': 'both.jsonl', 'predicate-type': SLSA, 'trusted-root': 'trusted_root.jsonl', owner: 'actions' },
      isolateNetwork: true
    })
    expectCleanFailure(run, /none of the 2 bundles in .*both\.jsonl is for this subject/)
  })
})

describe("GitHub's trusted root through its TUF repository", () => {
  it('seeds the cache with the embedded root and names the repository it could not reach', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'seal-gh-tuf-'))
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': WHL, 'bundle-path': GH_BUNDLE, owner: 'actions', sigstore: 'github', retries: '0', timeout: '5' },
      env: { RUNNER_TOOL_CACHE: cache },
      isolateNetwork: true
    })
    expectCleanFailure(run, /cannot fetch the trusted root from TUF https:\/\/tuf-repo\.github\.com/)
    const seeded = JSON.parse(await readFile(join(cache, 'seal', 'tuf', 'tuf-repo.github.com', 'root.json'), 'utf8'))
    expect(seeded.signed).toMatchObject({ _type: 'root', version: 3, consistent_snapshot: true })
  })

  it('verifies from the cache a run left, with no file and no network', async () => {
    const mirror = await startTufMirror((await readFile(join(ws, 'github-root.json'), 'utf8')).trim())
    try {
      const cache = await mkdtemp(join(tmpdir(), 'seal-gh-tuf-'))
      const inputs = { 'subject-path': WHL, 'bundle-path': GH_BUNDLE, 'predicate-type': SLSA, owner: 'actions', sigstore: 'github' }
      // A run against a TUF repository serving GitHub's root fills the cache ...
      const first = await runAction('verify', {
        workspace: ws,
        inputs: { ...inputs, 'tuf-mirror': mirror.url, 'tuf-root': mirror.rootPath },
        env: { RUNNER_TOOL_CACHE: cache }
      })
      expect(first.stdout).not.toMatch(/::error::/)
      expect(first.outputs.verified).toBe('true')
      // ... standing in for GitHub's repository, whose cache directory it becomes.
      const tuf = join(cache, 'seal', 'tuf')
      const [dir] = await readdir(tuf)
      await cp(join(tuf, dir), join(tuf, 'tuf-repo.github.com'), { recursive: true })
      const run = await runAction('verify', { workspace: ws, inputs: { ...inputs, offline: 'true' }, env: { RUNNER_TOOL_CACHE: cache }, isolateNetwork: true })
      expect(run.stdout).not.toMatch(/::error::/)
      expect(run.outputs.verified).toBe('true')
      expect(run.stdout).toContain('TUF cache of https://tuf-repo.github.com (offline)')
    } finally {
      await mirror.close()
    }
  })
})

describe('sigstore: auto in sign-action and attest-action', () => {
  const token = [
    { alg: 'RS256' },
    { iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore', exp: 9999999999, sub: 'repo:acme/widgets:ref:refs/heads/main' }
  ]
    .map(part => Buffer.from(JSON.stringify(part)).toString('base64url'))
    .concat('c2ln')
    .join('.')

  async function eventFile(visibility: string): Promise<string> {
    const path = join(ws, `event-${visibility}.json`)
    await writeFile(path, JSON.stringify({ repository: { full_name: 'acme/widgets', visibility, private: visibility !== 'public' } }))
    return path
  }

  it.each([
    ['sign', 'private', 'https://fulcio.githubapp.com', "GitHub's Sigstore instance, as the repository is private"],
    ['sign', 'public', 'https://fulcio.sigstore.dev', 'public-good Sigstore, as the repository is public'],
    ['attest', 'internal', 'https://fulcio.githubapp.com', "GitHub's Sigstore instance, as the repository is internal"],
    ['attest', 'public', 'https://fulcio.sigstore.dev', 'public-good Sigstore, as the repository is public']
  ] as const)('%s-action in a %s repository contacts %s', async (action, visibility, fulcio, said) => {
    await writeFile(join(ws, 'a.txt'), 'hello')
    const run = await runAction(action, {
      workspace: ws,
      inputs: {
        'subject-path': 'a.txt',
        'identity-token': token,
        retries: '0',
        timeout: '5',
        ...(action === 'attest' ? { 'predicate-type': 'https://example.com/predicate/v1', predicate: '{}' } : {})
      },
      env: { GITHUB_EVENT_PATH: await eventFile(visibility) },
      isolateNetwork: true
    })
    expect(run.stdout).toContain(`Sigstore instance: ${said}`)
    expectCleanFailure(run, new RegExp(`Fulcio at ${fulcio.replace(/\./g, '\\.')}\\b`))
  })

  it('public-good forces public-good in a private repository', async () => {
    const run = await runAction('sign', {
      workspace: ws,
      inputs: { 'subject-path': 'a.txt', 'identity-token': token, sigstore: 'public-good', retries: '0', timeout: '5' },
      env: { GITHUB_EVENT_PATH: await eventFile('private') },
      isolateNetwork: true
    })
    expect(run.stdout).toContain('Sigstore instance: public-good Sigstore, as `sigstore: public-good`')
    expectCleanFailure(run, /Fulcio at https:\/\/fulcio\.sigstore\.dev\b/)
  })
})
