import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

import { glob, isDynamicPattern } from 'tinyglobby'

import { SealError } from '../util/errors.js'

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
 *
 * Paths outside the workspace (`cwd`) are taken only when asked for: a
 * literal path names its file wherever it is, and so does a glob that itself
 * starts outside (absolute, or through `..`). A glob written within the
 * workspace stays in it: a symbolic link it matches that leads out of the
 * workspace is an error, not a file silently signed or verified. Links that
 * stay inside are followed, and the subject keeps the link's name.
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
    if (isDynamicPattern(pattern) && !leavesWorkspace(pattern)) await checkInside(matches, pattern, cwd, input)
    for (const m of matches) {
      const path = resolve(m)
      found.set(path, { path, name: displayName(path, cwd) })
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** Whether a pattern itself points outside the working directory: absolute, or climbing with `..`. */
export function leavesWorkspace(pattern: string): boolean {
  return isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')
}

async function checkInside(matches: readonly string[], pattern: string, cwd: string, input: string): Promise<void> {
  const root = await realpath(cwd).catch(() => resolve(cwd))
  for (const m of matches) {
    const real = await realpath(m).catch(() => m)
    if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) continue
    throw new SealError(
      'INPUT_INVALID',
      `\`${input}\` pattern "${pattern}" matched ${displayName(resolve(m), cwd)}, a link to ${real} outside the workspace ${cwd}.`,
      { hint: 'Name a file outside the workspace explicitly (its path, or a pattern starting with / or ../), or remove the link.' }
    )
  }
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
