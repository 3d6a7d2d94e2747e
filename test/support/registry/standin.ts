/**
 * A registry stand-in: a plain HTTP server on 127.0.0.1 whose answers a test
 * scripts, for behaviour a real registry will not show on demand (errors,
 * rate limits, wrong digests, oversized or malformed manifests).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StandInRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface StandInReply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** Close the connection without answering. */
  hangUp?: boolean
  /** Never answer (for timeouts). */
  stall?: boolean
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean
  /** Announce the whole body, send half of it, then drop the connection. */
  truncate?: boolean
}

export type StandInHandler = (req: StandInRequest) => StandInReply | Promise<StandInReply>

export interface StandIn {
  /** `127.0.0.1:<port>`. */
  host: string
  url: string
  readonly requests: StandInRequest[]
  /** Replaces the handler. */
  handle(handler: StandInHandler): void
  close(): Promise<void>
}

export async function startStandIn(handler: StandInHandler): Promise<StandIn> {
  let current = handler
  const requests: StandInRequest[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const request: StandInRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) }
      requests.push(request)
      void (async () => {
        let reply: StandInReply
        try {
          reply = await current(request)
        } catch (err) {
          reply = { status: 500, body: String(err) }
        }
        if (reply.stall) return
        if (reply.hangUp) {
          req.socket.destroy()
          return
        }
        const body = Buffer.from(reply.body ?? '')
        if (reply.truncate) {
          res.writeHead(reply.status, { 'Content-Length': String(body.length), ...reply.headers })
          res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => req.socket.destroy(), 20))
          return
        }
        if (reply.chunked) {
          res.writeHead(reply.status, reply.headers)
          for (let i = 0; i < body.length && req.method !== 'HEAD'; i += 1024) res.write(body.subarray(i, i + 1024))
          res.end()
          return
        }
        res.writeHead(reply.status, { 'Content-Length': String(body.length), ...reply.headers })
        res.end(req.method === 'HEAD' ? undefined : body)
      })()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: h => {
      current = h
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** A distribution-style error body. */
export function registryError(status: number, code: string, message: string, headers: Record<string, string> = {}): StandInReply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ errors: [{ code, message }] }) }
}
