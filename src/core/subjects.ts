import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'

import { glob, isDynamicPattern } from 'tinyglobby'

import { SealError } from './errors.js'

export const BUNDLE_SUFFIX = '.sigstore.json'

/** Splits a multi-value input: one value per line or comma; blank entries dropped. */
export function splitList(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

export interface ResolvedFile {
  /** Absolute path. */
  path: string
  /** Path relative to the working directory, as shown to users. */
  name: string
}

/**
 * Resolves file globs (or plain paths) against `cwd`. Every pattern must match
 * at least one regular file; the result is de-duplicated and sorted.
 */
export async function resolveFiles(patterns: readonly string[], cwd: string, input = 'subject-path'): Promise<ResolvedFile[]> {
  if (patterns.length === 0) {
    throw new SealError('INPUT_INVALID', `\`${input}\` is empty: give at least one file or glob.`)
  }
  const found = new Map<string, ResolvedFile>()
  for (const pattern of patterns) {
    const matches = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: true })
      : await literal(pattern, cwd)
    if (matches.length === 0) {
      throw new SealError('SUBJECT_NOT_FOUND', `\`${input}\` pattern "${pattern}" matched no file (searched from ${cwd}).`)
    }
    for (const m of matches) {
      const path = resolve(m)
      found.set(path, { path, name: displayName(path, cwd) })
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
}

async function literal(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern)
  try {
    const s = await stat(path)
    if (s.isFile()) return [path]
    if (s.isDirectory()) {
      throw new SealError('INPUT_INVALID', `"${pattern}" is a directory; use a glob such as "${pattern.replace(/\/$/, '')}/*".`)
    }
    return []
  } catch (err) {
    if (err instanceof SealError) throw err
    return []
  }
}

export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel
}

/**
 * Drops files that are the bundles of other files in the list (`x.sigstore.json`
 * beside `x`), so a glob such as `dist/*` covers the artifacts, not their bundles.
 */
export function withoutBundles(files: readonly ResolvedFile[]): ResolvedFile[] {
  const paths = new Set(files.map(f => f.path))
  return files.filter(f => !(f.path.endsWith(BUNDLE_SUFFIX) && paths.has(f.path.slice(0, -BUNDLE_SUFFIX.length))))
}
