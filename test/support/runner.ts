/**
 * Runs a bundled action the way the GitHub runner does: `node dist/<name>/index.js`
 * as a child process, inputs as INPUT_<NAME> variables, outputs and the job
 * summary read back from the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Directories the action added to PATH (the GITHUB_PATH file, one per line). */
  paths: string[]
}

export interface ActionOptions {
  inputs: Record<string, string>
  workspace: string
  env?: Record<string, string | undefined>
  /** Run the action in a network namespace of its own: no network at all (needs unshare). */
  isolateNetwork?: boolean
}

/** A fresh runner temp dir plus GITHUB_* context variables. */
export async function runnerEnv(workspace: string): Promise<Record<string, string>> {
  const temp = await mkdtemp(join(tmpdir(), 'seal-runner-'))
  return {
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_ENVIRONMENT: 'github-hosted'
  }
}

/** Parses the GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) body.push(lines[i])
      out[name] = body.join('\n')
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

export async function runAction(name: 'sign' | 'verify' | 'attest' | 'setup', opts: ActionOptions): Promise<ActionRun> {
  const base = await runnerEnv(opts.workspace)
  const outputFile = join(base.RUNNER_TEMP, 'output')
  const summaryFile = join(base.RUNNER_TEMP, 'summary')
  const pathFile = join(base.RUNNER_TEMP, 'path')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(pathFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...base,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_PATH: pathFile
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const script = join(ROOT, 'dist', name, 'index.js')
  const child = opts.isolateNetwork
    ? spawn('unshare', ['--net', '--', process.execPath, script], { cwd: opts.workspace, env })
    : spawn(process.execPath, [script], { cwd: opts.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const code = await new Promise<number>(res => child.on('close', c => res(c ?? -1)))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    paths: (await readFile(pathFile, 'utf8')).split(/\r?\n/).filter(Boolean)
  }
}
