/**
 * Statements to sign: a complete in-toto statement the user built
 * (`statement-path`), checked and signed byte for byte, and the split into
 * one statement per subject (`attestation-per-subject`: PyPI and PEP 740
 * take exactly one subject per attestation).
 */
import { resolve } from 'node:path'

import { SealError } from '../util/errors.js'
import { statement, statementBytes, STATEMENT_V1, type StatementSubject } from '../formats/intoto.js'
import { readLimited } from './predicate.js'
import { decodeUTF8, parseJSONText } from './text.js'

/** The statement versions accepted in `statement-path`. */
export const STATEMENT_TYPES: readonly string[] = [STATEMENT_V1, 'https://in-toto.io/Statement/v0.1']

export interface GivenStatement {
  /** The file's bytes, signed as they are when the statement is not split. */
  bytes: Buffer
  json: Record<string, unknown> & { subject: StatementSubject[]; predicateType: string }
}

/** One statement to sign and the subjects it names. */
export interface StatementToSign {
  subjects: StatementSubject[]
  payload: Buffer
}

function fail(why: string, path: string): never {
  throw new SealError('INPUT_INVALID', `\`statement-path\` (${path}): ${why}.`, {
    hint: 'Give an in-toto statement: {"_type":"https://in-toto.io/Statement/v1","subject":[{"name":…,"digest":{"sha256":…}}],"predicateType":"<URI>","predicate":{…}}.'
  })
}

function checkSubject(value: unknown, i: number, path: string): StatementSubject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(`subject ${i} is not an object`, path)
  const s = value as Record<string, unknown>
  if (s.name !== undefined && typeof s.name !== 'string') fail(`the name of subject ${i} is not a string`, path)
  const digest = s.digest
  if (!digest || typeof digest !== 'object' || Array.isArray(digest) || Object.keys(digest).length === 0) fail(`subject ${i} has no digest`, path)
  for (const [alg, hex] of Object.entries(digest as Record<string, unknown>)) {
    if (typeof hex !== 'string' || !/^[0-9a-fA-F]+$/.test(hex)) fail(`the ${alg} digest of subject ${i} is not hex`, path)
  }
  return s as unknown as StatementSubject
}

/** Reads and checks a complete in-toto statement: its type, subjects (each with a digest), predicate type (a URI) and predicate. */
export async function readStatement(file: string, cwd: string, maxBytes: number): Promise<GivenStatement> {
  const path = resolve(cwd, file)
  const bytes = await readLimited(path, 'statement-path', maxBytes)
  const json = parseJSONText(decodeUTF8(bytes, 'statement-path'), '`statement-path`')
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail('it is not a JSON object', file)
  const st = json as Record<string, unknown>
  if (typeof st._type !== 'string' || !STATEMENT_TYPES.includes(st._type)) {
    fail(`_type is ${JSON.stringify(st._type)}, not one of ${STATEMENT_TYPES.join(', ')}`, file)
  }
  if (!Array.isArray(st.subject) || st.subject.length === 0) fail('it has no subjects', file)
  const subject = st.subject.map((s, i) => checkSubject(s, i, file))
  let uri: URL | undefined
  try {
    uri = typeof st.predicateType === 'string' ? new URL(st.predicateType) : undefined
  } catch {
    uri = undefined
  }
  if (!uri || uri.protocol === 'file:') fail(`predicateType ${JSON.stringify(st.predicateType)} is not a URI`, file)
  if (st.predicate !== undefined && (st.predicate === null || typeof st.predicate !== 'object' || Array.isArray(st.predicate))) {
    fail('predicate is not a JSON object', file)
  }
  return { bytes, json: { ...st, subject, predicateType: st.predicateType as string } }
}

/**
 * The statements to sign: one for all subjects, or one per subject. A given
 * statement is signed as its bytes when whole; split, each copy keeps every
 * field but lists one subject.
 */
export function statementsToSign(
  subjects: readonly StatementSubject[],
  predicateType: string,
  predicate: unknown,
  perSubject: boolean,
  given?: GivenStatement
): StatementToSign[] {
  const build = (list: StatementSubject[]): Buffer =>
    given ? Buffer.from(JSON.stringify({ ...given.json, subject: list })) : statementBytes(statement(list, predicateType, predicate))
  if (!perSubject) return [{ subjects: [...subjects], payload: given ? given.bytes : build([...subjects]) }]
  return subjects.map(s => ({ subjects: [s], payload: build([s]) }))
}

/** A file name for the attestation of one subject: its name's last part (or its digest), made safe, unique among `taken`. */
export function subjectFileName(subject: StatementSubject, taken: Set<string>): string {
  const base =
    (subject.name ?? '')
      .split(/[/\\]/)
      .pop()!
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^\.+/, '') || Object.values(subject.digest)[0].slice(0, 16)
  let name = `${base}.sigstore.json`
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.sigstore.json`
  taken.add(name)
  return name
}
