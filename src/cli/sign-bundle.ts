import { readFile } from 'node:fs/promises'

import { bundleToJSON } from '@sigstore/bundle'

import { SealError, messageOf, writeFileAtomic, PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, redact } from '../core/index.js'
import { sha256File, SigningSession, readSigningConfig, type SigningServices } from '../core/tools.js'
import { parseArgs } from './args.js'

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
export async function runSignBundle(argv: string[]): Promise<number> {
  let token = ''
  try {
    const args = parseArgs(argv, ['identity-token', 'bundle', 'trusted-root', 'signing-config'], ['staging', 'in-toto'])
    token = args.flags.get('identity-token') ?? ''
    const bundlePath = args.flags.get('bundle')
    if (!token) throw new SealError('TOKEN_MISSING', 'sign-bundle needs --identity-token')
    if (!bundlePath) throw new SealError('INPUT_INVALID', 'sign-bundle needs --bundle')
    if (args.positionals.length !== 1) throw new SealError('INPUT_INVALID', 'sign-bundle takes exactly one file to sign')
    const file = args.positionals[0]
    const config = args.flags.has('signing-config')
      ? await readSigningConfig(args.flags.get('signing-config') as string, '--signing-config')
      : args.flags.get('staging') === 'true'
        ? STAGING
        : {}
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
    const bundle =
      args.flags.get('in-toto') === 'true'
        ? await session.signDSSE(await readFile(file), IN_TOTO)
        : await session.signDigest(await sha256File(file))
    await writeFileAtomic(bundlePath, JSON.stringify(bundleToJSON(bundle)) + '\n')
    return 0
  } catch (err) {
    process.stderr.write(`seal sign-bundle: ${redact(messageOf(err), [token])}\n`)
    return 1
  }
}
