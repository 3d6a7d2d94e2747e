/**
 * Evaluates one image against a policy set, as the admission engines would:
 * the rules whose image patterns select it must all pass (a `warn` rule's
 * failure is only reported); inside a rule every signer group must reach its
 * count and every required attestation must pass. What a signature or an
 * attestation is, and whether it verifies under a signer's trust, comes from
 * an ImageEvidence (the registry, in the verify step).
 */
import type { X509Certificate } from '@sigstore/core'

import { fulcioExtensions } from '../formats/certificate.js'
import { messageOf } from '../util/errors.js'
import { describeMatch, evaluateCel, evaluateKyvernoConditions, loadRegexps, matchString } from './conditions.js'
import type {
  AttestationRequirement,
  IdentityMatcher,
  NoMatchPolicy,
  PolicyDocument,
  PolicyMode,
  PolicyRule,
  PolicySet,
  SignatureLocation,
  Signer,
  SignerEntry,
  SignerGroup
} from './documents/types.js'
import { selects } from './glob.js'

/** A signature or attestation whose signature verified under a signer's trust (identity not yet checked). */
export interface VerifiedCandidate {
  location: string
  identity?: string
  issuer?: string
  certificatePEM?: string
  /** The signed payload's `optional` annotations (legacy signatures). */
  annotations?: Record<string, string>
  /** The in-toto statement (attestations). */
  statement?: { predicateType?: string; predicate?: unknown; subject?: unknown; [k: string]: unknown }
}

export type CandidateOutcome = { ok: true; verified: VerifiedCandidate } | { ok: false; location: string; reason: string }

/** The trust a signer verifies with: a key, or certificates from the trusted root. */
export type TrustSigner = Extract<Signer, { kind: 'key' }> | { kind: 'keyless'; sct: boolean }

/** What the registry holds for one image, verified on request. */
export interface ImageEvidence {
  /** The image as given, pinned to its digest (`repo[:tag]@sha256:…`). */
  reference: string
  /** Whether the reference was given with a digest. */
  givenWithDigest: boolean
  candidates(
    kind: 'signature' | 'attestation',
    location: SignatureLocation,
    repository: string | undefined,
    trust: TrustSigner
  ): Promise<{ searched: string[]; outcomes: CandidateOutcome[] }>
}

export interface EvaluateOptions {
  noMatch: NoMatchPolicy
  /** Pass CUE/Rego blocks instead of failing on them (the summary says they were skipped). */
  skipUnevaluable: boolean
}

/** One rule's outcome for an image, in the engine's words. */
export interface RuleOutcome {
  engine: PolicyDocument['engine']
  kind: string
  policy: string
  rule: string
  mode: PolicyMode
  passed: boolean
  /** Per authority / attestor / attestation: what passed or failed, and why. */
  details: string[]
  skipped: string[]
}

export interface ImageOutcome {
  image: string
  /** False only for failures that block (enforce rules, a denied unmatched image). */
  ok: boolean
  rules: RuleOutcome[]
  warnings: string[]
  /** Why it failed, in one line. */
  reason?: string
  /** The signer of the first signature or attestation that passed, for the results row. */
  signer?: VerifiedCandidate
}

interface EntryResult {
  ok: boolean
  detail: string
  signer?: VerifiedCandidate
}

function trustOf(entry: SignerEntry): TrustSigner | undefined {
  const s = entry.signer
  if (s.kind === 'key') return s
  if (s.kind === 'keyless') return { kind: 'keyless', sct: entry.sct !== false }
  return undefined
}

const LEGACY_NAMES: Record<string, string> = {
  githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
  githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
  githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
  githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
  oidcIssuer: '1.3.6.1.4.1.57264.1.1'
}

/** Each verified candidate's certificate, parsed once however many extensions and identities are checked against it. */
const certificates = new WeakMap<VerifiedCandidate, X509Certificate>()

async function certificateOf(v: VerifiedCandidate): Promise<X509Certificate | undefined> {
  if (!v.certificatePEM) return undefined
  let cert = certificates.get(v)
  if (!cert) {
    const { X509Certificate } = await import('@sigstore/core')
    cert = X509Certificate.parse(v.certificatePEM)
    certificates.set(v, cert)
  }
  return cert
}

function extensionValue(cert: X509Certificate | undefined, name: string): string | undefined {
  if (!cert) return undefined
  const byName = (fulcioExtensions(cert) as Record<string, string | undefined>)[name]
  if (byName !== undefined) return byName
  const oid = LEGACY_NAMES[name] ?? name
  return cert.extension(oid)?.value.toString('utf8')
}

/** Why a verified signer does not match one identity, or undefined when it does. */
async function identityMismatch(id: IdentityMatcher, v: VerifiedCandidate): Promise<string | undefined> {
  if (id.subject.length && !(v.identity !== undefined && id.subject.some(m => matchString(m, v.identity!)))) {
    return `subject ${JSON.stringify(v.identity ?? null)} does not match ${id.subject.map(describeMatch).join(' or ')}`
  }
  for (const m of id.issuer) {
    if (v.issuer === undefined || !matchString(m, v.issuer)) return `issuer ${JSON.stringify(v.issuer ?? null)} does not match ${describeMatch(m)}`
  }
  for (const [name, m] of Object.entries(id.extensions ?? {})) {
    const value = extensionValue(await certificateOf(v), name)
    if (value === undefined || !matchString(m, value))
      return `certificate extension ${name} ${JSON.stringify(value ?? null)} does not match ${describeMatch(m)}`
  }
  return undefined
}

/** Why a verified candidate is not from this entry's signer, or undefined when it is. */
async function signerMismatch(entry: SignerEntry, v: VerifiedCandidate): Promise<string | undefined> {
  if (entry.signer.kind === 'keyless' && entry.signer.identities.length) {
    const reasons: string[] = []
    for (const id of entry.signer.identities) {
      const why = await identityMismatch(id, v)
      if (!why) return undefined
      reasons.push(why)
    }
    return reasons.length === 1 ? reasons[0] : `no identity matches (${reasons.join('; ')})`
  }
  for (const [k, want] of Object.entries(entry.annotations ?? {})) {
    if (v.annotations?.[k] !== want) return `annotation ${k} is ${JSON.stringify(v.annotations?.[k] ?? null)}, not ${JSON.stringify(want)}`
  }
  return undefined
}

/** Why a CUE or Rego block fails the rule, naming the language alike wherever the block is. */
function unevaluableMessage(where: string, language: string): string {
  const name = language === 'cue' ? 'CUE' : language === 'rego' ? 'Rego' : language
  return `${where} is a ${name} policy, which seal cannot evaluate (set \`skip-unevaluable-policy: true\` to skip it)`
}

function who(v: VerifiedCandidate): string {
  return v.identity ? `${v.identity}${v.issuer ? ` (${v.issuer})` : ''}` : 'the key'
}

class RuleEvaluator {
  readonly skipped: string[] = []

  constructor(
    private readonly evidence: ImageEvidence,
    private readonly options: EvaluateOptions
  ) {}

  /** An image signature by this entry's signer (or, for an entry with attestations, those attestations). */
  async signature(entry: SignerEntry): Promise<EntryResult> {
    const s = entry.signer
    if (s.kind === 'static')
      return { ok: s.pass, detail: `${entry.label}: ${s.pass ? 'passes (static)' : `disallowed by static policy: ${s.message ?? 'fail'}`}` }
    if (entry.attestations?.length) {
      const results = await Promise.all(entry.attestations.map(a => this.attestationBy(a, entry)))
      const failed = results.filter(r => !r.ok)
      return {
        ok: failed.length === 0,
        detail: `${entry.label}: ${results.map(r => r.detail).join('; ')}`,
        signer: results.find(r => r.signer)?.signer
      }
    }
    const { searched, outcomes } = await this.evidence.candidates('signature', entry.location, entry.repository, trustOf(entry)!)
    const reasons: string[] = []
    for (const o of outcomes) {
      if (!o.ok) {
        reasons.push(`${o.location}: ${o.reason}`)
        continue
      }
      const why = await signerMismatch(entry, o.verified)
      if (!why) return { ok: true, detail: `${entry.label}: signed by ${who(o.verified)} at ${o.verified.location}`, signer: o.verified }
      reasons.push(`${o.verified.location}: ${why}`)
    }
    if (outcomes.length === 0) return { ok: false, detail: `${entry.label}: no signatures found (looked in ${searched.join('; ')})` }
    return { ok: false, detail: `${entry.label}: no matching signatures: ${reasons.join(' | ')}` }
  }

  /** A required attestation signed by this entry's signer. */
  async attestationBy(req: AttestationRequirement, entry: SignerEntry): Promise<EntryResult> {
    if (entry.signer.kind === 'static') return { ok: entry.signer.pass, detail: `${req.label}: ${entry.signer.message ?? 'static'}` }
    const { searched, outcomes } = await this.evidence.candidates('attestation', entry.location, entry.repository, trustOf(entry)!)
    const types: string[] = []
    const failures: string[] = []
    let passed: VerifiedCandidate | undefined
    let ofType = 0
    for (const o of outcomes) {
      if (!o.ok) continue
      const type = o.verified.statement?.predicateType ?? ''
      types.push(type)
      if (type !== req.predicateType) continue
      ofType++
      const why = (await signerMismatch(entry, o.verified)) ?? (await this.condition(req, o.verified))
      if (why) failures.push(`${o.verified.location}: ${why}`)
      else passed ??= o.verified
    }
    const label = `${req.label} by ${entry.label}`
    if (ofType === 0) {
      const checked = types.length ? types.map(t => JSON.stringify(t)).join(', ') : 'none'
      return {
        ok: false,
        detail: `${label}: no matching attestations with type ${req.predicateType}, checked the following predicateTypes: ${checked} (looked in ${searched.join('; ')})`
      }
    }
    const ok = req.statements === 'any' ? passed !== undefined : failures.length === 0
    if (ok)
      return {
        ok,
        detail: `${label}: ${req.statements === 'all' ? `all ${ofType}` : 'an'} attestation${ofType > 1 && req.statements === 'all' ? 's' : ''} of type ${req.predicateType} passed`,
        signer: passed
      }
    return { ok, detail: `${label}: ${failures.join(' | ')}` }
  }

  /** Why a statement fails the requirement's condition, or undefined when it passes. */
  private async condition(req: AttestationRequirement, v: VerifiedCandidate): Promise<string | undefined> {
    const c = req.condition
    if (!c) return undefined
    const statement = v.statement ?? {}
    if (c.language === 'cel') return evaluateCel(c.expression, statement)
    if (c.language === 'jmespath') {
      try {
        return await evaluateKyvernoConditions(c.blocks, statement.predicate ?? null)
      } catch (err) {
        return messageOf(err)
      }
    }
    if (this.options.skipUnevaluable) {
      this.skipped.push(`${c.where} (${c.language})`)
      return undefined
    }
    return unevaluableMessage(c.where, c.language)
  }

  async group(g: SignerGroup, run: (e: SignerEntry) => Promise<EntryResult>): Promise<EntryResult & { details: string[] }> {
    const need = g.count ?? g.entries.length
    const results = await Promise.all(g.entries.map(run))
    const passed = results.filter(r => r.ok)
    const ok = passed.length >= need
    const summary = g.count === 1 && g.entries.length > 1 ? 'one of' : `${need} of`
    return {
      ok,
      detail: `${g.label}: ${passed.length} passed, ${summary} ${g.entries.length} needed`,
      details: results.map(r => `${r.ok ? 'passed' : 'failed'}: ${r.detail}`),
      signer: passed.find(r => r.signer)?.signer
    }
  }

  async rule(doc: PolicyDocument, rule: PolicyRule): Promise<RuleOutcome> {
    const details: string[] = []
    let passed = true
    let signer: VerifiedCandidate | undefined
    if (rule.requireDigest && !this.evidence.givenWithDigest) {
      passed = false
      details.push(`missing digest for ${this.evidence.reference.replace(/@sha256:[0-9a-f]+$/, '')}`)
    }
    for (const u of rule.unevaluable ?? []) {
      if (this.options.skipUnevaluable) this.skipped.push(`${u.where} (${u.language})`)
      else {
        passed = false
        details.push(unevaluableMessage(u.where, u.language))
      }
    }
    for (const g of rule.signatures) {
      const r = await this.group(g, e => this.signature(e))
      passed &&= r.ok
      signer ??= r.signer
      details.push(`${r.ok ? 'passed' : 'failed'}: ${r.detail}`, ...r.details.map(d => `  ${d}`))
    }
    for (const a of rule.attestations) {
      for (const g of a.signers ?? []) {
        const r = await this.group(g, e => this.attestationBy(a, e))
        passed &&= r.ok
        signer ??= r.signer
        details.push(`${r.ok ? 'passed' : 'failed'}: ${a.label}, ${r.detail}`, ...r.details.map(d => `  ${d}`))
      }
    }
    const outcome: RuleOutcome = {
      engine: doc.engine,
      kind: doc.kind,
      policy: doc.name,
      rule: rule.label,
      mode: rule.mode,
      passed,
      details,
      skipped: [...this.skipped]
    }
    this.skipped.length = 0
    this.lastSigner = signer
    return outcome
  }

  lastSigner?: VerifiedCandidate
}

/** The document's words for a failing rule: its name, then every failing authority, attestor or attestation. */
function failureLine(o: RuleOutcome): string {
  const lines = o.details
    .map(d => d.trim())
    .filter(d => !d.startsWith('passed:'))
    .map(d => d.replace(/^failed: /, ''))
  const name = o.engine === 'policy-controller' ? `failed policy: ${o.policy}` : `${o.kind} "${o.policy}" ${o.rule} failed`
  return `${name} (${lines.join('; ')})`
}

/** Which rules of the set select an image (or the error a pattern gives). */
function matchingRules(set: PolicySet, reference: string): { doc: PolicyDocument; rule: PolicyRule }[] {
  const out: { doc: PolicyDocument; rule: PolicyRule }[] = []
  for (const doc of set.documents) for (const rule of doc.rules) if (selects(rule.images, reference)) out.push({ doc, rule })
  return out
}

/** Evaluates one image: every selected rule, then the no-match policy if none selects it. */
export async function evaluateImage(set: PolicySet, evidence: ImageEvidence, options: EvaluateOptions): Promise<ImageOutcome> {
  await loadRegexps()
  const image = evidence.reference
  let matched: { doc: PolicyDocument; rule: PolicyRule }[]
  try {
    matched = matchingRules(set, image)
  } catch (err) {
    return { image, ok: false, rules: [], warnings: [], reason: `image patterns could not be matched: ${messageOf(err)}` }
  }
  if (matched.length === 0) {
    if (options.noMatch === 'allow') return { image, ok: true, rules: [], warnings: [] }
    if (options.noMatch === 'warn') return { image, ok: true, rules: [], warnings: [`${image}: no matching policies`] }
    return { image, ok: false, rules: [], warnings: [], reason: 'no matching policies (no-match-policy: deny)' }
  }
  const evaluator = new RuleEvaluator(evidence, options)
  const rules: RuleOutcome[] = []
  let signer: VerifiedCandidate | undefined
  for (const { doc, rule } of matched) {
    rules.push(await evaluator.rule(doc, rule))
    signer ??= evaluator.lastSigner
  }
  const blocking = rules.filter(r => !r.passed && r.mode === 'enforce')
  const warnings = rules.filter(r => !r.passed && r.mode === 'warn').map(r => `${image}: ${failureLine(r)} (mode warn: not blocking)`)
  for (const r of rules) for (const s of r.skipped) warnings.push(`${image}: ${r.kind} "${r.policy}" ${s} was skipped (skip-unevaluable-policy)`)
  return {
    image,
    ok: blocking.length === 0,
    rules,
    warnings,
    signer,
    ...(blocking.length ? { reason: blocking.map(failureLine).join('; ') } : {})
  }
}

/** The default `no-match-policy`: deny, unless every document is Kyverno's (Kyverno admits images no rule selects). */
export function defaultNoMatch(set: PolicySet): NoMatchPolicy {
  return set.documents.every(d => d.engine === 'kyverno') ? 'allow' : 'deny'
}
