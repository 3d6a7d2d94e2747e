import { checkSignedRepository } from '../../../src/core/image/signed-reference.js'
import { parseRepository } from '../../../src/core/oci/reference.js'
import { readVerifyInputs } from '../../../src/core/inputs/read.js'
import { thrown } from '../../support/errors.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('checkSignedRepository', () => {
  it('checks nothing without `signed-repository`, as cosign (mirrors, containers/image payloads)', () => {
    for (const ref of ['registry.example.com/org/app', 'mirror.internal/copy:v1', `quay.io/x/y@${DIGEST}`, 'not a reference']) {
      expect(() => checkSignedRepository(ref, undefined)).not.toThrow()
    }
  })

  it('compares the repository part only: tags and digests (containers/image) and Docker Hub spellings match', () => {
    const repo = parseRepository('registry.example.com/org/app', 'signed-repository')
    for (const ref of [
      'registry.example.com/org/app',
      'registry.example.com/org/app:v1.2',
      `registry.example.com/org/app@${DIGEST}`,
      `registry.example.com/org/app:v1@${DIGEST}`
    ]) {
      expect(() => checkSignedRepository(ref, repo)).not.toThrow()
    }
    const hub = parseRepository('ubuntu', 'signed-repository')
    for (const ref of ['index.docker.io/library/ubuntu', 'docker.io/library/ubuntu:24.04', 'ubuntu'])
      expect(() => checkSignedRepository(ref, hub)).not.toThrow()
  })

  it('rejects another repository, another registry, a prefix, and a payload that names no repository', () => {
    const repo = parseRepository('registry.example.com/org/app', 'signed-repository')
    for (const ref of [
      'registry.example.com/org/other',
      'mirror.example.com/org/app',
      'registry.example.com/org/app/sub',
      'registry.example.com/org',
      '',
      'Not/A Reference'
    ]) {
      const err = thrown(() => checkSignedRepository(ref, repo))
      expect(err.code).toBe('DIGEST_MISMATCH')
      expect(err.message).toContain('registry.example.com/org/app (`signed-repository`)')
      expect(err.hint).toContain('signed-repository')
    }
  })
})

describe('the `signed-repository` input', () => {
  const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  const image = 'r.example/app@sha256:' + 'a'.repeat(64)

  it('is read for images and checked at once', () => {
    expect(readVerifyInputs(getter({ image, 'signed-repository': 'r.example/app' })).signedRepository).toBe('r.example/app')
    expect(readVerifyInputs(getter({ image })).signedRepository).toBeUndefined()
    expect(thrown(() => readVerifyInputs(getter({ image, 'signed-repository': 'r.example/app:v1' }))).message).toContain('`signed-repository`')
    expect(thrown(() => readVerifyInputs(getter({ image, 'signed-repository': 'R.example/App' }))).code).toBe('INPUT_INVALID')
  })

  it('applies to images only', () => {
    expect(thrown(() => readVerifyInputs(getter({ 'subject-path': 'a.txt', 'signed-repository': 'r.example/app' }))).message).toContain(
      'set `image` or `local-image`'
    )
  })
})
