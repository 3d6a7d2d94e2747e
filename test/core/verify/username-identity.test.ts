/**
 * Fulcio's username identities live in an otherName SAN (type
 * 1.3.6.1.4.1.57264.1.7), not in a URI or email SAN. The certificates here
 * are made with openssl, from a CA of their own, the way Fulcio lays them out,
 * and timestamped by the local stack's TSA.
 */
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON, toMessageSignatureBundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { TSAWitness } from '@sigstore/sign'

import { certificateIdentity } from '../../../src/core/formats/certificate.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import { parseBundle, verifyBundle, type Bundle } from '../../../src/core/verify/index.js'
import { encodePem } from '../../../src/core/formats/pem.js'
import { rejection } from '../../support/errors.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

const ISSUER = 'https://oidc.example.com'
/** No log and no SCT: these certificates come from a bare test CA; the TSA gives the time. */
const BARE = { tlogThreshold: 0, ctlogThreshold: 0 }

let dir: string
let trust: LoadedTrust
let stack: SigstoreStack

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
}

/** A leaf certificate from the test CA with these extension lines, and its key. */
async function leaf(name: string, extensions: string[]): Promise<{ der: Buffer<ArrayBuffer>; key: crypto.KeyObject }> {
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`)
  openssl('req', '-new', '-key', `${name}.key`, '-subj', '/', '-out', `${name}.csr`)
  await writeFile(join(dir, `${name}.cnf`), extensions.join('\n') + '\n')
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    String(Date.now()),
    '-days',
    '2',
    '-extfile',
    `${name}.cnf`,
    '-out',
    `${name}.pem`
  )
  const pem = await readFile(join(dir, `${name}.pem`), 'utf8')
  return { der: Buffer.from(new crypto.X509Certificate(pem).raw), key: crypto.createPrivateKey(await readFile(join(dir, `${name}.key`))) }
}

const FULCIO_LIKE = ['keyUsage=critical,digitalSignature', 'extendedKeyUsage=codeSigning', `1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${ISSUER}`]

async function bundleFor(data: Buffer, cert: { der: Buffer; key: crypto.KeyObject }): Promise<Bundle> {
  const bundle = toMessageSignatureBundle({
    digest: crypto.createHash('sha256').update(data).digest(),
    signature: crypto.sign('sha256', data, cert.key),
    certificate: cert.der
  })
  bundle.verificationMaterial.timestampVerificationData = await new TSAWitness({ tsaBaseURL: stack.tsaURL }).testify(bundle.content)
  return parseBundle(JSON.stringify(bundleToJSON(bundle)), 'test bundle')
}

const data = Buffer.from('signed by a username identity\n')
const artifact = { digest: { algorithm: 'sha256' as const, value: crypto.createHash('sha256').update(data).digest() } }
const policy = (identity: string) => ({ policy: buildIdentityPolicy({ certificateIdentity: identity, certificateOidcIssuer: ISSUER }) })

let username: { der: Buffer; key: crypto.KeyObject }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-username-'))
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key')
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-subj',
    '/O=seal-test/CN=username-ca',
    '-days',
    '30',
    '-out',
    'ca.pem',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  )
  stack = await startStack()
  const tsa = (stack.trustedRoot as { timestampAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[] }).timestampAuthorities[0]
  await writeFile(join(dir, 'tsa.pem'), tsa.certChain.certificates.map(c => encodePem('CERTIFICATE', Buffer.from(c.rawBytes, 'base64'))).join(''))
  trust = await loadTrust({ pem: { fulcioRoot: join(dir, 'ca.pem'), tsaCertChain: join(dir, 'tsa.pem') } })
  username = await leaf('username', ['subjectAltName=critical,otherName:1.3.6.1.4.1.57264.1.7;UTF8:alice!example.com', ...FULCIO_LIKE])
}, 30_000)

afterAll(() => stack?.close())

describe('username (otherName) identities', () => {
  it('reads the username from the certificate', () => {
    expect(certificateIdentity(X509Certificate.parse(Buffer.from(username.der)))).toEqual({ identity: 'alice!example.com', issuer: ISSUER })
  })

  it('verifies a bundle against the username and reports it', async () => {
    const result = await verifyBundle(await bundleFor(data, username), artifact, policy('alice!example.com'), trust, BARE)
    expect(result).toMatchObject({ identity: 'alice!example.com', issuer: ISSUER })
  })

  it('rejects another username', async () => {
    const err = await rejection(verifyBundle(await bundleFor(data, username), artifact, policy('mallory!example.com'), trust, BARE))
    expect(err.code).toBe('IDENTITY_MISMATCH')
    expect(err.message).toContain('alice!example.com')
  })

  it('reads no identity from an otherName of another type', async () => {
    const other = await leaf('other-type', ['subjectAltName=critical,otherName:1.3.6.1.4.1.99999.1;UTF8:alice!example.com', ...FULCIO_LIKE])
    expect(certificateIdentity(X509Certificate.parse(Buffer.from(other.der))).identity).toBeUndefined()
    const err = await rejection(verifyBundle(await bundleFor(data, other), artifact, policy('alice!example.com'), trust, BARE))
    expect(err.code).toBe('IDENTITY_MISMATCH')
  })

  it('still prefers a URI SAN', async () => {
    const uri = await leaf('uri', ['subjectAltName=critical,URI:https://example.com/workflow', ...FULCIO_LIKE])
    expect(certificateIdentity(X509Certificate.parse(Buffer.from(uri.der))).identity).toBe('https://example.com/workflow')
  })
})
