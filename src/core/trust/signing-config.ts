import { readFile } from 'node:fs/promises'

import { SealError } from '../util/errors.js'
import { parseHttpURL } from '../util/http.js'

/** The services a Sigstore SigningConfig (v0.2) points at. */
export interface SigningServices {
  fulcioURL?: string
  rekorURL?: string
  rekorVersion?: 1 | 2
  tsaURL?: string
}

interface Service {
  url?: unknown
  majorApiVersion?: unknown
  validFor?: { start?: unknown; end?: unknown }
}

/** A validity bound in ms: undefined when absent, NaN when present but not a time string. */
function time(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? Date.parse(value) : Number.NaN
}

function isServiceURL(value: unknown): value is string {
  return parseHttpURL(value) !== undefined
}

/** The newest currently valid service of a list, within the API versions seal speaks. */
function pick(list: unknown, versions: number[], now: Date): (Service & { url: string }) | undefined {
  if (!Array.isArray(list)) return undefined
  const valid = (list as (Service | null)[]).filter((s): s is Service & { url: string } => {
    if (!s || !isServiceURL(s.url)) return false
    if (!versions.includes((s.majorApiVersion ?? 1) as number)) return false
    const start = time(s.validFor?.start)
    const end = time(s.validFor?.end)
    if (Number.isNaN(start) || Number.isNaN(end)) return false
    return (start === undefined || start <= now.getTime()) && (end === undefined || now.getTime() < end)
  })
  valid.sort((a, b) => (time(b.validFor?.start) ?? 0) - (time(a.validFor?.start) ?? 0))
  return valid[0]
}

export function parseSigningConfig(text: string, source: string, now = new Date()): SigningServices {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text)
  } catch {
    throw new SealError('INPUT_INVALID', `${source} is not JSON: expected a Sigstore SigningConfig.`)
  }
  const mediaType = typeof json === 'object' && json !== null ? json.mediaType : undefined
  if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.signingconfig')) {
    throw new SealError('INPUT_INVALID', `${source} is not a Sigstore SigningConfig (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json).`)
  }
  const ca = pick(json.caUrls, [1], now)
  const rekor = pick(json.rekorTlogUrls, [1, 2], now)
  const tsa = pick(json.tsaUrls, [1], now)
  return {
    fulcioURL: ca?.url,
    rekorURL: rekor?.url,
    rekorVersion: rekor ? ((rekor.majorApiVersion ?? 1) as 1 | 2) : undefined,
    tsaURL: tsa?.url
  }
}

export async function readSigningConfig(path: string, input = 'signing-config'): Promise<SigningServices> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new SealError('INPUT_INVALID', `\`${input}\`: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? err}).`)
  }
  return parseSigningConfig(text, `\`${input}\` (${path})`)
}
