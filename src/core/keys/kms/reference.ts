/**
 * References to keys held by a key service, in cosign's syntax. Parsing a
 * reference loads no provider code: the provider modules (and their SDKs)
 * are imported only when a key is used.
 */
import { SealError } from '../../util/errors.js'

export type KmsProvider = 'awskms' | 'gcpkms' | 'azurekms' | 'hashivault'

export interface AwsKeyReference {
  provider: 'awskms'
  /** As written, for messages. */
  text: string
  /** `host[:port]` of a KMS endpoint given in the reference; none means the SDK's own. */
  endpoint?: string
  /** Key id, `alias/NAME` or an ARN. */
  keyId: string
  /** The region of an ARN. */
  region?: string
}

export interface GcpKeyReference {
  provider: 'gcpkms'
  text: string
  /** projects/P/locations/L/keyRings/R/cryptoKeys/K */
  cryptoKey: string
  /** projects/P/locations/L/keyRings/R */
  keyRing: string
  /** projects/P/locations/L */
  location: string
  /** The version's full name when the reference names one. */
  version?: string
}

export interface AzureKeyReference {
  provider: 'azurekms'
  text: string
  /** https://VAULT.vault.azure.net */
  vaultURL: string
  name: string
  version?: string
}

export interface VaultKeyReference {
  provider: 'hashivault'
  text: string
  name: string
}

export type KmsReference = AwsKeyReference | GcpKeyReference | AzureKeyReference | VaultKeyReference

const SCHEME = /^(awskms|gcpkms|azurekms|hashivault):\/\//

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
const AWS_KEY_ID = new RegExp(`^(?:${UUID}|mrk-[0-9a-fA-F]{32}|alias/[A-Za-z0-9/_-]+)$`)
const AWS_ARN = new RegExp(`^arn:aws[a-z-]*:kms:([a-z0-9-]+):\\d{12}:(?:key/(?:${UUID}|mrk-[0-9a-fA-F]{32})|alias/[A-Za-z0-9/_-]+)$`)
const GCP = /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)(?:\/cryptoKeyVersions\/([^/]+))?$/
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/
const NAME = /^[A-Za-z0-9_.-]+$/

/** The forms the `key` input takes for a key in a key service. */
export const KMS_FORMS = [
  'awskms://[ENDPOINT]/KEY_ID|alias/NAME|ARN',
  'gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]',
  'azurekms://VAULT.vault.azure.net/KEY[/VERSION]',
  'hashivault://KEY'
] as const

/** True when `value` names a key in a key service (awskms://, gcpkms://, azurekms://, hashivault://). */
export function isKmsReference(value: string | undefined): value is string {
  return !!value && SCHEME.test(value.trim())
}

/** Parses a key-service reference; a malformed one is an INPUT_INVALID error showing the expected form. */
export function parseKmsReference(value: string, input = 'key'): KmsReference {
  const text = value.trim()
  const scheme = SCHEME.exec(text)?.[1] as KmsProvider | undefined
  const rest = text.slice((scheme?.length ?? 0) + 3)
  const parsed = scheme ? PARSERS[scheme](rest, text) : undefined
  if (!parsed) {
    const form = KMS_FORMS.find(f => scheme && f.startsWith(scheme)) ?? KMS_FORMS.join(', ')
    throw new SealError('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" is not a key-service reference of the form ${form}.`)
  }
  return parsed
}

const PARSERS: Record<KmsProvider, (rest: string, text: string) => KmsReference | undefined> = {
  awskms(rest, text) {
    const slash = rest.indexOf('/')
    if (slash < 0) return undefined
    const endpoint = rest.slice(0, slash)
    const keyId = rest.slice(slash + 1)
    if (endpoint && !HOST.test(endpoint)) return undefined
    const arn = AWS_ARN.exec(keyId)
    if (!arn && !AWS_KEY_ID.test(keyId)) return undefined
    return { provider: 'awskms', text, endpoint: endpoint || undefined, keyId, region: arn?.[1] }
  },
  gcpkms(rest, text) {
    const m = GCP.exec(rest)
    if (!m) return undefined
    const location = `projects/${m[1]}/locations/${m[2]}`
    const keyRing = `${location}/keyRings/${m[3]}`
    const cryptoKey = `${keyRing}/cryptoKeys/${m[4]}`
    return { provider: 'gcpkms', text, cryptoKey, keyRing, location, version: m[5] ? `${cryptoKey}/cryptoKeyVersions/${m[5]}` : undefined }
  },
  azurekms(rest, text) {
    const [host, name, version, ...more] = rest.split('/')
    if (!host || !HOST.test(host) || !name || !NAME.test(name) || more.length || (version !== undefined && !NAME.test(version))) return undefined
    return { provider: 'azurekms', text, vaultURL: `https://${host}`, name, version: version || undefined }
  },
  hashivault(rest, text) {
    return NAME.test(rest) ? { provider: 'hashivault', text, name: rest } : undefined
  }
}
