/**
 * What a key service said, as one line naming the reference: no such key,
 * permission denied, wrong key type, or the service unreachable. The
 * provider's own words follow, cut to one line and with anything shaped like
 * a token removed; credentials are never part of a message.
 */
import { SealError } from '../../util/errors.js'
import { redact } from '../../util/redact.js'
import type { KmsProvider, KmsReference } from './reference.js'

export type KmsFailure = 'not-found' | 'denied' | 'unauthenticated' | 'no-credentials' | 'wrong-type' | 'unavailable' | 'failed'

const SERVICE: Record<KmsProvider, string> = {
  awskms: 'AWS KMS',
  gcpkms: 'Cloud KMS',
  azurekms: 'Azure Key Vault',
  hashivault: 'Vault transit'
}

const WHAT: Record<KmsFailure, string> = {
  'not-found': 'has no such key',
  denied: 'denied permission',
  unauthenticated: 'refused the credentials',
  'no-credentials': 'could not be called: credentials could not be obtained',
  'wrong-type': 'holds a key seal cannot sign with',
  unavailable: 'could not be reached',
  failed: 'failed'
}

const HINTS: Record<KmsProvider, Partial<Record<KmsFailure, string>>> = {
  awskms: {
    denied: 'The identity seal runs as needs kms:Sign and kms:GetPublicKey on the key (kms:CreateKey to create one).',
    unauthenticated: "Set AWS credentials (a role assumed through the runner's OIDC token, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) and AWS_REGION.",
    'not-found': 'Check the key id or alias and the region (AWS_REGION, or the region of an ARN).'
  },
  gcpkms: {
    denied: 'The account seal runs as needs roles/cloudkms.signerVerifier (roles/cloudkms.admin to create keys) on the key.',
    unauthenticated: 'Set Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, e.g. from workload identity federation).',
    'no-credentials':
      'Set Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, e.g. from workload identity federation), or run on Compute Engine or GKE with a service account attached (its token comes from the metadata server).'
  },
  azurekms: {
    denied: 'The identity seal runs as needs the sign and get key permissions (the Key Vault Crypto User role) on the vault.',
    unauthenticated: 'Set credentials for DefaultAzureCredential (AZURE_TENANT_ID and AZURE_CLIENT_ID with a federated token, a secret or a certificate).'
  },
  hashivault: {
    denied: 'The token in VAULT_TOKEN needs update on <mount>/sign/KEY and read on <mount>/keys/KEY.',
    unauthenticated: 'Set VAULT_TOKEN to a valid token.',
    unavailable: 'Set VAULT_ADDR to the Vault server.'
  }
}

const WRONG_TYPE_HINT = 'Use an ECDSA P-256 key (signing SHA-256 digests) or an RSA key of 2048 bits or more with PKCS#1 v1.5 and SHA-256.'

/** A failed key-service call; `failure` says what kind of failure it was. */
export class KmsError extends SealError {
  constructor(
    readonly failure: KmsFailure,
    message: string,
    options: { hint?: string; cause?: unknown }
  ) {
    super('KMS_ERROR', message, options)
  }
}

/** The one-line error for a failed key-service call. `detail` is the provider's reason, if any. */
export function kmsError(ref: KmsReference, failure: KmsFailure, detail?: string, options: { cause?: unknown } = {}): KmsError {
  const reason = detail ? `: ${oneLine(detail)}` : ''
  const hint = failure === 'wrong-type' ? WRONG_TYPE_HINT : HINTS[ref.provider][failure]
  return new KmsError(failure, `\`key\` ${ref.text}: ${SERVICE[ref.provider]} ${WHAT[failure]}${reason}`, { hint, cause: options.cause })
}

/** True for a key service's "no such key". */
export function isNotFound(err: unknown): boolean {
  return err instanceof KmsError && err.failure === 'not-found'
}

/** The failure an HTTP status stands for. */
export function failureOfStatus(status: number | undefined): KmsFailure {
  if (status === 404) return 'not-found'
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'denied'
  if (status === undefined || status >= 500 || status === 429) return 'unavailable'
  return 'failed'
}

/** Network errors (refused, reset, unknown host, timeouts) as opposed to a service's answer. */
export function isNetworkError(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } })?.code ?? (err as { cause?: { code?: string } })?.cause?.code
  return (
    typeof code === 'string' &&
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|UND_ERR_\w+|ERR_TLS\w*|DEPTH_ZERO\w*|SELF_SIGNED\w*|UNABLE_TO\w*|CERT_\w+)$/.test(
      code
    )
  )
}

function oneLine(text: string): string {
  const line = redact(text).replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 297)}...` : line
}
