import { cosignRepositoryName, parseImageReference, registryApiHost, registryBaseURL, registryScheme } from '../../../src/core/oci/reference.js'
import { thrown } from '../../support/errors.js'

const D = 'sha256:' + 'ab'.repeat(32)
const D512 = 'sha512:' + 'cd'.repeat(64)

describe('parseImageReference', () => {
  it.each([
    ['ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined, 'index.docker.io/library/ubuntu'],
    ['ubuntu:22.04', 'docker.io', 'library/ubuntu', '22.04', undefined, 'index.docker.io/library/ubuntu'],
    ['org/app', 'docker.io', 'org/app', undefined, undefined, 'index.docker.io/org/app'],
    ['docker.io/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined, 'index.docker.io/library/ubuntu'],
    ['index.docker.io/library/ubuntu:latest', 'docker.io', 'library/ubuntu', 'latest', undefined, 'index.docker.io/library/ubuntu'],
    ['registry-1.docker.io/org/app', 'docker.io', 'org/app', undefined, undefined, 'index.docker.io/org/app'],
    ['ghcr.io/org/app:v1', 'ghcr.io', 'org/app', 'v1', undefined, 'ghcr.io/org/app'],
    ['GHCR.io/org/app', 'ghcr.io', 'org/app', undefined, undefined, 'ghcr.io/org/app'],
    ['ghcr.io/org/team/app@' + D, 'ghcr.io', 'org/team/app', undefined, D, 'ghcr.io/org/team/app'],
    ['ghcr.io/org/app:v1@' + D, 'ghcr.io', 'org/app', 'v1', D, 'ghcr.io/org/app'],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, undefined, 'localhost:5000/app'],
    ['localhost/app:dev', 'localhost', 'app', 'dev', undefined, 'localhost/app'],
    ['127.0.0.1:5000/a/b:c', '127.0.0.1:5000', 'a/b', 'c', undefined, '127.0.0.1:5000/a/b'],
    ['[::1]:5000/app:v2', '[::1]:5000', 'app', 'v2', undefined, '[::1]:5000/app'],
    [
      'registry.example.com:443/my_app/x-y__z.w@' + D512,
      'registry.example.com:443',
      'my_app/x-y__z.w',
      undefined,
      D512,
      'registry.example.com:443/my_app/x-y__z.w'
    ],
    ['ubuntu:5000', 'docker.io', 'library/ubuntu', '5000', undefined, 'index.docker.io/library/ubuntu']
  ])('%s', (text, registry, repository, tag, digest, repositoryName) => {
    const ref = parseImageReference(text)
    expect(ref.registry).toBe(registry)
    expect(ref.repository).toBe(repository)
    expect(ref.tag).toBe(tag)
    expect(ref.digest).toBe(digest)
    expect(ref.repositoryName).toBe(repositoryName)
    expect(ref.reference).toBe(digest ?? tag ?? 'latest')
  })

  it('prints the normalised form and pins to a digest', () => {
    const ref = parseImageReference('ubuntu:22.04')
    expect(ref.toString()).toBe('index.docker.io/library/ubuntu:22.04')
    const pinned = ref.withDigest(D)
    expect(pinned.toString()).toBe(`index.docker.io/library/ubuntu:22.04@${D}`)
    expect(pinned.reference).toBe(D)
    expect(ref.digest).toBeUndefined()
    expect(`${parseImageReference(`ghcr.io/o/a@${D}`)}`).toBe(`ghcr.io/o/a@${D}`)
  })

  it('refuses a malformed digest in withDigest', () => {
    const err = thrown(() => parseImageReference('ghcr.io/o/a').withDigest('sha256:abc'))
    expect(err.code).toBe('INPUT_INVALID')
  })

  it.each([
    ['', 'empty'],
    ['ghcr.io/Org/app', 'must be lowercase'],
    ['MyOrg/app', 'must be lowercase'],
    ['https://ghcr.io/org/app', 'URL scheme'],
    ['ghcr.io/org/app@sha256:abc', 'digest must be sha256'],
    ['ghcr.io/org/app@sha256:' + 'AB'.repeat(32), 'lowercase hex'],
    ['ghcr.io/org/app@md5:' + 'ab'.repeat(16), 'digest must be sha256'],
    ['ghcr.io/org/app:-bad', 'tag'],
    ['ghcr.io/org/app:' + 'x'.repeat(129), 'tag'],
    ['ghcr.io/org//app', 'empty path component'],
    ['ghcr.io/', 'repository name is missing'],
    ['ghcr.io/org/app-', 'lowercase letters, digits'],
    ['ghcr.io/org/a..b', 'lowercase letters, digits'],
    ['bad_host.io/app', 'not a valid registry host'],
    ['host.io:99999/app', 'port'],
    ['ghcr.io/org app', 'whitespace'],
    ['ghcr.io/' + 'a'.repeat(260), 'longer than 255']
  ])('rejects %j (%s) naming the input', (text, why) => {
    const err = thrown(() => parseImageReference(text, 'subject-image'))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`subject-image`')
    expect(err.message).toContain(why)
  })

  it('names the default input `image`', () => {
    expect(thrown(() => parseImageReference('UPPER/x')).message).toMatch(/^`image`: "UPPER\/x"/)
  })
})

describe('registry addresses', () => {
  it('talks to Docker Hub at registry-1.docker.io', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io')
    expect(registryBaseURL('docker.io')).toBe('https://registry-1.docker.io')
    expect(cosignRepositoryName({ registry: 'docker.io', repository: 'library/x' })).toBe('index.docker.io/library/x')
  })

  it.each([
    ['localhost', 'http'],
    ['localhost:5000', 'http'],
    ['127.0.0.1:41234', 'http'],
    ['[::1]:5000', 'http'],
    ['127.0.0.2:5000', 'https'],
    ['ghcr.io', 'https'],
    ['localhost.example.com', 'https']
  ])('%s uses %s', (registry, scheme) => {
    expect(registryScheme(registry)).toBe(scheme)
  })

  it('uses http for listed insecure registries only', () => {
    expect(registryScheme('reg.internal:5000', ['reg.internal:5000'])).toBe('http')
    expect(registryScheme('reg.internal:5000', ['reg.internal'])).toBe('http')
    expect(registryScheme('reg.internal', ['http://reg.internal/'])).toBe('http')
    expect(registryScheme('reg.internal:5001', ['reg.internal:5000'])).toBe('https')
    expect(registryScheme('other.internal', ['reg.internal'])).toBe('https')
    expect(registryBaseURL('reg.internal:5000', ['reg.internal:5000'])).toBe('http://reg.internal:5000')
  })
})
