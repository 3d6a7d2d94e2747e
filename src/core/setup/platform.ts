/**
 * Runner platform -> cosign release asset names. cosign publishes one binary
 * per OS and architecture (`cosign-linux-amd64`, `cosign-windows-amd64.exe`, …)
 * and a Sigstore bundle for each (`<asset>.sigstore.json`).
 */
import { SealError } from '../util/errors.js'

export type CosignOS = 'linux' | 'darwin' | 'windows'
export type CosignArch = 'amd64' | 'arm64'

export interface CosignPlatform {
  os: CosignOS
  arch: CosignArch
}

const OS: Partial<Record<string, CosignOS>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' }
const ARCH: Partial<Record<string, CosignArch>> = { x64: 'amd64', arm64: 'arm64' }

/** Maps Node's `process.platform` / `process.arch` to cosign's names; throws for a runner cosign has no build for. */
export function cosignPlatform(platform: string, arch: string): CosignPlatform {
  const os = OS[platform]
  const cpu = ARCH[arch]
  if (!os || !cpu) {
    throw new SealError(
      'INPUT_INVALID',
      `\`cosign-release\`: seal installs cosign on Linux, macOS and Windows runners with x64 or arm64 CPUs; this runner is ${platform}/${arch}.`,
      { hint: 'Remove `cosign-release` on this runner, or install cosign another way.' }
    )
  }
  return { os, arch: cpu }
}

/** The release asset: `cosign-<os>-<arch>`, with `.exe` on Windows. */
export function cosignAssetName(p: CosignPlatform): string {
  return `cosign-${p.os}-${p.arch}${p.os === 'windows' ? '.exe' : ''}`
}

/** The Sigstore bundle published next to an asset. */
export function bundleAssetName(asset: string): string {
  return `${asset}.sigstore.json`
}

/** The name cosign gets on PATH. */
export function cosignExecutableName(p: CosignPlatform): string {
  return p.os === 'windows' ? 'cosign.exe' : 'cosign'
}
