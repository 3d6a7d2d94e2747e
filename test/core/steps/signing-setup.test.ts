import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readSigningInputs } from '../../../src/core/inputs/read.js'
import { githubInstance, resolveServices } from '../../../src/core/steps/signing-setup.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const ctx = { cwd: '/', env: {} }

describe('resolveServices', () => {
  it('defaults to public-good Fulcio and Rekor', async () => {
    const s = await resolveServices(readSigningInputs(getter({})), ctx)
    expect(s).toMatchObject({ fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev', tsaURL: undefined, tlogUpload: true })
  })

  it("uses GitHub's instance for private repositories: its Fulcio and TSA, no Rekor", async () => {
    const s = await resolveServices(readSigningInputs(getter({ sigstore: 'github' })), ctx)
    expect(s).toMatchObject({ fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com/api/v1/timestamp', tlogUpload: false })
    expect(githubInstance('https://acme.ghe.com')).toEqual({ fulcioURL: 'https://fulcio.acme.ghe.com', tsaURL: 'https://timestamp.acme.ghe.com/api/v1/timestamp' })
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
    expect(s).toMatchObject({ fulcioURL: 'https://mine.example', rekorURL: 'https://log.example', rekorVersion: 2, tsaURL: 'https://tsa.example/api/v1/timestamp', tlogUpload: true })
  })

  it('refuses a Rekor upload with no Rekor', async () => {
    await expect(resolveServices(readSigningInputs(getter({ sigstore: 'github', 'tlog-upload': 'true' })), ctx)).rejects.toThrow(/needs a Rekor/)
    expect(() => readSigningInputs(getter({ sigstore: 'staging' }))).toThrow(/`sigstore` must be public-good or github/)
  })
})
