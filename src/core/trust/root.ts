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
 *   5. with `sigstore: github`, GitHub's TUF repository (its cache alone when `offline` is set);
 *   6. with `offline`, the public-good root embedded in seal;
 *   7. the public-good TUF repository.
 * With `offline` nothing touches the network.
 */
import { readFile } from 'node:fs/promises'

import { SealError } from '../util/errors.js'
import { embeddedTrustedRoot } from './embedded.js'
import { withMaterial, type LoadedTrust } from './material.js'
import { environmentTrustFiles, PEM_INPUTS, SIGSTORE_ENV, trustedRootFromFiles, type PemField, type PemFiles } from './pem.js'
import { checkTrustedRoot, messageOnly } from './trusted-root.js'
import { defaultTufCachePath, fromTuf, normalizeMirror, PUBLIC_GOOD_TUF_URL, type TufOptions } from './tuf.js'
import { fromTufCache } from './tuf-offline.js'
import { parseTrustedRoots, withRoots } from './roots.js'

/** Where the trusted root comes from; see loadTrust for the order. */
export interface TrustOptions extends TufOptions {
  /** A trusted_root.json file (the `trusted-root` input). */
  trustedRootPath?: string
  /** PEM files of a private deployment (inputs `fulcio-root`, `rekor-public-key`, `ct-log-public-key`, `tsa-cert-chain`). */
  pem?: PemFiles
  /**
   * The Rekor URL of the deployment whose keys come from `pem` or SIGSTORE_*:
   * recorded as the tlog baseUrl (`rekor-url`; COSIGN_REKOR_URL or
   * SIGSTORE_REKOR_URL when `env` is given). Optional: checkpoints are matched by key.
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
  /** `github`: GitHub's trusted root from its TUF repository instead of the public-good one (after the sources above). */
  sigstore?: 'public-good' | 'github'
}

/** The trusted root from the first source `opts` sets (see the order above), with its trust material. */
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
    // One root, or several as JSON Lines (`gh attestation trusted-root`).
    return withRoots(parseTrustedRoots(text, `the trusted root ${path} (\`trusted-root\`)`), source)
  }

  const pem = definedFiles(opts.pem)
  const rekorURL = rekorURLOf(opts)
  if (pem) {
    const root = await trustedRootFromFiles(pem, { rekorURL })
    const source = `PEM files (${describeFiles(pem, PEM_INPUTS)})`
    checkTrustedRoot(root, `the trusted root built from ${source}`)
    return withMaterial(root, source)
  }

  const envFiles = opts.env ? environmentTrustFiles(opts.env) : undefined
  if (envFiles) {
    const root = await trustedRootFromFiles(envFiles, { rekorURL, names: SIGSTORE_ENV })
    const source = `environment (${describeFiles(envFiles, SIGSTORE_ENV, '=')})`
    checkTrustedRoot(root, `the trusted root built from the ${source}`)
    return withMaterial(root, source)
  }

  const mirror = opts.tufMirrorURL ? normalizeMirror(opts.tufMirrorURL) : undefined
  const cachePath = opts.tufCachePath || defaultTufCachePath(opts.env ?? process.env)
  if (mirror && mirror !== PUBLIC_GOOD_TUF_URL) {
    return opts.offline ? fromTufCache(mirror, cachePath, opts.tufRootPath) : fromTuf(mirror, cachePath, opts)
  }
  if (opts.sigstore === 'github') {
    return (await import('./github-tuf.js')).fromGitHubTuf(cachePath, opts)
  }
  if (opts.offline) {
    return withMaterial(embeddedTrustedRoot(), 'embedded public-good root')
  }
  return fromTuf(PUBLIC_GOOD_TUF_URL, cachePath, opts)
}

function definedFiles(files: PemFiles | undefined): PemFiles | undefined {
  if (!files) return undefined
  const defined = Object.fromEntries(Object.entries(files).filter(([, path]) => typeof path === 'string' && path.trim() !== '')) as PemFiles
  return Object.keys(defined).length > 0 ? defined : undefined
}

function describeFiles(files: PemFiles, names: Record<PemField, string>, sep = ' '): string {
  return (Object.entries(files) as [PemField, string][]).map(([field, path]) => `${names[field]}${sep}${path}`).join(', ')
}

/**
 * The log's URL, recorded in a root built from PEM files: `rekor-url`, or the
 * variables cosign users set (COSIGN_REKOR_URL, SIGSTORE_REKOR_URL). It is a
 * label only: checkpoints are matched to the log by its key (verify/checkpoint.ts).
 */
function rekorURLOf(opts: TrustOptions): string | undefined {
  const env = opts.env ?? {}
  return opts.rekorURL || env.COSIGN_REKOR_URL?.trim() || env.SIGSTORE_REKOR_URL?.trim() || undefined
}
