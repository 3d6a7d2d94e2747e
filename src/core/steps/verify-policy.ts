/**
 * The verify step with an admission policy (`policy` input): every image is
 * evaluated against the policy file's documents, as policy-controller and
 * Kyverno would at admission, instead of against the identity inputs.
 */
import { resolve } from 'node:path'

import { settleLimit } from '../util/concurrency.js'
import { SealError } from '../util/errors.js'
import type { VerifyInputs } from '../inputs/read.js'
import { RegistryEvidence } from '../image/policy-evidence.js'
import { loadPolicyFile } from '../policy/documents/load.js'
import type { PolicySet } from '../policy/documents/types.js'
import { defaultNoMatch, evaluateImage, type EvaluateOptions } from '../policy/evaluate.js'
import { policySummary } from '../report/policy-summary.js'
import { loadTrust, type TrustOptions } from '../trust/root.js'
import type { LoadedTrust } from '../trust/material.js'
import { failedRow, type StepContext, type VerifiedSubject } from './context.js'
import type { VerifyStepResult } from './verify.js'
import { imageSource, resolveSourceImage, type ImageSource } from './verify-images.js'

export async function runPolicyVerifyStep(inputs: VerifyInputs, ctx: StepContext, trustOptions: TrustOptions): Promise<VerifyStepResult> {
  const file = inputs.policy as string
  const set = await loadPolicyFile(resolve(ctx.cwd, file), file)
  for (const d of set.documents) for (const n of d.notes) ctx.log?.(`${d.kind} "${d.name}": ${n}`)
  for (const s of set.skipped) ctx.log?.(`${s}: not a policy document, left out`)
  const options: EvaluateOptions = { noMatch: inputs.noMatchPolicy ?? defaultNoMatch(set), skipUnevaluable: inputs.skipUnevaluablePolicy }
  const trust = await loadTrust(trustOptions)
  const source = await imageSource(inputs, ctx)
  if (source.images.length === 0) throw new SealError('INPUT_INVALID', '`policy` evaluates images: give them in `image` (or `local-image`).')
  const described = describeSet(set, file, options)
  ctx.log?.(`Verifying ${source.images.length} image${source.images.length === 1 ? '' : 's'} against ${described} (trusted root: ${trust.source})`)
  const outcomes = await settleLimit(source.images, 4, text => policyRow(source, text, set, options, trust, inputs, ctx))
  const rows = outcomes.map((o, i): VerifiedSubject => (o.status === 'fulfilled' ? o.value : failedRow(source.images[i], '', o.reason)))
  const warnings = rows.flatMap(r => r.policy?.warnings ?? [])
  for (const w of warnings) ctx.warn?.(w)
  return { rows, policy: described, trust: trust.source, verified: rows.every(r => r.ok), warnings, policySummary: policySummary(rows) }
}

function describeSet(set: PolicySet, file: string, options: EvaluateOptions): string {
  const docs = set.documents.map(d => `${d.kind} "${d.name}"`).join(', ')
  return `policy ${file} (${docs}); no-match-policy: ${options.noMatch}${options.skipUnevaluable ? '; CUE/Rego blocks skipped' : ''}`
}

async function policyRow(
  source: ImageSource,
  text: string,
  set: PolicySet,
  options: EvaluateOptions,
  trust: LoadedTrust,
  inputs: VerifyInputs,
  ctx: StepContext
): Promise<VerifiedSubject> {
  const image = await resolveSourceImage(source, text, ctx, 'evaluated')
  const givenWithDigest = text.includes('@')
  const reference = givenWithDigest ? text : `${text}@${image.descriptor.digest}`
  const evidence = new RegistryEvidence(source.reader, image, reference, givenWithDigest, trust, {
    tlogThreshold: inputs.tlogThreshold,
    timestampThreshold: inputs.timestampThreshold,
    tlogThresholdGiven: inputs.tlogThresholdGiven
  })
  const outcome = await evaluateImage(set, evidence, options)
  const s = outcome.signer
  return {
    subject: text,
    ok: outcome.ok,
    bundlePath: s?.location ?? '',
    sha256: image.descriptor.digest.replace(/^sha256:/, ''),
    ...(s?.identity ? { identity: s.identity } : {}),
    ...(s?.issuer ? { issuer: s.issuer } : {}),
    ...(s?.statement?.predicateType ? { predicateType: s.statement.predicateType } : {}),
    ...(outcome.reason ? { reason: outcome.reason, code: 'POLICY_MISMATCH' } : {}),
    policy: { rules: outcome.rules, warnings: outcome.warnings }
  }
}
