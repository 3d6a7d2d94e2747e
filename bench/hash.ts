/**
 * Hashing: sha256 of a large file (2 GiB by default) by seal's sha256File in
 * its own node process, against `openssl dgst -sha256` (SHA extensions: the
 * CPU's limit) and coreutils `sha256sum`; peak RSS against a bare node.
 *
 * The file holds real bytes (no holes) and is read once before timing, so
 * every run hashes from the page cache and measures hashing, not the disk.
 * Runs come in adjacent pairs (seal then openssl, then openssl then seal, …)
 * so that load from other processes hits both alike; the table shows median
 * times and the median of the per-pair ratios.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { join } from 'node:path'

import type { BenchContext, BenchOutput } from './lib/context.js'
import { GNU_TIME, NODE, run } from './lib/proc.js'
import { median, type Row } from './lib/results.js'
import { transpileClosure } from './lib/transpile.js'

const OPENSSL = '/usr/bin/openssl'
const SHA256SUM = '/usr/bin/sha256sum'
const BLOCK = 16 * 1024 * 1024

/** Writes `sizeMiB` MiB of random-looking bytes (one random 16 MiB block, repeated). */
export async function writeLargeFile(path: string, sizeMiB: number): Promise<void> {
  const block = randomBytes(BLOCK)
  const handle = await open(path, 'w')
  try {
    let left = sizeMiB * 1024 * 1024
    while (left > 0) {
      const n = Math.min(left, BLOCK)
      await handle.write(block, 0, n)
      left -= n
    }
  } finally {
    await handle.close()
  }
}

/** The hex digest at the start of `sha256sum` output or the end of `openssl dgst` output. */
export function hexDigestOf(output: string): string | undefined {
  return /\b([0-9a-f]{64})\b/.exec(output)?.[1]
}

export async function hashBenchmark(ctx: BenchContext): Promise<BenchOutput> {
  const { opts, log } = ctx
  const dir = await mkdtemp(join(ctx.work, 'hash-'))
  const file = join(dir, 'large.bin')
  const sizeMiB = opts.hashSizeMiB
  const label = sizeMiB % 1024 === 0 ? `${sizeMiB / 1024} GiB` : `${sizeMiB} MiB`
  const notes: string[] = []
  try {
    log(`hash: writing a ${label} file`)
    await writeLargeFile(file, sizeMiB)
    const child = await transpileClosure(join(import.meta.dirname, 'children', 'hash.ts'))
    const seal = async (): Promise<{ ms: number; rss?: number; hex?: string }> => {
      const r = await run(NODE, [child, file], { rss: true })
      const out = JSON.parse(r.stdout) as { sha256: string; maxRssKiB: number }
      return { ms: r.wallMs, rss: r.maxRssKiB ?? out.maxRssKiB, hex: out.sha256 }
    }
    const tool = async (bin: string, args: string[]): Promise<{ ms: number; rss?: number; hex?: string }> => {
      const r = await run(bin, [...args, file], { rss: true })
      return { ms: r.wallMs, rss: r.maxRssKiB, hex: hexDigestOf(r.stdout) }
    }
    const hasOpenSSL = existsSync(OPENSSL)
    const hasSha256sum = existsSync(SHA256SUM)

    log('hash: warming the page cache')
    const warm = await seal()
    const sealRuns: { ms: number; rss?: number }[] = []
    const opensslRuns: { ms: number; rss?: number }[] = []
    const bareRuns: { ms: number; rss?: number }[] = []
    const pairRatios: number[] = []
    for (let i = 0; i < opts.hashReps; i++) {
      log(`hash: run ${i + 1}/${opts.hashReps}`)
      // Adjacent pairs, in alternating order, so that load from other processes hits both alike.
      const runOpenSSL = async (): Promise<void> => {
        const o = await tool(OPENSSL, ['dgst', '-sha256'])
        if (o.hex !== warm.hex) throw new Error(`openssl and seal disagree on the digest (${o.hex} vs ${warm.hex})`)
        opensslRuns.push(o)
      }
      if (hasOpenSSL && i % 2 === 1) await runOpenSSL()
      sealRuns.push(await seal())
      if (hasOpenSSL && i % 2 === 0) await runOpenSSL()
      if (hasOpenSSL) pairRatios.push(sealRuns[i].ms / opensslRuns[i].ms)
      // `node -e 0` under GNU time; without it, node reports its own peak.
      const bare = existsSync(GNU_TIME) ? await run(NODE, ['-e', '0'], { rss: true }) : await run(NODE, ['-e', 'console.log(process.resourceUsage().maxRSS)'])
      bareRuns.push({ ms: bare.wallMs, rss: bare.maxRssKiB ?? Number(bare.stdout.trim()) })
    }
    let sha256sumMs: number | undefined
    if (hasSha256sum) {
      log('hash: sha256sum (once: it is several times slower)')
      const s = await tool(SHA256SUM, [])
      if (s.hex !== warm.hex) throw new Error(`sha256sum and seal disagree on the digest (${s.hex} vs ${warm.hex})`)
      sha256sumMs = s.ms
    }

    const bytesMiB = sizeMiB
    const sealMs = median(sealRuns.map(r => r.ms))
    const sealRssMiB = median(sealRuns.map(r => r.rss ?? Number.NaN)) / 1024
    const bareRssMiB = median(bareRuns.map(r => r.rss ?? Number.NaN)) / 1024
    const rows: Row[] = []
    const throughput = (ms: number): string => `(${Math.round(bytesMiB / (ms / 1000))} MiB/s)`
    if (hasOpenSSL) {
      const opensslMs = median(opensslRuns.map(r => r.ms))
      // The median of the per-pair ratios: robust to load that changes during the run.
      const ratio = median(pairRatios)
      rows.push({
        id: 'hash-openssl',
        benchmark: 'hash',
        figure: `sha256 of ${label}: wall time vs openssl dgst`,
        seal: { value: sealMs, unit: 'ms', detail: throughput(sealMs) },
        baseline: { value: opensslMs, unit: 'ms', detail: throughput(opensslMs) },
        ratio: { value: ratio, kind: 'relative' },
        target: { text: '≤ 1.1× openssl', met: ratio <= 1.1 }
      })
    } else {
      notes.push('openssl is not installed: the hashing comparison with openssl was skipped.')
    }
    if (sha256sumMs !== undefined) {
      rows.push({
        id: 'hash-sha256sum',
        benchmark: 'hash',
        figure: `sha256 of ${label}: wall time vs sha256sum`,
        seal: { value: sealMs, unit: 'ms' },
        baseline: { value: sha256sumMs, unit: 'ms', detail: throughput(sha256sumMs) },
        ratio: { value: sha256sumMs / sealMs, kind: 'speedup' }
      })
    }
    const extra = sealRssMiB - bareRssMiB
    rows.push({
      id: 'hash-rss',
      benchmark: 'hash',
      figure: `sha256 of ${label}: peak RSS vs bare node`,
      seal: { value: sealRssMiB, unit: 'MiB' },
      baseline: { value: bareRssMiB, unit: 'MiB', detail: '(node -e 0)' },
      ratio: { value: extra, kind: 'difference' },
      target: { text: '≤ +40 MiB', met: extra <= 40 }
    })
    if (!existsSync(GNU_TIME)) notes.push(`${GNU_TIME} is missing: peak RSS is node's own maxRSS report.`)
    return {
      rows,
      notes,
      raw: { sizeMiB, sealRuns, opensslRuns, pairRatios, bareRuns, sha256sumMs, digest: warm.hex }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
