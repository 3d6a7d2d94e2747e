import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readVerifyInputs } from '../../../src/core/inputs/read.js'
import { attestationLookup, type VerifyText } from '../../../src/core/steps/verify-github.js'
import { SealError } from '../../../src/core/util/errors.js'
import type { Expectations } from '../../../src/core/verify/expectations.js'
import { rejection } from '../../support/errors.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../support/github-api.js'

const READER = 'ghs_lookup_reader_token'
let api: GitHubStandIn
let dir: string
let file: { name: string; path: string }
let hex: string

function statementBundle(n: number, predicateType = 'https://slsa.dev/provenance/v1'): Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a.bin', digest: { sha256: hex } }], predicateType, predicate: { n } }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {},
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] }
  }
}

const inputs = (values: Record<string, string>) =>
  readVerifyInputs(name => ({ 'subject-path': 'a.bin', 'certificate-identity': 'x', 'github-token': READER, ...values })[name] ?? '')
const ctx = () => ({ cwd: dir, env: { GITHUB_API_URL: api.apiURL } })
const expectations = { predicateType: undefined } as unknown as Expectations
/** Accepts only the attestation whose predicate says n === 2. */
const onlySecond: VerifyText = async (text, source, exp) => {
  const n = JSON.parse(Buffer.from(JSON.parse(text).dsseEnvelope.payload, 'base64').toString()).predicate.n
  if (n !== 2) throw new SealError('IDENTITY_MISMATCH', `attestation ${n} is signed by someone else`)
  return { subject: 'a.bin', ok: true, bundlePath: source, predicateType: exp.predicateType }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-lookup-'))
  await writeFile(join(dir, 'a.bin'), 'lookup me\n')
  file = { name: 'a.bin', path: join(dir, 'a.bin') }
  hex = createHash('sha256').update('lookup me\n').digest('hex')
})
beforeEach(async () => {
  api = await startGitHubStandIn({ tokens: { [READER]: ['attestations:read'] } })
})
afterEach(() => api.close())

it('is off without repository or owner, and when bundle-path names a file', async () => {
  expect(await attestationLookup(inputs({}), ctx())).toBeUndefined()
  await writeFile(join(dir, 'one.sigstore.json'), '{}')
  expect(await attestationLookup(inputs({ repository: 'acme/widgets', 'bundle-path': 'one.sigstore.json' }), ctx())).toBeUndefined()
  expect(await attestationLookup(inputs({ repository: 'acme/widgets', 'bundle-path': '.' }), ctx())).toBeDefined()
  expect(await attestationLookup(inputs({ owner: 'acme' }), ctx())).toBeDefined()
})

it('takes the first attestation that verifies, with SLSA provenance as the default type', async () => {
  for (const n of [2, 1]) api.add('acme/widgets', statementBundle(n))
  const lookup = await attestationLookup(inputs({ repository: 'acme/widgets' }), ctx())
  const row = await lookup!.verify(file, join(dir, 'a.bin.sigstore.json'), expectations, onlySecond)
  expect(row).toMatchObject({
    ok: true,
    predicateType: 'https://slsa.dev/provenance/v1',
    bundlePath: `${api.apiURL}/repos/acme/widgets/attestations/sha256:${hex} #2`
  })
})

it('fails with the last reason when none verifies', async () => {
  for (const n of [1, 3]) api.add('acme/widgets', statementBundle(n))
  const lookup = await attestationLookup(inputs({ repository: 'acme/widgets' }), ctx())
  const err = await rejection(lookup!.verify(file, 'missing', expectations, onlySecond))
  expect(err.code).toBe('IDENTITY_MISMATCH')
  expect(err.message).toBe(
    `none of the 2 attestations GitHub lists for sha256:${hex} in acme/widgets verifies; the last: attestation 1 is signed by someone else`
  )
})
