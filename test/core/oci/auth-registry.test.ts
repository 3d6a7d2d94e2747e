/**
 * Authentication against docker-registry itself: anonymous, htpasswd (Basic)
 * and token (Bearer) configurations, with explicit credentials, a docker
 * config file and a credential helper.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { RegistryClient, type RegistryClientOptions } from '../../../src/core/oci/client.js'
import { RegistryError } from '../../../src/core/oci/errors.js'
import type { RepositoryRef } from '../../../src/core/oci/reference.js'
import { rejection } from '../../support/errors.js'
import { pushTestImage, type PushedImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-registry-auth-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** An environment without any docker config, so only what a test passes counts. */
const cleanEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: join(dir, 'no-home'), ...extra })

async function dockerConfig(config: unknown): Promise<string> {
  const d = await mkdtemp(join(dir, 'docker-'))
  await writeFile(join(d, 'config.json'), JSON.stringify(config))
  return d
}

function expectNoSecret(err: Error, ...secrets: string[]): void {
  const text = `${err.message} ${(err as RegistryError).hint ?? ''}`
  for (const s of secrets) expect(text).not.toContain(s)
}

describe('anonymous registry', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' })
  })
  afterAll(() => registry.close())

  it('pushes and pulls without credentials or challenges', async () => {
    const client = new RegistryClient({ env: cleanEnv() })
    const image = await pushTestImage(client, `${registry.host}/anon/app`, 'v1')
    expect((await client.head(image.ref, 'v1'))?.digest).toBe(image.digest)
    expect(client.requests.every(r => r.status !== 401)).toBe(true)
  })
})

describe('htpasswd (Basic) registry', () => {
  let registry: TestRegistry
  let image: PushedImage
  let repo: RepositoryRef
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' })
    image = await pushTestImage(registry, 'basic/app', 'v1')
    repo = { registry: registry.host, repository: 'basic/app' }
  })
  afterAll(() => registry.close())

  it('authenticates with the right password and reports it as a secret', async () => {
    const secrets: string[] = []
    const client = new RegistryClient({
      env: cleanEnv(),
      credentials: { username: registry.username!, password: registry.password! },
      onSecret: s => secrets.push(s)
    })
    expect((await client.head(repo, 'v1'))?.digest).toBe(image.digest)
    expect((await client.head(repo, 'v1'))?.digest).toBe(image.digest)
    // One challenge, then Basic on every request.
    expect(client.requests.map(r => r.status)).toEqual([401, 200, 200])
    // Each secret once, however many requests carried it.
    expect(secrets.filter(s => s === registry.password)).toHaveLength(1)
    expect(secrets.filter(s => s === Buffer.from(`${registry.username}:${registry.password}`).toString('base64'))).toHaveLength(1)
  })

  it('refuses a wrong password, naming the registry and the inputs, never the password', async () => {
    const client = new RegistryClient({ env: cleanEnv(), credentials: { username: registry.username!, password: 'wrong-password-123' } })
    const err = (await rejection(client.head(repo, 'v1'))) as RegistryError
    expect(err.code).toBe('REGISTRY_AUTH')
    expect(err.status).toBe(401)
    expect(err.message).toContain(`Registry ${registry.host} rejected the credentials`)
    expect(err.message).toContain('`registry-password`')
    expectNoSecret(err, 'wrong-password-123', registry.password!)
    expect(client.requests.map(r => r.status)).toEqual([401, 401])
  })

  it('asks for credentials when none are configured', async () => {
    const err = await rejection(new RegistryClient({ env: cleanEnv() }).head(repo, 'v1'))
    expect(err.code).toBe('REGISTRY_AUTH')
    expect(err.message).toContain(`Registry ${registry.host} requires authentication`)
    expect(err.message).toContain('`registry-username` and `registry-password`')
  })

  it('reads credentials from the docker config, DOCKER_CONFIG included', async () => {
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
    const d = await dockerConfig({ auths: { [`http://${registry.host}`]: { auth } } })
    expect((await new RegistryClient({ env: cleanEnv(), dockerConfigDir: d }).head(repo, 'v1'))?.digest).toBe(image.digest)
    expect((await new RegistryClient({ env: cleanEnv({ DOCKER_CONFIG: d }) }).head(repo, 'v1'))?.digest).toBe(image.digest)

    const stale = await dockerConfig({ auths: { [registry.host]: { username: registry.username, password: 'stale-pw' } } })
    const err = await rejection(new RegistryClient({ env: cleanEnv(), dockerConfigDir: stale }).head(repo, 'v1'))
    expect(err.message).toContain(join(stale, 'config.json'))
    expect(err.message).toContain('`registry-password`')
    expectNoSecret(err, 'stale-pw')
  })
})

describe('token (Bearer) registry', () => {
  let registry: TestRegistry
  let image: PushedImage
  let repo: RepositoryRef
  let bin: string
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    image = await pushTestImage(registry, 'token/app', 'v1')
    repo = { registry: registry.host, repository: 'token/app' }
    bin = join(dir, 'bin')
    await mkdir(bin, { recursive: true })
    const helper = join(bin, 'docker-credential-test')
    await writeFile(
      helper,
      [
        '#!/bin/sh',
        'read url',
        `if [ "$url" = "${registry.host}" ]; then`,
        `  printf '{"ServerURL":"%s","Username":"${registry.username}","Secret":"${registry.password}"}' "$url"`,
        'else',
        '  echo "credentials not found in native keychain"; exit 1',
        'fi'
      ].join('\n') + '\n'
    )
    await chmod(helper, 0o755)
  })
  afterAll(() => registry.close())

  const login = (extra: RegistryClientOptions = {}) =>
    new RegistryClient({ env: cleanEnv(), credentials: { username: registry.username!, password: registry.password! }, ...extra })

  it('trades the credentials for a token once per scope and reports the token as a secret', async () => {
    const secrets: string[] = []
    const client = login({ onSecret: s => secrets.push(s) })
    const before = registry.tokenLog.length
    expect((await client.head(repo, 'v1'))?.digest).toBe(image.digest)
    expect((await client.getManifest(repo, image.digest))?.digest).toBe(image.digest)
    expect(await client.listTags(repo)).toEqual(['v1'])
    const asked = registry.tokenLog.slice(before)
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatchObject({ method: 'GET', account: registry.username, scopes: ['repository:token/app:pull'], status: 200 })
    expect(secrets.some(s => s.startsWith('eyJ'))).toBe(true)
    expect(secrets).toContain(registry.password)
  })

  it('asks for pull and push to write, and reuses that token to read', async () => {
    const client = login()
    const before = registry.tokenLog.length
    const pushed = await pushTestImage(client, `${registry.host}/token/app`, 'v2')
    expect((await client.head(repo, 'v2'))?.digest).toBe(pushed.digest)
    const asked = registry.tokenLog.slice(before)
    expect(asked.map(a => a.scopes)).toEqual([['repository:token/app:pull,push']])
  })

  it('refuses a wrong password at the token service, naming the registry and the inputs', async () => {
    const client = new RegistryClient({ env: cleanEnv(), credentials: { username: registry.username!, password: 'not-the-password' } })
    const err = (await rejection(client.head(repo, 'v1'))) as RegistryError
    expect(err.code).toBe('REGISTRY_AUTH')
    expect(err.message).toContain(`registry ${registry.host}`)
    expect(err.message).toContain('rejected the credentials')
    expect(err.message).toContain('`registry-password`')
    expectNoSecret(err, 'not-the-password', registry.password!)
  })

  it('refuses anonymous access with a message naming the inputs', async () => {
    const err = (await rejection(new RegistryClient({ env: cleanEnv() }).head(repo, 'v1'))) as RegistryError
    expect(err.code).toBe('REGISTRY_AUTH')
    expect(err.status).toBe(401)
    expect(err.message).toContain(`Registry ${registry.host} requires authentication`)
    expect(err.message).toContain('`registry-username`')
  })

  it('trades a docker identity token with the OAuth2 refresh grant', async () => {
    const d = await dockerConfig({ auths: { [registry.host]: { identitytoken: registry.identityToken } } })
    const before = registry.tokenLog.length
    const client = new RegistryClient({ env: cleanEnv(), dockerConfigDir: d })
    expect((await client.head(repo, 'v1'))?.digest).toBe(image.digest)
    expect(registry.tokenLog.slice(before)).toEqual([{ method: 'POST', account: registry.username, scopes: ['repository:token/app:pull'], status: 200 }])
  })

  it('gets credentials from a credential helper on PATH (credsStore and credHelpers)', async () => {
    const env = cleanEnv({ PATH: `${bin}:${process.env.PATH}` })
    for (const config of [{ credsStore: 'test' }, { credHelpers: { [registry.host]: 'test' } }]) {
      const secrets: string[] = []
      const client = new RegistryClient({ env, dockerConfigDir: await dockerConfig(config), onSecret: s => secrets.push(s) })
      expect((await client.head(repo, 'v1'))?.digest).toBe(image.digest)
      expect(secrets).toContain(registry.password)
    }
    // The helper has nothing for another registry: anonymous, which this one refuses.
    const other = new RegistryClient({ env, dockerConfigDir: await dockerConfig({ credHelpers: { [registry.host]: 'missing' } }) })
    const err = await rejection(other.head(repo, 'v1'))
    expect(err.message).toContain('docker-credential-missing')
  })

  it('fetches a new token when the cached one expired', async () => {
    const shortLived = await startRegistry({ auth: 'token', tokenExpiresIn: 1 })
    try {
      const pushed = await pushTestImage(shortLived, 'short/app', 'v1')
      const client = new RegistryClient({ env: cleanEnv(), credentials: { username: shortLived.username!, password: shortLived.password! } })
      const r = { registry: shortLived.host, repository: 'short/app' }
      await client.head(r, 'v1')
      const before = shortLived.tokenLog.length
      await new Promise(resolve => setTimeout(resolve, 1100))
      expect((await client.head(r, 'v1'))?.digest).toBe(pushed.digest)
      expect(shortLived.tokenLog.length).toBe(before + 1)
      expect(client.requests.filter(x => x.status === 401)).toHaveLength(1)
    } finally {
      await shortLived.close()
    }
  })
})
