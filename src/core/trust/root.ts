/**
 * Trust material: the Sigstore trusted root (Fulcio CAs, Rekor logs, CT logs,
 * timestamp authorities) that bundles are verified against.
 *
 * Sources, first match wins:
 *   1. a `trusted-root` file;
 *   2. PEM files (`fulcio-root`, `rekor-public-key`, `ct-log-public-key`, `tsa-cert-chain`);
 *   3. cosign's SIGSTORE_ROOT_FILE / SIGSTORE_REKOR_PUBLIC_KEY /
 *      SIGSTORE_CT_LOG_PUBLIC_KEY_FILE / SIGSTORE_TSA_CERTIFICATE_FILE, when `env` is given;
 *   4. a custom TUF mirror (`tuf-mirror`), from its cache alone when `offline` is set;
 *   5. with `offline`, the public-good root embedded in seal;
 *   6. the public-good TUF repository.
 * With `offline` nothing touches the network.
 */
import { createPublicKey } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

import { PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import type { TimeRange, TransparencyLogInstance } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { toTrustMaterial } from '@sigstore/verify'
import type { TrustMaterial } from '@sigstore/verify'
import type { Fetcher } from 'tuf-js'

import { SealError } from '../util/errors.js'
import { httpURL } from '../util/http.js'
import { environmentTrustFiles, PEM_INPUTS, SIGSTORE_ENV, trustedRootFromFiles, type PemField, type PemFiles } from './pem.js'

export type { TrustedRoot }

export interface TrustOptions {
  /** A trusted_root.json file (the `trusted-root` input). */
  trustedRootPath?: string
  /** PEM files of a private deployment (inputs `fulcio-root`, `rekor-public-key`, `ct-log-public-key`, `tsa-cert-chain`). */
  pem?: PemFiles
  /**
   * The Rekor URL of the deployment whose keys come from `pem` or SIGSTORE_*:
   * recorded as the tlog baseUrl, which checkpoint verification needs (`rekor-url`).
   */
  rekorURL?: string
  /**
   * Environment for the SIGSTORE_* variables (they are read only when this is
   * given) and for the default TUF cache location (RUNNER_TOOL_CACHE,
   * XDG_CACHE_HOME, HOME; process.env when not given).
   */
  env?: NodeJS.ProcessEnv
  /** Never touch the network: the embedded public-good root, or the cache of a custom TUF mirror. */
  offline?: boolean
  /** A TUF repository other than public-good (`tuf-mirror`). */
  tufMirrorURL?: string
  /** Where TUF metadata is cached between runs; see defaultTufCachePath. */
  tufCachePath?: string
  /** The TUF root.json to start from (`tuf-root`): needed once for a custom mirror, or to recover from a rotated root. */
  tufRootPath?: string
  /** Timeout of each TUF request (default 5 s). */
  tufTimeoutMs?: number
  /** Retries of a failed TUF request, with backoff (default 2). */
  tufRetries?: number
}

export interface LoadedTrust {
  trustedRoot: TrustedRoot
  /** Identity-based trust material (no public keys); key-based verification builds its own. */
  material: TrustMaterial
  /**
   * Where the root came from, for logs and error hints: 'file …', 'PEM files (…)',
   * 'environment (…)', 'TUF …', 'TUF cache of … (offline)', 'embedded public-good root'.
   */
  source: string
}

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev'
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=\d+\.\d+|\.v\d+\.\d+\+json)$/
const TRUSTED_ROOT_TARGET = 'trusted_root.json'

/** What to do when TUF metadata expired or the repository's root key changed. */
const TUF_RECOVERY =
  'Recover with a newer trusted root (`trusted-root`), the repository\'s current root.json (`tuf-root`), ' +
  'or, for the public-good repository, a newer seal release, whose embedded TUF root is current.'

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

  const pem = definedFiles(opts.pem)
  if (pem) {
    const root = await trustedRootFromFiles(pem, { rekorURL: opts.rekorURL })
    const source = `PEM files (${describeFiles(pem, PEM_INPUTS)}${withoutRekorURL(root, opts)})`
    checkTrustedRoot(root, `the trusted root built from ${source}`)
    return withMaterial(root, source)
  }

  const envFiles = opts.env ? environmentTrustFiles(opts.env) : undefined
  if (envFiles) {
    const root = await trustedRootFromFiles(envFiles, { rekorURL: opts.rekorURL, names: SIGSTORE_ENV })
    const source = `environment (${describeFiles(envFiles, SIGSTORE_ENV, '=')}${withoutRekorURL(root, opts)})`
    checkTrustedRoot(root, `the trusted root built from the ${source}`)
    return withMaterial(root, source)
  }

  const mirror = opts.tufMirrorURL ? normalizeMirror(opts.tufMirrorURL) : undefined
  const cachePath = opts.tufCachePath || defaultTufCachePath(opts.env ?? process.env)
  if (mirror && mirror !== PUBLIC_GOOD_TUF_URL) {
    return opts.offline ? fromTufCache(mirror, cachePath, opts.tufRootPath) : fromTuf(mirror, cachePath, opts)
  }
  if (opts.offline) {
    return withMaterial(embeddedTrustedRoot(), 'embedded public-good root')
  }
  return fromTuf(PUBLIC_GOOD_TUF_URL, cachePath, opts)
}

/**
 * Where TUF metadata is cached unless `tufCachePath` says otherwise: under the
 * runner's tool cache on GitHub Actions (kept between runs on self-hosted
 * runners), else under XDG_CACHE_HOME or ~/.cache.
 */
export function defaultTufCachePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'seal', 'tuf')
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'seal', 'tuf')
  const home = env.HOME || safeHomedir()
  return home ? join(home, '.cache', 'seal', 'tuf') : join(tmpdir(), 'seal-tuf')
}

/** The directory of one mirror inside the cache (the layout @sigstore/tuf uses). */
export function tufCacheDir(cachePath: string, mirrorURL: string): string {
  const url = new URL(mirrorURL)
  return join(cachePath, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')))
}

/* --------------------------------------------------------------------- TUF -- */

async function fromTuf(mirror: string, cachePath: string, opts: TrustOptions): Promise<LoadedTrust> {
  const dir = tufCacheDir(cachePath, mirror)
  const tufRootPath = opts.tufRootPath || undefined
  const forceInit = tufRootPath ? await replacesCachedRoot(tufRootPath, dir) : false
  let root: TrustedRoot
  try {
    // Loaded on demand: most steps take their root from a file or the embedded seed.
    const { getTrustedRoot } = await import('@sigstore/tuf')
    root = await getTrustedRoot({
      mirrorURL: mirror,
      cachePath,
      rootPath: tufRootPath,
      forceInit,
      ...(opts.tufTimeoutMs !== undefined ? { timeout: opts.tufTimeoutMs } : {}),
      ...(opts.tufRetries !== undefined ? { retry: { retries: opts.tufRetries, factor: 2, minTimeout: 250, maxTimeout: 4000 } } : {})
    })
  } catch (err) {
    throw tufFailure(err, mirror, dir, Boolean(tufRootPath))
  }
  checkTrustedRoot(root, `the TUF trusted root from ${mirror}`)
  return withMaterial(root, `TUF ${mirror}`)
}

/**
 * Whether `tuf-root` should replace the cached root.json. The cache moves
 * forward by itself (each new root is signed by the one before), so an older
 * pinned root must not reset it; a root of the same or a newer version that
 * differs is the user's way out of a rotation the cache cannot follow.
 */
async function replacesCachedRoot(tufRootPath: string, dir: string): Promise<boolean> {
  let given: Buffer
  try {
    given = await readFile(tufRootPath)
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `cannot read the TUF root ${tufRootPath} (\`tuf-root\`): ${(err as NodeJS.ErrnoException).code ?? messageOnly(err)}`, {
      cause: err
    })
  }
  const givenVersion = metadataVersion(given)
  if (givenVersion === undefined) {
    throw new SealError('TRUST_ROOT_INVALID', `the TUF root ${tufRootPath} (\`tuf-root\`) is not TUF root metadata (root.json)`)
  }
  const cached = await readFile(join(dir, 'root.json')).catch(() => undefined)
  if (!cached || cached.equals(given)) return false
  return givenVersion >= (metadataVersion(cached) ?? 0)
}

function metadataVersion(bytes: Buffer): number | undefined {
  try {
    const version = (JSON.parse(bytes.toString('utf8')) as { signed?: { version?: unknown } }).signed?.version
    return typeof version === 'number' ? version : undefined
  } catch {
    return undefined
  }
}

const CACHED_ROLES = ['root', 'timestamp', 'snapshot', 'targets'] as const

/** Refuses every download: with `offline`, TUF may only read its cache. */
class OfflineFetcher implements Fetcher {
  readonly refused: string[] = []
  async downloadFile<T>(url: string): Promise<T> {
    this.refused.push(url)
    throw new Error(`offline: not downloading ${url}`)
  }
  async downloadBytes(url: string): Promise<Buffer> {
    return this.downloadFile<Buffer>(url)
  }
}

/**
 * The trusted root from a mirror's cache, without any request: the metadata
 * must all be cached and unexpired (a previous online run leaves it so), and
 * is verified by tuf-js as usual, with a fetcher that refuses to download.
 */
async function fromTufCache(mirror: string, cachePath: string, tufRootPath: string | undefined): Promise<LoadedTrust> {
  const dir = tufCacheDir(cachePath, mirror)
  const fill = `Run seal once without \`offline\`${tufRootPath ? '' : ' (with `tuf-root` set to the repository\'s root.json)'} to fill the cache, or set \`trusted-root\`.`
  const missing = CACHED_ROLES.filter(role => !existsSync(join(dir, `${role}.json`)))
  if (missing.length > 0) {
    const noRoot = missing.includes('root') && !tufRootPath ? '; `tuf-root` is not set either' : ''
    throw new SealError(
      'TRUST_ROOT_UNAVAILABLE',
      `offline: the TUF cache of ${mirror} in ${dir} has no ${missing.map(role => `${role}.json`).join(', ')}${noRoot}`,
      { hint: fill }
    )
  }
  const now = Date.now()
  for (const role of CACHED_ROLES) {
    const path = join(dir, `${role}.json`)
    let expires: unknown
    try {
      expires = (JSON.parse(await readFile(path, 'utf8')) as { signed?: { expires?: unknown } }).signed?.expires
    } catch {
      throw new SealError('TRUST_ROOT_UNAVAILABLE', `offline: the cached TUF ${role}.json of ${mirror} in ${dir} is not valid JSON`, { hint: fill })
    }
    const expiry = typeof expires === 'string' ? Date.parse(expires) : NaN
    if (Number.isNaN(expiry) || expiry <= now) {
      throw new SealError(
        'TRUST_ROOT_UNAVAILABLE',
        `offline: the cached TUF ${role}.json of ${mirror} ${Number.isNaN(expiry) ? 'has no valid expiry' : `expired at ${new Date(expiry).toISOString()}`}`,
        { hint: `Run seal once without \`offline\` to refresh the cache in ${dir}. ${TUF_RECOVERY}` }
      )
    }
  }

  const fetcher = new OfflineFetcher()
  const { Updater } = await import('tuf-js')
  const updater = new Updater({
    metadataBaseUrl: mirror,
    targetBaseUrl: `${mirror}/targets`,
    metadataDir: dir,
    targetDir: join(dir, 'targets'),
    forceCache: true,
    fetcher
  })
  let path: string | undefined
  try {
    const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET)
    if (!info) {
      throw new SealError('TRUST_ROOT_UNAVAILABLE', `the TUF repository ${mirror} lists no ${TRUSTED_ROOT_TARGET}`, {
        hint: 'Check `tuf-mirror`: it must be a Sigstore TUF repository.'
      })
    }
    path = await updater.findCachedTarget(info)
  } catch (err) {
    if (err instanceof SealError) throw err
    if (fetcher.refused.length === 0) throw tufFailure(err, mirror, dir, Boolean(tufRootPath))
    throw new SealError('TRUST_ROOT_UNAVAILABLE', `offline: the TUF cache of ${mirror} in ${dir} does not verify on its own (it needs ${fetcher.refused[0]})`, {
      cause: err,
      hint: fill
    })
  }
  if (!path) {
    throw new SealError('TRUST_ROOT_UNAVAILABLE', `offline: ${TRUSTED_ROOT_TARGET} of ${mirror} is not in the TUF cache ${dir} (or does not match its metadata)`, {
      hint: fill
    })
  }
  const root = parseTrustedRoot(await readFile(path, 'utf8'), `the cached TUF trusted root of ${mirror}`)
  return withMaterial(root, `TUF cache of ${mirror} (offline)`)
}

/** A SealError for a failed TUF update, telling expired metadata and a changed root key apart. */
function tufFailure(err: unknown, mirror: string, dir: string, hadRoot: boolean): SealError {
  const causes = causeList(err)
  const detail = causeChain(err)
  const names = causes.map(c => (c as object | null)?.constructor?.name ?? '')
  const texts = causes.map(messageOnly)
  const code = (err as { code?: unknown }).code
  // tuf-js says "timestamp.json is expired"; a TLS "certificate has expired" is not meant here.
  if (names.includes('ExpiredMetadataError') || texts.some(t => /\.json is expired\b/.test(t))) {
    return new SealError('TRUST_ROOT_UNAVAILABLE', `the TUF metadata of ${mirror} has expired: ${detail}`, {
      cause: err,
      hint: `${TUF_RECOVERY} A mirror that serves expired metadata is no longer maintained or is out of sync.`
    })
  }
  if (names.includes('UnsignedMetadataError') || texts.some(t => /signed by \d+\/\d+ keys|failed to verify .* signature/i.test(t))) {
    return new SealError(
      'TRUST_ROOT_UNAVAILABLE',
      `the TUF metadata of ${mirror} is not signed by the keys of the cached TUF root: the repository's root key was rotated, or \`tuf-root\` belongs to another repository (${detail})`,
      { cause: err, hint: `${TUF_RECOVERY} If the repository was re-created, also delete the cache ${dir}.` }
    )
  }
  if (code === 'TUF_INIT_CACHE_ERROR' && !hadRoot) {
    return new SealError('TRUST_ROOT_UNAVAILABLE', `no TUF root for ${mirror}: set \`tuf-root\` to the repository's root.json`, {
      cause: err,
      hint: `It is needed on the first run only: later runs start from the cache in ${dir}. Or set \`trusted-root\`.`
    })
  }
  const hint =
    mirror === PUBLIC_GOOD_TUF_URL
      ? 'Set `trusted-root` to a trusted_root.json file, or `offline: true` to use the public-good root embedded in seal. ' +
        'If the TUF root was rotated or its metadata expired, pass a newer root with `tuf-root` or update seal.'
      : `Check that \`tuf-mirror\` is reachable, or set \`trusted-root\` to a trusted_root.json file. ` +
        `With \`offline: true\` seal reads the mirror's cache from an earlier run (${dir}).`
  return new SealError(
    'TRUST_ROOT_UNAVAILABLE',
    `cannot fetch the trusted root from TUF ${mirror}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`,
    { cause: err, hint }
  )
}

function normalizeMirror(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '')
  httpURL(trimmed, 'tuf-mirror')
  return trimmed
}

function definedFiles(files: PemFiles | undefined): PemFiles | undefined {
  if (!files) return undefined
  const defined = Object.fromEntries(Object.entries(files).filter(([, path]) => typeof path === 'string' && path.trim() !== '')) as PemFiles
  return Object.keys(defined).length > 0 ? defined : undefined
}

function describeFiles(files: PemFiles, names: Record<PemField, string>, sep = ' '): string {
  return (Object.entries(files) as [PemField, string][]).map(([field, path]) => `${names[field]}${sep}${path}`).join(', ')
}

/** Noted in the source, so that a failed checkpoint check points at the missing URL. */
function withoutRekorURL(root: TrustedRoot, opts: TrustOptions): string {
  return root.tlogs.length > 0 && !opts.rekorURL ? '; no `rekor-url`, so Rekor checkpoints cannot be matched to the log' : ''
}

function safeHomedir(): string | undefined {
  try {
    return homedir()
  } catch {
    return undefined
  }
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
    material = toTrustMaterial(forTrustMaterial(trustedRoot))
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `the trusted root from ${source} has an unusable key or certificate: ${messageOnly(err)}`, {
      cause: err
    })
  }
  return { trustedRoot, material, source }
}

const RSA_PKCS1_DETAILS = new Set<PublicKeyDetails>([
  PublicKeyDetails.PKIX_RSA_PKCS1V5,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
  PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
])

/**
 * @sigstore/verify reads the raw bytes of a log key whose details say
 * PKIX_RSA_PKCS1V15_* as PKCS#1, although the spec (and every other client)
 * has PKIX DER there. For such keys that do parse as PKIX the details are
 * dropped in the copy given to it (it uses them for nothing else), so a root
 * written to the spec verifies. The root itself is left as it is.
 */
function forTrustMaterial(root: TrustedRoot): TrustedRoot {
  const fix = (log: TransparencyLogInstance): TransparencyLogInstance => {
    const key = log.publicKey
    if (!key?.rawBytes || key.keyDetails === undefined || !RSA_PKCS1_DETAILS.has(key.keyDetails)) return log
    try {
      createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' })
    } catch {
      return log
    }
    return { ...log, publicKey: { ...key, keyDetails: PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED } }
  }
  return { ...root, tlogs: root.tlogs.map(fix), ctlogs: root.ctlogs.map(fix) }
}

function messageOnly(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** The error and its causes, outermost first. */
function causeList(err: unknown): unknown[] {
  const list: unknown[] = []
  let current: unknown = err
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    list.push(current)
    current = (current as { cause?: unknown }).cause
  }
  return list
}

/** The message of an error followed by its causes' messages (fetch failures hide the reason in `cause`). */
function causeChain(err: unknown): string {
  const parts: string[] = []
  for (const cause of causeList(err)) {
    const text = messageOnly(cause)
    if (text && !parts.includes(text)) parts.push(text)
  }
  return parts.join(': ')
}
