/**
 * Anything shaped like a JWT or a piece of one: a base64url JSON segment
 * (`eyJ…`), alone or dot-joined to the segments after it. A server that
 * echoes only a token's header and claims, or only its claims, is caught too.
 */
const JWT = /eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g

/** The ways a secret can show up in text: as is, in base64 or base64url, and a JWT's claims and signature. */
function forms(secret: string): string[] {
  if (!secret || secret.length < 4) return []
  const parts = secret.split('.')
  const segments = parts.length === 3 ? parts.slice(1).filter(p => p.length >= 8) : []
  const encoded = [Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')]
  // Longest first, so that a whole token is replaced before its pieces.
  return [secret, ...encoded, ...segments].sort((a, b) => b.length - a.length)
}

/**
 * Removes token-shaped text, and the given secrets in any of their forms,
 * from a message that came from elsewhere (a server's error body, a
 * library's error), so a credential cannot reach a log line.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const s of secrets) for (const form of forms(s)) out = out.split(form).join('***')
  return out.replace(JWT, '***')
}
