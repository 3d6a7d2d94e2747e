/**
 * Identity policy: which certificate identity (SAN) and OIDC issuer a signature
 * must come from. Pure functions; no I/O.
 *
 * Exact strings compare with `===`, never as a prefix, substring or unanchored
 * pattern. Regular expressions are always anchored to the whole value.
 */
import { SealError } from '../util/errors.js'

export interface IdentityPolicyInput {
  certificateIdentity?: string
  certificateIdentityRegExp?: string
  certificateOidcIssuer?: string
  certificateOidcIssuerRegExp?: string
  /** The signer identity rule of the GitHub inputs (`repository`, `owner`, …), used when no identity input is set. */
  identityRule?: IdentityRule
}

/** A signer identity rule made elsewhere: `input` names what to change when it does not match. */
export interface IdentityRule {
  input: string
  matches(value: string): boolean
  describe(): string
}

export interface IdentityPolicy {
  /** A short human description, e.g. `identity "…" issued by "…"`. */
  describe(): string
  /** Throws SealError IDENTITY_MISMATCH or ISSUER_MISMATCH. */
  check(found: { identity?: string; issuer?: string }): void
}

/** Input names, as the user writes them (action inputs; CLI flags share the names). */
const INPUT = {
  identity: 'certificate-identity',
  identityRegExp: 'certificate-identity-regexp',
  issuer: 'certificate-oidc-issuer',
  issuerRegExp: 'certificate-oidc-issuer-regexp'
} as const

interface Matcher {
  input: string
  text: string
  matches(value: string): boolean
  describe(): string
}

function exact(input: string, text: string): Matcher {
  return {
    input,
    text,
    matches: value => value === text,
    describe: () => JSON.stringify(text)
  }
}

function anchored(input: string, source: string): Matcher {
  let re: RegExp
  try {
    // The pattern must stand on its own: wrapped as is, `a)|(.*` would become
    // `^(?:a)|(.*)$`, whose second branch matches anything without anchors.
    new RegExp(source)
    re = new RegExp(`^(?:${source})$`)
  } catch (err) {
    throw new SealError('INPUT_INVALID', `\`${input}\` is not a valid regular expression: ${(err as Error).message}`, {
      hint: 'Use JavaScript regular expression syntax; the pattern must match the whole value.'
    })
  }
  return {
    input,
    text: source,
    matches: value => re.test(value),
    describe: () => `matching /^(?:${source})$/`
  }
}

/** The value trimmed, or undefined when it is unset or blank (how an input left empty reads). */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

export function buildIdentityPolicy(input: IdentityPolicyInput): IdentityPolicy {
  const identity = nonEmpty(input.certificateIdentity)
  const identityRegExp = nonEmpty(input.certificateIdentityRegExp)
  const issuer = nonEmpty(input.certificateOidcIssuer)
  const issuerRegExp = nonEmpty(input.certificateOidcIssuerRegExp)

  if (identity !== undefined && identityRegExp !== undefined) {
    throw new SealError('INPUT_INVALID', `set only one of \`${INPUT.identity}\` and \`${INPUT.identityRegExp}\``)
  }
  if (issuer !== undefined && issuerRegExp !== undefined) {
    throw new SealError('INPUT_INVALID', `set only one of \`${INPUT.issuer}\` and \`${INPUT.issuerRegExp}\``)
  }
  if (identity === undefined && identityRegExp === undefined && !input.identityRule) {
    throw new SealError('POLICY_MISSING', `no signer identity given: set \`${INPUT.identity}\` (or \`${INPUT.identityRegExp}\`, \`repository\`, \`owner\`)`, {
      hint: 'For a GitHub Actions workflow the identity looks like https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/heads/main.'
    })
  }

  const identityMatcher: IdentityRule =
    identity !== undefined
      ? exact(INPUT.identity, identity)
      : identityRegExp !== undefined
        ? anchored(INPUT.identityRegExp, identityRegExp)
        : (input.identityRule as IdentityRule)
  const issuerMatcher = issuer !== undefined ? exact(INPUT.issuer, issuer) : issuerRegExp !== undefined ? anchored(INPUT.issuerRegExp, issuerRegExp) : undefined

  return {
    describe() {
      const who = `identity ${identityMatcher.describe()}`
      return issuerMatcher ? `${who} issued by ${issuerMatcher.describe()}` : who
    },
    check(found) {
      if (found.identity === undefined || !identityMatcher.matches(found.identity)) {
        throw new SealError('IDENTITY_MISMATCH', `certificate identity mismatch: expected ${identityMatcher.describe()}, found ${show(found.identity)}`, {
          hint: `If this signer is legitimate, change \`${identityMatcher.input}\`.`
        })
      }
      if (issuerMatcher && (found.issuer === undefined || !issuerMatcher.matches(found.issuer))) {
        throw new SealError('ISSUER_MISMATCH', `certificate OIDC issuer mismatch: expected ${issuerMatcher.describe()}, found ${show(found.issuer)}`, {
          hint: `If this issuer is legitimate, change \`${issuerMatcher.input}\`.`
        })
      }
    }
  }
}

function show(value: string | undefined): string {
  return value === undefined ? 'none' : JSON.stringify(value)
}
