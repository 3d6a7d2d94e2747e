/**
 * A Docker distribution token server: GET /token with Basic credentials (or
 * none) and `service` / `scope` parameters, and the OAuth2 POST form
 * (password and refresh_token grants). It answers with an ES256 JWT whose
 * `x5c` header carries the issuer certificate the registry trusts, and whose
 * `access` claim grants what the account may do in the requested scopes.
 */
import { randomBytes, sign } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { IssuerCertificate } from './x509.js'

export interface TokenServerOptions {
  issuer: string
  service: string
  certificate: IssuerCertificate
  username: string
  password: string
  /** A refresh token accepted by the OAuth2 refresh_token grant (what `docker login` stores as identitytoken). */
  identityToken: string
  /** Whether anonymous requests get pull access (default false: no access at all). */
  anonymousPull: boolean
  /** Token lifetime in seconds. */
  expiresIn: number
}

export interface TokenServer {
  url: string
  /** Requests served, with the scopes asked for and whether the credentials were accepted. */
  readonly log: { method: string; account?: string; scopes: string[]; status: number }[]
  close(): Promise<void>
}

interface Access {
  type: string
  name: string
  actions: string[]
}

function parseScopes(scopes: string[]): Access[] {
  const out: Access[] = []
  for (const s of scopes.flatMap(x => x.split(' ')).filter(Boolean)) {
    const first = s.indexOf(':')
    const last = s.lastIndexOf(':')
    if (first < 0 || last <= first) continue
    out.push({
      type: s.slice(0, first),
      name: s.slice(first + 1, last),
      actions: s
        .slice(last + 1)
        .split(',')
        .filter(Boolean)
    })
  }
  return out
}

function jwt(options: TokenServerOptions, subject: string, access: Access[]): string {
  const now = Math.floor(Date.now() / 1000)
  const header = { typ: 'JWT', alg: 'ES256', x5c: [options.certificate.der.toString('base64')] }
  const claims = {
    iss: options.issuer,
    sub: subject,
    aud: options.service,
    exp: now + options.expiresIn,
    nbf: now - 30,
    iat: now,
    jti: randomBytes(12).toString('hex'),
    access
  }
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`
  const signature = sign('sha256', Buffer.from(input), { key: options.certificate.privateKey, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const log: TokenServer['log'] = []
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const send = (status: number, body: unknown, account: string | undefined, scopes: string[]): void => {
      log.push({ method: req.method ?? 'GET', account, scopes, status })
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
    }
    if (url.pathname !== '/token') {
      send(404, { details: 'not found' }, undefined, [])
      return
    }
    let account: string | undefined
    let scopes: string[]
    let service: string | null
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req))
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
      service = form.get('service')
      const grant = form.get('grant_type')
      if (grant === 'refresh_token' && form.get('refresh_token') === options.identityToken) account = options.username
      else if (grant === 'password' && form.get('username') === options.username && form.get('password') === options.password) {
        account = options.username
      } else {
        send(401, { error: 'invalid_grant' }, undefined, scopes)
        return
      }
    } else {
      req.resume()
      scopes = url.searchParams.getAll('scope')
      service = url.searchParams.get('service')
      const header = req.headers.authorization
      if (header) {
        const m = /^Basic\s+(.+)$/i.exec(header)
        const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : ''
        const colon = decoded.indexOf(':')
        if (colon < 0 || decoded.slice(0, colon) !== options.username || decoded.slice(colon + 1) !== options.password) {
          send(401, { details: 'incorrect username or password' }, undefined, scopes)
          return
        }
        account = options.username
      }
    }
    if (service !== options.service) {
      send(400, { details: `unknown service ${service ?? ''}` }, account, scopes)
      return
    }
    const allowed = account ? ['pull', 'push', 'delete'] : options.anonymousPull ? ['pull'] : []
    const access = parseScopes(scopes)
      .filter(a => a.type === 'repository')
      .map(a => ({ ...a, actions: a.actions.filter(x => allowed.includes(x)) }))
    const token = jwt(options, account ?? '', access)
    send(200, { token, access_token: token, expires_in: options.expiresIn, issued_at: new Date().toISOString() }, account, scopes)
  }
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(err => {
      if (!res.headersSent) res.writeHead(500).end(String(err))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/token`,
    log,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
