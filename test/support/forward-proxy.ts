/**
 * A forward proxy for tests, as a corporate proxy behaves: CONNECT tunnels
 * (what clients open for https, and undici for http too) and absolute-form
 * requests (`GET http://host:port/path`, what other http clients send). It
 * counts every request by its target `host:port`, so a test can prove which
 * requests went through it.
 *
 *   const proxy = await startForwardProxy()
 *   ... HTTPS_PROXY=proxy.url ...
 *   proxy.targets['127.0.0.1:5000']   // requests or tunnels to that target
 *   await proxy.close()
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** Requests and tunnels per target `host:port` (a tunnel, kept alive, may carry many requests). */
  readonly targets: Record<string, number>
  /** Every target in arrival order, with how it came (`CONNECT` or the method). */
  readonly log: { target: string; method: string }[]
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** Targets the proxy refuses with 403 (as a proxy's allow list would). */
  deny?: (target: string) => boolean
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const targets: Record<string, number> = {}
  const log: { target: string; method: string }[] = []
  const sockets = new Set<Socket>()
  const note = (target: string, method: string): void => {
    targets[target] = (targets[target] ?? 0) + 1
    log.push({ target, method })
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL
    try {
      url = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('absolute-form request expected')
      return
    }
    const target = `${url.hostname}:${url.port || 80}`
    note(target, req.method ?? 'GET')
    if (url.protocol !== 'http:' || options.deny?.(target)) {
      res.writeHead(403).end()
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-connection']
    delete headers['proxy-authorization']
    const upstream = httpRequest({ host: url.hostname, port: url.port || 80, method: req.method, path: url.pathname + url.search, headers }, reply => {
      res.writeHead(reply.statusCode ?? 502, reply.headers)
      reply.pipe(res)
    })
    upstream.on('error', () => res.headersSent || res.writeHead(502).end())
    req.pipe(upstream)
  })

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    note(target, 'CONNECT')
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))]
    if (!host || !port || options.deny?.(target)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    log,
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
