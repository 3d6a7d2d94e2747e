import { generateKeyPairSync } from 'node:crypto'

import { parse } from 'yaml'
import { RE2JS } from 're2js'

import { thrown } from '../../support/errors.js'
import { exportPolicy, type PolicyExportInput } from '../../../src/core/policy/export/index.js'
import { checkDocument } from '../../../src/core/policy/schema/index.js'
import { checkPolicyText } from '../../../src/core/policy/schema/check.js'

const GHA = 'https://token.actions.githubusercontent.com'
const WORKFLOW = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main'
const SLSA = 'https://slsa.dev/provenance/v1'
const PUBLIC_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
const PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()

type Doc = Record<string, any>

function cip(flags: Partial<PolicyExportInput>): Doc {
  return exportPolicy({ format: 'cluster-image-policy', imageGlobs: ['ghcr.io/acme/widgets**'], ...flags }).document
}
function kyverno(flags: Partial<PolicyExportInput>): Doc {
  return exportPolicy({ format: 'kyverno', imageGlobs: ['ghcr.io/acme/widgets*'], ...flags }).document
}
const authority = (doc: Doc) => doc.spec.authorities[0]
const verifyImages = (doc: Doc) => doc.spec.rules[0].verifyImages[0]
const goFind = (pattern: string, value: string) => RE2JS.compile(pattern).matcher(value).find()

/** Every case both formats are exported for; each result must validate against its CRD schema. */
const CASES: Record<string, Partial<PolicyExportInput>> = {
  'identity exact': { certificateIdentity: WORKFLOW },
  'identity regexp': { certificateIdentityRegExp: 'https://github\\.com/acme/widgets/\\.github/workflows/.*@refs/heads/main' },
  'issuer exact': { certificateIdentity: 'dev@example.com', certificateOidcIssuer: 'https://accounts.google.com' },
  'issuer regexp': {
    certificateIdentity: WORKFLOW,
    certificateOidcIssuerRegExp: 'https://token\\.actions\\.githubusercontent\\.com|https://accounts\\.google\\.com'
  },
  key: { key: PUBLIC_KEY },
  repository: { certificateIdentity: WORKFLOW, repository: 'acme/widgets' },
  'predicate type': { certificateIdentity: WORKFLOW, predicateType: SLSA },
  'predicate type and repository': { certificateIdentity: WORKFLOW, predicateType: SLSA, repository: 'https://github.com/acme/widgets' },
  'key and predicate type': { key: PUBLIC_KEY, predicateType: SLSA },
  'signature repository': { certificateIdentity: WORKFLOW, signatureRepository: 'ghcr.io/acme/signatures' },
  'mode warn': { certificateIdentity: WORKFLOW, mode: 'warn' }
}

describe.each(['cluster-image-policy', 'kyverno'])('exportPolicy --format %s: every exported policy validates', format => {
  it.each(Object.keys(CASES))('%s', async name => {
    const globs = format === 'kyverno' ? ['ghcr.io/acme/widgets*'] : ['ghcr.io/acme/widgets**']
    const exported = exportPolicy({ format, imageGlobs: globs, name: 'widgets', ...CASES[name] })
    expect(await checkDocument(exported.document)).toMatchObject({ errors: [] })
    // The YAML is the document, and a file of it checks clean.
    expect(parse(exported.yaml)).toEqual(exported.document)
    expect(exported.yaml).toMatch(/^[\x00-\x7f]*$/)
    const check = await checkPolicyText(exported.yaml)
    expect(check.errors).toEqual([])
    expect(check.documents[0]).toMatchObject({ kind: exported.document.kind, name: 'widgets', engine: format === 'kyverno' ? 'kyverno' : 'policy-controller' })
  })
})

describe('exportPolicy --format cluster-image-policy', () => {
  it('writes an exact identity and the GitHub Actions issuer seal verify defaults to', () => {
    const doc = cip({ certificateIdentity: WORKFLOW })
    expect(doc).toMatchObject({ apiVersion: 'policy.sigstore.dev/v1alpha1', kind: 'ClusterImagePolicy', metadata: { name: 'seal-verify-images' } })
    expect(doc.spec.images).toEqual([{ glob: 'ghcr.io/acme/widgets**' }])
    expect(doc.spec.mode).toBe('enforce')
    expect(authority(doc)).toEqual({ name: 'seal', keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GHA, subject: WORKFLOW }] } })
  })

  it('anchors an identity regexp, which policy-controller would match anywhere', () => {
    const doc = cip({ certificateIdentityRegExp: 'https://github\\.com/acme/.*' })
    const [identity] = authority(doc).keyless.identities
    expect(identity.issuer).toBe(GHA)
    expect(goFind(identity.subjectRegExp, 'https://github.com/acme/widgets')).toBe(true)
    expect(goFind(identity.subjectRegExp, 'https://evil.example/?https://github.com/acme/widgets')).toBe(false)
  })

  it('writes an issuer regexp anchored, with no exact issuer beside it', () => {
    const [identity] = authority(cip({ certificateIdentity: WORKFLOW, certificateOidcIssuerRegExp: 'https://token\\.actions\\..*' })).keyless.identities
    expect(identity).toEqual({ issuerRegExp: '^(?:https://token\\.actions\\.[^\\n\\r\u2028\u2029]*)$', subject: WORKFLOW })
    expect(goFind(identity.issuerRegExp, `${GHA}`)).toBe(true)
    expect(goFind(identity.issuerRegExp, `x${GHA}`)).toBe(false)
  })

  it('writes a non-ASCII pattern as ASCII YAML that reads back the same', () => {
    const exported = exportPolicy({ format: 'cluster-image-policy', imageGlobs: ['ghcr.io/a/**'], certificateIdentityRegExp: 'd\u00e9v.\\s@example\\.com' })
    expect(exported.yaml).toMatch(/^[\x00-\x7f]*$/)
    expect(exported.yaml).toContain('\\u2028')
    const subject = parse(exported.yaml).spec.authorities[0].keyless.identities[0].subjectRegExp
    expect(subject).toBe(authority(exported.document).keyless.identities[0].subjectRegExp)
    expect(goFind(subject, 'd\u00e9vX\u00a0@example.com')).toBe(true)
    expect(goFind(subject, 'd\u00e9v\u2028 @example.com')).toBe(false)
  })

  it('writes a key with the transparency log checked, as seal verify requires', () => {
    const a = authority(cip({ key: PUBLIC_KEY }))
    expect(a.key).toEqual({ data: PUBLIC_KEY, hashAlgorithm: 'sha256' })
    expect(a.ctlog).toEqual({ url: 'https://rekor.sigstore.dev' })
    expect(a.keyless).toBeUndefined()
  })

  it('turns a predicate type into one required attestation of exactly that type', () => {
    const a = authority(cip({ certificateIdentity: WORKFLOW, predicateType: SLSA }))
    expect(a.attestations).toEqual([{ name: 'seal-attestation', predicateType: SLSA }])
  })

  it('requires the repository with a CIP-level rego policy over the matched signatures or attestations', () => {
    const signed = cip({ certificateIdentity: WORKFLOW, repository: 'acme/widgets' })
    expect(signed.spec.policy.type).toBe('rego')
    expect(signed.spec.policy.data).toContain('package sigstore')
    expect(signed.spec.policy.data).toContain('input.authorityMatches["seal"].signatures[_].githubWorkflowRepo == "acme/widgets"')
    const attested = cip({ certificateIdentity: WORKFLOW, repository: 'https://github.com/acme/widgets/', predicateType: SLSA })
    expect(attested.spec.policy.data).toContain('input.authorityMatches["seal"].attestations["seal-attestation"][_].githubWorkflowRepo == "acme/widgets"')
  })

  it('reads signatures from --signature-repository', () => {
    expect(authority(cip({ certificateIdentity: WORKFLOW, signatureRepository: 'ghcr.io/acme/sigs' })).source).toEqual([{ oci: 'ghcr.io/acme/sigs' }])
  })

  it('keeps a predicate type that only looks like an object property', () => {
    expect(authority(cip({ certificateIdentity: WORKFLOW, predicateType: 'constructor' })).attestations[0].predicateType).toBe('constructor')
  })

  it('refuses a predicate type policy-controller would read as another type', () => {
    const err = thrown(() => cip({ certificateIdentity: WORKFLOW, predicateType: 'slsaprovenance' }))
    expect(err.message).toContain('`--predicate-type`')
    expect(err.message).toContain('https://slsa.dev/provenance/v0.2')
  })
})

describe('exportPolicy --format kyverno', () => {
  it('writes one enforcing verifyImages rule with the identity, issuer and public-good Rekor', () => {
    const doc = kyverno({ certificateIdentity: WORKFLOW })
    expect(doc).toMatchObject({ apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy' })
    expect(doc.spec.rules[0].match).toEqual({ any: [{ resources: { kinds: ['Pod'] } }] })
    expect(verifyImages(doc)).toEqual({
      imageReferences: ['ghcr.io/acme/widgets*'],
      failureAction: 'Enforce',
      attestors: [{ entries: [{ keyless: { subject: WORKFLOW, issuer: GHA, rekor: { url: 'https://rekor.sigstore.dev' } } }] }]
    })
  })

  it('writes an identity holding wildcard characters as an anchored exact regexp, not a wildcard', () => {
    const odd = 'https://example.com/a*b?c'
    const { keyless } = verifyImages(kyverno({ certificateIdentity: odd })).attestors[0].entries[0]
    expect(keyless.subject).toBeUndefined()
    expect(goFind(keyless.subjectRegExp, odd)).toBe(true)
    expect(goFind(keyless.subjectRegExp, 'https://example.com/aXXbYc')).toBe(false)
  })

  it('writes regexps anchored', () => {
    const { keyless } = verifyImages(
      kyverno({ certificateIdentityRegExp: 'dev@example\\.com', certificateOidcIssuerRegExp: 'https://accounts\\.google\\.com' })
    ).attestors[0].entries[0]
    expect(keyless.subjectRegExp).toBe('^(?:dev@example\\.com)$')
    expect(keyless.issuerRegExp).toBe('^(?:https://accounts\\.google\\.com)$')
    expect(goFind(keyless.subjectRegExp, 'evil-dev@example.com')).toBe(false)
  })

  it('writes a key with the Rekor log checked', () => {
    expect(verifyImages(kyverno({ key: PUBLIC_KEY })).attestors).toEqual([
      { entries: [{ keys: { publicKeys: PUBLIC_KEY, rekor: { url: 'https://rekor.sigstore.dev' } } }] }
    ])
  })

  it('requires the repository through the certificate extension', () => {
    const { keyless } = verifyImages(kyverno({ certificateIdentity: WORKFLOW, repository: 'acme/widgets' })).attestors[0].entries[0]
    expect(keyless.additionalExtensions).toEqual({ githubWorkflowRepository: 'acme/widgets' })
  })

  it('checks only the attestation for a predicate type, and says where Kyverno is stricter', () => {
    const exported = exportPolicy({ format: 'kyverno', imageGlobs: ['ghcr.io/acme/widgets*'], certificateIdentity: WORKFLOW, predicateType: SLSA })
    const v = verifyImages(exported.document)
    expect(v.attestors).toBeUndefined()
    expect(v.attestations).toEqual([
      { type: SLSA, attestors: [{ entries: [{ keyless: { subject: WORKFLOW, issuer: GHA, rekor: { url: 'https://rekor.sigstore.dev' } } }] }] }
    ])
    expect(exported.notes.join('\n')).toContain('every attestation of type')
  })

  it('keeps a shorthand-looking predicate type as written (Kyverno compares it exactly, as seal does)', () => {
    expect(verifyImages(kyverno({ certificateIdentity: WORKFLOW, predicateType: 'slsaprovenance' })).attestations[0].type).toBe('slsaprovenance')
  })

  it('audits without pinning digests in mode warn', () => {
    const v = verifyImages(kyverno({ certificateIdentity: WORKFLOW, mode: 'warn', signatureRepository: 'ghcr.io/acme/sigs' }))
    expect(v).toMatchObject({ failureAction: 'Audit', mutateDigest: false, repository: 'ghcr.io/acme/sigs' })
  })
})

describe('exportPolicy: flags seal verify refuses, or no engine can express exactly', () => {
  it.each([
    ['no identity', {}, 'certificate-identity'],
    ['identity and its regexp', { certificateIdentity: WORKFLOW, certificateIdentityRegExp: '.*' }, 'certificate-identity-regexp'],
    [
      'issuer and its regexp',
      { certificateIdentity: WORKFLOW, certificateOidcIssuer: GHA, certificateOidcIssuerRegExp: '.*' },
      'certificate-oidc-issuer-regexp'
    ],
    ['key and identity', { key: PUBLIC_KEY, certificateIdentity: WORKFLOW }, '--key'],
    ['key and repository', { key: PUBLIC_KEY, repository: 'acme/widgets' }, '--repository'],
    ['a private key', { key: PRIVATE_KEY }, 'private key'],
    ['a repository elsewhere than github.com', { certificateIdentity: WORKFLOW, repository: 'https://gitlab.com/acme/widgets' }, '--repository'],
    ['a lookahead', { certificateIdentityRegExp: '(?!evil).*' }, '--certificate-identity-regexp'],
    ['a backreference in the issuer', { certificateIdentity: WORKFLOW, certificateOidcIssuerRegExp: '(a)\\1' }, '--certificate-oidc-issuer-regexp'],
    ['an unknown format', { format: 'gatekeeper', certificateIdentity: WORKFLOW }, '--format'],
    ['a bad name', { name: 'Not_A_Name', certificateIdentity: WORKFLOW }, '--name'],
    ['a bad mode', { mode: 'audit', certificateIdentity: WORKFLOW }, '--mode']
  ] as const)('%s', (_, flags, named) => {
    for (const format of ['cluster-image-policy', 'kyverno']) {
      const err = thrown(() => exportPolicy({ format, imageGlobs: ['ghcr.io/acme/widgets'.concat(format === 'kyverno' ? '*' : '**')], ...flags }))
      expect(err.message).toContain(named)
    }
  })

  it.each([
    ['cluster-image-policy', [], 'at least one'],
    ['cluster-image-policy', ['ghcr.io/acme/widgets:*'], 'tag'],
    ['kyverno', ['ghcr.io/acme/widgets:v1'], 'tag'],
    ['cluster-image-policy', ['nginx'], 'index.docker.io/library/nginx'],
    ['kyverno', ['acme/widgets*'], 'docker.io/acme/widgets*'],
    ['cluster-image-policy', ['docker.io/acme/widgets'], 'index.docker.io/acme/widgets'],
    ['kyverno', ['index.docker.io/acme/widgets*'], 'docker.io/acme/widgets*'],
    ['cluster-image-policy', ['ghcr.io/acme/widget?'], 'only letters'],
    ['kyverno', ['ghcr.io/Acme/widgets*'], 'lowercase']
  ])('--format %s refuses --image-glob %j', (format, globs, what) => {
    const err = thrown(() => exportPolicy({ format, imageGlobs: globs, certificateIdentity: WORKFLOW }))
    expect(err.message + (err.hint ?? '')).toContain(what)
    expect(err.message).toContain('--image-glob')
  })

  it('accepts registries with ports, localhost and catch-alls', () => {
    expect(() => cip({ imageGlobs: ['registry.local:5000/app**', 'localhost/app**', '**'], certificateIdentity: WORKFLOW })).not.toThrow()
    expect(() => kyverno({ imageGlobs: ['*', 'ghcr.io/acme/*'], certificateIdentity: WORKFLOW })).not.toThrow()
  })
})
