/**
 * `seal tree`, `seal download` and `seal clean`, run in-process against a
 * real registry, and `seal verify sha256:…` taking digests as subjects.
 */
import { digestsAsSubjects, parseCommandLine } from '../../src/cli/args.js'
import { runClean, runDownload, runTree } from '../../src/cli/inspect.js'
import { VERIFY_OPTIONS } from '../../src/cli/options.js'
import { resolveImage } from '../../src/core/image/resolve.js'
import { signImage } from '../../src/core/image/sign-image.js'
import { RegistryClient } from '../../src/core/oci/client.js'
import { pushTestImage } from '../support/images.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { stackSession } from '../support/session.js'
import { startStack, type SigstoreStack } from '../support/stack/index.js'

let stack: SigstoreStack
let registry: TestRegistry
const client = new RegistryClient({ retryBaseMs: 20 })

beforeAll(async () => {
  ;[stack, registry] = await Promise.all([startStack(), startRegistry()])
}, 60_000)
afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()])
})

async function run(command: (argv: string[], out: { stdout: (s: string) => void; stderr: (s: string) => void }) => Promise<number>, argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await command(argv, { stdout: s => (stdout += s), stderr: s => (stderr += s) })
  return { code, stdout, stderr }
}

describe('seal tree, download and clean', () => {
  it('shows an index and its platform images with their signatures; download prints them; clean needs --force and removes them', async () => {
    await pushTestImage(client, `${registry.host}/cli`, 'v1', { platformIndex: true })
    const index = await resolveImage(client, `${registry.host}/cli:v1`)
    await signImage(client, stackSession(stack), index, 'both')
    const ref = `${registry.host}/cli:v1`
    const hex = index.descriptor.digest.slice(7)

    const tree = await run(runTree, [ref])
    expect(tree.code).toBe(0)
    expect(tree.stdout).toContain(`${registry.host}/cli@${index.descriptor.digest} (application/vnd.oci.image.index.v1+json)`)
    expect(tree.stdout).toContain('referrers API: not supported by the registry')
    expect(tree.stdout).toContain(`referrers tag sha256-${hex}: 1 entry`)
    expect(tree.stdout).toMatch(/signature\t\S+@sha256:[0-9a-f]{64}\thttps:\/\/sigstore\.dev\/cosign\/sign\/v1/)
    expect(tree.stdout).toContain(`legacy tag sha256-${hex}.sig: 1 layer`)
    expect(tree.stdout).toContain(`legacy tag sha256-${hex}.att: not present`)
    // Both platform images, indented, with nothing stored for them.
    expect(tree.stdout.match(/^ {2}\S+@sha256:[0-9a-f]{64} \(application\/vnd\.oci\.image\.manifest\.v1\+json\)$/gm)).toHaveLength(2)
    const json = JSON.parse((await run(runTree, [ref, '--json'])).stdout)
    expect(json.map((t: { artifacts: unknown[] }) => t.artifacts.length)).toEqual([2, 0, 0])

    const download = await run(runDownload, ['signature', ref])
    expect(download.code).toBe(0)
    const lines = download.stdout
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines.some(l => l.mediaType === 'application/vnd.dev.sigstore.bundle.v0.3+json')).toBe(true)
    expect(lines.some(l => typeof l.Base64Signature === 'string' && l.Base64Signature.length > 0)).toBe(true)
    expect(await run(runDownload, ['attestation', ref])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no attestation is stored for .*seal tree IMAGE/)
    })
    expect((await run(runDownload, ['signature', ref, '--platform', 'linux/arm64'])).stderr).toMatch(/no signature is stored for \S+@sha256:/)
    expect((await run(runDownload, ['everything', ref])).stderr).toMatch(/signature, attestation or sbom, got "everything"/)

    const unconfirmed = await run(runClean, [ref, '--type', 'signature'])
    expect(unconfirmed).toMatchObject({ code: 1, stderr: expect.stringMatching(/confirm with --force/) })
    expect((await run(runClean, [ref, '--type', 'sigs', '--force'])).stderr).toMatch(/--type must be signature, attestation, sbom or all/)
    const cleaned = await run(runClean, [ref, '--type', 'signature', '--force'])
    expect(cleaned.code).toBe(0)
    expect(cleaned.stdout).toContain(`deleted\t${registry.host}/cli:sha256-${hex}.sig`)
    expect(cleaned.stderr).toMatch(/Removed 2 items/)
    expect((await run(runDownload, ['signature', ref])).code).toBe(1)
  }, 60_000)
})

describe('seal verify sha256:…', () => {
  it('takes digest arguments as subject digests and the others as files', () => {
    const digest = 'sha256:' + 'a'.repeat(64)
    const line = digestsAsSubjects(parseCommandLine([digest, 'file.txt', '--bundle-path', 'b.json'], VERIFY_OPTIONS))
    expect(line.positionals).toEqual(['file.txt'])
    expect(line.values.get('subject-digest')).toBe(digest)
    const unchanged = parseCommandLine(['sha256:abc'], VERIFY_OPTIONS)
    expect(digestsAsSubjects(unchanged)).toBe(unchanged)
  })
})
