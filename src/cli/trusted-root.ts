/**
 * `seal trusted-root create`: a trusted_root.json from a private deployment's
 * exported PEM material, for `trusted-root` inputs, cosign's --trusted-root and
 * other Sigstore clients.
 */
import { writeFileAtomic } from '../core/index.js'
import { checkTrustedRoot, trustedRootFromFiles, trustedRootJSON, PEM_INPUTS } from '../core/tools.js'
import { noPositionals, runCommand, std, type Out } from './command.js'
import { TRUSTED_ROOT_CREATE_OPTIONS } from './options.js'

const USAGE = `Usage:
  seal trusted-root create --fulcio-root FILE --rekor-public-key FILE [--ct-log-public-key FILE]
                           [--tsa-cert-chain FILE] [--rekor-url URL] [--out trusted_root.json]
`

/** `seal trusted-root <subcommand> …` */
export async function runTrustedRoot(argv: string[], out: Out = std): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === 'create') return runTrustedRootCreate(rest, out)
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    out.stdout(USAGE)
    return sub === undefined ? 2 : 0
  }
  out.stderr(`seal trusted-root: unknown subcommand ${JSON.stringify(sub)}\n\n${USAGE}`)
  return 2
}

/**
 * `seal trusted-root create …`: writes the trusted root JSON to --out
 * (atomically) or to stdout. At least one of --fulcio-root and
 * --rekor-public-key is required; --rekor-url is recorded as the log's URL,
 * which verifiers need to check Rekor inclusion proofs.
 */
export function runTrustedRootCreate(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'trusted-root create', options: TRUSTED_ROOT_CREATE_OPTIONS, out }, argv, async ({ line }) => {
    noPositionals(line)
    const flag = (name: string): string | undefined => line.values.get(name) || undefined
    const root = await trustedRootFromFiles(
      {
        fulcioRoot: flag(PEM_INPUTS.fulcioRoot),
        rekorPublicKey: flag(PEM_INPUTS.rekorPublicKey),
        ctLogPublicKey: flag(PEM_INPUTS.ctLogPublicKey),
        tsaCertChain: flag(PEM_INPUTS.tsaCertChain)
      },
      { rekorURL: flag('rekor-url'), fulcioURL: flag('fulcio-url'), tsaURL: flag('tsa-url'), ctLogURL: flag('ct-log-url') }
    )
    checkTrustedRoot(root, 'the trusted root')
    const json = JSON.stringify(trustedRootJSON(root), null, 2) + '\n'
    const target = flag('out')
    if (target) {
      await writeFileAtomic(target, json)
      out.stderr(`Trusted root written to ${target}\n`)
    } else {
      out.stdout(json)
    }
    if (root.tlogs.length > 0 && !flag('rekor-url')) {
      out.stderr('Warning: without --rekor-url the root names no log URL; seal matches checkpoints by key, but verifiers built on sigstore-js need the URL.\n')
    }
    return 0
  })
}
