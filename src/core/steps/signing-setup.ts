import { resolve } from 'node:path'

import { SealError } from '../util/errors.js'
import { PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, type SigningInputs } from '../inputs/read.js'
import { keyFromInput } from '../keys/input.js'
import { readPlainPrivateKey } from '../keys/private.js'
import { isKmsReference } from '../keys/kms/reference.js'
import { KeySigner } from '../keys/signer.js'
import { getIdentityToken, type TokenSource } from '../oidc/token.js'
import { SigningSession, type ServiceOptions } from '../sign/session.js'
import { readSigningConfig } from '../trust/signing-config.js'
import type { StepContext } from './context.js'
import { chooseInstance, describeInstance, type InstanceChoice } from '../sign/instance.js'
import { servicesFromTuf, tufSigningServices } from './signing-services.js'

/** GitHub's Sigstore instance for private repositories: its own Fulcio and a TSA, no Rekor. */
export function githubInstance(serverURL = 'https://github.com'): { fulcioURL: string; tsaURL: string } {
  const host = new URL(serverURL).hostname
  const base = host === 'github.com' ? 'githubapp.com' : host
  return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}/api/v1/timestamp` }
}

/**
 * The services to sign with: explicit URL inputs, then a signing config, then
 * the chosen instance (public-good Fulcio and Rekor, or GitHub's Fulcio and
 * TSA without Rekor).
 */
export async function resolveServices(
  inputs: SigningInputs,
  ctx: { cwd: string; env: NodeJS.ProcessEnv; warn?: (line: string) => void }
): Promise<ServiceOptions> {
  const { instance } = chooseInstance(inputs.sigstore, ctx.env)
  const fromTuf = servicesFromTuf(inputs, instance)
  const config = inputs.signingConfig ? await readSigningConfig(resolve(ctx.cwd, inputs.signingConfig)) : fromTuf ? await tufSigningServices(inputs, ctx) : {}
  const preset =
    instance === 'github'
      ? { ...githubInstance(ctx.env.GITHUB_SERVER_URL), rekorURL: undefined, tlogUpload: false }
      : { fulcioURL: PUBLIC_FULCIO_URL, rekorURL: PUBLIC_REKOR_URL, tsaURL: undefined, tlogUpload: true }
  const rekorURL = inputs.rekorURL ?? config.rekorURL ?? preset.rekorURL
  const tlogUpload = inputs.tlogUpload ?? (inputs.signingConfig || (fromTuf && config.fulcioURL) ? !!config.rekorURL : preset.tlogUpload)
  if (tlogUpload && !rekorURL) {
    throw new SealError('INPUT_INVALID', '`tlog-upload: true` needs a Rekor: set `rekor-url`.', {
      hint: "GitHub's Sigstore instance has no Rekor: leave `tlog-upload` unset with `sigstore: github`."
    })
  }
  const rekorVersion = inputs.rekorURL ? 1 : config.rekorVersion
  const tsaURL = inputs.tsaURL ?? config.tsaURL ?? preset.tsaURL
  if (tlogUpload && rekorVersion === 2 && !tsaURL) {
    throw new SealError('INPUT_INVALID', 'The signing config selects a Rekor v2 log, whose entries carry no time: it needs a timestamp authority.', {
      hint: 'Add a TSA to the signing config (tsaUrls), or set `tsa-url`.'
    })
  }
  return {
    fulcioURL: inputs.fulcioURL ?? config.fulcioURL ?? preset.fulcioURL,
    rekorURL: rekorURL ?? PUBLIC_REKOR_URL,
    rekorVersion,
    tsaURL,
    tlogUpload,
    timeoutMs: inputs.timeoutMs,
    retries: inputs.retries
  }
}

export interface PreparedSession {
  session: SigningSession
  services: ServiceOptions
  /** Where the OIDC token came from (keyless); set once the token was read. */
  tokenSource(): TokenSource | undefined
  /** The Sigstore instance the service defaults came from, and why. */
  instance: InstanceChoice
}

/**
 * A signing session for a step: with the `key` input a long-lived key signs,
 * otherwise an ephemeral key certified by Fulcio from the ambient OIDC token.
 * `token` lets a caller that already read the token (attest reads its claims)
 * pass it in.
 */
export async function prepareSession(inputs: SigningInputs, ctx: StepContext, token?: { token: string; source: TokenSource }): Promise<PreparedSession> {
  const services = await resolveServices(inputs, ctx)
  const instance = chooseInstance(inputs.sigstore, ctx.env)
  ctx.log?.(describeInstance(instance))
  if (isKmsReference(inputs.key)) {
    // A key in a key service: the service signs; the reference is no secret. (Loaded only when used.)
    const { RemoteKeySigner } = await import('../keys/kms/signer.js')
    const signer = await RemoteKeySigner.open(inputs.key, ctx.env)
    return { session: new SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance }
  }
  if (inputs.key) {
    ctx.onSecret?.(inputs.key)
    if (inputs.keyPassword) ctx.onSecret?.(inputs.keyPassword)
    const key = await keyFromInput(inputs.key, ctx.cwd, 'private')
    const signer = key.includes('ENCRYPTED')
      ? await KeySigner.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
      : new KeySigner(readPlainPrivateKey(key, 'key'), 'the key in `key`')
    return { session: new SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance }
  }
  let source = token?.source
  const session = new SigningSession({
    ...services,
    getToken: async () => {
      if (token) return token.token
      const t = await getIdentityToken({
        identityToken: inputs.identityToken,
        audience: inputs.audience,
        env: ctx.env,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
      })
      ctx.onSecret?.(t.token)
      source = t.source
      return t.token
    }
  })
  return { session, services, tokenSource: () => source, instance }
}
