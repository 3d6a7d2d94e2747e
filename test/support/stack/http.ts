import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import type { RequestCounts } from './types.js'

export interface Request {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Reply {
  status: number
  body?: string | Uint8Array
  contentType?: string
  headers?: Record<string, string>
}

export interface Route {
  method: 'GET' | 'POST'
  /** The counter bumped for each request this route takes. */
  counter: keyof RequestCounts
  /** An exact path, or a pattern whose groups are passed to the handler. */
  path: string | RegExp
  handle: (req: Request, params: string[]) => Reply | Promise<Reply>
}

export interface Service {
  /** Base URL, `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  /** Sets the routes; until then every request gets a 503. */
  mount: (routes: Route[]) => void
  close: () => Promise<void>
}

// Large enough for attestations of big SBOMs (the DSSE envelope travels to Rekor whole).
const MAX_BODY = 256 * 1024 * 1024

export const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  contentType: 'application/json',
  headers
})

/** An error body in the shape Rekor and Fulcio use: `{ code, message }`. */
export const jsonError = (status: number, message: string, headers?: Record<string, string>): Reply => json(status, { code: status, message }, headers)

/** Raised by a handler to answer with an error status instead of a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export function badRequest(message: string): never {
  throw new HttpError(400, message)
}

/** Parses a JSON object body, or answers 400. */
export function parseObject(raw: Buffer): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(raw.toString('utf8'))
  } catch {
    badRequest('request body is not valid JSON')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) badRequest('request body must be a JSON object')
  return value as Record<string, unknown>
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'request body too large'))
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function match(routes: Route[], method: string, path: string): { route?: Route; params: string[]; pathKnown: boolean } {
  let pathKnown = false
  for (const route of routes) {
    let params: string[] | undefined
    if (typeof route.path === 'string') {
      if (route.path === path) params = []
    } else {
      const m = route.path.exec(path)
      if (m) params = m.slice(1)
    }
    if (!params) continue
    pathKnown = true
    if (route.method === method) return { route, params, pathKnown }
  }
  return { params: [], pathKnown }
}

async function dispatch(routes: Route[], counts: RequestCounts, req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const method = req.method ?? 'GET'
  const { route, params, pathKnown } = match(routes, method, url.pathname)
  if (!route) {
    req.resume()
    return pathKnown ? jsonError(405, `method ${method} not allowed on ${url.pathname}`) : jsonError(404, `no route for ${method} ${url.pathname}`)
  }
  counts[route.counter]++
  const body = await readBody(req)
  return route.handle({ method, url, headers: req.headers, body }, params)
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return
  const body = reply.body ?? ''
  res.writeHead(reply.status, {
    ...(reply.contentType ? { 'Content-Type': reply.contentType } : {}),
    'Content-Length': String(Buffer.byteLength(body)),
    ...reply.headers
  })
  res.end(body)
}

/**
 * Starts an HTTP server on 127.0.0.1 with an ephemeral port. Every request
 * waits `delayMs` first; requests that match a route bump `counts`.
 */
export async function listen(delayMs: number, counts: RequestCounts): Promise<Service> {
  let routes: Route[] | undefined
  const server: Server = createServer((req, res) => {
    void (async () => {
      let reply: Reply
      try {
        if (delayMs > 0) await sleep(delayMs)
        if (!routes) {
          req.resume()
          reply = jsonError(503, 'service not started yet')
        } else {
          reply = await dispatch(routes, counts, req)
        }
      } catch (err) {
        reply =
          err instanceof HttpError ? jsonError(err.status, err.message) : jsonError(500, `internal error: ${err instanceof Error ? err.message : String(err)}`)
      }
      send(res, reply)
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    mount: r => {
      routes = r
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve()
        server.close(err => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
  }
}
