/**
 * Runs a sigstore-conformance `bundle-verify` suite against the seal CLI.
 *
 *   npm run conformance -- <suite-dir> [--entrypoint "<cmd...>"] [--skip-build] [--jobs N]
 *
 * Every case directory is checked twice (artifact path, then its sha256 digest)
 * by spawning `<entrypoint> verify-bundle …`. Cases named `*_fail` must be
 * rejected (non-zero exit), all others must verify (exit 0). Prints one line per
 * failing check and ends with `N passed, N failed`; exits 1 if any check failed.
 *
 * The default entrypoint is `node bin/seal.js`, rebuilt first with
 * `npm run bundle -- cli` unless --skip-build or --entrypoint is given.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'
const CHECK_TIMEOUT_MS = 120_000

interface Options {
  suite: string
  entrypoint?: string[]
  skipBuild: boolean
  jobs: number
}

interface Check {
  name: string
  mode: 'path' | 'digest'
  shouldFail: boolean
  args: string[]
}

interface Outcome {
  check: Check
  exitCode: number | null
  stderr: string
  error?: string
}

function parseOptions(argv: string[]): Options {
  let suite: string | undefined
  let entrypoint: string[] | undefined
  let skipBuild = false
  let jobs = 2
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--entrypoint') entrypoint = splitCommand(argv[++i] ?? '')
    else if (arg.startsWith('--entrypoint=')) entrypoint = splitCommand(arg.slice('--entrypoint='.length))
    else if (arg === '--skip-build') skipBuild = true
    else if (arg === '--jobs') jobs = Number(argv[++i])
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`)
    else if (suite === undefined) suite = arg
    else fail(`unexpected argument ${arg}`)
  }
  if (!suite) fail('usage: npm run conformance -- <suite-dir> [--entrypoint "<cmd...>"] [--skip-build] [--jobs N]')
  if (entrypoint !== undefined && entrypoint.length === 0) fail('--entrypoint needs a command')
  if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs needs a positive integer')
  return { suite: resolve(suite), entrypoint, skipBuild, jobs }
}

/** Splits a command line on whitespace, honouring simple single or double quotes. */
function splitCommand(text: string): string[] {
  const words: string[] = []
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g
  for (let m = re.exec(text); m; m = re.exec(text)) words.push(m[1] ?? m[2] ?? m[3])
  return words
}

function fail(message: string): never {
  process.stderr.write(`conformance: ${message}\n`)
  process.exit(2)
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined
}

function collectChecks(suite: string): Check[] {
  if (!existsSync(suite) || !statSync(suite).isDirectory()) fail(`${suite} is not a directory`)
  const checks: Check[] = []
  const cases = readdirSync(suite, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(join(suite, entry.name, 'bundle.sigstore.json')))
    .map(entry => entry.name)
    .sort()
  for (const name of cases) {
    const dir = join(suite, name)
    const artifact = existsSync(join(dir, 'artifact')) ? join(dir, 'artifact') : join(suite, 'a.txt')
    const key = join(dir, 'key.pub')
    const trustedRoot = join(dir, 'trusted_root.json')
    const material = existsSync(key)
      ? ['--key', key]
      : [
          '--certificate-identity',
          readOptional(join(dir, 'identity')) ?? DEFAULT_IDENTITY,
          '--certificate-oidc-issuer',
          readOptional(join(dir, 'issuer')) ?? DEFAULT_ISSUER
        ]
    const base = [
      'verify-bundle',
      '--bundle',
      join(dir, 'bundle.sigstore.json'),
      ...material,
      ...(existsSync(trustedRoot) ? ['--trusted-root', trustedRoot] : [])
    ]
    const digest = `sha256:${createHash('sha256').update(readFileSync(artifact)).digest('hex')}`
    const shouldFail = name.endsWith('_fail')
    checks.push({ name, mode: 'path', shouldFail, args: [...base, artifact] })
    checks.push({ name, mode: 'digest', shouldFail, args: [...base, digest] })
  }
  return checks
}

function runCheck(command: string[], check: Check): Promise<Outcome> {
  return new Promise(done => {
    const child = spawn(command[0], [...command.slice(1), ...check.args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: CHECK_TIMEOUT_MS
    })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk
    })
    child.on('error', err => done({ check, exitCode: null, stderr, error: err.message }))
    child.on('close', (code, signal) => done({ check, exitCode: code, stderr, error: signal ? `killed by ${signal}` : undefined }))
  })
}

async function runAll(command: string[], checks: Check[], jobs: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(checks.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < checks.length) {
      const index = next++
      outcomes[index] = await runCheck(command, checks[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, checks.length) }, worker))
  return outcomes
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n')
  return lines[lines.length - 1] ?? ''
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2))
  const command = options.entrypoint ?? [process.execPath, join(ROOT, 'bin', 'seal.js')]
  if (!options.entrypoint && !options.skipBuild) {
    process.stderr.write('conformance: building the CLI (npm run bundle -- cli)\n')
    try {
      execFileSync('npm', ['run', '--silent', 'bundle', '--', 'cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
    } catch {
      fail('building the CLI failed (see above); fix the build or pass --skip-build / --entrypoint')
    }
  }

  const checks = collectChecks(options.suite)
  const outcomes = await runAll(command, checks, options.jobs)
  let passed = 0
  let failed = 0
  for (const outcome of outcomes) {
    const verified = outcome.exitCode === 0
    if (verified !== outcome.check.shouldFail && outcome.error === undefined) {
      passed++
      continue
    }
    failed++
    const { name, mode, shouldFail } = outcome.check
    const why = outcome.error
      ? outcome.error
      : shouldFail
        ? 'expected rejection, but it verified'
        : `expected success, got exit ${outcome.exitCode}: ${lastLine(outcome.stderr)}`
    process.stdout.write(`FAIL ${name} [${mode}]: ${why}\n`)
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  return failed === 0 ? 0 : 1
}

process.exitCode = await main()
