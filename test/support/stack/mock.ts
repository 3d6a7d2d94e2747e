/**
 * The only place that touches @sigstore/mock. Each building block is imported
 * from its own file under dist/: the package index loads nock, which patches
 * node's http module and breaks real requests made by the code under test.
 */
import { generateKeyPairSync } from 'node:crypto'

import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js'
import { initializeTLog } from '@sigstore/mock/dist/rekor/index.js'
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js'
import type { CA } from '@sigstore/mock/dist/fulcio/ca.js'
import type { CTLog } from '@sigstore/mock/dist/fulcio/ctlog.js'
import type { TLog } from '@sigstore/mock/dist/rekor/tlog.js'
import type { TSA } from '@sigstore/mock/dist/timestamp/tsa.js'
import type { HandlerFn } from '@sigstore/mock/dist/shared.types.js'
import type { KeyPairKeyObjectResult } from '@sigstore/mock/dist/util/key.js'

export type { CA, CTLog, HandlerFn, TLog, TSA }

/** A fresh P-256 key pair; every stack gets its own, so trust roots differ. */
export function newKeyPair(): KeyPairKeyObjectResult {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' })
}

export interface MockAuthorities {
  ctlog: CTLog
  ca: CA
  fulcio: HandlerFn
  tsa: TSA
  timestamp: HandlerFn
}

/** The CA (with its CT log) and the TSA. The tlogs are made later, once the Rekor URL is known. */
export async function initAuthorities(subjectClaim: string): Promise<MockAuthorities> {
  const ctlog = await initializeCTLog(newKeyPair())
  const ca = await initializeCA(newKeyPair(), ctlog)
  const tsa = await initializeTSA(newKeyPair())
  return {
    ctlog,
    ca,
    fulcio: fulcioHandler(ca, { strict: true, subjectClaim }).fn,
    tsa,
    timestamp: tsaHandler(tsa, { strict: true }).fn
  }
}

/**
 * A mock transparency log. Its checkpoints are signed with origin
 * `host:port` of `url`, and the verifier only accepts them when the trusted
 * root's tlog baseUrl contains that origin: call this after the server listens.
 */
export function initTLog(url: string): Promise<TLog> {
  return initializeTLog(url, newKeyPair())
}
