/**
 * `seal policy check FILE`: every YAML document of a policy file checked
 * against its engine's CRD schema, and what the valid ones require.
 */
import { parseAllDocuments } from 'yaml'

import { describeDocument } from './describe.js'
import { checkDocument, type DocumentCheck } from './index.js'

export interface CheckedDocument extends DocumentCheck {
  /** 1-based position in the file. */
  index: number
  /** What the document requires (see describeDocument); empty when it has errors. */
  requires: string[]
}

export interface PolicyCheck {
  documents: CheckedDocument[]
  /** `document N (kind/name): path: message`, one line per problem. */
  errors: string[]
}

function label(d: CheckedDocument): string {
  return `document ${d.index} (${d.kind ?? '?'}/${d.name ?? '?'})`
}

export async function checkPolicyText(text: string): Promise<PolicyCheck> {
  const documents: CheckedDocument[] = []
  let index = 0
  for (const parsed of parseAllDocuments(text)) {
    index++
    if (parsed.errors.length) {
      documents.push({ index, errors: parsed.errors.map(e => ({ path: '', message: `not valid YAML: ${e.message.split('\n')[0]}` })), requires: [] })
      continue
    }
    const doc: unknown = parsed.toJS({ maxAliasCount: 100 })
    // A bare `---` or a comment-only document holds nothing to check.
    if (doc === null || doc === undefined) continue
    const checked = await checkDocument(doc)
    documents.push({ index, ...checked, requires: checked.errors.length ? [] : describeDocument(doc) })
  }
  const errors = documents.flatMap(d => d.errors.map(e => `${label(d)}: ${e.path ? `${e.path}: ` : ''}${e.message}`))
  if (documents.length === 0) errors.push('the file holds no YAML document')
  return { documents, errors }
}

/** The report `seal policy check` prints for the documents that validate. */
export function describeCheck(check: PolicyCheck): string {
  return check.documents
    .filter(d => d.errors.length === 0)
    .map(d => [`${label(d)}: ${d.engine} ${d.apiVersion}`, ...d.requires.map(l => `  ${l}`)].join('\n') + '\n')
    .join('')
}
