/**
 * Child process of the verification benchmark: seal's BatchVerifier over a
 * list of (artifact, bundle) pairs in one process, as a verify step would run
 * it. Reads a JSON job file, prints one JSON line with the counts.
 */
import { readFile } from 'node:fs/promises'

import { buildIdentityPolicy } from '../../src/core/policy/identity.js'
import { loadTrust } from '../../src/core/trust/index.js'
import { settleLimit } from '../../src/core/util/concurrency.js'
import { BatchVerifier, parseBundle } from '../../src/core/verify/index.js'

interface Job {
  trustedRoot: string
  identity: string
  issuer: string
  pairs: { artifact: string; bundle: string }[]
}

const job = JSON.parse(await readFile(process.argv[2], 'utf8')) as Job
const started = performance.now()
const trust = await loadTrust({ trustedRootPath: job.trustedRoot })
const policy = buildIdentityPolicy({ certificateIdentity: job.identity, certificateOidcIssuer: job.issuer })
const pairs = await Promise.all(job.pairs.map(async p => ({ artifact: { path: p.artifact }, bundle: parseBundle(await readFile(p.bundle, 'utf8'), p.bundle) })))
const verifier = new BatchVerifier(trust)
const outcomes = await settleLimit(pairs, 8, pair => verifier.verify(pair.bundle, pair.artifact, { policy }))
const cacheUsed = verifier.cacheUsed
const failed = outcomes.filter(o => o.status === 'rejected')
console.log(
  JSON.stringify({
    verified: outcomes.length - failed.length,
    cacheUsed,
    failed: failed.length,
    firstError: failed[0] && String((failed[0] as PromiseRejectedResult).reason?.message ?? failed[0]),
    ms: performance.now() - started
  })
)
process.exitCode = failed.length === 0 ? 0 : 1
