/**
 * An AWS KMS stand-in speaking the JSON 1.1 protocol the SDK uses: `POST /`
 * with `X-Amz-Target: TrentService.<Operation>` and a SigV4 `Authorization`
 * header (its shape is checked, its signature is not). GetPublicKey, Sign
 * (MessageType DIGEST), CreateKey and CreateAlias; errors as
 * `{ "__type": "NotFoundException", "message": … }` with status 400.
 */
import { randomUUID } from 'node:crypto'

import { jsonBody, makeKey, serve, signDigest, type HeldKey, type StandInKeyKind, type StandInServer } from './common.js'
import type { IssuerCertificate } from '../registry/x509.js'

export const AWS_ACCOUNT = '111122223333'
const SPECS: Partial<Record<StandInKeyKind, string>> = { 'ecdsa-p256': 'ECC_NIST_P256', 'ecdsa-p384': 'ECC_NIST_P384', rsa: 'RSA_2048' }
const ALGORITHMS: Record<string, string[]> = {
  ECC_NIST_P256: ['ECDSA_SHA_256'],
  ECC_NIST_P384: ['ECDSA_SHA_384'],
  RSA_2048: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PSS_SHA_256']
}
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/\d{8}\/([a-z0-9-]+)\/kms\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/

interface AwsKey {
  id: string
  held?: HeldKey
  spec: string
}

export interface AwsKmsStandIn extends StandInServer {
  accessKeyId: string
  secretAccessKey: string
  region: string
  /** Key ids (not aliases) the caller may read but not sign with. */
  signDenied: Set<string>
  /** Adds a key and, optionally, an alias to it; returns its id. `symmetric` makes an encryption key. */
  addKey(kind: StandInKeyKind | 'symmetric', alias?: string): { id: string; arn: string; held?: HeldKey }
  held(id: string): HeldKey | undefined
}

export async function startAwsKms(tls?: IssuerCertificate): Promise<AwsKmsStandIn> {
  const accessKeyId = 'AKIASTANDIN000000001'
  const region = 'eu-west-1'
  const keys = new Map<string, AwsKey>()
  const aliases = new Map<string, string>()
  const signDenied = new Set<string>()
  const arn = (id: string): string => `arn:aws:kms:${region}:${AWS_ACCOUNT}:key/${id}`
  const fail = (type: string, message: string) => ({ status: 400, headers: { 'x-amzn-ErrorType': type }, body: { __type: type, message } })
  const resolve = (keyId: string): AwsKey | undefined => {
    const m = /^arn:aws:kms:[a-z0-9-]+:\d{12}:(key\/.+|alias\/.+)$/.exec(keyId)
    const ref = m ? m[1].replace(/^key\//, '') : keyId
    return keys.get(ref.startsWith('alias/') ? (aliases.get(ref) ?? '') : ref)
  }
  const addKey = (kind: StandInKeyKind | 'symmetric', alias?: string) => {
    const id = randomUUID()
    const held = kind === 'symmetric' ? undefined : makeKey(kind)
    keys.set(id, { id, held, spec: kind === 'symmetric' ? 'SYMMETRIC_DEFAULT' : (SPECS[kind] ?? 'ECC_SECG_P256K1') })
    if (alias) aliases.set(alias, id)
    return { id, arn: arn(id), held }
  }
  const server = await serve(
    req => {
      const target = String(req.headers['x-amz-target'] ?? '')
      if (
        req.method !== 'POST' ||
        req.url.pathname !== '/' ||
        req.headers['content-type'] !== 'application/x-amz-json-1.1' ||
        !target.startsWith('TrentService.')
      ) {
        return fail('UnknownOperationException', 'not a KMS JSON 1.1 request')
      }
      const auth = AUTHORIZATION.exec(String(req.headers.authorization ?? ''))
      if (!auth || !req.headers['x-amz-date']) return fail('MissingAuthenticationTokenException', 'Missing Authentication Token')
      if (auth[1] !== accessKeyId) return fail('UnrecognizedClientException', 'The security token included in the request is invalid.')
      if (auth[2] !== region) return fail('NotFoundException', `Invalid region ${auth[2]} for this stand-in`)
      const body = jsonBody(req)
      const op = target.slice('TrentService.'.length)
      if (op === 'CreateKey') {
        const spec = String(body.KeySpec ?? 'SYMMETRIC_DEFAULT')
        const kind = Object.entries(SPECS).find(([, s]) => s === spec)?.[0] as StandInKeyKind | undefined
        if (!kind || body.KeyUsage !== 'SIGN_VERIFY') return fail('ValidationException', `the stand-in creates signing keys only, not ${spec}`)
        const made = addKey(kind)
        return {
          status: 200,
          body: {
            KeyMetadata: {
              KeyId: made.id,
              Arn: made.arn,
              KeySpec: spec,
              KeyUsage: 'SIGN_VERIFY',
              Enabled: true,
              KeyState: 'Enabled',
              AWSAccountId: AWS_ACCOUNT
            }
          }
        }
      }
      if (op === 'CreateAlias') {
        const name = String(body.AliasName ?? '')
        if (aliases.has(name)) return fail('AlreadyExistsException', `An alias with the name arn:aws:kms:${region}:${AWS_ACCOUNT}:${name} already exists`)
        if (!keys.has(String(body.TargetKeyId))) return fail('NotFoundException', `Key '${arn(String(body.TargetKeyId))}' does not exist`)
        aliases.set(name, String(body.TargetKeyId))
        return { status: 200, body: {} }
      }
      const key = resolve(String(body.KeyId ?? ''))
      if (!key) {
        const id = String(body.KeyId ?? '')
        return fail(
          'NotFoundException',
          id.includes('alias/') ? `Alias arn:aws:kms:${region}:${AWS_ACCOUNT}:${id.replace(/^.*?(alias\/)/, '$1')} is not found.` : `Key '${id}' does not exist`
        )
      }
      if (op === 'GetPublicKey') {
        if (!key.held) return fail('UnsupportedOperationException', `${arn(key.id)} key usage is ENCRYPT_DECRYPT which is not valid for GetPublicKey.`)
        return {
          status: 200,
          body: {
            KeyId: arn(key.id),
            PublicKey: key.held.spki.toString('base64'),
            KeySpec: key.spec,
            KeyUsage: 'SIGN_VERIFY',
            SigningAlgorithms: ALGORITHMS[key.spec] ?? []
          }
        }
      }
      if (op === 'Sign') {
        if (signDenied.has(key.id)) {
          return fail(
            'AccessDeniedException',
            `User: arn:aws:iam::${AWS_ACCOUNT}:user/ci is not authorized to perform: kms:Sign on resource: ${arn(key.id)} because no identity-based policy allows the kms:Sign action`
          )
        }
        if (!key.held) return fail('InvalidKeyUsageException', `${arn(key.id)} key usage is ENCRYPT_DECRYPT which is not valid for signing.`)
        const algorithm = String(body.SigningAlgorithm ?? '')
        const message = Buffer.from(String(body.Message ?? ''), 'base64')
        if (!(ALGORITHMS[key.spec] ?? []).includes(algorithm))
          return fail('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${key.spec}.`)
        if (body.MessageType !== 'DIGEST' || message.length !== 32 || algorithm === 'RSASSA_PSS_SHA_256')
          return fail('ValidationException', 'the stand-in signs SHA-256 digests with ECDSA or PKCS#1 v1.5')
        return { status: 200, body: { KeyId: arn(key.id), Signature: signDigest(key.held, message).toString('base64'), SigningAlgorithm: algorithm } }
      }
      return fail('UnknownOperationException', `the stand-in does not implement ${op}`)
    },
    tls,
    tls ? 'localhost' : '127.0.0.1'
  )
  return {
    ...server,
    accessKeyId,
    secretAccessKey: 'stand-in-secret-access-key',
    region,
    signDenied,
    addKey,
    held: id => keys.get(id)?.held
  }
}
