import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { keyFromInput } from '../../../src/core/keys/input.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-key-input-'))
  await writeFile(join(dir, 'cosign.pub'), '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const PEM = '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nc2VjcmV0\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n'
const BASE64 = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + 'A'.repeat(40)

describe('keyFromInput', () => {
  it('takes PEM text as the key itself, for either kind', async () => {
    expect(await keyFromInput(PEM, dir, 'private')).toBe(PEM)
    expect(await keyFromInput(PEM, dir, 'public')).toBe(PEM)
  })

  it('reads a path relative to the workspace', async () => {
    expect(await keyFromInput('cosign.pub', dir, 'public')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })

  it('takes a bare base64 public key as text, but reads a private value without armour as a path', async () => {
    expect(await keyFromInput(BASE64, dir, 'public')).toBe(BASE64)
    await expect(keyFromInput(BASE64, dir, 'private')).rejects.toMatchObject({ code: 'KEY_INVALID' })
  })

  it('never quotes a private value in its error', async () => {
    const err = await keyFromInput('c2VjcmV0LWtleS1tYXRlcmlhbA==', dir, 'private').catch(e => e)
    expect(err).toMatchObject({ code: 'KEY_INVALID', message: '`key` is neither a PEM private key nor a readable file holding one.' })
    expect(err.message).not.toContain('c2VjcmV0')
  })

  it('quotes the start of a public value that is neither a key nor a file', async () => {
    await expect(keyFromInput('keys/cosgin.pub', dir, 'public')).rejects.toMatchObject({
      code: 'KEY_INVALID',
      message: '`key`: "keys/cosgin.pub" is neither a public key nor a readable file holding one.'
    })
  })
})
