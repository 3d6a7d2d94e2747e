/**
 * Batch verification: one verify step (`node dist/verify/index.js`) over 10,
 * 100 and 1,000 signed files, against
 *   (a) @sigstore/verify in a plain loop in one process (read the bundle and
 *       the artifact, toSignedEntity, a Verifier with the identity policy);
 *   (b) one process per bundle doing the same (what users script today),
 *       `verifySample` processes for real, larger sizes extrapolated;
 * and seal's verifyBatch in one process (the targets apply to the step).
 * Every run must verify every bundle.
 */
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { GITHUB_ISSUER } from '../test/support/stack/index.js'
import { bundleDir, runBundledAction } from './lib/action.js'
import { makeWorkspace, type BenchContext, type BenchOutput, type Workspace } from './lib/context.js'
import { NODE, run } from './lib/proc.js'
import { mean, type Panel, type Row } from './lib/results.js'
import { transpileClosure } from './lib/transpile.js'
import { baselineFor, signWorkspace } from './sign.js'

const BASELINE = join(import.meta.dirname, 'baselines', 'verify-lib.mjs')

/** Whether the bundled verify step already uses the batch verifier (it names the class). */
export function stepUsesBatchVerifier(bundleText: string): boolean {
  return /\bBatchVerifier\b/.test(bundleText)
}

async function signedWorkspace(ctx: BenchContext, n: number): Promise<Workspace> {
  const reuse = ctx.signed.get(n)
  if (reuse?.signed) return reuse
  const ws = await makeWorkspace(ctx.work, `verify-${n}`, n)
  ctx.log(`verify: signing ${n} files first (not timed)`)
  await signWorkspace(ctx, ws)
  ctx.signed.set(n, ws)
  return ws
}

async function writeJob(ctx: BenchContext, ws: Workspace, rootPath: string): Promise<string> {
  const job = {
    trustedRoot: rootPath,
    identity: ctx.stack.identity(),
    issuer: GITHUB_ISSUER,
    pairs: ws.files.map(f => ({ artifact: f, bundle: `${f}.sigstore.json` }))
  }
  const path = join(ws.dir, 'job.json')
  await writeFile(path, JSON.stringify(job))
  return path
}

function report(stdout: string): { verified: number; cacheUsed?: boolean } {
  const line = stdout.trim().split('\n').at(-1) ?? '{}'
  const parsed = JSON.parse(line) as { verified?: number; cacheUsed?: boolean }
  return { verified: parsed.verified ?? 0, cacheUsed: parsed.cacheUsed }
}

function verifiedCount(stdout: string): number {
  return report(stdout).verified
}

export async function verifyBenchmark(ctx: BenchContext): Promise<BenchOutput> {
  const { opts, log, stack } = ctx
  const sizes = opts.verifySizes
  const rootPath = join(ctx.work, 'trusted_root.json')
  await stack.writeTrustedRoot(rootPath)
  const core = await transpileClosure(join(import.meta.dirname, 'children', 'verify-batch.ts'))

  const results = new Map<number, { step: number; loop: number; core: number; cpuMs: Record<string, number | undefined> }>()
  let cacheUsed = false
  let largestJob = ''
  for (const n of sizes) {
    const ws = await signedWorkspace(ctx, n)
    const job = await writeJob(ctx, ws, rootPath)
    largestJob = job
    log(`verify: seal verify step, ${n} bundles`)
    const step = await runBundledAction('verify', {
      workspace: ws.dir,
      inputs: { 'subject-path': 'dist/*', 'trusted-root': rootPath, 'certificate-identity': stack.identity() }
    })
    const stepMs = step.wallMs
    if (step.code !== 0 || step.outputs.verified !== 'true') {
      throw new Error(`the verify step failed on ${n} bundles (exit ${step.code}):\n${(step.stdout + step.stderr).slice(-2000)}`)
    }
    log(`verify: @sigstore/verify loop, ${n} bundles`)
    const loop = await run(NODE, [BASELINE, job], { rss: true })
    if (verifiedCount(loop.stdout) !== n) throw new Error(`the library loop verified ${loop.stdout.trim()} of ${n}`)
    log(`verify: seal BatchVerifier in one process, ${n} bundles`)
    const batch = await run(NODE, [core, job], { rss: true })
    if (verifiedCount(batch.stdout) !== n) throw new Error(`BatchVerifier verified ${batch.stdout.trim()} of ${n}`)
    cacheUsed = report(batch.stdout).cacheUsed === true
    results.set(n, {
      step: stepMs,
      loop: loop.wallMs,
      core: batch.wallMs,
      cpuMs: { step: step.cpuMs, loop: loop.cpuMs, core: batch.cpuMs }
    })
  }

  const largest = Math.max(...sizes)
  const sample = Math.min(largest, opts.verifySample)
  log(`verify: one process per bundle, ${sample} processes`)
  const perBundle: number[] = []
  for (let i = 0; i < sample; i++) {
    const r = await run(NODE, [BASELINE, largestJob, String(i)])
    if (verifiedCount(r.stdout) !== 1) throw new Error(`the per-bundle baseline failed on bundle ${i}: ${r.stdout}${r.stderr}`)
    perBundle.push(r.wallMs)
  }

  const wired = stepUsesBatchVerifier(readFileSync(join(bundleDir('verify'), 'index.js'), 'utf8'))
  const rows: Row[] = []
  const panel: Panel = {
    title: 'Batch verification',
    series: [
      { label: 'seal verify step', seal: true, points: [] },
      { label: 'seal BatchVerifier, one process', seal: true, points: [] },
      { label: '@sigstore/verify loop, one process', points: [] },
      { label: 'one process per bundle', points: [] }
    ]
  }
  for (const n of sizes) {
    const r = results.get(n)!
    const b = baselineFor(n, perBundle)
    const isTarget = n === largest && n >= 1000
    rows.push({
      id: `verify-${n}-loop`,
      benchmark: 'verify',
      figure: `verify ${n} bundles: step vs library loop`,
      seal: { value: r.step, unit: 'ms' },
      baseline: { value: r.loop, unit: 'ms' },
      ratio: { value: r.loop / r.step, kind: 'speedup' },
      target: isTarget ? { text: '≥ 1.5× faster', met: r.loop / r.step >= 1.5 } : undefined
    })
    rows.push({
      id: `verify-${n}-process`,
      benchmark: 'verify',
      figure: `verify ${n} bundles: step vs process per bundle`,
      seal: { value: r.step, unit: 'ms' },
      baseline: { value: b.ms, unit: 'ms', extrapolated: b.extrapolated, detail: b.extrapolated ? `(from ${perBundle.length} processes)` : undefined },
      ratio: { value: b.ms / r.step, kind: 'speedup' },
      target: isTarget ? { text: '≥ 20× faster', met: b.ms / r.step >= 20 } : undefined
    })
    rows.push({
      id: `verify-${n}-core`,
      benchmark: 'verify',
      figure: `verify ${n} bundles: BatchVerifier vs library loop`,
      seal: { value: r.core, unit: 'ms' },
      baseline: { value: r.loop, unit: 'ms' },
      ratio: { value: r.loop / r.core, kind: 'speedup' }
    })
    panel.series[0].points.push({ n, ms: r.step })
    panel.series[1].points.push({ n, ms: r.core })
    panel.series[2].points.push({ n, ms: r.loop })
    panel.series[3].points.push({ n, ms: b.ms, extrapolated: b.extrapolated })
  }
  const big = results.get(largest)!
  const cpu = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`)
  const notes = [
    `Verifying ${largest} bundles, CPU time (user + system): step ${cpu(big.cpuMs.step)}, BatchVerifier ${cpu(big.cpuMs.core)}, library loop ${cpu(big.cpuMs.loop)}.`,
    `Verification: the per-bundle baseline ran ${perBundle.length} processes (mean ${Math.round(mean(perBundle))} ms each); larger sizes are extrapolated (marked ~).`,
    wired
      ? 'The bundled verify step uses BatchVerifier.'
      : 'The bundled verify step does not use BatchVerifier yet (its bundle does not contain it): the "step" rows measure verifyBundle per bundle.',
    cacheUsed
      ? "BatchVerifier's shared CachingVerifier did the certificate work (verifyBundle takes its `verifier` option)."
      : "verifyBundle does not take BatchVerifier's `verifier` option yet, so BatchVerifier verified each bundle exactly as verifyBundle alone, without the cache."
  ]
  return {
    rows,
    panels: [panel],
    notes,
    raw: { results: Object.fromEntries(results), perBundleMs: perBundle, stepUsesBatchVerifier: wired, batchCacheUsed: cacheUsed }
  }
}
