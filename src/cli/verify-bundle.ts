/**
 * `seal verify-bundle`: the Sigstore conformance suite's verification command.
 *
 *   seal verify-bundle [--staging] --bundle FILE \
 *       --certificate-identity IDENTITY --certificate-oidc-issuer URL [--trusted-root FILE] FILE_OR_DIGEST
 *   seal verify-bundle [--staging] --bundle FILE --key PUBKEY.pem [--trusted-root FILE] FILE_OR_DIGEST
 *
 * FILE_OR_DIGEST is a path, or `sha256:<hex>` when no such path exists. Without
 * --trusted-root the public-good root embedded in seal is used (no network).
 * Exit 0 when verified, 1 otherwise, with one line on stderr saying why.
 */
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError } from '../core/index.js'
import { parseDigest, buildIdentityPolicy, loadTrust, parseBundle, verifyBundle, type ArtifactInput, type Expectation } from '../core/tools.js'
import { parseCommandLine, type CommandLine } from './args.js'
import { runCommand } from './command.js'
import { VERIFY_BUNDLE_OPTIONS } from './options.js'

const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

type ValueFlag =
  'bundle' | 'certificate-identity' | 'certificate-identity-regexp' | 'certificate-oidc-issuer' | 'certificate-oidc-issuer-regexp' | 'key' | 'trusted-root'

interface Args {
  values: Partial<Record<ValueFlag, string>>
  staging: boolean
  target: string
}

const USAGE =
  'usage: seal verify-bundle [--staging] --bundle FILE (--certificate-identity ID --certificate-oidc-issuer URL | --key PUBKEY.pem) [--trusted-root FILE] FILE_OR_DIGEST'

/** The conformance arguments of a parsed command line: the value flags given, --staging, and the one FILE_OR_DIGEST. */
function argsOf(line: CommandLine): Args {
  const values: Partial<Record<ValueFlag, string>> = {}
  for (const [name, value] of line.values) if (name !== 'staging') values[name as ValueFlag] = value
  const positional = line.positionals
  if (positional.length !== 1) {
    throw usage(positional.length === 0 ? 'missing FILE_OR_DIGEST' : `expected one FILE_OR_DIGEST, got ${positional.length}`)
  }
  return { values, staging: line.values.get('staging') === 'true', target: positional[0] }
}

/** Parses the conformance arguments; a bad option or not exactly one FILE_OR_DIGEST is INPUT_INVALID. */
export function parseVerifyBundleArgs(argv: string[]): Args {
  return argsOf(parseCommandLine(argv, VERIFY_BUNDLE_OPTIONS))
}

function usage(problem: string): SealError {
  return new SealError('INPUT_INVALID', `${problem}; ${USAGE}`)
}

/** FILE_OR_DIGEST: an existing path wins; otherwise `sha256:<hex>` (or sha384/sha512) is a digest. */
export async function resolveArtifact(target: string, cwd: string = process.cwd()): Promise<ArtifactInput> {
  const path = resolve(cwd, target)
  const exists = await stat(path).then(
    () => true,
    () => false
  )
  if (exists) return { path }
  const digest = parseDigest(target)
  if (digest) return { digest: { algorithm: digest.algorithm, value: digest.digest } }
  if (/^sha(256|384|512):/i.test(target)) {
    throw new SealError('INPUT_INVALID', `${JSON.stringify(target)} is neither a file nor a well-formed digest (sha256:<64 hex digits>)`)
  }
  throw new SealError('SUBJECT_NOT_FOUND', `the artifact ${target} does not exist`)
}

async function verify(line: CommandLine): Promise<string> {
  const { values, staging, target } = argsOf(line)
  const bundlePath = values.bundle
  if (!bundlePath) throw usage('--bundle is required')
  if (staging && !values['trusted-root']) {
    throw new SealError('INPUT_INVALID', '--staging needs --trusted-root: seal embeds only the public-good trusted root', {
      hint: "Pass the staging deployment's trusted_root.json with --trusted-root."
    })
  }

  let expect: Expectation
  if (values.key !== undefined) {
    if (values['certificate-identity'] !== undefined || values['certificate-identity-regexp'] !== undefined) {
      throw usage('--key and --certificate-identity are exclusive')
    }
    let pem: string
    try {
      pem = await readFile(values.key, 'utf8')
    } catch (err) {
      throw new SealError('KEY_INVALID', `cannot read the public key ${values.key} (--key): ${(err as NodeJS.ErrnoException).code ?? err}`)
    }
    expect = { publicKeyPEM: pem }
  } else {
    const noIssuer = values['certificate-oidc-issuer'] === undefined && values['certificate-oidc-issuer-regexp'] === undefined
    expect = {
      policy: buildIdentityPolicy({
        certificateIdentity: values['certificate-identity'],
        certificateIdentityRegExp: values['certificate-identity-regexp'],
        certificateOidcIssuer: noIssuer ? DEFAULT_ISSUER : values['certificate-oidc-issuer'],
        certificateOidcIssuerRegExp: values['certificate-oidc-issuer-regexp']
      })
    }
  }

  let bundleText: string
  try {
    bundleText = await readFile(bundlePath, 'utf8')
  } catch (err) {
    throw new SealError('BUNDLE_NOT_FOUND', `cannot read the bundle ${bundlePath} (--bundle): ${(err as NodeJS.ErrnoException).code ?? err}`)
  }
  const bundle = parseBundle(bundleText, `the bundle ${bundlePath}`)
  const artifact = await resolveArtifact(target)
  const trust = await loadTrust({ trustedRootPath: values['trusted-root'], offline: true })
  const result = await verifyBundle(bundle, artifact, expect, trust)

  const signer = result.identity !== undefined ? `${result.identity} (issuer ${result.issuer ?? 'unknown'})` : 'the given public key'
  const log = result.logIndex !== undefined ? `, tlog index ${result.logIndex}` : ''
  return `Verified OK: ${target} signed by ${signer}${log}`
}

export function runVerifyBundle(argv: string[]): Promise<number> {
  return runCommand({ name: 'verify-bundle', options: VERIFY_BUNDLE_OPTIONS, showCode: true }, argv, async ({ line }) => {
    process.stdout.write(`${await verify(line)}\n`)
    return 0
  })
}
