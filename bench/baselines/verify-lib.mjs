// Baselines for batch verification with @sigstore/verify, as users write them:
// for each bundle, read it and its artifact, build the signed entity and run a
// Verifier with the identity policy.
//
//   node bench/baselines/verify-lib.mjs JOB.json            all pairs of the job in this process (a plain loop)
//   node bench/baselines/verify-lib.mjs JOB.json INDEX      only pair INDEX (one process per bundle)
//
// JOB.json: { trustedRoot, identity, issuer, pairs: [{ artifact, bundle }] }
import { readFile } from 'node:fs/promises'

import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'

const [jobPath, index] = process.argv.slice(2)
if (!jobPath) {
  console.error('usage: node verify-lib.mjs JOB.json [INDEX]')
  process.exit(2)
}
const job = JSON.parse(await readFile(jobPath, 'utf8'))
const material = toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(await readFile(job.trustedRoot, 'utf8'))))
const policy = { subjectAlternativeName: job.identity, extensions: { issuer: job.issuer } }
const pairs = index === undefined ? job.pairs : [job.pairs[Number(index)]]

let verified = 0
for (const pair of pairs) {
  const bundle = bundleFromJSON(JSON.parse(await readFile(pair.bundle, 'utf8')))
  const artifact = await readFile(pair.artifact)
  new Verifier(material).verify(toSignedEntity(bundle, artifact), policy)
  verified++
}
console.log(JSON.stringify({ verified }))
