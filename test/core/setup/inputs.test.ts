import { COSIGN_DOWNLOAD_URL, COSIGN_RELEASE_IDENTITY, COSIGN_RELEASE_ISSUER } from '../../../src/core/setup/cosign.js'
import { parseCosignRelease, readSetupInputs } from '../../../src/core/setup/inputs.js'

const getter = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('readSetupInputs', () => {
  it('defaults to no cosign and to cosign’s release signer', () => {
    expect(readSetupInputs(getter({}))).toEqual({
      cosignRelease: undefined,
      cosignDownloadURL: COSIGN_DOWNLOAD_URL,
      cosignCertificateIdentity: COSIGN_RELEASE_IDENTITY,
      cosignCertificateOidcIssuer: COSIGN_RELEASE_ISSUER,
      trustedRootPath: undefined,
      timeoutMs: 60_000,
      retries: 3,
      showSummary: true
    })
    expect(COSIGN_RELEASE_IDENTITY).toBe('keyless@projectsigstore.iam.gserviceaccount.com')
    expect(COSIGN_RELEASE_ISSUER).toBe('https://accounts.google.com')
  })

  it('reads every input', () => {
    const inputs = readSetupInputs(
      getter({
        'cosign-release': ' v2.5.0 ',
        'cosign-download-url': 'https://mirror.example/cosign/',
        'cosign-certificate-identity': 'release@example.com',
        'cosign-certificate-oidc-issuer': 'https://issuer.example',
        'trusted-root': 'root.json',
        timeout: '5',
        retries: '0',
        'show-summary': 'false'
      })
    )
    expect(inputs).toEqual({
      cosignRelease: 'v2.5.0',
      cosignDownloadURL: 'https://mirror.example/cosign',
      cosignCertificateIdentity: 'release@example.com',
      cosignCertificateOidcIssuer: 'https://issuer.example',
      trustedRootPath: 'root.json',
      timeoutMs: 5000,
      retries: 0,
      showSummary: false
    })
  })

  it.each([
    ['cosign-download-url', 'not a url', /`cosign-download-url` is not a URL/],
    ['cosign-download-url', 'ftp://mirror.example/', /must be an http\(s\) URL/],
    ['cosign-download-url', 'https://mirror.example/?token=x', /without a query/],
    ['timeout', '0', /`timeout` must be a whole number from 1 to 3600/],
    ['retries', 'many', /`retries` must be a whole number/],
    ['show-summary', 'maybe', /`show-summary` must be true or false/],
    ['cosign-release', 'latest', /`cosign-release` must be a release tag such as v3\.0\.6, got "latest"/]
  ])('rejects %s = %j', (name, value, message) => {
    expect(() => readSetupInputs(getter({ [name]: value }))).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringMatching(message) })
    )
  })
})

describe('parseCosignRelease', () => {
  it.each([
    ['v2.5.0', 'v2.5.0'],
    ['2.5.0', 'v2.5.0'],
    ['v3.0.0-rc.1', 'v3.0.0-rc.1']
  ])('accepts %s as %s', (text, tag) => {
    expect(parseCosignRelease(text)).toBe(tag)
  })

  it.each(['v2', 'v2.5', 'main', 'v2.5.0/../../evil', 'v2.5.0 v2.6.0', ''])('rejects %j', text => {
    expect(() => parseCosignRelease(text)).toThrow(/`cosign-release` must be a release tag/)
  })
})

describe('action.yml', () => {
  it('declares exactly the inputs read, with the same defaults, and runs the setup bundle on node24', async () => {
    const { readFile } = await import('node:fs/promises')
    const YAML = await import('yaml')
    const action = YAML.parse(await readFile(new URL('../../../action.yml', import.meta.url), 'utf8'))
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/setup/index.js' })
    const read: string[] = []
    const fromYAML = readSetupInputs(name => {
      read.push(name)
      return String(action.inputs[name]?.default ?? '')
    })
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort())
    expect(fromYAML).toEqual(readSetupInputs(getter({})))
    for (const [name, spec] of Object.entries<Record<string, string>>({ ...action.inputs, ...action.outputs })) {
      expect([name, spec.description?.length > 20]).toEqual([name, true])
    }
    expect(Object.keys(action.outputs).sort()).toEqual(['cache-hit', 'cosign-path', 'seal-path'])
  })
})
