/**
 * A stand-in for GitHub's REST API over real HTTP on 127.0.0.1, written from
 * GitHub's REST documentation: the attestations endpoints (create, list by
 * subject digest for a repository, an organisation or a user), repository
 * reads and artifact metadata storage records. It checks tokens and their
 * permissions (401 "Bad credentials", 403 "Resource not accessible by
 * integration"), answers 404 when nothing matches, 422 for invalid bodies and
 * 400 for an unsupported `X-GitHub-Api-Version`, pages lists with cursors in
 * the Link header, and serves each bundle from a "blob storage" path in
 * Snappy block format, as `bundle_url` does. API version 2026-03-10 answers
 * carry `bundle_url` only; 2022-11-28 (the default) the inline bundle too.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import snappy from 'snappyjs'

export type Permission = 'attestations:write' | 'attestations:read' | 'artifact-metadata:write'

export interface GitHubStandInOptions {
  /** Account types; an owner not listed is a User. Default: acme is an Organization. */
  accounts?: Record<string, 'Organization' | 'User'>
  /** Valid tokens and what each may do. */
  tokens?: Record<string, Permission[]>
  /** Repositories anyone may read attestations of without a token. */
  publicRepositories?: string[]
  /** Leave the inline `bundle` out of every list answer, as API versions from 2026-03-10 do (default false). */
  bundleURLOnly?: boolean
  /** Ignore the `predicate_type` filter (a server that lists everything). */
  ignorePredicateFilter?: boolean
  /** Where the Link header's next page points (default: this server), to show a client keeps its token home. */
  linkOrigin?: string
}

export interface StoredAttestation {
  id: number
  repository: string
  bundle: Record<string, unknown>
  /** `alg:hex` of every subject of the statement. */
  digests: string[]
  predicateType: string
}

export interface SeenRequest {
  method: string
  path: string
  query: URLSearchParams
  authorization?: string
  apiVersion?: string
  userAgent?: string
}

export interface GitHubStandIn {
  /** The API base (GITHUB_API_URL): `http://127.0.0.1:<port>/api`. */
  apiURL: string
  attestations: StoredAttestation[]
  storageRecords: Record<string, unknown>[]
  requests: SeenRequest[]
  blobRequests: SeenRequest[]
  /** The next `count` API requests get `status` (e.g. 502 or 429) before they are handled. */
  failNext(status: number, count: number, headers?: Record<string, string>): void
  /** Adds an attestation as if a workflow of `repository` had stored it. */
  add(repository: string, bundle: Record<string, unknown>): StoredAttestation
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest'
const VERSIONS = new Set(['2022-11-28', '2026-03-10'])

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  raw?: Buffer
}

const error = (status: number, message: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra }
})

/** The subjects and predicate type of a bundle's in-toto statement; undefined when it holds none. */
function statementOf(bundle: Record<string, unknown>): { digests: string[]; predicateType: string } | undefined {
  const envelope = bundle.dsseEnvelope as { payload?: unknown; payloadType?: unknown } | undefined
  if (!envelope || typeof envelope.payload !== 'string' || envelope.payloadType !== 'application/vnd.in-toto+json') return undefined
  try {
    const s = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))
    const digests = (s.subject as { digest: Record<string, string> }[]).flatMap(x => Object.entries(x.digest).map(([alg, hex]) => `${alg}:${hex}`))
    return typeof s.predicateType === 'string' ? { digests, predicateType: s.predicateType } : undefined
  } catch {
    return undefined
  }
}

/** The documented shorthands of `predicate_type`, else the exact type. */
function predicateMatches(filter: string | null, type: string): boolean {
  if (!filter) return true
  if (filter === 'provenance') return /^https:\/\/slsa\.dev\/provenance\//.test(type)
  if (filter === 'sbom') return /^https:\/\/(spdx\.dev\/Document|cyclonedx\.org\/bom)/.test(type)
  if (filter === 'release') return type === 'https://in-toto.io/attestation/release/v0.1'
  return filter === type
}

export async function startGitHubStandIn(options: GitHubStandInOptions = {}): Promise<GitHubStandIn> {
  const accounts: Record<string, string> = { acme: 'Organization', ...options.accounts }
  const tokens = options.tokens ?? {}
  const publicRepos = new Set(options.publicRepositories ?? [])
  const attestations: StoredAttestation[] = []
  const storageRecords: Record<string, unknown>[] = []
  const requests: SeenRequest[] = []
  const blobRequests: SeenRequest[] = []
  let failures: { status: number; count: number; headers?: Record<string, string> } = { status: 0, count: 0 }
  let base = ''

  const add = (repository: string, bundle: Record<string, unknown>): StoredAttestation => {
    const facts = statementOf(bundle)
    if (!facts) throw new Error('not an in-toto DSSE bundle')
    const stored = { id: attestations.length + 1, repository, bundle, ...facts }
    attestations.push(stored)
    return stored
  }

  /** The token's permissions; undefined for no token; 'bad' for one GitHub does not know. */
  const auth = (header: string | undefined): Permission[] | undefined | 'bad' => {
    if (!header) return undefined
    const m = /^(?:Bearer|token) (.+)$/i.exec(header)
    return m && tokens[m[1]] ? tokens[m[1]] : 'bad'
  }

  const list = (req: SeenRequest, version: string, matching: StoredAttestation[]): Reply => {
    const perPage = Number(req.query.get('per_page') ?? 30)
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return error(422, 'Validation Failed', { errors: [{ field: 'per_page', code: 'invalid' }] })
    const filter = options.ignorePredicateFilter ? null : req.query.get('predicate_type')
    const hits = matching.filter(a => predicateMatches(filter, a.predicateType)).reverse()
    if (!hits.length) return error(404, 'Not Found')
    const after = req.query.get('after')
    const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0
    const page = hits.slice(start, start + perPage)
    const headers: Record<string, string> = {}
    if (start + perPage < hits.length) {
      const next = new URL((options.linkOrigin ?? base) + req.path)
      for (const [k, v] of req.query) if (k !== 'after') next.searchParams.set(k, v)
      next.searchParams.set('after', Buffer.from(String(start + perPage)).toString('base64url'))
      headers.Link = `<${next.href}>; rel="next"`
    }
    const items = page.map(a => ({
      ...(version === '2022-11-28' && !options.bundleURLOnly ? { bundle: a.bundle } : {}),
      repository_id: 1000 + attestations.indexOf(a),
      bundle_url: `${base}/blobs/attestation-${a.id}.bundle?sig=opaque-signature`,
      initiator: 'user'
    }))
    return { status: 200, body: { attestations: items }, headers }
  }

  const handle = (method: string, req: SeenRequest, version: string, body: Buffer): Reply => {
    const perms = auth(req.authorization)
    if (perms === 'bad') return error(401, 'Bad credentials')
    const can = (p: Permission) => perms?.includes(p) ?? false
    const path = req.path.replace(/^\/api/, '')
    let m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(path)
    if (m && method === 'POST') {
      if (!can('attestations:write')) return error(403, 'Resource not accessible by integration')
      let parsed: { bundle?: unknown }
      try {
        parsed = JSON.parse(body.toString('utf8'))
      } catch {
        return error(400, 'Problems parsing JSON')
      }
      if (!parsed.bundle || typeof parsed.bundle !== 'object') return error(422, 'Invalid request.\n\n"bundle" wasn\'t supplied.')
      const bundle = parsed.bundle as Record<string, unknown>
      if (typeof bundle.mediaType !== 'string' || !bundle.verificationMaterial || !statementOf(bundle)) {
        return error(422, 'Validation Failed', { errors: [{ resource: 'Attestation', field: 'bundle', code: 'invalid' }] })
      }
      return { status: 201, body: { id: add(`${m[1]}/${m[2]}`, bundle).id } }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/attestations\/([a-z0-9]+:[a-f0-9]+)$/.exec(path)
    if (m && method === 'GET') {
      const repo = `${m[1]}/${m[2]}`
      if (!can('attestations:read') && !can('attestations:write') && !publicRepos.has(repo)) return error(404, 'Not Found')
      return list(
        req,
        version,
        attestations.filter(a => a.repository === repo && a.digests.includes(m![3]))
      )
    }
    m = /^\/(orgs|users)\/([^/]+)\/attestations\/([a-z0-9]+:[a-f0-9]+)$/.exec(path)
    if (m && method === 'GET') {
      const type = accounts[m[2]] ?? 'User'
      if ((m[1] === 'orgs') !== (type === 'Organization')) return error(404, 'Not Found')
      const readable = (a: StoredAttestation) => can('attestations:read') || can('attestations:write') || publicRepos.has(a.repository)
      return list(
        req,
        version,
        attestations.filter(a => a.repository.split('/')[0] === m![2] && a.digests.includes(m![3]) && readable(a))
      )
    }
    m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path)
    if (m && method === 'GET') {
      const type = accounts[m[1]] ?? 'User'
      return { status: 200, body: { id: 1, name: m[2], full_name: `${m[1]}/${m[2]}`, owner: { login: m[1], type } } }
    }
    m = /^\/orgs\/([^/]+)\/artifacts\/metadata\/storage-record$/.exec(path)
    if (m && method === 'POST') {
      if ((accounts[m[1]] ?? 'User') !== 'Organization') return error(404, 'Not Found')
      if (!can('artifact-metadata:write')) return error(403, 'Resource not accessible by integration')
      const record = JSON.parse(body.toString('utf8')) as Record<string, unknown>
      const invalid = [
        typeof record.name !== 'string' || record.name.length < 1 || record.name.length > 256 ? 'name' : '',
        typeof record.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(record.digest) ? 'digest' : '',
        typeof record.registry_url !== 'string' || !/^https:\/\//.test(record.registry_url) ? 'registry_url' : '',
        record.version !== undefined && (typeof record.version !== 'string' || record.version.length > 100) ? 'version' : ''
      ].filter(Boolean)
      if (invalid.length) return error(422, 'Validation Failed', { errors: invalid.map(field => ({ field, code: 'invalid' })) })
      const now = new Date().toISOString()
      const stored = { id: 500 + storageRecords.length, status: 'active', created_at: now, updated_at: now, artifact_url: null, repository: null, ...record }
      storageRecords.push(stored)
      return { status: 200, body: { total_count: 1, storage_records: [stored] } }
    }
    return error(404, 'Not Found')
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        apiVersion: req.headers['x-github-api-version'] as string | undefined,
        userAgent: req.headers['user-agent']
      }
      let reply: Reply
      const blob = /^\/blobs\/attestation-(\d+)\.bundle$/.exec(url.pathname)
      if (blob) {
        blobRequests.push(seen)
        const a = attestations.find(x => x.id === Number(blob[1]))
        reply =
          a && url.searchParams.get('sig')
            ? { status: 200, raw: Buffer.from(snappy.compress(Buffer.from(JSON.stringify(a.bundle)))) }
            : { status: 403, raw: Buffer.from('AuthenticationFailed') }
      } else {
        requests.push(seen)
        const version = seen.apiVersion ?? '2022-11-28'
        if (failures.count > 0) {
          failures.count--
          reply = { ...error(failures.status, failures.status === 429 ? 'API rate limit exceeded' : 'Server Error'), headers: failures.headers }
        } else if (!VERSIONS.has(version)) {
          reply = error(400, `The requested API version '${version}' is not supported.`)
        } else {
          reply = handle(seen.method, seen, version, Buffer.concat(chunks))
        }
      }
      const payload = reply.raw ?? (reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body)))
      res.writeHead(reply.status, {
        'Content-Type': reply.raw ? 'application/octet-stream' : 'application/json; charset=utf-8',
        'Content-Length': String(payload.length),
        ...reply.headers
      })
      res.end(payload)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    apiURL: `${base}/api`,
    attestations,
    storageRecords,
    requests,
    blobRequests,
    failNext(status, count, headers) {
      failures = { status, count, headers }
    },
    add,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
