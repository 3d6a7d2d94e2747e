/**
 * What a registry's 401 says: the challenges of its WWW-Authenticate header,
 * and the token scopes repository requests ask for.
 */

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a WWW-Authenticate header into its challenges (scheme lower-cased,
 * parameter names lower-cased, quoted values unescaped). Several challenges
 * may share one header, comma-separated.
 */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = []
  let current: Challenge | undefined
  const n = header.length
  let i = 0
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t'
  while (i < n) {
    while (i < n && (isSpace(header[i]) || header[i] === ',')) i++
    const start = i
    while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i])) i++
    const name = header.slice(start, i)
    if (!name) {
      i++
      continue
    }
    let j = i
    while (j < n && isSpace(header[j])) j++
    if (header[j] !== '=') {
      current = { scheme: name.toLowerCase(), params: {} }
      out.push(current)
      continue
    }
    i = j + 1
    while (i < n && isSpace(header[i])) i++
    let value = ''
    if (header[i] === '"') {
      i++
      while (i < n && header[i] !== '"') {
        if (header[i] === '\\' && i + 1 < n) i++
        value += header[i++]
      }
      i++
    } else {
      const begin = i
      while (i < n && header[i] !== ',' && !isSpace(header[i])) i++
      value = header.slice(begin, i)
    }
    if (current) current.params[name.toLowerCase()] = value
  }
  return out
}

/** The scope of a repository request: `repository:<name>:pull` or `…:pull,push`. */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`
}

/** Whether scope `a` grants everything scope `b` asks for (same resource, a superset of actions). */
export function covers(a: string | undefined, b: string): boolean {
  if (!a) return false
  const split = (s: string) => {
    const last = s.lastIndexOf(':')
    return { resource: s.slice(0, last), actions: new Set(s.slice(last + 1).split(',')) }
  }
  const x = split(a)
  const y = split(b)
  return x.resource === y.resource && [...y.actions].every(action => x.actions.has(action))
}
