import { createHash } from 'node:crypto'

import type { Bundle } from '@sigstore/bundle'
import { json, X509Certificate } from '@sigstore/core'

import { buildBuildPolicy, type BuildPolicy } from '../policy/build.js'
import { fulcioExtensions } from '../formats/certificate.js'
import { SealError } from '../util/errors.js'
import { IN_TOTO_PAYLOAD_TYPE } from '../formats/intoto.js'
import type { VerifyInputs } from '../inputs/read.js'
import { parsePublicKey } from '../keys/public.js'
import { parseRepository, type RepositoryRef } from '../oci/reference.js'
import { buildIdentityPolicy } from '../policy/identity.js'
import { requireAnnotations, statementAnnotations } from './annotations.js'
import { githubIdentityRule, resolveGitHubPolicy } from '../policy/github.js'
import { serverURLOf } from '../github/host.js'
import type { Expectation, VerifyOptions, VerifyResult } from './result.js'

/** Everything a verified bundle must also satisfy: signer identity, build facts, predicate type. */
export interface Expectations {
  /** Who must have signed: a certificate identity, or the holder of a key. */
  signer: Expectation
  build: BuildPolicy
  predicateType?: string
  /** Signed annotations every verified signature must carry. */
  annotations?: Readonly<Record<string, string>>
  /** Transparency-log entries and trusted timestamps every signature needs. */
  thresholds: VerifyOptions
  /** Images: the repository a cosign signature's payload must name (`signed-repository`); unchecked when absent. */
  signedRepository?: RepositoryRef
  /** Whether the tlog threshold was given; otherwise a trusted root with no transparency log needs no entries. */
  tlogThresholdGiven?: boolean
  describe(): string
}

export function buildExpectations(inputs: VerifyInputs, env: NodeJS.ProcessEnv): Expectations {
  const server = serverURLOf(inputs.hostname, env)
  const build = buildBuildPolicy(inputs, server)
  if (inputs.key && !build.empty) {
    throw new SealError(
      'INPUT_INVALID',
      '`repository`, `owner`, `signer-repo`, `signer-workflow`, `signer-digest`, `source-digest`, `source-ref` and `deny-self-hosted-runners` check certificates: they do not apply with `key`.'
    )
  }
  // `repository`, `owner`, `signer-repo` or `signer-workflow` alone say who must have signed, as in gh.
  const identityRule = inputs.key ? undefined : githubIdentityRule(resolveGitHubPolicy(inputs, server))
  const signer: Expectation = inputs.key
    ? { publicKeyPEM: parsePublicKey(inputs.key, 'key').publicKeyPEM }
    : { policy: buildIdentityPolicy({ ...inputs, identityRule }) }
  const predicateType = inputs.predicateType
  const annotations = inputs.annotations ?? {}
  const annotated = Object.entries(annotations).map(([k, v]) => `${k}=${v}`)
  return {
    signer,
    build,
    predicateType,
    annotations,
    thresholds: { tlogThreshold: inputs.tlogThreshold, timestampThreshold: inputs.timestampThreshold },
    ...(inputs.signedRepository && { signedRepository: parseRepository(inputs.signedRepository, 'signed-repository') }),
    tlogThresholdGiven: inputs.tlogThresholdGiven,
    describe: () =>
      [
        'policy' in signer ? signer.policy.describe() : 'the given public key',
        build.empty ? '' : build.describe(),
        predicateType ? `attestations of type ${predicateType}` : '',
        annotated.length ? `annotations ${annotated.join(', ')}` : ''
      ]
        .filter(Boolean)
        .join('; ')
  }
}

export interface StatementFacts {
  predicateType?: string
  /** sha256 of the predicate's canonical JSON (RFC 8785). */
  predicateDigest?: string
  predicate?: unknown
}

/**
 * Checks what the signature verification leaves open: the build facts in the
 * certificate and, for attestations, the statement's predicate type. Call it
 * only after verifyBundle succeeded (the statement is then authentic).
 */
export function checkExpectations(bundle: Bundle, result: VerifyResult, exp: Expectations, signedAnnotations?: Record<string, string>): StatementFacts {
  if (!exp.build.empty) {
    if (!result.certificatePEM) {
      throw new SealError(
        'POLICY_MISMATCH',
        'the bundle is signed with a key, so it carries no build facts to check against `repository`, `owner`, `signer-workflow` or `source-ref`.'
      )
    }
    exp.build.check(fulcioExtensions(X509Certificate.parse(result.certificatePEM)))
  }
  // The annotations of a legacy signature are in its payload (given); a bundle's are in its statement.
  if (exp.annotations) requireAnnotations(signedAnnotations ?? statementAnnotations(bundle, result.sha256), exp.annotations)
  const facts = statementFacts(bundle)
  if (exp.predicateType) {
    if (!facts) {
      throw new SealError('PREDICATE_MISMATCH', `expected an attestation of type ${exp.predicateType}, found a plain signature.`, {
        hint: 'Point `bundle-path` at the attestation bundle, or leave `predicate-type` empty to verify signatures.'
      })
    }
    if (facts.predicateType !== exp.predicateType) {
      throw new SealError('PREDICATE_MISMATCH', `expected predicate type ${exp.predicateType}, found ${JSON.stringify(facts.predicateType)}.`, {
        hint: 'Fix `predicate-type`, or verify the attestation of that type.'
      })
    }
  }
  return facts ?? {}
}

/** Predicate type, digest and content of a DSSE in-toto bundle; undefined for other bundles. */
export function statementFacts(bundle: Bundle): StatementFacts | undefined {
  if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined
  let statement: { predicateType?: unknown; predicate?: unknown }
  try {
    statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'))
  } catch {
    throw new SealError('BUNDLE_MALFORMED', 'the in-toto statement is not JSON')
  }
  const predicateType = typeof statement.predicateType === 'string' ? statement.predicateType : undefined
  const predicate = statement.predicate
  const predicateDigest = predicate === undefined ? undefined : createHash('sha256').update(json.canonicalize(predicate)).digest('hex')
  return { predicateType, predicateDigest, predicate }
}
