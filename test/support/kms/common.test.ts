import { createServer, request } from 'node:https'
import type { AddressInfo } from 'node:net'

import { trustedCertificate } from './common.js'

/** GET / over TLS from a server holding `cert`, as a client asking for `host` would. */
async function statusFrom(cert: ReturnType<typeof trustedCertificate>, host: string): Promise<string> {
  const server = createServer({ key: cert.privateKey.export({ format: 'pem', type: 'pkcs8' }), cert: cert.pem }, (_req, res) => res.end('ok'))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    return await new Promise<string>(resolve => {
      const req = request({ host: '127.0.0.1', port, servername: host, headers: { host }, agent: false }, res => {
        res.resume()
        resolve(String(res.statusCode))
      })
      req.on('error', err => resolve(err.message))
      req.end()
    })
  } finally {
    server.close()
  }
}

describe('stand-in certificates trusted in this process', () => {
  it('each one verifies, however many are made for one host (several test files start the same stand-in in one worker)', async () => {
    const host = 'one-host.stand-in.test'
    const made = Array.from({ length: 4 }, () => trustedCertificate(host))
    for (const cert of made) expect(await statusFrom(cert, host)).toBe('200')
  })
})
