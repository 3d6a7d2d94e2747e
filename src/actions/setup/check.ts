import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'

import { checkReportedVersion, versionArgs, type InstalledTool } from '../../core/setup/index.js'
import { messageOf, SealError } from '../../core/index.js'

/**
 * Runs an installed tool once (`seal --version`, `cosign version`) and fails
 * unless it runs and reports the version it was installed as.
 */
export async function checkInstalled(installed: InstalledTool & { tool: 'seal' | 'cosign' }): Promise<void> {
  const args = versionArgs(installed.tool)
  const command = `${installed.tool} ${args.join(' ')}`
  let run: Awaited<ReturnType<typeof getExecOutput>>
  try {
    run = await getExecOutput(installed.path, args, { silent: true, ignoreReturnCode: true })
  } catch (err) {
    throw new SealError('IO_ERROR', `The installed ${installed.tool} does not run: \`${command}\` at ${installed.path} failed: ${messageOf(err)}`)
  }
  checkReportedVersion(installed.tool, installed.version, command, run)
  core.info(`${command}: reports ${installed.version}`)
}
