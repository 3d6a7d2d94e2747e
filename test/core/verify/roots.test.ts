/**
 * Real bundles from GitHub's Sigstore instance and from public-good, verified
 * against the two-line trusted root gh prints (test/fixtures/github, see
 * SOURCES.md there): each bundle picks the root that signed it.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { loadTrust } from '../../../src/core/trust/root.js'
import { parseTrustedRoots } from '../../../src/core/trust/roots.js'
import { parseBundle } from '../../../src/core/verify/parse.js'
import { bundleTexts, firstThatVerifies } from '../../../src/core/verify/jsonl.js'
import { RootedVerifier, rootFor, thresholdsFor } from '../../../src/core/verify/roots.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/github')
const ROOTS = join(FIXTURES, 'trusted_root.jsonl')
const GH_BUNDLE = join(FIXTURES, 'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl')
const GH_ARTIFACT = join(FIXTURES, 'github_provenance_demo-0.0.12-py3-none-any.whl')
const PG_BUNDLE = join(FIXTURES, 'reusable-workflow-attestation.sigstore.json')
const PG_ARTIFACT = join(FIXTURES, 'reusable-workflow-artifact')
const ISSUER = 'https://token.actions.githubusercontent.com'
const policy = (identity: string) => ({ policy: buildIdentityPolicy({ certificateIdentity: identity, certificateOidcIssuer: ISSUER }) })
const GH_SAN = 'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main'
const PG_SAN = 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d'

async function bundle(path: string) {
  return parseBundle((await readFile(path, 'utf8')).trim(), path)
}

describe('trusted roots as JSON Lines', () => {
  it('reads each line as a root; one document stays one root', async () => {
    const text = await readFile(ROOTS, 'utf8')
    const roots = parseTrustedRoots(text, 'the roots')
    expect(roots).toHaveLength(2)
    expect(roots[1].tlogs).toHaveLength(0)
    expect(parseTrustedRoots(JSON.stringify(JSON.parse(text.split('\n')[0]), null, 2), 'one')).toHaveLength(1)
    expect(() => parseTrustedRoots(`${text.split('\n')[0]}\n{"mediaType":1}\n`, 'the roots')).toThrow(/line 2 of 2/)
  })

  it('verifies a GitHub-instance bundle and a public-good bundle, each against its own root', async () => {
    const trust = await loadTrust({ trustedRootPath: ROOTS })
    expect(trust.roots).toHaveLength(2)
    expect(trust.source).toMatch(/\(2 roots\)$/)
    const gh = await bundle(GH_BUNDLE)
    const pg = await bundle(PG_BUNDLE)
    expect(rootFor(gh, trust)).toBe(trust.roots?.[1])
    expect(rootFor(pg, trust)).toBe(trust.roots?.[0])
    const verifier = new RootedVerifier(trust, { tlogThreshold: 1, timestampThreshold: 1 }, false)
    await expect(verifier.verify(gh, { path: GH_ARTIFACT }, policy(GH_SAN))).resolves.toMatchObject({ identity: GH_SAN, issuer: ISSUER })
    await expect(verifier.verify(pg, { path: PG_ARTIFACT }, policy(PG_SAN))).resolves.toMatchObject({ identity: PG_SAN })
  })

  it('rejects a bundle whose signer is not in the root file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-roots-'))
    const publicGoodOnly = join(dir, 'pg.jsonl')
    await writeFile(publicGoodOnly, (await readFile(ROOTS, 'utf8')).split('\n')[0] + '\n')
    const trust = await loadTrust({ trustedRootPath: publicGoodOnly })
    const verifier = new RootedVerifier(trust, { tlogThreshold: 0, timestampThreshold: 1 }, true)
    await expect(verifier.verify(await bundle(GH_BUNDLE), { path: GH_ARTIFACT }, policy(GH_SAN))).rejects.toThrow(/certificate/i)
  })

  it('keeps a given tlog threshold; otherwise a root with no log or CT log needs none', async () => {
    const [pg, gh] = parseTrustedRoots(await readFile(ROOTS, 'utf8'), 'roots')
    expect(thresholdsFor(gh, { tlogThreshold: 1 }, false)).toEqual({ tlogThreshold: 0, ctlogThreshold: 0 })
    expect(thresholdsFor(gh, { tlogThreshold: 1 }, true)).toEqual({ tlogThreshold: 1, ctlogThreshold: 0 })
    expect(thresholdsFor(pg, { tlogThreshold: 0 }, false)).toEqual({ tlogThreshold: 1 })
  })
})

describe('bundle files as JSON Lines', () => {
  it('verifies the bundle for the subject and skips the ones for other artifacts', async () => {
    const trust = await loadTrust({ trustedRootPath: ROOTS })
    const verifier = new RootedVerifier(trust, { tlogThreshold: 1, timestampThreshold: 1 }, false)
    const lines = [(await readFile(PG_BUNDLE, 'utf8')).replace(/\n/g, ''), (await readFile(GH_BUNDLE, 'utf8')).trim()].join('\n') + '\n'
    const texts = bundleTexts(lines, 'both.jsonl')
    expect(texts.map(t => t.source)).toEqual(['both.jsonl line 1', 'both.jsonl line 2'])
    const verifyWith = (artifact: string) => (t: { text: string; source: string }) =>
      verifier.verify(
        parseBundle(t.text, t.source),
        { path: artifact },
        { policy: buildIdentityPolicy({ certificateIdentityRegExp: '.*', certificateOidcIssuer: ISSUER }) }
      )
    await expect(firstThatVerifies(texts, 'both.jsonl', verifyWith(GH_ARTIFACT))).resolves.toMatchObject({ identity: GH_SAN })
    await expect(firstThatVerifies(texts, 'both.jsonl', verifyWith(PG_ARTIFACT))).resolves.toMatchObject({ identity: PG_SAN })
    await expect(firstThatVerifies(texts, 'both.jsonl', verifyWith(ROOTS))).rejects.toThrow(/none of the 2 bundles in both.jsonl is for this subject/)
  })

  it('reports the failure of a bundle that was for the subject', async () => {
    const trust = await loadTrust({ trustedRootPath: ROOTS })
    const verifier = new RootedVerifier(trust, {}, false)
    const texts = bundleTexts(`${(await readFile(PG_BUNDLE, 'utf8')).replace(/\n/g, '')}\n${(await readFile(GH_BUNDLE, 'utf8')).trim()}\n`, 'b.jsonl')
    const wrongSigner = (t: { text: string; source: string }) =>
      verifier.verify(parseBundle(t.text, t.source), { path: GH_ARTIFACT }, policy(GH_SAN.replace('main', 'dev')))
    await expect(firstThatVerifies(texts, 'b.jsonl', wrongSigner)).rejects.toThrow(/^b\.jsonl line 2: certificate identity mismatch/)
  })
})
