import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { encodePem } from '../../../src/core/formats/pem.js'
import { readSigningInputs } from '../../../src/core/inputs/read.js'
import { githubInstance, prepareSession, resolveServices } from '../../../src/core/steps/signing-setup.js'
import { rejection } from '../../support/errors.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const ctx = { cwd: '/', env: {} }

describe('resolveServices', () => {
  it("defaults to public-good's services and its TSA (from its TUF signing config, or built in when that cannot be read)", async () => {
    const cache = await mkdtemp(join(tmpdir(), 'seal-sc-cache-'))
    const s = await resolveServices(readSigningInputs(getter({ retries: '0' })), { cwd: '/', env: { XDG_CACHE_HOME: cache } })
    expect(s).toMatchObject({ fulcioURL: 'https://fulcio.sigstore.dev', tlogUpload: true })
    expect(s.rekorURL).toMatch(/^https:\/\/[a-z0-9.-]*rekor\.sigstore\.dev$/)
    expect(s.tsaURL).toMatch(/^https:\/\/timestamp\.sigstore\.dev\//)
  })

  it('keeps the built-in public-good services when a service URL is given', async () => {
    const s = await resolveServices(readSigningInputs(getter({ 'rekor-url': 'https://rekor.sigstore.dev' })), ctx)
    expect(s).toMatchObject({
      fulcioURL: 'https://fulcio.sigstore.dev',
      rekorURL: 'https://rekor.sigstore.dev',
      rekorVersion: 1,
      tsaURL: undefined,
      tlogUpload: true
    })
  })

  it("uses GitHub's instance for private repositories: its Fulcio and TSA, no Rekor", async () => {
    const s = await resolveServices(readSigningInputs(getter({ sigstore: 'github' })), ctx)
    expect(s).toMatchObject({ fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com/api/v1/timestamp', tlogUpload: false })
    expect(githubInstance('https://acme.ghe.com')).toEqual({
      fulcioURL: 'https://fulcio.acme.ghe.com',
      tsaURL: 'https://timestamp.acme.ghe.com/api/v1/timestamp'
    })
  })

  it("with the default `sigstore: auto`, a private repository's event payload means GitHub's instance, a public one public-good", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-event-'))
    for (const [visibility, fulcioURL, tlogUpload] of [
      ['private', 'https://fulcio.githubapp.com', false],
      ['public', 'https://fulcio.sigstore.dev', true]
    ] as const) {
      const path = join(dir, `${visibility}.json`)
      await writeFile(path, JSON.stringify({ repository: { full_name: 'acme/widgets', visibility } }))
      const s = await resolveServices(readSigningInputs(getter({})), { cwd: '/', env: { GITHUB_EVENT_PATH: path } })
      expect(s).toMatchObject({ fulcioURL, tlogUpload })
      // Forcing one still wins over the payload.
      const forced = await resolveServices(readSigningInputs(getter({ sigstore: visibility === 'private' ? 'public-good' : 'github' })), {
        cwd: '/',
        env: { GITHUB_EVENT_PATH: path }
      })
      expect(forced.fulcioURL).not.toBe(fulcioURL)
    }
  })

  it('takes a signing config, with explicit inputs winning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-sc-'))
    const start = '2020-01-01T00:00:00Z'
    await writeFile(
      join(dir, 'sc.json'),
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [{ url: 'https://ca.example', majorApiVersion: 1, validFor: { start } }],
        rekorTlogUrls: [{ url: 'https://log.example', majorApiVersion: 2, validFor: { start } }],
        tsaUrls: [{ url: 'https://tsa.example/api/v1/timestamp', majorApiVersion: 1, validFor: { start } }]
      })
    )
    const s = await resolveServices(readSigningInputs(getter({ 'signing-config': 'sc.json', 'fulcio-url': 'https://mine.example' })), { cwd: dir, env: {} })
    expect(s).toMatchObject({
      fulcioURL: 'https://mine.example',
      rekorURL: 'https://log.example',
      rekorVersion: 2,
      tsaURL: 'https://tsa.example/api/v1/timestamp',
      tlogUpload: true
    })
  })

  it('refuses a Rekor upload with no Rekor', async () => {
    await expect(resolveServices(readSigningInputs(getter({ sigstore: 'github', 'tlog-upload': 'true' })), ctx)).rejects.toThrow(/needs a Rekor/)
    expect(() => readSigningInputs(getter({ sigstore: 'staging' }))).toThrow(/`sigstore` must be auto, public-good or github/)
  })
})

describe('prepareSession with an unencrypted `key`', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' })
  const session = (key: string) => prepareSession(readSigningInputs(getter({ key })), ctx)

  it('signs with a PKCS#8 key', async () => {
    const { session: s } = await session(encodePem('PRIVATE KEY', pkcs8))
    expect((await s.identity()).keyHint).toBeDefined()
  })

  // As import-key-pair and cosign do: OpenSSL alone would read the key and ignore the rest.
  it('refuses a key whose DER has bytes after it, naming `key` without quoting the key', async () => {
    const pem = encodePem('PRIVATE KEY', Buffer.concat([pkcs8, Buffer.from([0, 1, 2])]))
    const err = await rejection(session(pem))
    expect(err.code).toBe('KEY_INVALID')
    expect(err.message).toBe('the key in `key` is not a valid PRIVATE KEY: its DER is cut short or has bytes after it')
    const body = pem.split('\n')[1]
    expect(`${err.message} ${err.hint ?? ''}`).not.toContain(body.slice(0, 16))
  })

  it('refuses a PEM without a private key, naming `key`', async () => {
    const err = await rejection(session(encodePem('CERTIFICATE', Buffer.from([0x30, 0]))))
    expect(err.message).toBe('`key` holds no private key (found CERTIFICATE)')
  })
})
