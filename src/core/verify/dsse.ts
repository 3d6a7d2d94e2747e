/**
 * DSSE bundles: the envelope's in-toto statement names the artifacts it
 * covers, and the artifact must be one of its subjects.
 */
import { digestFile } from '../subjects/digest.js'
import type { HashAlgorithm as DigestAlgorithm } from '../subjects/digest.js'
import { SealError } from '../util/errors.js'
import { IN_TOTO_PAYLOAD_TYPE, STATEMENT_TYPES } from '../formats/intoto.js'
import type { ArtifactInput } from './result.js'

interface Subject {
  name?: string
  digest: Record<string, string>
}

const SUBJECT_ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'sha384', 'sha512']

function parseStatement(payloadType: string, payload: Buffer): Subject[] {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new SealError(
      'VERIFICATION_FAILED',
      `the DSSE envelope holds ${JSON.stringify(payloadType)}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE}), so it names no artifact to match`
    )
  }
  let statement: unknown
  try {
    statement = JSON.parse(Buffer.from(payload).toString('utf8'))
  } catch {
    throw new SealError('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope is not valid JSON')
  }
  const type = (statement as { _type?: unknown } | null)?._type
  if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type)) {
    throw new SealError(
      'BUNDLE_MALFORMED',
      `the in-toto statement in the DSSE envelope has ${type === undefined ? 'no `_type`' : `the unknown \`_type\` ${JSON.stringify(type)}`}; expected ${STATEMENT_TYPES.join(' or ')}`
    )
  }
  const subjects = (statement as { subject?: unknown } | null)?.subject
  if (!Array.isArray(subjects)) {
    throw new SealError('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope has no subject list')
  }
  return subjects
    .filter((s): s is { name?: unknown; digest: Record<string, unknown> } => !!s && typeof s === 'object' && !!s.digest && typeof s.digest === 'object')
    .map(s => ({
      name: typeof s.name === 'string' ? s.name : undefined,
      digest: Object.fromEntries(
        Object.entries(s.digest)
          .filter((e): e is [string, string] => typeof e[1] === 'string')
          .map(([alg, hex]) => [alg.toLowerCase(), hex.toLowerCase()])
      )
    }))
}

/** The digest algorithms the statement's subjects use (parse errors surface later, after the signature check). */
export function subjectAlgorithms(payloadType: string, payload: Buffer): DigestAlgorithm[] {
  try {
    const used = new Set(parseStatement(payloadType, payload).flatMap(s => Object.keys(s.digest)))
    return SUBJECT_ALGORITHMS.filter(alg => used.has(alg))
  } catch {
    return []
  }
}

/** The artifact's digests: the one given, or the file's sha256 plus those the statement needs. */
export async function artifactDigests(artifact: ArtifactInput, needed: DigestAlgorithm[]): Promise<Partial<Record<DigestAlgorithm, Buffer>>> {
  if ('digest' in artifact) return { [artifact.digest.algorithm]: artifact.digest.value }
  const algorithms = Array.from(new Set<DigestAlgorithm>(['sha256', ...needed]))
  return digestFile(artifact.path, algorithms)
}

/**
 * Throws DIGEST_MISMATCH unless a subject of the statement has the artifact's
 * digest (every algorithm both list agrees). `what` names the artifact.
 */
export function matchSubject(payloadType: string, payload: Buffer, digests: Partial<Record<DigestAlgorithm, Buffer>>, what: string): void {
  const subjects = parseStatement(payloadType, payload)
  const ours = Object.entries(digests).map(([alg, value]) => [alg, (value as Buffer).toString('hex')] as const)
  const matches = subjects.some(subject => {
    const shared = ours.filter(([alg]) => subject.digest[alg] !== undefined)
    return shared.length > 0 && shared.every(([alg, hex]) => subject.digest[alg] === hex)
  })
  if (matches) return

  const listed = subjects
    .slice(0, 3)
    .map(
      s =>
        `${s.name ?? '(unnamed)'} ${Object.entries(s.digest)
          .map(([alg, hex]) => `${alg}:${hex}`)
          .join(' ')}`
    )
    .join('; ')
  const more = subjects.length > 3 ? `; and ${subjects.length - 3} more` : ''
  const sharesAlgorithm = subjects.some(s => ours.some(([alg]) => s.digest[alg] !== undefined))
  const hint = sharesAlgorithm
    ? 'Check that the attestation belongs to this artifact, and that the artifact was not modified after signing.'
    : `The statement lists no ${ours.map(([alg]) => alg).join('/')} digest: pass the artifact file, or a digest in the algorithm the statement uses.`
  throw new SealError(
    'DIGEST_MISMATCH',
    `${what} (${ours.map(([alg, hex]) => `${alg}:${hex}`).join(', ')}) is not a subject of the attestation; its subjects are: ${listed || 'none'}${more}`,
    { hint }
  )
}
