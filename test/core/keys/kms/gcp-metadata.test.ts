/**
 * Cloud KMS keys with the credentials of a runner on Compute Engine or GKE:
 * no GOOGLE_APPLICATION_CREDENTIALS, so google-auth-library probes the
 * metadata server and takes the attached service account's token from it.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verify } from 'node:crypto'

// google-auth-library's own metadata client: it remembers, for the whole process, whether its probe found a
// metadata server; each test clears that so that it probes the server the test points at.
import { resetIsAvailableCache } from 'gcp-metadata'

import { RemoteKeySigner } from '../../../../src/core/keys/kms/signer.js'
import { startGceMetadata, type GceMetadataStandIn } from '../../../support/kms/gce-metadata.js'
import { startGcpKms, type GcpKmsStandIn } from '../../../support/kms/gcp.js'
import { rejection } from '../../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
const KEY = 'projects/seal-ci/locations/global/keyRings/release/cryptoKeys/runner'
const TOKEN_PATH = '/computeMetadata/v1/instance/service-accounts/default/token'
let kms: GcpKmsStandIn
let metadata: GceMetadataStandIn
let env: NodeJS.ProcessEnv
let version: ReturnType<GcpKmsStandIn['addVersion']>

beforeAll(async () => {
  kms = await startGcpKms()
  metadata = await startGceMetadata({ projectId: 'seal-ci', onToken: token => kms.acceptToken(token) })
  version = kms.addVersion(KEY)
  env = {
    GCE_METADATA_HOST: metadata.host,
    // An empty gcloud configuration directory, so that no credentials file of the machine's is found.
    CLOUDSDK_CONFIG: await mkdtemp(join(tmpdir(), 'seal-gcloud-')),
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS: `${kms.url}/`
  }
})
beforeEach(() => {
  resetIsAvailableCache()
  metadata.failTokens(undefined)
})
afterAll(async () => {
  await metadata.close()
  await kms.close()
})

/**
 * Runs `fn` with `vars` as the whole process environment, then puts the machine's back. seal hands `vars` to
 * the key code, but google-auth-library and gcp-metadata read GOOGLE_APPLICATION_CREDENTIALS, CLOUDSDK_CONFIG,
 * GCE_METADATA_HOST (and GCE_METADATA_IP, METADATA_SERVER_DETECTION) from process.env themselves.
 */
async function withEnv<T>(vars: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const saved = process.env
  process.env = { ...vars }
  try {
    return await fn()
  } finally {
    process.env = saved
  }
}

/** A host:port where nothing listens. */
async function closedHost(): Promise<string> {
  const server = await startGceMetadata({ projectId: 'seal-ci' })
  await server.close()
  return server.host
}

function expectOneLine(message: string): void {
  expect(message).not.toMatch(/\n|\bat .+:\d+:\d+/)
  for (const token of metadata.tokens) expect(message).not.toContain(token)
}

describe('Cloud KMS keys with credentials from the metadata server', () => {
  it('signs with the service account token the metadata server gives; the signature verifies with node:crypto', async () => {
    const seen = kms.requests.length
    const signer = await withEnv(env, () => RemoteKeySigner.open(`gcpkms://${KEY}`, env))
    const sig = await withEnv(env, () => signer.sign(DATA))
    expect(signer.publicKeyPEM).toBe(version.held.publicKeyPEM)
    expect(verify('sha256', DATA, version.held.publicKey, sig)).toBe(true)
    expect(verify('sha256', Buffer.from('other bytes'), version.held.publicKey, sig)).toBe(false)

    // One token for the Cloud KMS scope (after the library's probe, which it skips on a machine that is itself on
    // Google Cloud); every request says Metadata-Flavor: Google.
    expect(metadata.requests.map(r => r.url.pathname).filter(p => p !== '/computeMetadata/v1/instance')).toEqual([TOKEN_PATH])
    expect(metadata.requests.every(r => r.method === 'GET' && r.headers['metadata-flavor'] === 'Google')).toBe(true)
    expect(metadata.requests.find(r => r.url.pathname === TOKEN_PATH)!.url.searchParams.get('scopes')).toBe('https://www.googleapis.com/auth/cloudkms')
    expect(metadata.tokens).toHaveLength(1)
    const calls = kms.requests.slice(seen)
    expect(calls.map(r => decodeURIComponent(r.url.pathname))).toEqual([
      `/v1/${KEY}/cryptoKeyVersions`,
      `/v1/${version.name}/publicKey`,
      `/v1/${version.name}:asymmetricSign`
    ])
    expect(calls.map(r => r.headers.authorization)).toEqual(calls.map(() => `Bearer ${metadata.tokens[0]}`))
  })

  it('the metadata server refuses a request without Metadata-Flavor: Google, and answers with that header', async () => {
    const url = `${metadata.url}/computeMetadata/v1/project/project-id`
    const bare = await fetch(url)
    expect(bare.status).toBe(403)
    expect(bare.headers.get('metadata-flavor')).toBe('Google')
    const forwarded = await fetch(url, { headers: { 'Metadata-Flavor': 'Google', 'X-Forwarded-For': '203.0.113.7' } })
    expect(forwarded.status).toBe(403)
    const asked = await fetch(url, { headers: { 'Metadata-Flavor': 'Google' } })
    expect(asked.status).toBe(200)
    expect(asked.headers.get('metadata-flavor')).toBe('Google')
    expect(await asked.text()).toBe('seal-ci')
    expect((await fetch(`${metadata.url}${TOKEN_PATH}`)).status).toBe(403)
  })

  it.each([404, 500])('fails with one line naming the reference when the metadata server answers the token request with %i', async status => {
    metadata.failTokens(status)
    const seen = kms.requests.length
    const err = await rejection(withEnv(env, () => RemoteKeySigner.open(`gcpkms://${KEY}`, env)))
    expect(err.message).toBe(
      `\`key\` gcpkms://${KEY}: Cloud KMS could not be called: credentials could not be obtained: HTTP ${status} from ${metadata.url}${TOKEN_PATH}`
    )
    expect(err.hint).toMatch(/GOOGLE_APPLICATION_CREDENTIALS.*metadata server/)
    expectOneLine(err.message)
    expect(kms.requests.length).toBe(seen)
  })

  it('fails with one line naming the reference when no metadata server answers', async () => {
    const nowhere = { ...env, GCE_METADATA_HOST: await closedHost() }
    const err = await rejection(withEnv(nowhere, () => RemoteKeySigner.open(`gcpkms://${KEY}`, nowhere)))
    expect(err.message).toMatch(
      new RegExp(`^\`key\` gcpkms://${KEY}: Cloud KMS could not be called: credentials could not be obtained: Could not load the default credentials\\.`)
    )
    expect(err.hint).toMatch(/metadata server/)
    expectOneLine(err.message)
  })

  it('fails with one line naming the reference when the metadata server stops answering after the probe found it', async () => {
    const leaving = await startGceMetadata({ projectId: 'seal-ci', onToken: token => kms.acceptToken(token) })
    const vars = { ...env, GCE_METADATA_HOST: leaving.host }
    await withEnv(vars, () => RemoteKeySigner.open(`gcpkms://${KEY}`, vars))
    await leaving.close()
    // The probe's answer is remembered, so the library goes straight to the token and gets no answer.
    const err = await rejection(withEnv(vars, () => RemoteKeySigner.open(`gcpkms://${KEY}`, vars)))
    expect(err.message).toBe(
      `\`key\` gcpkms://${KEY}: Cloud KMS could not be called: credentials could not be obtained: no answer from ${leaving.url}${TOKEN_PATH} (ECONNREFUSED)`
    )
    expectOneLine(err.message)
    for (const token of leaving.tokens) expect(err.message).not.toContain(token)
  })
})
