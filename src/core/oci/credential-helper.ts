/**
 * Docker credential helpers: `docker-credential-<name> get`, the server URL
 * on stdin, `{"Username", "Secret"}` JSON on stdout.
 */
import { spawn } from 'node:child_process'

import { SealError } from '../util/errors.js'
import { redact } from '../util/redact.js'
import { helperServerURL, TOKEN_USERNAME, type CredentialOptions, type ResolvedCredentials } from './credentials.js'

interface HelperRun {
  /** The exit code; -1 when the helper ran out of time. */
  code: number | null
  stdout: string
  stderr: string
  error?: NodeJS.ErrnoException
}

/** Runs `docker-credential-<name> get` for a registry. Undefined when the helper has nothing for it. */
export async function runCredentialHelper(
  name: string,
  registry: string,
  options: CredentialOptions = {},
  configuredBy = 'the docker config'
): Promise<ResolvedCredentials | undefined> {
  const program = `docker-credential-${name}`
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    throw new SealError('REGISTRY_AUTH', `The credential helper name "${name.slice(0, 80)}" (${configuredBy}) is not valid.`, {
      hint: 'Fix the docker config, or set `registry-username` and `registry-password`.'
    })
  }
  const timeoutMs = options.helperTimeoutMs ?? 10_000
  const { code, stdout, stderr, error } = await run(program, helperServerURL(registry), options.env ?? process.env, timeoutMs)
  const hint = `Install ${program} on PATH or remove it from the docker config, or set \`registry-username\` and \`registry-password\`.`
  if (error) {
    const why = error.code === 'ENOENT' ? 'is not on PATH' : `could not run (${error.code ?? error.message})`
    throw new SealError('REGISTRY_AUTH', `The credential helper ${program} (${configuredBy}) ${why}.`, { hint })
  }
  if (code !== 0) {
    const said = `${stdout}\n${stderr}`
    if (/credentials not found/i.test(said)) return undefined
    const detail = redact(stderr.trim().split('\n')[0] ?? '').slice(0, 200)
    throw new SealError(
      'REGISTRY_AUTH',
      code === -1
        ? `The credential helper ${program} (${configuredBy}) did not answer within ${Math.round(timeoutMs / 1000)} s.`
        : `The credential helper ${program} (${configuredBy}) failed for ${registry} (exit ${code})${detail ? `: ${detail}` : ''}.`,
      { hint }
    )
  }
  let value: { Username?: unknown; Secret?: unknown }
  try {
    value = JSON.parse(stdout)
  } catch {
    throw new SealError('REGISTRY_AUTH', `The credential helper ${program} printed something that is not JSON for ${registry}.`, { hint })
  }
  if (typeof value?.Secret !== 'string' || value.Secret === '') return undefined
  options.onSecret?.(value.Secret)
  const username = typeof value.Username === 'string' ? value.Username : ''
  return { username, password: value.Secret, source: program, identityToken: username === TOKEN_USERNAME }
}

/** Runs `<program> get` with `input` on stdin, killed after `timeoutMs`. */
function run(program: string, input: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<HelperRun> {
  return new Promise(resolve => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let failed: NodeJS.ErrnoException | undefined
    let timedOut = false
    // On timeout, also drop the pipes: a helper's own children could hold them open.
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
      child.stdout.destroy()
      child.stderr.destroy()
    }, timeoutMs)
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', e => {
      failed = e as NodeJS.ErrnoException
    })
    child.stdin.on('error', () => undefined)
    child.on('close', exit => {
      clearTimeout(timer)
      resolve({
        code: timedOut ? -1 : exit,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        error: failed
      })
    })
    child.stdin.end(`${input}\n`)
  })
}
