import { runAttestStep, readAttestInputs, signingSecrets, attestResults, attestSummary, describeSigner } from '../../core/index.js'
import { fail, getInput, runner, stepContext } from '../shared/runner.js'

/** attest-action: a signed in-toto statement (provenance, SBOM or custom) for files and digests. */
export async function run(): Promise<void> {
  try {
    const inputs = readAttestInputs(getInput)
    const result = await runAttestStep(inputs, stepContext(signingSecrets(inputs)))
    runner.info(`Attestation (${result.predicateType}) for ${result.subjects.length} subject(s) written to ${result.bundlePath}`)
    if (result.logIndex) runner.info(`Recorded in Rekor at log index ${result.logIndex}`)
    const who = describeSigner(result.signer)
    runner.startGroup(result.signer.certificate ? `Signed with a certificate for ${who.identity} (${who.issuer})` : `Signed with ${who.identity}`)
    runner.info(result.signer.publicKeyPEM)
    runner.endGroup()
    for (const img of result.images) {
      for (const l of img.locations) runner.info(`Attached the ${l.kind} to ${img.image} (${l.format}): ${l.location}`)
    }
    runner.setOutput('bundle-path', result.bundlePath)
    runner.setOutput('predicate-type', result.predicateType)
    runner.setOutput('rekor-log-index', result.logIndex ?? '')
    runner.setOutput('results', JSON.stringify(attestResults(result)))
    if (result.github) {
      runner.setOutput('attestation-id', result.github.attestationId)
      runner.setOutput('attestation-url', result.github.attestationURL)
      if (result.github.storageRecordIds.length) runner.setOutput('storage-record-ids', result.github.storageRecordIds.join(','))
    }
    if (inputs.showSummary) {
      runner.appendSummary(
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
          attestationURL: result.github?.attestationURL
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
