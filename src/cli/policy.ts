/**
 * `seal policy export`: the cluster's admission policy (policy-controller
 * ClusterImagePolicy or Kyverno ClusterPolicy) from `seal verify`'s flags.
 * `seal policy check FILE...`: policy files against the engines' CRD schemas,
 * and what they require.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError, writeFileAtomic } from '../core/index.js'
import { checkPolicyText, describeCheck, exportPolicy, keyFromInput, POLICY_FORMATS } from '../core/tools.js'
import { noPositionals, runCommand, std, type Out } from './command.js'
import { POLICY_CHECK_OPTIONS, POLICY_EXPORT_OPTIONS } from './options.js'

const USAGE = `Usage:
  seal policy export --format ${POLICY_FORMATS.join('|')} --image-glob GLOB [--image-glob GLOB ...]
            (--certificate-identity ID | --certificate-identity-regexp RE)
            [--certificate-oidc-issuer ISS | --certificate-oidc-issuer-regexp RE]
            | --key FILE
            [--repository OWNER/REPO] [--predicate-type URI] [--signature-repository REPO]
            [--name NAME] [--mode enforce|warn] [--out FILE]
  seal policy check FILE...

export writes a policy that admits exactly what \`seal verify\` with the same flags accepts
(the issuer defaults to GitHub Actions, as for verify). --image-glob is written in the
engine's own pattern language: ClusterImagePolicy \`*\` stays within a path segment and
\`**\` crosses it; Kyverno \`*\` crosses \`/\`. check validates each document against its
CRD schema (exit 1 on any error) and describes what it requires.
`

/** `seal verify` flags whose meaning no exported policy can carry, with the reason. */
const NOT_EXPORTABLE: Record<string, string> = {
  'signer-workflow': 'the engines cannot compare the signer workflow without its ref as `seal verify` does',
  'source-ref': "the engines cannot check the certificate's source ref field",
  'deny-self-hosted-runners': "the engines cannot check the certificate's runner environment field",
  owner: "the engines cannot check the certificate's source repository owner field",
  'signer-repo': "the engines cannot check the certificate's signer workflow field",
  'signer-digest': "the engines cannot check the certificate's signer digest field",
  'source-digest': "the engines cannot check the certificate's source digest field",
  hostname: 'an exported policy is about github.com repositories; write the identity for another host with --certificate-identity',
  'trusted-root':
    "an exported policy trusts the public-good Sigstore instance; another deployment needs the cluster's own trust configuration (a policy-controller TrustRoot)",
  sigstore: 'an exported policy trusts the public-good Sigstore instance',
  'fulcio-root': 'an exported policy trusts the public-good Sigstore instance',
  'rekor-public-key': 'an exported policy trusts the public-good Sigstore instance',
  'ct-log-public-key': 'an exported policy trusts the public-good Sigstore instance',
  'tsa-cert-chain': 'an exported policy trusts the public-good Sigstore instance',
  'rekor-url': 'an exported policy checks the public-good Rekor log',
  'tuf-mirror': 'an exported policy trusts the public-good Sigstore instance',
  'tuf-root': 'an exported policy trusts the public-good Sigstore instance',
  'tlog-threshold': 'admission requires one transparency-log entry, as `seal verify` does by default',
  'timestamp-threshold': 'admission takes the time from the transparency log, as `seal verify` does by default',
  offline: 'admission fetches what it needs itself',
  'insecure-ignore-tlog': 'an exported policy always checks the transparency log'
}
async function runExport(argv: string[], out: Out): Promise<number> {
  return runCommand({ name: 'policy export', options: POLICY_EXPORT_OPTIONS, out }, argv, async ({ line }) => {
    noPositionals(line)
    const v = line.values
    for (const flag of Object.keys(NOT_EXPORTABLE)) {
      if (!v.has(flag)) continue
      throw new SealError('INPUT_INVALID', `\`--${flag}\` cannot be exported: ${NOT_EXPORTABLE[flag]}.`, {
        hint: `Leave --${flag} out, or check it in the deploy job with \`seal verify\`.`
      })
    }
    const str = (name: string): string | undefined => v.get(name)
    if (!str('format')) throw new SealError('INPUT_INVALID', `give \`--format\`: ${POLICY_FORMATS.join(' or ')}`)
    const key = str('key')
    const policy = exportPolicy({
      format: str('format') as string,
      name: str('name'),
      mode: str('mode'),
      imageGlobs: v.get('image-glob')?.split('\n') ?? [],
      certificateIdentity: str('certificate-identity'),
      certificateIdentityRegExp: str('certificate-identity-regexp'),
      certificateOidcIssuer: str('certificate-oidc-issuer'),
      certificateOidcIssuerRegExp: str('certificate-oidc-issuer-regexp'),
      key: key === undefined ? undefined : await keyFromInput(key, process.cwd(), 'public', process.env),
      repository: str('repository'),
      predicateType: str('predicate-type'),
      signatureRepository: str('signature-repository')
    })
    for (const note of policy.notes) out.stderr(`note: ${note}\n`)
    const file = str('out')
    if (file) {
      await writeFileAtomic(resolve(file), policy.yaml)
      out.stderr(`wrote ${file}\n`)
    } else {
      out.stdout(policy.yaml)
    }
    return 0
  })
}

async function runCheck(argv: string[], out: Out): Promise<number> {
  return runCommand({ name: 'policy check', options: POLICY_CHECK_OPTIONS, out }, argv, async ({ line }) => {
    const { positionals } = line
    if (positionals.length === 0) throw new SealError('INPUT_INVALID', 'give the policy file(s) to check: seal policy check FILE...')
    let failed = false
    for (const file of positionals) {
      let text: string
      try {
        text = await readFile(resolve(file), 'utf8')
      } catch (err) {
        throw new SealError('IO_ERROR', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
      }
      const check = await checkPolicyText(text)
      const prefix = positionals.length > 1 ? `${file}: ` : ''
      for (const line of check.errors) out.stderr(`${prefix}${line}\n`)
      if (check.errors.length) failed = true
      const description = describeCheck(check)
      if (description) out.stdout(positionals.length > 1 ? `${file}:\n${description.trimEnd().replace(/^/gm, '  ')}\n` : description)
    }
    return failed ? 1 : 0
  })
}

/** `seal policy <export|check> …` */
export async function runPolicy(argv: string[], out: Out = std): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === 'export') return runExport(rest, out)
  if (sub === 'check') return runCheck(rest, out)
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    out.stdout(USAGE)
    return sub === undefined ? 2 : 0
  }
  out.stderr(`seal policy: unknown subcommand ${JSON.stringify(sub)}\n\n${USAGE}`)
  return 2
}
