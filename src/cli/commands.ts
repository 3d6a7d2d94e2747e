import { runAttestStep, readAttestInputs, readSignInputs, readVerifyInputs, signingSecrets, type InputGetter, describeSigner, runSignStep, runVerifyStep } from '../core/index.js'
import { getterOf, parseArgs, type ParsedArgs } from './args.js'
import { runCommand, std, type Out } from './command.js'

const SIGNING_FLAGS = ['bundle-dir', 'identity-token', 'oidc-audience', 'key', 'key-password', 'sigstore', 'signing-config', 'fulcio-url', 'rekor-url', 'tsa-url', 'timeout', 'retries']
const REGISTRY_FLAGS = ['registry-username', 'registry-password', 'signature-repository']
const SIGN_FLAGS = ['subject-path', 'image', 'signature-format', ...REGISTRY_FLAGS, ...SIGNING_FLAGS]
const VERIFY_FLAGS = [
  'policy',
  'no-match-policy',
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

/** `seal sign [FILE...]`: keyless signatures, one bundle per file. */
export function runSign(argv: string[], out: Out = std): Promise<number> {
  return runCommand('sign', out, async run => {
    const args = withPositionals(parseArgs(argv, SIGN_FLAGS, ['tlog-upload', 'json']))
    const inputs = readSignInputs(signingGetter(args))
    for (const secret of signingSecrets(inputs)) run.secret(secret)
    const result = await runSignStep(inputs, run.context())
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
  })
}

/** `seal attest [FILE...]`: one signed in-toto statement for all subjects. */
export function runAttest(argv: string[], out: Out = std): Promise<number> {
  return runCommand('attest', out, async run => {
    const args = withPositionals(parseArgs(argv, ATTEST_FLAGS, ['tlog-upload', 'json', 'push-to-registry', 'attach-sbom']))
    const inputs = readAttestInputs(signingGetter(args))
    for (const secret of signingSecrets(inputs)) run.secret(secret)
    const result = await runAttestStep(inputs, run.context())
    const summary = {
      bundlePath: result.bundlePath,
      predicateType: result.predicateType,
      subjects: result.subjects.length,
      logIndex: result.logIndex ?? null
    }
    out.stdout(args.flags.get('json') === 'true' ? JSON.stringify(summary, null, 2) + '\n' : `${result.bundlePath}\t${result.predicateType}\tsubjects=${result.subjects.length}\n`)
    return 0
  })
}

/** `seal verify [FILE...]`: exit 0 only when every file verifies. */
export function runVerify(argv: string[], out: Out = std): Promise<number> {
  return runCommand('verify', out, async run => {
    const args = withPositionals(parseArgs(argv, VERIFY_FLAGS, ['offline', 'json', 'deny-self-hosted-runners', 'insecure-ignore-tlog', 'skip-unevaluable-policy']))
    const inputs = readVerifyInputs(getterOf(args))
    for (const w of inputs.insecureIgnoreTlog ? ['transparency-log verification is skipped (--insecure-ignore-tlog)'] : []) out.stderr(`warning: ${w}\n`)
    run.secret(inputs.registryPassword)
    const result = await runVerifyStep(inputs, run.context())
    if (args.flags.get('json') === 'true') {
      out.stdout(JSON.stringify(result.rows, null, 2) + '\n')
    } else {
      for (const r of result.rows) {
        const signer = r.identity ? `${r.identity}\t${r.issuer ?? ''}` : 'the given public key'
        out.stdout(r.ok ? `OK\t${r.subject}\t${signer}\n` : `FAIL\t${r.subject}\t${r.reason}\n`)
      }
    }
    return result.verified ? 0 : 1
  })
}
