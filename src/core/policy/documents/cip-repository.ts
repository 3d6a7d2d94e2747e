/**
 * The one ClusterImagePolicy Rego block seal evaluates: the `spec.policy`
 * that `seal policy export --repository` writes. It asks that a signature
 * (or an attestation of the one required type) the `seal` authority matched
 * carries a certificate naming the GitHub workflow repository.
 *
 * The block is recognised only as the exporter writes it (same package,
 * default, rule, authority and list, one `==` comparison with a string), with
 * any whitespace between its tokens. Any other Rego, and this Rego in a
 * document shaped otherwise, stays unevaluable.
 */
import type { Json } from './fields.js'
import type { SignerEntry } from './types.js'

/** The authority an exported ClusterImagePolicy names. */
export const CIP_AUTHORITY = 'seal'
/** The name of the attestation an exported ClusterImagePolicy requires with a predicate type. */
export const CIP_ATTESTATION = 'seal-attestation'

/** Rego (v0 syntax, as policy-controller runs it): some matched certificate names the repository. */
export function repositoryRego(repository: string, attestations: boolean): string {
  const list = attestations ? `attestations[${JSON.stringify(CIP_ATTESTATION)}]` : 'signatures'
  return [
    'package sigstore',
    'default isCompliant = false',
    'isCompliant {',
    `  input.authorityMatches[${JSON.stringify(CIP_AUTHORITY)}].${list}[_].githubWorkflowRepo == ${JSON.stringify(repository)}`,
    '}',
    ''
  ].join('\n')
}

/** Rego's tokens as far as this block needs them: strings, names, numbers, `==`/`!=`/`:=`, any other character alone. */
function tokens(text: string): string[] {
  return text.match(/"(?:[^"\\\n]|\\.)*"|`[^`]*`|[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[=!:]=|\S/g) ?? []
}

/** The repository and list an exported block requires, or undefined when the text is anything else. */
export function readRepositoryRego(text: string): { repository: string; attestations: boolean } | undefined {
  const given = tokens(text)
  // The repository is the last token before the closing brace: `== "owner/repo" }`.
  const literal = given[given.length - 2]
  if (!literal?.startsWith('"')) return undefined
  let repository: unknown
  try {
    repository = JSON.parse(literal)
  } catch {
    return undefined
  }
  if (typeof repository !== 'string') return undefined
  for (const attestations of [false, true]) {
    const want = tokens(repositoryRego(repository, attestations))
    if (want.length === given.length && want.every((t, i) => t === given[i])) return { repository, attestations }
  }
  return undefined
}

/**
 * Folds an exported `spec.policy` into the authority it names, as the
 * certificate requirement Kyverno's `additionalExtensions.githubWorkflowRepository`
 * becomes (compared exactly, as Rego's `==`). Returns whether it did; the
 * entries are then changed in place.
 *
 * Why this is the same decision: the authority passes when some signature
 * matches it, and the Rego asks that some signature the authority matched
 * names the repository, so requiring both of one signature is the same
 * decision. With attestations the same holds of the one required attestation.
 * It holds only when the named authority is the document's only one (otherwise
 * another authority could pass the document while the Rego fails it) and is
 * keyless (a key has no certificate).
 */
export function foldRepositoryPolicy(policy: Json, authorities: unknown[], entries: SignerEntry[]): boolean {
  if (policy.type !== 'rego' || typeof policy.data !== 'string' || policy.remote != null || policy.configMapRef != null) return false
  const read = readRepositoryRego(policy.data)
  if (!read || authorities.length !== 1 || entries.length !== 1) return false
  const raw = authorities[0] as Json
  const entry = entries[0]
  if (raw.name !== CIP_AUTHORITY || entry.signer.kind !== 'keyless') return false
  const attestations = entry.attestations ?? []
  const listed = (raw.attestations as Json[] | undefined) ?? []
  if (read.attestations ? attestations.length !== 1 || listed[0]?.name !== CIP_ATTESTATION : attestations.length !== 0) return false
  for (const id of entry.signer.identities) id.extensions = { ...id.extensions, githubWorkflowRepository: { kind: 'exact', value: read.repository } }
  return true
}
