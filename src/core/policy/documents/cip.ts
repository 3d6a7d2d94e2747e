/**
 * policy-controller `ClusterImagePolicy` (policy.sigstore.dev v1alpha1 and
 * v1beta1, identical fields) → the evaluated model, with the defaulting and
 * validating webhooks' rules: `mode` enforce by default, authorities named
 * `authority-<i>`, exactly one of key/keyless/static, identities with one
 * issuer form and one subject form, shorthand predicate types expanded.
 * Regular expressions are Go RE2, unanchored, as the controller runs them.
 */
import { foldRepositoryPolicy } from './cip-repository.js'
import { checkRegexp, DocumentFields, type Json } from './fields.js'
import type { AttestationRequirement, IdentityMatcher, PolicyDocument, SignerEntry, StatementCondition, StringMatch } from './types.js'

/** cosign's predicate type shorthands (`options.PredicateTypeMap`); anything else is used verbatim. */
export const COSIGN_PREDICATE_SHORTHANDS: Readonly<Record<string, string>> = {
  custom: 'https://cosign.sigstore.dev/attestation/v1',
  slsaprovenance: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  spdx: 'https://spdx.dev/Document',
  spdxjson: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  link: 'https://in-toto.io/Link/v1',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
  openvex: 'https://openvex.dev/ns'
}

const TRUST_ROOT_REF = 'names a TrustRoot resource, which exists only in the cluster; give its trusted root to `trusted-root` and remove the reference'

function matcher(exact: string | undefined, regexp: string | undefined): StringMatch[] {
  if (exact !== undefined) return [{ kind: 'exact', value: exact }]
  if (regexp !== undefined) return [{ kind: 'regexp', pattern: regexp, anchored: false }]
  return []
}

async function identities(doc: DocumentFields, keyless: Json, base: string): Promise<IdentityMatcher[]> {
  const list = doc.list(keyless.identities, `${base}.identities`)
  if (list.length === 0) throw doc.invalid(`${base}.identities`, 'must list at least one identity')
  const out: IdentityMatcher[] = []
  for (const [i, raw] of list.entries()) {
    const path = `${base}.identities[${i}]`
    const id = doc.object(raw, path)
    doc.known(id, path, ['issuer', 'issuerRegExp', 'subject', 'subjectRegExp'])
    const issuer = doc.string(id.issuer, `${path}.issuer`)
    const issuerRegExp = doc.string(id.issuerRegExp, `${path}.issuerRegExp`)
    const subject = doc.string(id.subject, `${path}.subject`)
    const subjectRegExp = doc.string(id.subjectRegExp, `${path}.subjectRegExp`)
    if (issuer !== undefined && issuerRegExp !== undefined) throw doc.invalid(path, 'set only one of issuer and issuerRegExp')
    if (subject !== undefined && subjectRegExp !== undefined) throw doc.invalid(path, 'set only one of subject and subjectRegExp')
    if (issuer === undefined && issuerRegExp === undefined) throw doc.invalid(path, 'needs issuer or issuerRegExp')
    if (subject === undefined && subjectRegExp === undefined) throw doc.invalid(path, 'needs subject or subjectRegExp')
    const m: IdentityMatcher = { issuer: matcher(issuer, issuerRegExp), subject: matcher(subject, subjectRegExp) }
    await checkRegexp(doc, m.issuer[0], `${path}.issuerRegExp`)
    await checkRegexp(doc, m.subject[0], `${path}.subjectRegExp`)
    out.push(m)
  }
  return out
}

function policyBlock(doc: DocumentFields, raw: unknown, path: string): StatementCondition {
  const p = doc.object(raw, path)
  const type = doc.requiredString(p.type, `${path}.type`)
  if (type !== 'cue' && type !== 'rego') throw doc.invalid(`${path}.type`, `must be cue or rego, got "${type}"`)
  const sources = ['data', 'remote', 'configMapRef'].filter(k => p[k] !== undefined && p[k] !== null)
  if (sources.length !== 1) throw doc.invalid(path, 'needs exactly one of data, remote and configMapRef')
  return { language: type, where: path, source: typeof p.data === 'string' ? p.data : sources[0] }
}

function attestations(doc: DocumentFields, a: Json, base: string, notes: string[]): AttestationRequirement[] {
  return doc.list(a.attestations, `${base}.attestations`).map((raw, i) => {
    const path = `${base}.attestations[${i}]`
    const att = doc.object(raw, path)
    const name = doc.requiredString(att.name, `${path}.name`)
    const given = doc.requiredString(att.predicateType, `${path}.predicateType`)
    const predicateType = COSIGN_PREDICATE_SHORTHANDS[given] ?? given
    if (COSIGN_PREDICATE_SHORTHANDS[given] || !/^[a-z][a-z0-9+.-]*:/i.test(given)) {
      notes.push(
        `${path}.predicateType "${given}" is a deprecated value (the controller warns: use RFC 3986 conformant values)${predicateType !== given ? `; read as ${predicateType}` : ''}.`
      )
    }
    const req: AttestationRequirement = { label: `attestation ${name} (${path})`, predicateType, statements: 'any' }
    if (att.policy !== undefined && att.policy !== null) req.condition = policyBlock(doc, att.policy, `${path}.policy`)
    return req
  })
}

async function authority(doc: DocumentFields, raw: unknown, i: number, notes: string[]): Promise<SignerEntry> {
  const base = `spec.authorities[${i}]`
  const a = doc.object(raw, base)
  doc.known(a, base, ['name', 'key', 'keyless', 'static', 'source', 'ctlog', 'rfc3161timestamp', 'attestations', 'signatureFormat'])
  const name = doc.string(a.name, `${base}.name`) ?? `authority-${i}`
  const label = `${name} (${base})`
  const kinds = ['key', 'keyless', 'static'].filter(k => a[k] !== undefined && a[k] !== null)
  if (kinds.length !== 1) throw doc.invalid(base, 'needs exactly one of key, keyless and static')

  if (kinds[0] === 'static') {
    for (const f of ['attestations', 'source', 'ctlog', 'rfc3161timestamp'])
      if (a[f] !== undefined) throw doc.invalid(`${base}.${f}`, 'is not allowed with static')
    const s = doc.object(a.static, `${base}.static`)
    const action = doc.requiredString(s.action, `${base}.static.action`)
    if (action !== 'pass' && action !== 'fail') throw doc.invalid(`${base}.static.action`, `must be pass or fail, got "${action}"`)
    return { label, signer: { kind: 'static', pass: action === 'pass', message: doc.string(s.message, `${base}.static.message`) }, location: 'legacy' }
  }

  const ctlog = doc.object(a.ctlog, `${base}.ctlog`, true)
  if (ctlog) doc.refuse(ctlog, `${base}.ctlog`, { trustRootRef: TRUST_ROOT_REF })
  const tsa = doc.object(a.rfc3161timestamp, `${base}.rfc3161timestamp`, true)
  if (tsa) doc.refuse(tsa, `${base}.rfc3161timestamp`, { trustRootRef: TRUST_ROOT_REF })
  const sources = doc.list(a.source, `${base}.source`)
  if (sources.length > 1) throw doc.invalid(`${base}.source`, 'only single source is supported')
  let repository: string | undefined
  if (sources.length === 1) {
    const src = doc.object(sources[0], `${base}.source[0]`)
    doc.refuse(src, `${base}.source[0]`, {
      signaturePullSecrets: 'names Kubernetes secrets; give the registry credentials to `registry-username` / `registry-password`',
      tagPrefix: 'a tag prefix for .sig/.att tags is not read by seal'
    })
    repository = doc.string(src.oci, `${base}.source[0].oci`)
  }
  const location = a.signatureFormat === 'bundle' ? 'bundle' : 'legacy'
  const entry: SignerEntry = { label, location, repository, signer: { kind: 'static', pass: false } }

  if (kinds[0] === 'key') {
    const k = doc.object(a.key, `${base}.key`)
    doc.refuse(k, `${base}.key`, {
      secretRef: 'names a Kubernetes secret; put the public key in key.data',
      kms: 'names a KMS key; put its public key in key.data'
    })
    const alg = doc.string(k.hashAlgorithm, `${base}.key.hashAlgorithm`)
    if (alg !== undefined && !['sha224', 'sha256', 'sha384', 'sha512'].includes(alg.toLowerCase())) {
      throw doc.invalid(`${base}.key.hashAlgorithm`, `must be sha224, sha256, sha384 or sha512, got "${alg}"`)
    }
    if (location === 'bundle') throw doc.invalid(`${base}.signatureFormat`, 'when using the new bundle format, the authority must be keyless')
    // Without ctlog the controller does not look at the transparency log for keys at all.
    entry.signer = { kind: 'key', publicKeyPEM: doc.publicKey(k.data, `${base}.key.data`), tlog: !!ctlog }
  } else {
    const kl = doc.object(a.keyless, `${base}.keyless`)
    doc.refuse(kl, `${base}.keyless`, {
      trustRootRef: TRUST_ROOT_REF,
      'ca-cert': 'the controller does not consult ca-cert when verifying (such an authority has no URL and fails); use url and `trusted-root`'
    })
    doc.known(kl, `${base}.keyless`, ['url', 'identities', 'insecureIgnoreSCT'])
    entry.signer = { kind: 'keyless', identities: await identities(doc, kl, `${base}.keyless`) }
    if (kl.insecureIgnoreSCT === true) entry.sct = false
  }
  const atts = attestations(doc, a, base, notes)
  if (atts.length) entry.attestations = atts
  if (location === 'bundle' && !atts.length) {
    // cosign refuses image signatures in the bundle format; the authority can only ever fail.
    return {
      ...entry,
      signer: {
        kind: 'static',
        pass: false,
        message: 'bundle support for image signatures is not yet implemented (signatureFormat: bundle needs attestations)'
      }
    }
  }
  return entry
}

/** Parses one ClusterImagePolicy document. */
export async function parseClusterImagePolicy(doc: DocumentFields, obj: Json, apiVersion: string): Promise<PolicyDocument> {
  const spec = doc.object(obj.spec, 'spec')
  doc.known(spec, 'spec', ['images', 'authorities', 'policy', 'mode', 'match'])
  doc.refuse(spec, 'spec', { match: 'match[] selects Kubernetes resources by kind and labels; verify-action checks images, not resources' })
  const notes: string[] = []
  const images = doc.list(spec.images, 'spec.images').map((raw, i) => doc.requiredString(doc.object(raw, `spec.images[${i}]`).glob, `spec.images[${i}].glob`))
  if (images.length === 0) throw doc.invalid('spec.images', 'must list at least one glob')
  const { compileGlob } = await import('../glob.js')
  for (const [i, g] of images.entries()) {
    try {
      compileGlob(g)
    } catch (err) {
      throw doc.invalid(`spec.images[${i}].glob`, (err as Error).message)
    }
  }
  const mode = doc.string(spec.mode, 'spec.mode') ?? 'enforce'
  if (mode !== 'enforce' && mode !== 'warn') throw doc.invalid('spec.mode', `must be enforce or warn, got "${mode}"`)
  const rawAuthorities = doc.list(spec.authorities, 'spec.authorities')
  if (rawAuthorities.length === 0) throw doc.invalid('spec.authorities', 'must list at least one authority (fail-on-empty-authorities)')
  const entries: SignerEntry[] = []
  for (const [i, raw] of rawAuthorities.entries()) entries.push(await authority(doc, raw, i, notes))
  const block = spec.policy === undefined || spec.policy === null ? undefined : policyBlock(doc, spec.policy, 'spec.policy')
  // The Rego `seal policy export --repository` writes is evaluated as a certificate requirement (see cip-repository.ts).
  const folded = block !== undefined && foldRepositoryPolicy(spec.policy as Json, rawAuthorities, entries)
  const unevaluable = block === undefined || folded ? [] : [{ where: 'spec.policy', language: block.language }]
  return {
    engine: 'policy-controller',
    kind: doc.kind,
    apiVersion,
    name: doc.name,
    source: doc.source,
    notes,
    rules: [
      {
        label: doc.name,
        images: { language: 'pc-glob', include: images, exclude: [] },
        mode,
        signatures: [{ label: 'authorities', count: 1, entries }],
        attestations: [],
        ...(unevaluable.length ? { unevaluable } : {})
      }
    ]
  }
}
