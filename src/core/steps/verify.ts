import { readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'

import { settleLimit } from '../util/concurrency.js'
import { SealError } from '../util/errors.js'
import { isDirectory } from '../util/fs.js'
import type { VerifyInputs } from '../inputs/read.js'
// The modules themselves, not the folders' index files: this runs on every action's cold path.
import { buildExpectations, checkExpectations, type Expectations } from '../verify/expectations.js'
import { failedRow, verifiedRow, type StepContext, type VerifiedSubject } from './context.js'
import { BUNDLE_SUFFIX, resolveFiles, withoutBundles, type ResolvedFile } from '../subjects/files.js'
import { keyFromInput } from '../keys/input.js'
import { loadTrust, type TrustOptions } from '../trust/root.js'
import type { RootedVerifier } from '../verify/index.js'
import type { AttestationLookup } from './verify-github.js'

export interface VerifyStepResult {
  rows: VerifiedSubject[]
  /** Said in the log and the summary: what weakened the verification. */
  warnings: string[]
  policy: string
  trust: string
  verified: boolean
  /** With `policy`: the job-summary section saying which policy rules applied to each image. */
  policySummary?: string
}

/**
 * The verify step: every subject must have a bundle that verifies against the
 * trusted root and the identity policy. Each subject gets its own row; the
 * step verifies only when all rows do.
 */
export async function runVerifyStep(inputs: VerifyInputs, ctx: StepContext): Promise<VerifyStepResult> {
  // An admission policy file replaces the identity inputs (its engine is loaded only then).
  if (inputs.policy) return (await import('./verify-policy.js')).runPolicyVerifyStep(inputs, ctx, trustOptions(inputs, ctx))
  const expectations = buildExpectations({ ...inputs, key: inputs.key && (await keyFromInput(inputs.key, ctx.cwd, 'public', ctx.env)) }, ctx.env)
  const files = inputs.subjectPatterns.length ? withoutBundles(await resolveFiles(inputs.subjectPatterns, ctx.cwd)) : []
  const bundlePaths = await bundleLocations(files, inputs.bundlePath, ctx.cwd, !!inputs.predicateType)
  const trust = await loadTrust(trustOptions(inputs, ctx))
  if (inputs.insecureIgnoreTlog) {
    ctx.warn?.('`insecure-ignore-tlog` is set: signatures are accepted without a transparency-log entry, so nobody could have seen them being made.')
  }
  // Image support is loaded only when images are verified.
  const img = inputs.images.length || inputs.localImage ? await import('./verify-images.js') : undefined
  const source = img ? await img.imageSource(inputs, ctx) : undefined
  const images = source?.images ?? []
  const count = files.length + images.length + inputs.subjectDigests.length
  ctx.log?.(`Verifying ${count} subject${count === 1 ? '' : 's'} against ${expectations.describe()} (trusted root: ${trust.source})`)
  // One verifier for the step: bundles signed with one certificate share its chain checks.
  // (The verifier is loaded once the step has said what it verifies.)
  const verify = await import('../verify/index.js')
  // Each bundle against the root that signed it, when the trusted-root file holds several.
  const batch = new verify.RootedVerifier(trust, expectations.thresholds, !!expectations.tlogThresholdGiven)
  // With `repository` or `owner`, a file with no bundle is looked up in GitHub's attestations API.
  const lookup = files.length && (inputs.repository || inputs.owner) ? await (await import('./verify-github.js')).attestationLookup(inputs, ctx) : undefined
  const outcomes = await settleLimit(files, 4, (file, i) => verifyOne(file, bundlePaths[i], expectations, batch, verify, lookup))
  const rows = outcomes.map((o, i): VerifiedSubject => (o.status === 'fulfilled' ? o.value : failedRow(files[i].name, bundlePaths[i], o.reason)))
  if (inputs.subjectDigests.length && inputs.bundlePath) {
    const { verifyDigestRows } = await import('./verify-digests.js')
    rows.push(...(await verifyDigestRows(inputs.subjectDigests, resolve(ctx.cwd, inputs.bundlePath), expectations, batch)))
  }
  if (img && source && images.length) {
    const imageOutcomes = await settleLimit(images, 4, text => img.verifyImageRows(source, text, expectations, trust, ctx, inputs.platforms, batch))
    rows.push(...imageOutcomes.flatMap((o, i) => (o.status === 'fulfilled' ? o.value : [failedRow(images[i], '', o.reason)])))
  }
  const warnings = inputs.insecureIgnoreTlog ? ['Transparency-log verification was skipped (`insecure-ignore-tlog`).'] : []
  for (const r of rows) for (const t of r.uncountedTimestamps ?? []) warnings.push(`${r.subject}: ${t}; not counted toward \`timestamp-threshold\`.`)
  return { rows, policy: expectations.describe(), trust: trust.source, verified: rows.every(r => r.ok), warnings }
}

/** Where the trusted root comes from, as the inputs say (see loadTrust for the precedence). */
function trustOptions(inputs: VerifyInputs, ctx: StepContext): TrustOptions {
  const pem = { fulcioRoot: inputs.fulcioRoot, rekorPublicKey: inputs.rekorPublicKey, ctLogPublicKey: inputs.ctLogPublicKey, tsaCertChain: inputs.tsaCertChain }
  const resolveIn = (p: string | undefined) => (p ? resolve(ctx.cwd, p) : undefined)
  return {
    trustedRootPath: resolveIn(inputs.trustedRootPath),
    pem: Object.values(pem).some(Boolean)
      ? Object.fromEntries(
          Object.entries(pem)
            .map(([k, v]) => [k, resolveIn(v)])
            .filter(([, v]) => v)
        )
      : undefined,
    rekorURL: inputs.rekorURL,
    env: ctx.env,
    // A key with no log entry or timestamp to check needs nothing from the network: the embedded root serves.
    offline: inputs.offline || (!!inputs.key && inputs.tlogThreshold === 0 && inputs.timestampThreshold === 0 && !inputs.tufMirror),
    tufMirrorURL: inputs.tufMirror,
    tufRootPath: resolveIn(inputs.tufRoot),
    tufTimeoutMs: inputs.timeoutMs,
    tufRetries: inputs.retries,
    sigstore: inputs.sigstore
  }
}

async function verifyOne(
  file: ResolvedFile,
  bundlePath: string,
  expectations: Expectations,
  batch: RootedVerifier,
  verify: typeof import('../verify/index.js'),
  lookup?: AttestationLookup
): Promise<VerifiedSubject> {
  let text: string
  try {
    text = await readFile(bundlePath, 'utf8')
  } catch {
    if (lookup) return lookup.verify(file, bundlePath, expectations, (t, source, exp) => verifyText(file, t, source, exp, batch, verify))
    throw new SealError('BUNDLE_NOT_FOUND', `No bundle at ${bundlePath}.`, {
      hint: 'Sign the file first, or point `bundle-path` at its bundle.'
    })
  }
  return verifyText(file, text, bundlePath, expectations, batch, verify)
}

async function verifyText(
  file: ResolvedFile,
  text: string,
  bundlePath: string,
  expectations: Expectations,
  batch: RootedVerifier,
  { parseBundle, bundleTexts, firstThatVerifies }: typeof import('../verify/index.js')
): Promise<VerifiedSubject> {
  // A `.jsonl` file (gh attestation download) holds many bundles: one of them must verify.
  const { result, facts } = await firstThatVerifies(bundleTexts(text, bundlePath), bundlePath, async one => {
    const bundle = parseBundle(one.text, one.source)
    const result = await batch.verify(bundle, { path: file.path }, expectations.signer)
    return { result, facts: checkExpectations(bundle, result, expectations) }
  })
  return verifiedRow(file.name, bundlePath, result, facts)
}

/** The bundle of each file: next to it, in the `bundle-path` directory, or the `bundle-path` file itself. */
async function bundleLocations(files: readonly ResolvedFile[], bundlePath: string | undefined, cwd: string, attestations: boolean): Promise<string[]> {
  if (!bundlePath) return files.map(f => f.path + BUNDLE_SUFFIX)
  const target = resolve(cwd, bundlePath)
  if (await isDirectory(target)) return files.map(f => join(target, basename(f.path) + BUNDLE_SUFFIX))
  // One attestation names many subjects; one signature signs one file.
  if (files.length > 1 && !attestations && !target.endsWith('.jsonl')) {
    throw new SealError('INPUT_INVALID', `\`bundle-path\` names one file (${bundlePath}) but \`subject-path\` matched ${files.length} files.`, {
      hint: 'Point `bundle-path` at a directory of <name>.sigstore.json bundles, or leave it empty to use the bundle next to each file.'
    })
  }
  return files.map(() => target)
}
