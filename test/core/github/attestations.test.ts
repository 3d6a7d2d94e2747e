import { GitHubClient, parseRepositorySlug } from '../../../src/core/github/api.js'
import { nextLink } from '../../../src/core/util/http.js'
import { listAttestations, storeAttestation } from '../../../src/core/github/attestations.js'
import { SealError } from '../../../src/core/util/errors.js'
import { rejection } from '../../support/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../support/github-api.js'

const SLSA = 'https://slsa.dev/provenance/v1'
const WRITE = 'ghs_writer0123456789'
const READ = 'ghs_reader0123456789'
const HEX = 'ab'.repeat(32)
const widgets = { owner: 'acme', repo: 'widgets' }

/** A bundle-shaped object whose statement names one sha256 subject (the API does not verify signatures). */
function fakeBundle(hex = HEX, predicateType = SLSA, n = 0): Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: `file-${n}`, digest: { sha256: hex } }], predicateType, predicate: { n } }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'AAAA' } },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] }
  }
}

let api: GitHubStandIn
const client = (token = WRITE, retries = 2) => new GitHubClient({ apiURL: api.apiURL, token, timeoutMs: 5000, retries })

beforeEach(async () => {
  api = await startGitHubStandIn({
    accounts: { acme: 'Organization', alice: 'User' },
    tokens: { [WRITE]: ['attestations:write', 'artifact-metadata:write'], [READ]: ['attestations:read'] }
  })
})
afterEach(() => api.close())

describe('storeAttestation', () => {
  it('posts the bundle and returns the id and the attestation page', async () => {
    const stored = await storeAttestation(client(), widgets, fakeBundle(), 'https://github.com')
    expect(stored).toEqual({ id: '1', url: 'https://github.com/acme/widgets/attestations/1' })
    expect(api.attestations[0]).toMatchObject({ repository: 'acme/widgets', digests: [`sha256:${HEX}`] })
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/repos/acme/widgets/attestations',
      authorization: `Bearer ${WRITE}`,
      apiVersion: '2022-11-28'
    })
  })

  it('names the attestations: write permission on 403', async () => {
    const err = await rejection(storeAttestation(client(READ), widgets, fakeBundle(), 'https://github.com'))
    expect(err.code).toBe('GITHUB_AUTH')
    expect(err.describe()).toMatch(
      /refused to store the attestation in acme\/widgets \(HTTP 403: Resource not accessible by integration\).*`attestations: write`/
    )
    expect(api.requests).toHaveLength(1)
  })

  it('says the token was not accepted on 401, without the token', async () => {
    const err = await rejection(storeAttestation(client('ghs_not_a_token_at_all'), widgets, fakeBundle(), 'https://github.com'))
    expect(err.code).toBe('GITHUB_AUTH')
    expect(err.message).toContain('did not accept `github-token`')
    expect(err.message).toContain('Bad credentials')
    expect(err.describe()).not.toContain('ghs_not_a_token_at_all')
  })

  it('quotes GitHub on 422', async () => {
    const err = await rejection(storeAttestation(client(), widgets, { mediaType: 'x' }, 'https://github.com'))
    expect(err.code).toBe('GITHUB_API_ERROR')
    expect(err.message).toContain('HTTP 422: Validation Failed')
  })

  it('retries 5xx and 429, then succeeds', async () => {
    api.failNext(502, 1)
    const first = await storeAttestation(client(), widgets, fakeBundle(), 'https://github.com')
    api.failNext(429, 1, { 'Retry-After': '0' })
    await storeAttestation(client(), widgets, fakeBundle(), 'https://github.com')
    expect(first.id).toBe('1')
    expect(api.requests.map(r => r.method)).toEqual(['POST', 'POST', 'POST', 'POST'])
    expect(api.attestations).toHaveLength(2)
  })

  it('fails once the retries are spent', async () => {
    api.failNext(503, 3)
    const err = await rejection(storeAttestation(client(WRITE, 2), widgets, fakeBundle(), 'https://github.com'))
    expect(err.message).toContain('HTTP 503')
    expect(api.requests).toHaveLength(3)
    expect(api.attestations).toHaveLength(0)
  })
})

describe('listAttestations', () => {
  it('lists a repository by digest with the predicate type, reading the inline bundles', async () => {
    api.add('acme/widgets', fakeBundle(HEX, SLSA, 1))
    api.add('acme/widgets', fakeBundle(HEX, 'https://spdx.dev/Document/v2.3', 2))
    api.add('acme/other', fakeBundle(HEX, SLSA, 3))
    const found = await listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${HEX}`, predicateType: SLSA, limit: 30 })
    expect(found).toHaveLength(1)
    expect(JSON.parse(await found[0].bundle()).dsseEnvelope).toEqual(fakeBundle(HEX, SLSA, 1).dsseEnvelope)
    expect(found[0].source).toBe(`${api.apiURL}/repos/acme/widgets/attestations/sha256:${HEX} #1`)
    const q = api.requests[0].query
    expect([api.requests[0].path, q.get('per_page'), q.get('predicate_type')]).toEqual([`/api/repos/acme/widgets/attestations/sha256:${HEX}`, '30', SLSA])
    expect(api.blobRequests).toHaveLength(0)
  })

  it('follows bundle_url without the token when the answer has no inline bundle', async () => {
    await api.close()
    api = await startGitHubStandIn({ tokens: { [READ]: ['attestations:read'] }, bundleURLOnly: true })
    api.add('acme/widgets', fakeBundle())
    const [only] = await listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${HEX}`, limit: 30 })
    expect(JSON.parse(await only.bundle())).toEqual(fakeBundle())
    expect(api.blobRequests).toHaveLength(1)
    expect(api.blobRequests[0].authorization).toBeUndefined()
    expect(api.blobRequests[0].apiVersion).toBeUndefined()
  })

  it('pages through the Link header up to the limit', async () => {
    for (let i = 0; i < 130; i++) api.add('acme/widgets', fakeBundle(HEX, SLSA, i))
    const all = await listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${HEX}`, limit: 1000 })
    expect(all).toHaveLength(130)
    expect(api.requests.map(r => [r.query.get('per_page'), r.query.has('after')])).toEqual([
      ['100', false],
      ['100', true]
    ])
    const some = await listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${HEX}`, limit: 5 })
    expect(some).toHaveLength(5)
    expect(api.requests).toHaveLength(3)
    expect(api.requests[2].query.get('per_page')).toBe('5')
  })

  it('is empty when GitHub answers 404', async () => {
    api.add('acme/widgets', fakeBundle())
    expect(await listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${'cd'.repeat(32)}`, limit: 30 })).toEqual([])
  })

  it('asks the organisation endpoint for an owner, and the user endpoint for a user', async () => {
    api.add('acme/widgets', fakeBundle())
    api.add('alice/tools', fakeBundle())
    expect(await listAttestations(client(READ), { owner: 'acme' }, { digest: `sha256:${HEX}`, limit: 30 })).toHaveLength(1)
    expect(await listAttestations(client(READ), { owner: 'alice' }, { digest: `sha256:${HEX}`, limit: 30 })).toHaveLength(1)
    expect(api.requests.map(r => r.path.replace(/\/attestations\/.*/, ''))).toEqual(['/api/orgs/acme', '/api/orgs/alice', '/api/users/alice'])
  })

  it('fails on 401 with one line naming github-token', async () => {
    const err = await rejection(listAttestations(client('ghs_wrong'), { repository: widgets }, { digest: `sha256:${HEX}`, limit: 30 }))
    expect(err.code).toBe('GITHUB_AUTH')
    expect(err.describe()).toMatch(
      /^GitHub did not accept `github-token` to list the attestations of sha256:(ab)+ in acme\/widgets \(HTTP 401: Bad credentials\)\. Pass a valid token/
    )
  })

  it('refuses a next link to another host', async () => {
    await api.close()
    api = await startGitHubStandIn({ tokens: { [READ]: ['attestations:read'] }, linkOrigin: 'https://elsewhere.example' })
    for (let i = 0; i < 101; i++) api.add('acme/widgets', fakeBundle(HEX, SLSA, i))
    const err = await rejection(listAttestations(client(READ), { repository: widgets }, { digest: `sha256:${HEX}`, limit: 1000 }))
    expect(err.message).toContain('pointed at another host (https://elsewhere.example)')
  })
})

describe('helpers', () => {
  it('reads the next link among others', () => {
    expect(nextLink('<https://a/x?after=1>; rel="next", <https://a/x>; rel="first"')).toBe('https://a/x?after=1')
    expect(nextLink('<https://a/x>; rel="prev"')).toBeUndefined()
    expect(nextLink(null)).toBeUndefined()
  })

  it('parses owner/repo and its URL form, and rejects anything else', () => {
    expect(parseRepositorySlug('acme/widgets', 'repository')).toEqual(widgets)
    expect(parseRepositorySlug('https://github.com/acme/widgets', 'repository')).toEqual(widgets)
    expect(() => parseRepositorySlug('acme', 'repository')).toThrow('`repository` must be <owner>/<repository>')
    expect(() => parseRepositorySlug('acme/wid gets', 'repository')).toThrow(SealError)
  })
})
