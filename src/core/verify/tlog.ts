/**
 * The transparency log entries of a bundle, beyond what @sigstore/verify
 * checks: inclusion proofs without a checkpoint (bundle v0.1), proofs that
 * must agree with their signed checkpoint, and the log facts seal reports.
 * How many entries are required is the verifier's `tlogThreshold`.
 */
import type { Bundle } from '@sigstore/bundle'

import { SealError } from '../util/errors.js'
import type { LogFacts } from '../formats/tlog.js'

/**
 * Bundle v0.1 requires only an inclusion promise (SET); some v0.1 bundles also
 * carry an inclusion proof without a checkpoint, which cannot be verified (and
 * which @sigstore/verify cannot process). Such a proof is dropped when a SET is
 * present; without a SET the entry is rejected.
 */
export function withUsableTlogEntries(bundle: Bundle): Bundle {
  const entries = bundle.verificationMaterial.tlogEntries
  if (entries.every(entry => !entry.inclusionProof || entry.inclusionProof.checkpoint)) return bundle
  const usable = entries.map((entry, i) => {
    if (!entry.inclusionProof || entry.inclusionProof.checkpoint) return entry
    if (!entry.inclusionPromise) {
      throw new SealError('TLOG_INVALID', `transparency log entry ${i} has an inclusion proof without a checkpoint and no inclusion promise`)
    }
    return { ...entry, inclusionProof: undefined }
  })
  return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: usable } } as Bundle
}

/** The signature lines of a signed note: `— <name> <base64>` each, nothing else. */
const NOTE_SIGNATURES = /^(?:\u2014 \S+ [A-Za-z0-9+/]+={0,2}\n)+$/

/**
 * An inclusion proof is checked against its signed checkpoint, whose size and
 * root hash it also states: the two must agree, or the proof's own
 * `treeSize` and `rootHash` could say anything and the bundle would still
 * verify (Rekor's and sigstore-go's verifiers reject such a bundle too). The
 * checkpoint's signature section must hold only signature lines: text the
 * signatures do not cover has no place in it.
 */
export function checkProofsMatchCheckpoints(bundle: Bundle): void {
  bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
    const proof = entry.inclusionProof
    const envelope = proof?.checkpoint?.envelope
    if (!proof || !envelope) return
    // The note is the text before the first blank line: origin, tree size, base64 root hash, extensions.
    const split = envelope.indexOf('\n\n')
    const [, size, hash] = envelope
      .slice(0, split + 1)
      .trimEnd()
      .split('\n')
    const consistent = sameInteger(size, proof.treeSize) && Buffer.from(hash ?? '', 'base64').equals(Buffer.from(proof.rootHash))
    if (!consistent || !NOTE_SIGNATURES.test(envelope.slice(split + 2))) {
      throw new SealError(
        'TLOG_INVALID',
        consistent
          ? `transparency log entry ${i}: the checkpoint holds text besides its note and signatures`
          : `transparency log entry ${i}: the inclusion proof's tree size and root hash differ from its signed checkpoint`,
        { hint: 'The bundle was altered after it was logged.' }
      )
    }
  })
}

function sameInteger(a: string | undefined, b: string): boolean {
  try {
    return a !== undefined && BigInt(a) === BigInt(b)
  } catch {
    return false
  }
}

/**
 * Log index, log ID and integrated time of the first transparency log entry,
 * as far as the verification vouches for them. An inclusion promise (SET)
 * signs the entry's index and integrated time; without one (Rekor v2) the
 * entry's own fields are unsigned, so the index comes from the inclusion
 * proof (checked against the signed checkpoint) and no integrated time is
 * reported.
 */
export function verifiedLogFacts(bundle: Bundle): LogFacts {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  if (!entry) return {}
  const promised = entry.inclusionPromise !== undefined
  const facts: LogFacts = {
    logIndex: canonicalInteger(promised ? entry.logIndex : (entry.inclusionProof?.logIndex ?? entry.logIndex)),
    logId: Buffer.from(entry.logId.keyId).toString('hex')
  }
  const time = new Date(Number(entry.integratedTime) * 1000)
  if (promised && time.getTime() > 0) facts.integratedTime = time.toISOString()
  return facts
}

/** `007` and ` 7` are signed as the number 7: report it as `7`. */
function canonicalInteger(text: string): string {
  try {
    return BigInt(text).toString()
  } catch {
    return text
  }
}
