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
  const seconds = Number(entry.integratedTime)
  return {
    logIndex: entry.logIndex,
    logId: Buffer.from(entry.logId.keyId).toString('hex'),
    integratedTime: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined
  }
}
