import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'

import { mapLimit } from '../util/concurrency.js'
import { digestFile, parseDigest } from '../subjects/digest.js'
import { SealError } from '../util/errors.js'
import type { StatementSubject } from '../formats/intoto.js'
import { resolveFiles, withoutBundles } from '../subjects/files.js'
import { isChecksumsLine, parseChecksums } from './checksums.js'

export interface SubjectSources {
  subjectPatterns: readonly string[]
  subjectDigest?: string
  subjectName?: string
  subjectChecksums?: string
}

/** Largest checksums file read (a line per subject: millions of subjects fit). */
const MAX_CHECKSUMS_BYTES = 256 * 1024 * 1024

/**
 * Every subject of a statement: files (sha256, named by base name, or by
 * `subject-name` for a single file), a named digest, and a checksums list.
 */
export async function collectSubjects(src: SubjectSources, cwd: string): Promise<StatementSubject[]> {
  const subjects: StatementSubject[] = []
  if (src.subjectPatterns.length) {
    const files = withoutBundles(await resolveFiles(src.subjectPatterns, cwd))
    const named = files.length === 1 && src.subjectName && !src.subjectDigest
    const digests = await mapLimit(files, 4, f => digestFile(f.path, ['sha256']))
    files.forEach((f, i) => {
      subjects.push({ name: named ? (src.subjectName as string) : basename(f.path), digest: { sha256: digests[i].sha256.toString('hex') } })
    })
  }
  if (src.subjectDigest) {
    const d = parseDigest(src.subjectDigest)
    if (!d) {
      throw new SealError('INPUT_INVALID', `\`subject-digest\` must be <algorithm>:<hex> with sha256, sha384 or sha512, got "${src.subjectDigest}".`)
    }
    subjects.push({ name: src.subjectName as string, digest: { [d.algorithm]: d.digest.toString('hex') } })
  }
  if (src.subjectChecksums) subjects.push(...parseChecksums(await checksumsText(src.subjectChecksums, cwd)))
  return subjects
}

/** The input is a file when one exists at that path, else the checksums themselves. */
async function checksumsText(value: string, cwd: string): Promise<string> {
  if (!value.includes('\n')) {
    const path = resolve(cwd, value)
    const s = await stat(path).catch(() => undefined)
    if (s?.isFile()) {
      if (s.size > MAX_CHECKSUMS_BYTES) throw new SealError('INPUT_INVALID', `\`subject-checksums\` file ${value} is larger than 256 MiB.`)
      return readFile(path, 'utf8')
    }
    if (!isChecksumsLine(value.replace(/^\ufeff/, '').replace(/\r$/, ''))) {
      throw new SealError('INPUT_INVALID', `\`subject-checksums\`: no file at ${path}, and the value is not a checksums list either.`)
    }
  }
  return value
}
