/**
 * Installing the `seal` command line that ships with the actions: the CLI
 * bundle (index.js, its chunks and package.json) plus a small launcher.
 *
 * Which Node runs it: the CLI needs the Node the actions run on (24), and a
 * later step's PATH may only hold an older `node` (or none). The launcher
 * therefore records the absolute path of the Node that installed it and uses
 * it while it exists; `SEAL_NODE` overrides it, and `node` from PATH is the
 * fallback when the recorded one is gone (e.g. a runner update on a
 * self-hosted machine that keeps its tool cache).
 */
import { createHash } from 'node:crypto'
import { chmod, cp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import { SealError } from '../util/errors.js'

export const SEAL_TOOL = 'seal'
/** The version the CLI is cached under in the tool cache; kept equal to package.json's (a test checks). */
export const SEAL_VERSION = '0.1.0'

export interface LauncherFile {
  name: string
  text: string
}

/** `'…'` for /bin/sh. */
function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}

export function posixLauncher(nodePath: string): string {
  return [
    '#!/bin/sh',
    '# seal command line, installed by the seal setup action.',
    '# Runs on $SEAL_NODE if set, else on the Node that installed it, else on `node` from PATH.',
    'dir=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1',
    'node=${SEAL_NODE:-}',
    'if [ -z "$node" ]; then',
    `  node=${shQuote(nodePath)}`,
    '  [ -x "$node" ] || node=node',
    'fi',
    'exec "$node" "$dir/index.js" "$@"',
    ''
  ].join('\n')
}

export function windowsLauncher(nodePath: string): string {
  const quoted = nodePath.replace(/"/g, '')
  return [
    '@echo off',
    'rem seal command line, installed by the seal setup action.',
    'setlocal',
    'set "SEAL_NODE_BIN=%SEAL_NODE%"',
    `if not defined SEAL_NODE_BIN if exist "${quoted}" set "SEAL_NODE_BIN=${quoted}"`,
    'if not defined SEAL_NODE_BIN set "SEAL_NODE_BIN=node"',
    '"%SEAL_NODE_BIN%" "%~dp0index.js" %*',
    'exit /b %ERRORLEVEL%',
    ''
  ].join('\r\n')
}

/** The launchers for a platform: the shell script everywhere, plus `seal.cmd` on Windows. */
export function sealLaunchers(nodePath: string, platform: NodeJS.Platform): LauncherFile[] {
  const files = [{ name: 'seal', text: posixLauncher(nodePath) }]
  if (platform === 'win32') files.push({ name: 'seal.cmd', text: windowsLauncher(nodePath) })
  return files
}

/** The file a user (or a later step) runs. */
export function sealExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'seal.cmd' : 'seal'
}

/** Files of the CLI bundle, relative to its directory. Throws when the bundle is missing. */
async function cliFiles(cliDir: string): Promise<string[]> {
  const hasEntry = await stat(join(cliDir, 'index.js')).then(
    s => s.isFile(),
    () => false
  )
  if (!hasEntry) {
    throw new SealError('IO_ERROR', `The seal command line is missing from the action: no ${join(cliDir, 'index.js')}.`, {
      hint: 'Use a released ref of the action (it ships dist/cli), or build it with `npm run bundle`.'
    })
  }
  const entries = await readdir(cliDir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => relative(cliDir, join(e.parentPath, e.name)))
    .sort()
}

/** Copies the CLI bundle into `stagingDir` and writes the launchers next to it. */
export async function stageSealCLI(cliDir: string, stagingDir: string, launchers: readonly LauncherFile[]): Promise<void> {
  await cliFiles(cliDir)
  try {
    await cp(cliDir, stagingDir, { recursive: true })
    for (const l of launchers) {
      const path = join(stagingDir, l.name)
      await writeFile(path, l.text)
      await chmod(path, 0o755)
    }
  } catch (err) {
    throw new SealError('IO_ERROR', `cannot prepare the seal command line in ${stagingDir}: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      cause: err
    })
  }
}

async function sha256Of(path: string): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  } catch {
    return undefined
  }
}

/**
 * True when `installedDir` holds exactly this CLI bundle (same bytes for every
 * file) and these launchers. A tool cache entry from another build of the same
 * version, a damaged one, or one whose launcher points at another Node, is not.
 */
export async function isSameInstall(cliDir: string, installedDir: string, launchers: readonly LauncherFile[]): Promise<boolean> {
  for (const name of await cliFiles(cliDir)) {
    const [want, have] = await Promise.all([sha256Of(join(cliDir, name)), sha256Of(join(installedDir, name))])
    if (want === undefined || want !== have) return false
  }
  for (const l of launchers) {
    const text = await readFile(join(installedDir, l.name), 'utf8').catch(() => undefined)
    if (text !== l.text) return false
  }
  return true
}
