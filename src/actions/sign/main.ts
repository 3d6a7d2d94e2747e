import { readSignInputs, signingSecrets, describeSigner, signResults, signSummary, runSignStep } from '../../core/index.js'
import { fail, getInput, runner, stepContext } from '../shared/runner.js'

/** sign-action: keyless signatures for files, one bundle per file. */
export async function run(): Promise<void> {
  try {
    const inputs = readSignInputs(getInput)
    const result = await runSignStep(inputs, stepContext(signingSecrets(inputs)))
    const who = describeSigner(result.signer)
    runner.info(
      result.signer.certificate ? `Certificate issued to ${who.identity} by ${who.issuer} (token from ${result.tokenSource})` : `Signed with ${who.identity}`
    )
    for (const f of result.files) {
      runner.info(`Signed ${f.subject} sha256:${f.sha256} -> ${f.bundlePath}${f.logIndex ? ` (Rekor log index ${f.logIndex})` : ''}`)
    }
    for (const img of result.images) {
      for (const sig of img.signatures) {
        runner.info(`Signed ${img.reference} (${sig.format}) -> ${sig.location}${sig.logIndex ? ` (Rekor log index ${sig.logIndex})` : ''}`)
      }
    }
    runner.setOutput('bundle-paths', result.files.map(f => f.bundlePath).join('\n'))
    runner.setOutput('results', JSON.stringify(signResults(result)))
    runner.setOutput('certificate-identity', result.signer.certificate?.identity ?? '')
    runner.setOutput('certificate-oidc-issuer', result.signer.certificate?.issuer ?? '')
    runner.setOutput('public-key', result.signer.certificate ? '' : result.signer.publicKeyPEM)
    if (inputs.showSummary) {
      runner.appendSummary(
        signSummary({
          rows: result.files,
          images: result.images,
          identity: who.identity,
          issuer: who.issuer,
          rekorURL: result.rekorURL,
          verificationPEM: result.signer.publicKeyPEM
        })
      )
    }
  } catch (err) {
    fail(err)
  }
}
