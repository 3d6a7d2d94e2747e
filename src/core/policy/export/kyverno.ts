/**
 * Requirements as a Kyverno ClusterPolicy (kyverno.io/v1) with one
 * `verifyImages` rule over Pods (Kyverno extends Pod rules to their controllers).
 *
 * - keyless: one attestor entry; `subject`/`issuer` are Kyverno wildcards, so a
 *   value holding `*` or `?` is written as an anchored `subjectRegExp`/`issuerRegExp`
 *   instead; regexps are anchored (Kyverno matches them anywhere); `rekor.url`
 *   is the public-good log, which Kyverno requires for keyless entries;
 * - key: `keys.publicKeys` with the public-good Rekor log checked;
 * - a repository: `additionalExtensions.githubWorkflowRepository`;
 * - a predicate type: one attestation of exactly that type, signed by the same
 *   attestor, and no image-signature attestors (as `seal verify --predicate-type`);
 * - `failureAction: Enforce` (Kyverno's own default, Audit, blocks nothing)
 *   unless `mode` is warn.
 */
import { PUBLIC_REKOR_URL } from '../../inputs/read.js'
import { goExact } from './regexp.js'
import type { Match, Requirements } from './signer.js'

const KYVERNO_API_VERSION = 'kyverno.io/v1'
const KYVERNO_RULE = 'seal-verify-image'

/** A Kyverno `subject`/`issuer` field pair: a wildcard-free exact value, or an anchored regexp. */
function field(name: 'subject' | 'issuer', m: Match): Record<string, string> {
  if ('exact' in m && !/[*?]/.test(m.exact)) return { [name]: m.exact }
  return { [`${name}RegExp`]: 'exact' in m ? goExact(m.exact) : m.regexp }
}

function attestorEntry(req: Requirements): Record<string, unknown> {
  const signer = req.signer
  if (signer.kind === 'key') return { keys: { publicKeys: signer.publicKeyPEM, rekor: { url: PUBLIC_REKOR_URL } } }
  const keyless: Record<string, unknown> = { ...field('subject', signer.subject), ...field('issuer', signer.issuer), rekor: { url: PUBLIC_REKOR_URL } }
  if (req.repository) keyless.additionalExtensions = { githubWorkflowRepository: req.repository }
  return { keyless }
}

export function kyvernoClusterPolicy(req: Requirements, name: string, globs: readonly string[], mode: 'enforce' | 'warn'): Record<string, unknown> {
  const attestors = [{ entries: [attestorEntry(req)] }]
  const verify: Record<string, unknown> = { imageReferences: [...globs], failureAction: mode === 'enforce' ? 'Enforce' : 'Audit' }
  if (req.signatureRepository) verify.repository = req.signatureRepository
  if (req.predicateType) verify.attestations = [{ type: req.predicateType, attestors }]
  else verify.attestors = attestors
  // Kyverno refuses mutateDigest with Audit; without it an audited image is not pinned, which gates nothing anyway.
  if (mode === 'warn') verify.mutateDigest = false
  return {
    apiVersion: KYVERNO_API_VERSION,
    kind: 'ClusterPolicy',
    metadata: { name },
    spec: {
      rules: [{ name: KYVERNO_RULE, match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [verify] }]
    }
  }
}
