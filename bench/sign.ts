/**
 * Batch signing: one sign step (`node dist/sign/index.js`, run as the runner
 * runs it) over 10, 100 and 1,000 files, against the script users write
 * today: one process per file, each a full keyless signature with
 * @sigstore/sign (its own OIDC token, Fulcio certificate, Rekor entry and
 * timestamp). Both sign against the same local stack with the same latency.
 *
 * The baseline runs `signSample` files for real, one after the other; sizes
 * above the sample are extrapolated from the mean time per file.
 */
import { cpus } from 'node:os'
import { join } from 'node:path'

import type { RequestCounts } from '../test/support/stack/index.js'
import { runBundledAction } from './lib/action.js'
import { makeWorkspace, oidcEnv, serviceInputs, type BenchContext, type BenchOutput, type Workspace } from './lib/context.js'
import { NODE, run } from './lib/proc.js'
import { mean, type Panel, type Row } from './lib/results.js'

/** Subjects seal signs at once (signFileBundles' default concurrency): Rekor and TSA calls in flight. */
export const SIGN_CONCURRENCY = 16

const BASELINE = join(import.meta.dirname, 'baselines', 'sign-one.mjs')

export interface Delta {
  counts: RequestCounts
  /** CPU the stack's services used meanwhile (they run in the bench process). */
  stackCpuMs: number
}

/** Runs `fn` and reports the requests the stack served and the CPU it spent meanwhile. */
export async function measured<T>(ctx: BenchContext, fn: () => Promise<T>): Promise<{ value: T; ms: number } & Delta> {
  const before = { ...ctx.stack.counts }
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await fn()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const after = ctx.stack.counts
  const counts = Object.fromEntries(
    Object.keys(before).map(k => [k, after[k as keyof RequestCounts] - before[k as keyof RequestCounts]])
  ) as unknown as RequestCounts
  return { value, ms, counts, stackCpuMs: (used.user + used.system) / 1000 }
}

export interface StepRun extends Delta {
  /** Wall time of the step, from spawn to exit. */
  ms: number
  /** CPU time (user + system) of the step's process, when GNU time is there. */
  cpuMs?: number
  maxRssKiB?: number
}

/** The sign step over every file of the workspace; fails unless every file got a bundle. */
export async function signWorkspace(ctx: BenchContext, ws: Workspace): Promise<StepRun> {
  const result = await measured(ctx, () =>
    runBundledAction('sign', {
      workspace: ws.dir,
      inputs: { 'subject-path': 'dist/*', ...serviceInputs(ctx.stack) },
      env: oidcEnv(ctx.stack)
    })
  )
  const r = result.value
  const written = (r.outputs['bundle-paths'] ?? '').split('\n').filter(Boolean).length
  if (r.code !== 0 || written !== ws.count) {
    throw new Error(`the sign step failed on ${ws.count} files (exit ${r.code}, ${written} bundles):\n${(r.stdout + r.stderr).slice(-2000)}`)
  }
  ws.signed = true
  return { ms: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, counts: result.counts, stackCpuMs: result.stackCpuMs }
}

/** The lower bound set by latency: one Fulcio round trip, then the Rekor round trips, `concurrency` at a time. */
export function idealSignMs(files: number, latencyMs: number, concurrency = SIGN_CONCURRENCY): number {
  return latencyMs + (files * latencyMs) / concurrency
}

/** Baseline time for n files from per-file samples: their sum when measured, else the mean times n. */
export function baselineFor(n: number, samples: readonly number[]): { ms: number; extrapolated: boolean } {
  if (n <= samples.length) return { ms: samples.slice(0, n).reduce((a, b) => a + b, 0), extrapolated: false }
  return { ms: mean(samples) * n, extrapolated: true }
}

function requests(c: RequestCounts): string {
  return `(Fulcio ${c.fulcio}, Rekor ${c.rekor + c.rekorV2}, TSA ${c.tsa})`
}

export async function signBenchmark(ctx: BenchContext): Promise<BenchOutput> {
  const { opts, log, stack } = ctx
  const sizes = opts.signSizes
  const seal = new Map<number, StepRun>()
  for (const n of sizes) {
    const ws = await makeWorkspace(ctx.work, `sign-${n}`, n)
    log(`sign: seal, ${n} files`)
    seal.set(n, await signWorkspace(ctx, ws))
    ctx.signed.set(n, ws)
  }

  const sampleSize = Math.min(Math.max(...sizes), opts.signSample)
  const sampleWs = await makeWorkspace(ctx.work, 'sign-baseline', sampleSize)
  log(`sign: baseline, ${sampleSize} processes one after the other`)
  const env = { ...process.env, ...oidcEnv(stack), FULCIO_URL: stack.fulcioURL, REKOR_URL: stack.rekorURL, TSA_URL: stack.tsaURL }
  const baseline = await measured(ctx, async () => {
    const times: number[] = []
    for (const file of sampleWs.files) times.push((await run(NODE, [BASELINE, file], { env })).wallMs)
    return times
  })
  const perFile = baseline.value
  if (baseline.counts.fulcio !== sampleSize) {
    throw new Error(`the baseline made ${baseline.counts.fulcio} Fulcio requests for ${sampleSize} files`)
  }

  const rows: Row[] = []
  const panel: Panel = {
    title: 'Batch signing',
    series: [
      { label: 'seal sign step', seal: true, points: [] },
      { label: 'one process per file (@sigstore/sign)', points: [] }
    ]
  }
  const largest = Math.max(...sizes)
  for (const n of sizes) {
    const s = seal.get(n)!
    const b = baselineFor(n, perFile)
    const speedup = b.ms / s.ms
    rows.push({
      id: `sign-${n}-time`,
      benchmark: 'sign',
      figure: `sign ${n} files: wall time`,
      seal: { value: s.ms, unit: 'ms' },
      baseline: { value: b.ms, unit: 'ms', extrapolated: b.extrapolated, detail: b.extrapolated ? `(from ${perFile.length} processes)` : undefined },
      ratio: { value: speedup, kind: 'speedup' },
      target: n === largest && n >= 1000 ? { text: '≥ 20× faster', met: speedup >= 20 } : undefined
    })
    const perFileCounts: RequestCounts = { fulcio: n, rekor: n, rekorV2: 0, tsa: n, oidc: n }
    rows.push({
      id: `sign-${n}-requests`,
      benchmark: 'sign',
      figure: `sign ${n} files: Fulcio requests`,
      seal: { value: s.counts.fulcio, unit: 'count', detail: requests(s.counts) },
      baseline: { value: n, unit: 'count', detail: requests(perFileCounts) },
      target: n === largest ? { text: 'exactly 1 Fulcio request', met: s.counts.fulcio === 1 } : undefined
    })
    panel.series[0].points.push({ n, ms: s.ms })
    panel.series[1].points.push({ n, ms: b.ms, extrapolated: b.extrapolated })
  }
  const big = seal.get(largest)!
  const ideal = idealSignMs(largest, opts.latencyMs)
  rows.push({
    id: `sign-${largest}-ideal`,
    benchmark: 'sign',
    figure: `sign ${largest} files: vs ideal (latency bound)`,
    seal: { value: big.ms, unit: 'ms' },
    baseline: { value: ideal, unit: 'ms', detail: `(${opts.latencyMs} ms + ${largest} × ${opts.latencyMs} ms / ${SIGN_CONCURRENCY})` },
    ratio: { value: big.ms / ideal, kind: 'relative' },
    target: { text: '≤ 1.5× ideal', met: big.ms / ideal <= 1.5 }
  })
  // What bounds the step on this machine: the latency floor, or CPU (the step's own, or the local
  // services', which share the machine's cores here but run elsewhere in production).
  const floor = Math.max(ideal, big.cpuMs ?? 0, big.stackCpuMs)
  const bound = floor === ideal ? 'latency' : floor === big.stackCpuMs ? "the local services' CPU" : "the step's own CPU"
  const notes = [
    `Signing: the baseline ran ${perFile.length} processes (mean ${Math.round(mean(perFile))} ms each); larger sizes are that mean times the number of files (marked ~).`,
    `Signing ${largest} files: the step used ${big.cpuMs === undefined ? 'an unmeasured amount of' : `${(big.cpuMs / 1000).toFixed(1)} s`} CPU` +
      `${big.cpuMs === undefined ? '' : ` (${(big.cpuMs / largest).toFixed(1)} ms per file)`}, peak RSS ${big.maxRssKiB === undefined ? 'n/a' : `${Math.round(big.maxRssKiB / 1024)} MiB`}; ` +
      `the local services (in the benchmark's own process) used ${(big.stackCpuMs / 1000).toFixed(1)} s of CPU (${(big.stackCpuMs / largest).toFixed(1)} ms per file), on the same ${cpus().length} cores. ` +
      `The floor here is ${(floor / 1000).toFixed(2)} s, set by ${bound}; the step took ${(big.ms / floor).toFixed(2)}× that.`
  ]
  return {
    rows,
    panels: [panel],
    notes,
    raw: {
      seal: Object.fromEntries([...seal].map(([n, s]) => [n, s])),
      baselinePerFileMs: perFile,
      baselineCounts: baseline.counts,
      idealMs: ideal,
      floorMs: floor
    }
  }
}
