import { SEAL_VERSION } from '../core/index.js'
import { runAttest, runSign, runVerify } from './commands.js'
import { runSave, runTriangulate } from './images.js'
import { runClean, runDownload, runTree } from './inspect.js'
import { runGenerateKeyPair, runImportKeyPair } from './keys.js'
import { runTrustedRoot } from './trusted-root.js'
import { runPolicy } from './policy.js'
import { runSignBundle } from './sign-bundle.js'
import { runVerifyBundle } from './verify-bundle.js'

const USAGE = `seal: Sigstore signing and verification

Usage:
  seal sign [FILE...] [--subject-path GLOBS] [--bundle-dir DIR] [--identity-token T]
            [--fulcio-url U] [--rekor-url U] [--tsa-url U] [--no-tlog-upload] [--json]
  seal verify [FILE...] (--certificate-identity ID | --certificate-identity-regexp RE)
            [--certificate-oidc-issuer ISS | --certificate-oidc-issuer-regexp RE]
            [--bundle-path PATH] [--trusted-root FILE] [--offline] [--json]
            [--predicate-type URI] [--repository O/R] [--signer-workflow O/R/PATH] [--source-ref REF]
  seal attest [FILE...] [--subject-checksums F] [--sbom-path F | --predicate-type URI --predicate-path F]
            (signing options as for sign)
  seal sign --image REF [--signature-format bundle|legacy|both] ...   sign container images
  seal verify --image REF | --local-image DIR ...                     verify container images
  seal save REF --dir DIR            copy an image and its signatures into an OCI layout
  seal triangulate REF [--type sig|att|sbom|referrers]   where an image's signatures live
  seal tree REF [--json]             what is stored for an image: referrers, referrers tag, legacy tags
  seal download signature|attestation|sbom REF [--predicate-type URI] [--platform OS/ARCH]
  seal clean REF --type signature|attestation|sbom|all --force   delete what is stored for an image
  seal verify sha256:<hex> --bundle-path F ...                   verify a digest without the artifact
  seal generate-key-pair [--output-key-prefix cosign]   a cosign-compatible key pair (COSIGN_PASSWORD)
  seal generate-key-pair --kms REF                     a key in a key service (awskms://, gcpkms://, azurekms://, hashivault://); writes cosign.pub
  seal import-key-pair --key FILE                      an existing key in cosign's format
  seal trusted-root create --fulcio-root F --rekor-public-key F [--ct-log-public-key F] [--tsa-cert-chain F] [--rekor-url U] [--out F]
  seal sign-bundle / verify-bundle   the Sigstore conformance protocol
  seal --version                     the version of seal
  seal policy export --format cluster-image-policy|kyverno --image-glob G (verify's identity flags | --key F)
            [--repository O/R] [--predicate-type URI]   the cluster's admission policy, gating as verify does
  seal policy check FILE...          a policy file against its engine's CRD schema, and what it requires

Options are named like the action inputs. Without --identity-token or --key, sign uses
the CI's ambient token (GitHub Actions, GitLab CI id_tokens, Buildkite, CircleCI) or
SIGSTORE_ID_TOKEN. --key-password defaults to COSIGN_PASSWORD. Image commands take
--signature-repository REPO (default COSIGN_REPOSITORY) to keep signatures in another repository.
`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'sign':
      return runSign(rest)
    case 'verify':
      return runVerify(rest)
    case 'attest':
      return runAttest(rest)
    case 'generate-key-pair':
      return runGenerateKeyPair(rest)
    case 'import-key-pair':
      return runImportKeyPair(rest)
    case 'trusted-root':
      return runTrustedRoot(rest)
    case 'save':
      return runSave(rest)
    case 'triangulate':
      return runTriangulate(rest)
    case 'tree':
      return runTree(rest)
    case 'download':
      return runDownload(rest)
    case 'clean':
      return runClean(rest)
    case 'sign-bundle':
      return runSignBundle(rest)
    case 'verify-bundle':
      return runVerifyBundle(rest)
    case '--version':
      process.stdout.write(`seal ${SEAL_VERSION}\n`)
      return 0
    case 'policy':
      return runPolicy(rest)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE)
      return command === undefined ? 2 : 0
    default:
      process.stderr.write(`seal: unknown command ${JSON.stringify(command)}\n\n${USAGE}`)
      return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
