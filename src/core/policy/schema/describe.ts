/**
 * A plain description of what an admission policy requires: which images it
 * applies to, who must have signed them, which attestations they need, and
 * whether a failure rejects the workload. Written for a person reading
 * `seal policy check`; it reports the fields, it does not evaluate them.
 */
import { COSIGN_PREDICATE_SHORTHANDS } from '../documents/cip.js'

type Obj = Record<string, unknown>

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const q = (v: unknown): string => JSON.stringify(v)

function pattern(exact: unknown, regexp: unknown, what: string): string | undefined {
  if (typeof exact === 'string') return `${what} ${q(exact)}`
  if (typeof regexp === 'string') return `${what} matching the regexp ${q(regexp)}${/^\^.*\$$/.test(regexp) ? '' : ' anywhere (unanchored)'}`
  return undefined
}

function keyText(key: Obj): string {
  if (str(key.data)) return `the public key given inline (hash ${str(key.hashAlgorithm) ?? 'sha256'})`
  if (str(key.kms)) return `the KMS key ${str(key.kms)}`
  const ref = obj(key.secretRef)
  return ref.name ? `the public key in Secret ${str(ref.namespace) ? `${str(ref.namespace)}/` : ''}${str(ref.name)}` : 'a public key (none given)'
}

function cipAuthority(a: Obj, i: number): string[] {
  const name = str(a.name) ?? `authority-${i}`
  const lines: string[] = []
  if (a.static !== undefined) {
    const s = obj(a.static)
    return [`authority ${name}: ${s.action === 'pass' ? 'passes every image' : `fails every image${str(s.message) ? ` (${str(s.message)})` : ''}`}`]
  }
  if (a.key !== undefined) lines.push(`authority ${name}: signed with ${keyText(obj(a.key))}`)
  else if (a.keyless !== undefined) {
    const k = obj(a.keyless)
    const ids = list(k.identities).map(id => {
      const o = obj(id)
      return [pattern(o.subject, o.subjectRegExp, 'identity'), pattern(o.issuer, o.issuerRegExp, 'issuer')].filter(Boolean).join(', ')
    })
    lines.push(
      `authority ${name}: keyless certificate from ${str(k.url) ?? (k['ca-cert'] ? 'the given CA' : 'https://fulcio.sigstore.dev')}, one of: ${ids.join('; ') || 'no identity (invalid)'}`
    )
    if (k.insecureIgnoreSCT === true) lines.push('  certificate transparency (SCT) not required')
  } else lines.push(`authority ${name}: no key, keyless or static authority (invalid)`)
  const ctlog = obj(a.ctlog)
  if (a.key !== undefined)
    lines.push(
      ctlog.url || ctlog.trustRootRef
        ? `  transparency log checked (${str(ctlog.url) ?? `trust root ${str(ctlog.trustRootRef)}`})`
        : '  transparency log not checked'
    )
  else if (ctlog.url) lines.push(`  transparency log ${str(ctlog.url)}`)
  for (const src of list(a.source)) if (str(obj(src).oci)) lines.push(`  signatures read from ${str(obj(src).oci)}`)
  if (a.signatureFormat === 'bundle') lines.push('  Sigstore bundle format')
  const atts = list(a.attestations)
  if (atts.length) {
    lines.push('  image signatures not checked; every attestation below required:')
    for (const att of atts) {
      const o = obj(att)
      const policy = obj(o.policy)
      const uri =
        typeof o.predicateType === 'string' && Object.hasOwn(COSIGN_PREDICATE_SHORTHANDS, o.predicateType)
          ? COSIGN_PREDICATE_SHORTHANDS[o.predicateType]
          : undefined
      lines.push(
        `    ${str(o.name) ?? '(unnamed)'}: predicate type ${q(o.predicateType)}${uri ? ` (read as ${uri})` : ''}${policy.type ? `, passing a ${str(policy.type)} policy` : ''}`
      )
    }
  }
  return lines
}

function clusterImagePolicy(spec: Obj): string[] {
  const globs = list(spec.images).map(i => str(obj(i).glob) ?? '?')
  const authorities = list(spec.authorities)
  const lines = [
    `images matching ${globs.join(', ') || '(none)'}`,
    `mode ${str(spec.mode) ?? 'enforce'}: ${spec.mode === 'warn' ? 'a failure is a warning' : 'a failure rejects the workload'}`
  ]
  for (const m of list(spec.match)) {
    const o = obj(m)
    lines.push(`only for ${[str(o.group), str(o.version), str(o.resource)].filter(Boolean).join('/')}${o.selector ? ' with matching labels' : ''}`)
  }
  if (authorities.length > 1) lines.push('any one of these authorities:')
  authorities.forEach((a, i) => lines.push(...cipAuthority(obj(a), i)))
  const policy = obj(spec.policy)
  if (policy.type) lines.push(`then a ${str(policy.type)} policy over what the authorities matched must pass`)
  return lines
}

function kyvernoEntry(e: Obj): string {
  if (e.keys !== undefined) {
    const k = obj(e.keys)
    return k.publicKeys ? 'signed with the given public key(s)' : k.kms ? `signed with the KMS key ${str(k.kms)}` : 'signed with a key from a Secret'
  }
  if (e.certificates !== undefined) return 'signed with the given certificate'
  if (e.keyless !== undefined) {
    const k = obj(e.keyless)
    const parts = [pattern(k.subject, k.subjectRegExp, 'identity'), pattern(k.issuer, k.issuerRegExp, 'issuer')].filter(Boolean)
    for (const [ext, value] of Object.entries(obj(k.additionalExtensions))) parts.push(`${ext} ${q(value)}`)
    return `keyless: ${parts.join(', ') || 'any Fulcio identity'}`
  }
  if (e.attestor !== undefined) return 'a nested attestor set'
  return 'an empty entry (invalid)'
}

function kyvernoAttestors(sets: unknown[], indent: string): string[] {
  return sets.map(s => {
    const o = obj(s)
    const entries = list(o.entries).map(e => kyvernoEntry(obj(e)))
    const need = typeof o.count === 'number' && o.count > 0 ? `at least ${o.count} of` : 'all of'
    return `${indent}${need}: ${entries.join('; ')}`
  })
}

function clusterPolicy(spec: Obj): string[] {
  const lines: string[] = []
  const fallback = str(spec.validationFailureAction) ?? 'Audit'
  for (const rule of list(spec.rules)) {
    const r = obj(rule)
    for (const v of list(r.verifyImages)) {
      const o = obj(v)
      lines.push(`rule ${str(r.name) ?? '?'}: images matching ${list(o.imageReferences).join(', ') || list(o.image).join(', ') || '(none)'}`)
      if (list(o.skipImageReferences).length) lines.push(`  except ${list(o.skipImageReferences).join(', ')}`)
      const action = str(o.failureAction) ?? fallback
      lines.push(
        `  ${action}: ${action === 'Enforce' ? 'a failure rejects the workload' : 'a failure is only reported'}; ${str(o.type) ?? 'Cosign'} signatures`
      )
      if (str(o.repository)) lines.push(`  signatures read from ${str(o.repository)}`)
      const sets = list(o.attestors)
      if (sets.length) lines.push('  image signature required:', ...kyvernoAttestors(sets, '    '))
      for (const att of list(o.attestations)) {
        const a = obj(att)
        lines.push(`  attestation of type ${q(a.type ?? a.predicateType)} required${list(a.conditions).length ? ', with conditions' : ''}:`)
        lines.push(...(list(a.attestors).length ? kyvernoAttestors(list(a.attestors), '    ') : ['    signed by any Fulcio identity']))
      }
      const flags = ['mutateDigest', 'verifyDigest', 'required'].filter(f => o[f] === false)
      if (flags.length) lines.push(`  ${flags.join(', ')} turned off`)
    }
  }
  return lines.length ? lines : ['no verifyImages rules']
}

function imageValidatingPolicy(spec: Obj): string[] {
  const refs = list(spec.matchImageReferences).map(r => str(obj(r).glob) ?? `expression ${q(obj(r).expression)}`)
  const actions = list(spec.validationActions).map(String)
  const lines = [`images matching ${refs.join(', ') || 'anything'}`, `actions ${actions.join(', ') || 'Deny'}`]
  for (const a of list(spec.attestors)) {
    const o = obj(a)
    const cosign = obj(o.cosign)
    const kind = o.notary
      ? 'Notary certificates'
      : cosign.key
        ? 'a public key'
        : cosign.keyless
          ? 'keyless'
          : cosign.certificate
            ? 'a certificate'
            : 'nothing given'
    const ids = list(obj(cosign.keyless).identities).map(id => {
      const i = obj(id)
      return [pattern(i.subject, i.subjectRegExp, 'identity'), pattern(i.issuer, i.issuerRegExp, 'issuer')].filter(Boolean).join(', ')
    })
    lines.push(`attestor ${str(o.name) ?? '?'}: ${kind}${ids.length ? ` (${ids.join('; ')})` : ''}`)
  }
  for (const a of list(spec.attestations)) {
    const o = obj(a)
    lines.push(`attestation ${str(o.name) ?? '?'}: ${o.intoto ? `in-toto type ${q(obj(o.intoto).type)}` : `referrer type ${q(obj(o.referrer).type)}`}`)
  }
  lines.push(`${list(spec.validations).length} CEL validation(s) decide`)
  return lines
}

function trustRoot(spec: Obj): string[] {
  const kind = ['remote', 'repository', 'sigstoreKeys'].filter(k => spec[k] !== undefined)
  return [`trust material: ${kind.join(', ') || 'none given'}`]
}

/** What the document requires, one line per fact; empty for a kind seal does not describe. */
export function describeDocument(doc: unknown): string[] {
  const d = obj(doc)
  const spec = obj(d.spec)
  switch (d.kind) {
    case 'ClusterImagePolicy':
      return clusterImagePolicy(spec)
    case 'ClusterPolicy':
    case 'Policy':
      return clusterPolicy(spec)
    case 'ImageValidatingPolicy':
      return imageValidatingPolicy(spec)
    case 'TrustRoot':
      return trustRoot(spec)
    default:
      return []
  }
}
