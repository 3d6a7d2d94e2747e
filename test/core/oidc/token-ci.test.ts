/**
 * Ambient OIDC tokens outside GitHub Actions: GitLab CI (`id_tokens:`),
 * Buildkite (`buildkite-agent oidc request-token`) and CircleCI
 * (`circleci run oidc get`). The agent commands are stand-in shell scripts in
 * a temp dir that is the whole PATH given to getIdentityToken.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createHash } from 'node:crypto'

import { SealError } from '../../../src/core/util/errors.js'
import { getIdentityToken } from '../../../src/core/oidc/token.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { SigningSession } from '../../../src/core/sign/session.js'
import { loadTrust } from '../../../src/core/trust/index.js'
import { verifyBundle } from '../../../src/core/verify/index.js'
import { startStack } from '../../support/stack/index.js'

const jwt = (claims: object) => [{ alg: 'RS256' }, claims].map(p => Buffer.from(JSON.stringify(p)).toString('base64url')).join('.') + '.c2lnbmF0dXJl'

const dirs: string[] = []

/** A temp dir holding one executable script `name` with this body; returns the dir and where args are recorded. */
async function standIn(name: string, body: string): Promise<{ dir: string; argsFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-ci-bin-'))
  dirs.push(dir)
  const argsFile = join(dir, 'args.txt')
  const script = `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n${body}\n`
  await writeFile(join(dir, name), script)
  await chmod(join(dir, name), 0o755)
  return { dir, argsFile }
}

async function emptyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-ci-empty-'))
  dirs.push(dir)
  return dir
}

afterAll(async () => {
  await Promise.all(dirs.map(d => rm(d, { recursive: true, force: true })))
})

async function failure(p: Promise<unknown>): Promise<SealError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(SealError)
  return err as SealError
}

describe('GitLab CI', () => {
  it('takes SIGSTORE_ID_TOKEN from the job id_tokens', async () => {
    const token = jwt({ aud: 'sigstore', iss: 'https://gitlab.com', sub: 'project_path:g/p:ref_type:branch:ref:main' })
    const t = await getIdentityToken({ audience: 'sigstore', env: { GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: token } })
    expect(t.source).toBe('GitLab CI id_tokens')
    expect(t.token).toBe(token)
    expect(t.claims.iss).toBe('https://gitlab.com')
  })

  it('accepts an audience list that includes the requested audience', async () => {
    const token = jwt({ aud: ['other', 'sigstore'] })
    const t = await getIdentityToken({ audience: 'sigstore', env: { GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: token } })
    expect(t.claims.aud).toEqual(['other', 'sigstore'])
  })

  it('explains the id_tokens snippet when the job declares no token', async () => {
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { GITLAB_CI: 'true' } }))
    expect(err.code).toBe('TOKEN_MISSING')
    expect(err.message).toMatch(/GitLab CI/)
    expect(err.hint).toContain('id_tokens:\n  SIGSTORE_ID_TOKEN:\n    aud: sigstore')
    expect(err.hint).toMatch(/identity-token/)
  })

  it('rejects a token declared for another audience, showing the fix', async () => {
    const token = jwt({ aud: 'https://gitlab.com' })
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: token } }))
    expect(err.code).toBe('TOKEN_INVALID')
    expect(err.message).toBe('GitLab CI: the OIDC token has audience "https://gitlab.com", not the requested "sigstore" (`oidc-audience`).')
    expect(err.hint).toContain('aud: sigstore')
    expect(err.describe()).not.toContain(token)
  })

  it('leaves the GitHub runner first', async () => {
    // An unreachable runner endpoint proves the runner path was taken, not GitLab's.
    const err = await failure(
      getIdentityToken({
        audience: 'sigstore',
        retries: 0,
        timeoutMs: 2000,
        env: { GITLAB_CI: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' }
      })
    )
    expect(err.message).toMatch(/from the runner/)
  })
})

describe('Buildkite', () => {
  it('runs buildkite-agent oidc request-token with the audience and reads the token from stdout', async () => {
    const token = jwt({ aud: 'sigstore', iss: 'https://agent.buildkite.com', sub: 'organization:acme:pipeline:app' })
    const { dir, argsFile } = await standIn('buildkite-agent', `printf '%s\\n' '${token}'`)
    const t = await getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } })
    expect(t).toMatchObject({ token, source: 'Buildkite OIDC' })
    expect(t.claims.iss).toBe('https://agent.buildkite.com')
    expect((await readFile(argsFile, 'utf8')).split('\n')).toEqual(['oidc', 'request-token', '--audience', 'sigstore', ''])
  })

  it('passes the job environment to the agent command', async () => {
    const token = jwt({ aud: 'sigstore' })
    const { dir } = await standIn('buildkite-agent', `[ "$BUILDKITE_AGENT_ACCESS_TOKEN" = agent-secret ] || exit 3\nprintf '%s' '${token}'`)
    const t = await getIdentityToken({
      audience: 'sigstore',
      env: { BUILDKITE: 'true', PATH: dir, BUILDKITE_AGENT_ACCESS_TOKEN: 'agent-secret' }
    })
    expect(t.token).toBe(token)
  })

  it('rejects a token for another audience', async () => {
    const token = jwt({ aud: 'buildkite' })
    const { dir } = await standIn('buildkite-agent', `printf '%s\\n' '${token}'`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } }))
    expect(err.code).toBe('TOKEN_INVALID')
    expect(err.message).toMatch(/^Buildkite: the OIDC token has audience "buildkite", not the requested "sigstore"/)
    expect(err.describe()).not.toContain(token)
  })

  it('reports a failing command with its exit code and stderr, never the token it printed', async () => {
    const token = jwt({ aud: 'sigstore' })
    const { dir } = await standIn('buildkite-agent', `printf '%s\\n' '${token}'\necho "fatal: failed to get OIDC token: POST 403 Forbidden" >&2\nexit 1`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } }))
    expect(err.code).toBe('TOKEN_REQUEST_FAILED')
    expect(err.message).toBe(
      'Buildkite: could not get an OIDC token: `buildkite-agent oidc request-token` failed (exit code 1): fatal: failed to get OIDC token: POST 403 Forbidden.'
    )
    expect(err.hint).toMatch(/buildkite-agent/)
    expect(err.hint).toMatch(/identity-token/)
    expect(err.describe()).not.toContain(token)
  })

  it('redacts a token that a failing command echoes on stderr', async () => {
    const token = jwt({ aud: 'sigstore', sub: 'leak' })
    const { dir } = await standIn('buildkite-agent', `echo "bad token ${token}" >&2\nexit 2`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } }))
    expect(err.message).toMatch(/exit code 2/)
    expect(err.message).not.toContain(token)
    expect(err.message).toContain('***')
  })

  it('says when buildkite-agent is not on PATH', async () => {
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: await emptyDir() } }))
    expect(err.code).toBe('TOKEN_REQUEST_FAILED')
    expect(err.message).toBe('Buildkite: could not get an OIDC token: Buildkite was detected (BUILDKITE=true) but `buildkite-agent` is not on PATH.')
  })

  it('stops a command that does not answer within the timeout', async () => {
    const { dir } = await standIn('buildkite-agent', 'exec /bin/sleep 10')
    const started = Date.now()
    const err = await failure(getIdentityToken({ audience: 'sigstore', timeoutMs: 300, env: { BUILDKITE: 'true', PATH: dir } }))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(err.message).toBe('Buildkite: could not get an OIDC token: `buildkite-agent oidc request-token` did not answer within 300 ms.')
  })

  it('rejects output that is not a JWT', async () => {
    const { dir } = await standIn('buildkite-agent', `echo 'not-a-token'`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } }))
    expect(err.code).toBe('TOKEN_INVALID')
    expect(err.message).toMatch(/Buildkite OIDC is not a JWT/)
  })

  it('reports empty output as no token', async () => {
    const { dir } = await standIn('buildkite-agent', 'exit 0')
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir } }))
    expect(err.message).toMatch(/printed no token/)
  })

  it('lets a SIGSTORE_ID_TOKEN set by the user win over the agent', async () => {
    const { dir, argsFile } = await standIn('buildkite-agent', 'exit 1')
    const token = jwt({ aud: 'sigstore', sub: 'user' })
    const t = await getIdentityToken({ audience: 'sigstore', env: { BUILDKITE: 'true', PATH: dir, SIGSTORE_ID_TOKEN: token } })
    expect(t.source).toBe('SIGSTORE_ID_TOKEN')
    await expect(readFile(argsFile)).rejects.toThrow()
  })
})

describe('CircleCI', () => {
  it('runs circleci run oidc get with the audience as a claim', async () => {
    const token = jwt({ aud: 'sigstore', iss: 'https://oidc.circleci.com/org/abc' })
    const { dir, argsFile } = await standIn('circleci', `printf '%s' '${token}'`)
    const t = await getIdentityToken({ audience: 'sigstore', env: { CIRCLECI: 'true', PATH: dir } })
    expect(t).toMatchObject({ token, source: 'CircleCI OIDC' })
    expect((await readFile(argsFile, 'utf8')).split('\n')).toEqual(['run', 'oidc', 'get', '--claims', '{"aud":"sigstore"}', ''])
  })

  it('rejects a token without the audience', async () => {
    const token = jwt({ aud: 'abc-org-id' })
    const { dir } = await standIn('circleci', `printf '%s' '${token}'`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { CIRCLECI: 'true', PATH: dir } }))
    expect(err.code).toBe('TOKEN_INVALID')
    expect(err.message).toMatch(/^CircleCI: the OIDC token has audience "abc-org-id", not the requested "sigstore"/)
  })

  it('rejects a token with no aud claim at all', async () => {
    const { dir } = await standIn('circleci', `printf '%s' '${jwt({ sub: 'x' })}'`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { CIRCLECI: 'true', PATH: dir } }))
    expect(err.message).toMatch(/has no audience/)
  })

  it('reports a failing command', async () => {
    const { dir } = await standIn('circleci', `echo 'Error: OIDC tokens are only available in jobs that use a context' >&2\nexit 255`)
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { CIRCLECI: 'true', PATH: dir } }))
    expect(err.code).toBe('TOKEN_REQUEST_FAILED')
    expect(err.message).toMatch(/^CircleCI: could not get an OIDC token: `circleci run oidc get` failed \(exit code 255\): Error: OIDC tokens/)
    expect(err.hint).toMatch(/context/)
  })

  it('says when circleci is not on PATH', async () => {
    const err = await failure(getIdentityToken({ audience: 'sigstore', env: { CIRCLECI: 'true', PATH: await emptyDir() } }))
    expect(err.message).toMatch(/CIRCLECI=true\) but `circleci` is not on PATH/)
  })
})

it('still explains the permission when no CI is detected', async () => {
  const err = await failure(getIdentityToken({ audience: 'sigstore', env: { PATH: await emptyDir() } }))
  expect(err.code).toBe('TOKEN_MISSING')
  expect(err.hint).toMatch(/id-token: write/)
})

it('signs with a Buildkite token end to end: agent command -> Fulcio -> Rekor -> a bundle that verifies', async () => {
  const stack = await startStack()
  try {
    const claims = { iss: 'https://agent.buildkite.com', sub: 'organization:acme:pipeline:app:ref:refs/heads/main', repository: 'acme/app' }
    const { dir, argsFile } = await standIn('buildkite-agent', `printf '%s\\n' '${stack.issueToken(claims)}'`)
    const env = { BUILDKITE: 'true', PATH: dir }
    const session = new SigningSession({
      fulcioURL: stack.fulcioURL,
      rekorURL: stack.rekorURL,
      tlogUpload: true,
      timeoutMs: 10_000,
      retries: 0,
      getToken: async () => (await getIdentityToken({ audience: 'sigstore', env })).token
    })
    const digest = createHash('sha256').update('artifact').digest()
    const bundle = await session.signDigest(digest)
    const rootPath = join(dir, 'trusted_root.json')
    await stack.writeTrustedRoot(rootPath)
    const policy = buildIdentityPolicy({ certificateIdentity: stack.identity(claims), certificateOidcIssuer: 'https://agent.buildkite.com' })
    const result = await verifyBundle(bundle, { digest: { algorithm: 'sha256', value: digest } }, { policy }, await loadTrust({ trustedRootPath: rootPath }))
    expect(result.issuer).toBe('https://agent.buildkite.com')
    expect((await readFile(argsFile, 'utf8')).split('\n')).toContain('--audience')
  } finally {
    await stack.close()
  }
})
