/**
 * Checkpoint signatures matched by key, not by name.
 *
 * A signed checkpoint line reads `— <name> <base64(key hint ‖ signature)>`.
 * The name is whatever the log operator configured: public-good Rekor signs
 * under its host name, but a private deployment may sign under any label,
 * and a root built from PEM files (SIGSTORE_REKOR_PUBLIC_KEY) has no URL at
 * all. The trust is in the key: the first four bytes of the log ID (the
 * key's SHA-256) pick the log, and the log's public key must verify the
 * signature over the note. sigstore-go and sigstore-python match this way.
 *
 * @sigstore/verify additionally requires the log's `baseURL` to contain the
 * name, and rejects the checkpoint otherwise. Rather than patching the
 * library, seal verifies the signature itself first, by key hint; only for a
 * log whose key did verify a signature line does it hand the library a copy
 * of that log's authority whose `baseURL` is that line's name. The library
 * then re-checks the same signature with the same key, so its verdict is
 * still its own, and the name is used as the label it is. No other log and
 * no unverified line is relabelled: a checkpoint no trusted key signed fails
 * exactly as before.
 */
import { crypto as sigstoreCrypto } from '@sigstore/core'
import type { TLogAuthority } from '@sigstore/verify/dist/trust/index.js'

/** What the library's verifyTLogInclusion reads of an entry. */
interface CheckpointedEntry {
  logId: { keyId: Buffer }
  inclusionProof?: { checkpoint?: { envelope: string } }
}

/** The signature lines of a checkpoint, as the library parses them. */
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g

interface NoteSignature {
  name: string
  keyHint: Buffer
  signature: Buffer
}

function noteSignatures(envelope: string): { note: Buffer; signatures: NoteSignature[] } | undefined {
  const split = envelope.indexOf('\n\n')
  if (split < 0) return undefined
  const note = Buffer.from(envelope.slice(0, split + 1), 'utf8')
  const signatures: NoteSignature[] = []
  for (const [, name, b64] of envelope.slice(split + 2).matchAll(SIGNATURE_LINE)) {
    const bytes = Buffer.from(b64, 'base64')
    if (bytes.length >= 5) signatures.push({ name, keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) })
  }
  return { note, signatures }
}

/**
 * The tlog authorities to verify `entry`'s inclusion with: `tlogs` itself, or,
 * when the entry's checkpoint is signed by one of them under a name its
 * `baseURL` does not contain, the same list with that log's authority
 * labelled with the verified name (see above).
 */
export function checkpointAuthorities(entry: CheckpointedEntry, tlogs: TLogAuthority[]): TLogAuthority[] {
  const envelope = entry.inclusionProof?.checkpoint?.envelope
  if (!envelope) return tlogs
  const parsed = noteSignatures(envelope)
  if (!parsed) return tlogs
  const logID = Buffer.from(entry.logId.keyId)
  let changed = false
  const labelled = tlogs.map(tlog => {
    // The library only consults the logs whose ID is the entry's.
    if (!tlog.logID.equals(logID)) return tlog
    const verified = parsed.signatures.find(sig => {
      if (!sigstoreCrypto.bufferEqual(tlog.logID.subarray(0, 4), sig.keyHint)) return false
      try {
        return sigstoreCrypto.verify(parsed.note, tlog.publicKey, sig.signature)
      } catch {
        return false
      }
    })
    if (!verified || tlog.baseURL.includes(verified.name)) return tlog
    changed = true
    return { ...tlog, baseURL: verified.name }
  })
  return changed ? labelled : tlogs
}
