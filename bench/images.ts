/**
 * Images: signing one image and verifying it through the bundled actions, in
 * each signature format, against a real registry (Debian's docker-registry,
 * which has no referrers API, so referrers go through the tag schema). A
 * recording proxy in front of the registry counts and lists every request.
 * There is no baseline to run here (cosign is not installed); the target is
 * that no operation reads a registry resource again without having written it
 * in between (one read to check a write is expected), and the notes list each
 * request so the count can be checked against what the format needs.
 */
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'

import { RegistryClient } from '../src/core/oci/client.js'
import { startFaultProxy, type Exchange } from '../test/support/fault-proxy.js'
import { pushTestImage } from '../test/support/images.js'
import { REGISTRY_BIN, startRegistry } from '../test/support/registry.js'
import { runBundledAction, type ActionResult } from './lib/action.js'
import { oidcEnv, serviceInputs, type BenchContext, type BenchOutput } from './lib/context.js'
import type { Row } from './lib/results.js'
import { ROOT } from './lib/transpile.js'

export const FORMATS = ['bundle', 'legacy', 'both'] as const

/** Image signing is built when its core and the sign action's `image` input exist. */
export function hasImageSupport(root = ROOT): boolean {
  return existsSync(join(root, 'src', 'core', 'oci', 'client.ts')) && existsSync(join(root, 'src', 'core', 'image', 'sign-image.ts'))
}

/** A request as listed in the notes: method, path with digests and upload state shortened, status. */
export function describeRequest(e: Pick<Exchange, 'method' | 'path' | 'status'>): string {
  const path = e.path
    .replace(/sha256(:|-|%3A)([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256$1$2…')
    .replace(/\/blobs\/uploads\/[^?/]+/, '/blobs/uploads/<id>')
    .replace(/([?&])_state=[^&]*&?/, '$1')
    .replace(/[?&]$/, '')
  return `${e.method} ${path} ${e.status}`
}

/**
 * Reads that repeat an earlier read of the same path with no write to that
 * path in between: a read before a write and one read after it (to check the
 * write, as seal does) are needed; a second read after the same write is not.
 */
export function redundantReads(exchanges: readonly Pick<Exchange, 'method' | 'path'>[]): string[] {
  const readsSinceWrite = new Map<string, number>()
  const redundant = new Map<string, number>()
  for (const e of exchanges) {
    const path = e.path.split('?')[0]
    if (e.method === 'GET' || e.method === 'HEAD') {
      const n = (readsSinceWrite.get(path) ?? 0) + 1
      readsSinceWrite.set(path, n)
      if (n > 1) redundant.set(`${e.method} ${path}`, (redundant.get(`${e.method} ${path}`) ?? 0) + 1)
    } else {
      readsSinceWrite.set(path, 0)
    }
  }
  return [...redundant].map(([key, n]) => `${key} (${n} extra)`)
}

function check(run: ActionResult, what: string): void {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${(run.stdout + run.stderr).slice(-2000)}`)
}

export async function imagesBenchmark(ctx: BenchContext): Promise<BenchOutput> {
  if (!hasImageSupport()) {
    return {
      rows: [{ id: 'images', benchmark: 'images', figure: 'sign and verify an image', note: 'not yet: no image support' }],
      notes: ['Images: not yet: no image support.']
    }
  }
  if (!existsSync(REGISTRY_BIN)) {
    return {
      rows: [{ id: 'images', benchmark: 'images', figure: 'sign and verify an image', note: `not run: ${REGISTRY_BIN} is missing` }],
      notes: [`Images: not run, ${REGISTRY_BIN} is missing (apt-get install docker-registry).`]
    }
  }
  const { stack, log } = ctx
  const registry = await startRegistry()
  const proxy = await startFaultProxy({ upstream: registry.url, rate: 0, faults: [], record: true })
  try {
    const host = new URL(proxy.url).host
    const client = new RegistryClient()
    const ws = await mkdtemp(join(ctx.work, 'images-'))
    const rootPath = join(ws, 'trusted_root.json')
    await stack.writeTrustedRoot(rootPath)
    const rows: Row[] = []
    const notes: string[] = []
    const raw: Record<string, unknown> = {}
    for (const format of FORMATS) {
      const image = await pushTestImage(client, `${host}/bench-${format}`, 'v1')
      // Signed by digest, as a pipeline signs the image it just pushed.
      const ref = `${host}/bench-${format}@${image.digest}`
      const measure = async (op: 'sign' | 'verify'): Promise<{ ms: number; exchanges: Exchange[] }> => {
        proxy.reset()
        log(`images: ${op} (${format})`)
        const run =
          op === 'sign'
            ? await runBundledAction('sign', {
                workspace: ws,
                inputs: { image: ref, 'signature-format': format, ...serviceInputs(stack) },
                env: oidcEnv(stack)
              })
            : await runBundledAction('verify', {
                workspace: ws,
                inputs: { image: ref, 'trusted-root': rootPath, 'certificate-identity': stack.identity() }
              })
        const ms = run.wallMs
        check(run, `${op} of ${ref} (${format})`)
        if (op === 'verify' && run.outputs.verified !== 'true') throw new Error(`verify of ${ref} (${format}) did not verify`)
        return { ms, exchanges: [...proxy.exchanges] }
      }
      for (const op of ['sign', 'verify'] as const) {
        const { ms, exchanges } = await measure(op)
        const repeated = redundantReads(exchanges)
        rows.push({
          id: `image-${op}-${format}`,
          benchmark: 'images',
          figure: `${op} one image (${format}): wall time`,
          seal: { value: ms, unit: 'ms', detail: `(${exchanges.length} registry requests)` },
          target: { text: 'no redundant read', met: repeated.length === 0 }
        })
        notes.push(
          `Images, ${op} (${format}), ${exchanges.length} registry requests: ${exchanges.map(describeRequest).join('; ')}` +
            (repeated.length ? `. Redundant: ${repeated.join(', ')}` : '')
        )
        raw[`${op}-${format}`] = { ms, requests: exchanges.map(e => ({ method: e.method, path: e.path, status: e.status })) }
      }
    }
    return { rows, notes, raw }
  } finally {
    await proxy.close()
    await registry.close()
  }
}
