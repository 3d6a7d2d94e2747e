/** What every benchmark gets and returns. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { SigstoreStack } from '../../test/support/stack/index.js'
import type { BenchOptions } from './args.js'
import type { Panel, Row } from './results.js'

/** A workspace whose `dist/` holds `count` files, each signed (bundle next to it) when `signed`. */
export interface Workspace {
  dir: string
  count: number
  files: string[]
  signed: boolean
}

export interface BenchContext {
  opts: BenchOptions
  stack: SigstoreStack
  /** A scratch directory, removed at the end of the run. */
  work: string
  log: (line: string) => void
  /** Workspaces signed by the signing benchmark, by size, for the verification benchmark to reuse. */
  signed: Map<number, Workspace>
}

export interface BenchOutput {
  rows: Row[]
  panels?: Panel[]
  notes?: string[]
  /** Raw measurements, kept in results.json. */
  raw?: Record<string, unknown>
}

/** `count` small files with distinct contents under `<new dir>/dist/`. */
export async function makeWorkspace(parent: string, name: string, count: number): Promise<Workspace> {
  const dir = await mkdtemp(join(parent, `${name}-`))
  await mkdir(join(dir, 'dist'))
  const files: string[] = []
  const width = String(count - 1).length
  for (let i = 0; i < count; i++) {
    const file = join(dir, 'dist', `artifact-${String(i).padStart(width, '0')}.txt`)
    await writeFile(file, `artifact ${i} of ${count}\n${'x'.repeat(1000)}\n`)
    files.push(file)
  }
  return { dir, count, files, signed: false }
}

/** The environment a runner gives a step that has `id-token: write`, pointing at the local stack. */
export function oidcEnv(stack: SigstoreStack): Record<string, string> {
  return { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken }
}

export function serviceInputs(stack: SigstoreStack): Record<string, string> {
  return { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL }
}
