import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { collectSubjects } from '../../../src/core/attest/subjects.js'
import { rejection } from '../../support/errors.js'

const A = 'a'.repeat(64)

describe('collectSubjects: subject-checksums', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seal-attest-subjects-'))
    await writeFile(join(dir, 'SHA256SUMS'), `\ufeffSHA256 (app.tgz) = ${A}\r\n`)
  })

  it('reads a file, or a single line given as the value itself, in either form', async () => {
    const want = [{ name: 'app.tgz', digest: { sha256: A } }]
    expect(await collectSubjects({ subjectPatterns: [], subjectChecksums: 'SHA256SUMS' }, dir)).toEqual(want)
    expect(await collectSubjects({ subjectPatterns: [], subjectChecksums: `${A}  app.tgz` }, dir)).toEqual(want)
    expect(await collectSubjects({ subjectPatterns: [], subjectChecksums: `SHA256 (app.tgz) = ${A}` }, dir)).toEqual(want)
    expect(await collectSubjects({ subjectPatterns: [], subjectChecksums: `\\${A}  app.tgz` }, dir)).toEqual(want)
  })

  it('says when the value is neither a file nor a checksums line', async () => {
    const err = await rejection(collectSubjects({ subjectPatterns: [], subjectChecksums: 'missing.txt' }, dir))
    expect(err.message).toContain('no file at')
    const bad = await rejection(collectSubjects({ subjectPatterns: [], subjectChecksums: `SHA512 (app.tgz) = ${A}` }, dir))
    expect(bad.message).toContain('not a checksums list')
  })
})
