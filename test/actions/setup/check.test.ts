import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { jest } from '@jest/globals'

import { checkInstalled } from '../../../src/actions/setup/check.js'
import { rejection } from '../../support/errors.js'

let dir: string

/** An executable shell script standing in for an installed tool. */
async function program(name: string, body: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, `#!/bin/sh\n${body}\n`)
  await chmod(path, 0o755)
  return path
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-check-'))
})

afterEach(() => jest.restoreAllMocks())

describe('checkInstalled', () => {
  it('runs seal with --version and accepts the version it was installed as', async () => {
    const lines: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => (lines.push(String(chunk)), true))
    const path = await program('seal', '[ "$1" = --version ] && echo "seal 0.1.0" || exit 2')
    await checkInstalled({ tool: 'seal', version: '0.1.0', path, cached: false })
    expect(lines.join('')).toContain('seal --version: reports 0.1.0')
  })

  it('runs cosign with version', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const path = await program('cosign', '[ "$1" = version ] && printf "GitVersion:    v3.0.6\\nGitTreeState:  clean\\n" >&2 || exit 2')
    await checkInstalled({ tool: 'cosign', version: 'v3.0.6', path, cached: true })
  })

  it('fails on another version, naming it', async () => {
    const path = await program('cosign-old', 'echo "GitVersion:    v2.5.0"')
    const err = await rejection(checkInstalled({ tool: 'cosign', version: 'v3.0.6', path, cached: false }))
    expect(err.code).toBe('VERIFICATION_FAILED')
    expect(err.message).toContain('is not version v3.0.6: `cosign version` printed "GitVersion:    v2.5.0"')
  })

  it('fails when the program exits with an error', async () => {
    const path = await program('seal-broken', 'echo "cannot start" >&2; exit 3')
    const err = await rejection(checkInstalled({ tool: 'seal', version: '0.1.0', path, cached: false }))
    expect(err.code).toBe('IO_ERROR')
    expect(err.message).toBe('The installed seal does not run: `seal --version` exited with code 3 (cannot start).')
  })

  it('fails when the program cannot be started at all', async () => {
    const missing = join(dir, 'not-installed', 'seal')
    const err = await rejection(checkInstalled({ tool: 'seal', version: '0.1.0', path: missing, cached: false }))
    expect(err.code).toBe('IO_ERROR')
    expect(err.message).toContain(`The installed seal does not run: \`seal --version\` at ${missing} failed:`)
  })
})
