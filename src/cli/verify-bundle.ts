import { messageOf, SealError } from '../core/index.js'
import { parseDigest, buildIdentityPolicy, loadTrust, parseBundle, verifyBundle, type ArtifactInput, type Expectation } from '../core/tools.js'
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


const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

const VALUE_FLAGS = [
  'bundle',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'key',
  'trusted-root'
] as const
type ValueFlag = (typeof VALUE_FLAGS)[number]

interface Args {
  values: Partial<Record<ValueFlag, string>>
  staging: boolean
  target: string
}

const USAGE =
  'usage: seal verify-bundle [--staging] --bundle FILE (--certificate-identity ID --certificate-oidc-issuer URL | --key PUBKEY.pem) [--trusted-root FILE] FILE_OR_DIGEST'

export function parseVerifyBundleArgs(argv: string[]): Args {
  const values: Partial<Record<ValueFlag, string>> = {}
  const positional: string[] = []
  let staging = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (name === 'staging') {
      if (eq !== -1) throw usage('--staging takes no value')
      staging = true
      continue
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) throw usage(`unknown flag --${name}`)
    let value: string | undefined
    if (eq !== -1) value = arg.slice(eq + 1)
    else value = argv[++i]
    if (value === undefined) throw usage(`--${name} needs a value`)
    if (values[name as ValueFlag] !== undefined) throw usage(`--${name} given twice`)
    values[name as ValueFlag] = value
  }
  if (positional.length !== 1) {
    throw usage(positional.length === 0 ? 'missing FILE_OR_DIGEST' : `expected one FILE_OR_DIGEST, got ${positional.length}`)
  }
  return { values, staging, target: positional[0] }
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

async function run(argv: string[]): Promise<string> {
  const { values, staging, target } = parseVerifyBundleArgs(argv)
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

export async function runVerifyBundle(argv: string[]): Promise<number> {
  try {
    process.stdout.write(`${await run(argv)}\n`)
    return 0
  } catch (err) {
    const code = err instanceof SealError ? `${err.code}: ` : ''
    const line = `${code}${messageOf(err)}`.replace(/\s*\n\s*/g, ' ')
    process.stderr.write(`seal verify-bundle: ${line}\n`)
    return 1
  }
}
