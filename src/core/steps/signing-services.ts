/**
 * The services a signing step takes from its TUF repository's signing config
 * (`signing_config.v0.2.json`) when no `signing-config` file and no service
 * URL says otherwise: the public-good repository by default, a private
 * `tuf-mirror` (started from `tuf-root`) for a private deployment.
 */
import type { SigningInputs } from '../inputs/read.js'
import { PUBLIC_GOOD_TUF_URL, defaultTufCachePath, normalizeMirror } from '../trust/tuf.js'
import type { SigningServices } from '../trust/signing-config.js'
import { SealError } from '../util/errors.js'

/** Public-good's timestamp authority: what its signing config names, used when the TUF repository cannot be read. */
export const PUBLIC_TSA_URL = 'https://timestamp.sigstore.dev/api/v1/timestamp'

/**
 * Whether the services come from a TUF repository: a `tuf-mirror`, or
 * keyless public-good (as `sigstore` chose it) with no service chosen by
 * input (signing with a `key` keeps its built-in services, so that it needs
 * no network when `tlog-upload` is off).
 */
export function servicesFromTuf(inputs: SigningInputs, instance: 'public-good' | 'github'): boolean {
  if (inputs.signingConfig) return false
  if (inputs.tufMirror) return true
  return instance === 'public-good' && !inputs.key && !inputs.fulcioURL && !inputs.rekorURL && !inputs.tsaURL
}

/**
 * The signing config of the step's TUF repository. A private mirror that
 * cannot be read, or has no signing config, is an error naming `tuf-mirror`;
 * when public-good's repository cannot be read, its services built into seal
 * (with its timestamp authority) are used, with a warning.
 */
export async function tufSigningServices(inputs: SigningInputs, ctx: { env: NodeJS.ProcessEnv; warn?: (line: string) => void }): Promise<SigningServices> {
  const mirror = inputs.tufMirror ? normalizeMirror(inputs.tufMirror) : PUBLIC_GOOD_TUF_URL
  const { signingConfigFromTuf } = await import('../trust/tuf-signing-config.js')
  const opts = { tufRootPath: inputs.tufRoot, tufTimeoutMs: Math.min(inputs.timeoutMs, 30_000), tufRetries: inputs.retries }
  let config: SigningServices | undefined
  try {
    config = await signingConfigFromTuf(mirror, defaultTufCachePath(ctx.env), opts)
  } catch (err) {
    if (mirror !== PUBLIC_GOOD_TUF_URL) throw err
    ctx.warn?.(`Signing with the public-good services built into seal: ${(err as Error).message}`)
    return { tsaURL: PUBLIC_TSA_URL }
  }
  if (config?.fulcioURL || config?.rekorURL || config?.tsaURL) return config
  if (mirror === PUBLIC_GOOD_TUF_URL) return { tsaURL: PUBLIC_TSA_URL }
  throw new SealError('INPUT_INVALID', `the TUF repository \`tuf-mirror\` (${mirror}) has no signing config (signing_config.v0.2.json) naming a service.`, {
    hint: "Publish the deployment's signing config as a TUF target, or name the services with `signing-config` or `fulcio-url`, `rekor-url` and `tsa-url`."
  })
}
