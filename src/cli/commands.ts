import { messageOf } from '../core/errors.js'
import { runAttestStep } from '../core/attest-step.js'
import { readAttestInputs, readSignInputs, readVerifyInputs, type InputGetter } from '../core/inputs.js'
import { redact } from '../core/redact.js'
import { describeSigner } from '../core/report.js'
import { runSignStep } from '../core/sign-step.js'
import { runVerifyStep } from '../core/verify-step.js'
import { getterOf, parseArgs, type ParsedArgs } from './args.js'

const SIGNING_FLAGS = ['bundle-dir', 'identity-token', 'oidc-audience', 'key', 'key-password', 'sigstore', 'signing-config', 'fulcio-url', 'rekor-url', 'tsa-url', 'timeout', 'retries']
const REGISTRY_FLAGS = ['registry-username', 'registry-password']
const SIGN_FLAGS = ['subject-path', 'image', 'signature-format', ...REGISTRY_FLAGS, ...SIGNING_FLAGS]
const VERIFY_FLAGS = [
  'subject-path',
  'image',
  'local-image',
  ...REGISTRY_FLAGS,
  'timeout',
  'retries',
  'bundle-path',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'trusted-root',
  'predicate-type',
  'repository',
  'signer-workflow',
  'source-ref',
  'key',
  'sigstore',
  'fulcio-root',
  'rekor-public-key',
  'ct-log-public-key',
  'tsa-cert-chain',
  'rekor-url',
  'tuf-mirror',
  'tuf-root',
  'tlog-threshold',
  'timestamp-threshold'
]
const ATTEST_FLAGS = [
  'subject-path',
  'image',
  'attestation-format',
  ...REGISTRY_FLAGS,
  ...SIGNING_FLAGS,
  'subject-digest',
  'subject-name',
  'subject-checksums',
  'sbom-path',
  'predicate-type',
  'predicate',
  'predicate-path',
  'max-predicate-size-mb'
]

/** Flags as inputs; `--key-password` falls back to COSIGN_PASSWORD, as cosign does. */
function signingGetter(args: ParsedArgs): InputGetter {
  const get = getterOf(args)
  return name => (name === 'key-password' && !args.flags.has(name) ? (process.env.COSIGN_PASSWORD ?? '') : get(name))
}

/** Positional files join `--subject-path`, as if listed in the input. */
function withPositionals(args: ParsedArgs): ParsedArgs {
  if (args.positionals.length === 0) return args
  const flags = new Map(args.flags)
  const listed = [flags.get('subject-path'), ...args.positionals].filter(Boolean).join('\n')
  flags.set('subject-path', listed)
  return { flags, positionals: [] }
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
const std: Out = { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) }

/** `seal sign [FILE...]`: keyless signatures, one bundle per file. */
export async function runSign(argv: string[], out: Out = std): Promise<number> {
  const secrets: string[] = []
  try {
    const args = withPositionals(parseArgs(argv, SIGN_FLAGS, ['tlog-upload', 'json']))
    const inputs = readSignInputs(signingGetter(args))
    for (const secret of [inputs.identityToken, inputs.key, inputs.keyPassword, inputs.registryPassword]) if (secret) secrets.push(secret)
    const result = await runSignStep(inputs, {
      cwd: process.cwd(),
      env: process.env,
      onSecret: s => secrets.push(s),
      log: line => out.stderr(line + '\n'),
      warn: line => out.stderr(`warning: ${line}\n`)
    })
    if (args.flags.get('json') === 'true') {
      out.stdout(JSON.stringify([...result.files.map(({ path: _path, ...rest }) => rest), ...result.images], null, 2) + '\n')
    } else {
      const who = describeSigner(result.signer)
      out.stderr(result.signer.certificate ? `Certificate issued to ${who.identity} by ${who.issuer}\n` : `Signed with ${who.identity}\n`)
      for (const f of result.files) {
        out.stdout(`${f.subject}\tsha256:${f.sha256}\t${f.bundlePath}${f.logIndex ? `\tlogIndex=${f.logIndex}` : ''}\n`)
      }
      for (const img of result.images) {
        for (const sig of img.signatures) out.stdout(`${img.reference}\t${sig.format}\t${sig.location}${sig.logIndex ? `\tlogIndex=${sig.logIndex}` : ''}\n`)
      }
    }
    return 0
  } catch (err) {
    out.stderr(`seal sign: ${redact(messageOf(err), secrets)}\n`)
    return 1
  }
}

/** `seal attest [FILE...]`: one signed in-toto statement for all subjects. */
export async function runAttest(argv: string[], out: Out = std): Promise<number> {
  const secrets: string[] = []
  try {
    const args = withPositionals(parseArgs(argv, ATTEST_FLAGS, ['tlog-upload', 'json', 'push-to-registry', 'attach-sbom']))
    const inputs = readAttestInputs(signingGetter(args))
    for (const secret of [inputs.identityToken, inputs.key, inputs.keyPassword, inputs.registryPassword]) if (secret) secrets.push(secret)
    const result = await runAttestStep(inputs, {
      cwd: process.cwd(),
      env: process.env,
      onSecret: s => secrets.push(s),
      log: line => out.stderr(line + '\n')
    })
    const summary = {
      bundlePath: result.bundlePath,
      predicateType: result.predicateType,
      subjects: result.subjects.length,
      logIndex: result.logIndex ?? null
    }
    out.stdout(args.flags.get('json') === 'true' ? JSON.stringify(summary, null, 2) + '\n' : `${result.bundlePath}\t${result.predicateType}\tsubjects=${result.subjects.length}\n`)
    return 0
  } catch (err) {
    out.stderr(`seal attest: ${redact(messageOf(err), secrets)}\n`)
    return 1
  }
}

/** `seal verify [FILE...]`: exit 0 only when every file verifies. */
export async function runVerify(argv: string[], out: Out = std): Promise<number> {
  try {
    const args = withPositionals(parseArgs(argv, VERIFY_FLAGS, ['offline', 'json', 'deny-self-hosted-runners', 'insecure-ignore-tlog']))
    const inputs = readVerifyInputs(getterOf(args))
    for (const w of inputs.insecureIgnoreTlog ? ['transparency-log verification is skipped (--insecure-ignore-tlog)'] : []) out.stderr(`warning: ${w}\n`)
    const result = await runVerifyStep(inputs, {
      cwd: process.cwd(),
      env: process.env,
      log: line => out.stderr(line + '\n'),
      warn: line => out.stderr(`warning: ${line}\n`)
    })
    if (args.flags.get('json') === 'true') {
      out.stdout(JSON.stringify(result.rows, null, 2) + '\n')
    } else {
      for (const r of result.rows) {
        const signer = r.identity ? `${r.identity}\t${r.issuer ?? ''}` : 'the given public key'
        out.stdout(r.ok ? `OK\t${r.subject}\t${signer}\n` : `FAIL\t${r.subject}\t${r.reason}\n`)
      }
    }
    return result.verified ? 0 : 1
  } catch (err) {
    out.stderr(`seal verify: ${redact(messageOf(err))}\n`)
    return 1
  }
}
