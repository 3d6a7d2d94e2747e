/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution
 * 2.8) serving a temporary directory on 127.0.0.1, anonymous, with htpasswd
 * (Basic) authentication, or with token authentication backed by a local
 * token server. It has no referrers API, so it exercises the referrers tag
 * schema.
 *
 *   const registry = await startRegistry({ auth: 'token' })
 *   const client = new RegistryClient({ credentials: { username: registry.username!, password: registry.password! } })
 *   ...
 *   await registry.close()
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { get as httpsGet } from 'node:https'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import bcrypt from 'bcryptjs'

import { startTokenServer, type TokenServer } from './registry/token-server.js'
import { selfSignedCertificate } from './registry/x509.js'

export const REGISTRY_BIN = '/usr/bin/docker-registry'
export const TOKEN_SERVICE = 'seal-test-registry'
export const TOKEN_ISSUER = 'seal-test-token-issuer'

export type RegistryAuthMode = 'none' | 'basic' | 'token'

export interface StartRegistryOptions {
  auth?: RegistryAuthMode
  /** Default `seal`. */
  username?: string
  /** Default: random. */
  password?: string
  /** Token mode: whether anonymous clients get pull access (default false). */
  anonymousPull?: boolean
  /** Token mode: lifetime of issued tokens, in seconds (default 300). */
  tokenExpiresIn?: number
  /** The registry program (default /usr/bin/docker-registry). */
  binary?: string
  /** Whether manifests may be deleted (`storage.delete.enabled`, default true); without, DELETE answers 405 UNSUPPORTED. */
  deletes?: boolean
  /** Serve TLS with this certificate and key (PEM files), e.g. from test/support/tls.ts. */
  tls?: { certPath: string; keyPath: string }
  /** Serve the storage of another test registry (its `dir`): one store behind a plain and a TLS listener. */
  storageOf?: string
  /** The loopback address to listen on (default 127.0.0.1; a TLS registry needs another, which seal does not treat as plain-http localhost). */
  address?: string
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the registry part of image references. */
  host: string
  /** `http://127.0.0.1:<port>`. */
  url: string
  auth: RegistryAuthMode
  username?: string
  password?: string
  /** Token mode: a refresh token the token server accepts (docker's `identitytoken`). */
  identityToken?: string
  /** Token mode: the token endpoint (the challenge's realm). */
  tokenURL?: string
  /** Token mode: requests the token server answered. */
  readonly tokenLog: TokenServer['log']
  /** The temporary directory holding the config, credentials and storage. */
  dir: string
  /** What the registry wrote to stdout and stderr (the last 64 KiB). */
  logs(): string
  close(): Promise<void>
}

const running = new Set<ChildProcess>()
let exitHookInstalled = false

function killOnExit(child: ChildProcess): void {
  running.add(child)
  child.once('exit', () => running.delete(child))
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL')
    })
  }
}

/** GET a URL, trusting a TLS registry's certificate (this test process has no NODE_EXTRA_CA_CERTS). */
function probeOf(tls: StartRegistryOptions['tls']): (url: string) => Promise<number> {
  if (!tls) {
    return async url => {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) })
      await res.body?.cancel()
      return res.status
    }
  }
  return url =>
    new Promise((resolve, reject) => {
      const req = httpsGet(url, { rejectUnauthorized: false, timeout: 1000 }, res => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.on('timeout', () => req.destroy(new Error('timeout')))
    })
}

async function freePort(address = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, address, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function configYAML(dir: string, address: string, port: number, auth: string, deletes: boolean, tls?: StartRegistryOptions['tls'], storage = dir): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(join(storage, 'data'))}`,
    '  delete:',
    `    enabled: ${deletes}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${address}:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    ...(tls ? ['  tls:', `    certificate: ${JSON.stringify(tls.certPath)}`, `    key: ${JSON.stringify(tls.keyPath)}`] : []),
    auth
  ].join('\n')
}

async function waitReady(url: string, child: ChildProcess, logs: () => string, probe: (url: string) => Promise<number>): Promise<void> {
  const deadline = Date.now() + 15_000
  let exited = false
  child.once('exit', () => {
    exited = true
  })
  while (Date.now() < deadline) {
    if (exited) throw new Error(`docker-registry exited during start-up:\n${logs()}`)
    try {
      const status = await probe(`${url}/v2/`)
      if (status === 200 || status === 401) return
    } catch {
      // not listening yet
    }
    await sleep(25)
  }
  throw new Error(`docker-registry did not answer on ${url} within 15 s:\n${logs()}`)
}

/** Starts docker-registry; throws (never skips) when it is not installed. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const binary = options.binary ?? REGISTRY_BIN
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: the registry tests need Debian's docker-registry package. Install it with \`apt-get install docker-registry\`.`)
  }
  const auth = options.auth ?? 'none'
  const username = options.username ?? 'seal'
  const password = options.password ?? randomBytes(12).toString('base64url')
  const identityToken = randomBytes(24).toString('base64url')
  const dir = await mkdtemp(join(tmpdir(), 'seal-registry-'))
  let tokenServer: TokenServer | undefined
  let authYAML = ''
  try {
    if (auth === 'basic') {
      // Cost 4: the registry checks the hash on every request.
      await writeFile(join(dir, 'htpasswd'), `${username}:${bcrypt.hashSync(password, 4)}\n`)
      authYAML = ['auth:', '  htpasswd:', '    realm: seal-test', `    path: ${JSON.stringify(join(dir, 'htpasswd'))}`].join('\n')
    } else if (auth === 'token') {
      const certificate = selfSignedCertificate('seal test token issuer')
      await writeFile(join(dir, 'token-issuer.pem'), certificate.pem)
      tokenServer = await startTokenServer({
        issuer: TOKEN_ISSUER,
        service: TOKEN_SERVICE,
        certificate,
        username,
        password,
        identityToken,
        anonymousPull: options.anonymousPull ?? false,
        expiresIn: options.tokenExpiresIn ?? 300
      })
      authYAML = [
        'auth:',
        '  token:',
        `    realm: ${tokenServer.url}`,
        `    service: ${TOKEN_SERVICE}`,
        `    issuer: ${TOKEN_ISSUER}`,
        `    rootcertbundle: ${JSON.stringify(join(dir, 'token-issuer.pem'))}`
      ].join('\n')
    }

    // The port is free when chosen but could be taken before the registry binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const address = options.address ?? '127.0.0.1'
      const port = await freePort(address)
      const configPath = join(dir, 'config.yml')
      await writeFile(configPath, configYAML(dir, address, port, authYAML, options.deletes ?? true, options.tls, options.storageOf) + '\n')
      const child = spawn(binary, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] })
      killOnExit(child)
      let output = ''
      const collect = (chunk: Buffer): void => {
        output = (output + chunk.toString('utf8')).slice(-64 * 1024)
      }
      child.stdout?.on('data', collect)
      child.stderr?.on('data', collect)
      const url = `${options.tls ? 'https' : 'http'}://${address}:${port}`
      try {
        await waitReady(url, child, () => output, probeOf(options.tls))
      } catch (err) {
        child.kill('SIGKILL')
        if (attempt < 3 && /address already in use/.test(output)) continue
        throw err
      }
      const token = tokenServer
      return {
        host: `${address}:${port}`,
        url,
        auth,
        ...(auth !== 'none' ? { username, password } : {}),
        ...(auth === 'token' ? { identityToken, tokenURL: token?.url } : {}),
        get tokenLog() {
          return token?.log ?? []
        },
        dir,
        logs: () => output,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
            child.kill('SIGTERM')
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
            await exited
            clearTimeout(timer)
          }
          await token?.close()
          await rm(dir, { recursive: true, force: true })
        }
      }
    }
  } catch (err) {
    await tokenServer?.close()
    await rm(dir, { recursive: true, force: true })
    throw err
  }
}
