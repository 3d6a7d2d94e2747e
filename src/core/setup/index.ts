/**
 * The setup action's entry into the library: its inputs, where the seal
 * command line is staged from, the cosign platform names and the summary.
 * Fetching and verifying a cosign release loads the verifier, so it is
 * loaded only when cosign is asked for.
 */
import type { CosignReleaseOptions, VerifiedCosign } from './cosign.js'

export type { CosignReleaseOptions, VerifiedCosign } from './cosign.js'
export { readSetupInputs, type SetupInputs } from './inputs.js'
export { cosignExecutableName, cosignPlatform } from './platform.js'
export { isSameInstall, sealExecutableName, sealLaunchers, SEAL_TOOL, SEAL_VERSION, stageSealCLI } from './seal-cli.js'
export { setupSummary, type InstalledTool } from './summary.js'
export { checkReportedVersion, reportsVersion, versionArgs, type ProgramRun } from './version-check.js'

/** Downloads a cosign release and verifies its checksum and signature (the verifier loads on the first call). */
export async function fetchVerifiedCosign(opts: CosignReleaseOptions): Promise<VerifiedCosign> {
  const { fetchVerifiedCosign: fetch } = await import('./cosign.js')
  return fetch(opts)
}
