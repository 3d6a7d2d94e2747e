/**
 * The trusted root of a TUF mirror with `offline` set: read from the cache a
 * previous online run left, verified by tuf-js as usual, and never a request.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Fetcher } from 'tuf-js'

import { SealError } from '../util/errors.js'
import { withMaterial, type LoadedTrust } from './material.js'
import { parseTrustedRoot } from './trusted-root.js'
import { TRUSTED_ROOT_TARGET, TUF_RECOVERY, tufCacheDir, tufFailure } from './tuf.js'

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
export async function fromTufCache(mirror: string, cachePath: string, tufRootPath: string | undefined): Promise<LoadedTrust> {
  const dir = tufCacheDir(cachePath, mirror)
  const fill = `Run seal once without \`offline\`${tufRootPath ? '' : " (with `tuf-root` set to the repository's root.json)"} to fill the cache, or set \`trusted-root\`.`
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
    throw new SealError(
      'TRUST_ROOT_UNAVAILABLE',
      `offline: ${TRUSTED_ROOT_TARGET} of ${mirror} is not in the TUF cache ${dir} (or does not match its metadata)`,
      {
        hint: fill
      }
    )
  }
  const root = parseTrustedRoot(await readFile(path, 'utf8'), `the cached TUF trusted root of ${mirror}`)
  return withMaterial(root, `TUF cache of ${mirror} (offline)`)
}
