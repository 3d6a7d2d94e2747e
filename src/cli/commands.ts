import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

import { describeSigner, SealError, signingSecrets } from '../core/index.js'
import { attestResults, attestSummary, readAttestInputs, runAttestStep } from '../core/attest-step.js'
import { readSignInputs, runSignStep, signResults, signSummary } from '../core/sign-step.js'
import { readVerifyInputs, runVerifyStep, verifiedBy, verifyResults, verifySummary } from '../core/verify-step.js'
import { digestsAsSubjects, inputsOf } from './args.js'
import { runCommand, std, type Out } from './command.js'
import { ATTEST_OPTIONS, SIGN_OPTIONS, VERIFY_OPTIONS } from './options.js'

/**
 * Where `--show-summary` appends the job summary: the file GitHub Actions names
 * in GITHUB_STEP_SUMMARY. Checked before the step runs, so a run outside a job
 * fails before it signs anything.
 */
function summaryFile(show: boolean): string | undefined {
  if (!show) return undefined
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) throw new SealError('INPUT_INVALID', '--show-summary appends to the job summary file named by GITHUB_STEP_SUMMARY, which is not set')
  return file
}

async function appendSummary(file: string | undefined, markdown: () => string): Promise<void> {
  if (!file) return
  const text = markdown()
  await appendFile(file, text.endsWith(EOL) ? text : text + EOL)
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

/** `seal sign [FILE...]`: keyless signatures, one bundle per file. */
export function runSign(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'sign', options: SIGN_OPTIONS, out }, argv, async run => {
    const inputs = readSignInputs(inputsOf(run.line, SIGN_OPTIONS, process.env, 'subject-path'))
    for (const secret of signingSecrets(inputs)) run.secret(secret)
    const summary = summaryFile(inputs.showSummary)
    const result = await runSignStep(inputs, run.context())
    const who = describeSigner(result.signer)
    if (run.line.values.get('json') === 'true') {
      out.stdout(json(signResults(result)))
    } else {
      out.stderr(result.signer.certificate ? `Certificate issued to ${who.identity} by ${who.issuer}\n` : `Signed with ${who.identity}\n`)
      for (const f of result.files) {
        out.stdout(`${f.subject}\tsha256:${f.sha256}\t${f.bundlePath}${f.logIndex ? `\tlogIndex=${f.logIndex}` : ''}\n`)
      }
      for (const img of result.images) {
        for (const sig of img.signatures) out.stdout(`${img.reference}\t${sig.format}\t${sig.location}${sig.logIndex ? `\tlogIndex=${sig.logIndex}` : ''}\n`)
      }
    }
    await appendSummary(summary, () =>
      signSummary({ rows: result.files, images: result.images, ...who, rekorURL: result.rekorURL, verificationPEM: result.signer.publicKeyPEM })
    )
    return 0
  })
}

/** `seal attest [FILE...]`: one signed in-toto statement for all subjects. */
export function runAttest(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'attest', options: ATTEST_OPTIONS, out }, argv, async run => {
    const inputs = readAttestInputs(inputsOf(run.line, ATTEST_OPTIONS, process.env, 'subject-path'))
    for (const secret of signingSecrets(inputs)) run.secret(secret)
    const summary = summaryFile(inputs.showSummary)
    const result = await runAttestStep(inputs, run.context())
    out.stdout(
      run.line.values.get('json') === 'true'
        ? json(attestResults(result))
        : `${result.bundlePath}\t${result.predicateType}\tsubjects=${result.subjects.length}\n`
    )
    const attached = result.images.flatMap(i => i.locations.map(l => ({ image: i.image, ...l })))
    await appendSummary(summary, () => attestSummary({ ...result, ...describeSigner(result.signer), attached, attestationURL: result.github?.attestationURL }))
    return 0
  })
}

/** `seal verify [FILE...]`: exit 0 only when every file verifies. */
export function runVerify(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'verify', options: VERIFY_OPTIONS, out }, argv, async run => {
    const inputs = readVerifyInputs(inputsOf(digestsAsSubjects(run.line), VERIFY_OPTIONS, process.env, 'subject-path'))
    if (inputs.insecureIgnoreTlog) out.stderr('warning: transparency-log verification is skipped (--insecure-ignore-tlog)\n')
    run.secret(inputs.registryPassword)
    const summary = summaryFile(inputs.showSummary)
    const result = await runVerifyStep(inputs, run.context())
    if (run.line.values.get('json') === 'true') {
      out.stdout(json(verifyResults(result)))
    } else {
      for (const r of result.rows) {
        const signer = r.identity ? `${r.identity}\t${r.issuer ?? ''}` : r.policy ? verifiedBy(r) : 'the given public key'
        out.stdout(r.ok ? `OK\t${r.subject}\t${signer}\n` : `FAIL\t${r.subject}\t${r.reason}\n`)
      }
    }
    await appendSummary(summary, () => verifySummary(result) + (result.policySummary ?? ''))
    return result.verified ? 0 : 1
  })
}
