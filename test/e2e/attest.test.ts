/**
 * attest-action end to end through the bundles: provenance, SBOMs, custom
 * predicates and checksums lists, then verify-action with `predicate-type`
 * and build-fact policies.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, open, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { githubProvenance } from '../../src/core/attest/provenance.js'
import { resolveClaims, startStack, type SigstoreStack } from '../support/stack/index.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { expectCleanFailure } from '../support/assertions.js'

const SLSA = 'https://slsa.dev/provenance/v1'

let stack: SigstoreStack
let ws: string
let root: string
let provenance: ActionRun

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

function services(): Record<string, string> {
  return { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL }
}

function oidcEnv(): Record<string, string> {
  return { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken }
}

function attest(inputs: Record<string, string>, workspace = ws): Promise<ActionRun> {
  return runAction('attest', { workspace, inputs: { ...services(), ...inputs }, env: oidcEnv() })
}

function verify(inputs: Record<string, string>, workspace = ws): Promise<ActionRun> {
  return runAction('verify', {
    workspace,
    inputs: { 'trusted-root': root, 'certificate-identity': stack.identity(), ...inputs }
  })
}

function statementOf(bundlePath: string): Promise<{ subject: { name: string; digest: Record<string, string> }[]; predicateType: string; predicate: unknown }> {
  return readFile(bundlePath, 'utf8').then(t => JSON.parse(Buffer.from(JSON.parse(t).dsseEnvelope.payload, 'base64').toString()))
}

beforeAll(async () => {
  stack = await startStack()
  ws = await mkdtemp(join(tmpdir(), 'seal-attest-'))
  await mkdir(join(ws, 'dist'))
  for (const n of ['a', 'b', 'c']) await writeFile(join(ws, 'dist', `app-${n}.tgz`), `artifact ${n}\n`)
  await writeFile(join(ws, 'other.bin'), 'not attested\n')
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  provenance = await attest({ 'subject-path': 'dist/*.tgz' })
}, 60_000)

afterAll(() => stack.close())

describe('provenance', () => {
  it('attests three files in one statement', async () => {
    expect(provenance.stdout).not.toMatch(/::error::/)
    expect(provenance.code).toBe(0)
    expect(provenance.outputs['predicate-type']).toBe(SLSA)
    expect(provenance.outputs['rekor-log-index']).toMatch(/^\d+$/)
    const s = await statementOf(provenance.outputs['bundle-path'])
    expect(s.subject).toEqual(['a', 'b', 'c'].map(n => ({ name: `app-${n}.tgz`, digest: { sha256: sha256(`artifact ${n}\n`) } })))
    expect(JSON.parse(provenance.outputs.results)).toHaveLength(3)
    expect(provenance.summary).toContain(SLSA)
  })

  it('builds the predicate from the runner token claims', async () => {
    const s = await statementOf(provenance.outputs['bundle-path'])
    expect(s.predicate).toEqual(githubProvenance(resolveClaims({})))
  })

  it('verifies with repository and signer-workflow policies and hands on the predicate', async () => {
    const run = await verify({
      'subject-path': 'dist/*.tgz',
      'bundle-path': provenance.outputs['bundle-path'],
      'predicate-type': SLSA,
      repository: 'acme/widgets',
      'signer-workflow': 'acme/widgets/.github/workflows/release.yml',
      'source-ref': 'refs/heads/main',
      'deny-self-hosted-runners': 'true'
    })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    const results = JSON.parse(run.outputs.results)
    expect(results).toHaveLength(3)
    expect(results.every((r: { predicateType: string }) => r.predicateType === SLSA)).toBe(true)
    expect(JSON.parse(await readFile(run.outputs['predicate-path'], 'utf8'))).toEqual(githubProvenance(resolveClaims({})))
  })

  it('fails for another repository', async () => {
    const run = await verify({
      'subject-path': 'dist/app-a.tgz',
      'bundle-path': provenance.outputs['bundle-path'],
      'predicate-type': SLSA,
      repository: 'acme/other'
    })
    expectCleanFailure(run, /source repository: expected "https:\/\/github\.com\/acme\/other", found "https:\/\/github\.com\/acme\/widgets"/)
  })

  it('fails for another predicate type', async () => {
    const run = await verify({
      'subject-path': 'dist/app-a.tgz',
      'bundle-path': provenance.outputs['bundle-path'],
      'predicate-type': 'https://spdx.dev/Document/v2.3'
    })
    expectCleanFailure(run, /expected predicate type https:\/\/spdx\.dev\/Document\/v2\.3, found "https:\/\/slsa\.dev\/provenance\/v1"/)
  })

  it('fails for a file that is not a subject', async () => {
    const run = await verify({ 'subject-path': 'other.bin', 'bundle-path': provenance.outputs['bundle-path'], 'predicate-type': SLSA })
    expectCleanFailure(run, /other\.bin: .*not a subject of the attestation/)
  })

  it('fails for a tampered statement', async () => {
    const bundle = JSON.parse(await readFile(provenance.outputs['bundle-path'], 'utf8'))
    const s = await statementOf(provenance.outputs['bundle-path'])
    s.subject.push({ name: 'other.bin', digest: { sha256: sha256('not attested\n') } })
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(s)).toString('base64')
    const tampered = join(ws, 'tampered.sigstore.json')
    await writeFile(tampered, JSON.stringify(bundle))
    const run = await verify({ 'subject-path': 'other.bin', 'bundle-path': tampered, 'predicate-type': SLSA })
    expectCleanFailure(run, /other\.bin: .*(signature|transparency log)/i)
  })
})

describe('SBOMs and custom predicates', () => {
  const sboms: [string, string, string][] = [
    ['sbom.spdx.json', JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', packages: [] }), 'https://spdx.dev/Document/v2.3'],
    ['sbom.spdx', 'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: app\n', 'https://spdx.dev/Document/v2.3'],
    ['bom.json', JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }), 'https://cyclonedx.org/bom'],
    ['bom.xml', '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components/></bom>\n', 'https://cyclonedx.org/bom']
  ]

  it.each(sboms)('%s gets its predicate type and verifies', async (file, content, type) => {
    await writeFile(join(ws, file), content)
    const run = await attest({ 'subject-path': 'dist/app-a.tgz', 'sbom-path': file })
    expect(run.code).toBe(0)
    expect(run.outputs['predicate-type']).toBe(type)
    const v = await verify({ 'subject-path': 'dist/app-a.tgz', 'bundle-path': run.outputs['bundle-path'], 'predicate-type': type })
    expect(v.code).toBe(0)
  })

  it('attests a 40 MB SBOM', async () => {
    const path = join(ws, 'big.spdx.json')
    const h = await open(path, 'w')
    await h.write('{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"big","packages":[')
    const pkg = (i: number) =>
      JSON.stringify({
        SPDXID: `SPDXRef-Package-${i}`,
        name: `package-${i}`,
        versionInfo: '1.0.0',
        downloadLocation: 'NOASSERTION',
        description: 'x'.repeat(300)
      })
    let size = 0
    for (let i = 0; size < 40 * 1024 * 1024; i++) {
      const chunk = (i ? ',' : '') + pkg(i)
      size += chunk.length
      await h.write(chunk)
    }
    await h.write(']}')
    await h.close()
    const run = await attest({ 'subject-path': 'dist/app-a.tgz', 'sbom-path': 'big.spdx.json' })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    const v = await verify({ 'subject-path': 'dist/app-a.tgz', 'bundle-path': run.outputs['bundle-path'], 'predicate-type': 'https://spdx.dev/Document/v2.3' })
    expect(v.code).toBe(0)
    // The size limit is an input: the same SBOM under a 10 MiB limit is refused with a clear reason.
    const small = await attest({ 'subject-path': 'dist/app-a.tgz', 'sbom-path': 'big.spdx.json', 'max-predicate-size-mb': '10' })
    expectCleanFailure(small, /over the limit of 10 MiB/)
  }, 120_000)

  it('attests a custom predicate', async () => {
    const run = await attest({ 'subject-path': 'dist/app-b.tgz', 'predicate-type': 'https://example.com/test-result/v1', predicate: '{"passed":true}' })
    expect(run.code).toBe(0)
    const v = await verify({
      'subject-path': 'dist/app-b.tgz',
      'bundle-path': run.outputs['bundle-path'],
      'predicate-type': 'https://example.com/test-result/v1'
    })
    expect(v.code).toBe(0)
    expect(JSON.parse(await readFile(v.outputs['predicate-path'], 'utf8'))).toEqual({ passed: true })
  })

  it('rejects a predicate that is not JSON', async () => {
    const run = await attest({ 'subject-path': 'dist/app-b.tgz', 'predicate-type': 'https://example.com/x', predicate: '{nope' })
    expectCleanFailure(run, /`predicate` does not parse: .*JSON/)
  })
})

describe('checksums lists', () => {
  it('puts 5,000 subjects in one attestation', async () => {
    const lines = Array.from({ length: 4997 }, (_, i) => `${sha256(`file ${i}`)}  pkg/file-${i}.bin`)
    for (const n of ['a', 'b', 'c']) lines.push(`${sha256(`artifact ${n}\n`)}  dist/app-${n}.tgz`)
    await writeFile(join(ws, 'SHA256SUMS'), lines.join('\n') + '\n')
    const started = Date.now()
    const run = await attest({ 'subject-checksums': 'SHA256SUMS', 'predicate-type': 'https://example.com/release/v1', predicate: '{}' })
    const ms = Date.now() - started
    expect(run.code).toBe(0)
    const s = await statementOf(run.outputs['bundle-path'])
    expect(s.subject).toHaveLength(5000)
    process.stdout.write(`5,000-subject attestation: ${ms} ms through the bundled action\n`)
    const v = await verify({ 'subject-path': 'dist/*.tgz', 'bundle-path': run.outputs['bundle-path'], 'predicate-type': 'https://example.com/release/v1' })
    expect(v.code).toBe(0)
  })
})
