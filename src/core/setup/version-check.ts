/**
 * Checking an installed program: the setup action runs it once (`seal
 * --version`, `cosign version`) and hands the exit code and output here.
 * A program that does not run, or reports another version than the one
 * installed, fails the step instead of being left on PATH for later steps.
 */
import { SealError } from '../util/errors.js'

/** What one run of a program gave back. */
export interface ProgramRun {
  exitCode: number
  stdout: string
  stderr: string
}

/** The arguments that make each installed tool print its version. */
export function versionArgs(tool: 'seal' | 'cosign'): string[] {
  return tool === 'seal' ? ['--version'] : ['version']
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whether `output` names `version` (with or without a leading v) as a whole
 * version: `v3.0.6` and `GitVersion: 3.0.6` report 3.0.6, while `3.0.60`,
 * `13.0.6` and `v3.0.6-rc.1` do not.
 */
export function reportsVersion(output: string, version: string): boolean {
  const bare = escapeRegExp(version.replace(/^v/, ''))
  return new RegExp(`(?:^|[^0-9A-Za-z.])v?${bare}(?![0-9A-Za-z]|[.+-][0-9A-Za-z])`).test(output)
}

/** The lines of a program's output worth quoting: those naming a version, else the first; at most 200 characters. */
export function versionExcerpt(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean)
  const chosen = lines.filter(l => /version/i.test(l))
  const text = (chosen.length ? chosen : lines.slice(0, 1)).join(' / ')
  return text.length > 200 ? `${text.slice(0, 197)}...` : text
}

/**
 * Throws unless the program exited with 0 and its output (stdout, then
 * stderr) reports `version`. `command` names what was run, for the message.
 */
export function checkReportedVersion(tool: string, version: string, command: string, run: ProgramRun): void {
  const output = `${run.stdout}\n${run.stderr}`
  const excerpt = versionExcerpt(output)
  if (run.exitCode !== 0) {
    throw new SealError('IO_ERROR', `The installed ${tool} does not run: \`${command}\` exited with code ${run.exitCode}${excerpt ? ` (${excerpt})` : ''}.`)
  }
  if (!reportsVersion(output, version)) {
    throw new SealError(
      'VERIFICATION_FAILED',
      `The installed ${tool} is not version ${version}: \`${command}\` printed ${excerpt ? JSON.stringify(excerpt) : 'nothing'}.`,
      { hint: `The files installed as ${tool} ${version} are another release; check the download URL and the tool cache.` }
    )
  }
}
