import { createHash } from 'node:crypto'

import { appendLegacyLayer, readLegacyLayers } from '../../../src/core/image/legacy-store.js'
import { RegistryClient } from '../../../src/core/oci/client.js'
import type { RepositoryRef } from '../../../src/core/oci/reference.js'
import { cosignTag } from '../../../src/core/oci/types.js'
import { startStandIn, type StandIn, type StandInRequest } from '../../support/registry/standin.js'
import { answerLate, memoryRegistry, stallFirstTagWrite } from '../oci/memory-registry.js'

const sha = (b: string | Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex')

describe('appendLegacyLayer against a scripted registry', () => {
  let standIn: StandIn
  const image = sha('the image')
  const tag = cosignTag(image, 'sig')
  const layer = (n: string) => ({ blob: Buffer.from(`payload ${n}`), mediaType: 'application/x-test', annotations: { sig: n } })

  beforeAll(async () => {
    standIn = await startStandIn(() => ({ status: 404 }))
  })
  afterAll(() => standIn.close())

  const repo = (): RepositoryRef => ({ registry: standIn.host, repository: 'app' })

  it('appends to the layers already there and confirms its own', async () => {
    const reg = memoryRegistry()
    standIn.handle(reg.handler)
    const client = new RegistryClient({ retryBaseMs: 1 })
    expect(await appendLegacyLayer(client, repo(), image, 'sig', layer('one'), { settleMs: 5 })).toBe(tag)
    await appendLegacyLayer(client, repo(), image, 'sig', layer('two'), { settleMs: 5 })
    expect((await readLegacyLayers(client, repo(), tag)).map(l => l.annotations?.sig)).toEqual(['one', 'two'])
  })

  it('paces its confirming reads by the registry answering time, not by a write that timed out and was retried', async () => {
    const reg = memoryRegistry()
    // The first write of the tag gets no answer: the client times out (1 s) and sends it again.
    standIn.handle(stallFirstTagWrite(reg.handler, tag))
    const client = new RegistryClient({ timeoutMs: 1000, retryBaseMs: 1 })
    const started = Date.now()
    await appendLegacyLayer(client, repo(), image, 'sig', layer('stalled once'), { settleMs: 20 })
    const elapsed = Date.now() - started
    expect(client.requests.filter(r => r.method === 'PUT').map(r => r.status)).toEqual([0, 201])
    expect((await readLegacyLayers(client, repo(), tag)).map(l => l.annotations?.sig)).toEqual(['stalled once'])
    // Pacing by the wall time of that read-modify-write (over 1 s) would pause at least 3 s more.
    expect(elapsed).toBeGreaterThanOrEqual(1000)
    expect(elapsed).toBeLessThan(1800)
  })

  it('pauses longer before confirming on a registry that answers slowly', async () => {
    const reg = memoryRegistry()
    standIn.handle(answerLate(reg.handler, 200))
    const client = new RegistryClient({ retryBaseMs: 1 })
    const started = Date.now()
    await appendLegacyLayer(client, repo(), image, 'sig', layer('slow registry'), { settleMs: 20 })
    const elapsed = Date.now() - started
    // HEAD of the payload, then read, HEAD of the config, write (600 ms of answers in the read-modify-write),
    // and one confirming read after a pause of at least twice that: 1 s of answers and 1.2 s of pause.
    expect(client.requests.map(r => r.method)).toEqual(['HEAD', 'GET', 'HEAD', 'PUT', 'GET'])
    expect(elapsed).toBeGreaterThanOrEqual(1000 + 1200)
  })

  it('repairs what stale writers drop, its own layer and the layers of others it saw', async () => {
    const reg = memoryRegistry()
    const writes: StandInRequest[] = []
    let replays: StandInRequest[] = []
    standIn.handle(async req => {
      const reply = await reg.handler(req)
      if (req.method === 'PUT' && req.url.endsWith(tag)) {
        writes.push(req)
        // A writer that read the tag earlier lands its write right after this one.
        const stale = replays.shift()
        if (stale) await reg.handler(stale)
      }
      return reply
    })
    const client = new RegistryClient({ retryBaseMs: 1 })
    await appendLegacyLayer(client, repo(), image, 'sig', layer('one'), { settleMs: 5 })
    await appendLegacyLayer(client, repo(), image, 'sig', layer('three'), { settleMs: 5 })
    const [onlyOne, oneAndThree] = writes
    await reg.handler(onlyOne)
    expect((await readLegacyLayers(client, repo(), tag)).map(l => l.annotations?.sig)).toEqual(['one'])
    // Our write is replaced by one that lists `three` but not ours, then by one that lists neither.
    replays = [oneAndThree, onlyOne]
    await appendLegacyLayer(client, repo(), image, 'sig', layer('two'), { settleMs: 5 })
    expect(replays).toEqual([])
    expect((await readLegacyLayers(client, repo(), tag)).map(l => l.annotations?.sig).sort()).toEqual(['one', 'three', 'two'])
  })

  it('gives up, naming the tag, when other writers replace it on every attempt', async () => {
    const reg = memoryRegistry()
    let first: StandInRequest | undefined
    standIn.handle(async req => {
      const reply = await reg.handler(req)
      if (req.method === 'PUT' && req.url.endsWith(tag)) {
        if (!first) first = req
        else await reg.handler(first)
      }
      return reply
    })
    const client = new RegistryClient({ retryBaseMs: 1 })
    await appendLegacyLayer(client, repo(), image, 'sig', layer('one'), { settleMs: 5 })
    await expect(appendLegacyLayer(client, repo(), image, 'sig', layer('two'), { settleMs: 5, maxAttempts: 3 })).rejects.toThrow(
      /Could not keep the signature listed in .*sha256-[0-9a-f]{64}\.sig after 3 attempts/
    )
  })
})
