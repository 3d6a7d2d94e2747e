/**
 * A private CA and a server certificate it issues, made with openssl for a
 * test: the kind of CA a company runs for its registry, which clients trust
 * only through NODE_EXTRA_CA_CERTS.
 *
 *   const tls = await privateCA({ ips: ['127.0.0.2'] })
 *   tls.caPath, tls.certPath, tls.keyPath
 */
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface PrivateCA {
  dir: string
  /** The CA certificate (PEM): what NODE_EXTRA_CA_CERTS names. */
  caPath: string
  /** The server certificate and its key (PEM). */
  certPath: string
  keyPath: string
}

/** A fresh P-256 CA and a server certificate for `ips` and `dnsNames`, valid for a day. */
export async function privateCA(names: { ips?: string[]; dnsNames?: string[] }): Promise<PrivateCA> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-ca-'))
  const p = (name: string): string => join(dir, name)
  const san = [...(names.ips ?? []).map(ip => `IP:${ip}`), ...(names.dnsNames ?? []).map(d => `DNS:${d}`)].join(',')
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  await run('openssl', ['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '1', '-subj', '/CN=seal test private CA'])
  await run('openssl', ['req', ...ec, '-keyout', p('server.key'), '-out', p('server.csr'), '-subj', '/CN=seal test registry'])
  await writeFile(p('server.ext'), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`)
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    p('server.ext'),
    '-out',
    p('server.pem')
  ])
  return { dir, caPath: p('ca.pem'), certPath: p('server.pem'), keyPath: p('server.key') }
}
