import { open, stat } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError } from '../util/errors.js'
import { githubProvenance, SLSA_PROVENANCE_V1 } from './provenance.js'
import { detectSBOM, type DetectedSBOM } from './sbom.js'
import { decodeUTF8, parseJSONText, withoutBOM } from './text.js'

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
 * provenance for the GitHub Actions run the token describes. Files and
 * inline predicates are held to `maxPredicateBytes`, must be UTF-8, and JSON
 * may nest at most MAX_JSON_DEPTH levels.
 */
export async function resolvePredicate(
  src: PredicateSources,
  ctx: { cwd: string; claims: Record<string, unknown>; serverURL?: string }
): Promise<ResolvedPredicate> {
  if (src.sbomPath) {
    const bytes = await readLimited(resolve(ctx.cwd, src.sbomPath), 'sbom-path', src.maxPredicateBytes)
    const sbom = detectSBOM(decodeUTF8(bytes, 'sbom-path'))
    return { predicateType: sbom.predicateType, predicate: sbom.predicate, kind: 'sbom', sbom: { ...sbom, bytes } }
  }
  if (src.predicateType) {
    validatePredicateType(src.predicateType)
    let input: 'predicate' | 'predicate-path'
    let text: string
    if (src.predicate !== undefined) {
      input = 'predicate'
      if (Buffer.byteLength(src.predicate) > src.maxPredicateBytes) {
        throw new SealError('INPUT_INVALID', '`predicate` is larger than `max-predicate-size-mb`.')
      }
      text = withoutBOM(src.predicate)
    } else if (src.predicatePath) {
      input = 'predicate-path'
      text = decodeUTF8(await readLimited(resolve(ctx.cwd, src.predicatePath), input, src.maxPredicateBytes), input)
    } else {
      throw new SealError('INPUT_INVALID', '`predicate-type` needs the predicate itself: set `predicate` (JSON) or `predicate-path` (a JSON file).')
    }
    const predicate = parseJSONText(text, `\`${input}\``)
    if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
      throw new SealError('INPUT_INVALID', `\`${input}\` must be a JSON object.`)
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
    const shown = type.length > 200 ? `${type.slice(0, 200)}…` : type
    throw new SealError('INPUT_INVALID', `\`predicate-type\` must be a URI such as https://example.com/my-predicate/v1, got "${shown}".`)
  }
}

/** A regular file's bytes, refused when it is larger than `max` (also when it grows while being read). */
export async function readLimited(path: string, input: string, max: number): Promise<Buffer> {
  const tooLarge = (size: number): SealError =>
    new SealError('INPUT_INVALID', `\`${input}\` (${path}) is ${(size / 1048576).toFixed(1)} MiB, over the limit of ${max / 1048576} MiB.`, {
      hint: 'Raise `max-predicate-size-mb` if this size is expected.'
    })
  // stat before open: opening a FIFO would wait for a writer.
  const s = await stat(path).catch(() => undefined)
  if (!s?.isFile()) throw new SealError('INPUT_INVALID', `\`${input}\`: no file at ${path}.`)
  if (s.size > max) throw tooLarge(s.size)
  const file = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new SealError('IO_ERROR', `\`${input}\`: cannot read ${path} (${err.code ?? err.message}).`, { cause: err })
  })
  try {
    const chunks: Buffer[] = []
    let length = 0
    // Read at most one byte past the limit, whatever the size said.
    while (length <= max) {
      // The size stat gave, plus room to see the file grew; never more than one byte past the limit.
      const chunk = Buffer.allocUnsafe(Math.min(max + 1 - length, Math.max(64 * 1024, s.size + 1 - length)))
      const { bytesRead } = await file.read(chunk, 0, chunk.length, length)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
    }
    if (length > max) throw tooLarge(length)
    return Buffer.concat(chunks, length)
  } finally {
    await file.close()
  }
}
