/**
 * GitHub's Sigstore trusted root (its Fulcio and timestamp authority) from
 * GitHub's TUF repository, as `gh attestation verify` takes it. The
 * repository's initial root.json is embedded in seal; the first run seeds the
 * cache with it and TUF walks forward to the current root from there, so
 * later runs start from the cache like the public-good root.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import initialRoot from './github-tuf-root.json' with { type: 'json' }
import type { LoadedTrust } from './material.js'
import { fromTuf, tufCacheDir, type TufOptions } from './tuf.js'
import { fromTufCache } from './tuf-offline.js'

export const GITHUB_TUF_URL = 'https://tuf-repo.github.com'

/** The embedded initial root.json of GitHub's TUF repository (version 3). */
function githubTufRoot(): string {
  return JSON.stringify(initialRoot)
}

/**
 * GitHub's trusted root through TUF (from its cache alone with `offline`).
 * A `tuf-root` given by the user replaces the embedded one.
 */
export async function fromGitHubTuf(cachePath: string, opts: TufOptions & { offline?: boolean }): Promise<LoadedTrust> {
  if (!opts.tufRootPath) {
    const dir = tufCacheDir(cachePath, GITHUB_TUF_URL)
    if (!existsSync(join(dir, 'root.json'))) {
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'root.json'), githubTufRoot())
    }
  }
  return opts.offline ? fromTufCache(GITHUB_TUF_URL, cachePath, opts.tufRootPath) : fromTuf(GITHUB_TUF_URL, cachePath, opts)
}
