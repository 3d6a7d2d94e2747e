/**
 * `seal generate-key-pair` and `seal import-key-pair`: cosign-compatible key
 * files (`<prefix>.key`, mode 0600, and `<prefix>.pub`, mode 0644).
 *
 * The password comes from COSIGN_PASSWORD when it is set (an empty value means
 * an empty password), otherwise from a prompt on a terminal, typed twice with
 * echo off. Without either the command fails rather than read a password from
 * a pipe by surprise.
 */
import { chmod, lstat, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError, writeFileAtomic } from '../core/index.js'
import { createKmsKey, generateKeyPair, importKeyPair, parseKmsReference, type EncryptedKeyPair } from '../core/tools.js'
import { noPositionals, runCommand } from './command.js'
import { GENERATE_KEY_PAIR_OPTIONS, IMPORT_KEY_PAIR_OPTIONS } from './options.js'

export interface KeysIO {
  env: NodeJS.ProcessEnv
  cwd: string
  /** Whether a person can be asked for the password (stdin is a terminal). */
  interactive: boolean
  /** Asks for a line without echoing it. */
  prompt: (question: string) => Promise<string>
  stdout: (s: string) => void
  stderr: (s: string) => void
}

export const PASSWORD_ENV = 'COSIGN_PASSWORD'

function defaultIO(): KeysIO {
  return {
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY),
    prompt: question => promptHidden(question),
    stdout: s => process.stdout.write(s),
    stderr: s => process.stderr.write(s)
  }
}

/** `seal generate-key-pair [--output-key-prefix cosign] [--force] [--kms REF]` */
export async function runGenerateKeyPair(argv: string[], io: Partial<KeysIO> = {}): Promise<number> {
  const full = { ...defaultIO(), ...io }
  return runCommand({ name: 'generate-key-pair', options: GENERATE_KEY_PAIR_OPTIONS, out: full }, argv, async ({ line }) => {
    noPositionals(line)
    const files = keyFiles(line.values.get('output-key-prefix') || 'cosign', full.cwd)
    const force = line.values.get('force') === 'true'
    const kms = line.values.get('kms')
    if (kms) {
      await writeKmsPublicKey(kms, files, force, full)
      return 0
    }
    await refuseOverwrite(files, force)
    const password = await readNewPassword(full)
    await writeKeyFiles(await generateKeyPair(password), files, full)
    return 0
  })
}

/** `seal import-key-pair --key <file> [--output-key-prefix import-cosign] [--force]` */
export async function runImportKeyPair(argv: string[], io: Partial<KeysIO> = {}): Promise<number> {
  const full = { ...defaultIO(), ...io }
  return runCommand({ name: 'import-key-pair', options: IMPORT_KEY_PAIR_OPTIONS, out: full }, argv, async ({ line }) => {
    noPositionals(line)
    const keyPath = line.values.get('key')
    if (!keyPath) throw new SealError('INPUT_INVALID', '--key is required: the PEM file of the private key to import')
    const files = keyFiles(line.values.get('output-key-prefix') || 'import-cosign', full.cwd)
    const source = resolve(full.cwd, keyPath)
    if (source === files.key) {
      throw new SealError('INPUT_INVALID', `--key ${keyPath} would be overwritten by the imported key`, { hint: 'Choose another --output-key-prefix.' })
    }
    let pem: string
    try {
      pem = await readFile(source, 'utf8')
    } catch (err) {
      throw new SealError('INPUT_INVALID', `cannot read --key ${keyPath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err })
    }
    await refuseOverwrite(files, line.values.get('force') === 'true')
    const password = await readNewPassword(full)
    await writeKeyFiles(await importKeyPair(pem, password, { input: '--key' }), files, full)
    return 0
  })
}

/**
 * `--kms REF`: the key service creates the key (or has it already) and only
 * its public key is written; there is no private key file and no password.
 */
async function writeKmsPublicKey(reference: string, files: KeyFiles, force: boolean, io: KeysIO): Promise<void> {
  const ref = parseKmsReference(reference, '--kms')
  const existing = await lstat(files.pub).catch(() => undefined)
  if (existing && !force) {
    throw new SealError('INPUT_INVALID', `${files.shown.pub} already exists; not overwriting`, {
      hint: 'Pass --force to replace it, or choose another --output-key-prefix.'
    })
  }
  const key = await createKmsKey(ref.text, io.env)
  io.stderr(key.created ? `Created the key ${ref.text}\n` : `The key ${ref.text} exists already; writing its public key\n`)
  await writeFileAtomic(files.pub, key.publicKeyPEM, 0o644)
  await chmod(files.pub, 0o644)
  io.stderr(`Public key written to ${files.shown.pub}\n`)
}

/**
 * The password for a new key: COSIGN_PASSWORD if set (even empty), else asked
 * twice on the terminal. Throws INPUT_INVALID when neither is possible or the
 * two entries differ.
 */
export async function readNewPassword(io: Pick<KeysIO, 'env' | 'interactive' | 'prompt'>): Promise<string> {
  const fromEnv = io.env[PASSWORD_ENV]
  if (fromEnv !== undefined) return fromEnv
  if (!io.interactive) {
    throw new SealError('INPUT_INVALID', `no password for the private key: set ${PASSWORD_ENV} (an empty value means no password)`, {
      hint: 'Run in a terminal to be asked for it instead.'
    })
  }
  const first = await io.prompt('Enter password for private key: ')
  const second = await io.prompt('Enter password for private key again: ')
  if (first !== second) throw new SealError('INPUT_INVALID', 'passwords do not match')
  return first
}

/** The password of an existing key: COSIGN_PASSWORD if set (even empty), else asked once on the terminal. */
export async function readKeyPassword(io: Pick<KeysIO, 'env' | 'interactive' | 'prompt'>): Promise<string> {
  const fromEnv = io.env[PASSWORD_ENV]
  if (fromEnv !== undefined) return fromEnv
  if (!io.interactive) {
    throw new SealError('INPUT_INVALID', `no password for the private key: set ${PASSWORD_ENV} (an empty value means no password)`)
  }
  return io.prompt('Enter password for private key: ')
}

interface KeyFiles {
  key: string
  pub: string
  /** As the user wrote them, for messages. */
  shown: { key: string; pub: string }
}

function keyFiles(prefix: string, cwd: string): KeyFiles {
  const shown = { key: `${prefix}.key`, pub: `${prefix}.pub` }
  return { key: resolve(cwd, shown.key), pub: resolve(cwd, shown.pub), shown }
}

async function refuseOverwrite(files: KeyFiles, force: boolean): Promise<void> {
  const existing: string[] = []
  for (const name of ['key', 'pub'] as const) {
    const stat = await lstat(files[name]).catch(() => undefined)
    if (!stat) continue
    if (!stat.isFile()) throw new SealError('INPUT_INVALID', `${files.shown[name]} exists and is not a regular file`)
    existing.push(files.shown[name])
  }
  if (existing.length > 0 && !force) {
    throw new SealError('INPUT_INVALID', `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; not overwriting`, {
      hint: `Pass --force to replace ${existing.length === 1 ? 'it' : 'them'}, or choose another --output-key-prefix.`
    })
  }
}

async function writeKeyFiles(pair: EncryptedKeyPair, files: KeyFiles, io: KeysIO): Promise<void> {
  // The temporary file of the private key is created 0600, so the key is never readable by others.
  await writeFileAtomic(files.key, pair.privateKeyPEM, 0o600)
  await chmod(files.key, 0o600)
  io.stderr(`Private key written to ${files.shown.key}\n`)
  await writeFileAtomic(files.pub, pair.publicKeyPEM, 0o644)
  await chmod(files.pub, 0o644)
  io.stderr(`Public key written to ${files.shown.pub}\n`)
}

/**
 * Reads one line from the terminal with echo off (raw mode), writing the
 * question to stderr. Backspace edits; Ctrl-C and Ctrl-D abort.
 */
export function promptHidden(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  return new Promise((resolvePrompt, reject) => {
    output.write(question)
    const wasRaw = input.isRaw
    input.setRawMode(true)
    input.resume()
    let answer = ''
    const finish = (err?: Error): void => {
      input.removeListener('data', onData)
      input.setRawMode(wasRaw)
      input.pause()
      output.write('\n')
      if (err) reject(err)
      else resolvePrompt(answer)
    }
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish()
        if (ch === '\u0003' || ch === '\u0004') return finish(new SealError('INPUT_INVALID', 'password entry cancelled'))
        if (ch === '\u007f' || ch === '\b') answer = Array.from(answer).slice(0, -1).join('')
        else if (ch >= ' ') answer += ch
      }
    }
    input.on('data', onData)
  })
}
