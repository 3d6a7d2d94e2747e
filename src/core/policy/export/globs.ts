/**
 * Checks `--image-glob` patterns for the engine they are written for. Each
 * engine has its own pattern language and matches it against its own form of
 * the image name; a pattern that can never match at admission would leave
 * images unchecked (Kyverno) or rejected (policy-controller) while the policy
 * looks right, so such patterns are refused with the form that works.
 *
 * - ClusterImagePolicy: `*` stops at `/`, `**` crosses it; matched against
 *   `registry/repository@sha256:…` with Docker Hub as `index.docker.io/library/…`.
 * - Kyverno: `*` crosses `/`, `?` is one character; matched against
 *   `registry/repository@sha256:…` with Docker Hub as `docker.io/…`.
 */
import { SealError } from '../../util/errors.js'
import { PC_GLOB_CHARS } from '../glob.js'

export type PolicyFormat = 'cluster-image-policy' | 'kyverno'

function invalid(glob: string, why: string, hint: string): SealError {
  return new SealError('INPUT_INVALID', `\`--image-glob\` ${JSON.stringify(glob)}: ${why}`, { hint })
}

function checkOne(glob: string, format: PolicyFormat): void {
  if (format === 'cluster-image-policy' && !PC_GLOB_CHARS.test(glob)) {
    throw invalid(
      glob,
      'a ClusterImagePolicy glob may hold only letters, digits and - _ : / * . @',
      'Use `*` within one path segment and `**` across segments.'
    )
  }
  if (format === 'kyverno' && /\s/.test(glob)) throw invalid(glob, 'an image pattern has no spaces', 'Write one pattern per `--image-glob`.')
  // Patterns of only `*` and `/` mean what each engine makes of them (policy-controller reads `*` and `*/*` as Docker Hub).
  if (/^[*/]+$/.test(glob)) return
  const slash = glob.indexOf('/')
  const host = slash === -1 ? glob : glob.slice(0, slash)
  if (slash !== -1 && glob.slice(glob.lastIndexOf('/') + 1).includes(':')) {
    throw invalid(
      glob,
      'admission matches images by digest (`repo@sha256:…`, the tag removed), so a tag pattern never matches',
      'Match the repository instead: `ghcr.io/org/app@*` or `ghcr.io/org/app*`.'
    )
  }
  if (!host.startsWith('*') && !/[.:]/.test(host) && host !== 'localhost') {
    const form = format === 'kyverno' ? `docker.io/${glob}` : `index.docker.io/${glob.includes('/') ? '' : 'library/'}${glob}`
    throw invalid(glob, 'the pattern names no registry, and admission compares the full name', `For Docker Hub write ${JSON.stringify(form)}.`)
  }
  if (format === 'cluster-image-policy' && host === 'docker.io') {
    throw invalid(glob, 'policy-controller names Docker Hub `index.docker.io`', `Write ${JSON.stringify(glob.replace(/^docker\.io/, 'index.docker.io'))}.`)
  }
  if (format === 'kyverno' && host === 'index.docker.io') {
    throw invalid(glob, 'Kyverno names Docker Hub `docker.io`', `Write ${JSON.stringify(glob.replace(/^index\.docker\.io/, 'docker.io'))}.`)
  }
  if (slash !== -1 && /[A-Z]/.test(glob.slice(slash))) {
    throw invalid(glob, 'repository names are lowercase, so this pattern never matches', 'Write the repository path in lowercase.')
  }
}

/** Throws SealError naming `--image-glob` unless every pattern is usable for `format`. */
export function checkImageGlobs(globs: readonly string[], format: PolicyFormat): void {
  if (globs.length === 0) {
    throw new SealError('INPUT_INVALID', 'give at least one `--image-glob`: the images the policy applies to', {
      hint: format === 'kyverno' ? 'For example --image-glob "ghcr.io/org/app*".' : 'For example --image-glob "ghcr.io/org/app**".'
    })
  }
  for (const glob of globs) checkOne(glob, format)
}
