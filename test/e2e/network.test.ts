/**
 * Private deployments and corporate networks, through the bundled actions:
 * services taken from the signing config of a private TUF repository (Rekor
 * v1 and v2, a TSA), every request through a forward proxy (NO_PROXY
 * honoured), and a registry on TLS from a private CA.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expectCleanFailure } from '../support/assertions.js'
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction, type ActionRun } from '../support/runner.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'
import { privateCA, type PrivateCA } from '../support/tls.js'
import { signingConfigOf, startTufMirror, type TufMirror } from '../support/tuf-mirror.js'
import { RegistryClient } from '../../src/core/oci/client.js'

let stack: SigstoreStack
let registry: TestRegistry
let mirror: TufMirror
let mirrorV2: TufMirror
let ws: string

const hostOf = (url: string): string => new URL(url).host
const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken })
const tuf = (m: TufMirror) => ({ 'tuf-mirror': m.url, 'tuf-root': m.rootPath })

async function toolCache(): Promise<Record<string, string>> {
  return { RUNNER_TOOL_CACHE: await mkdtemp(join(tmpdir(), 'seal-toolcache-')) }
}

async function sign(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('sign', { workspace: ws, inputs, env: { ...oidcEnv(), ...(await toolCache()), ...env } })
}

async function verify(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify', { workspace: ws, inputs: { 'certificate-identity': stack.identity(), ...inputs }, env: { ...(await toolCache()), ...env } })
}

async function bundleOf(
  name: string
): Promise<{ verificationMaterial: { timestampVerificationData?: { rfc3161Timestamps: unknown[] }; tlogEntries: { kindVersion: { version: string } }[] } }> {
  return JSON.parse(await readFile(join(ws, `${name}.sigstore.json`), 'utf8'))
}

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
  const services = { fulcioURL: stack.fulcioURL, rekorURL: stack.rekorURL, tsaURL: stack.tsaURL }
  ;[mirror, mirrorV2] = await Promise.all([
    startTufMirror(stack.trustedRoot, { targets: { 'signing_config.v0.2.json': signingConfigOf(services) } }),
    startTufMirror(stack.trustedRoot, { targets: { 'signing_config.v0.2.json': signingConfigOf({ ...services, rekorVersion: 2 }) } })
  ])
  ws = await mkdtemp(join(tmpdir(), 'seal-net-'))
  for (const name of ['v1.txt', 'v2.txt', 'proxied.txt']) await writeFile(join(ws, name), `${name}\n`)
}, 60_000)

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close(), mirror?.close(), mirrorV2?.close()])
})

describe('a private deployment with only tuf-mirror and tuf-root', () => {
  it('signs with the signing config of the mirror, timestamps with its TSA, and verifies', async () => {
    const tsaBefore = stack.counts.tsa
    const signed = await sign({ 'subject-path': 'v1.txt', ...tuf(mirror) })
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(stack.counts.tsa).toBe(tsaBefore + 1)
    expect(mirror.requests).toContain('/tuf/targets/signing_config.v0.2.json')
    const bundle = await bundleOf('v1.txt')
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion.version).toBe('0.0.1')
    const run = await verify({ 'subject-path': 'v1.txt', ...tuf(mirror) })
    expect(run.outputs.verified).toBe('true')
  })

  it('writes a Rekor v2 entry when the config selects Rekor v2, and it verifies', async () => {
    const before = stack.counts.rekorV2
    const signed = await sign({ 'subject-path': 'v2.txt', ...tuf(mirrorV2) })
    expect(signed.code).toBe(0)
    expect(stack.counts.rekorV2).toBe(before + 1)
    const bundle = await bundleOf('v2.txt')
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion.version).toBe('0.0.2')
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    const run = await verify({ 'subject-path': 'v2.txt', ...tuf(mirrorV2) })
    expect(run.outputs.verified).toBe('true')
    const other = await verify({
      'subject-path': 'v2.txt',
      ...tuf(mirrorV2),
      'certificate-identity': 'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main'
    })
    expectCleanFailure(other, /identity/)
  })

  it('refuses a mirror whose root.json is not given on first use, naming tuf-root', async () => {
    const run = await sign({ 'subject-path': 'v1.txt', 'tuf-mirror': mirror.url })
    expectCleanFailure(run, /set `tuf-root`/)
  })

  it('stores image signatures in both layouts by default', async () => {
    const image = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/default-format`, 'v1')
    const signed = await sign({ image: `${registry.host}/default-format@${image.digest}`, ...tuf(mirror) })
    expect(signed.code).toBe(0)
    const [result] = JSON.parse(signed.outputs.results)
    expect(result.signatures.map((s: { format: string }) => s.format)).toEqual(['bundle', 'legacy'])
  })
})

describe('behind a forward proxy', () => {
  let proxy: ForwardProxy
  let proxyEnv: Record<string, string>

  beforeAll(async () => {
    proxy = await startForwardProxy()
    proxyEnv = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, https_proxy: proxy.url, http_proxy: proxy.url, NO_PROXY: '', no_proxy: '' }
  })
  afterAll(async () => {
    await proxy?.close()
  })

  it('sends the OIDC, Fulcio, Rekor, TSA, TUF and registry requests of sign and verify through it', async () => {
    const image = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/proxied`, 'v1')
    const signed = await sign({ 'subject-path': 'proxied.txt', image: `${registry.host}/proxied@${image.digest}`, ...tuf(mirror) }, proxyEnv)
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    for (const url of [stack.oidc.requestURL, stack.fulcioURL, stack.rekorURL, stack.tsaURL, mirror.url, registry.url]) {
      expect([url, proxy.targets[hostOf(url)] ?? 0]).toEqual([url, expect.any(Number)])
      expect(proxy.targets[hostOf(url)]).toBeGreaterThan(0)
    }
    const seen = { ...proxy.targets }
    const run = await verify({ image: `${registry.host}/proxied@${image.digest}`, ...tuf(mirror) }, proxyEnv)
    expect(run.outputs.verified).toBe('true')
    expect(proxy.targets[registry.host]).toBeGreaterThan(seen[registry.host])
  })

  it('goes direct to the hosts NO_PROXY names', async () => {
    const image = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/no-proxy`, 'v1')
    const before = { ...proxy.targets }
    const signed = await sign(
      { image: `${registry.host}/no-proxy@${image.digest}`, ...tuf(mirror) },
      { ...proxyEnv, NO_PROXY: registry.host, no_proxy: registry.host }
    )
    expect(signed.code).toBe(0)
    expect(proxy.targets[registry.host]).toBe(before[registry.host])
    expect(proxy.targets[hostOf(stack.fulcioURL)]).toBeGreaterThan(before[hostOf(stack.fulcioURL)])
  })

  it('fails clearly when the proxy variable is not a URL', async () => {
    const run = await sign({ 'subject-path': 'proxied.txt', ...tuf(mirror) }, { HTTPS_PROXY: 'ftp://proxy.example:21' })
    expectCleanFailure(run, /`HTTPS_PROXY` must be an http\(s\) proxy URL/)
  })
})

describe('a registry on TLS from a private CA', () => {
  let ca: PrivateCA
  let tlsRegistry: TestRegistry

  beforeAll(async () => {
    ca = await privateCA({ ips: ['127.0.0.2'] })
    tlsRegistry = await startRegistry({ tls: { certPath: ca.certPath, keyPath: ca.keyPath }, address: '127.0.0.2', storageOf: registry.dir })
  }, 60_000)
  afterAll(async () => {
    await tlsRegistry?.close()
  })

  it('signs and verifies with NODE_EXTRA_CA_CERTS, and fails naming it without', async () => {
    const image = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/tls-app`, 'v1')
    const ref = `${tlsRegistry.host}/tls-app@${image.digest}`
    const signed = await sign({ image: ref, ...tuf(mirror) }, { NODE_EXTRA_CA_CERTS: ca.caPath })
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    const run = await verify({ image: ref, ...tuf(mirror) }, { NODE_EXTRA_CA_CERTS: ca.caPath })
    expect(run.outputs.verified).toBe('true')
    const untrusted = await sign({ image: ref, ...tuf(mirror), retries: '0' })
    expectCleanFailure(untrusted, /NODE_EXTRA_CA_CERTS/)
  })
})
