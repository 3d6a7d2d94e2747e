/**
 * The signing config a TUF repository distributes (`signing_config.v0.2.json`,
 * beside trusted_root.json): the Fulcio, Rekor and timestamp authority that
 * cosign v3 and sigstore-python sign with. Read from the public-good
 * repository, or from a private `tuf-mirror` started from `tuf-root`.
 */
import { parseSigningConfig, type SigningServices } from './signing-config.js'
import { tufClientSetup, tufFailure, type TufOptions } from './tuf.js'

export const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json'

/**
 * The services of the repository's signing config; undefined when the
 * repository has no such target (older private deployments), a
 * TRUST_ROOT_UNAVAILABLE SealError when the repository cannot be read.
 */
export async function signingConfigFromTuf(mirror: string, cachePath: string, opts: TufOptions, now = new Date()): Promise<SigningServices | undefined> {
  const { dir, options } = await tufClientSetup(mirror, cachePath, opts)
  let text: string
  try {
    const { initTUF } = await import('@sigstore/tuf')
    const tuf = await initTUF(options)
    text = await tuf.getTarget(SIGNING_CONFIG_TARGET)
  } catch (err) {
    if ((err as { code?: unknown }).code === 'TUF_FIND_TARGET_ERROR') return undefined
    throw tufFailure(err, mirror, dir, Boolean(options.rootPath))
  }
  return parseSigningConfig(text, `${SIGNING_CONFIG_TARGET} of TUF ${mirror}`, now)
}
