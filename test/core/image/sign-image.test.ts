import { readLegacyLayers } from '../../../src/core/image/legacy-store.js'
import { resolveImage } from '../../../src/core/image/resolve.js'
import { signImage } from '../../../src/core/image/sign-image.js'
import { RegistryClient } from '../../../src/core/oci/client.js'
import { listReferrers } from '../../../src/core/oci/referrers.js'
import { cosignTag } from '../../../src/core/oci/types.js'
import type { SigningSession } from '../../../src/core/sign/session.js'
import { rejection } from '../../support/errors.js'
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js'
import { pushTestImage } from '../../support/images.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { stackSession } from '../../support/session.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

describe('signImage', () => {
  let stack: SigstoreStack
  let registry: TestRegistry
  let session: SigningSession
  let proxy: FaultProxy
  const client = new RegistryClient({ retries: 1, retryBaseMs: 1 })

  beforeAll(async () => {
    ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
    session = stackSession(stack)
    // Fails every write of a legacy `.sig` tag, when its rate is up.
    proxy = await startFaultProxy({
      upstream: registry.url,
      rate: 0,
      faults: ['503'],
      retryAfterSeconds: 0,
      eligible: r => r.method === 'PUT' && r.path.endsWith('.sig')
    })
  }, 60_000)
  afterAll(async () => {
    await proxy?.close()
    await Promise.all([stack?.close(), registry?.close()])
  })

  async function image(name: string) {
    const pushed = await pushTestImage(client, `${registry.host}/${name}`, 'v1')
    return { pushed, resolved: await resolveImage(client, `${new URL(proxy.url).host}/${name}@${pushed.digest}`) }
  }
  const direct = (name: string) => ({ registry: registry.host, repository: name })

  it('stores both formats, listing the bundle first', async () => {
    proxy.setRate(0)
    const { pushed, resolved } = await image('sign/both')
    const stored = await signImage(client, session, resolved, 'both')
    expect(stored.map(s => s.format)).toEqual(['bundle', 'legacy'])
    expect((await listReferrers(client, direct('sign/both'), pushed.digest)).descriptors).toHaveLength(1)
    expect(await readLegacyLayers(client, direct('sign/both'), cosignTag(pushed.digest, 'sig'))).toHaveLength(1)
  })

  it('stores only the format asked for', async () => {
    proxy.setRate(0)
    const { pushed, resolved } = await image('sign/bundle-only')
    expect((await signImage(client, session, resolved, 'bundle')).map(s => s.format)).toEqual(['bundle'])
    expect(await readLegacyLayers(client, direct('sign/bundle-only'), cosignTag(pushed.digest, 'sig'))).toEqual([])
  })

  it('when one format fails, sees the other through before failing', async () => {
    const { pushed, resolved } = await image('sign/half')
    proxy.setRate(1)
    const err = await rejection(signImage(client, session, resolved, 'both'))
    proxy.setRate(0)
    expect(err.code).toBe('REGISTRY_ERROR')
    expect(err.message).toMatch(/answered HTTP 503 to PUT \/v2\/sign\/half\/manifests\/sha256-[0-9a-f]{64}\.sig/)
    // The bundle was stored and listed by the time the step hears of the failure: nothing is still being written.
    const requests = client.requests.length
    expect((await listReferrers(client, direct('sign/half'), pushed.digest)).descriptors).toHaveLength(1)
    expect(await readLegacyLayers(client, direct('sign/half'), cosignTag(pushed.digest, 'sig'))).toEqual([])
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(client.requests.length).toBe(requests + 3)
  })
})
