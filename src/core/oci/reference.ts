/**
 * Image references: `[registry[:port]/]repository[:tag][@digest]`, normalised
 * the way docker and cosign read them (Docker Hub as `docker.io`, single names
 * under `library/`), with the scheme and API host each registry is reached at.
 */
import { SealError } from '../util/errors.js'
import { isDigest } from './types.js'

export const DOCKER_HUB = 'docker.io'
/** Where Docker Hub's registry API answers. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io'
/** The registry name cosign (go-containerregistry) writes for Docker Hub. */
export const DOCKER_HUB_COSIGN_NAME = 'index.docker.io'

const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, DOCKER_HUB_COSIGN_NAME, DOCKER_HUB_API_HOST])

/** A registry and a repository in it: all the client needs to address a repository. */
export interface RepositoryRef {
  /** Normalised registry host[:port]; `docker.io` for Docker Hub. */
  registry: string
  /** Path in the registry, e.g. `library/ubuntu` or `org/app`. */
  repository: string
}

export interface ImageReference extends RepositoryRef {
  tag?: string
  digest?: string
  /** `registry/repository` as cosign writes it in `docker-reference` (Docker Hub: `index.docker.io/...`). */
  readonly repositoryName: string
  /** What to ask the registry for: the digest, else the tag, else `latest`. */
  readonly reference: string
  /** A copy pinned to a digest (the tag is kept for display). */
  withDigest(digest: string): ImageReference
  /** `repositoryName[:tag][@digest]`. */
  toString(): string
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]{1,5}))?$`)
const MAX_NAME = 255

/** Whether text is a repository path a registry accepts: lowercase components separated by `/`. */
export function isRepositoryPath(path: string): boolean {
  return path.length > 0 && path.length <= MAX_NAME && path.split('/').every(c => COMPONENT.test(c))
}

/** Whether text is a valid tag. */
export function isTag(text: string): boolean {
  return TAG.test(text)
}

/** The repository name cosign records for a registry and repository. */
export function cosignRepositoryName(repo: RepositoryRef): string {
  return `${repo.registry === DOCKER_HUB ? DOCKER_HUB_COSIGN_NAME : repo.registry}/${repo.repository}`
}

/**
 * Parses an image reference, naming `input` (the action input or CLI flag it
 * came from) in any error.
 */
export function parseImageReference(text: string, input = 'image'): ImageReference {
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text
  const fail = (why: string): never => {
    throw new SealError('INPUT_INVALID', `\`${input}\`: "${shown}" is not a valid image reference: ${why}.`, {
      hint: 'Write it as registry/repository[:tag][@sha256:<64 hex digits>], for example ghcr.io/org/app@sha256:….'
    })
  }
  if (text.trim() === '') fail('it is empty')
  if (/\s/.test(text)) fail('it contains whitespace')
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) fail('remove the URL scheme (write host/repository, not https://host/repository)')

  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) {
      fail(
        /^sha(256|512):[0-9a-fA-F]+$/.test(digest) && digest !== digest.toLowerCase()
          ? 'the digest must be lowercase hex'
          : 'the digest must be sha256:<64 hex digits> (or sha512:<128 hex digits>)'
      )
    }
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/') && colon > rest.lastIndexOf(']')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) fail(`the tag "${tag}" may only hold letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")`)
  }

  let registry = DOCKER_HUB
  let path = rest
  const slash = rest.indexOf('/')
  if (slash >= 0) {
    const first = rest.slice(0, slash)
    // Like docker, a first component with a "." or ":" (or localhost) is a registry. Docker also
    // takes an upper-case first component for a host; here it is a repository, to report the case.
    if (/[.:[]/.test(first) || first === 'localhost') {
      const m = DOMAIN.exec(first)
      if (!m) fail(`"${first}" is not a valid registry host`)
      if (m![1] !== undefined && (Number(m![1]) < 1 || Number(m![1]) > 65535)) fail(`the port of "${first}" is out of range`)
      registry = first.toLowerCase()
      path = rest.slice(slash + 1)
    }
  }
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB
    if (path !== '' && !path.includes('/')) path = `library/${path}`
  }
  if (path === '') fail('the repository name is missing')
  for (const component of path.split('/')) {
    if (component === '') fail('the repository has an empty path component')
    if (component !== component.toLowerCase() && COMPONENT.test(component.toLowerCase())) fail('the repository name must be lowercase')
    if (!COMPONENT.test(component)) {
      fail(`"${component}" may only hold lowercase letters, digits and single ".", "_", "__" or "-" separators between them`)
    }
  }
  if (registry.length + 1 + path.length > MAX_NAME) fail(`the name is longer than ${MAX_NAME} characters`)
  return makeReference(registry, path, tag, digest)
}

/**
 * A repository named on its own, such as `signature-repository`:
 * registry/repository, without a tag or digest.
 */
export function parseRepository(text: string, input: string): RepositoryRef {
  const ref = parseImageReference(text, input)
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new SealError('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" names a ${ref.digest ? 'digest' : 'tag'}; give only the repository.`, {
      hint: 'Write it as registry/repository, for example ghcr.io/org/signatures.'
    })
  }
  return { registry: ref.registry, repository: ref.repository }
}

/** The same digest (or tag) addressed in another repository. */
export function inRepository(ref: ImageReference, repo: RepositoryRef): ImageReference {
  return makeReference(repo.registry, repo.repository, ref.tag, ref.digest)
}

function makeReference(registry: string, repository: string, tag: string | undefined, digest: string | undefined): ImageReference {
  const repositoryName = cosignRepositoryName({ registry, repository })
  return {
    registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    repositoryName,
    reference: digest ?? tag ?? 'latest',
    withDigest(d: string): ImageReference {
      if (!isDigest(d)) {
        throw new SealError('INPUT_INVALID', `"${d.slice(0, 160)}" is not a digest (expected sha256:<64 lowercase hex digits>).`)
      }
      return makeReference(registry, repository, tag, d)
    },
    toString(): string {
      return `${repositoryName}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
    }
  }
}

function hostOnly(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(0, registry.indexOf(']') + 1)
  const colon = registry.lastIndexOf(':')
  return colon >= 0 ? registry.slice(0, colon) : registry
}

/** The host[:port] a registry's API answers at (Docker Hub: registry-1.docker.io). */
export function registryApiHost(registry: string): string {
  return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API_HOST : registry
}

/**
 * `http` for loopback registries (localhost, 127.0.0.1, [::1], any port) and
 * for those listed in `insecure` (host[:port]; a host without a port matches
 * every port), `https` for every other registry.
 */
export function registryScheme(registry: string, insecure: readonly string[] = []): 'http' | 'https' {
  const host = hostOnly(registry).toLowerCase()
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return 'http'
  for (const entry of insecure) {
    const e = entry
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/\/.*$/, '')
    if (e === '') continue
    if (e === registry.toLowerCase()) return 'http'
    if (hostOnly(e) === e && e === host) return 'http'
  }
  return 'https'
}

/** The base URL of a registry's API, without a trailing slash: `https://ghcr.io`. */
export function registryBaseURL(registry: string, insecure: readonly string[] = []): string {
  return `${registryScheme(registry, insecure)}://${registryApiHost(registry)}`
}

/** A value for a message: a string quoted and cut short, anything else by its type. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 160)}"` : value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`
}

/** A manifest reference a caller passed: a tag or a digest; INPUT_INVALID otherwise. */
export function checkReference(reference: unknown): string {
  if (typeof reference === 'string' && (isDigest(reference) || isTag(reference))) return reference
  throw new SealError('INPUT_INVALID', `${shownValue(reference)} is neither a tag nor a digest (sha256:<64 hex digits>).`)
}

/** A blob or manifest digest a caller passed; INPUT_INVALID otherwise. */
export function checkDigest(digest: unknown): string {
  if (typeof digest === 'string' && isDigest(digest)) return digest
  throw new SealError('INPUT_INVALID', `${shownValue(digest)} is not a digest (sha256:<64 lowercase hex digits>).`)
}
