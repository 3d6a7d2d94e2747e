/**
 * The tag list of a repository, page by page (`Link: <…>; rel="next"`),
 * bounded: pages, tags and bytes have limits, and pages may not go round in
 * a circle or lead to another host.
 */
import { discard, nextLink } from '../util/http.js'
import { RegistryError } from './errors.js'
import type { RepositoryRef } from './reference.js'
import { formatBytes, httpError, parseObject } from './replies.js'
import type { RegistryTransport } from './transport.js'

/** Most pages of a tag list followed. */
const MAX_TAG_PAGES = 10_000
/** Most tags read from all the pages of a tag list together. */
const MAX_TAGS = 1_000_000
/** Most bytes read from all the pages of a tag list together, as a multiple of the manifest limit. */
const TAG_LIST_BUDGET = 16

/** See `RegistryClient.listTags`. */
export async function listTags(t: RegistryTransport, repo: RepositoryRef, pageSize?: number): Promise<string[]> {
  let url: URL | undefined = t.url(repo, 'tags', 'list')
  if (pageSize !== undefined) url.searchParams.set('n', String(pageSize))
  const origin = url.origin
  const tags: string[] = []
  // A page seen before means the Link headers go round in a circle; the budget bounds what a
  // registry that keeps inventing new pages can make this read.
  const seen = new Set<string>()
  const budget = TAG_LIST_BUDGET * t.maxManifestBytes
  let read = 0
  const refuse = (what: string, at: URL): RegistryError =>
    new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} ${what}; stopped reading the tag list of ${repo.repository} there.`, {
      registry: repo.registry,
      method: 'GET',
      path: at.pathname
    })
  for (let page = 0; url; page++) {
    if (page >= MAX_TAG_PAGES) throw refuse(`sent more than ${MAX_TAG_PAGES} pages of tags`, url)
    seen.add(url.href)
    const { res, bytes }: { res: Response; bytes?: Buffer } = await t.getBody(
      t.call(repo, 'GET', url, false, { Accept: 'application/json' }),
      t.maxManifestBytes,
      'a tag list'
    )
    if (res.status === 404) {
      await discard(res)
      return tags
    }
    if (!bytes) throw await httpError(repo.registry, 'GET', url, res)
    const json = parseObject(bytes)
    const list = json?.tags
    if (!json || (list !== null && list !== undefined && (!Array.isArray(list) || !list.every(tag => typeof tag === 'string')))) {
      throw new RegistryError(
        'REGISTRY_ERROR',
        `Registry ${repo.registry} answered the tag list of ${repo.repository} with something that is not a list of tags.`,
        {
          registry: repo.registry,
          method: 'GET',
          path: url.pathname
        }
      )
    }
    read += bytes.length
    if (read > budget) throw refuse(`sent more than ${formatBytes(budget)} of tag pages`, url)
    if (Array.isArray(list)) {
      if (tags.length + list.length > MAX_TAGS) throw refuse(`listed more than ${MAX_TAGS} tags`, url)
      for (const tag of list as string[]) tags.push(tag)
    }
    const next = nextLink(res.headers.get('link'))
    if (!next) break
    let nextURL: URL
    try {
      nextURL = new URL(next, url)
    } catch {
      throw refuse('pointed the next tag page at something that is not a URL', url)
    }
    if (seen.has(nextURL.href))
      throw refuse(`pointed the next tag page back at a page it already sent (${nextURL.pathname}${nextURL.search.slice(0, 100)})`, url)
    if (nextURL.origin !== origin) {
      throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} pointed the next tag page at another host (${nextURL.host}).`, {
        registry: repo.registry,
        method: 'GET',
        path: url.pathname
      })
    }
    url = nextURL
  }
  return tags
}
