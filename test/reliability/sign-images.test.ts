/**
 * The bundled sign-action (`node dist/sign/index.js`, as the runner runs it)
 * signing files and container images while fault proxies stand in front of
 * the runner's OIDC endpoint, Fulcio, Rekor, the TSA and the OCI registry
 * (Debian's docker-registry, which has no referrers API: the referrers tag
 * schema is exercised). The action reaches the registry only through its
 * proxy (the image references name the proxy's host:port); the checks read
 * the registry directly.
 *
 *  - 30% of requests failing in every way the proxy knows: each run signs 200
 *    files and 5 images in both formats. Rekor holds one entry per file and
 *    per image signature, none logged twice; every file bundle verifies; each
 *    image gains exactly one referrer (listed in its `sha256-<hex>` index,
 *    manifest and blobs present) and exactly one layer in `sha256-<hex>.sig`,
 *    and both new signatures verify; no tag points at anything missing.
 *  - Registry writes failing (100%): the step fails within its timeout
 *    budget, names the registry, leaves no tag pointing at a missing manifest
 *    or blob; a re-run against the healthy registry stores exactly one
 *    signature per format.
 *
 *   SEAL_RELIABILITY_RUNS=10   runs of the 30% case (default 1)
 *   SEAL_FAULT_SEED=N          base seed of the fault draws (default fixed)
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { buildBuildPolicy } from '../../src/core/policy/build.js'
import { mapLimit } from '../../src/core/util/concurrency.js'
import { messageOf } from '../../src/core/util/errors.js'
import type { Expectations } from '../../src/core/verify/index.js'
import { ANNOTATIONS } from '../../src/core/formats/cosign-legacy.js'
import { readLegacyLayers } from '../../src/core/image/legacy-store.js'
import { resolveImage } from '../../src/core/image/resolve.js'
import { verifyImage } from '../../src/core/image/verify-image.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import type { OciReader } from '../../src/core/oci/reader.js'
import type { RepositoryRef } from '../../src/core/oci/reference.js'
import { cosignTag, isIndexMediaType, referrersTag, type Descriptor } from '../../src/core/oci/types.js'
import { buildIdentityPolicy } from '../../src/core/policy/identity.js'
import { loadTrust, type LoadedTrust } from '../../src/core/trust/index.js'
import { BatchVerifier, parseBundle } from '../../src/core/verify/index.js'
import { createdRekorEntries, duplicateSignatures, FAULT_KINDS, startFaultProxy, type FaultKind, type FaultProxy } from '../support/fault-proxy.js'
import { pushTestImage, type PushedImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../support/stack/index.js'

const RUNS = Number(process.env.SEAL_RELIABILITY_RUNS ?? 1)
const BASE_SEED = Number(process.env.SEAL_FAULT_SEED ?? 20240607)
const FILES = 200
const IMAGES = 5
const RATE = 0.3

type Service = 'oidc' | 'fulcio' | 'rekor' | 'tsa' | 'registry'
const SIGSTORE: Exclude<Service, 'registry'>[] = ['oidc', 'fulcio', 'rekor', 'tsa']

let stack: SigstoreStack
let registry: TestRegistry
let trust: LoadedTrust
/** Reads the registry directly, never through a proxy. */
let direct: RegistryClient
const proxies: FaultProxy[] = []
const report: string[] = []
const oidcOrigin = (): string => new URL(stack.oidc.requestURL).origin

function seedFor(...parts: (string | number)[]): number {
  return createHash('sha256')
    .update(`${BASE_SEED}/images/${parts.join('/')}`)
    .digest()
    .readUInt32BE(0)
}

async function proxyFor(service: Service, opts: Omit<Parameters<typeof startFaultProxy>[0], 'upstream'>): Promise<FaultProxy> {
  const upstream = { oidc: oidcOrigin(), fulcio: stack.fulcioURL, rekor: stack.rekorURL, tsa: stack.tsaURL, registry: registry.url }[service]
  const p = await startFaultProxy({ upstream, ...opts })
  proxies.push(p)
  return p
}

const hostOf = (p: FaultProxy): string => new URL(p.url).host
const faultCount = (p: FaultProxy): number => Object.values(p.stats.faults).reduce((a, b) => a + b, 0)
const isWrite = (method: string): boolean => method !== 'GET' && method !== 'HEAD'

function errors(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::error::'))
    .join('\n')
}

/** A workspace with `files` small distinct files under dist/. */
async function workspace(tag: string, files: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `seal-rel-images-${tag}-`))
  await mkdir(join(dir, 'dist'))
  await Promise.all(Array.from({ length: files }, (_, i) => writeFile(join(dir, 'dist', `artifact-${i}.bin`), `${tag} artifact ${i}\n`)))
  return dir
}

interface Endpoints {
  oidc?: string
  fulcio?: string
  rekor?: string
  tsa?: string
}

/** Runs the sign action: files under dist/ (when any) and the images, both formats. */
async function sign(
  ws: string,
  images: string[],
  urls: Endpoints,
  network: { timeout: number; retries: number },
  files: boolean
): Promise<{ run: ActionRun; ms: number }> {
  const oidcBase = urls.oidc ?? oidcOrigin()
  const started = Date.now()
  const run = await runAction('sign', {
    workspace: ws,
    inputs: {
      ...(files ? { 'subject-path': 'dist/*.bin' } : {}),
      image: images.join('\n'),
      'signature-format': 'both',
      'fulcio-url': urls.fulcio ?? stack.fulcioURL,
      'rekor-url': urls.rekor ?? stack.rekorURL,
      'tsa-url': urls.tsa ?? stack.tsaURL,
      timeout: String(network.timeout),
      retries: String(network.retries),
      'show-summary': 'false'
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL.replace(oidcOrigin(), oidcBase),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
    }
  })
  return { run, ms: Date.now() - started }
}

/** File bundles on disk, whether each verifies, and temporary files left. */
async function filesOnDisk(ws: string): Promise<{ bundles: string[]; tmp: string[]; failures: string[] }> {
  const files = (await readdir(ws, { recursive: true })).map(String)
  const bundles = files.filter(f => f.endsWith('.sigstore.json'))
  const policy = buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
  const failures: string[] = []
  // One step's bundles share a certificate: the batch verifier checks its chain once (every bundle is still verified in full).
  const verifier = new BatchVerifier(trust)
  await mapLimit(bundles, 8, async b => {
    const path = join(ws, b)
    try {
      const digest = createHash('sha256')
        .update(await readFile(path.slice(0, -'.sigstore.json'.length)))
        .digest()
      await verifier.verify(parseBundle(await readFile(path, 'utf8'), path), { digest: { algorithm: 'sha256', value: digest } }, { policy })
    } catch (err) {
      failures.push(`${b}: ${messageOf(err)}`)
    }
  })
  return { bundles, tmp: files.filter(f => f.endsWith('.tmp')), failures }
}

/* ------------------------------------------------------- the registry -- */

/** An image as the action sees it (through `via`) and as the checks see it (directly). */
interface TestImage {
  pushed: PushedImage
  repo: RepositoryRef
  /** What the action is given: the proxy's host, by digest or by tag. */
  reference: (via: string) => string
}

async function pushImages(prefix: string, count: number): Promise<TestImage[]> {
  const out: TestImage[] = []
  for (let i = 0; i < count; i++) {
    const repository = `rel/${prefix}-${i}`
    // One multi-platform index among them: its digest is what gets signed.
    const pushed = await pushTestImage(direct, `${registry.host}/${repository}`, 'v1', { platformIndex: i === count - 1 })
    out.push({
      pushed,
      repo: { registry: registry.host, repository },
      // Every other image by tag: the action resolves it (through the proxy) first.
      reference: via => (i % 2 === 0 ? `${via}/${repository}@${pushed.digest}` : `${via}/${repository}:v1`)
    })
  }
  return out
}

/** What an image's signatures look like in the registry. */
interface Stored {
  /** The entries of the referrers tag (`sha256-<hex>`). */
  referrers: Descriptor[]
  /** The layers of the legacy tag (`sha256-<hex>.sig`). */
  legacy: Descriptor[]
}

async function stored(image: TestImage): Promise<Stored> {
  const index = await direct.getManifest(image.repo, referrersTag(image.pushed.digest))
  const referrers = (index?.json.manifests as Descriptor[] | undefined) ?? []
  return { referrers, legacy: await readLegacyLayers(direct, image.repo, cosignTag(image.pushed.digest, 'sig')) }
}

/**
 * Every tag of a repository and what it points at: manifests listed by an
 * index must exist, and so must the config and layer blobs of every manifest
 * reached. Returns what is missing (empty when the repository is whole).
 */
async function danglingReferences(repo: RepositoryRef): Promise<string[]> {
  const missing: string[] = []
  const checked = new Set<string>()
  const visit = async (reference: string, from: string): Promise<void> => {
    if (checked.has(reference)) return
    checked.add(reference)
    const m = await direct.getManifest(repo, reference)
    if (!m) {
      missing.push(`${from} -> manifest ${reference}`)
      return
    }
    const json = m.json as { mediaType?: string; manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] }
    if (isIndexMediaType(m.mediaType) || Array.isArray(json.manifests)) {
      for (const d of json.manifests ?? []) await visit(d.digest, `${repo.repository}:${reference}`)
      return
    }
    for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
      if (!(await direct.blobExists(repo, d.digest))) missing.push(`${repo.repository}@${m.digest} -> blob ${d.digest}`)
    }
  }
  for (const tag of await direct.listTags(repo)) await visit(tag, `${repo.repository}:${tag}`)
  return missing
}

/**
 * A reader of the registry, read directly (whatever registry host the image
 * reference names), that shows only the chosen signatures: one referrer
 * and/or one legacy layer. verifyImage then passes only if that one verifies.
 */
function onlyReader(image: TestImage, keep: { referrer?: string; layerSignature?: string }): OciReader {
  const rtag = referrersTag(image.pushed.digest)
  const ltag = cosignTag(image.pushed.digest, 'sig')
  const to = (repo: RepositoryRef): RepositoryRef => ({ registry: registry.host, repository: repo.repository })
  return {
    head: (repo, reference) => direct.head(to(repo), reference),
    getBlob: (repo, digest, max) => direct.getBlob(to(repo), digest, max),
    referrers: (repo, digest, artifactType) => direct.referrers(to(repo), digest, artifactType),
    getManifest: async (repo, reference, accept) => {
      const m = await direct.getManifest(to(repo), reference, accept)
      if (!m) return m
      if (reference === rtag) {
        if (!keep.referrer) return undefined
        return { ...m, json: { ...m.json, manifests: (m.json.manifests as Descriptor[]).filter(d => d.digest === keep.referrer) } }
      }
      if (reference === ltag) {
        if (!keep.layerSignature) return undefined
        return {
          ...m,
          json: { ...m.json, layers: (m.json.layers as Descriptor[]).filter(l => l.annotations?.[ANNOTATIONS.signature] === keep.layerSignature) }
        }
      }
      return m
    }
  }
}

function expectations(): Expectations {
  return {
    signer: { policy: buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER }) },
    build: buildBuildPolicy({ denySelfHostedRunners: false }),
    thresholds: {},
    describe: () => stack.identity()
  }
}

/** Whether one stored signature verifies, through the core verifier reading only it. */
async function verifiesAlone(image: TestImage, via: string, keep: { referrer?: string; layerSignature?: string }): Promise<string | undefined> {
  const reader = onlyReader(image, keep)
  const resolved = await resolveImage(reader, `${via}/${image.repo.repository}@${image.pushed.digest}`)
  const v = await verifyImage(reader, resolved, expectations(), trust)
  if (v.ok) return undefined
  return v.failures.map(f => `${f.location}: ${f.reason}`).join('; ') || `nothing found (${v.searched.join('; ')})`
}

/**
 * What one successful run must have changed for an image: exactly one new
 * referrer (all earlier ones kept; its manifest and blobs present) and exactly
 * one new legacy layer (earlier ones kept, in order), both verifying.
 */
async function checkImage(image: TestImage, before: Stored, via: string): Promise<string[]> {
  const problems: string[] = []
  const name = image.repo.repository
  const after = await stored(image)
  const had = new Set(before.referrers.map(d => d.digest))
  const added = after.referrers.filter(d => !had.has(d.digest))
  if (before.referrers.some(d => !after.referrers.some(a => a.digest === d.digest))) problems.push(`${name}: a referrer listed before the run is gone`)
  if (added.length !== 1) problems.push(`${name}: ${added.length} new referrers (expected 1)`)
  if (new Set(after.referrers.map(d => d.digest)).size !== after.referrers.length) problems.push(`${name}: a referrer is listed twice`)
  for (const d of added) {
    const m = await direct.getManifest(image.repo, d.digest)
    if (!m) {
      problems.push(`${name}: the new referrer ${d.digest} is listed but its manifest is missing`)
      continue
    }
    const json = m.json as { subject?: Descriptor; config?: Descriptor; layers?: Descriptor[] }
    if (json.subject?.digest !== image.pushed.digest) problems.push(`${name}: the new referrer's subject is ${json.subject?.digest}`)
    for (const b of [json.config, ...(json.layers ?? [])]) {
      if (!b || !(await direct.blobExists(image.repo, b.digest))) problems.push(`${name}: a blob of the new referrer is missing`)
    }
  }

  const newLayers = after.legacy.length - before.legacy.length
  if (newLayers !== 1) problems.push(`${name}: ${newLayers} new legacy layers (expected 1)`)
  if (!before.legacy.every((l, i) => after.legacy[i]?.annotations?.[ANNOTATIONS.signature] === l.annotations?.[ANNOTATIONS.signature])) {
    problems.push(`${name}: the legacy layers from before the run are not all kept in order`)
  }
  const sigs = after.legacy.map(l => l.annotations?.[ANNOTATIONS.signature])
  if (new Set(sigs).size !== sigs.length) problems.push(`${name}: a legacy signature is stored twice`)
  const layer = after.legacy.at(-1)
  if (layer && !(await direct.blobExists(image.repo, layer.digest))) problems.push(`${name}: the new legacy layer's blob is missing`)

  if (added.length === 1) {
    const why = await verifiesAlone(image, via, { referrer: added[0].digest })
    if (why) problems.push(`${name}: the new referrer does not verify: ${why}`)
  }
  if (newLayers === 1 && layer) {
    const why = await verifiesAlone(image, via, { layerSignature: layer.annotations?.[ANNOTATIONS.signature] })
    if (why) problems.push(`${name}: the new legacy signature does not verify: ${why}`)
  }
  return problems
}

/* ------------------------------------------------------------- set-up -- */

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  direct = new RegistryClient({ retryBaseMs: 50 })
  const dir = await mkdtemp(join(tmpdir(), 'seal-rel-images-root-'))
  await stack.writeTrustedRoot(join(dir, 'trusted_root.json'))
  trust = await loadTrust({ trustedRootPath: join(dir, 'trusted_root.json') })
}, 60_000)

afterAll(async () => {
  await Promise.all(proxies.map(p => p.close()))
  await Promise.all([stack?.close(), registry?.close()])
  if (report.length) console.log(report.join('\n'))
})

describe(`sign-action with 30% of requests to Sigstore and the registry failing (${RUNS} runs of ${FILES} files and ${IMAGES} images)`, () => {
  const network = { timeout: 2, retries: 10 }

  it('signs every file and image every run; one Rekor entry and one stored signature per format each; all verify', async () => {
    const images = await pushImages('mixed', IMAGES)
    // One registry proxy for every run: the image references (and so the signed payloads) keep naming one host.
    const reg = await proxyFor('registry', { rate: RATE, faults: [...FAULT_KINDS], seed: seedFor('registry'), stallMs: 60_000 })
    const via = hostOf(reg)
    const outcomes: string[] = []
    let survived = 0
    for (let run = 0; run < RUNS; run++) {
      const ps = {} as Record<(typeof SIGSTORE)[number], FaultProxy>
      for (const s of SIGSTORE) {
        ps[s] = await proxyFor(s, {
          rate: RATE,
          faults: [...FAULT_KINDS],
          seed: seedFor(run, s),
          stallMs: 60_000,
          record: s === 'rekor' ? r => r.method === 'POST' : false
        })
      }
      reg.reset()
      const before = await Promise.all(images.map(stored))
      const ws = await workspace(`mixed-${run}`, FILES)
      const { run: result, ms } = await sign(
        ws,
        images.map(i => i.reference(via)),
        { oidc: ps.oidc.url, fulcio: ps.fulcio.url, rekor: ps.rekor.url, tsa: ps.tsa.url },
        network,
        true
      )
      await Promise.all(Object.values(ps).map(p => p.close()))

      const checking = Date.now()
      const problems: string[] = []
      if (result.code !== 0) problems.push(`exit ${result.code}: ${errors(result)}`)
      const [disk, imageProblems] = await Promise.all([
        filesOnDisk(ws),
        Promise.all(
          images.map(async (image, i) => [...(await checkImage(image, before[i], via)), ...(await danglingReferences(image.repo)).map(m => `dangling: ${m}`)])
        )
      ])
      if (disk.bundles.length !== FILES) problems.push(`${disk.bundles.length} file bundles on disk`)
      if (disk.failures.length) problems.push(`${disk.failures.length} file bundles do not verify, e.g. ${disk.failures[0]}`)
      if (disk.tmp.length) problems.push(`${disk.tmp.length} temporary files left`)
      const created = createdRekorEntries(ps.rekor.exchanges)
      const expected = FILES + 2 * IMAGES
      if (created.length !== expected) problems.push(`Rekor created ${created.length} entries (expected ${expected})`)
      if (duplicateSignatures(created).length) problems.push(`${duplicateSignatures(created).length} signatures logged twice`)
      if (result.code === 0) {
        const createdIndexes = new Set(created.map(e => String(e.logIndex)))
        const results = JSON.parse(result.outputs.results ?? '[]') as { digest?: string; signatures?: { format: string; logIndex: string | null }[] }[]
        const imageRows = results.filter(r => r.signatures)
        if (imageRows.length !== IMAGES) problems.push(`${imageRows.length} images in the results`)
        for (const r of imageRows) {
          const formats = (r.signatures ?? []).map(s => s.format).join(',')
          if (formats !== 'bundle,legacy') problems.push(`${r.digest}: signatures ${formats}`)
          if (!(r.signatures ?? []).every(s => s.logIndex !== null && createdIndexes.has(String(s.logIndex)))) {
            problems.push(`${r.digest}: a signature records a Rekor entry not created in this run`)
          }
        }
      }
      problems.push(...imageProblems.flat())

      const faults = [...SIGSTORE.map(s => `${s} ${faultCount(ps[s])}`), `registry ${faultCount(reg)} of ${reg.stats.requests}`].join(', ')
      const kinds = FAULT_KINDS.map(k => `${k} ${reg.stats.faults[k]}`).join(' ')
      outcomes.push(
        `  run ${run + 1}: ${problems.length ? 'FAILED' : 'ok'} in ${(ms / 1000).toFixed(1)} s (checked in ${((Date.now() - checking) / 1000).toFixed(1)} s); faults: ${faults} (registry: ${kinds}); Rekor 409s: ${ps.rekor.stats.upstreamStatus['409'] ?? 0}` +
          (problems.length ? `\n    ${problems.join('\n    ')}` : '')
      )
      if (!problems.length) survived++
    }
    report.push(
      `sign-action, ${FILES} files + ${IMAGES} images (both formats), 30% of requests failing (all fault kinds mixed) at OIDC, Fulcio, Rekor, TSA and the registry, timeout ${network.timeout} s, ${network.retries} retries: ${survived}/${RUNS} runs survived`,
      ...outcomes
    )
    expect(outcomes.filter(o => o.includes('FAILED'))).toEqual([])
  }, 1_800_000)
})

describe('sign-action when registry writes fail (100%)', () => {
  const network = { timeout: 1, retries: 2 }
  const attempts = network.retries + 1
  /** The client's backoff before each retry: at most 500 ms doubling; a Retry-After (1 s here) replaces it. */
  const maxBackoffMs = [...Array(network.retries).keys()].reduce((ms, i) => ms + Math.max(1000, 500 * 2 ** i), 0)
  const budgetMs = network.timeout * 1000 * attempts + maxBackoffMs
  /** Starting the step, resolving the images and signing them with Sigstore: the slowest of healthy runs made side by side. */
  let slackMs = 0

  const tagWrite = (m: string, p: string): boolean => m === 'PUT' && /\/manifests\/(?!sha256:)/.test(p)
  const cases: { what: string; kind: FaultKind; eligible: (method: string, path: string) => boolean }[] = [
    { what: 'every write', kind: '503', eligible: isWrite },
    { what: 'every write', kind: 'stall', eligible: isWrite },
    // The registry opens each upload session, but its location never arrives.
    { what: 'every write', kind: 'drop', eligible: isWrite },
    // The bundle referrer is stored and listed; only the legacy tag cannot move.
    { what: 'the legacy tag write', kind: '503', eligible: (m, p) => tagWrite(m, p) && p.endsWith('.sig') }
  ]

  beforeAll(async () => {
    // The cases run side by side: measure healthy runs side by side too.
    const runs = await Promise.all(
      cases.map(async (_, i) => {
        const images = await pushImages(`baseline-${i}`, 2)
        return sign(
          await workspace(`baseline-${i}`, 0),
          images.map(image => image.reference(registry.host)),
          {},
          network,
          false
        )
      })
    )
    for (const { run } of runs) expect(errors(run)).toBe('')
    slackMs = Math.max(...runs.map(r => r.ms)) + 2500
  }, 60_000)

  /** One case: what went wrong, as readable lines (empty when it behaved). */
  async function failThenRerun({ what, kind, eligible }: (typeof cases)[number]): Promise<string[]> {
    const label = `${what.replace(/\s+/g, '-')}-${kind}`
    const images = await pushImages(label, 2)
    const p = await proxyFor('registry', {
      rate: 1,
      faults: [kind],
      seed: seedFor(label),
      stallMs: 60_000,
      eligible: r => eligible(r.method, r.path.split('?')[0])
    })
    const via = hostOf(p)
    const ws = await workspace(label, 0)
    const first = await sign(
      ws,
      images.map(i => i.reference(via)),
      {},
      network,
      false
    )
    const faults = faultCount(p)
    const afterFailure = await Promise.all(images.map(stored))
    const dangling = (await Promise.all(images.map(i => danglingReferences(i.repo)))).flat()

    p.setRate(0)
    const second = await sign(
      ws,
      images.map(i => i.reference(via)),
      {},
      network,
      false
    )
    const rerun = (await Promise.all(images.map((image, i) => checkImage(image, afterFailure[i], via)))).flat()
    const afterRerun = await Promise.all(images.map(stored))
    const danglingAfter = (await Promise.all(images.map(i => danglingReferences(i.repo)))).flat()
    report.push(
      `100% ${kind} on ${what}: exit ${first.run.code} after ${(first.ms / 1000).toFixed(1)} s (budget ${(budgetMs / 1000).toFixed(1)} s + ${(slackMs / 1000).toFixed(1)} s start-up), ` +
        `${faults} faults; dangling ${dangling.length}; re-run exit ${second.run.code} in ${(second.ms / 1000).toFixed(1)} s, ` +
        `now ${afterRerun.map(s => `${s.referrers.length}+${s.legacy.length}`).join(', ')} (referrers+legacy per image)\n    ${errors(first.run)}`
    )

    const problems: string[] = []
    const check = (ok: boolean, why: string): void => {
      if (!ok) problems.push(`${kind} on ${what}: ${why}`)
    }
    check(first.run.code !== 0, 'the step did not fail')
    check(
      new RegExp(`[Rr]egistry ${via.replace(/\./g, '\\.')}`).test(errors(first.run)),
      `the failure does not name the registry: ${errors(first.run) || first.run.stderr}`
    )
    check(!/\n\s+at .+:\d+:\d+/.test(first.run.stdout + first.run.stderr), 'a stack trace was printed')
    check(first.ms < budgetMs + slackMs, `took ${first.ms} ms, over ${budgetMs} + ${slackMs} ms`)
    if (kind === 'stall') check(first.ms >= network.timeout * 1000 * attempts, `failed after ${first.ms} ms, before the timeouts of every attempt`)
    check(faults >= attempts, `${faults} faults: the write was not tried ${attempts} times`)
    check(dangling.length === 0, `dangling after the failure: ${dangling.join('; ')}`)
    // What the failed run stored: nothing, or (when only the legacy tag failed) the listed referrer.
    for (const s of afterFailure) {
      check(s.legacy.length === 0, `${s.legacy.length} legacy layers after the failure`)
      check(s.referrers.length === (what === 'every write' ? 0 : 1), `${s.referrers.length} referrers after the failure`)
    }
    check(second.run.code === 0 && errors(second.run) === '', `the re-run failed: ${errors(second.run)}`)
    problems.push(...rerun.map(r => `${kind} on ${what}, re-run: ${r}`))
    for (const s of afterRerun) check(s.legacy.length === 1, `${s.legacy.length} legacy layers after the re-run`)
    check(danglingAfter.length === 0, `dangling after the re-run: ${danglingAfter.join('; ')}`)
    return problems
  }

  it(`${cases.map(c => `${c.kind} on ${c.what}`).join(', ')}: each fails in time naming the registry, leaves nothing dangling; a re-run stores one signature per format`, async () => {
    const problems = (await Promise.all(cases.map(failThenRerun))).flat()
    expect(problems).toEqual([])
  }, 120_000)

  it('every tag write losing its answer after the registry stored it: the step reads the tags back and succeeds, one signature per format', async () => {
    const images = await pushImages('tag-write-drop', 2)
    const p = await proxyFor('registry', {
      rate: 1,
      faults: ['drop'],
      seed: seedFor('tag-write-drop'),
      eligible: r => tagWrite(r.method, r.path.split('?')[0])
    })
    const via = hostOf(p)
    const before = await Promise.all(images.map(stored))
    const { run, ms } = await sign(
      await workspace('tag-write-drop', 0),
      images.map(i => i.reference(via)),
      {},
      network,
      false
    )
    const problems = (await Promise.all(images.map((image, i) => checkImage(image, before[i], via)))).flat()
    report.push(`100% drop on every tag write: exit ${run.code} in ${(ms / 1000).toFixed(1)} s, ${faultCount(p)} answers lost, ${problems.length} problems`)

    expect(errors(run)).toBe('')
    expect(run.code).toBe(0)
    // Each tag write was sent as often as the client tries (its answers all lost), and stored.
    expect(faultCount(p)).toBeGreaterThanOrEqual(2 * images.length * attempts)
    expect(problems).toEqual([])
    for (const s of await Promise.all(images.map(stored))) {
      expect(s.referrers).toHaveLength(1)
      expect(s.legacy).toHaveLength(1)
    }
    expect((await Promise.all(images.map(i => danglingReferences(i.repo)))).flat()).toEqual([])
  }, 120_000)
})
