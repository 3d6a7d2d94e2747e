import * as core from '@actions/core'

import { runAttestStep } from '../../core/attest-step.js'
import { readAttestInputs } from '../../core/inputs.js'
import { attestSummary } from '../../core/report.js'
import { fail, getInput, writeSummary } from '../shared/runner.js'

/** attest-action: a signed in-toto statement (provenance, SBOM or custom) for files and digests. */
export async function run(): Promise<void> {
  try {
    const inputs = readAttestInputs(getInput)
    if (inputs.identityToken) core.setSecret(inputs.identityToken)
    if (inputs.registryPassword) core.setSecret(inputs.registryPassword)
    const result = await runAttestStep(inputs, {
      cwd: process.cwd(),
      env: process.env,
      onSecret: secret => core.setSecret(secret),
      log: line => core.info(line),
      warn: line => core.warning(line)
    })
    core.info(`Attestation (${result.predicateType}) for ${result.subjects.length} subject(s) written to ${result.bundlePath}`)
    if (result.logIndex) core.info(`Recorded in Rekor at log index ${result.logIndex}`)
    core.startGroup(`Signed with a certificate for ${result.certificate.identity} (${result.certificate.issuer})`)
    core.info(result.certificate.pem)
    core.endGroup()
    for (const img of result.images) {
      for (const l of img.locations) core.info(`Attached the ${l.kind} to ${img.image} (${l.format}): ${l.location}`)
    }
    core.setOutput('bundle-path', result.bundlePath)
    core.setOutput('predicate-type', result.predicateType)
    core.setOutput('rekor-log-index', result.logIndex ?? '')
    core.setOutput(
      'results',
      JSON.stringify(
        result.subjects.map(s => ({
          subject: s.name ?? null,
          digest: s.digest,
          bundlePath: result.bundlePath,
          predicateType: result.predicateType,
          logIndex: result.logIndex ?? null,
          logId: result.logId ?? null,
          integratedTime: result.integratedTime ?? null,
          registry: result.images.find(i => i.digest === `sha256:${s.digest.sha256}`)?.locations ?? null
        }))
      )
    )
    if (inputs.showSummary) {
      await writeSummary(
        attestSummary({
          subjects: result.subjects,
          predicateType: result.predicateType,
          bundlePath: result.bundlePath,
          logIndex: result.logIndex,
          integratedTime: result.integratedTime,
          rekorURL: inputs.tlogUpload ? inputs.rekorURL : undefined,
          identity: result.certificate.identity,
          issuer: result.certificate.issuer,
          attached: result.images.flatMap(i => i.locations.map(l => ({ image: i.image, ...l })))
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
