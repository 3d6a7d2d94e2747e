/**
 * The bundled sign-action (`node dist/sign/index.js`, as the runner runs it)
 * behind fault proxies in front of Fulcio, Rekor, the TSA and the runner's
 * OIDC endpoint, configured through its `timeout` and `retries` inputs.
 *
 *  - 30% of requests failing in every way the proxy knows: each run signs 200
 *    files, Rekor holds one entry per file, every bundle verifies.
 *  - 100% of one service's requests failing: the step fails within
 *    timeout × (retries + 1) + backoff, names the service and the last error,
 *    and leaves no bundle and no temporary file.
 *  - A service that breaks half-way: no bundle is written (all or none), and a
 *    re-run succeeds without logging any signature twice.
 *
 *   SEAL_RELIABILITY_RUNS=10   runs of the 30% case (default 1; the core test
 *                              runs the same mixed faults twice more)
 *   SEAL_FAULT_SEED=N          base seed of the fault draws (default fixed)
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { messageOf } from '../../src/core/util/errors.js'
import { buildIdentityPolicy } from '../../src/core/policy/identity.js'
import { loadTrust, type LoadedTrust } from '../../src/core/trust/index.js'
import { parseBundle, verifyBundle } from '../../src/core/verify/index.js'
import {
  createdRekorEntries,
  duplicateSignatures,
  FAULT_KINDS,
  startFaultProxy,
  type CreatedRekorEntry,
  type FaultKind,
  type FaultProxy
} from '../support/fault-proxy.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../support/stack/index.js'

const RUNS = Number(process.env.SEAL_RELIABILITY_RUNS ?? 1)
const BASE_SEED = Number(process.env.SEAL_FAULT_SEED ?? 20240607)
const FILES = 200

type Service = 'oidc' | 'fulcio' | 'rekor' | 'tsa'
const SERVICES: Service[] = ['oidc', 'fulcio', 'rekor', 'tsa']
/** How each service must be named in the failure. */
const NAMED: Record<Service, RegExp> = {
  oidc: /OIDC token from the runner/,
  fulcio: /Fulcio at http:\/\/127\.0\.0\.1:\d+/,
  rekor: /Rekor at http:\/\/127\.0\.0\.1:\d+/,
  tsa: /timestamp authority at http:\/\/127\.0\.0\.1:\d+/
}
/** The last error, as the failure must describe it. */
const LAST_ERROR: Record<FaultKind, RegExp> = {
  '500': /HTTP 500/,
  '502': /HTTP 502/,
  '503': /HTTP 503/,
  '429': /HTTP 429/,
  reset: /ECONNRESET|socket hang up|fetch failed/i,
  stall: /time(d)? ?out/i,
  truncate: /ECONNRESET|aborted|terminated|premature|invalid response body|truncated|incomplete/i,
  drop: /ECONNRESET|socket hang up|fetch failed/i
}

let stack: SigstoreStack
let trust: LoadedTrust
const oidcOrigin = (): string => new URL(stack.oidc.requestURL).origin
const proxies: FaultProxy[] = []

function seedFor(...parts: (string | number)[]): number {
  return createHash('sha256')
    .update(`${BASE_SEED}/${parts.join('/')}`)
    .digest()
    .readUInt32BE(0)
}

function upstreamOf(service: Service): string {
  return { oidc: oidcOrigin(), fulcio: stack.fulcioURL, rekor: stack.rekorURL, tsa: stack.tsaURL }[service]
}

async function proxyFor(service: Service, opts: Omit<Parameters<typeof startFaultProxy>[0], 'upstream'>): Promise<FaultProxy> {
  const p = await startFaultProxy({ upstream: upstreamOf(service), ...opts })
  proxies.push(p)
  return p
}

/** A workspace with FILES small distinct files under dist/. */
async function workspace(tag: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `seal-rel-action-${tag}-`))
  await mkdir(join(dir, 'dist'))
  await Promise.all(Array.from({ length: FILES }, (_, i) => writeFile(join(dir, 'dist', `artifact-${i}.bin`), `${tag} artifact ${i}\n`)))
  return dir
}

/** Runs the sign action against these endpoints (a proxy's URL, or the stack's own). */
async function sign(
  ws: string,
  urls: Partial<Record<Service, string>>,
  network: { timeout: number; retries: number }
): Promise<{ run: ActionRun; ms: number }> {
  const oidcBase = urls.oidc ?? oidcOrigin()
  const started = Date.now()
  const run = await runAction('sign', {
    workspace: ws,
    inputs: {
      'subject-path': 'dist/*.bin',
      'fulcio-url': urls.fulcio ?? stack.fulcioURL,
      'rekor-url': urls.rekor ?? stack.rekorURL,
      'tsa-url': urls.tsa ?? stack.tsaURL,
      timeout: String(network.timeout),
      retries: String(network.retries)
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL.replace(oidcOrigin(), oidcBase),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
    }
  })
  return { run, ms: Date.now() - started }
}

function errors(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::error::'))
    .join('\n')
}

/** What is on disk: bundles (and whether each verifies, and which Rekor entry it records) and temporary files. */
async function onDisk(ws: string): Promise<{ bundles: string[]; tmp: string[]; failures: string[]; logIndexes: string[] }> {
  const files = (await readdir(ws, { recursive: true })).map(String)
  const bundles = files.filter(f => f.endsWith('.sigstore.json'))
  const policy = buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
  const failures: string[] = []
  const logIndexes: string[] = []
  for (const b of bundles) {
    const path = join(ws, b)
    try {
      // The artifacts are small: hash them here and verify against the digest.
      const digest = createHash('sha256')
        .update(await readFile(path.slice(0, -'.sigstore.json'.length)))
        .digest()
      const result = await verifyBundle(parseBundle(await readFile(path, 'utf8'), path), { digest: { algorithm: 'sha256', value: digest } }, { policy }, trust)
      logIndexes.push(result.logIndex ?? '')
    } catch (err) {
      failures.push(`${b}: ${messageOf(err)}`)
    }
  }
  return { bundles, tmp: files.filter(f => f.endsWith('.tmp')), failures, logIndexes }
}

function faultCount(p: FaultProxy): number {
  return Object.values(p.stats.faults).reduce((a, b) => a + b, 0)
}

const report: string[] = []

beforeAll(async () => {
  stack = await startStack()
  const dir = await mkdtemp(join(tmpdir(), 'seal-rel-action-root-'))
  await stack.writeTrustedRoot(join(dir, 'trusted_root.json'))
  trust = await loadTrust({ trustedRootPath: join(dir, 'trusted_root.json') })
})

afterAll(async () => {
  await Promise.all(proxies.map(p => p.close()))
  await stack?.close()
  if (report.length) console.log(report.join('\n'))
})

describe(`sign-action with 30% of all requests failing (${RUNS} runs of ${FILES} files)`, () => {
  const network = { timeout: 2, retries: 10 }

  it('signs every file every run, logs each once, and every bundle verifies', async () => {
    const outcomes: string[] = []
    let survived = 0
    for (let run = 0; run < RUNS; run++) {
      const ps = {} as Record<Service, FaultProxy>
      for (const s of SERVICES) {
        ps[s] = await proxyFor(s, {
          rate: 0.3,
          faults: [...FAULT_KINDS],
          seed: seedFor('action', run, s),
          stallMs: 60_000,
          record: s === 'rekor' ? r => r.method === 'POST' : false
        })
      }
      const ws = await workspace(`mixed-${run}`)
      const { run: result, ms } = await sign(ws, { oidc: ps.oidc.url, fulcio: ps.fulcio.url, rekor: ps.rekor.url, tsa: ps.tsa.url }, network)
      const disk = await onDisk(ws)
      const created = createdRekorEntries(ps.rekor.exchanges)
      const createdIndexes = new Set(created.map(e => String(e.logIndex)))
      const problems: string[] = []
      if (result.code !== 0) problems.push(`exit ${result.code}: ${errors(result)}`)
      const paths = (result.outputs['bundle-paths'] ?? '').split('\n').filter(Boolean)
      if (paths.length !== FILES) problems.push(`${paths.length} bundle paths in the outputs`)
      if (disk.bundles.length !== FILES) problems.push(`${disk.bundles.length} bundles on disk`)
      if (disk.failures.length) problems.push(`${disk.failures.length} bundles do not verify, e.g. ${disk.failures[0]}`)
      if (disk.tmp.length) problems.push(`${disk.tmp.length} temporary files left`)
      if (created.length !== FILES) problems.push(`Rekor created ${created.length} entries`)
      if (duplicateSignatures(created).length) problems.push('a signature was logged twice')
      if (!disk.logIndexes.every(i => createdIndexes.has(i))) problems.push('a bundle records an entry Rekor did not create in this run')
      const faults = SERVICES.map(s => `${s} ${faultCount(ps[s])}`).join(', ')
      outcomes.push(
        `  run ${run + 1}: ${problems.length ? 'FAILED' : 'ok'} in ${(ms / 1000).toFixed(1)} s; faults: ${faults}; Rekor 409s: ${ps.rekor.stats.upstreamStatus['409'] ?? 0}` +
          (problems.length ? `\n    ${problems.join('\n    ')}` : '')
      )
      if (!problems.length) survived++
      await Promise.all(Object.values(ps).map(p => p.close()))
    }
    report.push(
      `sign-action, 30% of requests failing (all fault kinds mixed), timeout ${network.timeout} s, ${network.retries} retries: ${survived}/${RUNS} runs survived`,
      ...outcomes
    )
    expect(outcomes.filter(o => o.includes('FAILED'))).toEqual([])
  }, 1_800_000)
})

describe('sign-action with 100% of one service failing', () => {
  const network = { timeout: 1, retries: 2 }
  const attempts = network.retries + 1
  /** The longest backoff before the retries: ~250 ms doubling, at most twice that with jitter. */
  const maxBackoffMs = [...Array(network.retries).keys()].reduce((ms, i) => ms + Math.min(8000, 2 * 250 * 2 ** i), 0)
  const budgetMs = network.timeout * 1000 * attempts + maxBackoffMs
  /** Starting the step and finding its files, measured, plus the calls that work before the failing one. */
  let slackMs = 0

  beforeAll(async () => {
    // The step failing at once (no retries, first call refused): what a run costs besides the budget.
    const p = await proxyFor('oidc', { rate: 1, faults: ['500'] })
    const { run, ms } = await sign(await workspace('baseline'), { oidc: p.url }, { timeout: network.timeout, retries: 0 })
    expect(run.code).not.toBe(0)
    slackMs = ms + 2500
  }, 60_000)

  const cases: [Service, FaultKind][] = []
  for (const s of SERVICES) for (const k of ['503', '429', 'reset', 'stall', 'truncate', 'drop'] as FaultKind[]) cases.push([s, k])

  it.each(cases)(
    '%s answering %s: fails within the budget, naming the service and the error, leaving nothing',
    async (service, kind) => {
      const p = await proxyFor(service, {
        rate: 1,
        faults: [kind],
        seed: seedFor(service, kind),
        stallMs: 60_000,
        record: service === 'rekor' ? r => r.method === 'POST' : false
      })
      const ws = await workspace(`${service}-${kind}`)
      const { run, ms } = await sign(ws, { [service]: p.url }, network)
      const disk = await onDisk(ws)
      report.push(
        `100% ${kind} from ${service}: exit ${run.code} after ${(ms / 1000).toFixed(1)} s (budget ${(budgetMs / 1000).toFixed(1)} s + ${(slackMs / 1000).toFixed(1)} s start-up), ` +
          `${p.stats.requests} requests, ${disk.bundles.length} bundles, ${disk.tmp.length} temp files\n    ${errors(run)}`
      )

      expect(run.code).not.toBe(0)
      expect(errors(run)).toMatch(NAMED[service])
      expect(errors(run)).toMatch(LAST_ERROR[kind])
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
      expect(ms).toBeLessThan(budgetMs + slackMs)
      if (kind === 'stall') expect(ms).toBeGreaterThanOrEqual(network.timeout * 1000 * attempts)
      // Every call was tried until the retries were spent (OIDC and Fulcio: one call; Rekor and the TSA: one per file in
      // flight). Rekor's attempts are its POSTs: after a lost answer, an attempt is a POST (409) and a GET of the entry.
      const tries = service === 'oidc' ? (p.stats.methods.GET ?? 0) : (p.stats.methods.POST ?? 0)
      expect(tries % attempts).toBe(0)
      expect(tries).toBeGreaterThanOrEqual(attempts)
      if (service === 'oidc' || service === 'fulcio') expect(tries).toBe(attempts)
      expect(disk.bundles).toEqual([])
      expect(disk.tmp).toEqual([])
      expect(run.outputs['bundle-paths']).toBeUndefined()
    },
    60_000
  )
})

describe('sign-action when Rekor breaks half-way', () => {
  it('leaves no bundle at all, and a re-run signs everything without logging a signature twice', async () => {
    let creates = 0
    const p = await proxyFor('rekor', {
      rate: 1,
      faults: ['503'],
      seed: seedFor('half-way'),
      // The first 60 entries go through; every later create fails.
      eligible: r => r.method === 'POST' && ++creates > 60,
      record: r => r.method === 'POST'
    })
    const ws = await workspace('half-way')
    const first = await sign(ws, { rekor: p.url }, { timeout: 1, retries: 1 })
    const afterFailure = await onDisk(ws)
    const createdFirst: CreatedRekorEntry[] = createdRekorEntries(p.exchanges)

    expect(first.run.code).not.toBe(0)
    expect(errors(first.run)).toMatch(/Rekor at .*HTTP 503/)
    expect(afterFailure.tmp).toEqual([])
    // 60 files were signed and logged, but a failed step writes none of their bundles.
    expect(createdFirst.length).toBeGreaterThanOrEqual(60)
    expect(afterFailure.bundles).toEqual([])

    p.setRate(0)
    p.reset()
    const second = await sign(ws, { rekor: p.url }, { timeout: 1, retries: 1 })
    const afterRerun = await onDisk(ws)
    const createdSecond = createdRekorEntries(p.exchanges)
    const all = [...createdFirst, ...createdSecond]
    const loggedTwice =
      new Set(createdFirst.map(e => e.digest)).size - new Set(createdFirst.map(e => e.digest).filter(d => !createdSecond.some(e => e.digest === d))).size
    report.push(
      `Rekor failing after 60 entries: the failed run logged ${createdFirst.length} entries and left ${afterFailure.bundles.length} bundles and ${afterFailure.tmp.length} temp files; ` +
        `the re-run created ${createdSecond.length} entries, ${loggedTwice} artifacts now have an entry from each run (new key, new signature)`
    )

    expect(second.run.code).toBe(0)
    expect(afterRerun.bundles).toHaveLength(FILES)
    expect(afterRerun.failures).toEqual([])
    expect(afterRerun.tmp).toEqual([])
    expect(duplicateSignatures(all)).toEqual([])
    expect(new Set(afterRerun.logIndexes).size).toBe(FILES)
    expect(afterRerun.logIndexes.every(i => createdSecond.some(e => String(e.logIndex) === i))).toBe(true)
  }, 120_000)
})
