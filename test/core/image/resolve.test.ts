import { createHash } from 'node:crypto'

import { resolveImage, resolveManifest, signatureRepository } from '../../../src/core/image/resolve.js'
import { RegistryClient, type ManifestResult } from '../../../src/core/oci/client.js'
import type { OciReader } from '../../../src/core/oci/reader.js'
import { OCI_MANIFEST } from '../../../src/core/oci/types.js'
import { rejection } from '../../support/errors.js'
import { startStandIn, type StandIn, type StandInReply } from '../../support/registry/standin.js'

const sha = (b: string | Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex')

const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [] }))
const digest = sha(manifest)

/** A reader that serves `result` for every manifest. */
function readerOf(result: ManifestResult | undefined): OciReader {
  const none = async (): Promise<never> => {
    throw new Error('not used')
  }
  return { head: none, getBlob: none, referrers: none, getManifest: async () => result }
}

describe('resolveImage', () => {
  let standIn: StandIn

  beforeAll(async () => {
    standIn = await startStandIn(() => ({ status: 404 }))
  })
  beforeEach(() => {
    standIn.requests.length = 0
  })
  afterAll(() => standIn.close())

  /** Serves the manifest under tag v1 and its digest, with the headers given for HEAD answers. */
  function serve(headHeaders: Record<string, string> = {}): void {
    standIn.handle((req): StandInReply => {
      if (!req.url.endsWith('/manifests/v1') && !req.url.endsWith(`/manifests/${digest}`)) return { status: 404 }
      return {
        status: 200,
        headers: { 'Content-Type': OCI_MANIFEST, 'Docker-Content-Digest': digest, ...(req.method === 'HEAD' ? headHeaders : {}) },
        body: manifest
      }
    })
  }

  it('resolves a tag and a digest with one GET each, describing the manifest by its bytes', async () => {
    // Were a HEAD sent, its Content-Length would lie.
    serve({ 'Content-Length': '4096' })
    const client = new RegistryClient({ retries: 0 })
    const byTag = await resolveImage(client, `${standIn.host}/app:v1`)
    expect(byTag.descriptor).toEqual({ mediaType: OCI_MANIFEST, size: manifest.length, digest })
    expect(byTag.resolvedFromTag).toBe('v1')
    expect(byTag.ref.toString()).toContain(`@${digest}`)
    const byDigest = await resolveManifest(client, `${standIn.host}/app@${digest}`)
    expect(byDigest.image.descriptor).toEqual(byTag.descriptor)
    expect(byDigest.image.resolvedFromTag).toBeUndefined()
    expect(byDigest.manifest.bytes.equals(manifest)).toBe(true)
    expect(client.requests.map(r => r.method)).toEqual(['GET', 'GET'])
  })

  it('says what was not found, and where', async () => {
    serve()
    const err = await rejection(resolveImage(new RegistryClient({ retries: 0 }), `${standIn.host}/app:v2`))
    expect(err.code).toBe('SUBJECT_NOT_FOUND')
    expect(err.message).toBe(`\`image\`: ${standIn.host}/app:v2 was not found in ${standIn.host}.`)
  })

  it('refuses a reader that answers a digest with another manifest, or with something that is not a manifest type', async () => {
    const other = Buffer.from('{"schemaVersion":2}')
    const answer = (over: Partial<ManifestResult>): ManifestResult => ({
      bytes: manifest,
      mediaType: OCI_MANIFEST,
      digest,
      size: manifest.length,
      json: {},
      ...over
    })
    const mismatch = await rejection(resolveImage(readerOf(answer({ bytes: other, digest: sha(other) })), `reg.example/app@${digest}`))
    expect(mismatch.code).toBe('REGISTRY_ERROR')
    expect(mismatch.message).toBe(`reg.example answered for ${digest} with the digest ${sha(other)}.`)

    for (const [mediaType, shown] of [
      ['text/html', '"text/html"'],
      ['', 'no media type']
    ]) {
      const err = await rejection(resolveImage(readerOf(answer({ mediaType })), 'reg.example/app:v1', { where: 'the OCI layout /x' }))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toBe(`\`image\`: the OCI layout /x holds reg.example/app:v1 with ${shown}, which is not an image manifest or index media type.`)
    }
    // The size is the length of the bytes, whatever the reader reports.
    expect((await resolveImage(readerOf(answer({ size: 1 })), 'reg.example/app:v1')).descriptor.size).toBe(manifest.length)
  })
})

describe('signatureRepository', () => {
  it('takes the input, else COSIGN_REPOSITORY, else none', () => {
    const env = { COSIGN_REPOSITORY: 'reg.example/from-env' }
    expect(signatureRepository('ghcr.io/acme/sigs', env)).toEqual({ registry: 'ghcr.io', repository: 'acme/sigs' })
    expect(signatureRepository(undefined, env)).toEqual({ registry: 'reg.example', repository: 'from-env' })
    expect(signatureRepository(undefined, { COSIGN_REPOSITORY: ' ' })).toBeUndefined()
    expect(signatureRepository(undefined, {})).toBeUndefined()
  })

  it('names COSIGN_REPOSITORY when the variable is not a repository', () => {
    expect(() => signatureRepository(undefined, { COSIGN_REPOSITORY: 'reg.example/sigs:latest' })).toThrow(/`COSIGN_REPOSITORY`: .* names a tag/)
  })

  it('moves only where signatures are stored: the image keeps its own reference', async () => {
    const bytes = Buffer.from('{"schemaVersion":2}')
    const digest = 'sha256:' + createHash('sha256').update(bytes).digest('hex')
    const reader = readerOf({ digest, mediaType: OCI_MANIFEST, bytes, size: bytes.length, json: {} })
    const moved = await resolveImage(reader, 'reg.example/app:v1', { signatureRepository: { registry: 'other.example', repository: 'sigs' } })
    expect(moved.ref.toString()).toBe(`reg.example/app:v1@${digest}`)
    expect(moved.store.toString()).toBe(`other.example/sigs:v1@${digest}`)
    expect((await resolveImage(reader, 'reg.example/app:v1')).store.toString()).toBe(`reg.example/app:v1@${digest}`)
  })
})
