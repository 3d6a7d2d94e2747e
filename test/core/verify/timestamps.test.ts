/**
 * RFC 3161 timestamps are counted as sigstore-go and sigstore-python count
 * them: the ones that verify count against `timestamp-threshold`, the others
 * are reported and left out.
 */
import crypto from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON, toMessageSignatureBundle } from '@sigstore/bundle'
import { TSAWitness } from '@sigstore/sign'

import { readVerifyInputs } from '../../../src/core/inputs/read.js'
import { verifySummary } from '../../../src/core/report/summary.js'
import { runVerifyStep } from '../../../src/core/steps/verify.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { parseBundle, verifyBundle, type Bundle } from '../../../src/core/verify/index.js'
import { rejection } from '../../support/errors.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

let trusted: SigstoreStack
let untrusted: SigstoreStack
let trust: LoadedTrust
let dir: string
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
const expectKey = { publicKeyPEM: publicKey.export({ format: 'pem', type: 'spki' }).toString() }
const data = Buffer.from('timestamped twice\n')
const artifact = { digest: { algorithm: 'sha256' as const, value: crypto.createHash('sha256').update(data).digest() } }

/** A key-signed bundle stamped by these TSAs, in this order. */
async function stamped(tsas: SigstoreStack[]): Promise<Bundle> {
  const bundle = toMessageSignatureBundle({ digest: artifact.digest.value, signature: crypto.sign('sha256', data, privateKey), keyHint: 'k' })
  const tokens = []
  for (const s of tsas) tokens.push(...(await new TSAWitness({ tsaBaseURL: s.tsaURL }).testify(bundle.content)).rfc3161Timestamps)
  bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: tokens }
  return parseBundle(JSON.stringify(bundleToJSON(bundle)), 'test bundle')
}

beforeAll(async () => {
  ;[trusted, untrusted] = await Promise.all([startStack(), startStack()])
  dir = await mkdtemp(join(tmpdir(), 'seal-timestamps-'))
  await trusted.writeTrustedRoot(join(dir, 'trusted_root.json'))
  trust = await loadTrust({ trustedRootPath: join(dir, 'trusted_root.json') })
})

afterAll(async () => {
  await Promise.all([trusted?.close(), untrusted?.close()])
})

describe('mixed-validity RFC 3161 timestamps', () => {
  it('counts the valid one and reports the other, in either order', async () => {
    for (const order of [
      [untrusted, trusted],
      [trusted, untrusted]
    ]) {
      const result = await verifyBundle(await stamped(order), artifact, expectKey, trust, { tlogThreshold: 0, timestampThreshold: 1 })
      const position = order.indexOf(untrusted) + 1
      expect(result.uncountedTimestamps).toEqual([expect.stringMatching(new RegExp(`^RFC 3161 timestamp ${position} \\(signed at [^)]+\\): `))])
    }
  })

  it('fails when the valid ones are fewer than the threshold', async () => {
    const err = await rejection(verifyBundle(await stamped([trusted, untrusted]), artifact, expectKey, trust, { tlogThreshold: 0, timestampThreshold: 2 }))
    expect(err.code).toBe('TIMESTAMP_INVALID')
    expect(err.message).toContain('expected 2 timestamps, got 1')
  })

  it('fails with no valid timestamp at all', async () => {
    const err = await rejection(verifyBundle(await stamped([untrusted]), artifact, expectKey, trust, { tlogThreshold: 0, timestampThreshold: 1 }))
    expect(err.code).toBe('TIMESTAMP_INVALID')
  })

  it('reports nothing when every timestamp verifies', async () => {
    const result = await verifyBundle(await stamped([trusted]), artifact, expectKey, trust, { tlogThreshold: 0, timestampThreshold: 1 })
    expect(result.uncountedTimestamps).toBeUndefined()
  })

  it('says in the step summary which timestamps were not counted', async () => {
    await writeFile(join(dir, 'app.bin'), data)
    await writeFile(join(dir, 'app.bin.sigstore.json'), JSON.stringify(bundleToJSON(await stamped([untrusted, trusted]))))
    const values: Record<string, string> = {
      'subject-path': 'app.bin',
      key: expectKey.publicKeyPEM,
      'trusted-root': 'trusted_root.json',
      'tlog-threshold': '0',
      'timestamp-threshold': '1'
    }
    const result = await runVerifyStep(
      readVerifyInputs(name => values[name] ?? ''),
      { cwd: dir, env: {} }
    )
    expect(result.verified).toBe(true)
    expect(result.rows[0].uncountedTimestamps).toHaveLength(1)
    expect(result.warnings).toEqual([
      expect.stringMatching(/^app\.bin: RFC 3161 timestamp 1 \(signed at [^)]+\): .*; not counted toward `timestamp-threshold`\.$/)
    ])
    expect(verifySummary(result)).toContain('not counted toward')
  })
})
