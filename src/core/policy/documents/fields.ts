/**
 * Reading policy documents field by field, with errors that name the
 * document and the field path (`spec.authorities[0].keyless.identities`).
 */
import { createPublicKey } from 'node:crypto'

import { SealError } from '../../util/errors.js'
import type { StringMatch } from './types.js'

export type Json = Record<string, unknown>

/** The document being read: its kind, name and source, for messages. */
export class DocumentFields {
  constructor(
    readonly kind: string,
    readonly name: string,
    readonly source: string
  ) {}

  private where(path: string): string {
    return `${this.kind} "${this.name}" (${this.source}) ${path}`
  }

  /** The document is invalid as its engine's webhook would reject it. */
  invalid(path: string, why: string): SealError {
    return new SealError('POLICY_INVALID', `${this.where(path)}: ${why}`, { hint: 'Fix the policy file given in `policy`.' })
  }

  /** The document uses a field seal cannot evaluate in CI. */
  unsupported(path: string, why: string): SealError {
    return new SealError('POLICY_UNSUPPORTED', `${this.where(path)} cannot be evaluated by seal: ${why}`, {
      hint: 'Remove that field from the copy of the policy given to `policy`, or express the check in a SealImagePolicy.'
    })
  }

  object(value: unknown, path: string, optional: true): Json | undefined
  object(value: unknown, path: string, optional?: false): Json
  object(value: unknown, path: string, optional = false): Json | undefined {
    if (value === undefined || value === null) {
      if (optional) return undefined
      throw this.invalid(path, 'is required')
    }
    if (typeof value !== 'object' || Array.isArray(value)) throw this.invalid(path, 'must be a mapping')
    return value as Json
  }

  list(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) throw this.invalid(path, 'must be a list')
    return value
  }

  string(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined
    if (typeof value !== 'string') throw this.invalid(path, 'must be a string')
    return value
  }

  requiredString(value: unknown, path: string): string {
    const s = this.string(value, path)
    if (s === undefined) throw this.invalid(path, 'is required')
    return s
  }

  /** Fields seal knows it cannot evaluate: the first present one is reported. */
  refuse(obj: Json, base: string, fields: Record<string, string>): void {
    for (const [field, why] of Object.entries(fields)) {
      if (obj[field] !== undefined && obj[field] !== null) throw this.unsupported(`${base}.${field}`, why)
    }
  }

  /** Fields the engine does not define. */
  known(obj: Json, base: string, fields: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!fields.includes(k)) throw this.invalid(`${base}.${k}`, 'is not a field of this object')
  }

  /** A PEM public key (the first block, as the engines read it). */
  publicKey(value: unknown, path: string): string {
    const text = this.requiredString(value, path)
    const m = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/.exec(text)
    if (!m) throw this.invalid(path, 'must hold a PEM public key (-----BEGIN PUBLIC KEY-----)')
    try {
      createPublicKey(m[0])
    } catch (err) {
      throw this.invalid(path, `is not a valid public key: ${(err as Error).message}`)
    }
    return m[0]
  }

  /** Every PEM public key in the text (Kyverno `publicKeys` counts each as an entry). */
  publicKeys(value: unknown, path: string): string[] {
    const text = this.requiredString(value, path)
    const keys = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? []
    if (keys.length === 0) throw this.invalid(path, 'must hold PEM public keys (-----BEGIN PUBLIC KEY-----)')
    return keys.map((k, i) => this.publicKey(k, `${path}[${i}]`))
  }
}

/** Checks that an RE2 pattern compiles, so a bad policy fails when it is loaded. */
export async function checkRegexp(doc: DocumentFields, m: StringMatch, path: string): Promise<void> {
  if (m.kind !== 'regexp') return
  const { RE2JS } = await import('re2js')
  try {
    RE2JS.compile(m.pattern)
  } catch (err) {
    throw doc.invalid(path, `is not a valid RE2 regular expression: ${(err as Error).message}`)
  }
}
