/**
 * seal's own policy document, `SealImagePolicy` (seal.dev/v1), for what the
 * admission engines do not say: lists of identities, an m-of-n threshold of
 * signers, attestation conditions in CEL over the predicate, rules per image.
 *
 *   apiVersion: seal.dev/v1
 *   kind: SealImagePolicy
 *   metadata: { name: release }
 *   spec:
 *     mode: enforce                      # or warn
 *     rules:
 *     - name: app
 *       images: ['ghcr.io/acme/app**']   # seal globs: * stops at /, ** crosses it
 *       exclude: ['ghcr.io/acme/app-debug**']
 *       signers:                         # identity / identityRegExp / key, each optionally with issuer
 *       - identity: https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main
 *       - key: "-----BEGIN PUBLIC KEY-----…"
 *       threshold: 2                     # this many different signers must each have signed (default 1; 0: no signature needed)
 *       signatureRepository: ghcr.io/acme/signatures
 *       attestations:
 *       - predicateType: https://slsa.dev/provenance/v1
 *         statements: any                # any (default): one passing statement; all: every statement of the type
 *         condition: predicate.buildDefinition.externalParameters.workflow.ref == "refs/heads/main"
 *
 * Regular expressions are RE2 and anchored to the whole value, like seal's
 * identity inputs; the issuer defaults to GitHub Actions' token issuer.
 */
import { GITHUB_OIDC_ISSUER } from '../../inputs/read.js'
import { checkRegexp, DocumentFields, type Json } from './fields.js'
import type { AttestationRequirement, IdentityMatcher, PolicyDocument, PolicyRule, SignerEntry, StringMatch } from './types.js'

async function signer(doc: DocumentFields, raw: unknown, path: string, repository: string | undefined): Promise<SignerEntry> {
  const s = doc.object(raw, path)
  doc.known(s, path, ['identity', 'identityRegExp', 'issuer', 'issuerRegExp', 'key', 'tlog', 'name'])
  const label = doc.string(s.name, `${path}.name`) ?? path
  const forms = ['identity', 'identityRegExp', 'key'].filter(k => s[k] !== undefined && s[k] !== null)
  if (forms.length !== 1) throw doc.invalid(path, 'needs exactly one of identity, identityRegExp and key')
  if (forms[0] === 'key') {
    if (s.issuer !== undefined || s.issuerRegExp !== undefined) throw doc.invalid(path, 'issuer applies to identities, not keys')
    const tlog = s.tlog === undefined ? true : s.tlog === true
    return { label, location: 'any', repository, signer: { kind: 'key', publicKeyPEM: doc.publicKey(s.key, `${path}.key`), tlog } }
  }
  if (s.issuer !== undefined && s.issuerRegExp !== undefined) throw doc.invalid(path, 'set only one of issuer and issuerRegExp')
  const text = (k: string) => doc.string(s[k], `${path}.${k}`)
  const subject: StringMatch =
    s.identity !== undefined ? { kind: 'exact', value: text('identity')! } : { kind: 'regexp', pattern: text('identityRegExp')!, anchored: true }
  const issuer: StringMatch =
    text('issuerRegExp') !== undefined
      ? { kind: 'regexp', pattern: text('issuerRegExp')!, anchored: true }
      : { kind: 'exact', value: text('issuer') ?? GITHUB_OIDC_ISSUER }
  await checkRegexp(doc, subject, `${path}.identityRegExp`)
  await checkRegexp(doc, issuer, `${path}.issuerRegExp`)
  const identity: IdentityMatcher = { subject: [subject], issuer: [issuer] }
  return { label, location: 'any', repository, signer: { kind: 'keyless', identities: [identity] } }
}

async function rule(doc: DocumentFields, raw: unknown, path: string, mode: 'enforce' | 'warn'): Promise<PolicyRule> {
  const r = doc.object(raw, path)
  doc.known(r, path, ['name', 'images', 'exclude', 'signers', 'threshold', 'signatureRepository', 'attestations', 'mode'])
  const name = doc.string(r.name, `${path}.name`) ?? path
  const images = doc.list(r.images, `${path}.images`).map((g, i) => doc.requiredString(g, `${path}.images[${i}]`))
  if (images.length === 0) throw doc.invalid(`${path}.images`, 'must list at least one glob')
  const exclude = doc.list(r.exclude, `${path}.exclude`).map((g, i) => doc.requiredString(g, `${path}.exclude[${i}]`))
  const { compileGlob } = await import('../glob.js')
  for (const [i, g] of [...images, ...exclude].entries()) {
    try {
      compileGlob(g, 'seal-glob')
    } catch (err) {
      throw doc.invalid(`${path}.images (pattern ${i})`, (err as Error).message)
    }
  }
  const repository = doc.string(r.signatureRepository, `${path}.signatureRepository`)
  const signers: SignerEntry[] = []
  for (const [i, s] of doc.list(r.signers, `${path}.signers`).entries()) signers.push(await signer(doc, s, `${path}.signers[${i}]`, repository))
  if (signers.length === 0) throw doc.invalid(`${path}.signers`, 'must list at least one signer')
  const threshold = r.threshold === undefined ? 1 : Number(r.threshold)
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > signers.length) {
    throw doc.invalid(`${path}.threshold`, `must be a whole number from 0 to the number of signers (${signers.length})`)
  }
  const attestations: AttestationRequirement[] = doc.list(r.attestations, `${path}.attestations`).map((raw, i) => {
    const p = `${path}.attestations[${i}]`
    const a = doc.object(raw, p)
    doc.known(a, p, ['predicateType', 'condition', 'statements'])
    const statements = doc.string(a.statements, `${p}.statements`) ?? 'any'
    if (statements !== 'any' && statements !== 'all') throw doc.invalid(`${p}.statements`, `must be any or all, got "${statements}"`)
    const predicateType = doc.requiredString(a.predicateType, `${p}.predicateType`)
    const condition = doc.string(a.condition, `${p}.condition`)
    return {
      label: `${predicateType} (${p})`,
      predicateType,
      statements,
      signers: [{ label: `${path}.signers`, count: 1, entries: signers }],
      ...(condition ? { condition: { language: 'cel' as const, expression: condition } } : {})
    }
  })
  const ruleMode = doc.string(r.mode, `${path}.mode`) ?? mode
  if (ruleMode !== 'enforce' && ruleMode !== 'warn') throw doc.invalid(`${path}.mode`, `must be enforce or warn, got "${ruleMode}"`)
  if (threshold === 0 && attestations.length === 0) throw doc.invalid(`${path}.threshold`, 'is 0 and the rule lists no attestations: it would check nothing')
  return {
    label: name,
    images: { language: 'seal-glob', include: images, exclude },
    mode: ruleMode,
    signatures: threshold === 0 ? [] : [{ label: `${path}.signers (threshold ${threshold})`, count: threshold, entries: signers }],
    attestations
  }
}

/** Parses one SealImagePolicy document; CEL conditions are compiled here so a typo fails at load. */
export async function parseSealPolicy(doc: DocumentFields, obj: Json, apiVersion: string): Promise<PolicyDocument> {
  const spec = doc.object(obj.spec, 'spec')
  doc.known(spec, 'spec', ['mode', 'rules'])
  const mode = doc.string(spec.mode, 'spec.mode') ?? 'enforce'
  if (mode !== 'enforce' && mode !== 'warn') throw doc.invalid('spec.mode', `must be enforce or warn, got "${mode}"`)
  const rules: PolicyRule[] = []
  for (const [i, r] of doc.list(spec.rules, 'spec.rules').entries()) rules.push(await rule(doc, r, `spec.rules[${i}]`, mode))
  if (rules.length === 0) throw doc.invalid('spec.rules', 'must list at least one rule')
  const { compileCel } = await import('../conditions.js')
  for (const [i, r] of rules.entries()) {
    for (const [j, a] of r.attestations.entries()) {
      if (a.condition?.language !== 'cel') continue
      try {
        await compileCel(a.condition.expression)
      } catch (err) {
        throw doc.invalid(`spec.rules[${i}].attestations[${j}].condition`, `is not a valid CEL expression: ${(err as Error).message}`)
      }
    }
  }
  return { engine: 'seal', kind: doc.kind, apiVersion, name: doc.name, source: doc.source, rules, notes: [] }
}
