/**
 * A fault-injecting HTTP proxy for tests, placed in front of one upstream
 * base URL (a Sigstore service, the runner's OIDC endpoint, a registry):
 *
 *   const proxy = await startFaultProxy({ upstream: stack.rekorURL, rate: 0.3, faults: ['503', 'reset', 'drop'], seed: 7 })
 *   ... point the client at proxy.url ...
 *   proxy.stats.faults.drop, proxy.stats.forwarded, proxy.stats.upstreamStatus['409']
 *   await proxy.close()
 *
 * Each request draws from a seeded generator: with probability `rate` it gets
 * one of `faults` (chosen uniformly), otherwise it is forwarded untouched.
 * The sequence of draws is fixed by the seed; which request gets which draw
 * follows the order requests arrive in.
 *
 * Faults before the upstream sees the request (it did nothing):
 *   500 / 502 / 503 / 429   an error answer; 429 and 503 carry Retry-After
 *   reset                   the connection is reset (RST) without an answer
 *   stall                   nothing is answered and the connection is held
 *                           open for `stallMs` (past any client timeout)
 * Faults after the upstream answered (it did the work: Rekor created the
 * entry, the registry stored the manifest):
 *   truncate                status and headers are forwarded, the body is
 *                           cut at half its length and the connection closed
 *   drop                    the answer is discarded and the connection reset
 *
 * For registries: every method is forwarded with its body streamed, the
 * client's Host header is kept (so absolute URLs the upstream derives from it
 * point back at the proxy), and absolute `Location` headers naming the
 * upstream are rewritten to the proxy. `eligible` limits faults to some
 * requests (e.g. only writes, or only one repository).
 */
import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'

export const FAULT_KINDS = ['500', '502', '503', '429', 'reset', 'stall', 'truncate', 'drop'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Faults injected before forwarding: the upstream never sees the request. */
export const FAULTS_BEFORE_UPSTREAM: readonly FaultKind[] = ['500', '502', '503', '429', 'reset', 'stall']
/** Faults injected after forwarding: the upstream handled the request, the client never learns the outcome. */
export const FAULTS_AFTER_UPSTREAM: readonly FaultKind[] = ['truncate', 'drop']

export interface ProxiedRequest {
  method: string
  /** Path and query as the client sent them. */
  path: string
}

export interface FaultProxyOptions {
  /** Base URL of the upstream, e.g. `http://127.0.0.1:4567`; a path prefix is kept in `url` (paths are forwarded as they are). */
  upstream: string
  /** Probability in [0, 1] that an eligible request gets a fault. */
  rate: number
  /** Fault kinds to draw from (uniformly). Empty: never inject. */
  faults: readonly FaultKind[]
  /** Retry-After value on 429 and 503 answers (default 1). */
  retryAfterSeconds?: number
  /** How long a stalled connection is held before it is closed (default 120 s; close() ends it sooner). */
  stallMs?: number
  /** Seed of the fault draws; random when omitted (read it back from `seed` to replay a run). */
  seed?: number
  /** Only requests this accepts can get a fault (default: all). Others are forwarded and draw nothing. */
  eligible?: (req: ProxiedRequest) => boolean
  /** Record request and response bodies of forwarded requests this accepts in `exchanges` (default: none). */
  record?: boolean | ((req: ProxiedRequest) => boolean)
}

export interface FaultStats {
  /** Requests received. */
  requests: number
  /** Requests received, per method. */
  methods: Record<string, number>
  /** Requests sent on to the upstream (including those whose answer was then truncated or dropped). */
  forwarded: number
  /** Upstream answers delivered to the client whole. */
  delivered: number
  /** Faults injected, per kind. */
  faults: Record<FaultKind, number>
  /** Status codes the upstream answered with, counted per code (including answers the client never saw). */
  upstreamStatus: Record<string, number>
  /** Requests whose forwarding failed (upstream unreachable): answered 502 without counting as a fault. */
  upstreamErrors: number
}

/** One forwarded request, as the upstream saw and answered it. */
export interface Exchange extends ProxiedRequest {
  status: number
  headers: Record<string, string | string[] | undefined>
  requestBody: Buffer
  responseBody: Buffer
  /** The fault applied to the answer (truncate or drop), if any. */
  fault?: FaultKind
}

export interface FaultProxy {
  /** Base URL of the proxy, `http://127.0.0.1:<port>` plus the upstream's path prefix, no trailing slash. */
  url: string
  /** The seed in use. */
  seed: number
  /** Live counters. */
  readonly stats: FaultStats
  /** Recorded exchanges (see `record`), in the order the upstream answered. */
  readonly exchanges: readonly Exchange[]
  setRate(rate: number): void
  setFaults(faults: readonly FaultKind[]): void
  /** Zeroes the counters and forgets recorded exchanges. */
  reset(): void
  /** Stops listening, ends stalled and open connections. */
  close(): Promise<void>
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade'
])

const STATUS_TEXT: Record<string, string> = {
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '429': 'Too Many Requests'
}

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function checkRate(rate: number): number {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`fault rate must be within [0, 1], got ${rate}`)
  return rate
}

function checkFaults(faults: readonly FaultKind[]): FaultKind[] {
  for (const f of faults) if (!(FAULT_KINDS as readonly string[]).includes(f)) throw new RangeError(`unknown fault kind ${JSON.stringify(f)}`)
  return [...faults]
}

function emptyStats(): FaultStats {
  return {
    requests: 0,
    methods: {},
    forwarded: 0,
    delivered: 0,
    faults: Object.fromEntries(FAULT_KINDS.map(k => [k, 0])) as Record<FaultKind, number>,
    upstreamStatus: {},
    upstreamErrors: 0
  }
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
    stream.on('aborted', () => reject(new Error('aborted')))
  })
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream)
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    throw new RangeError(`upstream must be an http(s) URL, got ${options.upstream}`)
  }
  const prefix = upstream.pathname.replace(/\/+$/, '')
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32)
  const draw = generator(seed)
  let rate = checkRate(options.rate)
  let faults = checkFaults(options.faults)
  const retryAfter = String(options.retryAfterSeconds ?? 1)
  const stallMs = options.stallMs ?? 120_000
  const secure = upstream.protocol === 'https:'
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  const send = secure ? httpsRequest : httpRequest
  const record = options.record ?? false
  const stats = emptyStats()
  const exchanges: Exchange[] = []
  const sockets = new Set<Socket>()
  const stalls = new Set<NodeJS.Timeout>()
  let proxyOrigin = ''

  const choose = (req: ProxiedRequest): FaultKind | undefined => {
    if (faults.length === 0 || rate === 0) return undefined
    if (options.eligible && !options.eligible(req)) return undefined
    if (draw() >= rate) return undefined
    return faults[Math.floor(draw() * faults.length)]
  }

  const rewriteLocation = (value: string): string => {
    try {
      const loc = new URL(value)
      return loc.origin === upstream.origin ? `${proxyOrigin}${loc.pathname}${loc.search}${loc.hash}` : value
    } catch {
      return value // relative: already right
    }
  }

  const responseHeaders = (from: IncomingMessage): OutgoingHttpHeaders => {
    const out: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(from.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue
      out[name] = name === 'location' && typeof value === 'string' ? rewriteLocation(value) : value
    }
    return out
  }

  const answerError = (req: IncomingMessage, res: ServerResponse, status: FaultKind): void => {
    const body = JSON.stringify({ code: Number(status), message: `${STATUS_TEXT[status]} (fault injected by the test proxy)` })
    const headers: OutgoingHttpHeaders = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
    if (status === '429' || status === '503') headers['Retry-After'] = retryAfter
    // Answer once the request body is in, as a real server would.
    req.resume()
    req.once('end', () => {
      if (!res.destroyed) res.writeHead(Number(status), headers).end(body)
    })
  }

  const stall = (req: IncomingMessage): void => {
    req.resume()
    const timer = setTimeout(() => {
      stalls.delete(timer)
      req.socket.destroy()
    }, stallMs)
    stalls.add(timer)
    req.socket.once('close', () => {
      clearTimeout(timer)
      stalls.delete(timer)
    })
  }

  const forward = (req: IncomingMessage, res: ServerResponse, info: ProxiedRequest, fault: 'truncate' | 'drop' | undefined): void => {
    stats.forwarded++
    const recording = typeof record === 'function' ? record(info) : record
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
    }
    const requestChunks: Buffer[] = []
    const out = send(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: info.path,
        headers,
        agent
      },
      upstreamRes => {
        const status = upstreamRes.statusCode ?? 0
        stats.upstreamStatus[status] = (stats.upstreamStatus[status] ?? 0) + 1
        if (!fault && !recording) {
          if (res.destroyed) return void upstreamRes.resume()
          res.writeHead(status, responseHeaders(upstreamRes))
          upstreamRes.pipe(res)
          upstreamRes.once('end', () => stats.delivered++)
          res.once('close', () => upstreamRes.resume())
          return
        }
        void readAll(upstreamRes).then(
          body => {
            if (recording) {
              exchanges.push({ ...info, status, headers: upstreamRes.headers, requestBody: Buffer.concat(requestChunks), responseBody: body, fault })
            }
            if (res.destroyed) return // the client gave up (its timeout): the upstream did the work all the same
            if (fault === 'drop' || (fault === 'truncate' && body.length < 2)) {
              // Nothing reaches the client; for truncate this is the only way to cut an (almost) empty body.
              req.socket.resetAndDestroy()
              return
            }
            res.writeHead(status, responseHeaders(upstreamRes))
            if (fault === 'truncate') {
              // The headers promise the whole length; half of it arrives, then the connection ends.
              res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.destroy())
              return
            }
            res.end(body)
            stats.delivered++
          },
          () => req.socket.destroy()
        )
      }
    )
    out.on('error', () => {
      stats.upstreamErrors++
      if (res.headersSent || res.destroyed) {
        req.socket.destroy()
        return
      }
      const body = JSON.stringify({ code: 502, message: `the test proxy cannot reach ${upstream.origin}` })
      res.writeHead(502, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body)
    })
    if (recording) req.on('data', (c: Buffer) => requestChunks.push(c))
    // A client that gives up after sending its request does not cancel it: like a real
    // server, the upstream finishes the work, and the exchange is still counted and recorded.
    req.pipe(out)
  }

  const server = createServer((req, res) => {
    stats.requests++
    const info: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/' }
    stats.methods[info.method] = (stats.methods[info.method] ?? 0) + 1
    const fault = choose(info)
    if (fault) stats.faults[fault]++
    switch (fault) {
      case '500':
      case '502':
      case '503':
      case '429':
        return answerError(req, res, fault)
      case 'reset':
        return void req.socket.resetAndDestroy()
      case 'stall':
        return stall(req)
      case 'truncate':
      case 'drop':
        return forward(req, res, info, fault)
      default:
        return forward(req, res, info, undefined)
    }
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  // Faults end sockets abruptly; a half-written response must not crash the test process.
  server.on('clientError', (_err, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  proxyOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  let closing: Promise<void> | undefined
  return {
    url: proxyOrigin + prefix,
    seed,
    stats,
    exchanges,
    setRate: r => {
      rate = checkRate(r)
    },
    setFaults: f => {
      faults = checkFaults(f)
    },
    reset: () => {
      Object.assign(stats, emptyStats())
      exchanges.length = 0
    },
    close: () => {
      closing ??= new Promise<void>(resolve => {
        for (const t of stalls) clearTimeout(t)
        stalls.clear()
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
        agent.destroy()
      })
      return closing
    }
  }
}

/* ------------------------------------------------------------- Rekor v1 -- */

/** An entry Rekor v1 created behind the proxy (from a recorded 201 answer). */
export interface CreatedRekorEntry {
  uuid: string
  logIndex: number
  kind: string
  /** Base64 signature(s) the entry records. */
  signatures: string[]
  /** Hex artifact digest of a hashedrekord entry. */
  digest?: string
}

/**
 * The entries Rekor v1 created, read from the recorded 201 answers to
 * `POST /api/v1/log/entries` (record them with `record: true`). Answers the
 * client never received (dropped, truncated) are included: the upstream made
 * the entry either way.
 */
export function createdRekorEntries(exchanges: readonly Exchange[]): CreatedRekorEntry[] {
  const created: CreatedRekorEntry[] = []
  for (const ex of exchanges) {
    if (ex.method !== 'POST' || ex.status !== 201 || !/\/api\/v1\/log\/entries$/.test(ex.path.split('?')[0])) continue
    const answer = JSON.parse(ex.responseBody.toString('utf8')) as Record<string, { body: string; logIndex: number }>
    for (const [uuid, entry] of Object.entries(answer)) {
      const body = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8')) as {
        kind: string
        spec: {
          signature?: { content?: string }
          data?: { hash?: { value?: string } }
          signatures?: { signature?: string }[]
        }
      }
      const signatures = body.kind === 'hashedrekord' ? [body.spec.signature?.content ?? ''] : (body.spec.signatures ?? []).map(s => s.signature ?? '')
      created.push({ uuid, logIndex: entry.logIndex, kind: body.kind, signatures, digest: body.spec.data?.hash?.value })
    }
  }
  return created
}

/** Signatures recorded by more than one created entry (each listed once). */
export function duplicateSignatures(entries: readonly CreatedRekorEntry[]): string[] {
  const seen = new Map<string, number>()
  for (const e of entries) for (const s of e.signatures) seen.set(s, (seen.get(s) ?? 0) + 1)
  return [...seen].filter(([, n]) => n > 1).map(([s]) => s)
}
