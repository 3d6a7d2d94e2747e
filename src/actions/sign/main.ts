import * as core from '@actions/core'

import { readSignInputs } from '../../core/inputs.js'
import { signSummary } from '../../core/report.js'
import { runSignStep } from '../../core/sign-step.js'
import { fail, getInput, writeSummary } from '../shared/runner.js'

/** sign-action: keyless signatures for files, one bundle per file. */
export async function run(): Promise<void> {
  try {
    const inputs = readSignInputs(getInput)
    if (inputs.identityToken) core.setSecret(inputs.identityToken)
    const result = await runSignStep(inputs, {
      cwd: process.cwd(),
      env: process.env,
      onSecret: secret => core.setSecret(secret),
      log: line => core.info(line),
      warn: line => core.warning(line)
    })
    const { certificate } = result
    core.info(`Certificate issued to ${certificate.identity} by ${certificate.issuer} (token from ${result.tokenSource})`)
    for (const f of result.files) {
      core.info(`Signed ${f.subject} sha256:${f.sha256} -> ${f.bundlePath}${f.logIndex ? ` (Rekor log index ${f.logIndex})` : ''}`)
    }
    for (const img of result.images) {
      for (const sig of img.signatures) {
        core.info(`Signed ${img.reference} (${sig.format}) -> ${sig.location}${sig.logIndex ? ` (Rekor log index ${sig.logIndex})` : ''}`)
      }
    }
    core.setOutput('bundle-paths', result.files.map(f => f.bundlePath).join('\n'))
    core.setOutput(
      'results',
      JSON.stringify([
        ...result.files.map(f => ({
          subject: f.subject,
          sha256: f.sha256,
          bundlePath: f.bundlePath,
          logIndex: f.logIndex ?? null,
          logId: f.logId ?? null,
          integratedTime: f.integratedTime ?? null
        })),
        ...result.images.map(img => ({
          image: img.image,
          digest: img.digest,
          reference: img.reference,
          signatures: img.signatures.map(s => ({ format: s.format, location: s.location, logIndex: s.logIndex ?? null, integratedTime: s.integratedTime ?? null })),
          logIndex: img.signatures[0]?.logIndex ?? null
        }))
      ])
    )
    core.setOutput('certificate-identity', certificate.identity ?? '')
    core.setOutput('certificate-oidc-issuer', certificate.issuer ?? '')
    if (inputs.showSummary) {
      await writeSummary(
        signSummary({
          rows: result.files,
          images: result.images,
          identity: certificate.identity,
          issuer: certificate.issuer,
          rekorURL: inputs.tlogUpload ? inputs.rekorURL : undefined,
          certificatePEM: certificate.pem
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
