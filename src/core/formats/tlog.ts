import type { Bundle } from '@sigstore/bundle'

export interface LogFacts {
  logIndex?: string
  /** Hex. */
  logId?: string
  /** ISO 8601. */
  integratedTime?: string
}

/** Log index, log ID and integrated time of a bundle's first transparency log entry. */
export function logFacts(bundle: Bundle): LogFacts {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  if (!entry) return {}
  const time = new Date(Number(entry.integratedTime) * 1000)
  return {
    logIndex: entry.logIndex,
    logId: Buffer.from(entry.logId.keyId).toString('hex'),
    // A log answering an absurd time gets no time reported, not a crash.
    integratedTime: time.getTime() > 0 ? time.toISOString() : undefined
  }
}
