import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parseVerifyBundleArgs, resolveArtifact, runVerifyBundle } from '../../src/cli/verify-bundle.js'
import { SealError } from '../../src/core/util/errors.js'

const GHA = 'https://token.actions.githubusercontent.com'
const HEX = 'ab'.repeat(32)

/** Runs the command in process, capturing what it writes. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString()
    return true
  }) as typeof process.stderr.write
  try {
    const code = await runVerifyBundle(argv)
    return { code, stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}

/** Exit 1 with exactly one line on stderr, no stack trace. */
function expectRejected(result: { code: number; stderr: string }, code: string): void {
  expect(result.code).toBe(1)
  expect(result.stderr.endsWith('\n')).toBe(true)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(/^seal verify-bundle: /)
  expect(result.stderr).toContain(`${code}: `)
  expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/)
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-cli-verify-'))
})

describe('parseVerifyBundleArgs', () => {
  it('reads the conformance argument order', () => {
    const args = parseVerifyBundleArgs([
      '--staging',
      '--bundle',
      'b.json',
      '--certificate-identity',
      'id',
      '--certificate-oidc-issuer',
      GHA,
      '--trusted-root',
      'root.json',
      'a.txt'
    ])
    expect(args).toEqual({
      staging: true,
      target: 'a.txt',
      values: { bundle: 'b.json', 'certificate-identity': 'id', 'certificate-oidc-issuer': GHA, 'trusted-root': 'root.json' }
    })
  })

  it('accepts --flag=value and --key', () => {
    expect(parseVerifyBundleArgs(['--bundle=b.json', '--key=k.pem', `sha256:${HEX}`]).values).toEqual({ bundle: 'b.json', key: 'k.pem' })
  })

  it.each([
    [['--bundle', 'b', '--bogus', 'x', 'a'], 'unknown option --bogus'],
    [['--bundle'], '--bundle needs a value'],
    [['--bundle', 'b'], 'missing FILE_OR_DIGEST'],
    [['--bundle', 'b', 'a', 'c'], 'expected one FILE_OR_DIGEST'],
    [['--bundle', 'b', '--bundle', 'c', 'a'], 'given twice']
  ])('rejects %j', (argv, message) => {
    expect(() => parseVerifyBundleArgs(argv)).toThrow(SealError)
    expect(() => parseVerifyBundleArgs(argv)).toThrow(message)
  })
})

describe('resolveArtifact', () => {
  it('treats an existing path as a file, even if it looks like a digest', async () => {
    await writeFile(join(dir, `sha256:${HEX}`), 'x')
    expect(await resolveArtifact(`sha256:${HEX}`, dir)).toEqual({ path: join(dir, `sha256:${HEX}`) })
  })

  it('treats sha256:<hex> as a digest when no such file exists', async () => {
    expect(await resolveArtifact(`sha256:${'cd'.repeat(32)}`, dir)).toEqual({
      digest: { algorithm: 'sha256', value: Buffer.from('cd'.repeat(32), 'hex') }
    })
  })

  it('rejects a malformed digest and a missing file', async () => {
    await expect(resolveArtifact('sha256:abcd', dir)).rejects.toMatchObject({ code: 'INPUT_INVALID' })
    await expect(resolveArtifact('missing.txt', dir)).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND' })
  })
})

describe('runVerifyBundle: failures are one line and exit 1', () => {
  it('needs --bundle', async () => {
    expectRejected(await run(['--certificate-identity', 'x', 'a.txt']), 'INPUT_INVALID')
  })

  it('needs an identity or a key', async () => {
    const result = await run(['--bundle', 'b.json', 'a.txt'])
    expectRejected(result, 'POLICY_MISSING')
    expect(result.stderr).toContain('certificate-identity')
  })

  it('explains that --staging needs --trusted-root', async () => {
    const result = await run(['--staging', '--bundle', 'b.json', '--certificate-identity', 'x', 'a.txt'])
    expectRejected(result, 'INPUT_INVALID')
    expect(result.stderr).toContain('--trusted-root')
  })

  it('reports a missing bundle', async () => {
    expectRejected(await run(['--bundle', join(dir, 'none.json'), '--certificate-identity', 'x', 'a.txt']), 'BUNDLE_NOT_FOUND')
  })

  it('reports a malformed bundle, naming it', async () => {
    const bundle = join(dir, 'broken.sigstore.json')
    await writeFile(bundle, '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMa')
    const result = await run(['--bundle', bundle, '--certificate-identity', 'x', '--certificate-oidc-issuer', GHA, `sha256:${HEX}`])
    expectRejected(result, 'BUNDLE_MALFORMED')
    expect(result.stderr).toContain(bundle)
  })

  it('reports an unreadable key', async () => {
    expectRejected(await run(['--bundle', 'b.json', '--key', join(dir, 'none.pem'), 'a.txt']), 'KEY_INVALID')
  })
})

const realDir = process.env.SEAL_REAL_BUNDLES_DIR
const describeReal = realDir ? describe : describe.skip
const SIGSTORE_JS_RELEASE = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'

describeReal(`runVerifyBundle with real bundles${realDir ? '' : ' (skipped: set SEAL_REAL_BUNDLES_DIR to testdata/real-bundles)'}`, () => {
  const path = (name: string): string => join(realDir as string, name)
  const base = (): string[] => ['--bundle', path('clicli-sigstore.js-2.2.0.bundle.json'), '--certificate-identity', SIGSTORE_JS_RELEASE]

  it('verifies npm provenance offline with the embedded root (issuer defaults to GitHub Actions)', async () => {
    const result = await run([...base(), path('sigstore-2.2.0.tgz')])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(`Verified OK: ${path('sigstore-2.2.0.tgz')} signed by ${SIGSTORE_JS_RELEASE} (issuer ${GHA})`)
  })

  it('rejects the wrong tarball', async () => {
    expectRejected(await run([...base(), '--certificate-oidc-issuer', GHA, path('sigstore-2.1.0.tgz')]), 'DIGEST_MISMATCH')
  })

  it('rejects a sha256 digest when the statement lists sha512 only', async () => {
    const digest = createHash('sha256')
      .update(readFileSync(path('sigstore-2.2.0.tgz')))
      .digest('hex')
    expectRejected(await run([...base(), `sha256:${digest}`]), 'DIGEST_MISMATCH')
  })

  it('rejects an identity that is a prefix of the real one', async () => {
    const result = await run([
      '--bundle',
      path('clicli-sigstore.js-2.2.0.bundle.json'),
      '--certificate-identity',
      SIGSTORE_JS_RELEASE.slice(0, -1),
      path('sigstore-2.2.0.tgz')
    ])
    expectRejected(result, 'IDENTITY_MISMATCH')
  })
})

const suite = process.env.SEAL_CONFORMANCE_DIR
const describeSuite = suite ? describe : describe.skip
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'

describeSuite(`runVerifyBundle with conformance cases${suite ? '' : ' (skipped: set SEAL_CONFORMANCE_DIR to the bundle-verify suite)'}`, () => {
  const caseDir = (name: string): string => join(suite as string, name)
  const aTxt = (): string => join(suite as string, 'a.txt')
  const digest = (): string => `sha256:${createHash('sha256').update(readFileSync(aTxt())).digest('hex')}`
  const identity = ['--certificate-identity', BEACON, '--certificate-oidc-issuer', GHA]

  it('verifies happy-path-v0.3 by path and by digest', async () => {
    for (const target of [aTxt(), digest()]) {
      const result = await run(['--bundle', join(caseDir('happy-path-v0.3'), 'bundle.sigstore.json'), ...identity, target])
      expect(result).toMatchObject({ code: 0, stderr: '' })
    }
  })

  it('verifies a managed-key bundle with --key, and accepts --staging with --trusted-root', async () => {
    const dirName = caseDir('managed-key-and-trusted-root')
    if (!existsSync(dirName)) return
    const result = await run([
      '--staging',
      '--bundle',
      join(dirName, 'bundle.sigstore.json'),
      '--key',
      join(dirName, 'key.pub'),
      '--trusted-root',
      join(dirName, 'trusted_root.json'),
      digest()
    ])
    expect(result).toMatchObject({ code: 0, stderr: '' })
  })

  it('rejects a trusted root whose tlog has no validity start', async () => {
    const dirName = caseDir('trust-root-tlog-missing-validity-start_fail')
    const result = await run(['--bundle', join(dirName, 'bundle.sigstore.json'), ...identity, '--trusted-root', join(dirName, 'trusted_root.json'), aTxt()])
    expectRejected(result, 'TRUST_ROOT_INVALID')
    expect(result.stderr).toContain('validFor.start')
  })

  it('rejects a message digest mismatch', async () => {
    expectRejected(await run(['--bundle', join(caseDir('message-digest-mismatch_fail'), 'bundle.sigstore.json'), ...identity, aTxt()]), 'DIGEST_MISMATCH')
  })
})
