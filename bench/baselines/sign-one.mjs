// Baseline for batch signing: what a user scripts today, one process per file.
// Keyless signing with @sigstore/sign: the CI's OIDC token, a fresh Fulcio
// certificate, a Rekor entry and an RFC 3161 timestamp, then the bundle next
// to the file.
//
//   FULCIO_URL=… REKOR_URL=… TSA_URL=… node bench/baselines/sign-one.mjs FILE
import { readFile, writeFile } from 'node:fs/promises'

import { bundleToJSON } from '@sigstore/bundle'
import { CIContextProvider, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } from '@sigstore/sign'

const file = process.argv[2]
const { FULCIO_URL, REKOR_URL, TSA_URL } = process.env
if (!file || !FULCIO_URL || !REKOR_URL) {
  console.error('usage: FULCIO_URL=… REKOR_URL=… [TSA_URL=…] node sign-one.mjs FILE')
  process.exit(2)
}

const signer = new FulcioSigner({ fulcioBaseURL: FULCIO_URL, identityProvider: new CIContextProvider('sigstore') })
const witnesses = [new RekorWitness({ rekorBaseURL: REKOR_URL, fetchOnConflict: true })]
if (TSA_URL) witnesses.push(new TSAWitness({ tsaBaseURL: TSA_URL }))
const builder = new MessageSignatureBundleBuilder({ signer, witnesses })
const bundle = await builder.create({ data: await readFile(file) })
await writeFile(`${file}.sigstore.json`, JSON.stringify(bundleToJSON(bundle)) + '\n')
