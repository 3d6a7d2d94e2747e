import { createHash } from 'node:crypto'
import { mkdir, mkdtemp as makeTemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleSize, isLogLine, isStartLine } from '../../bench/cold-start.js'
import { hexDigestOf, writeLargeFile } from '../../bench/hash.js'
import { describeRequest, hasImageSupport, redundantReads } from '../../bench/images.js'
import { NODE, parseTimeOutput, ProcessError, run } from '../../bench/lib/proc.js'
import { relativeImports, ROOT, transpileClosure } from '../../bench/lib/transpile.js'
import { baselineFor, idealSignMs, SIGN_CONCURRENCY } from '../../bench/sign.js'
import { stepUsesBatchVerifier } from '../../bench/verify.js'

const temps: string[] = []
async function mkdtemp(prefix: string): Promise<string> {
  const dir = await makeTemp(prefix)
  temps.push(dir)
  return dir
}
afterAll(async () => {
  await Promise.all(temps.map(dir => rm(dir, { recursive: true, force: true })))
})

describe('bench arithmetic', () => {
  it('sums measured baseline samples and extrapolates beyond them', () => {
    expect(baselineFor(2, [100, 200, 300])).toEqual({ ms: 300, extrapolated: false })
    expect(baselineFor(3, [100, 200, 300])).toEqual({ ms: 600, extrapolated: false })
    expect(baselineFor(30, [100, 200, 300])).toEqual({ ms: 6000, extrapolated: true })
  })

  it('sets the ideal signing time by latency: one Fulcio trip, then Rekor trips in parallel batches', () => {
    expect(SIGN_CONCURRENCY).toBe(16)
    expect(idealSignMs(1000, 25)).toBe(25 + (1000 * 25) / 16)
    expect(idealSignMs(10, 0)).toBe(0)
  })
})

describe('registry request accounting', () => {
  const digest = 'a'.repeat(64)
  it('allows one read to check a write and flags a second one', () => {
    const tag = `/v2/app/manifests/sha256-${digest}`
    const exchanges = [
      { method: 'GET', path: tag },
      { method: 'PUT', path: tag },
      { method: 'GET', path: tag },
      { method: 'HEAD', path: `/v2/app/blobs/sha256:${digest}` },
      { method: 'GET', path: tag }
    ]
    expect(redundantReads(exchanges)).toEqual([`GET ${tag} (1 extra)`])
    expect(redundantReads(exchanges.slice(0, 3))).toEqual([])
  })

  it('shortens digests and upload state in the listing', () => {
    expect(describeRequest({ method: 'HEAD', path: `/v2/app/manifests/sha256:${digest}`, status: 200 })).toBe('HEAD /v2/app/manifests/sha256:aaaaaaaaaaaa… 200')
    expect(describeRequest({ method: 'PUT', path: `/v2/app/blobs/uploads/1234-abcd?_state=xyz&digest=sha256%3A${digest}`, status: 201 })).toBe(
      'PUT /v2/app/blobs/uploads/<id>?digest=sha256%3Aaaaaaaaaaaaa… 201'
    )
  })

  it('knows whether image signing is built', async () => {
    expect(hasImageSupport(await mkdtemp(join(tmpdir(), 'seal-bench-empty-')))).toBe(false)
  })
})

describe('bench parsing', () => {
  it('finds the digest in openssl and sha256sum output', () => {
    expect(hexDigestOf(`SHA2-256(/tmp/f)= ${'b'.repeat(64)}\n`)).toBe('b'.repeat(64))
    expect(hexDigestOf(`${'c'.repeat(64)}  /tmp/f\n`)).toBe('c'.repeat(64))
    expect(hexDigestOf('no digest here')).toBeUndefined()
  })

  it("reads GNU time's peak RSS and tells log lines from hidden commands", () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n51234 1.25 0.30\n')).toEqual({ maxRssKiB: 51234, cpuMs: 1550 })
    expect(parseTimeOutput('')).toEqual({})
    expect(isLogLine('Signing 3 files')).toBe(true)
    expect(isLogLine('::error::boom')).toBe(true)
    expect(isLogLine('::add-mask::secret')).toBe(false)
    expect(isLogLine('::debug::detail')).toBe(false)
    expect(isLogLine('  ')).toBe(false)
    expect(isStartLine('seal verify')).toBe(true)
    expect(isStartLine('seal verify 1 file')).toBe(false)
    expect(isStartLine('Setting up seal 0.1.0')).toBe(false)
  })

  it('recognises a verify bundle that uses the batch verifier', () => {
    expect(stepUsesBatchVerifier('class BatchVerifier {')).toBe(true)
    expect(stepUsesBatchVerifier('class NotABatchVerifierAtAll {')).toBe(false)
  })

  it('lists relative imports of every kind, once', () => {
    const source = [
      "import { a } from './a.js'",
      "import type { B } from '../b.js'",
      "export { c } from './c.js'",
      "import './side-effect.js'",
      "const d = await import('./d.js')",
      "import { e } from '@sigstore/core'",
      "import { a as again } from './a.js'"
    ].join('\n')
    expect(relativeImports(source).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './side-effect.js'])
  })
})

describe('bench processes', () => {
  it('runs seal’s hash child on bare node after transpiling its imports', async () => {
    const out = await mkdtemp(join(tmpdir(), 'seal-bench-transpile-'))
    const entry = await transpileClosure(join(ROOT, 'bench', 'children', 'hash.ts'), out)
    expect(entry).toBe(join(out, 'bench', 'children', 'hash.js'))
    expect(await readFile(join(out, 'src', 'core', 'util', 'errors.js'), 'utf8')).toContain('class SealError')
    const file = join(out, 'data.bin')
    await writeLargeFile(file, 3)
    const r = await run(NODE, [entry, file])
    const expected = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
    expect(JSON.parse(r.stdout)).toMatchObject({ sha256: expected })
  })

  it('stops a process at its first log line, and reports failures', async () => {
    const r = await run(NODE, ['-e', "console.log('::add-mask::x'); console.log('ready'); setTimeout(() => {}, 60000)"], {
      stopAfterLine: true,
      lineFilter: isLogLine
    })
    expect(r.firstLineMs).toBeGreaterThan(0)
    expect(r.firstLineMs).toBeLessThan(30_000)
    await expect(run(NODE, ['-e', 'process.exit(3)'])).rejects.toThrow(ProcessError)
    await expect(run(NODE, ['-e', '0'], { stopAfterLine: true })).rejects.toThrow(/before printing a log line/)
    expect((await run(NODE, ['-e', 'process.exit(3)'], { check: false })).code).toBe(3)
  })

  it('adds up the files of a bundle directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-bench-size-'))
    await mkdir(join(dir, 'sub'))
    await writeFile(join(dir, 'index.js'), 'x'.repeat(100))
    await writeFile(join(dir, 'sub', '1.index.js'), 'y'.repeat(23))
    expect(bundleSize(dir)).toEqual({ bytes: 123, files: 2 })
  })
})
