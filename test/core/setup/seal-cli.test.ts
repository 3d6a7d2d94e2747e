import { execFile } from 'node:child_process'
import { appendFile, chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import {
  isSameInstall,
  posixLauncher,
  sealExecutableName,
  sealLaunchers,
  SEAL_VERSION,
  stageSealCLI,
  windowsLauncher
} from '../../../src/core/setup/seal-cli.js'

const run = promisify(execFile)
let root: string
let cliDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'seal-cli-test-'))
  cliDir = join(root, 'cli')
  await mkdir(join(cliDir, 'sub'), { recursive: true })
  // A CLI bundle stand-in that shows which Node ran it and with what arguments.
  await writeFile(join(cliDir, 'index.js'), 'console.log(JSON.stringify({ node: process.execPath, args: process.argv.slice(2) }))\n')
  await writeFile(join(cliDir, '50.index.js'), 'export {}\n')
  await writeFile(join(cliDir, 'package.json'), '{"type":"module"}\n')
  await writeFile(join(cliDir, 'sub', 'data.json'), '{}\n')
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function staged(nodePath: string): Promise<string> {
  const dir = await mkdtemp(join(root, 'stage-'))
  await stageSealCLI(cliDir, dir, sealLaunchers(nodePath, 'linux'))
  return dir
}

const SYSTEM_PATH = '/usr/bin:/bin'

describe('stageSealCLI and the launcher', () => {
  it('copies the bundle and an executable launcher that runs it on the recorded Node', async () => {
    const dir = await staged(process.execPath)
    for (const f of ['index.js', '50.index.js', 'package.json', join('sub', 'data.json')]) {
      expect(await readFile(join(dir, f), 'utf8')).toBe(await readFile(join(cliDir, f), 'utf8'))
    }
    expect((await stat(join(dir, 'seal'))).mode & 0o111).toBe(0o111)
    const { stdout } = await run(join(dir, 'seal'), ['verify', 'a b.txt', '--json'], { env: { PATH: SYSTEM_PATH } })
    expect(JSON.parse(stdout)).toEqual({ node: process.execPath, args: ['verify', 'a b.txt', '--json'] })
  })

  it('falls back to node from PATH when the recorded Node is gone', async () => {
    const dir = await staged(join(root, 'no-such-node'))
    const bin = await mkdtemp(join(root, 'bin-'))
    await writeFile(join(bin, 'node'), '#!/bin/sh\necho "PATH node: $*"\n')
    await chmod(join(bin, 'node'), 0o755)
    const { stdout } = await run(join(dir, 'seal'), ['--help'], { env: { PATH: `${bin}:${SYSTEM_PATH}` } })
    expect(stdout.trim()).toBe(`PATH node: ${join(dir, 'index.js')} --help`)
  })

  it('lets SEAL_NODE choose the Node', async () => {
    const dir = await staged(join(root, 'no-such-node'))
    const { stdout } = await run(join(dir, 'seal'), ['x'], { env: { PATH: SYSTEM_PATH, SEAL_NODE: process.execPath } })
    expect(JSON.parse(stdout).args).toEqual(['x'])
  })

  it('quotes a recorded Node path with spaces and quotes', async () => {
    const odd = join(root, "it's a dir")
    await mkdir(odd, { recursive: true })
    await symlink(process.execPath, join(odd, 'node'))
    const dir = await staged(join(odd, 'node'))
    const { stdout } = await run(join(dir, 'seal'), ['ok'], { env: { PATH: SYSTEM_PATH } })
    expect(JSON.parse(stdout).args).toEqual(['ok'])
  })

  it('passes the exit code through', async () => {
    const dir = await staged(process.execPath)
    await writeFile(join(dir, 'index.js'), 'process.exitCode = 7\n')
    await expect(run(join(dir, 'seal'), [], { env: { PATH: SYSTEM_PATH } })).rejects.toMatchObject({ code: 7 })
  })

  it('fails clearly when the action ships no CLI bundle', async () => {
    const empty = await mkdtemp(join(root, 'empty-'))
    await expect(stageSealCLI(empty, await mkdtemp(join(root, 'stage-')), [])).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining(`no ${join(empty, 'index.js')}`)
    })
  })
})

describe('isSameInstall', () => {
  it('accepts an identical install', async () => {
    const dir = await staged(process.execPath)
    expect(await isSameInstall(cliDir, dir, sealLaunchers(process.execPath, 'linux'))).toBe(true)
  })

  it('rejects a changed file, a missing file, or a launcher for another Node', async () => {
    const changed = await staged(process.execPath)
    await appendFile(join(changed, '50.index.js'), '// changed\n')
    expect(await isSameInstall(cliDir, changed, sealLaunchers(process.execPath, 'linux'))).toBe(false)

    const missing = await staged(process.execPath)
    await rm(join(missing, 'sub', 'data.json'))
    expect(await isSameInstall(cliDir, missing, sealLaunchers(process.execPath, 'linux'))).toBe(false)

    const same = await staged(process.execPath)
    expect(await isSameInstall(cliDir, same, sealLaunchers('/opt/other/node', 'linux'))).toBe(false)
  })
})

describe('launchers', () => {
  it('adds seal.cmd on Windows only', () => {
    expect(sealLaunchers('/n', 'linux').map(l => l.name)).toEqual(['seal'])
    expect(sealLaunchers('C:\\node\\node.exe', 'win32').map(l => l.name)).toEqual(['seal', 'seal.cmd'])
    expect(sealExecutableName('win32')).toBe('seal.cmd')
    expect(sealExecutableName('darwin')).toBe('seal')
  })

  it('writes a cmd launcher with CRLF lines that prefers SEAL_NODE, then the recorded Node', () => {
    const text = windowsLauncher('C:\\hostedtoolcache\\node24\\node.exe')
    expect(text.split('\r\n')).toContain(
      'if not defined SEAL_NODE_BIN if exist "C:\\hostedtoolcache\\node24\\node.exe" set "SEAL_NODE_BIN=C:\\hostedtoolcache\\node24\\node.exe"'
    )
    expect(text).toContain('"%SEAL_NODE_BIN%" "%~dp0index.js" %*')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('starts the shell launcher with a shebang', () => {
    expect(posixLauncher('/x/node').startsWith('#!/bin/sh\n')).toBe(true)
  })

  it('caches under the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8'))
    expect(SEAL_VERSION).toBe(pkg.version)
  })
})
