/**
 * The README's "Try it on your machine" steps for air-gapped verification,
 * run as written: start the sandbox, run the README's shell blocks (sign,
 * save), stop the sandbox, then run the verify block with every service gone.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { ROOT } from '../../scripts/readme.js'

const TRY_IT = '**Try it on your machine.**'

/** The shell blocks of the README's air-gapped walkthrough, in order. */
async function walkthroughBlocks(): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf(TRY_IT)
  if (start === -1) throw new Error(`README has no "${TRY_IT}" paragraph`)
  const end = readme.indexOf('\n### ', start)
  return [...readme.slice(start, end).matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(m => m[1])
}

function run(script: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn('sh', ['-ec', script], { cwd, env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('close', code => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

let sandbox: ChildProcess | undefined

afterAll(() => {
  if (sandbox && sandbox.exitCode === null) sandbox.kill('SIGKILL')
})

describe('README air-gapped walkthrough', () => {
  it('has the three steps: start the sandbox, sign and save, verify', async () => {
    const blocks = await walkthroughBlocks()
    expect(blocks).toHaveLength(3)
    expect(blocks[0]).toMatch(/^npm run sandbox/m)
    expect(blocks[1]).toMatch(/^\. \.tmp\/sandbox\/env\.sh/m)
    expect(blocks[1]).toMatch(/^seal save /m)
    expect(blocks[2]).toMatch(/^seal verify --local-image app-image --offline --trusted-root /m)
  })

  it('works as written: sign and save while the sandbox runs, verify after it stopped; another identity fails', async () => {
    const [, signAndSave, verify] = await walkthroughBlocks()
    const work = await mkdtemp(join(tmpdir(), 'seal-walkthrough-'))
    const dir = join(work, 'sandbox')
    // The README's default directory is .tmp/sandbox of the clone; here it is a temporary one.
    const inWork = (block: string) => block.replace('. .tmp/sandbox/env.sh', `. ${dir}/env.sh`)

    sandbox = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'sandbox.ts'), dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    sandbox.stdout?.on('data', d => (log += d))
    sandbox.stderr?.on('data', d => (log += d))
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox did not start:\n${log}`)), 30_000)
      const check = () => {
        if (log.includes('Press Ctrl-C')) {
          clearTimeout(timer)
          resolve()
        }
      }
      sandbox?.stdout?.on('data', check)
      sandbox?.once('exit', () => reject(new Error(`the sandbox exited:\n${log}`)))
    })
    const registryURL = /registry\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1]
    expect(registryURL).toBeDefined()

    const saved = await run(inWork(signAndSave), work)
    expect(saved.stderr).toMatch(/Certificate issued to /)
    expect(saved.stdout).toMatch(/^sha256:[0-9a-f]{64}$/m)
    expect(saved.code).toBe(0)

    // Ctrl-C: the services stop, the registry with them.
    const exited = new Promise<number | null>(resolve => sandbox?.once('exit', code => resolve(code)))
    sandbox.kill('SIGINT')
    expect(await exited).toBe(0)
    await expect(fetch(`${registryURL}/v2/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow()

    const env = `. ${dir}/env.sh\n`
    const ok = await run(env + verify, work)
    expect(ok.stdout).toMatch(/^OK\t/)
    expect(ok.code).toBe(0)

    const other = await run(env + verify.replace('"$IDENTITY"', '"${IDENTITY}-2"'), work)
    expect(other.stdout).toMatch(/^FAIL\t.*certificate identity mismatch/)
    expect(other.code).toBe(1)
  }, 120_000)
})
