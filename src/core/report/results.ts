/**
 * The `results` of each step as users read them: the actions' `results`
 * output and `seal <command> --json` print the same objects. Field names are
 * part of the interface (workflows parse them), so only add to them. Absent
 * facts are null, never missing, so every entry of a kind has the same keys.
 */
import type { LogFacts } from '../formats/tlog.js'
import type { ImageSignRow, SignRow, VerifyRow } from './summary.js'

/** A signed file: where its bundle is and its transparency-log entry. */
export interface FileSignResult {
  subject: string
  sha256: string
  bundlePath: string
  logIndex: string | null
  logId: string | null
  integratedTime: string | null
}

/** A signed image: the digest signed and every signature stored for it. */
export interface ImageSignResult {
  image: string
  digest: string
  reference: string
  signatures: { format: string; location: string; logIndex: string | null; integratedTime: string | null }[]
  /** The first signature's log index. */
  logIndex: string | null
}

export type SignResult = FileSignResult | ImageSignResult

/** One subject's verification: who signed it, or why it did not verify. */
export interface VerifyResult {
  subject: string
  verified: boolean
  sha256: string | null
  identity: string | null
  issuer: string | null
  logIndex: string | null
  integratedTime: string | null
  predicateType: string | null
  predicateDigest: string | null
  error: string | null
  /** With `policy`: the policy rules that applied to this image, and their warnings. */
  policy?: PolicyReport
}

/** The policy outcome of one image, as the verify step gives it (the rules are the evaluator's own records). */
export interface PolicyReport {
  rules: readonly unknown[]
  warnings: readonly string[]
}

/** One subject of an attestation; all share the bundle and its log entry. */
export interface AttestResult {
  subject: string | null
  digest: Record<string, string>
  bundlePath: string
  predicateType: string
  logIndex: string | null
  logId: string | null
  integratedTime: string | null
  /** Where the attestation (and SBOM) was attached to this subject's image, or null when it is no pushed image. */
  registry: { kind: string; format: string; location: string }[] | null
}

/** What the sign step reports, as far as its results need it. */
export interface SignOutcome {
  files: readonly (SignRow & { logId?: string })[]
  images: readonly (ImageSignRow & { reference: string })[]
}

/** What the verify step reports, as far as its results need it. */
export interface VerifyOutcome {
  rows: readonly (VerifyRow & { predicateType?: string; predicateDigest?: string; policy?: PolicyReport })[]
}

/** What the attest step reports, as far as its results need it. */
export interface AttestOutcome extends LogFacts {
  subjects: readonly { name?: string; digest: Record<string, string> }[]
  bundlePath: string
  /** With one attestation per subject: each bundle, its subjects and its log entry. */
  bundles?: readonly (LogFacts & { bundlePath: string; subjects: readonly object[] })[]
  predicateType: string
  images: readonly { digest: string; locations: readonly { kind: string; format: string; location: string }[] }[]
}

/** sign-action's `results` and `seal sign --json`: the files, then the images. */
export function signResults(result: SignOutcome): SignResult[] {
  return [
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
  ]
}

/** verify-action's `results` and `seal verify --json`: one entry per subject, in the order verified. */
export function verifyResults(result: VerifyOutcome): VerifyResult[] {
  return result.rows.map(r => ({
    subject: r.subject,
    verified: r.ok,
    sha256: r.sha256 ?? null,
    identity: r.identity ?? null,
    issuer: r.issuer ?? null,
    logIndex: r.logIndex ?? null,
    integratedTime: r.integratedTime ?? null,
    predicateType: r.predicateType ?? null,
    predicateDigest: r.predicateDigest ?? null,
    error: r.reason ?? null,
    ...(r.policy ? { policy: r.policy } : {})
  }))
}

/** attest-action's `results` and `seal attest --json`: one entry per subject of the statement. */
export function attestResults(result: AttestOutcome): AttestResult[] {
  return result.subjects.map(s => {
    const own = result.bundles?.find(b => b.subjects.includes(s)) ?? result
    return {
      subject: s.name ?? null,
      digest: s.digest,
      bundlePath: own.bundlePath,
      predicateType: result.predicateType,
      logIndex: own.logIndex ?? null,
      logId: own.logId ?? null,
      integratedTime: own.integratedTime ?? null,
      registry:
        result.images.find(i => i.digest === `sha256:${s.digest.sha256}`)?.locations.map(l => ({ kind: l.kind, format: l.format, location: l.location })) ??
        null
    }
  })
}
