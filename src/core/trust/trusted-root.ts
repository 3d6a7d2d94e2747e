/**
 * trusted_root.json: parsing, and the structural checks every trusted root
 * passes before seal verifies anything against it, whatever its source.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TimeRange } from '@sigstore/protobuf-specs'

import { SealError } from '../util/errors.js'

export type { TrustedRoot }

const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=\d+\.\d+|\.v\d+\.\d+\+json)$/

/**
 * Parses and validates trusted_root.json text. `what` names the source in errors
 * (e.g. "the trusted root ./root.json (`trusted-root`)").
 */
export function parseTrustedRoot(text: string, what: string): TrustedRoot {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `${what} is not valid JSON: ${messageOnly(err)}`, { cause: err })
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new SealError('TRUST_ROOT_INVALID', `${what} is not a JSON object`)
  }
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(json)
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `${what} is malformed: ${messageOnly(err)}`, { cause: err })
  }
  checkTrustedRoot(root, what)
  return root
}

/**
 * Structural checks @sigstore/verify does not make. In particular every log key
 * and authority must have a validity start: the library would read a missing
 * start as "valid since the beginning of time", widening trust (conformance
 * case trust-root-tlog-missing-validity-start_fail). Such a root is rejected.
 */
export function checkTrustedRoot(root: TrustedRoot, what: string): void {
  const problems: string[] = []
  if (root.mediaType && !TRUSTED_ROOT_MEDIA_TYPE.test(root.mediaType)) {
    problems.push(`unexpected mediaType ${JSON.stringify(root.mediaType)}`)
  }
  const logs = [
    ['tlogs', root.tlogs],
    ['ctlogs', root.ctlogs]
  ] as const
  for (const [field, list] of logs) {
    list.forEach((log, i) => {
      const name = `${field}[${i}]${log.baseUrl ? ` (${log.baseUrl})` : ''}`
      if (!log.publicKey?.rawBytes?.length) problems.push(`${name} has no publicKey.rawBytes`)
      if (!log.logId?.keyId?.length) problems.push(`${name} has no logId`)
      checkRange(log.publicKey?.validFor, `${name} publicKey.validFor`, problems)
    })
  }
  const authorities = [
    ['certificateAuthorities', root.certificateAuthorities],
    ['timestampAuthorities', root.timestampAuthorities]
  ] as const
  for (const [field, list] of authorities) {
    list.forEach((ca, i) => {
      const name = `${field}[${i}]${ca.uri ? ` (${ca.uri})` : ''}`
      if (!ca.certChain?.certificates?.length) problems.push(`${name} has no certChain.certificates`)
      checkRange(ca.validFor, `${name} validFor`, problems)
    })
  }
  if (problems.length > 0) {
    throw new SealError('TRUST_ROOT_INVALID', `${what} is malformed: ${problems.join('; ')}`, {
      hint: 'Use the trusted_root.json published by the Sigstore deployment (for example from its TUF repository).'
    })
  }
}

function checkRange(range: TimeRange | undefined, name: string, problems: string[]): void {
  if (!range?.start) {
    problems.push(`${name}.start is missing`)
    return
  }
  if (Number.isNaN(range.start.getTime())) problems.push(`${name}.start is not a valid time`)
  if (range.end) {
    if (Number.isNaN(range.end.getTime())) problems.push(`${name}.end is not a valid time`)
    else if (range.end < range.start) problems.push(`${name}.end is before its start`)
  }
}

/** An error's own message, without a SealError's hint. */
export function messageOnly(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
