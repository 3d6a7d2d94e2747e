import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readStatement, statementsToSign, subjectFileName } from '../../../src/core/attest/statement.js'
import { requireAnnotations } from '../../../src/core/verify/annotations.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [
    { name: 'pkg-1.0.tar.gz', digest: { sha256: A } },
    { name: 'pkg-1.0-py3-none-any.whl', digest: { sha256: B } }
  ],
  predicateType: 'https://docs.pypi.org/attestations/publish/v1',
  predicate: { note: 'built by hand' }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-statement-'))
})

async function file(name: string, content: unknown): Promise<string> {
  await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return name
}

describe('readStatement', () => {
  it('reads a complete statement and keeps its bytes', async () => {
    const given = await readStatement(await file('s.json', STATEMENT), dir, 1 << 20)
    expect(given.json.subject).toEqual(STATEMENT.subject)
    expect(given.json.predicateType).toBe(STATEMENT.predicateType)
    expect(given.bytes.toString()).toBe(JSON.stringify(STATEMENT, null, 2))
  })

  it('refuses what is not an in-toto statement, naming the problem', async () => {
    const bad = async (content: unknown) => readStatement(await file('bad.json', content), dir, 1 << 20)
    await expect(bad({ ...STATEMENT, _type: 'x' })).rejects.toThrow(/`statement-path` \(bad.json\): _type is "x"/)
    await expect(bad({ ...STATEMENT, subject: [] })).rejects.toThrow(/it has no subjects/)
    await expect(bad({ ...STATEMENT, subject: [{ name: 'x' }] })).rejects.toThrow(/subject 0 has no digest/)
    await expect(bad({ ...STATEMENT, subject: [{ digest: { sha256: 'zz' } }] })).rejects.toThrow(/the sha256 digest of subject 0 is not hex/)
    await expect(bad({ ...STATEMENT, predicateType: 'not a uri' })).rejects.toThrow(/predicateType "not a uri" is not a URI/)
    await expect(bad({ ...STATEMENT, predicate: [1] })).rejects.toThrow(/predicate is not a JSON object/)
    await expect(bad('[1]')).rejects.toThrow(/it is not a JSON object/)
    await expect(readStatement('missing.json', dir, 1 << 20)).rejects.toThrow(/`statement-path`: no file at/)
  })
})

describe('statementsToSign', () => {
  it('signs a given statement byte for byte when whole, and one copy per subject when split', async () => {
    const given = await readStatement(await file('s2.json', STATEMENT), dir, 1 << 20)
    const [whole] = statementsToSign(given.json.subject, given.json.predicateType, given.json.predicate, false, given)
    expect(whole.payload.equals(given.bytes)).toBe(true)
    const split = statementsToSign(given.json.subject, given.json.predicateType, given.json.predicate, true, given)
    expect(split.map(s => JSON.parse(s.payload.toString()))).toEqual(STATEMENT.subject.map(s => ({ ...STATEMENT, subject: [s] })))
  })

  it('builds one statement per subject from subjects and a predicate', () => {
    const split = statementsToSign(STATEMENT.subject, 'https://slsa.dev/provenance/v1', { x: 1 }, true)
    expect(split).toHaveLength(2)
    expect(split.map(s => JSON.parse(s.payload.toString()).subject)).toEqual([[STATEMENT.subject[0]], [STATEMENT.subject[1]]])
  })

  it('names each bundle after its subject, uniquely and safely', () => {
    const taken = new Set<string>()
    expect(subjectFileName({ name: 'dist/pkg.whl', digest: { sha256: A } }, taken)).toBe('pkg.whl.sigstore.json')
    expect(subjectFileName({ name: 'other/pkg.whl', digest: { sha256: B } }, taken)).toBe('pkg.whl-2.sigstore.json')
    expect(subjectFileName({ name: '../..', digest: { sha256: A } }, taken)).toBe('aaaaaaaaaaaaaaaa.sigstore.json')
    expect(subjectFileName({ digest: { sha256: B } }, taken)).toBe('bbbbbbbbbbbbbbbb.sigstore.json')
  })
})

describe('requireAnnotations', () => {
  it('passes with every pair present and fails on a wrong, missing or absent set', () => {
    expect(() => requireAnnotations({ a: '1', b: '2' }, { a: '1' })).not.toThrow()
    expect(() => requireAnnotations(undefined, {})).not.toThrow()
    expect(() => requireAnnotations({ a: '2' }, { a: '1' })).toThrow(/annotation mismatch: a="2" \(expected "1"\)/)
    expect(() => requireAnnotations({}, { a: '1' })).toThrow(/annotation mismatch: a missing/)
    expect(() => requireAnnotations(undefined, { a: '1' })).toThrow(/carries no signed annotations/)
  })
})
