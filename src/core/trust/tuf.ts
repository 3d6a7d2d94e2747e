/**
 * The trusted root from a TUF repository (the public-good one or a mirror),
 * through @sigstore/tuf, with its metadata cached between runs; and the
 * errors that tell expired metadata, a rotated root key and a missing TUF
 * root apart.
 */
import { readFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

import type { TrustedRoot } from '@sigstore/protobuf-specs'

import { SealError } from '../util/errors.js'
import { httpURL, useEnvProxy } from '../util/http.js'
import { fetchRetryOptions, retryPolicy } from '../util/retry.js'
import { withMaterial, type LoadedTrust } from './material.js'
import { checkTrustedRoot, messageOnly } from './trusted-root.js'

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev'
export const TRUSTED_ROOT_TARGET = 'trusted_root.json'

/** What to do when TUF metadata expired or the repository's root key changed. */
export const TUF_RECOVERY =
  "Recover with a newer trusted root (`trusted-root`), the repository's current root.json (`tuf-root`), " +
  'or, for the public-good repository, a newer seal release, whose embedded TUF root is current.'

/** How a TUF repository is reached. */
export interface TufOptions {
  /** The TUF root.json to start from (`tuf-root`): needed once for a custom mirror, or to recover from a rotated root. */
  tufRootPath?: string
  /** Timeout of each TUF request (default 5 s). */
  tufTimeoutMs?: number
  /** Retries of a failed TUF request, with backoff (default 2). */
  tufRetries?: number
}

/** A `tuf-mirror` as given, trimmed of spaces and trailing slashes (the TUF cache is keyed by it); not an http(s) URL is an error naming `tuf-mirror`. */
export function normalizeMirror(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '')
  httpURL(trimmed, 'tuf-mirror')
  return trimmed
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

/**
 * What a TUF client of `mirror` needs, the same for every target read from it:
 * its cache directory, the root to start from (and whether that root replaces
 * the cached one), and the request timeout and retries. Routes the client
 * through the proxy variables first.
 */
export async function tufClientSetup(mirror: string, cachePath: string, opts: TufOptions) {
  const dir = tufCacheDir(cachePath, mirror)
  const rootPath = opts.tufRootPath || undefined
  const forceInit = rootPath ? await replacesCachedRoot(rootPath, dir) : false
  await useEnvProxy()
  return { dir, options: { mirrorURL: mirror, cachePath, rootPath, forceInit, ...tufRequestOptions(opts) } }
}

/** The trusted root from the TUF repository at `mirror`, updating the cache in `cachePath`. */
export async function fromTuf(mirror: string, cachePath: string, opts: TufOptions): Promise<LoadedTrust> {
  const { dir, options } = await tufClientSetup(mirror, cachePath, opts)
  let root: TrustedRoot
  try {
    // Loaded on demand: most steps take their root from a file or the embedded seed.
    const { getTrustedRoot } = await import('@sigstore/tuf')
    root = await getTrustedRoot(options)
  } catch (err) {
    throw tufFailure(err, mirror, dir, Boolean(options.rootPath))
  }
  checkTrustedRoot(root, `the TUF trusted root from ${mirror}`)
  return withMaterial(root, `TUF ${mirror}`)
}

/** The timeout and retries of TUF requests as @sigstore/tuf takes them; unset ones keep its defaults. */
function tufRequestOptions(opts: TufOptions): { timeout?: number; retry?: ReturnType<typeof fetchRetryOptions> } {
  return {
    ...(opts.tufTimeoutMs !== undefined ? { timeout: opts.tufTimeoutMs } : {}),
    ...(opts.tufRetries !== undefined ? { retry: fetchRetryOptions(retryPolicy({ retries: opts.tufRetries, maxMs: 4000 })) } : {})
  }
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
    throw new SealError(
      'TRUST_ROOT_INVALID',
      `cannot read the TUF root ${tufRootPath} (\`tuf-root\`): ${(err as NodeJS.ErrnoException).code ?? messageOnly(err)}`,
      {
        cause: err
      }
    )
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

/** A SealError for a failed TUF update, telling expired metadata and a changed root key apart. */
export function tufFailure(err: unknown, mirror: string, dir: string, hadRoot: boolean): SealError {
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
  return new SealError('TRUST_ROOT_UNAVAILABLE', `cannot fetch the trusted root from TUF ${mirror}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`, {
    cause: err,
    hint
  })
}

function safeHomedir(): string | undefined {
  try {
    return homedir()
  } catch {
    return undefined
  }
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
