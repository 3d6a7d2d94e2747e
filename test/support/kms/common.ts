/**
 * What the key-service stand-ins share: keys made in the test (the private
 * halves stay in the stand-in, as in a real service), digest signing, and a
 * small HTTP or HTTPS server on 127.0.0.1 that records each request.
 */
import { constants, generateKeyPairSync, privateEncrypt, type KeyObject } from 'node:crypto'
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { connect, type AddressInfo } from 'node:net'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'

import { p256 } from '@noble/curves/nist.js'

import { selfSignedCertificate, type IssuerCertificate } from '../registry/x509.js'

export type StandInKeyKind = 'ecdsa-p256' | 'ecdsa-p384' | 'rsa' | 'ed25519'

export interface HeldKey {
  kind: StandInKeyKind
  privateKey: KeyObject
  publicKey: KeyObject
  publicKeyPEM: string
  spki: Buffer
}

export function makeKey(kind: StandInKeyKind): HeldKey {
  const pair =
    kind === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : kind === 'ed25519'
        ? generateKeyPairSync('ed25519')
        : generateKeyPairSync('ec', { namedCurve: kind === 'ecdsa-p256' ? 'P-256' : 'P-384' })
  return {
    kind,
    ...pair,
    publicKeyPEM: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    spki: pair.publicKey.export({ format: 'der', type: 'spki' })
  }
}

const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex')

/** Signs a SHA-256 digest as a service does: ECDSA (DER, or r||s with `raw`) or RSA PKCS#1 v1.5. */
export function signDigest(key: HeldKey, digest: Buffer, raw = false): Buffer {
  if (key.kind === 'rsa') return privateEncrypt({ key: key.privateKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest]))
  const d = Buffer.from(key.privateKey.export({ format: 'jwk' }).d as string, 'base64url')
  return Buffer.from(p256.sign(digest, d, { prehash: false, format: raw ? 'compact' : 'der' }))
}

export interface StandInRequest {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface StandInReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface StandInServer {
  /** `http(s)://host:port`, no trailing slash. */
  url: string
  port: number
  requests: StandInRequest[]
  close(): Promise<void>
}

/** A server on 127.0.0.1; with `tls`, HTTPS with that certificate. Object bodies are sent as JSON. */
export async function serve(
  handle: (req: StandInRequest) => StandInReply | Promise<StandInReply>,
  tls?: IssuerCertificate,
  host = '127.0.0.1'
): Promise<StandInServer> {
  const requests: StandInRequest[] = []
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://stand-in'), headers: req.headers, body: Buffer.concat(chunks) }
      requests.push(request)
      Promise.resolve()
        .then(() => handle(request))
        .catch((err: Error): StandInReply => ({ status: 500, body: { message: err.message } }))
        .then(reply => {
          const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
          res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers })
          res.end(text)
        })
    })
  }
  const server = tls ? createHttpsServer({ key: tls.privateKey.export({ format: 'pem', type: 'pkcs8' }), cert: tls.pem }, listener) : createHttpServer(listener)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A certificate for `host` (localhost by default) made in the test, trusted by this process from now on (HTTPS stand-ins). */
export function trustedCertificate(host = 'localhost'): IssuerCertificate {
  const cert = selfSignedCertificate(host)
  setDefaultCACertificates([...getCACertificates('default'), cert.pem])
  return cert
}

/** The JSON body of a request (an empty object when there is none). */
export function jsonBody(req: StandInRequest): Record<string, unknown> {
  return req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, unknown>) : {}
}

/**
 * An HTTP proxy on 127.0.0.1 that takes CONNECT requests for hosts ending in
 * one of `routes`' suffixes and tunnels each to that suffix's local port, so
 * a client keeps a real service's name (through HTTPS_PROXY) while a
 * stand-in answers. Other hosts get a 502.
 */
export async function tunnelProxy(routes: Record<string, number>): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = []
  const sockets = new Set<import('node:net').Socket>()
  const server = createHttpServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req: IncomingMessage, socket: import('node:net').Socket, head: Buffer) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    const host = (req.url ?? '').replace(/:\d+$/, '')
    const port = Object.entries(routes).find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`))?.[1]
    if (!port) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    tunnels.push(req.url ?? '')
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
