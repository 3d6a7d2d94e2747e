/**
 * Bundles and trusted roots that GitHub and gh made, verified by the bundled
 * verify-action with the policies gh's own tests use (repository, owner,
 * signer workflow, source ref, custom issuer) and their negatives. The data
 * comes from SEAL_GITHUB_DATA_DIR (the GitHub test data: clicli/, automata/)
 * and SEAL_REAL_BUNDLES_DIR (the sigstore-js tarballs); CI sets both.
 * Without them these tests are skipped.
 */
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expectCleanFailure } from '../support/assertions.js'
import { runAction } from '../support/runner.js'

const DATA = process.env.SEAL_GITHUB_DATA_DIR
const TARBALLS = process.env.SEAL_REAL_BUNDLES_DIR
const SLSA = 'https://slsa.dev/provenance/v1'
const describeReal = DATA && TARBALLS ? describe : describe.skip

describeReal(`verify-action on GitHub's real bundles${DATA && TARBALLS ? '' : ' (set SEAL_GITHUB_DATA_DIR and SEAL_REAL_BUNDLES_DIR to run)'}`, () => {
  let ws: string
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'seal-gh-real-'))
    await cp(join(DATA as string, 'clicli'), ws, { recursive: true })
    await cp(join(DATA as string, 'automata', 'trusted_root.jsonl'), join(ws, 'trusted_root.jsonl'))
    await cp(join(TARBALLS as string, 'sigstore-2.1.0.tgz'), join(ws, 'sigstore-js-2.1.0.tgz'))
  })

  const verify = (subject: string, bundle: string, inputs: Record<string, string>) =>
    runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': subject, 'bundle-path': bundle, 'predicate-type': SLSA, 'trusted-root': 'trusted_root.jsonl', ...inputs },
      isolateNetwork: true
    })
  const passes = async (subject: string, bundle: string, inputs: Record<string, string>) => {
    const run = await verify(subject, bundle, inputs)
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.outputs.verified).toBe('true')
    return run
  }

  describe('sigstore-js 2.1.0: two public-good bundles in one .jsonl, a sha512 subject', () => {
    const js = (inputs: Record<string, string>) => ['sigstore-js-2.1.0.tgz', 'sigstore-js-2.1.0_with_2_bundles.jsonl', inputs] as const
    it('verifies with --owner and --repo policies', async () => {
      await passes(...js({ owner: 'sigstore' }))
      await passes(...js({ repository: 'sigstore/sigstore-js' }))
      await passes(...js({ repository: 'sigstore/sigstore-js', 'source-ref': 'refs/heads/main', 'source-digest': '26d16513386ffaa790b1c32f927544f1322e4194' }))
    })
    it('rejects another repository, owner, prefix, issuer and source digest', async () => {
      expectCleanFailure(await verify(...js({ repository: 'sigstore/fakerepo' })), /expected a workflow of https:\/\/github\.com\/sigstore\/fakerepo\//)
      expectCleanFailure(await verify(...js({ repository: 'sigstore/sigstore-j' })), /expected a workflow of https:\/\/github\.com\/sigstore\/sigstore-j\//)
      expectCleanFailure(await verify(...js({ owner: 'fakeowner' })), /expected a workflow of https:\/\/github\.com\/fakeowner\//)
      expectCleanFailure(await verify(...js({ owner: 'sigstor' })), /\(`owner`\)/)
      expectCleanFailure(
        await verify(...js({ owner: 'sigstore', 'certificate-oidc-issuer': 'some-other-issuer' })),
        /OIDC issuer mismatch: expected "some-other-issuer", found "https:\/\/token\.actions\.githubusercontent\.com"/
      )
      expectCleanFailure(await verify(...js({ owner: 'sigstore', 'source-digest': '0'.repeat(40) })), /source commit digest: expected "0{40}", found "26d16513/)
      expectCleanFailure(await verify(...js({ owner: 'sigstore', 'source-ref': 'refs/heads/mai' })), /source ref: expected "refs\/heads\/mai"/)
    })
  })

  describe('a reusable signer workflow', () => {
    const reused = (inputs: Record<string, string>) => ['reusable-workflow-artifact', 'reusable-workflow-attestation.sigstore.json', inputs] as const
    const SAN = 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d'
    it("verifies with each of gh's signer forms", async () => {
      const signers: Record<string, string>[] = [
        { 'certificate-identity': SAN },
        { 'certificate-identity-regexp': 'https://github\\.com/github/artifact-attestations-workflows/.*' },
        { 'signer-repo': 'github/artifact-attestations-workflows' },
        { 'signer-workflow': 'github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml' },
        { 'signer-workflow': 'github/artifact-attestations-workflows/.github/workflows/attest.yml', hostname: 'github.com' }
      ]
      for (const signer of signers) {
        await passes(...reused({ owner: 'malancas', ...signer }))
        await passes(...reused({ repository: 'malancas/attest-demo', ...signer }))
      }
      await passes(
        ...reused({
          owner: 'malancas',
          'signer-repo': 'github/artifact-attestations-workflows',
          'signer-digest': '09b495c3f12c7881b3cc17209a327792065c1a1d',
          'source-digest': '95baf27389e83e6a5c48f42e190d48d7abcea19e'
        })
      )
    })
    it('rejects another signer workflow, signer digest and a prefix of the signer repository', async () => {
      expectCleanFailure(
        await verify(...reused({ owner: 'malancas', 'signer-workflow': 'foo/bar/.github/workflows/attest.yml' })),
        /a run of the workflow https:\/\/github\.com\/foo\/bar\//
      )
      expectCleanFailure(await verify(...reused({ owner: 'malancas', 'signer-repo': 'github/artifact-attestations' })), /\(`signer-repo`\)/)
      expectCleanFailure(
        await verify(...reused({ owner: 'malancas', 'signer-repo': 'github/artifact-attestations-workflows', 'signer-digest': '0'.repeat(40) })),
        /signer workflow digest/
      )
      expectCleanFailure(
        await verify(...reused({ owner: 'malanca', 'signer-repo': 'github/artifact-attestations-workflows' })),
        /source repository owner: expected "https:\/\/github\.com\/malanca", found "https:\/\/github\.com\/malancas"/
      )
    })
  })

  describe('an enterprise custom OIDC issuer', () => {
    const custom = (inputs: Record<string, string>) => ['custom-issuer-artifact', 'custom-issuer.sigstore.json', inputs] as const
    const ISSUER = 'https://token.actions.githubusercontent.com/hammer-time'
    it('verifies with the issuer named', async () => {
      await passes(
        ...custom({
          owner: 'too-legit',
          'certificate-oidc-issuer': ISSUER,
          'certificate-identity': 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main'
        })
      )
      await passes(...custom({ repository: 'too-legit/attest', 'certificate-oidc-issuer': ISSUER }))
    })
    it('rejects it under the default issuer', async () => {
      expectCleanFailure(
        await verify(...custom({ owner: 'too-legit' })),
        /OIDC issuer mismatch: expected "https:\/\/token\.actions\.githubusercontent\.com", found "https:\/\/token\.actions\.githubusercontent\.com\/hammer-time"/
      )
    })
  })

  describe("GitHub's instance: the bundle gh attestation download wrote", () => {
    const whl = (inputs: Record<string, string>) =>
      ['github_provenance_demo-0.0.12-py3-none-any.whl', 'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl', inputs] as const
    it('verifies against the GitHub line of the root file', async () => {
      await passes(...whl({ repository: 'actions/attest-demo', 'signer-digest': 'a6c23b9806c593664f68637c8f9d45dfcf98b2db', 'source-ref': 'refs/heads/main' }))
    })
    it('rejects another file and malformed bundles', async () => {
      expectCleanFailure(
        await verify('github_release_artifact.zip', 'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl', { owner: 'actions' }),
        /not a subject of the attestation/
      )
      for (const bad of ['missing-cert', 'missing-verification-material']) {
        const run = await verify('github_provenance_demo-0.0.12-py3-none-any.whl', `github_provenance_demo-0.0.12-py3-none-any-bundle-${bad}.jsonl`, {
          owner: 'actions'
        })
        expectCleanFailure(run, /(not a (supported|valid) Sigstore bundle|no certificate|public key)/)
      }
    })
  })
})
