import { checkReportedVersion, reportsVersion, versionArgs, versionExcerpt } from '../../../src/core/setup/version-check.js'
import { thrown } from '../../support/errors.js'

const COSIGN_VERSION_OUTPUT = [
  '  ______   ______        _______. __    _______ .__   __.',
  ' /      | /  __  \\      /       ||  |  /  _____||  \\ |  |',
  'cosign: A tool for Container Signing, Verification and Storage in an OCI registry.',
  '',
  'GitVersion:    v3.0.6',
  'GitCommit:     0123456789abcdef',
  'GitTreeState:  clean'
].join('\n')

describe('reportsVersion', () => {
  it('finds the version with or without its v, as cosign and seal print it', () => {
    expect(reportsVersion(COSIGN_VERSION_OUTPUT, 'v3.0.6')).toBe(true)
    expect(reportsVersion(COSIGN_VERSION_OUTPUT, '3.0.6')).toBe(true)
    expect(reportsVersion('seal 0.1.0\n', '0.1.0')).toBe(true)
    expect(reportsVersion('cosign 3.0.6.', 'v3.0.6')).toBe(true)
  })

  it('does not take a longer or a pre-release version for it', () => {
    for (const output of ['GitVersion: v3.0.60', 'GitVersion: v13.0.6', 'GitVersion: v3.0.6-rc.1', 'GitVersion: v3.0.6.1', 'v3x0y6', '']) {
      expect(reportsVersion(output, 'v3.0.6')).toBe(false)
    }
  })

  it('runs seal with --version and cosign with version', () => {
    expect(versionArgs('seal')).toEqual(['--version'])
    expect(versionArgs('cosign')).toEqual(['version'])
  })
})

describe('checkReportedVersion', () => {
  it('accepts a run that exits 0 and reports the version, on stdout or stderr', () => {
    expect(() => checkReportedVersion('cosign', 'v3.0.6', 'cosign version', { exitCode: 0, stdout: COSIGN_VERSION_OUTPUT, stderr: '' })).not.toThrow()
    expect(() => checkReportedVersion('cosign', 'v3.0.6', 'cosign version', { exitCode: 0, stdout: '', stderr: COSIGN_VERSION_OUTPUT })).not.toThrow()
  })

  it('fails a program that exits with an error, quoting what it printed', () => {
    const err = thrown(() => checkReportedVersion('seal', '0.1.0', 'seal --version', { exitCode: 127, stdout: '', stderr: 'node: not found\n' }))
    expect(err.code).toBe('IO_ERROR')
    expect(err.message).toBe('The installed seal does not run: `seal --version` exited with code 127 (node: not found).')
  })

  it('fails a program that reports another version, naming both', () => {
    const err = thrown(() =>
      checkReportedVersion('cosign', 'v3.0.6', 'cosign version', { exitCode: 0, stdout: COSIGN_VERSION_OUTPUT.replace('v3.0.6', 'v2.5.0'), stderr: '' })
    )
    expect(err.code).toBe('VERIFICATION_FAILED')
    expect(err.message).toBe('The installed cosign is not version v3.0.6: `cosign version` printed "GitVersion:    v2.5.0".')
    expect(err.hint).toMatch(/another release/)
    expect(thrown(() => checkReportedVersion('seal', '0.1.0', 'seal --version', { exitCode: 0, stdout: '', stderr: '' })).message).toMatch(/printed nothing\.$/)
  })

  it('quotes at most 200 characters of output', () => {
    expect(versionExcerpt('x'.repeat(500))).toHaveLength(200)
    expect(versionExcerpt('first\nsecond')).toBe('first')
  })
})
