/** Anything shaped like a JWT (header.claims.signature, base64url). */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g

/**
 * Removes token-shaped text from a message that came from elsewhere (a server's
 * error body, a library's error), so a credential cannot reach a log line.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(JWT, '***')
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join('***')
  }
  return out
}
