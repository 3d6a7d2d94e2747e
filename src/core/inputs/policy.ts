import { SealError } from '../util/errors.js'
import type { NoMatchPolicy } from '../policy/documents/types.js'

/** verify-action's admission-policy inputs. */
export interface PolicyInputs {
  /** A YAML file of ClusterImagePolicy, Kyverno ClusterPolicy/Policy or SealImagePolicy documents. */
  policy?: string
  /** Images no policy selects: unset = deny, or allow when the file holds only Kyverno policies (as Kyverno admits them). */
  noMatchPolicy?: NoMatchPolicy
  /** Pass CUE/Rego policy blocks instead of failing on them. */
  skipUnevaluablePolicy: boolean
}

/** Inputs that say who signed: the policy file says it instead. */
const REPLACED = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'key',
  'predicate-type',
  'repository',
  'signer-workflow',
  'source-ref',
  'owner',
  'signer-repo',
  'signer-digest',
  'source-digest'
]

export function readPolicyInputs(get: (name: string) => string): PolicyInputs {
  const policy = get('policy').trim() || undefined
  const noMatch = get('no-match-policy').trim().toLowerCase()
  if (noMatch && noMatch !== 'deny' && noMatch !== 'warn' && noMatch !== 'allow') {
    throw new SealError('INPUT_INVALID', `\`no-match-policy\` must be deny, warn or allow, got "${get('no-match-policy').trim()}".`)
  }
  const raw = get('skip-unevaluable-policy').trim().toLowerCase()
  if (raw && !['true', 'false'].includes(raw)) throw new SealError('INPUT_INVALID', `\`skip-unevaluable-policy\` must be true or false, got "${raw}".`)
  if (!policy) {
    if (noMatch || raw === 'true')
      throw new SealError('INPUT_INVALID', '`no-match-policy` and `skip-unevaluable-policy` apply with `policy`: set it to the policy file.')
    return { skipUnevaluablePolicy: false }
  }
  const clash = REPLACED.filter(n => get(n).trim() !== '')
  if (clash.length) {
    throw new SealError('INPUT_INVALID', `\`policy\` says who must have signed: leave ${clash.map(n => `\`${n}\``).join(', ')} empty.`, {
      hint: 'Put identities, keys and required attestations in the policy file (a SealImagePolicy covers what the admission policies do not say).'
    })
  }
  if (get('subject-path').trim() !== '')
    throw new SealError('INPUT_INVALID', '`policy` applies to images: give them in `image` (or `local-image`), not `subject-path`.')
  return { policy, noMatchPolicy: (noMatch || undefined) as NoMatchPolicy | undefined, skipUnevaluablePolicy: raw === 'true' }
}
