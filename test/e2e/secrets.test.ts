/**
 * Secrets never leave the step: the bundled sign and verify actions run with
 * debug logging (ACTIONS_STEP_DEBUG, RUNNER_DEBUG), with an identity-token
 * input and with the runner's OIDC token, on success and on failure (Fulcio
 * unreachable, Rekor answering 500, a Fulcio that echoes what it was sent, a
 * token that is not a JWT, a token Fulcio's client cannot read). No secret,
 * nor its base64 or base64url, nor a JWT's payload or signature segment,
 * appears in stdout (outside `::add-mask::` commands, which the runner
 * consumes), stderr, the step outputs or the job summary.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { encodeJWT, tokenPayload } from '../support/stack/claims.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

let stack: SigstoreStack
let workspace: string
let rootPath: string
let echo: Server
let echoURL: string
const proxies: FaultProxy[] = []

/** Shortest piece of a random secret that counts as a leak: a message cut short must not carry the rest. */
const WINDOW = 24

/** Every WINDOW-long piece of `text` (or `text` itself when shorter). */
function windows(text: string): string[] {
  return text.length <= WINDOW ? [text] : Array.from({ length: text.length - WINDOW + 1 }, (_, i) => text.slice(i, i + WINDOW))
}

/**
 * Every form in which a secret could leak: the value, its base64 and
 * base64url, and for a JWT its claims and signature segments. Random parts
 * are checked piece by piece, so half a token is a leak too: a JWT's
 * signature, and the start of its claims (the random `jti` comes first). The
 * rest of the claims is not random (the certificate in the summary carries
 * the same values), and the header is the same for every token.
 */
function forms(secret: string): string[] {
  const parts = secret.split('.')
  const whole = [secret, Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')]
  const pieces = parts.length === 3 ? [parts[1], parts[1].slice(0, 32), ...windows(parts[2])] : windows(secret)
  return [...whole, ...pieces].filter(f => f.length >= 8)
}

/** What the runner shows or keeps: the log without `::add-mask::` commands, stderr, outputs, summary. */
function visible(run: ActionRun): Record<string, string> {
  return {
    stdout: run.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    outputs: Object.entries(run.outputs)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    summary: run.summary
  }
}

function expectNoSecrets(run: ActionRun, secrets: Record<string, string>): void {
  const leaks: string[] = []
  for (const [where, text] of Object.entries(visible(run))) {
    for (const [name, secret] of Object.entries(secrets)) {
      const leaked = forms(secret).find(form => text.includes(form))
      if (leaked) leaks.push(`${name} in ${where}: …${leaked}…`)
    }
  }
  expect(leaks).toEqual([])
}

function errorLines(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::error::'))
    .join('\n')
}

function services(overrides: Record<string, string> = {}): Record<string, string> {
  return { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL, timeout: '5', retries: '0', ...overrides }
}

/** The runner OIDC endpoint behind a recording proxy, so the token it hands out is known to the test. */
async function recordedOIDC(): Promise<{ env: Record<string, string>; tokens: () => string[] }> {
  const origin = new URL(stack.oidc.requestURL).origin
  const proxy = await startFaultProxy({ upstream: origin, rate: 0, faults: [], record: true })
  proxies.push(proxy)
  return {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL.replace(origin, proxy.url), ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken },
    tokens: () => proxy.exchanges.map(e => (JSON.parse(e.responseBody.toString()) as { value: string }).value)
  }
}

function sign(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('sign', { workspace, inputs: { 'subject-path': 'dist/*', ...inputs }, env: { ...DEBUG, ...env } })
}

beforeAll(async () => {
  stack = await startStack()
  workspace = await mkdtemp(join(tmpdir(), 'seal-secrets-'))
  await mkdir(join(workspace, 'dist'))
  await writeFile(join(workspace, 'dist', 'app.tgz'), 'app\n')
  await writeFile(join(workspace, 'dist', 'notes.txt'), 'notes\n')
  rootPath = join(workspace, 'trusted_root.json')
  await stack.writeTrustedRoot(rootPath)
  // A Fulcio that echoes the request it could not serve: the token's claims, the token without its signature, the request.
  echo = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString()
      let token = ''
      try {
        token = (JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }).credentials?.oidcIdentityToken ?? ''
      } catch {
        // not JSON: echo it as is
      }
      const [header, payload] = token.split('.')
      const message = `cannot verify claims ${payload} of token ${header}.${payload}; request was ${body}`
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 401, message }))
    })
  })
  await new Promise<void>(resolve => echo.listen(0, '127.0.0.1', resolve))
  echoURL = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
}, 60_000)

afterAll(async () => {
  await Promise.all(proxies.map(p => p.close()))
  await new Promise<void>(resolve => {
    echo?.close(() => resolve())
    echo?.closeAllConnections()
  })
  await stack?.close()
})

describe('sign-action with debug logging', () => {
  it('with an identity-token input: masks it, prints none of it, and signs', async () => {
    const token = stack.issueToken()
    const run = await sign({ 'identity-token': token, ...services() })
    expect(errorLines(run)).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expectNoSecrets(run, { token })
  })

  it("with the runner's OIDC token: masks the token it got, prints neither it nor the request bearer", async () => {
    const oidc = await recordedOIDC()
    const run = await sign(services(), oidc.env)
    expect(errorLines(run)).toBe('')
    expect(run.code).toBe(0)
    const [token] = oidc.tokens()
    expect(token).toMatch(/^eyJ/)
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expectNoSecrets(run, { token, bearer: stack.oidc.requestToken })
  })

  it('when Fulcio cannot be reached', async () => {
    const token = stack.issueToken()
    const run = await sign({ 'identity-token': token, ...services({ 'fulcio-url': 'http://127.0.0.1:9' }) })
    expect(run.code).not.toBe(0)
    expect(errorLines(run)).toMatch(/Could not reach Fulcio at http:\/\/127\.0\.0\.1:9/)
    expectNoSecrets(run, { token })
  })

  it('when Rekor answers 500', async () => {
    const oidc = await recordedOIDC()
    const rekor = await startFaultProxy({ upstream: stack.rekorURL, rate: 1, faults: ['500'] })
    proxies.push(rekor)
    const run = await sign(services({ 'rekor-url': rekor.url }), oidc.env)
    expect(run.code).not.toBe(0)
    expect(errorLines(run)).toMatch(/Rekor at .* answered HTTP 500/)
    expectNoSecrets(run, { token: oidc.tokens()[0], bearer: stack.oidc.requestToken })
  })

  it('when Fulcio echoes the claims, the unsigned token and the request in its error', async () => {
    const token = stack.issueToken()
    const run = await sign({ 'identity-token': token, ...services({ 'fulcio-url': echoURL }) })
    expect(run.code).not.toBe(0)
    expect(errorLines(run)).toMatch(/Fulcio at .* answered HTTP 401/)
    expectNoSecrets(run, { token })
  })

  it('when the identity token is not a JWT', async () => {
    const token = 'not-a-jwt-but-a-secret-value-7f3a9c'
    const run = await sign({ 'identity-token': token, ...services() })
    expect(run.code).not.toBe(0)
    expect(errorLines(run)).toMatch(/identity|token/i)
    expectNoSecrets(run, { token })
  })

  it("when the token has no subject Fulcio's client can read", async () => {
    const claims = tokenPayload()
    delete claims.sub
    delete claims.email
    const token = encodeJWT(claims)
    const run = await sign({ 'identity-token': token, ...services() })
    expect(run.code).not.toBe(0)
    expectNoSecrets(run, { token })
  })
})

describe('verify-action with debug logging and tokens in the environment', () => {
  const env = (): Record<string, string> => ({
    ...DEBUG,
    SIGSTORE_ID_TOKEN: stack.issueToken(),
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
  })

  it('verifies, and prints none of them', async () => {
    const token = stack.issueToken()
    const signed = await sign({ 'identity-token': token, ...services() })
    expect(signed.code).toBe(0)
    const e = env()
    const run = await runAction('verify', {
      workspace,
      inputs: { 'subject-path': 'dist/*', 'trusted-root': rootPath, 'certificate-identity': stack.identity() },
      env: e
    })
    expect(errorLines(run)).toBe('')
    expect(run.code).toBe(0)
    expectNoSecrets(run, { token, envToken: e.SIGSTORE_ID_TOKEN, bearer: e.ACTIONS_ID_TOKEN_REQUEST_TOKEN })
  })

  it('fails on a wrong identity, and prints none of them', async () => {
    const e = env()
    const run = await runAction('verify', {
      workspace,
      inputs: {
        'subject-path': 'dist/*',
        'trusted-root': rootPath,
        'certificate-identity': 'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main'
      },
      env: e
    })
    expect(run.code).not.toBe(0)
    expectNoSecrets(run, { envToken: e.SIGSTORE_ID_TOKEN, bearer: e.ACTIONS_ID_TOKEN_REQUEST_TOKEN })
  })
})
