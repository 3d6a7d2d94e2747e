/**
 * Image patterns of the admission engines, and the image strings they are
 * matched against. Each engine matches a different string with a different
 * pattern language; both are reproduced here exactly:
 *
 * - policy-controller globs match go-containerregistry's `Name()` of the
 *   reference: `index.docker.io/library/nginx@sha256:…` (tag dropped once a
 *   digest is there). `*` is any run without `/`, `**` any run, nothing else
 *   is special; only the globs `*` and `*∕*` get Docker Hub prepended.
 * - Kyverno wildcards match `ImageInfo.String()`: `docker.io/nginx@sha256:…`
 *   (no `library/`). `*` is any run including `/`, `?` one character.
 */
import { SealError } from '../util/errors.js'
import type { ImageSelector } from './documents/types.js'

/** The characters policy-controller allows in an `images[].glob`. */
export const PC_GLOB_CHARS = /^[a-zA-Z0-9\-_:/*.@]+$/
const GGCR_REPOSITORY = /^[a-z0-9_.\-/]+$/
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/

/** An image reference split the way go-containerregistry and Kyverno split it (no normalisation yet). */
interface SplitReference {
  /** As written; undefined when the reference names no registry. */
  registry?: string
  path: string
  tag?: string
  digest?: string
}

function split(image: string): SplitReference {
  let rest = image
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost')) return { registry: first, path: rest.slice(slash + 1), tag, digest }
  return { path: rest, tag, digest }
}

/**
 * go-containerregistry's `name.ParseReference(image, WeakValidation).Name()`:
 * `registry/repository:tag` (default tag `latest`) or `registry/repository@digest`.
 * Docker Hub is `index.docker.io`, one-component names get `library/`; the
 * registry keeps its case, the repository must be lowercase. Throws on what
 * go-containerregistry rejects.
 */
export function ggcrName(image: string): string {
  const s = split(image)
  let registry = s.registry ?? 'index.docker.io'
  if (registry === 'docker.io') registry = 'index.docker.io'
  let path = s.path
  if (registry === 'index.docker.io' && !path.includes('/')) path = `library/${path}`
  if (!path || !GGCR_REPOSITORY.test(path) || path.split('/').some(c => c === '')) {
    throw new SealError('INPUT_INVALID', `"${image}" is not a valid image reference (repository "${s.path}")`)
  }
  if (s.digest !== undefined) {
    if (!DIGEST.test(s.digest)) throw new SealError('INPUT_INVALID', `"${image}" has an invalid digest`)
    return `${registry}/${path}@${s.digest}`
  }
  if (s.tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(s.tag)) throw new SealError('INPUT_INVALID', `"${image}" has an invalid tag`)
  return `${registry}/${path}:${s.tag ?? 'latest'}`
}

/** Kyverno's `ImageInfo.String()`: `registry/path@digest`, else `registry/path:tag`; the registry defaults to `docker.io`, with no `library/`. */
export function kyvernoImageString(image: string): string {
  const s = split(image)
  const registry = s.registry ?? 'docker.io'
  if (s.digest !== undefined) return `${registry}/${s.path}@${s.digest}`
  return `${registry}/${s.path}:${s.tag ?? 'latest'}`
}

const compiled = new Map<string, RegExp>()

/**
 * Compiles a policy-controller glob (`glob.Compile`): throws SealError
 * POLICY_INVALID for characters the controller rejects. `seal-glob` is the
 * same language without the two Docker Hub rewrites.
 */
export function compileGlob(glob: string, language: 'pc-glob' | 'seal-glob' = 'pc-glob'): RegExp {
  const key = `${language} ${glob}`
  const hit = compiled.get(key)
  if (hit) return hit
  let g = glob
  if (language === 'pc-glob') {
    if (g === '*/*') g = 'index.docker.io/*/*'
    else if (g === '*') g = 'index.docker.io/library/*'
  }
  if (!PC_GLOB_CHARS.test(g)) {
    throw new SealError('POLICY_INVALID', `the image glob "${glob}" may only hold letters, digits and - _ : / * . @`)
  }
  const body = g
    .split('**')
    .map(part =>
      part
        .split('*')
        .map(literal => literal.replace(/\./g, '\\.'))
        .join('[^/]*')
    )
    .join('.*')
  const re = new RegExp(`^${body}$`)
  compiled.set(key, re)
  return re
}

/**
 * policy-controller `glob.Match(glob, image)`: the glob against `ggcrName(image)`,
 * and, if that does not match and differs from the raw string, against the raw string.
 */
export function matchGlob(glob: string, image: string, language: 'pc-glob' | 'seal-glob' = 'pc-glob'): boolean {
  const re = compileGlob(glob, language)
  const name = ggcrName(image)
  if (re.test(name)) return true
  return name !== image && re.test(image)
}

/** Kyverno's wildcard match (go-wildcard `Match`): whole string, case-sensitive; `*` any run, `?` one character. */
export function matchWildcard(pattern: string, text: string): boolean {
  // Iterative match with backtracking to the last `*`: linear in practice, no regular expression built from user text.
  let p = 0
  let t = 0
  let star = -1
  let mark = 0
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++
      t++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      mark = t
    } else if (star >= 0) {
      p = star + 1
      t = ++mark
    } else {
      return false
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

/** Whether a rule's image selector takes the image (given as a digest reference, as at admission). */
export function selects(selector: ImageSelector, image: string): boolean {
  if (selector.language === 'wildcard') {
    const s = kyvernoImageString(image)
    return selector.include.some(p => matchWildcard(p, s)) && !selector.exclude.some(p => matchWildcard(p, s))
  }
  const name = ggcrName(image)
  const hit = (g: string) => compileGlob(g, selector.language as 'pc-glob' | 'seal-glob').test(name)
  return selector.include.some(hit) && !selector.exclude.some(hit)
}
