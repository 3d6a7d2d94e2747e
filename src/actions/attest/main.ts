import * as core from '@actions/core'

import { describeSigner, signingSecrets } from '../../core/index.js'
import { attestResults, attestSummary, readAttestInputs, runAttestStep } from '../../core/attest-step.js'
import { fail, getInput, stepContext, writeSummary } from '../shared/runner.js'

/** attest-action: a signed in-toto statement (provenance, SBOM or custom) for files and digests. */
export async function run(): Promise<void> {
  try {
    const inputs = readAttestInputs(getInput)
    const result = await runAttestStep(inputs, stepContext(signingSecrets(inputs)))
    core.info(`Attestation (${result.predicateType}) for ${result.subjects.length} subject(s) written to ${result.bundlePath}`)
    if (result.logIndex) core.info(`Recorded in Rekor at log index ${result.logIndex}`)
    const who = describeSigner(result.signer)
    core.startGroup(result.signer.certificate ? `Signed with a certificate for ${who.identity} (${who.issuer})` : `Signed with ${who.identity}`)
    core.info(result.signer.publicKeyPEM)
    core.endGroup()
    for (const img of result.images) {
      for (const l of img.locations) core.info(`Attached the ${l.kind} to ${img.image} (${l.format}): ${l.location}`)
    }
    // One path per line with `attestation-per-subject` (one bundle per subject).
    core.setOutput('bundle-path', result.bundles.map(b => b.bundlePath).join('\n'))
    core.setOutput('predicate-type', result.predicateType)
    core.setOutput('rekor-log-index', result.logIndex ?? '')
    core.setOutput('results', JSON.stringify(attestResults(result)))
    if (result.github) {
      core.setOutput('attestation-id', result.github.attestationId)
      core.setOutput('attestation-url', result.github.attestationURL)
      if (result.github.storageRecordIds.length) core.setOutput('storage-record-ids', result.github.storageRecordIds.join(','))
    }
    if (inputs.showSummary) {
      await writeSummary(
        attestSummary({
          subjects: result.subjects,
          predicateType: result.predicateType,
          bundlePath: result.bundlePath,
          logIndex: result.logIndex,
          integratedTime: result.integratedTime,
          rekorURL: result.rekorURL,
          identity: who.identity,
          issuer: who.issuer,
          attached: result.images.flatMap(i => i.locations.map(l => ({ image: i.image, ...l }))),
          attestationURL: result.github?.attestationURL,
          instance: result.instance
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
