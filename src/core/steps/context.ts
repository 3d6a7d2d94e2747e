import type { RuleOutcome } from '../policy/evaluate.js'
import { messageOf, SealError } from '../util/errors.js'
import type { StatementFacts, VerifyResult } from '../verify/index.js'

/** What a step runs in: the workspace, the environment, and where its log lines and secrets go. */
export interface StepContext {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Called with every secret as soon as it is read, so the caller can mask it. */
  onSecret?: (secret: string) => void
  /** Progress lines for the log. */
  log?: (line: string) => void
  /** Warnings for the log (and annotations). */
  warn?: (line: string) => void
}

/** One subject's outcome in the verify step: what verified (or why not), and where its bundle was read. */
export interface VerifiedSubject extends StatementFacts {
  subject: string
  ok: boolean
  bundlePath: string
  sha256?: string
  identity?: string
  issuer?: string
  logIndex?: string
  integratedTime?: string
  /** Why it failed, for the log and the summary. */
  reason?: string
  /** The error code of a failure. */
  code?: string
  /** With `policy`: each policy rule that applied, and the warnings (warn-mode failures, skipped blocks). */
  policy?: { rules: RuleOutcome[]; warnings: string[] }
  /** RFC 3161 timestamps of the verified signature that did not verify and were not counted. */
  uncountedTimestamps?: string[]
}

/** The row of a subject that verified: who signed it, its log entry, and the statement's facts. */
export function verifiedRow(subject: string, bundlePath: string, result: VerifyResult, facts: StatementFacts): VerifiedSubject {
  return {
    ...facts,
    subject,
    ok: true,
    bundlePath,
    sha256: result.sha256,
    identity: result.identity,
    issuer: result.issuer,
    logIndex: result.logIndex,
    integratedTime: result.integratedTime,
    ...(result.uncountedTimestamps && { uncountedTimestamps: result.uncountedTimestamps })
  }
}

/** The row of a subject that did not verify, with the reason and its error code. */
export function failedRow(subject: string, bundlePath: string, err: unknown): VerifiedSubject {
  return { subject, ok: false, bundlePath, reason: messageOf(err), code: err instanceof SealError ? err.code : 'VERIFICATION_FAILED' }
}
