import { json, jsonError, type Reply, type Request, type Route } from './http.js'

export const OIDC_PATH = '/oidc/token'

/**
 * The runner's ID-token endpoint, as GitHub serves it: `GET <url>&audience=X`
 * with `Authorization: Bearer <request token>` returns `{"value": <jwt>}`
 * whose `aud` is X. A missing or wrong bearer gets a 401.
 */
export function oidcRoutes(requestToken: string, mint: (audience: string | undefined) => string): Route[] {
  return [{ method: 'GET', path: OIDC_PATH, counter: 'oidc', handle: req => token(req, requestToken, mint) }]
}

function token(req: Request, requestToken: string, mint: (audience: string | undefined) => string): Reply {
  if (req.headers.authorization !== `Bearer ${requestToken}`) {
    return jsonError(401, 'Unauthorized: the ACTIONS_ID_TOKEN_REQUEST_TOKEN bearer is missing or wrong')
  }
  const audience = req.url.searchParams.get('audience')
  return json(200, { value: mint(audience === null || audience === '' ? undefined : audience) })
}
