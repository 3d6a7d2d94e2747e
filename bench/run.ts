/**
 * `npm run bench`: seal against what users would otherwise run, on a local
 * Sigstore stack with simulated network latency, baselines measured in the
 * same run. Prints a table, writes results.json and the scaling chart
 * (scaling.svg). `npm run bench -- --help` lists the flags.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { startStack } from '../test/support/stack/index.js'
import { coldStartBenchmark } from './cold-start.js'
import { hashBenchmark } from './hash.js'
import { imagesBenchmark } from './images.js'
import { useDist } from './lib/action.js'
import { parseArgs, USAGE, UsageError, type BenchmarkName, type BenchOptions } from './lib/args.js'
import type { BenchContext, BenchOutput } from './lib/context.js'
import { markdownTable, textTable, type Panel, type Row } from './lib/results.js'
import { scalingSVG } from './lib/svg.js'
import { ROOT } from './lib/transpile.js'
import { signBenchmark } from './sign.js'
import { verifyBenchmark } from './verify.js'

const BENCHES: Record<BenchmarkName, (ctx: BenchContext) => Promise<BenchOutput>> = {
  hash: hashBenchmark,
  sign: signBenchmark,
  verify: verifyBenchmark,
  cold: coldStartBenchmark,
  images: imagesBenchmark
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`)
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return undefined
  }
}

async function main(opts: BenchOptions): Promise<number> {
  const started = performance.now()
  const loadBefore = loadavg()
  useDist(resolve(ROOT, opts.distDir))
  const work = await mkdtemp(join(tmpdir(), 'seal-bench-'))
  const stack = await startStack({ delayMs: opts.latencyMs })
  const ctx: BenchContext = { opts, stack, work, log, signed: new Map() }
  const rows: Row[] = []
  const panels: Panel[] = []
  const notes: string[] = []
  const raw: Record<string, unknown> = {}
  const durations: Record<string, number> = {}
  let failures = 0
  try {
    for (const name of opts.only) {
      const t = performance.now()
      log(`${name}: starting`)
      try {
        const out = await BENCHES[name](ctx)
        rows.push(...out.rows)
        panels.push(...(out.panels ?? []))
        notes.push(...(out.notes ?? []))
        raw[name] = out.raw
      } catch (err) {
        failures++
        const message = err instanceof Error ? err.message : String(err)
        log(`${name}: FAILED: ${message}`)
        notes.push(`The ${name} benchmark failed: ${message.split('\n')[0]}`)
      }
      durations[name] = Math.round(performance.now() - t)
      log(`${name}: done in ${(durations[name] / 1000).toFixed(1)} s`)
    }
  } finally {
    await stack.close()
    await rm(work, { recursive: true, force: true })
  }

  const totalMs = performance.now() - started
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadAverageBefore: loadBefore.map(n => Number(n.toFixed(2))),
    loadAverageAfter: loadavg().map(n => Number(n.toFixed(2)))
  }
  process.stdout.write(`\n${textTable(rows)}\n\n`)
  for (const note of notes) process.stdout.write(`- ${note}\n`)
  process.stdout.write(
    `\nTotal ${(totalMs / 1000).toFixed(0)} s on ${machine.cpus} CPUs (${machine.cpu}), ${machine.node}, latency ${opts.latencyMs} ms per request; ` +
      `load average ${machine.loadAverageBefore[0]} before, ${machine.loadAverageAfter[0]} after.\n`
  )

  const outDir = resolve(ROOT, opts.outDir)
  await mkdir(outDir, { recursive: true })
  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    options: opts,
    machine,
    durationMs: Math.round(totalMs),
    benchmarkDurationsMs: durations,
    rows,
    markdown: markdownTable(rows),
    scaling: panels,
    notes,
    raw
  }
  await writeFile(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  if (panels.length > 0) {
    const caption = `seal ${results.commit ?? ''} · ${results.date.slice(0, 10)} · ${machine.cpus} CPUs · ${opts.latencyMs} ms latency per request · hollow points and dashed lines: extrapolated`
    await writeFile(join(outDir, 'scaling.svg'), scalingSVG(panels, caption))
  }
  log(`wrote ${join(opts.outDir, 'results.json')}${panels.length > 0 ? ` and ${join(opts.outDir, 'scaling.svg')}` : ''}`)
  return failures === 0 ? 0 : 1
}

let opts: BenchOptions
try {
  opts = parseArgs(process.argv.slice(2))
} catch (err) {
  if (!(err instanceof UsageError)) throw err
  process.stderr.write(`${err.message}\n\n${USAGE}`)
  process.exit(2)
}
if (opts.help) {
  process.stdout.write(USAGE)
} else {
  process.exitCode = await main(opts)
}
