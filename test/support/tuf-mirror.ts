/**
 * A local TUF repository over HTTP on 127.0.0.1 serving trusted_root.json
 * (and, for private deployments, a signing_config.v0.2.json), with metadata signed by a fresh key (valid for a year).
 *
 *   const mirror = await startTufMirror(stack.trustedRoot)
 *   await loadTrust({ tufMirrorURL: mirror.url, tufRootPath: mirror.rootPath, tufCachePath })
 *   await mirror.close()
 *
 * @tufjs/repo-mock is deep-required: its index loads nock, which patches node's
 * http module and would break the real requests made by the code under test.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js'
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js'

export interface TufMirror {
  /** The repository URL (metadata at `<url>/<role>.json`, targets at `<url>/targets/<name>`), no trailing slash. */
  url: string
  /** The repository's initial root.json, written to a temporary file (the `tuf-root` a client starts from). */
  rootPath: string
  /** Paths requested so far, in order (for asserting what a client fetched). */
  readonly requests: string[]
  close(): Promise<void>
}

export interface TufMirrorOptions {
  /** Path prefix of the repository on the server (default `/tuf`), to exercise mirror URLs with a path. */
  prefix?: string
  /** More targets: name to content (JSON text or an object), e.g. `signing_config.v0.2.json`. */
  targets?: Record<string, string | object>
}

/** A SigningConfig v0.2 naming a stack's Fulcio, Rekor (v1 or v2) and TSA, valid since 2020. */
export function signingConfigOf(services: { fulcioURL: string; rekorURL: string; tsaURL?: string; rekorVersion?: 1 | 2 }): object {
  const validFor = { start: '2020-01-01T00:00:00Z' }
  return {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [{ url: services.fulcioURL, majorApiVersion: 1, validFor, operator: 'test' }],
    oidcUrls: [],
    rekorTlogUrls: [{ url: services.rekorURL, majorApiVersion: services.rekorVersion ?? 1, validFor, operator: 'test' }],
    tsaUrls: services.tsaURL ? [{ url: services.tsaURL, majorApiVersion: 1, validFor, operator: 'test' }] : [],
    rekorTlogConfig: { selector: 'ANY' },
    tsaConfig: { selector: 'ANY' }
  }
}

/** Serves `trustedRoot` (JSON text or an object) as the repository's trusted_root.json target. */
export async function startTufMirror(trustedRoot: string | object, options: TufMirrorOptions = {}): Promise<TufMirror> {
  const prefix = (options.prefix ?? '/tuf').replace(/\/+$/, '')
  const content = typeof trustedRoot === 'string' ? trustedRoot : JSON.stringify(trustedRoot)
  const extra = Object.entries(options.targets ?? {}).map(([name, c]) => ({ name, content: typeof c === 'string' ? c : JSON.stringify(c) }))
  const repo = initializeTUFRepo([{ name: 'trusted_root.json', content }, ...extra])
  const handlers = new Map(tufHandlers(repo, { metadataPathPrefix: prefix, targetPathPrefix: `${prefix}/targets` }).map(h => [h.path, h.fn] as const))

  const dir = await mkdtemp(join(tmpdir(), 'seal-tuf-mirror-'))
  const rootPath = join(dir, 'root.json')
  await writeFile(rootPath, JSON.stringify(repo.rootMeta.toJSON()))

  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    requests.push(path)
    const handler = req.method === 'GET' ? handlers.get(path) : undefined
    if (!handler) {
      res.writeHead(404).end()
      return
    }
    const { statusCode, response, contentType } = handler()
    res.writeHead(statusCode, { 'content-type': contentType ?? 'application/octet-stream' }).end(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    rootPath,
    requests,
    close: () => {
      closing ??= new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
      return closing
    }
  }
}

export interface SocketWatch {
  /** `host:port` (or path) of every connection attempted since the watch began. */
  readonly connections: string[]
  restore(): void
}

/**
 * Records every outgoing TCP/IPC connection attempt in this process (fetch,
 * http and the TUF client all end in net.Socket#connect), to prove that an
 * offline code path opens none. Call restore() in a finally block.
 */
export function watchSockets(): SocketWatch {
  const proto = net.Socket.prototype
  const original = proto.connect
  const connections: string[] = []
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const [first, second] = args
    if (first && typeof first === 'object') {
      const o = first as { host?: string; port?: number; path?: string }
      connections.push(o.path ?? `${o.host ?? 'localhost'}:${o.port}`)
    } else {
      connections.push(typeof first === 'string' ? first : `${typeof second === 'string' ? second : 'localhost'}:${String(first)}`)
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof proto.connect
  return {
    connections,
    restore: () => {
      proto.connect = original
    }
  }
}
