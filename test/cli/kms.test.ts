import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runSign, runVerify } from '../../src/cli/commands.js'
import { runGenerateKeyPair } from '../../src/cli/keys.js'
import { runPolicy } from '../../src/cli/policy.js'
import { startVault, type VaultStandIn } from '../support/kms/vault.js'

let vault: VaultStandIn
beforeAll(async () => {
  vault = await startVault()
})
afterAll(() => vault.close())

async function generate(argv: string[], cwd: string, env: NodeJS.ProcessEnv) {
  let stderr = ''
  const code = await runGenerateKeyPair(argv, { cwd, env, interactive: false, stdout: () => undefined, stderr: s => (stderr += s) })
  return { code, stderr }
}

describe('seal generate-key-pair --kms', () => {
  it('creates the key in the service and writes only its public key, without a password', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'seal-cli-kms-'))
    const env = { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token }
    const run = await generate(['--kms', 'hashivault://release'], cwd, env)
    expect(run).toEqual({ code: 0, stderr: 'Created the key hashivault://release\nPublic key written to cosign.pub\n' })
    expect(await readFile(join(cwd, 'cosign.pub'), 'utf8')).toBe(vault.keys.get('release')?.publicKeyPEM)
    expect((await stat(join(cwd, 'cosign.pub'))).mode & 0o777).toBe(0o644)
    await expect(stat(join(cwd, 'cosign.key'))).rejects.toThrow()

    // An existing cosign.pub is kept without --force; with it, the existing key's public key is written again.
    await writeFile(join(cwd, 'cosign.pub'), 'old')
    expect((await generate(['--kms', 'hashivault://release'], cwd, env)).stderr).toMatch(/^seal generate-key-pair: cosign.pub already exists; not overwriting/)
    const again = await generate(['--kms', 'hashivault://release', '--force', '--output-key-prefix', 'release'], cwd, env)
    expect(again.stderr).toBe('The key hashivault://release exists already; writing its public key\nPublic key written to release.pub\n')
  })

  it('fails with one line for a malformed reference and for a refused token', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'seal-cli-kms-'))
    const bad = await generate(['--kms', 'hashivault://a/b'], cwd, {})
    expect(bad).toEqual({
      code: 1,
      stderr: 'seal generate-key-pair: `--kms`: "hashivault://a/b" is not a key-service reference of the form hashivault://KEY.\n'
    })
    const refused = await generate(['--kms', 'hashivault://x'], cwd, { VAULT_ADDR: vault.url, VAULT_TOKEN: 'hvs.not-valid' })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^seal generate-key-pair: `key` hashivault:\/\/x: Vault transit refused the credentials: HTTP 403: permission denied; invalid token\. Set VAULT_TOKEN to a valid token\.\n$/
    )
  })
})

describe('seal sign and verify --key REF', () => {
  it('signs through the key service and verifies with the reference', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-cli-kms-'))
    const file = join(dir, 'app.tgz')
    await writeFile(file, 'cli artifact\n')
    vault.addKey('cli')
    const saved = { VAULT_ADDR: process.env.VAULT_ADDR, VAULT_TOKEN: process.env.VAULT_TOKEN }
    Object.assign(process.env, { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token })
    try {
      const out = { stdout: '', stderr: '' }
      const streams = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) }
      expect(await runSign([file, '--key', 'hashivault://cli', '--no-tlog-upload'], streams)).toBe(0)
      expect(out.stderr).toMatch(/^Signed with key [A-Za-z0-9+/]+=*$/m)
      expect(await runVerify([file, '--key', 'hashivault://cli', '--insecure-ignore-tlog', '--offline'], streams)).toBe(0)
      expect(out.stdout).toContain(`OK\t${file}\tthe given public key`)
      out.stderr = ''
      expect(await runVerify([file, '--key', 'hashivault://other', '--insecure-ignore-tlog', '--offline'], streams)).toBe(1)
      expect(out.stderr).toMatch(/`key` hashivault:\/\/other: Vault transit has no such key: HTTP 404/)
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  })
})

describe('seal policy export --key REF', () => {
  it('writes the public key the key service holds, reaching the service with the environment', async () => {
    const held = vault.addKey('cli-policy')
    const saved = { VAULT_ADDR: process.env.VAULT_ADDR, VAULT_TOKEN: process.env.VAULT_TOKEN }
    Object.assign(process.env, { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token })
    try {
      const out = { stdout: '', stderr: '' }
      const streams = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) }
      const code = await runPolicy(['export', '--format', 'kyverno', '--key', 'hashivault://cli-policy', '--image-glob', 'ghcr.io/acme/*'], streams)
      expect([code, out.stderr]).toEqual([0, ''])
      const body = (held.publicKeyPEM.match(/^[A-Za-z0-9+/=]{20,}$/gm) ?? []).join('')
      expect(body.length).toBeGreaterThan(40)
      expect(out.stdout.replace(/\s+/g, '')).toContain(body)
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  })
})
