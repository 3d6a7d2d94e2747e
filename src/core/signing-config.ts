import { readFile } from 'node:fs/promises'

import { SealError } from './errors.js'

/** The services a Sigstore SigningConfig (v0.2) points at. */
export interface SigningServices {
  fulcioURL?: string
  rekorURL?: string
  rekorVersion?: 1 | 2
  tsaURL?: string
}

interface Service {
  url?: string
  majorApiVersion?: number
  validFor?: { start?: string; end?: string }
}

/** The newest currently valid service of a list, within the API versions seal speaks. */
function pick(list: unknown, versions: number[], now: Date): Service | undefined {
  if (!Array.isArray(list)) return undefined
  const valid = (list as Service[]).filter(s => {
    if (typeof s?.url !== 'string') return false
    if (!versions.includes(s.majorApiVersion ?? 1)) return false
    const start = s.validFor?.start ? new Date(s.validFor.start) : undefined
    const end = s.validFor?.end ? new Date(s.validFor.end) : undefined
    return (!start || start <= now) && (!end || now < end)
  })
  valid.sort((a, b) => Date.parse(b.validFor?.start ?? '0') - Date.parse(a.validFor?.start ?? '0'))
  return valid[0]
}

export function parseSigningConfig(text: string, source: string, now = new Date()): SigningServices {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text)
  } catch {
    throw new SealError('INPUT_INVALID', `${source} is not JSON: expected a Sigstore SigningConfig.`)
  }
  if (typeof json !== 'object' || json === null || !String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.signingconfig')) {
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
