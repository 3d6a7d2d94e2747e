/**
 * Loads a policy file: one or more YAML documents, each a policy-controller
 * ClusterImagePolicy, a Kyverno ClusterPolicy / Policy or a SealImagePolicy.
 * Other kinds, and fields seal cannot evaluate, fail with a message naming them.
 */
import { readFile } from 'node:fs/promises'

import { SealError } from '../../util/errors.js'
import { parseClusterImagePolicy } from './cip.js'
import { DocumentFields, type Json } from './fields.js'
import { parseKyvernoPolicy } from './kyverno.js'
import { parseSealPolicy } from './seal.js'
import { POLICY_KINDS, type PolicyDocument, type PolicySet } from './types.js'

/** API groups whose documents are read; documents of other groups are skipped. */
const POLICY_GROUPS = ['policy.sigstore.dev', 'kyverno.io', 'policies.kyverno.io', 'seal.dev']

const UNSUPPORTED_KINDS: Record<string, string> = {
  ImageValidatingPolicy:
    'Kyverno ImageValidatingPolicy (CEL over the admission request) is not evaluated by seal; use a ClusterPolicy verifyImages rule or a SealImagePolicy',
  NamespacedImageValidatingPolicy:
    'Kyverno NamespacedImageValidatingPolicy is not evaluated by seal; use a ClusterPolicy verifyImages rule or a SealImagePolicy',
  TrustRoot: 'policy-controller TrustRoot resources are not read by seal; give the trusted root to `trusted-root`'
}

/** Parses policy YAML text; `file` names it in messages. */
export async function parsePolicyText(text: string, file: string): Promise<PolicySet> {
  const { parseAllDocuments } = await import('yaml')
  const documents: PolicyDocument[] = []
  const skipped: string[] = []
  for (const [index, d] of parseAllDocuments(text).entries()) {
    const source = `${file}#${index}`
    if (d.errors.length)
      throw new SealError('POLICY_INVALID', `${source} is not valid YAML: ${d.errors[0].message}`, { hint: 'Fix the file given in `policy`.' })
    const obj = d.toJS({ maxAliasCount: 100 }) as unknown
    if (obj === null || obj === undefined) continue
    if (typeof obj !== 'object' || Array.isArray(obj))
      throw new SealError('POLICY_INVALID', `${source} is not a policy document (expected a mapping with apiVersion and kind)`)
    const apiVersion = String((obj as Json).apiVersion ?? '')
    if (apiVersion && !POLICY_GROUPS.some(g => apiVersion.startsWith(`${g}/`))) {
      // Other Kubernetes objects shipped with the policies (a Namespace, a ConfigMap) are not policies.
      skipped.push(`${source} ${String((obj as Json).kind)} ${String(((obj as Json).metadata as Json | undefined)?.name ?? '')}`.trim())
      continue
    }
    documents.push(await parseDocument(obj as Json, source))
  }
  if (documents.length === 0)
    throw new SealError('POLICY_INVALID', `${file} holds no policy document.`, {
      hint: 'Give `policy` a file with a ClusterImagePolicy, a Kyverno ClusterPolicy or a SealImagePolicy.'
    })
  return { documents, skipped }
}

/** Reads and parses a policy file. */
export async function loadPolicyFile(path: string, shown = path): Promise<PolicySet> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new SealError('INPUT_INVALID', `\`policy\`: cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  return parsePolicyText(text, shown)
}

async function parseDocument(obj: Json, source: string): Promise<PolicyDocument> {
  const kind = typeof obj.kind === 'string' ? obj.kind : ''
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : ''
  const name = typeof (obj.metadata as Json | undefined)?.name === 'string' ? ((obj.metadata as Json).name as string) : '(unnamed)'
  const doc = new DocumentFields(kind || '(no kind)', name, source)
  const versions = (list: readonly string[]) => {
    if (!list.includes(apiVersion)) throw doc.unsupported('apiVersion', `"${apiVersion}" is not one of ${list.join(', ')}`)
  }
  if (kind === POLICY_KINDS.clusterImagePolicy.kind) {
    versions(POLICY_KINDS.clusterImagePolicy.apiVersions)
    return parseClusterImagePolicy(doc, obj, apiVersion)
  }
  if ((POLICY_KINDS.kyverno.kinds as readonly string[]).includes(kind)) {
    versions(POLICY_KINDS.kyverno.apiVersions)
    return parseKyvernoPolicy(doc, obj, apiVersion)
  }
  if (kind === POLICY_KINDS.seal.kind) {
    versions(POLICY_KINDS.seal.apiVersions)
    return parseSealPolicy(doc, obj, apiVersion)
  }
  if (UNSUPPORTED_KINDS[kind]) throw doc.unsupported('kind', UNSUPPORTED_KINDS[kind])
  throw doc.unsupported('kind', `"${kind}" is not a policy kind seal reads (ClusterImagePolicy, ClusterPolicy, Policy, SealImagePolicy)`)
}
