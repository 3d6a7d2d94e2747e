/**
 * The verify step's look-up in GitHub's attestations API: a subject with no
 * bundle file is looked up by its sha256 in the repository (`repository`) or
 * the account (`owner`), and the first attestation that verifies against the
 * policy is the subject's. The predicate type is filtered on the server and
 * checked again on the verified statement.
 */
import { resolve } from 'node:path'

import { GitHubClient, githubHost, githubURLs, listAttestations, parseRepositorySlug, scopeName, type AttestationScope } from '../github/index.js'
import type { VerifyInputs } from '../inputs/read.js'
import { sha256File } from '../subjects/digest.js'
import type { ResolvedFile } from '../subjects/files.js'
import { SealError, messageOf } from '../util/errors.js'
import { isDirectory } from '../util/fs.js'
import type { Expectations } from '../verify/expectations.js'
import type { StepContext, VerifiedSubject } from './context.js'

/** What API look-ups verify when `predicate-type` is empty: SLSA provenance v1, as `gh attestation verify`. */
export const DEFAULT_API_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1'

/** Verifies one bundle's JSON text for the subject; `source` says where it came from. */
export type VerifyText = (text: string, source: string, expectations: Expectations) => Promise<VerifiedSubject>

export interface AttestationLookup {
  /** Looks the file up and verifies what GitHub lists; throws when nothing is found or nothing verifies. */
  verify(file: ResolvedFile, missingBundle: string, expectations: Expectations, verifyText: VerifyText): Promise<VerifiedSubject>
}

/**
 * The look-up for this step, or undefined: it needs `repository` or `owner`,
 * and `bundle-path` must not name one bundle file (a directory, or nothing,
 * leaves a subject without its bundle to be looked up).
 */
export async function attestationLookup(inputs: VerifyInputs, ctx: StepContext): Promise<AttestationLookup | undefined> {
  if (!inputs.repository && !inputs.owner) return undefined
  if (inputs.bundlePath) {
    if (!(await isDirectory(resolve(ctx.cwd, inputs.bundlePath)))) return undefined
  }
  const scope: AttestationScope = inputs.repository ? { repository: parseRepositorySlug(inputs.repository, 'repository') } : { owner: inputs.owner as string }
  if (inputs.githubToken) ctx.onSecret?.(inputs.githubToken)
  // `hostname` names the GitHub to ask (GHES, a ghe.com tenant); otherwise the runner's GITHUB_API_URL.
  const apiURL = inputs.hostname ? githubHost(inputs.hostname).apiURL : githubURLs(ctx.env).apiURL
  const client = new GitHubClient({ apiURL, token: inputs.githubToken, timeoutMs: inputs.timeoutMs, retries: inputs.retries })
  const where = scopeName(scope)
  return {
    async verify(file, missingBundle, expectations, verifyText) {
      const predicateType = expectations.predicateType ?? DEFAULT_API_PREDICATE_TYPE
      const digest = `sha256:${(await sha256File(file.path)).toString('hex')}`
      ctx.log?.(`${file.name}: no bundle at ${missingBundle}; looking up ${digest} in the attestations of ${where}`)
      const found = await listAttestations(client, scope, { digest, predicateType, limit: inputs.limit })
      if (!found.length) {
        throw new SealError(
          'BUNDLE_NOT_FOUND',
          `No bundle at ${missingBundle}, and GitHub lists no attestation of type ${predicateType} for ${digest} in ${where}.`,
          {
            hint: 'Attest the file in a workflow of that repository (attest-action stores it there), or check `repository`, `owner` and `predicate-type`.'
          }
        )
      }
      const wanted = { ...expectations, predicateType }
      let last: unknown
      for (const attestation of found) {
        try {
          return await verifyText(await attestation.bundle(), attestation.source, wanted)
        } catch (err) {
          last = err
        }
      }
      const n = found.length
      throw new SealError(
        last instanceof SealError ? last.code : 'VERIFICATION_FAILED',
        n === 1
          ? `the attestation GitHub lists for ${digest} in ${where} does not verify: ${messageOf(last)}`
          : `none of the ${n} attestations GitHub lists for ${digest} in ${where} verifies; the last: ${messageOf(last)}`
      )
    }
  }
}
