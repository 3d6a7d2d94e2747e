import { createHash, randomBytes } from 'node:crypto'

import { RegistryClient } from '../../../src/core/oci/client.js'
import { nextLink } from '../../../src/core/util/http.js'
import { RegistryError } from '../../../src/core/oci/errors.js'
import { parseImageReference, type RepositoryRef } from '../../../src/core/oci/reference.js'
import { DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST, digestOf } from '../../../src/core/oci/types.js'
import { rejection } from '../../support/errors.js'
import { startFaultProxy, type FaultKind, type FaultProxy } from '../../support/fault-proxy.js'
import { pushTestImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { registryError, startStandIn, type StandIn, type StandInReply } from '../../support/registry/standin.js'

const sha = (b: string | Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex')
const fast = { retries: 3, retryBaseMs: 1, maxRetryDelayMs: 50 }

describe('RegistryClient against docker-registry', () => {
  let registry: TestRegistry
  let client: RegistryClient
  let repo: RepositoryRef

  beforeAll(async () => {
    registry = await startRegistry()
    client = new RegistryClient()
    repo = { registry: registry.host, repository: 'seal/client' }
  })
  afterAll(() => registry.close())

  it('pushes and reads back blobs, digest-checked, uploading each blob once', async () => {
    const bytes = randomBytes(3000)
    const d = await client.pushBlob(repo, bytes, 'application/x-test')
    expect(d).toEqual({ mediaType: 'application/x-test', size: 3000, digest: sha(bytes) })
    expect(await client.blobExists(repo, d.digest)).toBe(true)
    expect(await client.blobExists(repo, sha('absent'))).toBe(false)
    expect((await client.getBlob(repo, d.digest)).equals(bytes)).toBe(true)

    // A second client finds the blob with a HEAD and uploads nothing.
    const other = new RegistryClient()
    await other.pushBlob(repo, bytes)
    expect(other.requestCounts()).toEqual({ HEAD: 1 })

    const missing = await rejection(client.getBlob(repo, sha('nothing here')))
    expect(missing.code).toBe('REGISTRY_ERROR')
    expect((missing as RegistryError).status).toBe(404)
    expect(missing.message).toContain(registry.host)
    expect(missing.message).toContain('was not found')
  })

  it('refuses a blob larger than the limit', async () => {
    const bytes = randomBytes(5000)
    const d = await client.pushBlob(repo, bytes)
    const err = await rejection(client.getBlob(repo, d.digest, 4096))
    expect(err.message).toContain('larger than the 4 KiB limit')
  })

  it('round-trips manifests by tag and by digest, with HEAD agreeing', async () => {
    const image = await pushTestImage(client, `${registry.host}/seal/client`, 'one')
    const head = await client.head(repo, 'one')
    expect(head).toEqual({ digest: image.digest, mediaType: OCI_MANIFEST })
    expect(await client.head(repo, image.digest)).toEqual(head)
    const byTag = await client.getManifest(repo, 'one')
    const byDigest = await client.getManifest(repo, image.digest)
    expect(byTag?.digest).toBe(image.digest)
    expect(byDigest?.bytes.equals(byTag!.bytes)).toBe(true)
    expect(byDigest?.json.mediaType).toBe(OCI_MANIFEST)
    expect(sha(byDigest!.bytes)).toBe(image.digest)
    expect(await client.head(repo, 'no-such-tag')).toBeUndefined()
    expect(await client.getManifest(repo, sha('no such manifest'))).toBeUndefined()
  })

  it('pushes multi-platform indexes', async () => {
    const image = await pushTestImage(client, `${registry.host}/seal/client`, 'multi', { platformIndex: true, layers: 2 })
    const index = await client.getManifest(repo, 'multi')
    expect(index?.mediaType).toBe(OCI_INDEX)
    expect(index?.digest).toBe(image.digest)
    expect((index?.json.manifests as unknown[]).length).toBe(2)
    for (const m of image.manifests!) expect((await client.head(repo, m.digest))?.mediaType).toBe(OCI_MANIFEST)
  })

  it('keeps Docker media types as pushed', async () => {
    const config = await client.pushBlob(repo, Buffer.from('{"architecture":"amd64","os":"linux"}'), 'application/vnd.docker.container.image.v1+json')
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: DOCKER_MANIFEST, config, layers: [] }))
    const digest = await client.putManifest(repo, 'docker', bytes, DOCKER_MANIFEST)
    expect(digest).toBe(sha(bytes))
    expect(await client.head(repo, 'docker')).toEqual({ digest, mediaType: DOCKER_MANIFEST })
  })

  it('refuses to push a manifest under a digest it does not have', async () => {
    const err = await rejection(client.putManifest(repo, sha('other'), Buffer.from('{}'), OCI_MANIFEST))
    expect(err.code).toBe('INPUT_INVALID')
  })

  it('names the registry, method, path and status when the registry refuses a manifest', async () => {
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'a/b', size: 1, digest: sha('missing blob') }, layers: [] })
    )
    const err = (await rejection(new RegistryClient({ ...fast, retries: 1 }).putManifest(repo, 'broken', bytes, OCI_MANIFEST))) as RegistryError
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.status).toBe(400)
    expect(err.codes).toContain('MANIFEST_BLOB_UNKNOWN')
    expect(err.message).toContain(`Registry ${registry.host} answered HTTP 400 to PUT /v2/seal/client/manifests/broken`)
  })

  it('lists tags (distribution 2.8 answers in one page whatever the page size)', async () => {
    const pages: RepositoryRef = { registry: registry.host, repository: 'seal/pages' }
    const image = await pushTestImage(client, `${registry.host}/seal/pages`, 't0')
    for (const t of ['t1', 't2', 't3', 't4']) await client.putManifest(pages, t, (await client.getManifest(pages, 't0'))!.bytes, OCI_MANIFEST)
    expect((await client.listTags(pages, 2)).sort()).toEqual(['t0', 't1', 't2', 't3', 't4'])
    expect((await client.listTags(pages)).sort()).toEqual(['t0', 't1', 't2', 't3', 't4'])
    expect(await client.listTags({ registry: registry.host, repository: 'seal/never-pushed' })).toEqual([])
    expect(image.ref.tag).toBe('t0')
  })

  it('reports no referrers API on distribution 2.8', async () => {
    const image = await pushTestImage(client, `${registry.host}/seal/client`, 'ref')
    expect(await client.referrers(repo, image.digest)).toBeUndefined()
  })

  it('logs every request with its status', async () => {
    const logged = new RegistryClient()
    await logged.head(repo, 'one')
    await logged.head(repo, 'absent')
    expect(logged.requests.map(r => [r.method, r.host, r.path, r.status])).toEqual([
      ['HEAD', registry.host, '/v2/seal/client/manifests/one', 200],
      ['HEAD', registry.host, '/v2/seal/client/manifests/absent', 404]
    ])
  })

  describe('when answers are lost after the registry acted', () => {
    const proxies: FaultProxy[] = []
    afterAll(() => Promise.all(proxies.map(p => p.close())))

    /** The registry behind a proxy that applies `kind` to the requests `which` picks. */
    async function behind(
      kind: FaultKind,
      which: (method: string, path: string) => boolean
    ): Promise<{ proxy: FaultProxy; client: RegistryClient; repo: RepositoryRef }> {
      const proxy = await startFaultProxy({ upstream: registry.url, rate: 1, faults: [kind], eligible: r => which(r.method, r.path) })
      proxies.push(proxy)
      return { proxy, client: new RegistryClient({ ...fast, timeoutMs: 2000 }), repo: { registry: new URL(proxy.url).host, repository: 'seal/lost' } }
    }

    it('finishes a blob upload whose PUT answer was lost: the retried PUT meets a closed session, and a HEAD finds the blob', async () => {
      let n = 0
      const { proxy, client, repo: via } = await behind('drop', (m, p) => m === 'PUT' && p.includes('/blobs/uploads/') && ++n === 1)
      const bytes = randomBytes(2000)
      expect(await client.pushBlob(via, bytes)).toMatchObject({ digest: sha(bytes) })
      expect(proxy.stats.faults.drop).toBe(1)
      expect(client.requests.map(r => `${r.method} ${r.status}`)).toEqual(['HEAD 404', 'POST 202', 'PUT 0', 'PUT 404', 'HEAD 200'])
      expect(await new RegistryClient().blobExists({ registry: registry.host, repository: 'seal/lost' }, sha(bytes))).toBe(true)
    })

    it('takes a blob upload whose every PUT answer was lost once a HEAD finds the blob; without the blob, the error stands', async () => {
      const stored = await behind('drop', (m, p) => m === 'PUT' && p.includes('/blobs/uploads/'))
      const bytes = randomBytes(2000)
      expect(await stored.client.pushBlob(stored.repo, bytes)).toMatchObject({ digest: sha(bytes) })

      const refused = await behind('reset', (m, p) => m === 'PUT' && p.includes('/blobs/uploads/'))
      const other = randomBytes(2000)
      const err = await rejection(refused.client.pushBlob(refused.repo, other))
      expect(err.message).toContain(`Could not reach registry ${refused.repo.registry} for PUT /v2/seal/lost/blobs/uploads/`)
      expect(await new RegistryClient().blobExists({ registry: registry.host, repository: 'seal/lost' }, sha(other))).toBe(false)
    })

    it('takes a manifest PUT whose every answer was lost once a HEAD shows it stored; without it, the error stands', async () => {
      const image = await pushTestImage(client, `${registry.host}/seal/lost`, 'base')
      const bytes = Buffer.from(JSON.stringify({ ...(await client.getManifest(image.ref, image.digest))!.json, annotations: { n: 'lost answers' } }))
      const stored = await behind('drop', m => m === 'PUT')
      expect(await stored.client.putManifest(stored.repo, 'lost-answers', bytes, OCI_MANIFEST)).toBe(sha(bytes))
      expect(stored.proxy.stats.faults.drop).toBe(fast.retries + 1)
      expect(stored.client.requests.at(-1)).toMatchObject({ method: 'HEAD', status: 200 })
      expect((await client.head({ registry: registry.host, repository: 'seal/lost' }, 'lost-answers'))?.digest).toBe(sha(bytes))
      // By digest as well.
      const byDigest = Buffer.from(JSON.stringify({ ...JSON.parse(bytes.toString()), annotations: { n: 'by digest' } }))
      expect(await stored.client.putManifest(stored.repo, sha(byDigest), byDigest, OCI_MANIFEST)).toBe(sha(byDigest))

      const refused = await behind('reset', m => m === 'PUT')
      const never = Buffer.from(JSON.stringify({ ...JSON.parse(bytes.toString()), annotations: { n: 'never stored' } }))
      const err = await rejection(refused.client.putManifest(refused.repo, 'never-stored', never, OCI_MANIFEST))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toContain(
        `Could not reach registry ${refused.repo.registry} for PUT /v2/seal/lost/manifests/never-stored (after ${fast.retries} retries)`
      )
      expect(await client.head({ registry: registry.host, repository: 'seal/lost' }, 'never-stored')).toBeUndefined()
    })
  })

  it('accepts image references as repositories', async () => {
    const ref = parseImageReference(`${registry.host}/seal/client:one`)
    expect((await client.head(ref, ref.reference))?.mediaType).toBe(OCI_MANIFEST)
  })
})

describe('RegistryClient against a misbehaving registry', () => {
  let standIn: StandIn
  let repo: RepositoryRef
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [] }))
  const digest = sha(manifest)
  const ok = (body: Buffer = manifest, headers: Record<string, string> = {}): StandInReply => ({
    status: 200,
    headers: { 'Content-Type': OCI_MANIFEST, 'Docker-Content-Digest': sha(body), ...headers },
    body
  })

  beforeAll(async () => {
    standIn = await startStandIn(() => ({ status: 404 }))
    repo = { registry: standIn.host, repository: 'app' }
  })
  beforeEach(() => {
    standIn.requests.length = 0
  })
  afterAll(() => standIn.close())

  it('retries 500 and 429 until the registry answers', async () => {
    const script: StandInReply[] = [registryError(500, 'UNKNOWN', 'boom'), { status: 429, headers: { 'Retry-After': '0' } }, { status: 502 }]
    standIn.handle(() => script.shift() ?? ok())
    const client = new RegistryClient(fast)
    const m = await client.getManifest(repo, digest)
    expect(m?.digest).toBe(digest)
    expect(client.requests.map(r => r.status)).toEqual([500, 429, 502, 200])
  })

  it('gives up after the configured retries, naming registry, method, path and status', async () => {
    standIn.handle(() => registryError(503, 'UNAVAILABLE', 'down for maintenance'))
    const client = new RegistryClient({ ...fast, retries: 2 })
    const err = (await rejection(client.getManifest(repo, 'v1'))) as RegistryError
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.status).toBe(503)
    expect(err.message).toBe(`Registry ${standIn.host} answered HTTP 503 to GET /v2/app/manifests/v1: UNAVAILABLE: down for maintenance.`)
    expect(err.hint).toContain('re-run')
    expect(standIn.requests).toHaveLength(3)
  })

  it('does not retry client errors', async () => {
    standIn.handle(() => registryError(400, 'NAME_INVALID', 'bad name'))
    const err = await rejection(new RegistryClient(fast).getManifest(repo, 'v1'))
    expect(err.message).toContain('NAME_INVALID')
    expect(standIn.requests).toHaveLength(1)
  })

  it('honours Retry-After, capped by maxRetryDelayMs', async () => {
    let n = 0
    standIn.handle(() => (n++ === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : ok()))
    let started = Date.now()
    await new RegistryClient({ retries: 1, retryBaseMs: 1, maxRetryDelayMs: 5000 }).getManifest(repo, digest)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)

    n = 0
    standIn.handle(() => (n++ === 0 ? { status: 503, headers: { 'Retry-After': '30' } } : ok()))
    started = Date.now()
    await new RegistryClient({ retries: 1, retryBaseMs: 1, maxRetryDelayMs: 100 }).getManifest(repo, digest)
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(90)
    expect(elapsed).toBeLessThan(2000)
  })

  it('retries dropped connections, then reports the registry as unreachable', async () => {
    let n = 0
    standIn.handle(() => (n++ === 0 ? { status: 0, hangUp: true } : ok()))
    expect((await new RegistryClient(fast).getManifest(repo, digest))?.digest).toBe(digest)

    standIn.handle(() => ({ status: 0, hangUp: true }))
    const err = await rejection(new RegistryClient({ ...fast, retries: 1 }).getManifest(repo, digest))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain(`Could not reach registry ${standIn.host} for GET /v2/app/manifests/${digest} (after 1 retries)`)
  })

  it('sends a read again when its body breaks off', async () => {
    const blob = randomBytes(64 * 1024)
    let n = 0
    standIn.handle(() => ({ status: 200, body: blob, truncate: n++ === 0 }))
    const client = new RegistryClient(fast)
    expect((await client.getBlob(repo, sha(blob))).equals(blob)).toBe(true)
    expect(client.requests.map(r => r.status)).toEqual([200, 200])

    standIn.handle(() => ({ status: 200, body: blob, truncate: true }))
    const err = await rejection(new RegistryClient({ ...fast, retries: 1 }).getBlob(repo, sha(blob)))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain(`Could not reach registry ${standIn.host}`)
  })

  it('times out a request that never gets an answer', async () => {
    standIn.handle(() => ({ status: 0, stall: true }))
    const err = await rejection(new RegistryClient({ timeoutMs: 200, retries: 0 }).head(repo, 'v1'))
    expect(err.message).toContain('no answer within 0.2 s')
  })

  it('rejects a manifest whose content does not match the requested digest', async () => {
    const other = Buffer.from(JSON.stringify({ schemaVersion: 2, tampered: true }))
    standIn.handle(() => ok(other, { 'Docker-Content-Digest': digest }))
    const err = (await rejection(new RegistryClient(fast).getManifest(repo, digest))) as RegistryError
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.message).toContain(standIn.host)
    expect(err.message).toContain(`manifest ${digest} has content with digest ${sha(other)}`)
  })

  it('rejects a tag served with a Docker-Content-Digest its content does not have', async () => {
    standIn.handle(() => ok(manifest, { 'Docker-Content-Digest': sha('something else') }))
    const err = await rejection(new RegistryClient(fast).getManifest(repo, 'v1'))
    expect(err.code).toBe('DIGEST_MISMATCH')
    // Without the header, the digest is computed from the content.
    standIn.handle(() => ({ status: 200, headers: { 'Content-Type': OCI_MANIFEST }, body: manifest }))
    expect((await new RegistryClient(fast).getManifest(repo, 'v1'))?.digest).toBe(digest)
  })

  it('rejects a HEAD that reports another digest than the one asked for', async () => {
    standIn.handle(() => ok(manifest, { 'Docker-Content-Digest': sha('x') }))
    const err = await rejection(new RegistryClient(fast).head(repo, digest))
    expect(err.code).toBe('DIGEST_MISMATCH')
  })

  it('falls back to GET when HEAD carries no digest', async () => {
    standIn.handle(req => ({ status: 200, headers: { 'Content-Type': OCI_MANIFEST }, body: req.method === 'HEAD' ? '' : manifest }))
    const client = new RegistryClient(fast)
    expect(await client.head(repo, 'v1')).toEqual({ digest, mediaType: OCI_MANIFEST })
    expect(client.requests.map(r => r.method)).toEqual(['HEAD', 'GET'])
  })

  it('takes a HEAD with a manifest Content-Type as it is, and claims no size from its Content-Length', async () => {
    standIn.handle(req => ({
      ...ok(),
      ...(req.method === 'HEAD' ? { headers: { 'Content-Type': OCI_MANIFEST, 'Docker-Content-Digest': digest, 'Content-Length': '4096' } } : {})
    }))
    const client = new RegistryClient(fast)
    expect(await client.head(repo, digest)).toEqual({ digest, mediaType: OCI_MANIFEST })
    expect(client.requests.map(r => r.method)).toEqual(['HEAD'])
  })

  it('falls back to GET when a HEAD carries no manifest Content-Type, and reports the media type of the manifest', async () => {
    for (const type of ['text/html', 'application/json', '', undefined]) {
      standIn.handle(req => {
        if (req.method !== 'HEAD') return ok()
        const headers: Record<string, string> = { 'Docker-Content-Digest': digest }
        if (type !== undefined) headers['Content-Type'] = type
        return { status: 200, headers }
      })
      const client = new RegistryClient(fast)
      expect(await client.head(repo, digest)).toEqual({ digest, mediaType: OCI_MANIFEST })
      expect(client.requests.map(r => r.method)).toEqual(['HEAD', 'GET'])
    }
    // Parameters and case do not matter.
    standIn.handle(() => ok(manifest, { 'Content-Type': `${OCI_MANIFEST.toUpperCase()}; charset=utf-8` }))
    const client = new RegistryClient(fast)
    expect(await client.head(repo, digest)).toEqual({ digest, mediaType: OCI_MANIFEST })
    expect(client.requests.map(r => r.method)).toEqual(['HEAD'])
  })

  it('refuses a manifest whose media type is not one of those asked for, naming the registry and the reference', async () => {
    // No mediaType of its own: the Content-Type is the media type.
    const untyped = Buffer.from(JSON.stringify({ schemaVersion: 2, config: {}, layers: [] }))
    for (const type of ['text/html', '']) {
      standIn.handle(() => ok(untyped, { 'Content-Type': type }))
      const err = (await rejection(new RegistryClient(fast).getManifest(repo, 'v1'))) as RegistryError
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toBe(
        `Registry ${standIn.host} served manifest v1 of app with ${type ? `"${type}"` : 'no media type'}, not one of the manifest media types requested.`
      )
      expect(err.hint).toContain(OCI_INDEX)
      // head() falls back to the GET, which refuses it too.
      expect((await rejection(new RegistryClient(fast).head(repo, 'v1'))).code).toBe('REGISTRY_ERROR')
    }
    // Its own mediaType wins over the Content-Type, and must be one of those asked for.
    const artifact = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.artifact.manifest.v1+json', blobs: [] }))
    standIn.handle(() => ok(artifact))
    expect((await rejection(new RegistryClient(fast).getManifest(repo, sha(artifact)))).message).toContain('"application/vnd.oci.artifact.manifest.v1+json"')
    // The same manifest type, asked for or not.
    standIn.handle(() => ok(untyped))
    expect((await new RegistryClient(fast).getManifest(repo, 'v1'))?.mediaType).toBe(OCI_MANIFEST)
    expect((await rejection(new RegistryClient(fast).getManifest(repo, 'v1', [OCI_INDEX]))).message).toContain(`with "${OCI_MANIFEST}"`)
  })

  it('rejects a blob whose content does not match its digest', async () => {
    standIn.handle(() => ({ status: 200, body: 'tampered' }))
    const err = await rejection(new RegistryClient(fast).getBlob(repo, sha('original')))
    expect(err.code).toBe('DIGEST_MISMATCH')
  })

  it('refuses oversized manifests, declared or streamed', async () => {
    const big = Buffer.from(JSON.stringify({ schemaVersion: 2, pad: 'x'.repeat(5000) }))
    standIn.handle(() => ok(big))
    const err = await rejection(new RegistryClient({ ...fast, maxManifestBytes: 4096 }).getManifest(repo, sha(big)))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toContain('larger than the 4 KiB limit')
    // No Content-Length: the body is cut off while it streams.
    standIn.handle(() => ({ status: 200, headers: { 'Content-Type': OCI_MANIFEST }, body: big, chunked: true }))
    const streamed = await rejection(new RegistryClient({ ...fast, maxManifestBytes: 4096 }).getManifest(repo, 'v1'))
    expect(streamed.message).toContain('larger than the 4 KiB limit')
  })

  it('refuses manifests that are not JSON objects', async () => {
    for (const body of [Buffer.from('not json'), Buffer.from('[1,2]'), Buffer.from('"text"')]) {
      standIn.handle(() => ok(body))
      const err = await rejection(new RegistryClient(fast).getManifest(repo, sha(body)))
      expect(err.message).toContain('not a JSON object')
    }
  })

  it('checks the digest the registry reports for a pushed manifest', async () => {
    standIn.handle(() => ({ status: 201, headers: { 'Docker-Content-Digest': sha('not what was sent') } }))
    const err = await rejection(new RegistryClient(fast).putManifest(repo, 'v1', manifest, OCI_MANIFEST))
    expect(err.code).toBe('DIGEST_MISMATCH')
    standIn.handle(() => ({ status: 201, headers: { 'Docker-Content-Digest': digest } }))
    expect(await new RegistryClient(fast).putManifest(repo, 'v1', manifest, OCI_MANIFEST)).toBe(digest)
    expect(standIn.requests.at(-1)?.headers['content-type']).toBe(OCI_MANIFEST)
  })

  it('finishes uploads at relative and absolute Locations, keeping their query', async () => {
    const blob = Buffer.from('blob content')
    for (const location of ['/v2/app/blobs/uploads/u1?_state=abc', `${standIn.url}/v2/app/blobs/uploads/u2?_state=def`, 'uploads/u3']) {
      standIn.requests.length = 0
      standIn.handle((req): StandInReply => {
        if (req.method === 'HEAD') return { status: 404 }
        if (req.method === 'POST') return { status: 202, headers: { Location: location } }
        return { status: 201, headers: { 'Docker-Content-Digest': sha(blob) } }
      })
      await new RegistryClient(fast).pushBlob(repo, blob)
      const put = standIn.requests.find(r => r.method === 'PUT')!
      const url = new URL(put.url, standIn.url)
      expect(url.searchParams.get('digest')).toBe(sha(blob))
      expect(put.body.equals(blob)).toBe(true)
      if (location.includes('_state')) expect(url.searchParams.get('_state')).toBe(location.includes('abc') ? 'abc' : 'def')
      if (location === 'uploads/u3') expect(url.pathname).toBe('/v2/app/blobs/uploads/uploads/u3')
    }
  })

  it('starts an upload again when its session vanished', async () => {
    const blob = Buffer.from('retry me')
    let puts = 0
    standIn.handle(req => {
      if (req.method === 'HEAD') return { status: 404 }
      if (req.method === 'POST') return { status: 202, headers: { Location: '/v2/app/blobs/uploads/x' } }
      return puts++ === 0 ? registryError(404, 'BLOB_UPLOAD_UNKNOWN', 'gone') : { status: 201 }
    })
    const client = new RegistryClient(fast)
    await client.pushBlob(repo, blob)
    expect(client.requests.map(r => `${r.method} ${r.status}`)).toEqual(['HEAD 404', 'POST 202', 'PUT 404', 'HEAD 404', 'POST 202', 'PUT 201'])
  })

  it('gives up on an upload whose session keeps vanishing, after its retries', async () => {
    standIn.handle(req => {
      if (req.method === 'HEAD') return { status: 404 }
      if (req.method === 'POST') return { status: 202, headers: { Location: '/v2/app/blobs/uploads/x' } }
      return registryError(404, 'BLOB_UPLOAD_UNKNOWN', 'gone')
    })
    const client = new RegistryClient({ ...fast, retries: 2 })
    const err = (await rejection(client.pushBlob(repo, Buffer.from('never lands')))) as RegistryError
    expect(err.status).toBe(404)
    expect(err.message).toContain('BLOB_UPLOAD_UNKNOWN')
    expect(client.requests.filter(r => r.method === 'POST')).toHaveLength(3)
  })

  it('does not take a lost manifest PUT for stored when the tag names other content', async () => {
    standIn.handle(req => (req.method === 'PUT' ? { status: 0, hangUp: true } : req.method === 'HEAD' ? ok() : { status: 404 }))
    const mine = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [], annotations: { mine: 'yes' } }))
    const err = await rejection(new RegistryClient({ ...fast, retries: 1 }).putManifest(repo, 'v1', mine, OCI_MANIFEST))
    expect(err.message).toContain(`Could not reach registry ${standIn.host} for PUT /v2/app/manifests/v1`)
    expect(standIn.requests.map(r => r.method)).toEqual(['PUT', 'PUT', 'HEAD'])
  })

  it('measures the time the registry took to answer, leaving out attempts that timed out and the waits between retries', async () => {
    let n = 0
    standIn.handle(async () => {
      if (n++ === 0) return { status: 0, stall: true }
      await new Promise(resolve => setTimeout(resolve, 100))
      return n === 2 ? { status: 503, headers: { 'Retry-After': '0' } } : ok()
    })
    const client = new RegistryClient({ timeoutMs: 400, retries: 3, retryBaseMs: 200 })
    const started = Date.now()
    const { value, serviceMs } = await client.timed(() => client.getManifest(repo, digest))
    const wall = Date.now() - started
    expect(value?.digest).toBe(digest)
    expect(client.requests.map(r => r.status)).toEqual([0, 503, 200])
    expect(wall).toBeGreaterThanOrEqual(400 + 100 + 100)
    // Only the answer that counted: about 100 ms.
    expect(serviceMs).toBeGreaterThanOrEqual(90)
    expect(serviceMs).toBeLessThan(300)
  })

  it('counts slow answers, and an outer measurement includes an inner one', async () => {
    standIn.handle(async () => {
      await new Promise(resolve => setTimeout(resolve, 150))
      return ok()
    })
    const client = new RegistryClient(fast)
    let inner = 0
    const outer = await client.timed(async () => {
      await client.getManifest(repo, digest)
      inner = (await client.timed(() => client.getManifest(repo, digest))).serviceMs
    })
    expect(inner).toBeGreaterThanOrEqual(140)
    expect(outer.serviceMs).toBeGreaterThanOrEqual(280)
    expect(outer.serviceMs).toBeGreaterThanOrEqual(inner + 140)
  })

  it('sends no credentials to an upload Location on another host', async () => {
    const elsewhere = await startStandIn(() => ({ status: 201 }))
    try {
      const auth = `Basic ${Buffer.from('me:pw').toString('base64')}`
      standIn.handle((req): StandInReply => {
        if (req.headers.authorization !== auth) return { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="x"' } }
        if (req.method === 'HEAD') return { status: 404 }
        return { status: 202, headers: { Location: `${elsewhere.url}/upload/1` } }
      })
      await new RegistryClient({ ...fast, credentials: { username: 'me', password: 'pw' } }).pushBlob(repo, Buffer.from('to elsewhere'))
      expect(elsewhere.requests).toHaveLength(1)
      expect(elsewhere.requests[0].headers.authorization).toBeUndefined()
      expect(standIn.requests.filter(r => r.headers.authorization === auth).length).toBeGreaterThan(0)
    } finally {
      await elsewhere.close()
    }
  })

  it('reads the referrers API, and treats other answers as no API', async () => {
    const entry = { mediaType: OCI_MANIFEST, size: 10, digest: sha('ref'), artifactType: 'application/x-a' }
    const entry2 = { mediaType: OCI_MANIFEST, size: 11, digest: sha('ref2'), artifactType: 'application/x-b' }
    standIn.handle(() => ({
      status: 200,
      headers: { 'Content-Type': OCI_INDEX },
      body: JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry, entry2] })
    }))
    const client = new RegistryClient(fast)
    expect(await client.referrers(repo, digest)).toEqual([entry, entry2])
    expect(await client.referrers(repo, digest, 'application/x-b')).toEqual([entry2])
    expect(new URL(standIn.requests.at(-1)!.url, standIn.url).searchParams.get('artifactType')).toBe('application/x-b')

    standIn.handle(() => ({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>' }))
    expect(await client.referrers(repo, digest)).toBeUndefined()
    standIn.handle(() => registryError(400, 'UNSUPPORTED', 'no'))
    expect(await client.referrers(repo, digest)).toBeUndefined()

    standIn.handle(() => ({ status: 200, headers: { 'Content-Type': OCI_INDEX }, body: JSON.stringify({ manifests: [{ digest: 'x' }] }) }))
    expect((await rejection(client.referrers(repo, digest))).message).toContain('not a valid descriptor')
  })

  it('follows tag pages on the same host only', async () => {
    const all = ['a', 'b', 'c', 'd', 'e']
    standIn.handle((req): StandInReply => {
      // Paginates like distribution 3: `n` per page, `last` the previous page's last tag.
      const url = new URL(req.url, standIn.url)
      const n = Number(url.searchParams.get('n') ?? 100)
      const from = url.searchParams.has('last') ? all.indexOf(url.searchParams.get('last')!) + 1 : 0
      const tags = all.slice(from, from + n)
      const more = from + n < all.length
      return {
        status: 200,
        headers: more ? { Link: `</v2/app/tags/list?last=${tags.at(-1)}&n=${n}>; rel="next"` } : {},
        body: JSON.stringify({ name: 'app', tags })
      }
    })
    const client = new RegistryClient(fast)
    expect(await client.listTags(repo, 2)).toEqual(all)
    expect(client.requests.map(r => r.path)).toEqual(Array(3).fill('/v2/app/tags/list'))
    expect(standIn.requests.map(r => r.url)).toEqual(['/v2/app/tags/list?n=2', '/v2/app/tags/list?last=b&n=2', '/v2/app/tags/list?last=d&n=2'])
    expect(await client.listTags(repo)).toEqual(all)

    standIn.handle(() => ({ status: 200, headers: { Link: '<http://elsewhere.example/v2/app/tags/list?last=b>; rel="next"' }, body: '{"tags":["a"]}' }))
    expect((await rejection(new RegistryClient(fast).listTags(repo))).message).toContain('another host')

    standIn.handle(() => ({ status: 200, body: '{"tags":[1]}' }))
    expect((await rejection(new RegistryClient(fast).listTags(repo))).message).toContain('not a list of tags')
  })

  it('stops at a tag page that links back to a page already read, naming the registry', async () => {
    // To itself, and round a circle of two pages.
    for (const link of [(url: string) => url, (url: string) => (url.includes('page=2') ? '/v2/app/tags/list' : '/v2/app/tags/list?page=2')]) {
      standIn.handle(req => ({
        status: 200,
        headers: { Link: `<${link(req.url)}>; rel="next"` },
        body: JSON.stringify({ tags: [req.url.includes('page=2') ? 'b' : 'a'] })
      }))
      standIn.requests.length = 0
      const err = (await rejection(new RegistryClient(fast).listTags(repo))) as RegistryError
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toMatch(
        new RegExp(
          `^Registry ${standIn.host} pointed the next tag page back at a page it already sent \\(/v2/app/tags/list(\\?page=2)?\\); stopped reading the tag list of app there\\.$`
        )
      )
      expect(standIn.requests.length).toBeLessThanOrEqual(2)
    }
    // The same query in another order is another page: followed.
    standIn.handle((req): StandInReply => {
      const url = new URL(req.url, standIn.url)
      const last = url.searchParams.get('last')
      return { status: 200, headers: last ? {} : { Link: '</v2/app/tags/list?n=1&last=a>; rel="next"' }, body: JSON.stringify({ tags: [last ? 'b' : 'a'] }) }
    })
    expect(await new RegistryClient(fast).listTags(repo, 1)).toEqual(['a', 'b'])
  })

  it('bounds what a tag list reads in all: bytes over every page, and tags', async () => {
    // Every page is new and within the manifest limit; together they pass 16 times that limit.
    let n = 0
    const page = (k: number): string =>
      JSON.stringify({ tags: Array.from({ length: 90 }, (_, i) => `t${String(k).padStart(4, '0')}-${String(i).padStart(2, '0')}`) })
    standIn.handle(() => {
      n++
      return { status: 200, headers: { Link: `</v2/app/tags/list?last=t${n}>; rel="next"` }, body: page(n) }
    })
    const err = await rejection(new RegistryClient({ ...fast, maxManifestBytes: 1024 }).listTags(repo))
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toBe(`Registry ${standIn.host} sent more than 16 KiB of tag pages; stopped reading the tag list of app there.`)
    // The page that passes the budget is the last one read.
    expect(n).toBe(Math.floor((16 * 1024) / page(1).length) + 1)

    // One page of more tags than anyone keeps.
    const many = Buffer.from(JSON.stringify({ tags: Array.from({ length: 1_000_001 }, () => 'a') }))
    standIn.handle(() => ({ status: 200, body: many }))
    expect((await rejection(new RegistryClient(fast).listTags(repo))).message).toBe(
      `Registry ${standIn.host} listed more than 1000000 tags; stopped reading the tag list of app there.`
    )
  })

  it('parses Link headers', () => {
    expect(nextLink('</v2/x/tags/list?last=b&n=2>; rel="next"')).toBe('/v2/x/tags/list?last=b&n=2')
    expect(nextLink('<https://a/prev>; rel="prev", <https://a/next>; rel=next')).toBe('https://a/next')
    expect(nextLink('<https://a/prev>; rel="prev"')).toBeUndefined()
    expect(nextLink(null)).toBeUndefined()
  })

  it('refuses references that are neither tags nor digests', async () => {
    const client = new RegistryClient(fast)
    expect((await rejection(client.getManifest(repo, '../etc'))).code).toBe('INPUT_INVALID')
    expect((await rejection(client.getBlob(repo, 'sha256:short'))).code).toBe('INPUT_INVALID')
    expect((await rejection(client.head({ registry: standIn.host, repository: 'Bad/Name' }, 'v1'))).code).toBe('INPUT_INVALID')
    // Values that are not strings at all (as a registry's JSON can hold) are refused the same way, never a TypeError.
    for (const [value, shown] of [
      [1e300, 'a number'],
      [{}, 'a object'],
      [null, 'null'],
      [[], 'a list']
    ] as const) {
      const err = await rejection(client.getManifest(repo, value as unknown as string))
      expect(err.code).toBe('INPUT_INVALID')
      expect(err.message).toBe(`${shown} is neither a tag nor a digest (sha256:<64 hex digits>).`)
      expect((await rejection(client.getBlob(repo, value as unknown as string))).message).toBe(`${shown} is not a digest (sha256:<64 lowercase hex digits>).`)
      expect((await rejection(client.referrers(repo, value as unknown as string))).code).toBe('INPUT_INVALID')
    }
    expect(standIn.requests).toHaveLength(0)
  })

  it('keeps a sha512 digest request verified with sha512', async () => {
    const d512 = 'sha512:' + createHash('sha512').update(manifest).digest('hex')
    standIn.handle(() => ({ status: 200, headers: { 'Content-Type': OCI_MANIFEST }, body: manifest }))
    const m = await new RegistryClient(fast).getManifest(repo, d512)
    expect(m?.digest).toBe(d512)
    expect(digestOf(m!.bytes)).toBe(digest)
  })
})
