/**
 * Runs a bundled action the way the runner does (as test/support/runner.ts:
 * INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_PATH files,
 * the GitHub context variables), through `run` so that wall time, CPU time
 * and peak RSS are measured.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { parseOutputFile, runnerEnv } from '../../test/support/runner.js'
import { NODE, run, type RunOptions, type RunResult } from './proc.js'
import { ROOT } from './transpile.js'

export type ActionName = 'sign' | 'verify' | 'attest' | 'setup'

let dist = join(ROOT, 'dist')

/** Runs the bundles of another directory (built from another checkout, say) instead of the project's dist/. */
export function useDist(dir: string): void {
  dist = dir
}

/** The directory of an action's bundle. */
export function bundleDir(name: ActionName): string {
  return join(dist, name)
}

export interface ActionLaunch {
  workspace: string
  inputs: Record<string, string>
  env?: Record<string, string>
}

export interface ActionResult extends RunResult {
  outputs: Record<string, string>
}

/** `INPUT_<NAME>` as the runner passes it: spaces become underscores, the rest is upper-cased (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The full environment of a step: runner variables, command files, extra variables, inputs. */
export async function actionEnv(launch: ActionLaunch): Promise<{ env: NodeJS.ProcessEnv; outputFile: string; runnerTemp: string }> {
  const base = await runnerEnv(launch.workspace)
  const files = join(base.RUNNER_TEMP, 'commands')
  await mkdir(files, { recursive: true })
  const outputFile = join(files, 'output')
  for (const f of ['output', 'summary', 'path']) await writeFile(join(files, f), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...base,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_PATH: join(files, 'path'),
    ...launch.env
  }
  for (const [k, v] of Object.entries(launch.inputs)) env[inputVariable(k)] = v
  return { env, outputFile, runnerTemp: base.RUNNER_TEMP }
}

/** Runs the action once in a fresh RUNNER_TEMP, which is removed afterwards. */
export async function runBundledAction(name: ActionName, launch: ActionLaunch, opts: RunOptions = {}): Promise<ActionResult> {
  const { env, outputFile, runnerTemp } = await actionEnv(launch)
  try {
    const result = await run(NODE, [join(bundleDir(name), 'index.js')], { rss: true, check: false, ...opts, cwd: launch.workspace, env })
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8').catch(() => ''))
    return { ...result, outputs }
  } finally {
    await rm(runnerTemp, { recursive: true, force: true })
  }
}
