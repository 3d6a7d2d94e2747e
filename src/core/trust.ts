/**
 * Trust material: the Sigstore trusted root (Fulcio CAs, Rekor logs, CT logs,
 * timestamp authorities) that bundles are verified against.
 *
 * Sources, in order: a `trusted-root` file; the public-good root embedded in
 * @sigstore/tuf when `offline` is set; otherwise a TUF refresh.
 */
import { readFile } from 'node:fs/promises'

import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TimeRange } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { toTrustMaterial } from '@sigstore/verify'
import type { TrustMaterial } from '@sigstore/verify'

import { SealError } from './errors.js'

export type { TrustedRoot }

export interface TrustOptions {
  /** A trusted_root.json file (the `trusted-root` input). */
  trustedRootPath?: string
  /** Never touch the network: use the embedded public-good root when no file is given. */
  offline?: boolean
  tufMirrorURL?: string
  tufCachePath?: string
  tufRootPath?: string
}

export interface LoadedTrust {
  trustedRoot: TrustedRoot
  /** Identity-based trust material (no public keys); key-based verification builds its own. */
  material: TrustMaterial
  /** Where the root came from, for logs: 'file …', 'embedded public-good root', 'TUF …'. */
  source: string
}

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev'
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=\d+\.\d+|\.v\d+\.\d+\+json)$/

export async function loadTrust(opts: TrustOptions): Promise<LoadedTrust> {
  if (opts.trustedRootPath) {
    const path = opts.trustedRootPath
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      throw new SealError(
        'TRUST_ROOT_INVALID',
        `cannot read the trusted root ${path} (\`trusted-root\`): ${(err as NodeJS.ErrnoException).code ?? messageOnly(err)}`,
        { cause: err }
      )
    }
    const source = `file ${path}`
    return withMaterial(parseTrustedRoot(text, `the trusted root ${path} (\`trusted-root\`)`), source)
  }
  if (opts.offline) {
    return withMaterial(embeddedTrustedRoot(), 'embedded public-good root')
  }
  const mirrorURL = opts.tufMirrorURL || PUBLIC_GOOD_TUF_URL
  let root: TrustedRoot
  try {
    root = await getTrustedRoot({
      mirrorURL,
      cachePath: opts.tufCachePath || undefined,
      rootPath: opts.tufRootPath || undefined
    })
  } catch (err) {
    const code = (err as { code?: unknown }).code
    throw new SealError(
      'TRUST_ROOT_UNAVAILABLE',
      `cannot fetch the trusted root from TUF ${mirrorURL}: ${typeof code === 'string' ? `${code}: ` : ''}${causeChain(err)}`,
      {
        cause: err,
        hint:
          'Set `trusted-root` to a trusted_root.json file, or `offline: true` to use the public-good root embedded in seal. ' +
          'If the TUF root was rotated or its metadata expired, pass a newer root with `tuf-root` or update seal.'
      }
    )
  }
  checkTrustedRoot(root, `the TUF trusted root from ${mirrorURL}`)
  return withMaterial(root, `TUF ${mirrorURL}`)
}

/** The public-good trusted_root.json shipped in @sigstore/tuf's seeds. */
export function embeddedTrustedRoot(): TrustedRoot {
  const seed = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF_URL]
  const encoded = seed?.targets?.['trusted_root.json']
  if (!encoded) {
    throw new SealError('TRUST_ROOT_UNAVAILABLE', 'the embedded public-good trusted root is missing from @sigstore/tuf', {
      hint: 'Set `trusted-root` to a trusted_root.json file.'
    })
  }
  return parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8'), 'the embedded public-good trusted root')
}

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

function withMaterial(trustedRoot: TrustedRoot, source: string): LoadedTrust {
  let material: TrustMaterial
  try {
    material = toTrustMaterial(trustedRoot)
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `the trusted root from ${source} has an unusable key or certificate: ${messageOnly(err)}`, {
      cause: err
    })
  }
  return { trustedRoot, material, source }
}

function messageOnly(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** The message of an error followed by its causes' messages (fetch failures hide the reason in `cause`). */
function causeChain(err: unknown): string {
  const parts: string[] = []
  let current: unknown = err
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    const text = messageOnly(current)
    if (text && !parts.includes(text)) parts.push(text)
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(': ')
}
