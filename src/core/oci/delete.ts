/**
 * Deleting manifests (OCI distribution: `DELETE /v2/<name>/manifests/<digest>`,
 * 202 Accepted on success). A registry that does not allow deletes answers
 * 405 with the error code UNSUPPORTED (Docker's registry does so unless
 * `storage.delete.enabled` is set); that is an error of its own, so a caller
 * can stop before it has changed anything.
 */
import { discard } from '../util/http.js'
import { RegistryError } from './errors.js'
import { checkDigest, type RepositoryRef } from './reference.js'
import { httpError } from './replies.js'
import type { RegistryTransport } from './transport.js'

/** The registry refuses deletes (HTTP 405, or an UNSUPPORTED error code). */
export class DeletesRefused extends RegistryError {}

/** Whether an error says the registry does not allow deletes at all. */
export function isDeletesRefused(err: unknown): err is DeletesRefused {
  return err instanceof DeletesRefused
}

/** Deletes a manifest by digest: true when deleted, false when it was not there. */
export async function deleteManifest(t: RegistryTransport, repo: RepositoryRef, digest: string): Promise<boolean> {
  const url = t.url(repo, 'manifests', checkDigest(digest))
  // Registries with token authentication grant deletes under their own action.
  const call = { ...t.call(repo, 'DELETE', url, true, {}), scope: `repository:${repo.repository}:pull,push,delete` }
  const res = await t.send(call)
  if (res.status === 202 || res.status === 200 || res.status === 204) {
    await discard(res)
    return true
  }
  if (res.status === 404) {
    await discard(res)
    return false
  }
  const err = await httpError(repo.registry, 'DELETE', url, res)
  if (res.status === 405 || err.codes.includes('UNSUPPORTED')) {
    throw new DeletesRefused(
      'REGISTRY_ERROR',
      `Registry ${repo.registry} does not allow deleting manifests (HTTP ${res.status}${err.codes.length ? ` ${err.codes.join(', ')}` : ''}).`,
      {
        registry: repo.registry,
        method: 'DELETE',
        path: url.pathname,
        status: res.status,
        codes: [...err.codes],
        hint: "Enable deletes on the registry (Docker's registry: `storage.delete.enabled: true`), or delete with the registry's own tools."
      }
    )
  }
  throw err
}
