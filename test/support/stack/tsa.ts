import { RFC3161Timestamp } from '@sigstore/core'

import { badRequest, json, parseObject, type Reply, type Request, type Route } from './http.js'
import type { HandlerFn, TSA } from './mock.js'

const MAX_ATTEMPTS = 50

/**
 * The RFC 3161 TSA. pkijs drops trailing zeros from genTime's milliseconds
 * (`...24.95Z`), which @sigstore/core rejects as "invalid time", so about one
 * timestamp in ten is unusable: re-issue until the time parses.
 */
export function tsaRoutes(mock: HandlerFn, tsa: TSA): Route[] {
  const chain = [tsa.intCertificate, tsa.rootCertificate].map(toPEM).join('')
  return [
    { method: 'POST', path: '/api/v1/timestamp', counter: 'tsa', handle: req => timestamp(mock, req) },
    {
      method: 'GET',
      path: '/api/v1/timestamp/certchain',
      counter: 'tsa',
      handle: () => ({ status: 200, body: chain, contentType: 'application/pem-certificate-chain' })
    }
  ]
}

async function timestamp(mock: HandlerFn, req: Request): Promise<Reply> {
  const query = parseObject(req.body)
  if (typeof query.artifactHash !== 'string' || Buffer.from(query.artifactHash, 'base64').length === 0) {
    badRequest('artifactHash (base64) is required')
  }
  if (query.hashAlgorithm !== undefined && typeof query.hashAlgorithm !== 'string') badRequest('hashAlgorithm must be a string')
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await mock(req.body.toString('utf8'))
    if (result.statusCode !== 201 || typeof result.response === 'string') {
      return json(400, { code: 400, message: `could not create a timestamp: ${String(result.response)}` })
    }
    const der = Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength)
    if (genTimeParses(der)) return { status: 201, body: der, contentType: 'application/timestamp-reply' }
    await new Promise(resolve => setTimeout(resolve, 1))
  }
  throw new Error(`no timestamp with a parseable genTime after ${MAX_ATTEMPTS} attempts`)
}

export function genTimeParses(der: Buffer<ArrayBuffer>): boolean {
  try {
    return !Number.isNaN(RFC3161Timestamp.parse(der).signingTime.getTime())
  } catch {
    return false
  }
}

function toPEM(der: ArrayBufferView): string {
  const b64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')
  return `-----BEGIN CERTIFICATE-----\n${b64.replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`
}
