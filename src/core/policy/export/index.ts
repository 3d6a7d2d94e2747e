/**
 * `seal policy export`: the cluster's admission policy written from the same
 * flags `seal verify` takes, so the deploy gate and admission decide alike.
 * Whatever an engine cannot express exactly is refused, naming the flag,
 * rather than written as a weaker policy.
 */
import { Document, visit } from 'yaml'

import { SealError } from '../../util/errors.js'
import { isObjectName } from '../schema/index.js'
import { clusterImagePolicy } from './cluster-image-policy.js'
import { checkImageGlobs, type PolicyFormat } from './globs.js'
import { kyvernoClusterPolicy } from './kyverno.js'
import { readRequirements, type Requirements, type SignerFlags } from './signer.js'

export type { PolicyFormat } from './globs.js'

export const POLICY_FORMATS: readonly PolicyFormat[] = ['cluster-image-policy', 'kyverno']

export interface PolicyExportInput extends SignerFlags {
  format: string
  /** metadata.name; default `seal-verify-images`. */
  name?: string
  imageGlobs: readonly string[]
  /** `enforce` (default) rejects what fails; `warn` only reports it. */
  mode?: string
}

export interface ExportedPolicy {
  format: PolicyFormat
  document: Record<string, unknown>
  /** The policy as YAML, headed by a comment saying what it requires. */
  yaml: string
  /** Where the engine decides more strictly than `seal verify`, for the user to know. */
  notes: string[]
}

function describe(req: Requirements, globs: readonly string[]): string[] {
  const s = req.signer
  const show = (m: { exact: string } | { regexp: string }) => ('exact' in m ? JSON.stringify(m.exact) : `matching ${m.regexp}`)
  return [
    `images ${globs.join(', ')}`,
    s.kind === 'key' ? 'signed with the given public key' : `signed by ${show(s.subject)} issued by ${show(s.issuer)}`,
    ...(req.repository ? [`built in the GitHub repository ${req.repository}`] : []),
    ...(req.predicateType ? [`with an attestation of type ${req.predicateType}`] : []),
    ...(req.signatureRepository ? [`signatures read from ${req.signatureRepository}`] : [])
  ]
}

const escapeUnicode = (text: string) => text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * The document as YAML that is all ASCII. A regexp may hold U+2028/U+2029 (what
 * JavaScript's `.` excludes), which YAML 1.1 parsers such as kubectl's read as
 * line breaks in a plain scalar: every string holding anything but printable
 * ASCII (or a PEM's and a rego policy's newlines) is written double-quoted,
 * with such characters as `\uXXXX` escapes.
 */
function asciiYAML(value: unknown): string {
  const doc = new Document(value)
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /[^\x20-\x7e\n]/.test(node.value)) node.type = 'QUOTE_DOUBLE'
    }
  })
  const text = doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER })
  return escapeUnicode(text)
}

export function exportPolicy(input: PolicyExportInput): ExportedPolicy {
  const format = input.format as PolicyFormat
  if (!POLICY_FORMATS.includes(format)) {
    throw new SealError('INPUT_INVALID', `\`--format\` must be ${POLICY_FORMATS.join(' or ')}, got ${JSON.stringify(input.format)}.`)
  }
  const name = input.name ?? 'seal-verify-images'
  if (!isObjectName(name)) {
    throw new SealError('INPUT_INVALID', `\`--name\` ${JSON.stringify(name)} is not a Kubernetes object name.`, {
      hint: 'Use lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit.'
    })
  }
  const mode = input.mode ?? 'enforce'
  if (mode !== 'enforce' && mode !== 'warn') throw new SealError('INPUT_INVALID', `\`--mode\` must be enforce or warn, got ${JSON.stringify(mode)}.`)
  checkImageGlobs(input.imageGlobs, format)
  const req = readRequirements(input)
  const document = format === 'kyverno' ? kyvernoClusterPolicy(req, name, input.imageGlobs, mode) : clusterImagePolicy(req, name, input.imageGlobs, mode)
  const notes: string[] = []
  if (format === 'kyverno' && req.predicateType) {
    notes.push(`Kyverno requires every attestation of type ${req.predicateType} on an image to come from this signer; \`seal verify\` requires one.`)
  }
  if (mode === 'warn') notes.push('mode warn: admission reports a failing image and admits it.')
  const header = ['Written by `seal policy export`. Requires:', ...describe(req, input.imageGlobs).map(line => `  ${line}`)]
  const yaml = header.map(line => `# ${escapeUnicode(line)}`).join('\n') + '\n' + asciiYAML(document)
  return { format, document, yaml, notes }
}
