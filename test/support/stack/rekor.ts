import { createHash } from 'node:crypto'

import { json as sigstoreJSON } from '@sigstore/core'
import { HashAlgorithm, TransparencyLogEntry } from '@sigstore/protobuf-specs'
import { CreateEntryRequest, Entry } from '@sigstore/protobuf-specs/rekor/v2'

import { badRequest, json, jsonError, parseObject, type Reply, type Request, type Route } from './http.js'
import type { TLog } from './mock.js'

const ENTRIES = '/api/v1/log/entries'

/** A Rekor v1 log entry as the API returns it (under its UUID). */
interface LogEntryV1 {
  body: string
  integratedTime: number
  logID: string
  logIndex: number
  verification?: unknown
}

const sha256 = (data: string | Buffer): Buffer => createHash('sha256').update(data).digest()
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0

/**
 * Rekor v1 and v2 on one base URL, backed by two mock tlogs with their own
 * keys. Two fixes over @sigstore/mock make what it logs verifiable:
 *  - v1 `dsse`: real Rekor stores `{envelopeHash, payloadHash, signatures}`,
 *    not the proposed content the mock would log verbatim;
 *  - v2: the mock logs the canonicalised *request* with a random index in a
 *    one-leaf tree; here it logs a `rekor.v2.Entry` and the proof index is 0.
 * Submitting an entry already in the log answers 409 with a Location header,
 * and the entry can be read back by UUID or log index.
 */
export class RekorLog {
  private readonly byUUID = new Map<string, LogEntryV1>()
  private readonly byIndex = new Map<number, string>()
  private readonly byLeaf = new Map<string, Promise<string>>()

  constructor(
    private readonly v1: TLog,
    private readonly v2: TLog
  ) {}

  routes(): Route[] {
    return [
      { method: 'POST', path: ENTRIES, counter: 'rekor', handle: req => this.create(req) },
      { method: 'GET', path: ENTRIES, counter: 'rekor', handle: req => this.getByIndex(req) },
      { method: 'POST', path: `${ENTRIES}/retrieve`, counter: 'rekor', handle: req => this.retrieve(req) },
      { method: 'GET', path: /^\/api\/v1\/log\/entries\/([0-9a-fA-F]{1,128})$/, counter: 'rekor', handle: (_req, [uuid]) => this.getByUUID(uuid) },
      { method: 'POST', path: '/api/v2/log/entries', counter: 'rekorV2', handle: req => this.createV2(req) }
    ]
  }

  private async create(req: Request): Promise<Reply> {
    const body = toLoggedBody(parseObject(req.body))
    const leaf = sha256(sigstoreJSON.canonicalize(body)).toString('hex')
    const existing = this.byLeaf.get(leaf)
    if (existing) {
      const uuid = await existing
      return jsonError(409, `an equivalent entry already exists in the transparency log with UUID ${uuid}`, {
        Location: `${ENTRIES}/${uuid}`
      })
    }
    // Claim the leaf before the first await so that a concurrent duplicate gets the 409.
    const appended = this.append(body)
    this.byLeaf.set(leaf, appended)
    const uuid = await appended
    return json(201, { [uuid]: this.byUUID.get(uuid) }, { Location: `${ENTRIES}/${uuid}`, ETag: uuid })
  }

  private async append(body: Record<string, unknown>): Promise<string> {
    for (;;) {
      const logged = (await this.v1.log(body)) as Record<string, LogEntryV1>
      const [uuid, entry] = Object.entries(logged)[0]
      // The mock draws a random log index; draw again on the rare clash.
      if (this.byIndex.has(entry.logIndex)) continue
      this.byUUID.set(uuid, entry)
      this.byIndex.set(entry.logIndex, uuid)
      return uuid
    }
  }

  private getByUUID(uuid: string): Reply {
    const entry = this.byUUID.get(uuid.toLowerCase())
    return entry ? json(200, { [uuid.toLowerCase()]: entry }) : jsonError(404, `no entry with UUID ${uuid}`)
  }

  private getByIndex(req: Request): Reply {
    const raw = req.url.searchParams.get('logIndex')
    if (raw === null || !/^\d+$/.test(raw)) badRequest('logIndex query parameter (a non-negative integer) is required')
    const uuid = this.byIndex.get(Number(raw))
    return uuid ? this.getByUUID(uuid) : jsonError(404, `no entry at log index ${raw}`)
  }

  private retrieve(req: Request): Reply {
    const query = parseObject(req.body)
    const uuids = query.entryUUIDs ?? []
    const indexes = query.logIndexes ?? []
    if (!Array.isArray(uuids) || !Array.isArray(indexes)) badRequest('entryUUIDs and logIndexes must be arrays')
    const found: Record<string, LogEntryV1>[] = []
    for (const u of uuids) {
      const entry = typeof u === 'string' ? this.byUUID.get(u.toLowerCase()) : undefined
      if (entry) found.push({ [u.toLowerCase()]: entry })
    }
    for (const i of indexes) {
      const uuid = typeof i === 'number' ? this.byIndex.get(i) : undefined
      if (uuid) found.push({ [uuid]: this.byUUID.get(uuid)! })
    }
    return json(200, found)
  }

  private async createV2(req: Request): Promise<Reply> {
    const entry = toEntryV2(parseObject(req.body))
    const logged = await this.v2.logV2(Entry.toJSON(entry) as CreateEntryRequest)
    const proof = logged.inclusionProof
    if (!proof) throw new Error('mock tlog returned no inclusion proof')
    // The mock reports the root hash as hex text; the proof carries the bytes its checkpoint states.
    const checkpointRoot = proof.checkpoint?.envelope.split('\n')[2] ?? ''
    const fixed: TransparencyLogEntry = {
      ...logged,
      kindVersion: { kind: entry.kind, version: entry.apiVersion },
      // The checkpoint is for a tree holding just this entry.
      inclusionProof: { ...proof, logIndex: '0', rootHash: Buffer.from(checkpointRoot, 'base64') }
    }
    return json(201, TransparencyLogEntry.toJSON(fixed))
  }
}

/** What Rekor v1 stores for a proposed entry (only `dsse` differs from the proposal). */
function toLoggedBody(proposed: Record<string, unknown>): Record<string, unknown> {
  const { kind, apiVersion, spec } = proposed
  if (!isString(kind) || !isString(apiVersion) || !isObject(spec)) badRequest('entry needs kind, apiVersion and spec')
  switch (`${kind}/${apiVersion}`) {
    case 'hashedrekord/0.0.1': {
      const data = spec.data as { hash?: { algorithm?: unknown; value?: unknown } } | undefined
      const sig = spec.signature as { content?: unknown; publicKey?: { content?: unknown } } | undefined
      if (!isString(data?.hash?.algorithm) || !isString(data?.hash?.value) || !isString(sig?.content) || !isString(sig?.publicKey?.content)) {
        badRequest('hashedrekord entry needs spec.data.hash and spec.signature.{content,publicKey.content}')
      }
      return proposed
    }
    case 'intoto/0.0.2': {
      const content = spec.content as { envelope?: unknown } | undefined
      if (!isObject(content?.envelope)) badRequest('intoto entry needs spec.content.envelope')
      return proposed
    }
    case 'dsse/0.0.1':
      return { apiVersion, kind, spec: dsseSpec(spec) }
    default:
      return badRequest(`unsupported entry type ${kind}/${apiVersion}`)
  }
}

function dsseSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const proposed = spec.proposedContent as { envelope?: unknown; verifiers?: unknown } | undefined
  const envelopeText = proposed?.envelope
  const verifiers = proposed?.verifiers
  if (!isString(envelopeText) || !Array.isArray(verifiers) || verifiers.length === 0 || !verifiers.every(isString)) {
    badRequest('dsse entry needs spec.proposedContent.envelope and verifiers')
  }
  let envelope: { payload?: unknown; signatures?: unknown }
  try {
    envelope = JSON.parse(envelopeText) as typeof envelope
  } catch {
    badRequest('dsse envelope is not valid JSON')
  }
  const sigs = envelope.signatures
  if (!isString(envelope.payload) || !Array.isArray(sigs) || sigs.length === 0 || !sigs.every(s => isObject(s) && isString(s.sig))) {
    badRequest('dsse envelope needs a payload and signatures')
  }
  return {
    envelopeHash: { algorithm: 'sha256', value: sha256(envelopeText).toString('hex') },
    payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')).toString('hex') },
    signatures: (sigs as { sig: string }[]).map(s => ({ signature: s.sig, verifier: verifiers[0] }))
  }
}

/** The `rekor.v2.Entry` Rekor v2 logs for a `CreateEntryRequest`. */
function toEntryV2(json: Record<string, unknown>): Entry {
  let request: CreateEntryRequest
  try {
    request = CreateEntryRequest.fromJSON(json)
  } catch (err) {
    return badRequest(`malformed CreateEntryRequest: ${err instanceof Error ? err.message : String(err)}`)
  }
  const spec = request.spec
  if (spec?.$case === 'hashedRekordRequestV002') {
    const { digest, signature } = spec.hashedRekordRequestV002
    if (digest.length === 0 || !signature?.content.length || !signature.verifier) {
      badRequest('hashedRekordRequestV002 needs digest and signature.{content,verifier}')
    }
    return {
      kind: 'hashedrekord',
      apiVersion: '0.0.2',
      spec: { spec: { $case: 'hashedRekordV002', hashedRekordV002: { data: { algorithm: HashAlgorithm.SHA2_256, digest }, signature } } }
    }
  }
  if (spec?.$case === 'dsseRequestV002') {
    const { envelope, verifiers } = spec.dsseRequestV002
    if (!envelope || envelope.signatures.length === 0 || verifiers.length === 0) {
      badRequest('dsseRequestV002 needs an envelope with signatures and verifiers')
    }
    return {
      kind: 'dsse',
      apiVersion: '0.0.2',
      spec: {
        spec: {
          $case: 'dsseV002',
          dsseV002: {
            payloadHash: { algorithm: HashAlgorithm.SHA2_256, digest: sha256(envelope.payload) },
            signatures: envelope.signatures.map(s => ({ content: s.sig, verifier: verifiers[0] }))
          }
        }
      }
    }
  }
  return badRequest('CreateEntryRequest needs hashedRekordRequestV002 or dsseRequestV002')
}
