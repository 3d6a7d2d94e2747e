import { PUBLIC_REKOR_URL } from '../inputs/read.js'

/** Escapes text for a markdown table cell. */
export function cell(text: string | undefined): string {
  if (text === undefined || text === '') return '–'
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;')
}

function code(text: string | undefined): string {
  return text ? '`' + text.replace(/`/g, "'") + '`' : '–'
}

/** Where a person can look at a Rekor entry. */
export function rekorEntryURL(rekorURL: string, logIndex: string): string {
  const base = rekorURL.replace(/\/+$/, '')
  if (base === PUBLIC_REKOR_URL) return `https://search.sigstore.dev/?logIndex=${encodeURIComponent(logIndex)}`
  return `${base}/api/v1/log/entries?logIndex=${encodeURIComponent(logIndex)}`
}

export function rekorLink(rekorURL: string | undefined, logIndex: string | undefined): string {
  if (!logIndex) return '–'
  if (!rekorURL) return cell(logIndex)
  return `[${cell(logIndex)}](${rekorEntryURL(rekorURL, logIndex)})`
}

export function shortDigest(hex: string | undefined, algorithm = 'sha256'): string {
  return hex ? code(`${algorithm}:${hex.slice(0, 12)}…`) : '–'
}

/**
 * Why a verified row passed, for the log line: who signed it, or, with
 * `policy`, the rules it passed (a key or a static authority names no one), or
 * that no policy matched it and `no-match-policy` let it through.
 */
export function verifiedBy(row: { identity?: string; issuer?: string; policy?: { rules: { kind: string; policy: string; passed: boolean }[] } }): string {
  if (row.identity) return `signed by ${row.identity}${row.issuer ? ` (${row.issuer})` : ''}`
  if (!row.policy) return 'signed with the given public key'
  const passed = row.policy.rules.filter(r => r.passed)
  if (row.policy.rules.length === 0) return 'matched by no policy, and admitted (no-match-policy)'
  if (passed.length === 0) return 'admitted: its failing policies are in warn mode'
  return `passed ${passed.map(r => `${r.kind} "${r.policy}"`).join(', ')}`
}

/** Who signed, for logs and summaries: the certificate's identity and issuer, or the key. */
export function describeSigner(signer: { certificate?: { identity?: string; issuer?: string }; keyHint?: string }): { identity: string; issuer: string } {
  if (signer.certificate) return { identity: signer.certificate.identity ?? '', issuer: signer.certificate.issuer ?? '' }
  return { identity: `key ${signer.keyHint ?? ''}`, issuer: '' }
}

export interface SignRow {
  subject: string
  sha256: string
  logIndex?: string
  integratedTime?: string
  bundlePath: string
}

export interface ImageSignRow {
  image: string
  digest: string
  resolvedFromTag?: string
  signatures: { format: string; location: string; logIndex?: string; integratedTime?: string }[]
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function signSummary(args: {
  rows: readonly SignRow[]
  images?: readonly ImageSignRow[]
  identity?: string
  issuer?: string
  rekorURL?: string
  /** The certificate, or the public key, that verifies the signatures. */
  verificationPEM: string
  /** Which Sigstore instance signed, and why. */
  instance?: string
}): string {
  const images = args.images ?? []
  const what = [args.rows.length ? plural(args.rows.length, 'file') : '', images.length ? plural(images.length, 'image') : ''].filter(Boolean)
  const lines = ['## seal: signed ' + what.join(' and '), '', ...(args.instance ? [cell(args.instance), ''] : [])]
  if (args.rows.length) {
    lines.push('| Subject | Digest | Rekor log index | Integrated time | Identity | Issuer |', '| --- | --- | --- | --- | --- | --- |')
    for (const r of args.rows) {
      lines.push(
        `| ${code(r.subject)} | ${shortDigest(r.sha256)} | ${rekorLink(args.rekorURL, r.logIndex)} | ${cell(r.integratedTime)} | ${cell(args.identity)} | ${cell(args.issuer)} |`
      )
    }
    lines.push('')
  }
  if (images.length) {
    lines.push('| Image | Signed digest | Format | Stored in | Rekor log index | Identity |', '| --- | --- | --- | --- | --- | --- |')
    for (const img of images) {
      for (const sig of img.signatures) {
        const name = img.resolvedFromTag ? `${code(img.image)} (tag resolved)` : code(img.image)
        lines.push(
          `| ${name} | ${code(img.digest)} | ${cell(sig.format)} | ${code(sig.location)} | ${rekorLink(args.rekorURL, sig.logIndex)} | ${cell(args.identity)} |`
        )
      }
    }
    lines.push('')
  }
  const title = args.verificationPEM.includes('CERTIFICATE') ? 'Signing certificate' : 'Public key'
  lines.push(details(title, '```\n' + args.verificationPEM.trim() + '\n```'), '')
  return lines.join('\n')
}

export interface VerifyRow {
  subject: string
  ok: boolean
  sha256?: string
  identity?: string
  issuer?: string
  logIndex?: string
  integratedTime?: string
  reason?: string
}

export function verifySummary(args: { rows: readonly VerifyRow[]; policy: string; trust: string; warnings?: readonly string[] }): string {
  const failed = args.rows.filter(r => !r.ok).length
  const title = failed
    ? `## seal: verification failed for ${failed} of ${args.rows.length}`
    : `## seal: verified ${args.rows.length} ${args.rows.length === 1 ? 'subject' : 'subjects'}`
  const lines = [
    title,
    '',
    `Policy: ${cell(args.policy)}  `,
    `Trusted root: ${cell(args.trust)}`,
    ...(args.warnings ?? []).map(w => `\n> [!WARNING]\n> ${cell(w)}`),
    '',
    '| | Subject | Digest | Identity | Issuer | Rekor log index | Integrated time |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const r of args.rows) {
    lines.push(
      `| ${r.ok ? '🟢' : '🔴'} | ${code(r.subject)} | ${shortDigest(r.sha256)} | ${cell(r.identity)} | ${cell(r.issuer)} | ${cell(r.logIndex)} | ${cell(r.integratedTime)} |`
    )
  }
  const failures = args.rows.filter(r => !r.ok)
  if (failures.length) {
    lines.push('', '### Why it failed', '')
    for (const r of failures) lines.push(`- ${code(r.subject)}: ${cell(r.reason)}`)
  }
  lines.push('')
  return lines.join('\n')
}

export function attestSummary(args: {
  subjects: readonly { name?: string; digest: Record<string, string> }[]
  predicateType: string
  bundlePath: string
  logIndex?: string
  integratedTime?: string
  rekorURL?: string
  identity?: string
  issuer?: string
  attached?: readonly { image: string; kind: string; format: string; location: string }[]
  /** The attestation's page on GitHub, when it was stored there. */
  attestationURL?: string
  /** Which Sigstore instance signed, and why. */
  instance?: string
}): string {
  const shown = args.subjects.slice(0, 50)
  const lines = [
    `## seal: attestation for ${args.subjects.length} ${args.subjects.length === 1 ? 'subject' : 'subjects'}`,
    '',
    `Predicate type: ${code(args.predicateType)}  `,
    `Rekor log index: ${rekorLink(args.rekorURL, args.logIndex)}${args.integratedTime ? ` (${cell(args.integratedTime)})` : ''}  `,
    `Signer: ${cell(args.identity)} (${cell(args.issuer)})  `,
    ...(args.instance ? [`${cell(args.instance)}  `] : []),
    `Bundle: ${code(args.bundlePath)}${args.attestationURL ? `  \nStored on GitHub: [${cell(args.attestationURL)}](${encodeURI(args.attestationURL)})` : ''}`,
    '',
    '| Subject | Digest |',
    '| --- | --- |'
  ]
  for (const s of shown) {
    const [alg, hex] = Object.entries(s.digest)[0] ?? []
    lines.push(`| ${code(s.name)} | ${shortDigest(hex, alg)} |`)
  }
  if (args.subjects.length > shown.length) lines.push(`| … and ${args.subjects.length - shown.length} more | |`)
  if (args.attached?.length) {
    lines.push('', '| Image | Attached | Format | Location |', '| --- | --- | --- | --- |')
    for (const a of args.attached) lines.push(`| ${code(a.image)} | ${cell(a.kind)} | ${cell(a.format)} | ${code(a.location)} |`)
  }
  lines.push('')
  return lines.join('\n')
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}
