/**
 * An image's signatures and attestations for the policy evaluator: found
 * once per place (referrers, the legacy `.sig` / `.att` tags, in the image's
 * repository or another one), loaded once, and verified once per trust
 * (a key, or the trusted root's certificates), however many authorities ask.
 */
import type { Bundle } from '@sigstore/bundle'

import { COSIGN_SIGN_PREDICATE, IN_TOTO_PAYLOAD_TYPE } from '../formats/intoto.js'
import type { OciReader } from '../oci/reader.js'
import { inRepository, parseRepository } from '../oci/reference.js'
import type { CandidateOutcome, ImageEvidence, TrustSigner, VerifiedCandidate } from '../policy/evaluate.js'
import type { SignatureLocation } from '../policy/documents/types.js'
import type { LoadedTrust } from '../trust/material.js'
import { messageOf } from '../util/errors.js'
import { verifyBundle } from '../verify/bundle.js'
import { rootFor, thresholdsFor } from '../verify/roots.js'
import type { VerifyOptions } from '../verify/result.js'
import type { ResolvedImage } from './resolve.js'
import { legacyCandidates, referrerCandidates, type Candidate } from './verify-image.js'

type Source = 'referrers' | 'sig' | 'att'

interface Loaded {
  location: string
  bundle?: Bundle
  digest?: Buffer
  afterVerify?: () => void
  /** A legacy signature's signed annotations. */
  annotations?: () => Record<string, string>
  /** The in-toto statement the bundle's envelope holds, parsed once. */
  statement?: VerifiedCandidate['statement']
  error?: string
  /** For referrer bundles: a signature (message signature or cosign's sign predicate) or an attestation. */
  kind?: 'signature' | 'attestation'
}

/** The thresholds the verify step's inputs set (transparency-log entries, timestamps). */
export interface EvidenceThresholds {
  tlogThreshold: number
  timestampThreshold: number
  /** Whether `tlog-threshold` was set (else each root's own log decides, as in `thresholdsFor`). */
  tlogThresholdGiven?: boolean
}

const ACCEPT_ANY_IDENTITY = { describe: () => 'any identity', check: () => {} }

function statementOf(bundle: Bundle): VerifiedCandidate['statement'] | undefined {
  if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined
  try {
    return JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'))
  } catch {
    return undefined
  }
}

export class RegistryEvidence implements ImageEvidence {
  private readonly lists = new Map<string, Promise<{ searched: string[]; loaded: Loaded[] }>>()
  private readonly verified = new Map<string, Promise<CandidateOutcome>>()

  constructor(
    private readonly client: OciReader,
    private readonly image: ResolvedImage,
    readonly reference: string,
    readonly givenWithDigest: boolean,
    private readonly trust: LoadedTrust,
    private readonly thresholds: EvidenceThresholds
  ) {}

  private imageIn(repository: string | undefined): ResolvedImage {
    if (!repository) return this.image
    return { ...this.image, store: inRepository(this.image.ref, parseRepository(repository, 'policy signature repository')) }
  }

  /** Everything stored at one place, loaded (a candidate that cannot be loaded keeps its error). */
  private list(source: Source, repository: string | undefined): Promise<{ searched: string[]; loaded: Loaded[] }> {
    const key = `${source} ${repository ?? ''}`
    let hit = this.lists.get(key)
    if (!hit) {
      hit = (async () => {
        const searched: string[] = []
        const image = this.imageIn(repository)
        let found: Candidate[]
        try {
          found = source === 'referrers' ? await referrerCandidates(this.client, image, searched) : await legacyCandidates(this.client, image, source, searched)
        } catch (err) {
          return { searched: [...searched, `${source}: ${messageOf(err)}`], loaded: [] }
        }
        const loaded = await Promise.all(
          found.map(async (c): Promise<Loaded> => {
            try {
              const { bundle, digest, afterVerify, annotations } = await c.load()
              const statement = statementOf(bundle)
              const kind =
                source === 'sig'
                  ? 'signature'
                  : source === 'att'
                    ? 'attestation'
                    : statement && statement.predicateType !== COSIGN_SIGN_PREDICATE
                      ? 'attestation'
                      : 'signature'
              return { location: c.location, bundle, digest, afterVerify, annotations, statement, kind }
            } catch (err) {
              return { location: c.location, error: messageOf(err) }
            }
          })
        )
        return { searched, loaded }
      })()
      this.lists.set(key, hit)
    }
    return hit
  }

  private verify(c: Loaded, trust: TrustSigner): Promise<CandidateOutcome> {
    const key = `${c.location} ${trust.kind === 'key' ? `${trust.publicKeyPEM} ${trust.tlog}` : `keyless ${trust.sct}`}`
    let hit = this.verified.get(key)
    if (!hit) {
      hit = (async (): Promise<CandidateOutcome> => {
        if (c.error || !c.bundle || !c.digest) return { ok: false, location: c.location, reason: c.error ?? 'not loaded' }
        // Against the root that signed it, when the trusted-root file holds several, with thresholds that root can meet.
        const root = rootFor(c.bundle, this.trust)
        const { tlogThreshold, timestampThreshold, tlogThresholdGiven } = this.thresholds
        const rooted = thresholdsFor(root.trustedRoot, { tlogThreshold, timestampThreshold }, !!tlogThresholdGiven)
        const options: VerifyOptions =
          trust.kind === 'key'
            ? { tlogThreshold: trust.tlog ? rooted.tlogThreshold : 0, timestampThreshold: 0 }
            : { ...rooted, ...(trust.sct ? {} : { ctlogThreshold: 0 }) }
        try {
          const expect = trust.kind === 'key' ? { publicKeyPEM: trust.publicKeyPEM } : { policy: ACCEPT_ANY_IDENTITY }
          const result = await verifyBundle(c.bundle, { digest: { algorithm: 'sha256', value: c.digest } }, expect, root, options)
          c.afterVerify?.()
          const verified: VerifiedCandidate = { location: c.location, identity: result.identity, issuer: result.issuer, certificatePEM: result.certificatePEM }
          if (c.annotations) verified.annotations = c.annotations()
          if (c.statement) verified.statement = c.statement
          return { ok: true, verified }
        } catch (err) {
          return { ok: false, location: c.location, reason: messageOf(err) }
        }
      })()
      this.verified.set(key, hit)
    }
    return hit
  }

  async candidates(kind: 'signature' | 'attestation', location: SignatureLocation, repository: string | undefined, trust: TrustSigner) {
    const sources: Source[] =
      location === 'legacy'
        ? [kind === 'signature' ? 'sig' : 'att']
        : location === 'bundle'
          ? ['referrers']
          : ['referrers', kind === 'signature' ? 'sig' : 'att']
    const searched: string[] = []
    const outcomes: CandidateOutcome[] = []
    for (const source of sources) {
      const l = await this.list(source, repository)
      searched.push(...l.searched)
      const mine = l.loaded.filter(c => c.error || c.kind === kind)
      outcomes.push(...(await Promise.all(mine.map(c => this.verify(c, trust)))))
    }
    return { searched, outcomes }
  }
}
