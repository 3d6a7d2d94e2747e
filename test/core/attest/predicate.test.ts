import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { resolvePredicate } from '../../../src/core/attest/predicate.js'
import { rejection } from '../../support/errors.js'

const TYPE = 'https://example.com/predicate/v1'
const MAX = 1024 * 1024

describe('resolvePredicate', () => {
  let dir: string
  const ctx = () => ({ cwd: dir, claims: {} })
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seal-predicate-'))
  })

  it('reads a custom predicate inline or from a file, and an SBOM from a file', async () => {
    await writeFile(join(dir, 'p.json'), '{"a":1}')
    await writeFile(join(dir, 'sbom.json'), JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' }))
    expect(await resolvePredicate({ predicateType: TYPE, predicate: '{"a":1}', maxPredicateBytes: MAX }, ctx())).toEqual({
      predicateType: TYPE,
      predicate: { a: 1 },
      kind: 'custom'
    })
    expect((await resolvePredicate({ predicateType: TYPE, predicatePath: 'p.json', maxPredicateBytes: MAX }, ctx())).predicate).toEqual({ a: 1 })
    const sbom = await resolvePredicate({ sbomPath: 'sbom.json', maxPredicateBytes: MAX }, ctx())
    expect(sbom.predicateType).toBe('https://spdx.dev/Document/v2.3')
  })

  it('refuses files over the size limit', async () => {
    await writeFile(join(dir, 'big.json'), `{"a":"${'x'.repeat(2000)}"}`)
    const err = await rejection(resolvePredicate({ predicateType: TYPE, predicatePath: 'big.json', maxPredicateBytes: 1000 }, ctx()))
    expect(err.message).toContain('over the limit')
  })

  describe('regressions found by the property tests', () => {
    // Once a TypeError from path.resolve(cwd, undefined).
    it('asks for the predicate when only predicate-type is set', async () => {
      const err = await rejection(resolvePredicate({ predicateType: TYPE, maxPredicateBytes: MAX }, ctx()))
      expect(err.code).toBe('INPUT_INVALID')
      expect(err.message).toBe('`predicate-type` needs the predicate itself: set `predicate` (JSON) or `predicate-path` (a JSON file).')
    })

    // Once named `predicate-path`.
    it('names `predicate` when the inline predicate is empty', async () => {
      const err = await rejection(resolvePredicate({ predicateType: TYPE, predicate: '', maxPredicateBytes: MAX }, ctx()))
      expect(err.message).toMatch(/^`predicate` does not parse/)
    })

    // Once read with U+FFFD in place of the bad bytes, and attested so.
    it('refuses files that are not UTF-8, and says so for UTF-16', async () => {
      await writeFile(
        join(dir, 'bad.json'),
        Buffer.concat([Buffer.from('{"spdxVersion":"SPDX-2.3","SPDXID":"x","name":"a'), Buffer.from([0xff]), Buffer.from('"}')])
      )
      expect((await rejection(resolvePredicate({ sbomPath: 'bad.json', maxPredicateBytes: MAX }, ctx()))).message).toBe('`sbom-path` is not valid UTF-8 text.')
      await writeFile(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]))
      const err = await rejection(resolvePredicate({ predicateType: TYPE, predicatePath: 'utf16.json', maxPredicateBytes: MAX }, ctx()))
      expect(err.message).toBe('`predicate-path` is UTF-16 text; seal reads UTF-8.')
      expect(err.hint).toContain('UTF-8')
    })

    it('reads a file with a UTF-8 byte order mark', async () => {
      await writeFile(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]))
      expect((await resolvePredicate({ predicateType: TYPE, predicatePath: 'bom.json', maxPredicateBytes: MAX }, ctx())).predicate).toEqual({ a: 1 })
    })

    // Once accepted, to fail with a RangeError when the statement was serialized.
    it('refuses a predicate nested deeper than the limit', async () => {
      const d = 100_000
      const err = await rejection(resolvePredicate({ predicateType: TYPE, predicate: `{"a":${'['.repeat(d)}${']'.repeat(d)}}`, maxPredicateBytes: MAX }, ctx()))
      expect(err.message).toBe('`predicate` nests arrays or objects more than 1000 levels deep.')
    })
  })
})
