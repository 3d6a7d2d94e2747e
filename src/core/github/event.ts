/**
 * The webhook event that started the workflow run: the JSON file the runner
 * names in GITHUB_EVENT_PATH. Read once per path and kept; a missing or
 * unreadable file is no event (outside GitHub Actions there is none).
 */
import { readFileSync } from 'node:fs'

const cache = new Map<string, Record<string, unknown> | undefined>()

/** The event payload, or undefined when GITHUB_EVENT_PATH is unset, unreadable or not a JSON object. */
export function eventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return undefined
  if (!cache.has(path)) cache.set(path, readPayload(path))
  return cache.get(path)
}

function readPayload(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export type RepositoryVisibility = 'public' | 'private' | 'internal'

/**
 * The visibility of the repository the run belongs to, from the payload's
 * `repository.visibility` (or, in older payloads, its `private` flag);
 * undefined when the payload does not say.
 */
export function repositoryVisibility(env: NodeJS.ProcessEnv): RepositoryVisibility | undefined {
  const repository = eventPayload(env)?.repository
  if (repository === null || typeof repository !== 'object') return undefined
  const { visibility, private: isPrivate } = repository as { visibility?: unknown; private?: unknown }
  if (visibility === 'public' || visibility === 'private' || visibility === 'internal') return visibility
  if (typeof isPrivate === 'boolean') return isPrivate ? 'private' : 'public'
  return undefined
}
