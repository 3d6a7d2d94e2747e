import { bundleAssetName, cosignAssetName, cosignExecutableName, cosignPlatform } from '../../../src/core/setup/platform.js'

describe('cosignPlatform', () => {
  it.each([
    ['linux', 'x64', 'cosign-linux-amd64'],
    ['linux', 'arm64', 'cosign-linux-arm64'],
    ['darwin', 'x64', 'cosign-darwin-amd64'],
    ['darwin', 'arm64', 'cosign-darwin-arm64'],
    ['win32', 'x64', 'cosign-windows-amd64.exe'],
    ['win32', 'arm64', 'cosign-windows-arm64.exe']
  ])('maps %s/%s to %s', (platform, arch, asset) => {
    expect(cosignAssetName(cosignPlatform(platform, arch))).toBe(asset)
  })

  it('names the bundle after the asset, .exe included', () => {
    expect(bundleAssetName('cosign-windows-amd64.exe')).toBe('cosign-windows-amd64.exe.sigstore.json')
    expect(bundleAssetName('cosign-linux-amd64')).toBe('cosign-linux-amd64.sigstore.json')
  })

  it('installs cosign.exe on Windows and cosign elsewhere', () => {
    expect(cosignExecutableName(cosignPlatform('win32', 'x64'))).toBe('cosign.exe')
    expect(cosignExecutableName(cosignPlatform('darwin', 'arm64'))).toBe('cosign')
  })

  it.each([
    ['freebsd', 'x64'],
    ['linux', 'ia32'],
    ['linux', 'arm'],
    ['aix', 'ppc64']
  ])('refuses %s/%s, naming cosign-release', (platform, arch) => {
    expect(() => cosignPlatform(platform, arch)).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining(`\`cosign-release\``) })
    )
    expect(() => cosignPlatform(platform, arch)).toThrow(`this runner is ${platform}/${arch}`)
  })
})
