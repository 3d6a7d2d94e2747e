/**
 * What `seal verify` requires, read from its flags into a form both policy
 * writers share: who signed (an identity and issuer, each exact or an anchored
 * RE2 pattern, or a public key), the build's repository, the predicate type,
 * and where signatures are stored. Every rule `seal verify` applies to the
 * flags applies here, so a flag set the CLI refuses is refused here too.
 */
import { GITHUB_OIDC_ISSUER } from '../../inputs/read.js'
import { parsePublicKey } from '../../keys/public.js'
import { parseRepository } from '../../oci/reference.js'
import { SealError } from '../../util/errors.js'
import { buildIdentityPolicy, nonEmpty } from '../identity.js'
import { goAnchored } from './regexp.js'

/** An exact string, or an RE2 pattern already anchored `^(?:…)$`. */
export type Match = { exact: string } | { regexp: string }

export type Signer = { kind: 'key'; publicKeyPEM: string } | { kind: 'keyless'; subject: Match; issuer: Match }

export interface Requirements {
  signer: Signer
  /** `owner/repo` on github.com, as Fulcio records it in the GitHub workflow repository extension. */
  repository?: string
  predicateType?: string
  /** `registry/repository` holding the signatures, when not the image's own. */
  signatureRepository?: string
}

/** The `seal verify` flags an exported policy carries (names as the flags, camel-cased). */
export interface SignerFlags {
  certificateIdentity?: string
  certificateIdentityRegExp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegExp?: string
  /** Public key text: PEM or base64 DER (the CLI reads `--key FILE`). */
  key?: string
  repository?: string
  predicateType?: string
  signatureRepository?: string
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

function repositoryOf(value: string): string {
  const v = value.replace(/\/+$/, '').replace(/^https:\/\/github\.com\//, '')
  if (!REPOSITORY.test(v)) {
    throw new SealError('INPUT_INVALID', `\`--repository\` ${JSON.stringify(value)} cannot be exported: give OWNER/REPO of a github.com repository.`, {
      hint:
        "Admission controllers read the repository from the certificate's GitHub workflow repository field (OID 1.3.6.1.4.1.57264.1.5), " +
        'which holds OWNER/REPO without a server, so only github.com repositories gate as `seal verify` does.'
    })
  }
  return v
}

function repositoryName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const repo = parseRepository(value, 'signature-repository')
  return `${repo.registry}/${repo.repository}`
}

/** Reads the flags as `seal verify` does (same conflicts, same GitHub Actions issuer default). */
export function readRequirements(flags: SignerFlags): Requirements {
  const identity = nonEmpty(flags.certificateIdentity)
  const identityRegExp = nonEmpty(flags.certificateIdentityRegExp)
  const issuer = nonEmpty(flags.certificateOidcIssuer)
  const issuerRegExp = nonEmpty(flags.certificateOidcIssuerRegExp)
  const key = nonEmpty(flags.key)
  const repository = nonEmpty(flags.repository)
  let signer: Signer
  if (key) {
    if (identity || identityRegExp || issuer || issuerRegExp) {
      throw new SealError(
        'INPUT_INVALID',
        '`--key` verifies key-based signatures: leave `--certificate-identity`, `--certificate-identity-regexp` and the issuer flags out.'
      )
    }
    if (repository) throw new SealError('INPUT_INVALID', '`--repository` checks certificates: it does not apply with `--key`.')
    signer = { kind: 'key', publicKeyPEM: parsePublicKey(key, 'key').publicKeyPEM }
  } else {
    // The same checks `seal verify` makes: exactly one identity form, at most one issuer form.
    buildIdentityPolicy({
      certificateIdentity: identity,
      certificateIdentityRegExp: identityRegExp,
      certificateOidcIssuer: issuer,
      certificateOidcIssuerRegExp: issuerRegExp
    })
    signer = {
      kind: 'keyless',
      subject: identity !== undefined ? { exact: identity } : { regexp: goAnchored(identityRegExp as string, 'certificate-identity-regexp') },
      issuer: issuerRegExp !== undefined ? { regexp: goAnchored(issuerRegExp, 'certificate-oidc-issuer-regexp') } : { exact: issuer ?? GITHUB_OIDC_ISSUER }
    }
  }
  return {
    signer,
    repository: repository === undefined ? undefined : repositoryOf(repository),
    predicateType: nonEmpty(flags.predicateType),
    signatureRepository: repositoryName(nonEmpty(flags.signatureRepository))
  }
}
