import { createHash } from 'node:crypto'

import {
  cosignTag,
  descriptorJSON,
  digestOf,
  EMPTY_CONFIG_BYTES,
  EMPTY_CONFIG_DIGEST,
  isDigest,
  parseDescriptor,
  referrersTag
} from '../../../src/core/oci/types.js'
import { thrown } from '../../support/errors.js'

const HEX = 'ab'.repeat(32)

describe('OCI types', () => {
  it('has the digest of the empty config', () => {
    expect(digestOf(EMPTY_CONFIG_BYTES)).toBe(EMPTY_CONFIG_DIGEST)
    expect(EMPTY_CONFIG_DIGEST).toBe('sha256:' + createHash('sha256').update('{}').digest('hex'))
  })

  it('names the referrers tag and cosign tags after the digest', () => {
    expect(referrersTag(`sha256:${HEX}`)).toBe(`sha256-${HEX}`)
    expect(referrersTag(`sha512:${'cd'.repeat(64)}`)).toBe(`sha512-${'cd'.repeat(32)}`)
    expect(cosignTag(`sha256:${HEX}`, 'sig')).toBe(`sha256-${HEX}.sig`)
    expect(cosignTag(`sha256:${HEX}`, 'att')).toBe(`sha256-${HEX}.att`)
    expect(cosignTag(`sha256:${HEX}`, 'sbom')).toBe(`sha256-${HEX}.sbom`)
    expect(thrown(() => referrersTag('latest')).code).toBe('INPUT_INVALID')
  })

  it('recognises verifiable digests only', () => {
    expect(isDigest(`sha256:${HEX}`)).toBe(true)
    expect(isDigest(`sha256:${HEX.toUpperCase()}`)).toBe(false)
    expect(isDigest(`sha256:${HEX}00`)).toBe(false)
    expect(isDigest(`sha512:${HEX}`)).toBe(false)
    expect(isDigest(`md5:${HEX}`)).toBe(false)
  })

  it('parses descriptors and refuses malformed ones', () => {
    const d = parseDescriptor({ mediaType: 'a/b', size: 3, digest: `sha256:${HEX}`, artifactType: 'x/y', annotations: { k: 'v' }, extra: 1 }, 'it')
    expect(d).toEqual({ mediaType: 'a/b', size: 3, digest: `sha256:${HEX}`, artifactType: 'x/y', annotations: { k: 'v' } })
    for (const bad of [
      null,
      [],
      { size: 1, digest: `sha256:${HEX}` },
      { mediaType: 'a/b', size: -1, digest: `sha256:${HEX}` },
      { mediaType: 'a/b', size: 1, digest: 'nope' },
      { mediaType: 'a/b', size: 1, digest: `sha256:${HEX}`, annotations: { k: 1 } }
    ]) {
      const err = thrown(() => parseDescriptor(bad, 'Entry 3'))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toContain('Entry 3')
    }
  })

  it('with `verifiable`, takes only digests seal can check', () => {
    const base = { mediaType: 'a/b', size: 1 }
    expect(parseDescriptor({ ...base, digest: `sha256:${HEX}` }, 'it', { verifiable: true }).digest).toBe(`sha256:${HEX}`)
    expect(parseDescriptor({ ...base, digest: `sha512:${HEX}${HEX}` }, 'it', { verifiable: true }).digest).toBe(`sha512:${HEX}${HEX}`)
    // Well-formed by the OCI grammar, but not checkable: accepted plain, refused when it must be verified.
    for (const digest of ['md5:abc', `sha256:${HEX.toUpperCase()}`, `sha256:${HEX.slice(1)}`]) {
      expect(() => parseDescriptor({ ...base, digest }, 'it')).not.toThrow()
      const err = thrown(() => parseDescriptor({ ...base, digest }, 'Layer 2', { verifiable: true }))
      expect(err.code).toBe('REGISTRY_ERROR')
      expect(err.message).toMatch(/^Layer 2 is not a valid descriptor: digest ".*" is not one seal can check/)
    }
  })

  it('writes descriptors in go-containerregistry field order with sorted annotations', () => {
    const json = JSON.stringify(descriptorJSON({ artifactType: 't', annotations: { b: '2', a: '1' }, digest: `sha256:${HEX}`, size: 1, mediaType: 'm' }))
    expect(json).toBe(`{"mediaType":"m","size":1,"digest":"sha256:${HEX}","annotations":{"a":"1","b":"2"},"artifactType":"t"}`)
  })
})
