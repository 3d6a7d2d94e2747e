import { generateKeyPairSync } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { PassThrough } from 'node:stream'

import { promptHidden, readKeyPassword, readNewPassword, runGenerateKeyPair, runImportKeyPair, type KeysIO } from '../../src/cli/keys.js'
import { loadPrivateKey } from '../../src/core/keys/index.js'
import { rejection } from '../support/errors.js'

const PASSWORD = 'pa55-w0rd-never-printed'

interface Run {
  code: number
  stdout: string
  stderr: string
  prompts: string[]
}

async function inDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'seal-cli-keys-'))
}

function io(cwd: string, extra: Partial<KeysIO> & { answers?: string[] } = {}): { io: Partial<KeysIO>; result: Omit<Run, 'code'> } {
  const result = { stdout: '', stderr: '', prompts: [] as string[] }
  const answers = [...(extra.answers ?? [])]
  return {
    result,
    io: {
      env: {},
      cwd,
      interactive: false,
      prompt: async q => {
        result.prompts.push(q)
        return answers.shift() ?? ''
      },
      stdout: s => (result.stdout += s),
      stderr: s => (result.stderr += s),
      ...extra
    }
  }
}

async function generate(cwd: string, argv: string[] = [], extra: Partial<KeysIO> & { answers?: string[] } = {}): Promise<Run> {
  const { io: streams, result } = io(cwd, { env: { COSIGN_PASSWORD: PASSWORD }, ...extra })
  const code = await runGenerateKeyPair(argv, streams)
  return { code, ...result }
}

const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777

describe('seal generate-key-pair', () => {
  it('writes cosign.key (0600) and cosign.pub (0644) with the password from COSIGN_PASSWORD', async () => {
    const cwd = await inDir()
    const run = await generate(cwd)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('Private key written to cosign.key\nPublic key written to cosign.pub\n')
    expect(run.stdout).toBe('')
    expect(await mode(join(cwd, 'cosign.key'))).toBe(0o600)
    expect(await mode(join(cwd, 'cosign.pub'))).toBe(0o644)
    const key = await readFile(join(cwd, 'cosign.key'), 'utf8')
    expect(key).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/)
    const loaded = await loadPrivateKey(key, PASSWORD)
    expect(loaded.publicKeyPEM).toBe(await readFile(join(cwd, 'cosign.pub'), 'utf8'))
    expect(run.stderr + run.stdout).not.toContain(PASSWORD)
  })

  it('refuses to overwrite existing files unless --force', async () => {
    const cwd = await inDir()
    expect((await generate(cwd)).code).toBe(0)
    const before = await readFile(join(cwd, 'cosign.key'), 'utf8')
    const again = await generate(cwd)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/^seal generate-key-pair: cosign\.key and cosign\.pub already exist; not overwriting\. Pass --force/)
    expect(await readFile(join(cwd, 'cosign.key'), 'utf8')).toBe(before)

    // One existing file is enough to refuse.
    const other = await inDir()
    await writeFile(join(other, 'cosign.pub'), 'keep me')
    const one = await generate(other)
    expect(one.code).toBe(1)
    expect(one.stderr).toContain('cosign.pub already exists')
    expect(existsSync(join(other, 'cosign.key'))).toBe(false)

    const forced = await generate(cwd, ['--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(join(cwd, 'cosign.key'), 'utf8')).not.toBe(before)
    expect(await mode(join(cwd, 'cosign.key'))).toBe(0o600)
  })

  it('honours --output-key-prefix, including a directory', async () => {
    const cwd = await inDir()
    const run = await generate(cwd, ['--output-key-prefix', 'keys/release'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Private key written to keys/release.key')
    expect(existsSync(join(cwd, 'keys', 'release.key'))).toBe(true)
    expect(existsSync(join(cwd, 'keys', 'release.pub'))).toBe(true)
  })

  it('takes an empty COSIGN_PASSWORD as an empty password', async () => {
    const cwd = await inDir()
    expect((await generate(cwd, [], { env: { COSIGN_PASSWORD: '' }, interactive: true })).prompts).toEqual([])
    await expect(loadPrivateKey(await readFile(join(cwd, 'cosign.key'), 'utf8'), '')).resolves.toBeDefined()
  })

  it('asks twice on a terminal when COSIGN_PASSWORD is unset', async () => {
    const cwd = await inDir()
    const run = await generate(cwd, [], { env: {}, interactive: true, answers: ['typed', 'typed'] })
    expect(run.code).toBe(0)
    expect(run.prompts).toEqual(['Enter password for private key: ', 'Enter password for private key again: '])
    await expect(loadPrivateKey(await readFile(join(cwd, 'cosign.key'), 'utf8'), 'typed')).resolves.toBeDefined()
  })

  it('fails when the two entries differ, writing nothing', async () => {
    const cwd = await inDir()
    const run = await generate(cwd, [], { env: {}, interactive: true, answers: ['one', 'two'] })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('seal generate-key-pair: passwords do not match\n')
    expect(existsSync(join(cwd, 'cosign.key'))).toBe(false)
  })

  it('without COSIGN_PASSWORD and without a terminal, says to set COSIGN_PASSWORD', async () => {
    const cwd = await inDir()
    const run = await generate(cwd, [], { env: {}, interactive: false })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('set COSIGN_PASSWORD')
    expect(run.prompts).toEqual([])
    expect(existsSync(join(cwd, 'cosign.key'))).toBe(false)
  })

  it('rejects unknown options and arguments', async () => {
    const cwd = await inDir()
    expect((await generate(cwd, ['--sk', 'x'])).stderr).toContain('unknown option --sk')
    expect((await generate(cwd, ['extra'])).stderr).toContain('unexpected argument "extra"')
  })
})

describe('seal import-key-pair', () => {
  async function importKey(cwd: string, argv: string[], env: NodeJS.ProcessEnv = { COSIGN_PASSWORD: PASSWORD }): Promise<Run> {
    const { io: streams, result } = io(cwd, { env })
    const code = await runImportKeyPair(argv, streams)
    return { code, ...result }
  }

  it('encrypts a SEC1 key into import-cosign.key and import-cosign.pub', async () => {
    const cwd = await inDir()
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    await writeFile(join(cwd, 'ec.pem'), privateKey.export({ format: 'pem', type: 'sec1' }))
    const run = await importKey(cwd, ['--key', 'ec.pem'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('Private key written to import-cosign.key\nPublic key written to import-cosign.pub\n')
    expect(await mode(join(cwd, 'import-cosign.key'))).toBe(0o600)
    expect(await mode(join(cwd, 'import-cosign.pub'))).toBe(0o644)
    const pub = await readFile(join(cwd, 'import-cosign.pub'), 'utf8')
    expect(pub).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString())
    expect((await loadPrivateKey(await readFile(join(cwd, 'import-cosign.key'), 'utf8'), PASSWORD)).publicKeyPEM).toBe(pub)
  })

  it('needs --key, names it when unreadable or unusable, and keeps existing output', async () => {
    const cwd = await inDir()
    expect((await importKey(cwd, [])).stderr).toContain('--key is required')
    expect((await importKey(cwd, ['--key', 'missing.pem'])).stderr).toContain('cannot read --key missing.pem: ENOENT')
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    await writeFile(join(cwd, 'pub.pem'), publicKey.export({ format: 'pem', type: 'spki' }))
    const pub = await importKey(cwd, ['--key', 'pub.pem'])
    expect(pub.code).toBe(1)
    expect(pub.stderr).toContain('`--key` holds no private key')
    await writeFile(join(cwd, 'k.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }))
    await writeFile(join(cwd, 'import-cosign.key'), 'old')
    expect((await importKey(cwd, ['--key', 'k.pem'])).stderr).toContain('import-cosign.key already exists')
    expect(await readFile(join(cwd, 'import-cosign.key'), 'utf8')).toBe('old')
    expect((await importKey(cwd, ['--key', 'k.pem', '--output-key-prefix', 'fresh'], {})).stderr).toContain('set COSIGN_PASSWORD')
  })
})

describe('password sources', () => {
  it('reads an existing key’s password from COSIGN_PASSWORD or one prompt', async () => {
    expect(await readKeyPassword({ env: { COSIGN_PASSWORD: 'x' }, interactive: true, prompt: async () => 'y' })).toBe('x')
    expect(await readKeyPassword({ env: {}, interactive: true, prompt: async () => 'y' })).toBe('y')
    expect((await rejection(readKeyPassword({ env: {}, interactive: false, prompt: async () => 'y' }))).message).toContain('COSIGN_PASSWORD')
    expect((await rejection(readNewPassword({ env: {}, interactive: true, prompt: async q => q }))).message).toBe('passwords do not match')
  })
})

describe('promptHidden', () => {
  /** A stand-in for a terminal: a stream with raw mode, recording mode switches. */
  function terminal(): { input: NodeJS.ReadStream; output: NodeJS.WriteStream; modes: boolean[]; shown: () => string } {
    const input = new PassThrough() as unknown as NodeJS.ReadStream & { isRaw: boolean }
    const modes: boolean[] = []
    input.isRaw = false
    input.setRawMode = (mode: boolean) => {
      modes.push(mode)
      input.isRaw = mode
      return input
    }
    let shown = ''
    const output = new PassThrough() as unknown as NodeJS.WriteStream
    output.write = ((chunk: string) => {
      shown += chunk
      return true
    }) as NodeJS.WriteStream['write']
    return { input, output, modes, shown: () => shown }
  }

  it('reads a line in raw mode without echoing it, handling backspace', async () => {
    const t = terminal()
    const answer = promptHidden('Password: ', t.input, t.output)
    t.input.write('sekr\u007fret\r')
    expect(await answer).toBe('sekret')
    expect(t.shown()).toBe('Password: \n')
    expect(t.modes).toEqual([true, false])
  })

  it('cancels on Ctrl-C and restores the terminal', async () => {
    const t = terminal()
    const answer = promptHidden('Password: ', t.input, t.output)
    t.input.write('abc\u0003')
    expect((await rejection(answer)).message).toBe('password entry cancelled')
    expect(t.modes).toEqual([true, false])
  })
})
