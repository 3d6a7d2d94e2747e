import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { dockerConfigPath, helperServerURL, parseChallenges, repositoryScope, resolveCredentials, runCredentialHelper } from '../../../src/core/oci/index.js'
import { rejection } from '../../support/errors.js'

let dir: string
let bin: string
const b64 = (s: string) => Buffer.from(s).toString('base64')

/** A stand-in credential helper: answers for known server URLs, logs what it was asked. */
async function writeHelper(name: string, body: string): Promise<void> {
  const path = join(bin, `docker-credential-${name}`)
  await writeFile(path, `#!/bin/sh\n${body}\n`)
  await chmod(path, 0o755)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-auth-'))
  bin = join(dir, 'bin')
  await (await import('node:fs/promises')).mkdir(bin)
  await writeHelper(
    'test',
    [
      'read url',
      'echo "$url" >> "$(dirname "$0")/asked.log"',
      'case "$url" in',
      '  reg.example:5000) printf \'{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\' "$url" ;;',
      '  https://index.docker.io/v1/) printf \'{"Username":"hub-user","Secret":"hub-secret"}\' ;;',
      '  tok.example) printf \'{"Username":"<token>","Secret":"refresh-me"}\' ;;',
      '  *) echo "credentials not found in native keychain"; exit 1 ;;',
      'esac'
    ].join('\n')
  )
  await writeHelper('broken', 'echo "backend exploded" >&2\nexit 3')
  await writeHelper('slow', 'sleep 5')
  await writeHelper('garbage', 'echo "not json"')
})

afterAll(() => rm(dir, { recursive: true, force: true }))

async function configDir(config: unknown): Promise<string> {
  const d = await mkdtemp(join(dir, 'cfg-'))
  await writeFile(join(d, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return d
}

const env = () => ({ PATH: `${bin}:${process.env.PATH}`, HOME: join(dir, 'nohome') })

describe('resolveCredentials', () => {
  it('prefers the explicit inputs and reports the password as a secret', async () => {
    const secrets: string[] = []
    const d = await configDir({ auths: { 'ghcr.io': { auth: b64('cfg:cfgpass') } } })
    const c = await resolveCredentials('ghcr.io', {
      credentials: { username: 'me', password: 'pw' },
      dockerConfigDir: d,
      onSecret: s => secrets.push(s)
    })
    expect(c).toMatchObject({ username: 'me', password: 'pw', identityToken: false })
    expect(c?.source).toContain('registry-username')
    expect(secrets).toEqual(['pw'])
  })

  it('refuses half of the explicit credentials, naming the missing input', async () => {
    const e1 = await rejection(resolveCredentials('ghcr.io', { credentials: { username: 'me', password: '' } }))
    expect(e1.code).toBe('INPUT_INVALID')
    expect(e1.message).toContain('`registry-password` is empty')
    const e2 = await rejection(resolveCredentials('ghcr.io', { credentials: { username: '', password: 'secret-pw' } }))
    expect(e2.message).toContain('`registry-username` is empty')
    expect(e2.message).not.toContain('secret-pw')
  })

  it('reads auths: base64 auth, username/password, keys with a scheme and path', async () => {
    const secrets: string[] = []
    const d = await configDir({
      auths: {
        'https://ghcr.io/v2/': { auth: b64('u1:p1:with:colons') },
        'quay.io': { username: 'u2', password: 'p2' },
        'http://127.0.0.1:5000': { auth: b64('u3:p3') },
        'empty.example': {}
      }
    })
    const opts = { dockerConfigDir: d, env: env(), onSecret: (s: string) => secrets.push(s) }
    expect(await resolveCredentials('ghcr.io', opts)).toMatchObject({ username: 'u1', password: 'p1:with:colons', source: join(d, 'config.json') })
    expect(await resolveCredentials('quay.io', opts)).toMatchObject({ username: 'u2', password: 'p2' })
    expect(await resolveCredentials('127.0.0.1:5000', opts)).toMatchObject({ username: 'u3', password: 'p3' })
    expect(await resolveCredentials('127.0.0.1:5001', opts)).toBeUndefined()
    expect(await resolveCredentials('empty.example', opts)).toBeUndefined()
    expect(secrets).toEqual(expect.arrayContaining([b64('u1:p1:with:colons'), 'p1:with:colons', 'p2', 'p3']))
  })

  it('matches Docker Hub under any of its names', async () => {
    for (const key of ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'https://registry-1.docker.io']) {
      const d = await configDir({ auths: { [key]: { auth: b64('hub:pw') } } })
      expect(await resolveCredentials('docker.io', { dockerConfigDir: d, env: env() })).toMatchObject({ username: 'hub' })
    }
  })

  it('reads identity tokens as refresh tokens', async () => {
    const d = await configDir({ auths: { 'acr.example': { identitytoken: 'refresh-token-1' } } })
    expect(await resolveCredentials('acr.example', { dockerConfigDir: d, env: env() })).toMatchObject({
      username: '<token>',
      password: 'refresh-token-1',
      identityToken: true
    })
  })

  it('honours DOCKER_CONFIG, and HOME/.docker without it', async () => {
    const d = await configDir({ auths: { 'ghcr.io': { auth: b64('env:pw') } } })
    expect(await resolveCredentials('ghcr.io', { env: { ...env(), DOCKER_CONFIG: d } })).toMatchObject({ username: 'env' })
    expect(dockerConfigPath({ env: { HOME: '/home/x' } })).toBe('/home/x/.docker/config.json')
    expect(dockerConfigPath({ env: { HOME: '/home/x', DOCKER_CONFIG: '/cfg' } })).toBe('/cfg/config.json')
    expect(await resolveCredentials('ghcr.io', { env: env() })).toBeUndefined()
  })

  it('asks credHelpers first, then auths, then credsStore', async () => {
    const secrets: string[] = []
    const d = await configDir({
      credHelpers: { 'reg.example:5000': 'test' },
      auths: { 'reg.example:5000': { auth: b64('file:pw') }, 'other.example': { auth: b64('file2:pw2') } },
      credsStore: 'test'
    })
    const opts = { dockerConfigDir: d, env: env(), onSecret: (s: string) => secrets.push(s) }
    expect(await resolveCredentials('reg.example:5000', opts)).toMatchObject({
      username: 'helper-user',
      password: 'helper-secret',
      source: 'docker-credential-test'
    })
    expect(await resolveCredentials('other.example', opts)).toMatchObject({ username: 'file2' })
    expect(await resolveCredentials('docker.io', opts)).toMatchObject({ username: 'hub-user', password: 'hub-secret' })
    expect(await resolveCredentials('tok.example', opts)).toMatchObject({ identityToken: true, password: 'refresh-me' })
    // The helper has nothing for this one: anonymous.
    expect(await resolveCredentials('unknown.example', opts)).toBeUndefined()
    expect(secrets).toEqual(expect.arrayContaining(['helper-secret', 'hub-secret', 'refresh-me']))
    const asked = (await (await import('node:fs/promises')).readFile(join(bin, 'asked.log'), 'utf8')).split('\n')
    expect(asked).toEqual(expect.arrayContaining(['reg.example:5000', 'https://index.docker.io/v1/']))
  })

  it('reports helpers that are missing, fail, hang or print nonsense', async () => {
    const missing = await rejection(runCredentialHelper('nope', 'ghcr.io', { env: env() }))
    expect(missing.code).toBe('REGISTRY_AUTH')
    expect(missing.message).toContain('docker-credential-nope')
    expect(missing.message).toContain('not on PATH')
    expect(missing.hint).toContain('registry-username')

    const broken = await rejection(runCredentialHelper('broken', 'ghcr.io', { env: env() }))
    expect(broken.message).toContain('exit 3')
    expect(broken.message).toContain('backend exploded')

    const slow = await rejection(runCredentialHelper('slow', 'ghcr.io', { env: env(), helperTimeoutMs: 300 }))
    expect(slow.message).toContain('did not answer')

    const garbage = await rejection(runCredentialHelper('garbage', 'ghcr.io', { env: env() }))
    expect(garbage.message).toContain('not JSON')

    const bad = await rejection(runCredentialHelper('../evil', 'ghcr.io', { env: env() }))
    expect(bad.message).toContain('not valid')
  })

  it('reports an unreadable config file without its content', async () => {
    const d = await configDir('{"auths": {"ghcr.io": {"auth": "c2VjcmV0"}')
    const err = await rejection(resolveCredentials('ghcr.io', { dockerConfigDir: d, env: env() }))
    expect(err.code).toBe('REGISTRY_AUTH')
    expect(err.message).toContain('not valid JSON')
    expect(err.message).not.toContain('c2VjcmV0')
    const d2 = await configDir({ auths: { 'ghcr.io': { auth: b64('no-colon') } } })
    const err2 = await rejection(resolveCredentials('ghcr.io', { dockerConfigDir: d2, env: env() }))
    expect(err2.message).toContain('not base64 of "username:password"')
    expect(err2.message).not.toContain('no-colon')
  })

  it('gives helpers the server URL docker uses', () => {
    expect(helperServerURL('docker.io')).toBe('https://index.docker.io/v1/')
    expect(helperServerURL('ghcr.io')).toBe('ghcr.io')
  })
})

describe('parseChallenges', () => {
  it('reads a bearer challenge', () => {
    expect(parseChallenges('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"')).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull' }
      }
    ])
  })

  it('reads basic, unquoted and escaped values, and several challenges in one header', () => {
    expect(parseChallenges('Basic realm="Registry Realm"')).toEqual([{ scheme: 'basic', params: { realm: 'Registry Realm' } }])
    expect(parseChallenges('Bearer realm=http://x/token, service = svc ,error="insufficient_scope"')).toEqual([
      { scheme: 'bearer', params: { realm: 'http://x/token', service: 'svc', error: 'insufficient_scope' } }
    ])
    expect(parseChallenges('Basic realm="a \\"quoted\\" realm", Bearer realm="https://t/token",scope="a b"')).toEqual([
      { scheme: 'basic', params: { realm: 'a "quoted" realm' } },
      { scheme: 'bearer', params: { realm: 'https://t/token', scope: 'a b' } }
    ])
    expect(parseChallenges('')).toEqual([])
  })

  it('builds repository scopes', () => {
    expect(repositoryScope('org/app', false)).toBe('repository:org/app:pull')
    expect(repositoryScope('org/app', true)).toBe('repository:org/app:pull,push')
  })
})
