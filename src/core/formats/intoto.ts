/** in-toto statements (v1), the payload of DSSE attestations and of cosign's bundle-format image signatures. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
/** The statement types a verifier accepts: v1, and v0.1 (still written by older clients, e.g. npm provenance v0.2). */
export const STATEMENT_TYPES: readonly string[] = [STATEMENT_V1, 'https://in-toto.io/Statement/v0.1']
/** The predicate cosign (v3) signs for an image signature in the bundle format. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'

export interface StatementSubject {
  name?: string
  digest: Record<string, string>
  annotations?: Record<string, string>
}

export interface Statement {
  _type: string
  subject: StatementSubject[]
  predicateType: string
  predicate: unknown
}

export function statement(subject: StatementSubject[], predicateType: string, predicate: unknown = {}): Statement {
  return { _type: STATEMENT_V1, subject, predicateType, predicate }
}

export function statementBytes(s: Statement): Buffer {
  return Buffer.from(JSON.stringify(s))
}
