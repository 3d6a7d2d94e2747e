import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readSigningInputs } from '../../../src/core/inputs/read.js'
import { resolveServices } from '../../../src/core/steps/signing-setup.js'
import { servicesFromTuf } from '../../../src/core/steps/signing-services.js'
import { signingConfigOf, startTufMirror, type TufMirror } from '../../support/tuf-mirror.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const root = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: []
}
const deployment = { fulcioURL: 'http://127.0.0.1:1/fulcio', rekorURL: 'http://127.0.0.1:1/rekor', tsaURL: 'http://127.0.0.1:1/tsa/api/v1/timestamp' }

const mirrors: TufMirror[] = []
async function mirror(targets?: Record<string, object>): Promise<TufMirror> {
  const m = await startTufMirror(root, { targets })
  mirrors.push(m)
  return m
}
async function ctx() {
  return { cwd: '/', env: { XDG_CACHE_HOME: await mkdtemp(join(tmpdir(), 'seal-sc-cache-')) }, warn: (line: string) => warnings.push(line) }
}
let warnings: string[] = []
beforeEach(() => {
  warnings = []
})
afterAll(async () => {
  await Promise.all(mirrors.map(m => m.close()))
})

describe('services from the TUF repository', () => {
  it('takes Fulcio, Rekor and the TSA from a private mirror with only tuf-mirror and tuf-root', async () => {
    const m = await mirror({ 'signing_config.v0.2.json': signingConfigOf(deployment) })
    const s = await resolveServices(readSigningInputs(getter({ 'tuf-mirror': m.url, 'tuf-root': m.rootPath })), await ctx())
    expect(s).toMatchObject({ ...deployment, rekorVersion: 1, tlogUpload: true })
    expect(m.requests).toContain('/tuf/targets/signing_config.v0.2.json')
  })

  it('selects Rekor v2 when the config does, and refuses v2 without a TSA', async () => {
    const v2 = await mirror({ 'signing_config.v0.2.json': signingConfigOf({ ...deployment, rekorVersion: 2 }) })
    const s = await resolveServices(readSigningInputs(getter({ 'tuf-mirror': v2.url, 'tuf-root': v2.rootPath })), await ctx())
    expect(s).toMatchObject({ rekorURL: deployment.rekorURL, rekorVersion: 2, tsaURL: deployment.tsaURL })
    const noTsa = await mirror({ 'signing_config.v0.2.json': signingConfigOf({ ...deployment, tsaURL: undefined, rekorVersion: 2 }) })
    await expect(resolveServices(readSigningInputs(getter({ 'tuf-mirror': noTsa.url, 'tuf-root': noTsa.rootPath })), await ctx())).rejects.toThrow(
      /Rekor v2 log.*needs a timestamp authority/
    )
  })

  it('explicit URL inputs win over the mirror config', async () => {
    const m = await mirror({ 'signing_config.v0.2.json': signingConfigOf(deployment) })
    const s = await resolveServices(
      readSigningInputs(getter({ 'tuf-mirror': m.url, 'tuf-root': m.rootPath, 'tsa-url': 'https://tsa.mine.example' })),
      await ctx()
    )
    expect(s).toMatchObject({ fulcioURL: deployment.fulcioURL, tsaURL: 'https://tsa.mine.example' })
  })

  it('refuses a mirror with no signing config, naming tuf-mirror', async () => {
    const m = await mirror()
    await expect(resolveServices(readSigningInputs(getter({ 'tuf-mirror': m.url, 'tuf-root': m.rootPath })), await ctx())).rejects.toThrow(
      /`tuf-mirror`.*has no signing config/
    )
  })

  it('refuses an unreachable mirror, and a first use without tuf-root', async () => {
    const m = await mirror({ 'signing_config.v0.2.json': signingConfigOf(deployment) })
    await expect(resolveServices(readSigningInputs(getter({ 'tuf-mirror': m.url })), await ctx())).rejects.toThrow(/no TUF root for .*set `tuf-root`/)
    await expect(
      resolveServices(readSigningInputs(getter({ 'tuf-mirror': 'http://127.0.0.1:9/tuf', 'tuf-root': m.rootPath, retries: '0' })), await ctx())
    ).rejects.toThrow(/cannot fetch the trusted root from TUF|TUF/)
  })

  it('reads the TUF repository only when no service is chosen otherwise', () => {
    expect(servicesFromTuf(readSigningInputs(getter({})), 'public-good')).toBe(true)
    expect(servicesFromTuf(readSigningInputs(getter({})), 'github')).toBe(false)
    expect(servicesFromTuf(readSigningInputs(getter({ 'fulcio-url': 'https://f.example' })), 'public-good')).toBe(false)
    expect(servicesFromTuf(readSigningInputs(getter({ sigstore: 'github' })), 'github')).toBe(false)
    expect(servicesFromTuf(readSigningInputs(getter({ 'signing-config': 'sc.json', 'tuf-mirror': 'https://t.example' })), 'public-good')).toBe(false)
    expect(servicesFromTuf(readSigningInputs(getter({ sigstore: 'github', 'tuf-mirror': 'https://t.example' })), 'github')).toBe(true)
    expect(servicesFromTuf(readSigningInputs(getter({ key: 'cosign.key' })), 'public-good')).toBe(false)
    expect(servicesFromTuf(readSigningInputs(getter({ key: 'cosign.key', 'tuf-mirror': 'https://t.example' })), 'public-good')).toBe(true)
  })
})
