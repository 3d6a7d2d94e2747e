/**
 * Runs the bundled command line (`node bin/seal.js`, built by `npm run bundle`)
 * with only PATH and HOME from the environment, as a user's shell would.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'

import { ROOT } from './runner.js'

export interface CLIRun {
  code: number
  stdout: string
  stderr: string
}

export function runSeal(args: string[], cwd: string): Promise<CLIRun> {
  return new Promise(res =>
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'seal.js'), ...args],
      { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      (err, stdout, stderr) => res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  )
}
