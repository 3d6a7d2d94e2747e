import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError } from '../errors.js'
import { githubProvenance, SLSA_PROVENANCE_V1 } from './provenance.js'
import { detectSBOM, type DetectedSBOM } from './sbom.js'

export interface PredicateSources {
  sbomPath?: string
  predicateType?: string
  predicate?: string
  predicatePath?: string
  maxPredicateBytes: number
}

export interface ResolvedPredicate {
  predicateType: string
  predicate: unknown
  kind: 'provenance' | 'sbom' | 'custom'
  sbom?: DetectedSBOM & { bytes: Buffer }
}

/**
 * The predicate to attest: an SBOM (`sbom-path`), a custom predicate
 * (`predicate-type` + `predicate`/`predicate-path`), or by default SLSA
 * provenance for the GitHub Actions run the token describes.
 */
export async function resolvePredicate(
  src: PredicateSources,
  ctx: { cwd: string; claims: Record<string, unknown>; serverURL?: string }
): Promise<ResolvedPredicate> {
  if (src.sbomPath) {
    const bytes = await readLimited(resolve(ctx.cwd, src.sbomPath), 'sbom-path', src.maxPredicateBytes)
    const sbom = detectSBOM(bytes.toString('utf8'))
    return { predicateType: sbom.predicateType, predicate: sbom.predicate, kind: 'sbom', sbom: { ...sbom, bytes } }
  }
  if (src.predicateType) {
    validatePredicateType(src.predicateType)
    const text =
      src.predicate ?? (await readLimited(resolve(ctx.cwd, src.predicatePath as string), 'predicate-path', src.maxPredicateBytes)).toString('utf8')
    if (src.predicate && Buffer.byteLength(src.predicate) > src.maxPredicateBytes) {
      throw new SealError('INPUT_INVALID', '`predicate` is larger than `max-predicate-size-mb`.')
    }
    let predicate: unknown
    try {
      predicate = JSON.parse(text)
    } catch (err) {
      throw new SealError('INPUT_INVALID', `\`${src.predicate ? 'predicate' : 'predicate-path'}\` is not JSON: ${(err as Error).message}`)
    }
    if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
      throw new SealError('INPUT_INVALID', `\`${src.predicate ? 'predicate' : 'predicate-path'}\` must be a JSON object.`)
    }
    return { predicateType: src.predicateType, predicate, kind: 'custom' }
  }
  return { predicateType: SLSA_PROVENANCE_V1, predicate: githubProvenance(ctx.claims, ctx.serverURL), kind: 'provenance' }
}

export function validatePredicateType(type: string): void {
  let url: URL | undefined
  try {
    url = new URL(type)
  } catch {
    url = undefined
  }
  if (!url || !url.protocol || url.protocol === 'file:') {
    throw new SealError('INPUT_INVALID', `\`predicate-type\` must be a URI such as https://example.com/my-predicate/v1, got "${type}".`)
  }
}

async function readLimited(path: string, input: string, max: number): Promise<Buffer> {
  const s = await stat(path).catch(() => undefined)
  if (!s?.isFile()) throw new SealError('INPUT_INVALID', `\`${input}\`: no file at ${path}.`)
  if (s.size > max) {
    throw new SealError('INPUT_INVALID', `\`${input}\` (${path}) is ${(s.size / 1048576).toFixed(1)} MiB, over the limit of ${max / 1048576} MiB.`, {
      hint: 'Raise `max-predicate-size-mb` if this size is expected.'
    })
  }
  return readFile(path)
}
