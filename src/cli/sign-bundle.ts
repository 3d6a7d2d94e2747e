import { readFile } from 'node:fs/promises'

import { bundleToJSON } from '@sigstore/bundle'

import { SealError, writeFileAtomic, PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL } from '../core/index.js'
import { sha256File, SigningSession, readSigningConfig, type SigningServices } from '../core/tools.js'
import { runCommand } from './command.js'
import { SIGN_BUNDLE_OPTIONS } from './options.js'

const STAGING: SigningServices = {
  fulcioURL: 'https://fulcio.sigstage.dev',
  rekorURL: 'https://rekor.sigstage.dev',
  rekorVersion: 1
}

const IN_TOTO = 'application/vnd.in-toto+json'

/**
 * `seal sign-bundle`, the Sigstore conformance protocol's signing command:
 * sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE
 *             [--trusted-root FILE] [--signing-config FILE] FILE
 */
export function runSignBundle(argv: string[]): Promise<number> {
  return runCommand({ name: 'sign-bundle', options: SIGN_BUNDLE_OPTIONS }, argv, async run => {
    const flags = run.line.values
    const token = flags.get('identity-token') ?? ''
    run.secret(token)
    const bundlePath = flags.get('bundle')
    if (!token) throw new SealError('TOKEN_MISSING', 'sign-bundle needs --identity-token')
    if (!bundlePath) throw new SealError('INPUT_INVALID', 'sign-bundle needs --bundle')
    if (run.line.positionals.length !== 1) throw new SealError('INPUT_INVALID', 'sign-bundle takes exactly one file to sign')
    const file = run.line.positionals[0]
    const configPath = flags.get('signing-config')
    const config = configPath !== undefined ? await readSigningConfig(configPath, '--signing-config') : flags.get('staging') === 'true' ? STAGING : {}
    const session = new SigningSession({
      fulcioURL: config.fulcioURL ?? PUBLIC_FULCIO_URL,
      rekorURL: config.rekorURL ?? PUBLIC_REKOR_URL,
      rekorVersion: config.rekorVersion,
      tsaURL: config.tsaURL,
      tlogUpload: true,
      timeoutMs: 30_000,
      retries: 3,
      getToken: async () => token
    })
    const bundle = flags.get('in-toto') === 'true' ? await session.signDSSE(await readFile(file), IN_TOTO) : await session.signDigest(await sha256File(file))
    await writeFileAtomic(bundlePath, JSON.stringify(bundleToJSON(bundle)) + '\n')
    return 0
  })
}
