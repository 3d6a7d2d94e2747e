/**
 * Inputs of the image and statement features: signed annotations, recursive
 * signing of an index, platform selection, digest-only verification, complete
 * in-toto statements and one attestation per subject. Pure validation: every
 * problem is a SealError naming the input to fix.
 */
import { SealError } from '../util/errors.js'
import { splitList } from '../subjects/files.js'

/** Reads one input by name (read.ts's InputGetter); '' when unset. */
type InputGetter = (name: string) => string

/** Sign-action's image options. */
export interface ImageSignOptions {
  /** Sign an image index and every manifest it lists. */
  recursive: boolean
  /** Annotations that go into what is signed (simple-signing `optional`, in-toto subject annotations). */
  annotations: Record<string, string>
}

/** Verify-action's image and digest options. */
export interface ImageVerifyOptions {
  /** Annotations a verified signature must carry, each with this value. */
  annotations: Record<string, string>
  /** Platforms (os/architecture[/variant]) to verify when an image is an index. */
  platforms: string[]
  /** Artifacts named only by their digest (`sha256:…`/`sha512:…`), verified with `bundle-path`. */
  subjectDigests: string[]
}

/** Attest-action's statement options. */
export interface StatementOptions {
  /** A complete in-toto statement to sign as it is. */
  statementPath?: string
  /** One attestation per subject instead of one for all. */
  attestationPerSubject: boolean
}

const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/

/**
 * `annotations`: one `key=value` per line (the first `=` splits). Keys are
 * letters, digits and `._/-`; a key given twice is an error, as is a line
 * without `=`.
 */
export function parseAnnotations(text: string, input = 'annotations'): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim()
    if (!line) continue
    const eq = line.indexOf('=')
    if (eq < 0) throw new SealError('INPUT_INVALID', `\`${input}\`: "${line.slice(0, 100)}" is not key=value.`, { hint: 'Write one key=value per line.' })
    const key = line.slice(0, eq).trim()
    const value = line.slice(eq + 1).trim()
    if (!ANNOTATION_KEY.test(key)) {
      throw new SealError(
        'INPUT_INVALID',
        `\`${input}\`: "${key.slice(0, 100)}" is not an annotation key (letters, digits and . _ / -, starting with a letter or digit).`
      )
    }
    if (key in out) throw new SealError('INPUT_INVALID', `\`${input}\`: the key "${key}" is given twice.`)
    out[key] = value
  }
  return out
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/

/** `platform`: os/architecture[/variant], separated by newlines or commas (e.g. linux/amd64, linux/arm64/v8). */
export function parsePlatforms(text: string): string[] {
  const platforms = splitList(text).map(p => p.toLowerCase())
  for (const p of platforms) {
    if (!PLATFORM.test(p)) throw new SealError('INPUT_INVALID', `\`platform\`: "${p.slice(0, 100)}" is not os/architecture[/variant] (e.g. linux/amd64).`)
  }
  return [...new Set(platforms)]
}

const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/

/** Whether a text is a digest `subject-digest` accepts. */
function isSubjectDigest(text: string): boolean {
  return DIGEST.test(text)
}

/** `subject-digest` of verify-action: one `sha256:<hex>` or `sha512:<hex>` per line (or comma). */
export function parseSubjectDigests(text: string): string[] {
  const digests = splitList(text).map(d => d.toLowerCase())
  for (const d of digests) {
    if (!isSubjectDigest(d)) {
      throw new SealError('INPUT_INVALID', `\`subject-digest\`: "${d.slice(0, 140)}" is not sha256:<64 hex digits> or sha512:<128 hex digits>.`)
    }
  }
  return [...new Set(digests)]
}

/** Sign-action's `annotations` and `recursive` (read as a boolean by the caller). */
export function readImageSignOptions(get: InputGetter, images: readonly string[], recursive: boolean): ImageSignOptions {
  const annotations = parseAnnotations(get('annotations'))
  if (recursive && images.length === 0) throw new SealError('INPUT_INVALID', '`recursive` signs the manifests of an image index: set `image`.')
  if (Object.keys(annotations).length && images.length === 0) {
    throw new SealError('INPUT_INVALID', '`annotations` go into image signatures: set `image` (file bundles carry no annotations).')
  }
  return { recursive, annotations }
}

/** Verify-action's `annotations`, `platform` and `subject-digest`. */
export function readImageVerifyOptions(get: InputGetter, hasBundlePath: boolean): ImageVerifyOptions {
  const subjectDigests = parseSubjectDigests(get('subject-digest'))
  if (subjectDigests.length && !hasBundlePath) {
    throw new SealError('INPUT_INVALID', '`subject-digest` verifies a bundle without the artifact: set `bundle-path` to the bundle file.')
  }
  return { annotations: parseAnnotations(get('annotations')), platforms: parsePlatforms(get('platform')), subjectDigests }
}

/** Attest-action's `statement-path` and `attestation-per-subject` (read as a boolean by the caller). */
export function readStatementOptions(get: InputGetter, attestationPerSubject: boolean): StatementOptions {
  const statementPath = get('statement-path').trim() || undefined
  const given = ['subject-path', 'subject-digest', 'subject-checksums', 'sbom-path', 'predicate-type', 'predicate', 'predicate-path'].filter(n => get(n).trim())
  if (statementPath && given.length) {
    throw new SealError(
      'INPUT_INVALID',
      `\`statement-path\` is the whole statement, subjects and predicate included: leave ${given.map(n => `\`${n}\``).join(', ')} empty.`
    )
  }
  return { statementPath, attestationPerSubject }
}
