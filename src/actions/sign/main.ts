import * as core from '@actions/core'

import { describeSigner, signingSecrets } from '../../core/index.js'
import { readSignInputs, runSignStep, signResults, signSummary } from '../../core/sign-step.js'
import { fail, getInput, stepContext, writeSummary } from '../shared/runner.js'

/** sign-action: keyless signatures for files, one bundle per file. */
export async function run(): Promise<void> {
  try {
    const inputs = readSignInputs(getInput)
    const result = await runSignStep(inputs, stepContext(signingSecrets(inputs)))
    const who = describeSigner(result.signer)
    core.info(
      result.signer.certificate ? `Certificate issued to ${who.identity} by ${who.issuer} (token from ${result.tokenSource})` : `Signed with ${who.identity}`
    )
    for (const f of result.files) {
      core.info(`Signed ${f.subject} sha256:${f.sha256} -> ${f.bundlePath}${f.logIndex ? ` (Rekor log index ${f.logIndex})` : ''}`)
    }
    for (const img of result.images) {
      for (const sig of img.signatures) {
        core.info(`Signed ${img.reference} (${sig.format}) -> ${sig.location}${sig.logIndex ? ` (Rekor log index ${sig.logIndex})` : ''}`)
      }
    }
    core.setOutput('bundle-paths', result.files.map(f => f.bundlePath).join('\n'))
    core.setOutput('results', JSON.stringify(signResults(result)))
    core.setOutput('certificate-identity', result.signer.certificate?.identity ?? '')
    core.setOutput('certificate-oidc-issuer', result.signer.certificate?.issuer ?? '')
    core.setOutput('public-key', result.signer.certificate ? '' : result.signer.publicKeyPEM)
    if (inputs.showSummary) {
      await writeSummary(
        signSummary({
          rows: result.files,
          images: result.images,
          identity: who.identity,
          issuer: who.issuer,
          rekorURL: result.rekorURL,
          verificationPEM: result.signer.publicKeyPEM,
          instance: result.instance
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
