/**
 * The registry client and what reads through it (RegistryClient, listReferrers,
 * resolveImage, saveImage) against a hostile registry: one HTTP server on
 * 127.0.0.1 for the whole file, scripted per run to answer one request of the
 * operation under test with a generated mutation of the honest answer:
 * mutated or non-JSON bodies, bodies over the client's limit (with or without
 * a Content-Length), a wrong Content-Type, a Docker-Content-Digest or a body
 * that does not match the requested digest, wrong media types, huge or
 * negative sizes, a child manifest answered with its parent (an index loop),
 * redirects (to itself, too), error statuses, dropped connections.
 *
 * Every outcome is the honest data (for content addressed by digest: exactly
 * the original bytes), data faithful to what was served (for what a tag or
 * the referrers API names, which nothing authenticates), nothing (404), or a
 * SealError with a registry code. An untouched answer always gives the
 * honest data. 10,000 runs by default (SEAL_PROPERTY_RUNS lowers it).
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'

import { SealError } from '../../src/core/util/errors.js'
import { saveImage } from '../../src/core/image/layout.js'
import { resolveImage } from '../../src/core/image/resolve.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import type { RepositoryRef } from '../../src/core/oci/reference.js'
import { listReferrers } from '../../src/core/oci/referrers.js'
import {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_LAYER,
  OCI_MANIFEST,
  referrersTag,
  SIGSTORE_BUNDLE_V03,
  type Descriptor
} from '../../src/core/oci/types.js'
import { startStandIn, type StandIn, type StandInReply, type StandInRequest } from '../support/registry/standin.js'

/**
 * Runs for a property over a small finite domain (a few dozen cases): enough
 * random draws that every case is drawn with near certainty (each of 28 cases
 * is missed by 500 draws with probability below 1e-8), not the 10,000 that a
 * large domain needs.
 */
const SMALL_DOMAIN_RUNS = Math.min(NUM_RUNS, 500)

import { jsonMutant, NUM_RUNS, propertyParams, type Json } from './json-mutations.js'

const REPOSITORY = 'prop/app'
const TAG = 'v1'
/** The client's limits, small so that oversized answers stay cheap. */
const MAX_MANIFEST = 16 * 1024
const MAX_BLOB = 16 * 1024
const REGISTRY_CODES = ['REGISTRY_ERROR', 'REGISTRY_AUTH', 'DIGEST_MISMATCH', 'SUBJECT_NOT_FOUND']

const sha256 = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`
const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v))

/** An honest registry's content: an image index over a manifest, its blobs, and two referrers of the manifest. */
function content() {
  const config = json({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } })
  const layer = randomBytes(1500)
  const d = (bytes: Buffer, mediaType: string): Descriptor => ({ mediaType, size: bytes.length, digest: sha256(bytes) })
  const manifestDoc = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: d(config, OCI_CONFIG),
    layers: [d(layer, OCI_LAYER)],
    annotations: { 'org.example': 'x' }
  }
  const manifest = json(manifestDoc)
  const indexDoc = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ ...d(manifest, OCI_MANIFEST), platform: { architecture: 'amd64', os: 'linux' } }] }
  const index = json(indexDoc)
  const bundle = json({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' })
  const referrer = (n: number) =>
    json({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SIGSTORE_BUNDLE_V03,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2, digest: sha256(Buffer.from('{}')) },
      layers: [d(bundle, SIGSTORE_BUNDLE_V03)],
      subject: d(manifest, OCI_MANIFEST),
      annotations: { n: String(n) }
    })
  const referrers = [referrer(1), referrer(2)]
  const referrersDoc = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: referrers.map((r, i) => ({ ...d(r, OCI_MANIFEST), artifactType: SIGSTORE_BUNDLE_V03, annotations: { n: String(i + 1) } }))
  }
  return { config, layer, manifest, manifestDoc, index, indexDoc, bundle, referrers, referrersDoc }
}

type Content = ReturnType<typeof content>

/** The honest answer to a request, or a 404. */
function honest(c: Content, req: StandInRequest, api: boolean): StandInReply {
  const path = new URL(req.url, 'http://x').pathname
  const m = /^\/v2\/(.+)\/(manifests|blobs|referrers|tags)\/(.+)$/.exec(path)
  const notFound: StandInReply = {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
    body: '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"not here"}]}'
  }
  if (path === '/v2/' || path === '/v2') return { status: 200, body: '{}' }
  if (!m || m[1] !== REPOSITORY) return notFound
  const [, , kind, ref] = m
  const manifests = new Map<string, [Buffer, string]>([
    [sha256(c.manifest), [c.manifest, OCI_MANIFEST]],
    [sha256(c.index), [c.index, OCI_INDEX]],
    [TAG, [c.index, OCI_INDEX]],
    ...c.referrers.map(r => [sha256(r), [r, OCI_MANIFEST]] as [string, [Buffer, string]]),
    [referrersTag(sha256(c.manifest)), [json(c.referrersDoc), OCI_INDEX]]
  ])
  if (kind === 'manifests') {
    const found = manifests.get(ref)
    if (!found) return notFound
    return { status: 200, headers: { 'Content-Type': found[1], 'Docker-Content-Digest': sha256(found[0]) }, body: found[0] }
  }
  if (kind === 'blobs') {
    const blob = [c.config, c.layer, c.bundle, Buffer.from('{}')].find(b => sha256(b) === ref)
    return blob ? { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Docker-Content-Digest': ref }, body: blob } : notFound
  }
  if (kind === 'referrers') {
    if (!api || ref !== sha256(c.manifest)) return notFound
    return { status: 200, headers: { 'Content-Type': OCI_INDEX }, body: json(c.referrersDoc) }
  }
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: json({ name: REPOSITORY, tags: [TAG] }) }
}

type Op = 'manifest' | 'index' | 'tag' | 'head-digest' | 'head-tag' | 'blob' | 'referrers-api' | 'referrers-tag' | 'resolve' | 'save'

/** What a mutation does to the honest answer of the targeted request. */
interface Mutation {
  how: string
  /** Whether the answer is left as it is. */
  untouched?: boolean
  /**
   * A consistent liar: the changed body is also what the registry serves under
   * its own digest, and Docker-Content-Digest names it (for tags).
   */
  consistent?: boolean
  apply(reply: StandInReply, req: StandInRequest, c: Content): StandInReply
}

const bodyOf = (r: StandInReply): Buffer => Buffer.from(r.body ?? '')
const headersOf = (r: StandInReply): Record<string, string> => ({ ...(r.headers ?? {}) })

/** Mutations of a JSON document as served (json-mutations), keeping the honest headers. */
function jsonBodies(docs: Json[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...docs.map(doc =>
      jsonMutant(doc).map<Mutation>(m => ({
        how: `body: ${m.how}`,
        apply: r => (r.status === 200 ? { ...r, body: m.text } : r)
      }))
    )
  )
}

const MEDIA_TYPES = [
  'text/html',
  'application/json',
  '',
  OCI_MANIFEST,
  OCI_INDEX,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  `${OCI_INDEX}; charset=utf-8`,
  OCI_INDEX.toUpperCase(),
  'application/octet-stream'
]

function mutations(docs: Json[]): fc.Arbitrary<Mutation> {
  const untouched: Mutation = { how: 'untouched', untouched: true, apply: r => r }
  return fc.oneof(
    { weight: 75, arbitrary: fc.constant(untouched) },
    // json-mutations are costly to draw (some take seconds): a smaller share of the runs.
    { weight: 30, arbitrary: jsonBodies(docs) },
    {
      weight: 10,
      arbitrary: fc
        .oneof(
          fc.constantFrom('', 'null', '[]', '"manifest"', '42', '<html><body>Sign in</body></html>', '{"schemaVersion":2', '\ufeff{}'),
          fc.string({ unit: 'binary', maxLength: 64 })
        )
        .map<Mutation>(body => ({
          how: `body ${JSON.stringify(body.slice(0, 20))}`,
          apply: r => ({ ...r, body })
        }))
    },
    {
      weight: 10,
      arbitrary: fc.record({ extra: fc.integer({ min: 1, max: 3 * MAX_MANIFEST }), chunked: fc.boolean() }).map<Mutation>(({ extra, chunked }) => ({
        how: `${extra} bytes over the limit${chunked ? ', no Content-Length' : ''}`,
        // Trailing spaces keep JSON valid: only the size is wrong.
        apply: r => ({ ...r, status: 200, body: Buffer.concat([bodyOf(r), Buffer.alloc(Math.max(0, MAX_MANIFEST - bodyOf(r).length) + extra, 0x20)]), chunked })
      }))
    },
    {
      weight: 5,
      arbitrary: fc.constantFrom<keyof Content>('manifest', 'index', 'config', 'layer', 'bundle').map<Mutation>(other => ({
        how: `the ${other} served instead, headers kept`,
        apply: (r, _req, c) => ({ ...r, body: c[other] as Buffer })
      }))
    },
    {
      weight: 10,
      arbitrary: fc.option(fc.constantFrom(...MEDIA_TYPES), { nil: undefined }).map<Mutation>(type => ({
        how: `Content-Type ${JSON.stringify(type)}`,
        apply: r => {
          const headers = headersOf(r)
          if (type === undefined) delete headers['Content-Type']
          else headers['Content-Type'] = type
          return { ...r, headers }
        }
      }))
    },
    {
      weight: 10,
      arbitrary: fc
        .oneof(
          fc.constantFrom<string | undefined>(undefined, 'sha256:xyz', 'sha256:', 'md5:0123', 'SHA256:' + 'a'.repeat(64)),
          fc.uint8Array({ minLength: 32, maxLength: 32 }).map(b => `sha256:${Buffer.from(b).toString('hex')}`),
          fc.constant('sha512-of-body'),
          fc.constant('uppercase')
        )
        .map<Mutation>(value => ({
          how: `Docker-Content-Digest ${value === undefined ? 'removed' : value.slice(0, 20)}`,
          apply: r => {
            const headers = headersOf(r)
            const actual = headers['Docker-Content-Digest']
            if (value === undefined) delete headers['Docker-Content-Digest']
            else if (value === 'sha512-of-body') headers['Docker-Content-Digest'] = `sha512:${createHash('sha512').update(bodyOf(r)).digest('hex')}`
            else if (value === 'uppercase') headers['Docker-Content-Digest'] = actual ? actual.replace(/[0-9a-f]{64}$/, h => h.toUpperCase()) : ''
            else headers['Docker-Content-Digest'] = value
            return { ...r, headers }
          }
        }))
    },
    {
      weight: 5,
      arbitrary: fc.constantFrom('0', '1', '-1', '9007199254740991', '1e3', 'abc').map<Mutation>(length => ({
        how: `Content-Length ${length} (HEAD only)`,
        apply: (r, req) => (req.method === 'HEAD' ? { ...r, headers: { ...headersOf(r), 'Content-Length': length } } : r)
      }))
    },
    {
      weight: 10,
      arbitrary: fc.constantFrom(400, 401, 403, 404, 405, 429, 500, 502, 204, 206).map<Mutation>(status => ({
        how: `status ${status}`,
        apply: r => ({ ...r, status, ...(status === 204 ? { body: '' } : {}) })
      }))
    },
    {
      weight: 5,
      arbitrary: fc.constantFrom('self', 'root', 'other-path').map<Mutation>(where => ({
        how: `redirect to ${where}`,
        apply: (_r, req) => ({
          status: 307,
          headers: { Location: where === 'self' ? req.url : where === 'root' ? '/v2/' : req.url.replace(REPOSITORY, 'prop/other') }
        })
      }))
    },
    { weight: 25, arbitrary: fc.constant<Mutation>({ how: 'connection dropped', apply: () => ({ status: 200, hangUp: true }) }) },
    // Each costs the stand-in's 20 ms pause: drawn rarely.
    { weight: 1, arbitrary: fc.constant<Mutation>({ how: 'body cut off', apply: r => ({ ...r, truncate: true }) }) }
  )
}

/** Descriptor fields a registry could lie about, in index and referrer entries. */
function descriptorLies(): fc.Arbitrary<Mutation> {
  return fc
    .record({
      field: fc.constantFrom('size', 'mediaType', 'digest', 'artifactType', 'platform', 'annotations'),
      value: fc.constantFrom<Json>(
        2 ** 53 - 1,
        2 ** 53 + 2,
        1e300,
        -1,
        1.5,
        '12',
        null,
        '',
        'text/html',
        'sha256:abc',
        'sha256:' + 'A'.repeat(64),
        [],
        { a: 1 },
        { architecture: 1 }
      )
    })
    .map<Mutation>(({ field, value }) => ({
      how: `entry ${field} = ${JSON.stringify(value)}`,
      apply: r => {
        let doc: { manifests?: Record<string, unknown>[] }
        try {
          doc = JSON.parse(bodyOf(r).toString('utf8'))
        } catch {
          return r
        }
        if (!Array.isArray(doc?.manifests) || doc.manifests.length === 0) return r
        doc.manifests[0] = { ...doc.manifests[0], [field]: value }
        return { ...r, body: json(doc) }
      }
    }))
}

/** A registry that lies consistently about what a tag holds. */
function consistentLies(docs: Json[]): fc.Arbitrary<Mutation> {
  return fc.oneof(jsonBodies(docs), descriptorLies()).map<Mutation>(m => ({
    how: `consistently: ${m.how}`,
    consistent: true,
    apply: (r, req, c) => {
      const out = m.apply(r, req, c)
      return out.status === 200 ? { ...out, headers: { ...headersOf(out), 'Docker-Content-Digest': sha256(bodyOf(out)) } } : out
    }
  }))
}

/** The index loop: every child manifest is answered with its parent index (which would list it again). */
const loop: Mutation = {
  how: 'index loop: children answered with the parent index',
  apply: (r, req, c) =>
    req.url.includes(sha256(c.manifest)) && r.status === 200 ? { ...r, body: c.index, headers: { ...headersOf(r), 'Content-Type': OCI_INDEX } } : r
}

let server: StandIn
let client: RegistryClient
let repo: RepositoryRef
let c: Content
let dir: string

beforeAll(async () => {
  c = content()
  server = await startStandIn(req => honest(c, req, true))
  client = new RegistryClient({ retries: 0, timeoutMs: 5_000, maxManifestBytes: MAX_MANIFEST, maxBlobBytes: MAX_BLOB, retryBaseMs: 1, maxRetryDelayMs: 5 })
  repo = { registry: server.host, repository: REPOSITORY }
  dir = await mkdtemp(join(tmpdir(), 'seal-prop-registry-'))
})

afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

interface Case {
  op: Op
  mutation: Mutation
}

/** Which request of an operation gets the mutated answer. */
function target(op: Op, req: StandInRequest): boolean {
  const path = new URL(req.url, 'http://x').pathname
  switch (op) {
    case 'manifest':
      return path.endsWith(`/manifests/${sha256(c.manifest)}`)
    case 'index':
    case 'save':
      return path.endsWith(`/manifests/${sha256(c.index)}`) || path.endsWith(`/manifests/${TAG}`) || path.endsWith(`/manifests/${sha256(c.manifest)}`)
    case 'tag':
    case 'head-tag':
      return path.endsWith(`/manifests/${TAG}`)
    case 'head-digest':
    case 'resolve':
      return path.endsWith(`/manifests/${sha256(c.manifest)}`)
    case 'blob':
      return path.endsWith(`/blobs/${sha256(c.layer)}`)
    case 'referrers-api':
      return path.includes('/referrers/')
    case 'referrers-tag':
      return path.endsWith(`/manifests/${referrersTag(sha256(c.manifest))}`)
  }
}

const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST]

/**
 * Invariants of any descriptor handed out. The media type of a referrer entry
 * is the registry's word, only checked to be a string; a manifest that was
 * read (or looked up with a HEAD) has one of the manifest types asked for.
 */
function checkDescriptor(d: Descriptor): void {
  expect(typeof d.mediaType).toBe('string')
  expect(Number.isSafeInteger(d.size) && d.size >= 0).toBe(true)
  expect(d.digest).toMatch(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/)
}

const stripParams = (t: string | undefined): string => (t ?? '').split(';')[0].trim().toLowerCase()

interface Served {
  req: StandInRequest
  reply: StandInReply
}

/** Makes the stand-in answer honestly, but with `mutation` for the requests `op` targets; returns what it serves. */
function script(op: Op, mutation: Mutation): Served[] {
  const served: Served[] = []
  server.requests.length = 0
  const lies = new Map<string, StandInReply>()
  server.handle(req => {
    const path = new URL(req.url, 'http://x').pathname
    const base = lies.get(path) ?? honest(c, req, op !== 'referrers-tag')
    const reply = target(op, req) ? mutation.apply(base, req, c) : base
    if (mutation.consistent && reply.status === 200 && path.includes('/manifests/')) {
      lies.set(`/v2/${REPOSITORY}/manifests/${sha256(bodyOf(reply))}`, reply)
    }
    served.push({ req, reply })
    return reply
  })
  return served
}

/** Runs the operation under test against the stand-in. */
async function perform(op: Op): Promise<unknown> {
  const D = sha256(c.manifest)
  switch (op) {
    case 'manifest':
      return client.getManifest(repo, D)
    case 'index':
      return client.getManifest(repo, sha256(c.index))
    case 'tag':
      return client.getManifest(repo, TAG)
    case 'head-digest':
      return client.head(repo, D)
    case 'head-tag':
      return client.head(repo, TAG)
    case 'blob':
      return client.getBlob(repo, sha256(c.layer))
    case 'referrers-api':
      return client.referrers(repo, D)
    case 'referrers-tag':
      return listReferrers(client, repo, D)
    case 'resolve':
      return resolveImage(client, `${server.host}/${REPOSITORY}@${D}`)
    case 'save':
      return saveImage(client, `${server.host}/${REPOSITORY}:${TAG}`, dir)
  }
}

async function run(cs: Case): Promise<void> {
  const { op, mutation } = cs
  const served = script(op, mutation)
  const what = `${op}: ${mutation.how}`
  const D = sha256(c.manifest)
  const started = performance.now()
  let value: unknown
  try {
    value = await perform(op)
  } catch (err) {
    if (!(err instanceof SealError)) throw new Error(`${what}: threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`)
    if (!REGISTRY_CODES.includes(err.code)) throw new Error(`${what}: SealError ${err.code}: ${err.message}`)
    if (mutation.untouched) throw new Error(`${what}: an honest answer was refused: ${err.message}`)
    return
  } finally {
    // eslint-disable-next-line no-unsafe-finally -- the time limit holds whatever the outcome, and its failure names the case
    if (performance.now() - started > 4_000) throw new Error(`${what}: took ${(performance.now() - started).toFixed(0)} ms`)
    expect(server.requests.length).toBeLessThan(40)
  }
  const first = served.find(s => target(op, s.req))
  // After a redirect, what the client read is the last answer.
  const hit = first && first.reply.status >= 300 && first.reply.status < 400 ? served[served.length - 1] : first
  const status = hit?.reply.status
  switch (op) {
    case 'manifest':
    case 'index': {
      const bytes = op === 'manifest' ? c.manifest : c.index
      const m = value as Awaited<ReturnType<RegistryClient['getManifest']>>
      if (!m) {
        expect(status).toBe(404)
        return
      }
      // Addressed by digest: nothing but the original bytes.
      expect(m.bytes.equals(bytes)).toBe(true)
      expect(m.digest).toBe(sha256(bytes))
      expect(m.json).toEqual(JSON.parse(bytes.toString()))
      expect(m.mediaType).toBe(op === 'manifest' ? OCI_MANIFEST : OCI_INDEX)
      expect(m.size).toBe(bytes.length)
      return
    }
    case 'tag': {
      const m = value as Awaited<ReturnType<RegistryClient['getManifest']>>
      if (!m) {
        expect(status).toBe(404)
        return
      }
      // A tag is the registry's word: faithful to what was served, within the limit, a JSON object.
      const body = bodyOf(hit!.reply)
      expect(m.bytes.equals(body)).toBe(true)
      expect(body.length).toBeLessThanOrEqual(MAX_MANIFEST)
      expect(m.digest).toBe(sha256(body))
      const sent = hit!.reply.headers?.['Docker-Content-Digest']
      if (sent && /^sha256:[0-9a-f]{64}$/.test(sent)) expect(sent).toBe(m.digest)
      if (sent && /^sha512:[0-9a-f]{128}$/.test(sent)) expect(sent).toBe(`sha512:${createHash('sha512').update(body).digest('hex')}`)
      expect(m.json).toEqual(JSON.parse(body.toString('utf8')))
      expect(MANIFEST_TYPES).toContain(m.mediaType)
      if (mutation.untouched) expect(m.bytes.equals(c.index)).toBe(true)
      return
    }
    case 'head-digest':
    case 'head-tag': {
      const h = value as Awaited<ReturnType<RegistryClient['head']>>
      if (!h) {
        expect(served.some(s => s.reply.status === 404)).toBe(true)
        return
      }
      if (op === 'head-digest') expect(h.digest).toBe(D)
      else expect(h.digest).toMatch(/^sha(256:[0-9a-f]{64}|512:[0-9a-f]{128})$/)
      expect(MANIFEST_TYPES).toContain(h.mediaType)
      // A HEAD claims no size: its Content-Length is checked against nothing.
      expect(Object.keys(h).sort()).toEqual(['digest', 'mediaType'])
      if (mutation.untouched)
        expect(h).toEqual(op === 'head-digest' ? { digest: D, mediaType: OCI_MANIFEST } : { digest: sha256(c.index), mediaType: OCI_INDEX })
      return
    }
    case 'blob':
      expect((value as Buffer).equals(c.layer)).toBe(true)
      return
    case 'referrers-api': {
      const list = value as Descriptor[] | undefined
      if (list === undefined) {
        // No referrers API: an error status, or an answer that is not an image index.
        expect([400, 404, 405].includes(status!) || stripParams(hit?.reply.headers?.['Content-Type']) !== OCI_INDEX).toBe(true)
        return
      }
      list.forEach(checkDescriptor)
      const doc = JSON.parse(bodyOf(hit!.reply).toString('utf8')) as { manifests: unknown[] }
      expect(list.map(d => d.digest)).toEqual(doc.manifests.map(d => (d as Descriptor).digest))
      if (mutation.untouched) expect(list).toEqual(c.referrersDoc.manifests)
      return
    }
    case 'referrers-tag': {
      const list = value as Awaited<ReturnType<typeof listReferrers>>
      expect(list.source).toBe('referrers-tag')
      list.descriptors.forEach(checkDescriptor)
      if (mutation.untouched) expect(list.descriptors).toEqual(c.referrersDoc.manifests)
      return
    }
    case 'resolve': {
      // By digest, the descriptor (a signature's subject) is the manifest's, whatever was served.
      const image = value as Awaited<ReturnType<typeof resolveImage>>
      expect(image.descriptor).toEqual({ mediaType: OCI_MANIFEST, size: c.manifest.length, digest: D })
      return
    }
    case 'save': {
      const saved = value as Awaited<ReturnType<typeof saveImage>>
      // A consistent liar can point the tag at other content; that content is then what was saved.
      if (!mutation.consistent) expect(saved.digest).toBe(sha256(c.index))
      // Every blob written is named by the digest of its bytes.
      for (const name of await readdir(join(dir, 'blobs', 'sha256'))) {
        expect(sha256(await readFile(join(dir, 'blobs', 'sha256', name)))).toBe(`sha256:${name}`)
      }
      return
    }
  }
}

describe('registry responses (property)', () => {
  it(`give the honest data, faithful data, nothing, or a SealError with a registry code (${NUM_RUNS} runs)`, async () => {
    const manifestDoc = c.manifestDoc as unknown as Json
    const indexDoc = c.indexDoc as unknown as Json
    const referrersDoc = c.referrersDoc as unknown as Json
    const byOp: Record<Op, fc.Arbitrary<Mutation>> = {
      manifest: mutations([manifestDoc]),
      index: fc.oneof(mutations([indexDoc]), descriptorLies(), fc.constant(loop)),
      tag: fc.oneof(mutations([indexDoc]), descriptorLies()),
      'head-digest': mutations([manifestDoc]),
      'head-tag': fc.oneof(mutations([indexDoc]), consistentLies([indexDoc])),
      blob: mutations([manifestDoc]),
      'referrers-api': fc.oneof(mutations([referrersDoc]), descriptorLies()),
      'referrers-tag': fc.oneof(mutations([referrersDoc]), descriptorLies(), consistentLies([referrersDoc])),
      resolve: mutations([manifestDoc]),
      save: fc.oneof(fc.constant(loop), mutations([indexDoc]), consistentLies([indexDoc]))
    }
    const ops = Object.keys(byOp) as Op[]
    // saveImage sends a dozen requests and writes files: drawn less often.
    const op = fc.oneof({ weight: 24, arbitrary: fc.constantFrom(...ops.filter(o => o !== 'save')) }, { weight: 1, arbitrary: fc.constant<Op>('save') })
    await fc.assert(
      fc.asyncProperty(
        op.chain(o => byOp[o].map(mutation => ({ op: o, mutation }))),
        run
      ),
      propertyParams()
    )
  }, 180_000)
})

describe('registry responses: loops and sizes over many requests', () => {
  // A self-referencing "next" page must not be followed again and again: listTags stops at a URL
  // it has read, and bounds the pages, tags and bytes it reads in all.
  it('listTags stops at a tag page that links to itself', async () => {
    let pages = 0
    server.handle(req => {
      pages++
      // Stop after 200 pages so that the current client ends this test quickly.
      return {
        status: 200,
        headers: { 'Content-Type': 'application/json', ...(pages < 200 ? { Link: `<${req.url}>; rel="next"` } : {}) },
        body: json({ name: REPOSITORY, tags: ['a', 'b'] })
      }
    })
    const tags = await client.listTags(repo).catch(err => err as SealError)
    expect(pages).toBeLessThanOrEqual(2)
    if (Array.isArray(tags)) expect(tags).toEqual(['a', 'b'])
    else expect(tags.code).toBe('REGISTRY_ERROR')
  })

  it('refuses an answer that never comes, within the timeout', async () => {
    const quick = new RegistryClient({ retries: 0, timeoutMs: 300, maxManifestBytes: MAX_MANIFEST })
    server.handle(() => ({ status: 200, stall: true }))
    const started = Date.now()
    const err = await quick.getManifest(repo, sha256(c.manifest)).catch(e => e as SealError)
    expect(err).toBeInstanceOf(SealError)
    expect((err as SealError).code).toBe('REGISTRY_ERROR')
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('stops reading an endless body at the limit', async () => {
    server.handle(req => (req.url.includes('/blobs/') ? { status: 200, chunked: true, body: Buffer.alloc(64 * MAX_BLOB, 0x61) } : honest(c, req, true)))
    const err = await client.getBlob(repo, sha256(c.layer)).catch(e => e as SealError)
    expect((err as SealError).message).toContain('larger than the 16 KiB limit')
  })
})

/**
 * Lies aimed at what a signature records about an image (its subject's media
 * type and size) and at saveImage's reading of an index.
 */
describe('registry responses: media types, sizes and index entries', () => {
  /** Runs `op` with `mutation` and gives the value, or the error (a non-SealError fails the property). */
  async function outcome(op: Op, mutation: Mutation): Promise<{ value?: unknown; err?: SealError }> {
    script(op, mutation)
    try {
      return { value: await perform(op) }
    } catch (err) {
      if (!(err instanceof SealError)) throw new Error(`${op}: ${mutation.how}: threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`)
      return { err }
    }
  }

  // A HEAD answered with a Content-Type that is not a manifest type sends the client to a GET; a
  // manifest whose media type (its `mediaType`, else the Content-Type) is not one of those asked
  // for is refused. Nothing else can reach a referrer's subject.
  it(`HEAD and tag reads report a manifest media type (${SMALL_DOMAIN_RUNS} runs over 28 cases)`, async () => {
    const retyped = fc.constantFrom('text/html', 'application/json', '').map<Mutation>(type => ({
      how: `Content-Type ${JSON.stringify(type)}`,
      apply: r => ({ ...r, headers: { ...headersOf(r), 'Content-Type': type } })
    }))
    // The same, for a manifest without a `mediaType` of its own: the Content-Type is all there is.
    const untyped = fc.constantFrom('text/html', 'application/json', '').map<Mutation>(type => ({
      how: `no mediaType field, Content-Type ${JSON.stringify(type)}`,
      consistent: true,
      apply: r => {
        if (r.status !== 200) return r
        const doc = JSON.parse(bodyOf(r).toString('utf8')) as Record<string, Json>
        delete doc.mediaType
        return { ...r, body: json(doc), headers: { ...headersOf(r), 'Content-Type': type } }
      }
    }))
    const toRoot: Mutation = { how: 'redirect to /v2/', apply: () => ({ status: 307, headers: { Location: '/v2/' } }) }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Op>('head-digest', 'head-tag', 'resolve', 'tag'),
        fc.oneof(retyped, untyped, fc.constant(toRoot)),
        async (op, mutation) => {
          const { value, err } = await outcome(op, mutation)
          if (err) expect(REGISTRY_CODES).toContain(err.code)
          if (!value) return
          const mediaType = op === 'resolve' ? (value as { descriptor: Descriptor }).descriptor.mediaType : (value as { mediaType: string }).mediaType
          expect(MANIFEST_TYPES).toContain(mediaType)
        }
      ),
      { ...propertyParams(), numRuns: SMALL_DOMAIN_RUNS }
    )
  })

  it('refuses a manifest without a media type of its own served as text/html, naming the registry and the reference', async () => {
    script('tag', {
      how: 'no mediaType, text/html',
      apply: r => {
        const doc = JSON.parse(bodyOf(r).toString('utf8')) as Record<string, Json>
        delete doc.mediaType
        const body = json(doc)
        return { ...r, body, headers: { ...headersOf(r), 'Content-Type': 'text/html', 'Docker-Content-Digest': sha256(body) } }
      }
    })
    const err = (await client.getManifest(repo, TAG).catch(e => e)) as SealError
    expect(err).toBeInstanceOf(SealError)
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toBe(`Registry ${server.host} served manifest ${TAG} of ${REPOSITORY} with "text/html", not one of the manifest media types requested.`)
    // The same manifest served with its type is taken.
    script('tag', {
      how: 'no mediaType, index type',
      apply: r => {
        const doc = JSON.parse(bodyOf(r).toString('utf8')) as Record<string, Json>
        delete doc.mediaType
        const body = json(doc)
        return { ...r, body, headers: { ...headersOf(r), 'Docker-Content-Digest': sha256(body) } }
      }
    })
    expect((await client.getManifest(repo, TAG))?.mediaType).toBe(OCI_INDEX)
  })

  // A HEAD's Content-Length is checked against nothing: head() claims no size, and resolveImage
  // takes the descriptor (a signature's subject) from the bytes of a GET.
  it(`no size but the manifest's own reaches a descriptor, whatever a HEAD says (${SMALL_DOMAIN_RUNS} runs over 15 cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Op>('head-digest', 'head-tag', 'resolve'), fc.constantFrom(0, 1, 100, 4096, 2 ** 40), async (op, length) => {
        const { value } = await outcome(op, {
          how: `Content-Length ${length}`,
          apply: (r, req) => (req.method === 'HEAD' ? { ...r, headers: { ...headersOf(r), 'Content-Length': String(length) } } : r)
        })
        if (op === 'resolve') expect((value as { descriptor: Descriptor }).descriptor.size).toBe(c.manifest.length)
        else
          expect(value).toEqual(
            op === 'head-digest' ? { digest: sha256(c.manifest), mediaType: OCI_MANIFEST } : { digest: sha256(c.index), mediaType: OCI_INDEX }
          )
      }),
      { ...propertyParams(), numRuns: SMALL_DOMAIN_RUNS }
    )
  })

  it('resolves an image with one GET, and signs the size of its bytes', async () => {
    script('resolve', { how: 'untouched', untouched: true, apply: r => r })
    const counted = new RegistryClient({ retries: 0 })
    const image = await resolveImage(counted, `${server.host}/${REPOSITORY}:${TAG}`)
    expect(image.descriptor).toEqual({ mediaType: OCI_INDEX, size: c.index.length, digest: sha256(c.index) })
    expect(counted.requestCounts()).toEqual({ GET: 1 })
  })

  // A registry that lies consistently (Docker-Content-Digest matching the body it serves) can list
  // anything as an index entry: saveImage reads each as a descriptor with a digest seal can check,
  // and refuses the rest as a registry error (never a TypeError, never an input error).
  it(`saveImage gives a registry error for a hostile index, never a TypeError or an input error (${SMALL_DOMAIN_RUNS} runs over 18 cases)`, async () => {
    const entry = fc.constantFrom<Json>(1e300, { a: 1 }, null, [], '', 'sha256:abc', 'latest', 'sha384:' + 'a'.repeat(96), 'sha256:' + 'A'.repeat(64))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('digest', 'whole entry'), entry, async (field, value) => {
        const { err } = await outcome('save', {
          how: `index entry ${field} = ${JSON.stringify(value)}`,
          consistent: true,
          apply: r => {
            if (r.status !== 200 || !r.headers?.['Content-Type']?.includes('index')) return r
            const doc = JSON.parse(bodyOf(r).toString('utf8')) as { manifests: Json[] }
            doc.manifests[0] = field === 'digest' ? { ...(doc.manifests[0] as Record<string, Json>), digest: value } : value
            const body = json(doc)
            return { ...r, body, headers: { ...headersOf(r), 'Docker-Content-Digest': sha256(body) } }
          }
        })
        // Every value drawn is a bad entry: the save must fail, with a registry code.
        expect(err).toBeInstanceOf(SealError)
        expect(REGISTRY_CODES).toContain(err!.code)
        expect(err!.message).toContain(server.host)
      }),
      { ...propertyParams(), numRuns: SMALL_DOMAIN_RUNS }
    )
  })
})
