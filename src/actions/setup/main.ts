import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import * as core from '@actions/core'

import {
  cosignExecutableName,
  cosignPlatform,
  fetchVerifiedCosign,
  isSameInstall,
  readSetupInputs,
  sealExecutableName,
  sealLaunchers,
  SEAL_TOOL,
  SEAL_VERSION,
  setupSummary,
  stageSealCLI,
  type InstalledTool,
  type SetupInputs,
  type VerifiedCosign
} from '../../core/setup/index.js'
import { fail, getInput, writeSummary } from '../shared/runner.js'
import { checkInstalled } from './check.js'

/** The CLI bundle shipped with the action: dist/cli next to this bundle's dist/setup. */
function shippedCLIDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'cli')
}

/**
 * The runner's tool cache, loaded when first used: it brings an HTTP client
 * this action never uses, and the step's first line is printed before it.
 */
function toolCache(): Promise<typeof import('@actions/tool-cache')> {
  return import('@actions/tool-cache')
}

async function workDir(prefix: string): Promise<string> {
  return mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), prefix))
}

/** setup action: puts `seal` (and optionally a verified cosign) on PATH through the tool cache, and runs each once to check it. */
export async function run(): Promise<void> {
  try {
    const inputs = readSetupInputs(getInput)
    core.info(`Setting up seal ${SEAL_VERSION}${inputs.cosignRelease ? ` and cosign ${inputs.cosignRelease}` : ''}`)
    const tools: InstalledTool[] = []

    const seal = await installSeal()
    await checkInstalled({ ...seal, tool: 'seal' })
    tools.push(seal)
    core.addPath(dirname(seal.path))
    core.setOutput('seal-path', seal.path)

    let verified: VerifiedCosign | undefined
    if (inputs.cosignRelease) {
      const cosign = await installCosign(inputs, inputs.cosignRelease)
      await checkInstalled({ ...cosign.tool, tool: 'cosign' })
      tools.push(cosign.tool)
      verified = cosign.verified
      core.addPath(dirname(cosign.tool.path))
      core.setOutput('cosign-path', cosign.tool.path)
    } else {
      core.setOutput('cosign-path', '')
    }

    core.setOutput('cache-hit', String(tools.every(t => t.cached)))
    if (inputs.showSummary) await writeSummary(setupSummary({ tools, cosign: verified }))
  } catch (err) {
    fail(err)
  }
}

async function installSeal(): Promise<InstalledTool> {
  const cliDir = shippedCLIDir()
  const launchers = sealLaunchers(process.execPath, process.platform)
  const exe = sealExecutableName(process.platform)
  const tc = await toolCache()
  const found = tc.find(SEAL_TOOL, SEAL_VERSION)
  if (found && (await isSameInstall(cliDir, found, launchers))) {
    core.info(`seal ${SEAL_VERSION} found in the tool cache: ${found}`)
    return { tool: 'seal', version: SEAL_VERSION, path: join(found, exe), cached: true }
  }
  if (found) core.info(`The tool cache holds another build of seal ${SEAL_VERSION}; replacing it.`)
  const staging = await workDir('seal-cli-')
  try {
    await stageSealCLI(cliDir, staging, launchers)
    const dir = await tc.cacheDir(staging, SEAL_TOOL, SEAL_VERSION)
    core.info(`seal ${SEAL_VERSION} installed in ${dir}`)
    return { tool: 'seal', version: SEAL_VERSION, path: join(dir, exe), cached: false }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function installCosign(inputs: SetupInputs, version: string): Promise<{ tool: InstalledTool; verified?: VerifiedCosign }> {
  const platform = cosignPlatform(process.platform, process.arch)
  const exe = cosignExecutableName(platform)
  const tc = await toolCache()
  const found = tc.find('cosign', version)
  if (found) {
    core.info(`cosign ${version} found in the tool cache: ${found}`)
    return { tool: { tool: 'cosign', version, path: join(found, exe), cached: true } }
  }
  const dir = await workDir('seal-cosign-')
  try {
    const verified = await fetchVerifiedCosign({
      version,
      downloadURL: inputs.cosignDownloadURL,
      platform,
      certificateIdentity: inputs.cosignCertificateIdentity,
      certificateOidcIssuer: inputs.cosignCertificateOidcIssuer,
      trustedRootPath: inputs.trustedRootPath,
      releaseKeyPath: inputs.cosignReleaseKey,
      workDir: dir,
      timeoutMs: inputs.timeoutMs,
      retries: inputs.retries,
      log: line => core.info(line)
    })
    await chmod(verified.path, 0o755)
    const cached = await tc.cacheFile(verified.path, exe, 'cosign', version)
    const path = join(cached, exe)
    await chmod(path, 0o755)
    core.info(`cosign ${version} installed in ${cached}`)
    return { tool: { tool: 'cosign', version, path, cached: false }, verified }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
