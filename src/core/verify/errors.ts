/**
 * Verification failures as seal's errors: @sigstore/verify's error codes
 * mapped to seal's, with hints that say which input to change, and the most
 * common failure (a certificate from another deployment) said plainly.
 */
import { X509Certificate } from '@sigstore/core'
import type { Bundle } from '@sigstore/bundle'

import { SealError } from '../util/errors.js'
import type { ErrorCode } from '../util/errors.js'
import type { LoadedTrust } from '../trust/index.js'
import { leafCertificate } from './material.js'

/**
 * The failure users meet most with private deployments: the signing
 * certificate was issued by a CA the trusted root does not hold. Said plainly,
 * with the inputs that set the root, instead of whichever check failed first.
 */
export function unknownAuthority(bundle: Bundle, trust: LoadedTrust): SealError | undefined {
  const leafDER = leafCertificate(bundle)
  if (!leafDER) return undefined
  let leaf: X509Certificate
  try {
    leaf = X509Certificate.parse(Buffer.from(leafDER))
  } catch {
    return undefined
  }
  const known = trust.trustedRoot.certificateAuthorities.some(ca =>
    (ca.certChain?.certificates ?? []).some(c => {
      try {
        const issuer = X509Certificate.parse(Buffer.from(c.rawBytes))
        return issuer.subject.equals(leaf.issuer) && leaf.verify(issuer)
      } catch {
        return false
      }
    })
  )
  if (known) return undefined
  return new SealError(
    'CERTIFICATE_UNTRUSTED',
    `the signing certificate was signed by an unknown authority: no certificate authority in the trusted root (${trust.source}) issued it.`,
    {
      hint: "The bundle comes from another Sigstore deployment: set `trusted-root` to that deployment's trusted_root.json, or `fulcio-root` (SIGSTORE_ROOT_FILE) and `rekor-public-key` (SIGSTORE_REKOR_PUBLIC_KEY) to its PEM files, or `tuf-mirror` to its TUF repository."
    }
  )
}

/** The verifier's message when a bundle has fewer log entries than the threshold. */
const TOO_FEW_ENTRIES = /^expected (\d+) tlog entries, got (\d+)$/

/** Maps @sigstore/verify errors to seal's codes, keeping the library's code for debugging. */
export function toSealError(err: unknown, trust: LoadedTrust): SealError {
  if (err instanceof SealError) return err
  const libCode = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : undefined
  const libMessage = err instanceof Error ? err.message : String(err)
  const detail = libCode ? `${libMessage} (${libCode})` : libMessage
  const root = `the trusted root (${trust.source})`

  let code: ErrorCode = 'VERIFICATION_FAILED'
  let message = `verification failed: ${detail}`
  let hint: string | undefined
  if (libCode === 'CERTIFICATE_ERROR') {
    code = 'CERTIFICATE_UNTRUSTED'
    message = `the signing certificate is not trusted: ${detail}`
    hint =
      `The certificate does not chain to a certificate authority in ${root} that was valid when it was signed, or its SCT does not verify. ` +
      "If the bundle comes from another Sigstore deployment (staging, GitHub's private instance), set `trusted-root` to that deployment's trusted_root.json."
  } else if (libCode === 'TLOG_ERROR' && TOO_FEW_ENTRIES.test(libMessage)) {
    const [, wanted, found] = TOO_FEW_ENTRIES.exec(libMessage) ?? []
    code = 'TLOG_INVALID'
    message =
      found === '0'
        ? `the bundle has no transparency log entry, and ${wanted} ${wanted === '1' ? 'is' : 'are'} required`
        : `the bundle has ${found} transparency log entries that verify, and ${wanted} are required`
    hint =
      'It was signed without uploading to a transparency log (`tlog-upload: false`). If that is expected, verify it with `insecure-ignore-tlog: true` (CLI `--insecure-ignore-tlog`) or a lower `tlog-threshold`.'
  } else if (libCode?.startsWith('TLOG_')) {
    code = 'TLOG_INVALID'
    message = `the transparency log entry does not verify: ${detail}`
    const keyProblem =
      libCode === 'TLOG_INCLUSION_PROMISE_ERROR' || (libCode !== 'TLOG_BODY_ERROR' && /signature|no matching|not found|key|log id/i.test(libMessage))
    hint = keyProblem
      ? `The Rekor key in ${root} may not match the log the bundle was written to; set \`trusted-root\` to the deployment's trusted_root.json.`
      : libCode === 'TLOG_BODY_ERROR'
        ? 'The bundle does not match what the transparency log recorded: it was altered after it was logged.'
        : 'The inclusion proof or checkpoint is inconsistent: the bundle may have been altered after it was logged.'
  } else if (libCode === 'SIGNATURE_ERROR') {
    code = 'SIGNATURE_INVALID'
    message = `the signature does not verify: ${detail}`
    hint = 'The artifact or the bundle was modified after signing, the bundle belongs to another artifact, or (with `key`) another key made the signature.'
  } else if (libCode === 'TIMESTAMP_ERROR') {
    code = 'TIMESTAMP_INVALID'
    message = `the bundle's timestamps do not verify: ${detail}`
    hint = `A timestamp must come from a timestamp authority in ${root}, or from a transparency log entry with an inclusion promise.`
  } else if (libCode === 'PUBLIC_KEY_ERROR') {
    code = 'KEY_INVALID'
    message = `the signing key is not accepted: ${detail}`
  } else if (libCode === 'UNTRUSTED_SIGNER_ERROR') {
    code = 'IDENTITY_MISMATCH'
    message = `the signer is not trusted: ${detail}`
  }
  return new SealError(code, message, { hint, cause: err })
}
