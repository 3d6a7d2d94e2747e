/**
 * Requirements as a policy-controller ClusterImagePolicy (policy.sigstore.dev/v1alpha1).
 *
 * One authority named `seal`, so the policy passes exactly when that authority does:
 * - keyless: one identity, `subject`/`issuer` exact or `subjectRegExp`/`issuerRegExp`
 *   anchored (policy-controller matches regexps anywhere in the value);
 *   transparency-log entries are checked against the public-good Rekor keys;
 * - key: the public key, and `ctlog` set so the Rekor entry `seal verify`
 *   requires is checked too (policy-controller skips the log for keys otherwise);
 * - a predicate type: one required attestation of exactly that type (the
 *   authority then checks attestations only, as `seal verify --predicate-type`);
 * - a repository: a CIP-level rego policy requiring a matched signature (or
 *   attestation) whose certificate names that GitHub workflow repository
 *   (written by documents/cip-repository.ts, which also reads it back).
 */
import { SealError } from '../../util/errors.js'
import { PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL } from '../../inputs/read.js'
import { COSIGN_PREDICATE_SHORTHANDS } from '../documents/cip.js'
import { CIP_ATTESTATION, CIP_AUTHORITY, repositoryRego } from '../documents/cip-repository.js'
import type { Match, Requirements } from './signer.js'

const CIP_API_VERSION = 'policy.sigstore.dev/v1alpha1'

function identity(subject: Match, issuer: Match): Record<string, string> {
  return {
    ...('exact' in issuer ? { issuer: issuer.exact } : { issuerRegExp: issuer.regexp }),
    ...('exact' in subject ? { subject: subject.exact } : { subjectRegExp: subject.regexp })
  }
}

export function clusterImagePolicy(req: Requirements, name: string, globs: readonly string[], mode: 'enforce' | 'warn'): Record<string, unknown> {
  if (req.predicateType && Object.hasOwn(COSIGN_PREDICATE_SHORTHANDS, req.predicateType)) {
    const uri = COSIGN_PREDICATE_SHORTHANDS[req.predicateType]
    const why = `policy-controller reads it as ${uri}, while \`seal verify\` compares the type as written`
    throw new SealError('INPUT_INVALID', `\`--predicate-type\` ${JSON.stringify(req.predicateType)}: ${why}.`, {
      hint: `Give the predicate type URI the attestation carries, e.g. --predicate-type ${uri}.`
    })
  }
  const signer = req.signer
  const authority: Record<string, unknown> = { name: CIP_AUTHORITY }
  if (signer.kind === 'key') {
    authority.key = { data: signer.publicKeyPEM, hashAlgorithm: 'sha256' }
    authority.ctlog = { url: PUBLIC_REKOR_URL }
  } else {
    authority.keyless = { url: PUBLIC_FULCIO_URL, identities: [identity(signer.subject, signer.issuer)] }
  }
  if (req.signatureRepository) authority.source = [{ oci: req.signatureRepository }]
  if (req.predicateType) authority.attestations = [{ name: CIP_ATTESTATION, predicateType: req.predicateType }]
  const spec: Record<string, unknown> = { images: globs.map(glob => ({ glob })), authorities: [authority] }
  if (req.repository) spec.policy = { type: 'rego', data: repositoryRego(req.repository, !!req.predicateType) }
  spec.mode = mode
  return { apiVersion: CIP_API_VERSION, kind: 'ClusterImagePolicy', metadata: { name }, spec }
}
