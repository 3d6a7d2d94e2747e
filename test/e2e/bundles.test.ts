/**
 * The bundles hold all their code: each action runs from a copy of its
 * dist/ directory far from this checkout's node_modules, and speaks to the
 * runner through the @actions/core inside it. Each lists the licences of
 * the packages bundled into it.
 */
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parseOutputFile, ROOT, runnerEnv } from '../support/runner.js'

const ACTIONS = ['sign', 'verify', 'attest', 'setup'] as const

let copy: string

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'seal-bundles-'))
  for (const name of [...ACTIONS, 'cli']) await cp(join(ROOT, 'dist', name), join(copy, name), { recursive: true })
})

async function runCopy(
  name: string,
  inputs: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string; outputs: Record<string, string> }> {
  const workspace = await mkdtemp(join(tmpdir(), 'seal-bundles-ws-'))
  const base = await runnerEnv(workspace)
  const output = join(base.RUNNER_TEMP, 'output')
  await writeFile(output, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...base,
    GITHUB_OUTPUT: output,
    RUNNER_TOOL_CACHE: join(base.RUNNER_TEMP, 'cache')
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(process.execPath, [join(copy, name, 'index.js')], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const code = await new Promise<number>(res => child.on('close', c => res(c ?? -1)))
  return { code, stdout, stderr, outputs: parseOutputFile(await readFile(output, 'utf8')) }
}

describe('bundles', () => {
  it.each(ACTIONS)('%s runs from a copy outside the checkout: first line, then a clean failure through @actions/core', async name => {
    const run = await runCopy(name, name === 'setup' ? { 'cosign-release': 'latest' } : { timeout: '0', 'subject-path': 'x' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(`seal ${name}`)
    expect(lines.filter(l => l.startsWith('::error::'))).toEqual([expect.stringMatching(/`(timeout|cosign-release)` must be/)])
    if (name === 'verify') expect(run.outputs.verified).toBe('false')
  })

  it('setup installs and runs seal from a copy outside the checkout', async () => {
    const run = await runCopy('setup', {})
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('seal --version: reports 0.1.0')
    expect(run.outputs['cache-hit']).toBe('false')
  })

  it.each(ACTIONS)('dist/%s/licenses.txt lists the bundled packages', async name => {
    const text = await readFile(join(ROOT, 'dist', name, 'licenses.txt'), 'utf8')
    for (const pkg of ['@actions/core', '@actions/exec', '@actions/http-client', 'undici', '@sigstore/verify', '@noble/curves']) {
      expect(text).toMatch(new RegExp(`^${pkg.replace('/', '\\/')}\n[A-Za-z0-9.-]+\n`, 'm'))
    }
  })
})
