/**
 * Cold start: `node dist/<action>/index.js`, with inputs that make it do its
 * normal work, until its first log line (the first stdout line that is not a
 * `::add-mask::` or `::debug::` command, which the runner does not show), against a bare
 * `node -e 0` run to exit. The action is stopped at that line. Runs are
 * interleaved (bare, sign, verify, …) and medians reported. The services are
 * a second local stack without added latency, so the figure is startup, not
 * network. Also reports each action's bundle size, and how long each takes to
 * its first step line: the first line after its start line (`seal <name>`),
 * printed once @actions/core and the step are loaded and the inputs read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'

import { startStack, type SigstoreStack } from '../test/support/stack/index.js'
import { bundleDir, runBundledAction, type ActionLaunch, type ActionName } from './lib/action.js'
import { makeWorkspace, oidcEnv, serviceInputs, type BenchContext, type BenchOutput } from './lib/context.js'
import { NODE, run } from './lib/proc.js'
import { median, type Row } from './lib/results.js'
import { signWorkspace } from './sign.js'

export const ACTIONS: readonly ActionName[] = ['sign', 'verify', 'attest', 'setup']

/** Total size of the files of a bundle directory (the entry plus its lazily loaded chunks). */
export function bundleSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += statSync(join(entry.parentPath, entry.name)).size
    files++
  }
  return { bytes, files }
}

/** A line the runner shows in the log: not blank, not a mask or (unless step debugging is on) debug command. */
export function isLogLine(line: string): boolean {
  return line.trim() !== '' && !line.startsWith('::add-mask::') && !line.startsWith('::debug::')
}

/** The line an action prints before it loads the toolkit and its step. */
export function isStartLine(line: string): boolean {
  return /^seal (sign|verify|attest|setup)$/.test(line)
}

/** Inputs and environment that make each action do its normal work against the stack. */
async function launches(ctx: BenchContext, stack: SigstoreStack, names: readonly ActionName[]): Promise<Map<ActionName, ActionLaunch>> {
  const out = new Map<ActionName, ActionLaunch>()
  const ws = await makeWorkspace(ctx.work, 'cold', 1)
  for (const name of names) {
    if (name === 'sign' || name === 'attest') {
      out.set(name, { workspace: ws.dir, inputs: { 'subject-path': 'dist/*', ...serviceInputs(stack) }, env: oidcEnv(stack) })
    } else if (name === 'verify') {
      const signed = await makeWorkspace(ctx.work, 'cold-signed', 1)
      await signWorkspace({ ...ctx, stack }, signed)
      const rootPath = join(ctx.work, 'cold-trusted_root.json')
      await stack.writeTrustedRoot(rootPath)
      out.set(name, {
        workspace: signed.dir,
        inputs: { 'subject-path': 'dist/*', 'trusted-root': rootPath, 'certificate-identity': stack.identity() }
      })
    } else {
      out.set(name, { workspace: ws.dir, inputs: {} })
    }
  }
  return out
}

export async function coldStartBenchmark(ctx: BenchContext): Promise<BenchOutput> {
  const { opts, log } = ctx
  const present = ACTIONS.filter(a => existsSync(join(bundleDir(a), 'index.js')))
  const stack = await startStack()
  try {
    const envs = await launches(ctx, stack, present)
    const bare: number[] = []
    const firstLine = new Map<ActionName, number[]>(present.map(a => [a, []]))
    const stepLine = new Map<ActionName, number[]>(present.map(a => [a, []]))
    const lines = new Map<ActionName, string>()
    for (let i = 0; i < opts.coldReps; i++) {
      log(`cold: run ${i + 1}/${opts.coldReps}`)
      bare.push((await run(NODE, ['-e', '0'])).wallMs)
      for (const name of present) {
        const launch = envs.get(name)!
        // A fresh tool cache for every setup run: it must install, not find a cached copy.
        if (name === 'setup') launch.env = { RUNNER_TOOL_CACHE: await mkdtemp(join(ctx.work, 'tool-cache-')) }
        const r = await runBundledAction(name, launch, { stopAfterLine: true, lineFilter: isLogLine })
        firstLine.get(name)!.push(r.firstLineMs!)
        lines.set(name, r.stdout.split('\n').find(isLogLine) ?? '')
        if (name === 'setup') launch.env = { RUNNER_TOOL_CACHE: await mkdtemp(join(ctx.work, 'tool-cache-')) }
        const s = await runBundledAction(name, launch, { stopAfterLine: true, lineFilter: line => isLogLine(line) && !isStartLine(line) })
        stepLine.get(name)!.push(s.firstLineMs!)
      }
    }
    const bareMs = median(bare)
    const rows: Row[] = []
    for (const name of present) {
      const ms = median(firstLine.get(name)!)
      const ratio = ms / bareMs
      rows.push({
        id: `cold-${name}`,
        benchmark: 'cold',
        figure: `cold start: ${name} action to first log line`,
        seal: { value: ms, unit: 'ms' },
        baseline: { value: bareMs, unit: 'ms', detail: '(node -e 0)' },
        ratio: { value: ratio, kind: 'relative' },
        target: { text: '≤ 3× bare node', met: ratio <= 3 }
      })
    }
    for (const name of present) {
      const ms = median(stepLine.get(name)!)
      rows.push({
        id: `cold-step-${name}`,
        benchmark: 'cold',
        figure: `cold start: ${name} action to its first step line`,
        seal: { value: ms, unit: 'ms' },
        baseline: { value: bareMs, unit: 'ms', detail: '(node -e 0)' },
        ratio: { value: ms / bareMs, kind: 'relative' }
      })
    }
    for (const name of present) {
      const size = bundleSize(bundleDir(name))
      rows.push({
        id: `size-${name}`,
        benchmark: 'cold',
        figure: `bundle size: dist/${name}`,
        seal: { value: size.bytes, unit: 'bytes', detail: `(${size.files} file${size.files === 1 ? '' : 's'})` }
      })
    }
    const notes = [`Cold start: first log lines were ${present.map(n => `${n}: "${(lines.get(n) ?? '').slice(0, 60)}"`).join('; ')}.`]
    return { rows, notes, raw: { bareMs: bare, firstLineMs: Object.fromEntries(firstLine), stepLineMs: Object.fromEntries(stepLine) } }
  } finally {
    await stack.close()
  }
}
