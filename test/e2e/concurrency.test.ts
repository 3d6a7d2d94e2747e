/**
 * Concurrent signers of one image on a busy machine: 20 sign-action
 * processes at once while two other processes burn CPU, for the legacy
 * `.sig` tag (a read-modify-write of one shared tag) and for referrer
 * bundles. SEAL_CONCURRENCY_ROUNDS sets how many rounds run (default 1).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ANNOTATIONS } from '../../src/core/formats/cosign-legacy.js'
import { readLegacyLayers } from '../../src/core/image/legacy-store.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { listReferrers } from '../../src/core/oci/referrers.js'
import { cosignTag } from '../../src/core/oci/types.js'
import { errorAnnotations } from '../support/assertions.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction } from '../support/runner.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

const ROUNDS = Math.max(1, Number(process.env.SEAL_CONCURRENCY_ROUNDS ?? 1) || 1)
const SIGNERS = 20

let stack: SigstoreStack
let registry: TestRegistry
let client: RegistryClient
let ws: string
let root: string
const burners: ChildProcess[] = []

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  client = new RegistryClient({ retryBaseMs: 50 })
  ws = await mkdtemp(join(tmpdir(), 'seal-concurrency-'))
  root = join(ws, 'trusted_root.json')
  await stack.writeTrustedRoot(root)
  // Two busy processes, as other jobs on a shared runner: each spins until killed (or for 30 min at most).
  for (let i = 0; i < 2; i++) {
    burners.push(spawn(process.execPath, ['-e', 'const end = Date.now() + 1800e3; while (Date.now() < end) {}'], { stdio: 'ignore' }))
  }
}, 60_000)

afterAll(async () => {
  for (const b of burners) b.kill('SIGKILL')
  await Promise.all([stack?.close(), registry?.close()])
})

describe.each(['legacy', 'bundle'])('%s signatures', format => {
  it(
    `${SIGNERS} concurrent sign steps beside two CPU-burning processes keep all ${SIGNERS} signatures, ${ROUNDS} round(s)`,
    async () => {
      const kept: number[] = []
      for (let round = 1; round <= ROUNDS; round++) {
        const image = await pushTestImage(client, `${registry.host}/busy-${format}-${round}`, 'v1')
        const ref = `${registry.host}/busy-${format}-${round}@${image.digest}`
        const runs = await Promise.all(
          Array.from({ length: SIGNERS }, () =>
            runAction('sign', {
              workspace: ws,
              inputs: { image: ref, 'signature-format': format, 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'show-summary': 'false' },
              env: { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken }
            })
          )
        )
        for (const r of runs) expect(errorAnnotations(r)).toBe('')
        if (format === 'legacy') {
          const layers = await readLegacyLayers(client, image.ref, cosignTag(image.digest, 'sig'))
          kept.push(new Set(layers.map(l => l.annotations?.[ANNOTATIONS.signature])).size)
        } else {
          kept.push((await listReferrers(client, image.ref, image.digest)).descriptors.length)
        }
      }
      expect(kept).toEqual(Array(ROUNDS).fill(SIGNERS))
      const v = await runAction('verify', {
        workspace: ws,
        inputs: { image: `${registry.host}/busy-${format}-1:v1`, 'trusted-root': root, 'certificate-identity': stack.identity() }
      })
      expect(v.outputs.verified).toBe('true')
    },
    ROUNDS * 300_000
  )
})
