/**
 * Kyverno `ClusterPolicy` / `Policy` (kyverno.io/v1) `verifyImages` rules →
 * the evaluated model. Each `verifyImages[]` entry is one rule. Attestor sets
 * are AND-ed, `count` entries of a set must pass (unset: all), a multi-key
 * `publicKeys` counts each key as an entry, attestations need every statement
 * of their type to pass the conditions. `Audit` (the default) is `warn`.
 * Subjects and issuers are wildcards, their `…RegExp` forms unanchored RE2
 * (type Cosign); type SigstoreBundle compares exactly and needs both.
 */
import { checkRegexp, DocumentFields, type Json } from './fields.js'
import type {
  AttestationRequirement,
  ConditionBlock,
  IdentityMatcher,
  PolicyDocument,
  PolicyMode,
  PolicyRule,
  Signer,
  SignerEntry,
  SignerGroup,
  StringMatch
} from './types.js'

type VerifyType = 'Cosign' | 'SigstoreBundle'

const RULE_FIELDS = ['name', 'match', 'exclude', 'verifyImages', 'skipBackgroundRequests', 'reportProperties', 'imageExtractors']

/** Kyverno's failure action: `Enforce` blocks, `Audit` reports (either case). */
function action(doc: DocumentFields, value: unknown, path: string): PolicyMode | undefined {
  const v = doc.string(value, path)
  if (v === undefined) return undefined
  if (/^enforce$/i.test(v)) return 'enforce'
  if (/^audit$/i.test(v)) return 'warn'
  throw doc.invalid(path, `must be Enforce or Audit, got "${v}"`)
}

async function keylessIdentity(doc: DocumentFields, k: Json, path: string, type: VerifyType): Promise<IdentityMatcher | string> {
  const subject = doc.string(k.subject, `${path}.subject`)
  const subjectRegExp = doc.string(k.subjectRegExp, `${path}.subjectRegExp`)
  const issuer = doc.string(k.issuer, `${path}.issuer`)
  const issuerRegExp = doc.string(k.issuerRegExp, `${path}.issuerRegExp`)
  const re = (pattern: string): StringMatch => ({ kind: 'regexp', pattern, anchored: false })
  const m: IdentityMatcher = { subject: [], issuer: [] }
  if (type === 'SigstoreBundle') {
    // sigstore-go's short identity: exact strings, unanchored regexps, and only with both an issuer and a subject form.
    if ((subject === undefined && subjectRegExp === undefined) || (issuer === undefined && issuerRegExp === undefined)) {
      return "can't verify identities without providing at least one identity"
    }
    m.subject = [subject !== undefined ? { kind: 'exact', value: subject } : re(subjectRegExp!)]
    m.issuer = [issuer !== undefined ? { kind: 'exact', value: issuer } : re(issuerRegExp!)]
  } else {
    if (subject !== undefined) m.subject.push({ kind: 'wildcard', pattern: subject })
    if (subjectRegExp !== undefined) m.subject.push(re(subjectRegExp))
    if (issuer !== undefined) m.issuer.push({ kind: 'wildcard', pattern: issuer })
    if (issuerRegExp !== undefined) m.issuer.push(re(issuerRegExp))
    const ext = doc.object(k.additionalExtensions, `${path}.additionalExtensions`, true)
    if (ext && Object.keys(ext).length) {
      m.extensions = Object.fromEntries(
        Object.entries(ext).map(([name, v]) => [name, { kind: 'wildcard', pattern: doc.requiredString(v, `${path}.additionalExtensions.${name}`) }])
      )
    }
  }
  for (const [i, s] of [...m.subject, ...m.issuer].entries()) await checkRegexp(doc, s, `${path} (pattern ${i})`)
  return m
}

/** One attestor entry; a `publicKeys` with several keys gives several entries. */
async function entries(doc: DocumentFields, raw: unknown, path: string, type: VerifyType, repository: string | undefined): Promise<SignerEntry[]> {
  const e = doc.object(raw, path)
  doc.refuse(e, path, {
    certificates: 'certificate attestors are not evaluated by seal; use keyless or keys',
    attestor: 'nested attestor sets are not evaluated by seal'
  })
  const annotations = doc.object(e.annotations, `${path}.annotations`, true) as Record<string, string> | undefined
  const base = {
    location: type === 'SigstoreBundle' ? ('bundle' as const) : ('legacy' as const),
    repository: doc.string(e.repository, `${path}.repository`) ?? repository,
    ...(annotations && Object.keys(annotations).length ? { annotations } : {})
  }
  const kinds = ['keys', 'keyless'].filter(k => e[k] !== undefined && e[k] !== null)
  if (kinds.length !== 1) throw doc.invalid(path, 'needs exactly one of keys, certificates, keyless and attestor')
  if (kinds[0] === 'keys') {
    const k = doc.object(e.keys, `${path}.keys`)
    doc.refuse(k, `${path}.keys`, {
      secret: 'names a Kubernetes secret; put the public key in publicKeys',
      kms: 'names a KMS key; put its public key in publicKeys'
    })
    const rekor = doc.object(k.rekor, `${path}.keys.rekor`, true)
    if (rekor) doc.refuse(rekor, `${path}.keys.rekor`, { pubkey: 'a Rekor key of its own; give the trusted root to `trusted-root`' })
    const ctlog = doc.object(k.ctlog, `${path}.keys.ctlog`, true)
    if (ctlog)
      doc.refuse(ctlog, `${path}.keys.ctlog`, {
        pubkey: 'a CT log key of its own; give the trusted root to `trusted-root`',
        tsaCertChain: 'a TSA chain of its own; give the trusted root to `trusted-root`'
      })
    const text = doc.requiredString(k.publicKeys, `${path}.keys.publicKeys`)
    if (text.startsWith('k8s://')) throw doc.unsupported(`${path}.keys.publicKeys`, 'names a Kubernetes secret; put the PEM keys there instead')
    const keys = doc.publicKeys(text, `${path}.keys.publicKeys`)
    const tlog = rekor?.ignoreTlog !== true
    return keys.map((publicKeyPEM, i) => ({
      ...base,
      label: keys.length > 1 ? `${path}.keys.publicKeys[${i}]` : path,
      signer: { kind: 'key', publicKeyPEM, tlog }
    }))
  }
  const k = doc.object(e.keyless, `${path}.keyless`)
  doc.refuse(k, `${path}.keyless`, { roots: 'Fulcio roots of its own; give the trusted root to `trusted-root`' })
  const rekor = doc.object(k.rekor, `${path}.keyless.rekor`, true)
  if (rekor)
    doc.refuse(rekor, `${path}.keyless.rekor`, {
      pubkey: 'a Rekor key of its own; give the trusted root to `trusted-root`',
      ignoreTlog: 'keyless signatures are verified against the transparency log'
    })
  const ctlog = doc.object(k.ctlog, `${path}.keyless.ctlog`, true)
  if (ctlog)
    doc.refuse(ctlog, `${path}.keyless.ctlog`, {
      pubkey: 'a CT log key of its own; give the trusted root to `trusted-root`',
      tsaCertChain: 'a TSA chain of its own; give the trusted root to `trusted-root`'
    })
  if (!rekor && !k.roots) throw doc.invalid(`${path}.keyless`, 'Either Rekor URL or roots are required')
  if (rekor && !rekor.url) throw doc.invalid(`${path}.keyless.rekor.url`, 'An URL is required')
  const identity = await keylessIdentity(doc, k, `${path}.keyless`, type)
  const signer: Signer = typeof identity === 'string' ? { kind: 'static', pass: false, message: identity } : { kind: 'keyless', identities: [identity] }
  return [{ ...base, label: path, signer, ...(ctlog?.ignoreSCT === true ? { sct: false } : {}) }]
}

async function attestorSets(doc: DocumentFields, raw: unknown, path: string, type: VerifyType, repository: string | undefined): Promise<SignerGroup[]> {
  const out: SignerGroup[] = []
  for (const [i, setRaw] of doc.list(raw, path).entries()) {
    const p = `${path}[${i}]`
    const set = doc.object(setRaw, p)
    const list: SignerEntry[] = []
    for (const [j, e] of doc.list(set.entries, `${p}.entries`).entries()) list.push(...(await entries(doc, e, `${p}.entries[${j}]`, type, repository)))
    if (list.length === 0) throw doc.invalid(`${p}.entries`, 'must list at least one entry')
    const count = set.count === undefined || set.count === null || set.count === 0 ? undefined : Number(set.count)
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > list.length)) {
      throw doc.invalid(`${p}.count`, `must be from 1 to the number of entries (${list.length})`)
    }
    out.push({ label: p, count, entries: list })
  }
  return out
}

function conditions(doc: DocumentFields, raw: unknown, path: string): ConditionBlock[] {
  return doc.list(raw, path).map((b, i) => {
    const block = doc.object(b, `${path}[${i}]`)
    doc.known(block, `${path}[${i}]`, ['any', 'all'])
    const read = (k: 'any' | 'all') =>
      block[k] === undefined
        ? undefined
        : doc.list(block[k], `${path}[${i}].${k}`).map((c, j) => {
            const cond = doc.object(c, `${path}[${i}].${k}[${j}]`)
            return {
              key: cond.key,
              operator: doc.requiredString(cond.operator, `${path}[${i}].${k}[${j}].operator`),
              value: cond.value,
              message: doc.string(cond.message, `${path}[${i}].${k}[${j}].message`)
            }
          })
    return { any: read('any'), all: read('all') }
  })
}

async function verifyImage(doc: DocumentFields, raw: unknown, path: string, ruleName: string, mode: PolicyMode): Promise<PolicyRule> {
  const v = doc.object(raw, path)
  doc.refuse(v, path, {
    validate: 'validate.deny conditions across attestations are not evaluated by seal',
    key: 'deprecated single-key form; use attestors[].entries[].keys',
    roots: 'deprecated roots form; use attestors and `trusted-root`',
    subject: 'deprecated form; use attestors[].entries[].keyless',
    issuer: 'deprecated form; use attestors[].entries[].keyless',
    additionalExtensions: 'deprecated form; use attestors[].entries[].keyless.additionalExtensions'
  })
  const type = (doc.string(v.type, `${path}.type`) ?? 'Cosign') as string
  if (type === 'Notary') throw doc.unsupported(`${path}.type`, 'Notary signatures are not verified by seal')
  if (type !== 'Cosign' && type !== 'SigstoreBundle') throw doc.invalid(`${path}.type`, `must be Cosign, SigstoreBundle or Notary, got "${type}"`)
  const refs = [...doc.list(v.imageReferences, `${path}.imageReferences`), ...(v.image ? [v.image] : [])].map((r, i) =>
    doc.requiredString(r, `${path}.imageReferences[${i}]`)
  )
  if (refs.length === 0) throw doc.invalid(`${path}.imageReferences`, 'must list at least one image pattern')
  const skip = doc.list(v.skipImageReferences, `${path}.skipImageReferences`).map((r, i) => doc.requiredString(r, `${path}.skipImageReferences[${i}]`))
  const repository = doc.string(v.repository, `${path}.repository`)
  const signatures = await attestorSets(doc, v.attestors, `${path}.attestors`, type, repository)
  const attestations: AttestationRequirement[] = []
  for (const [i, a] of doc.list(v.attestations, `${path}.attestations`).entries()) {
    const p = `${path}.attestations[${i}]`
    const att = doc.object(a, p)
    const predicateType = doc.string(att.type, `${p}.type`) ?? doc.requiredString(att.predicateType, `${p}.type`)
    let signers = await attestorSets(doc, att.attestors, `${p}.attestors`, type, repository)
    // No attestors: any certificate from the trusted root, SCT not required.
    if (signers.length === 0)
      signers = [
        {
          label: `${p} (no attestors)`,
          entries: [
            {
              label: `${p} (any identity)`,
              signer: { kind: 'keyless', identities: [] },
              location: type === 'SigstoreBundle' ? 'bundle' : 'legacy',
              sct: false,
              repository
            }
          ]
        }
      ]
    const blocks = conditions(doc, att.conditions, `${p}.conditions`)
    const name = doc.string(att.name, `${p}.name`)
    attestations.push({
      label: `${name ? `attestation ${name} ` : ''}${predicateType} (${p})`,
      predicateType,
      statements: 'all',
      signers,
      ...(blocks.length ? { condition: { language: 'jmespath', blocks } } : {})
    })
  }
  const verifyDigest = v.verifyDigest !== false
  const mutateDigest = v.mutateDigest !== false
  return {
    label: `rule ${ruleName} ${path.replace(/^spec\.rules\[\d+\]\./, '')}`,
    images: { language: 'wildcard', include: refs, exclude: skip },
    mode,
    signatures,
    attestations,
    ...(verifyDigest && !mutateDigest ? { requireDigest: true } : {})
  }
}

/** Parses one ClusterPolicy / Policy document; rules without verifyImages are left out (with a note). */
export async function parseKyvernoPolicy(doc: DocumentFields, obj: Json, apiVersion: string): Promise<PolicyDocument> {
  const spec = doc.object(obj.spec, 'spec')
  const specAction = action(doc, spec.validationFailureAction, 'spec.validationFailureAction') ?? 'warn'
  const notes: string[] = []
  const rules: PolicyRule[] = []
  for (const [i, raw] of doc.list(spec.rules, 'spec.rules').entries()) {
    const base = `spec.rules[${i}]`
    const rule = doc.object(raw, base)
    const name = doc.string(rule.name, `${base}.name`) ?? `rule-${i}`
    if (!rule.verifyImages) {
      notes.push(`${base} (${name}) has no verifyImages and is not evaluated.`)
      continue
    }
    doc.refuse(rule, base, {
      context: 'context variables come from the cluster',
      preconditions: 'preconditions read the admission request',
      mutate: 'mutation is not evaluated',
      validate: 'validation of resources is not evaluated',
      generate: 'generation is not evaluated'
    })
    doc.known(rule, base, RULE_FIELDS)
    if (rule.imageExtractors) notes.push(`${base} (${name}) imageExtractors pick images out of resources; seal verifies the images given.`)
    if (rule.match || rule.exclude) notes.push(`${base} (${name}) match/exclude select Kubernetes resources; seal applies the rule to every image given.`)
    const list = doc.list(rule.verifyImages, `${base}.verifyImages`)
    const actions = list.map((v, j) => action(doc, doc.object(v, `${base}.verifyImages[${j}]`).failureAction, `${base}.verifyImages[${j}].failureAction`))
    // One Enforce entry makes the rule enforce; with none set, the policy's validationFailureAction decides.
    const mode: PolicyMode = actions.includes('enforce') ? 'enforce' : actions.some(a => a !== undefined) ? 'warn' : specAction
    for (const [j, v] of list.entries()) rules.push(await verifyImage(doc, v, `${base}.verifyImages[${j}]`, name, mode))
  }
  if (rules.length === 0) throw doc.invalid('spec.rules', 'has no rule with verifyImages')
  return { engine: 'kyverno', kind: doc.kind, apiVersion, name: doc.name, source: doc.source, rules, notes }
}
