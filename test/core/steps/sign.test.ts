import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readSignInputs } from '../../../src/core/inputs/read.js'
import { runSignStep } from '../../../src/core/steps/sign.js'
import { SealError } from '../../../src/core/util/errors.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('runSignStep bundle paths', () => {
  // The token request would be the first network call; the clash must be found before it.
  const env = { SIGSTORE_ID_TOKEN: '' }

  it('refuses a relative bundle-dir whose bundle would overwrite a subject, before any request', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'seal-step-'))
    await mkdir(join(cwd, 'dist'))
    await mkdir(join(cwd, 'out'))
    await writeFile(join(cwd, 'dist', 'app.tar.gz'), 'artifact')
    await writeFile(join(cwd, 'out', 'app.tar.gz.sigstore.json'), 'a file the user asked to sign')
    const inputs = readSignInputs(getter({ 'subject-path': 'dist/*\nout/*', 'bundle-dir': 'out', 'fulcio-url': 'http://127.0.0.1:9' }))
    const err = await runSignStep(inputs, { cwd, env }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SealError)
    expect((err as SealError).code).toBe('INPUT_INVALID')
    expect((err as SealError).message).toContain(`would overwrite the subject ${join(cwd, 'out', 'app.tar.gz.sigstore.json')}`)
    expect(await readdir(join(cwd, 'out'))).toEqual(['app.tar.gz.sigstore.json'])
  })

  it('refuses two files with one bundle path in a relative bundle-dir', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'seal-step-'))
    for (const d of ['a', 'b']) {
      await mkdir(join(cwd, d))
      await writeFile(join(cwd, d, 'app.bin'), d)
    }
    const inputs = readSignInputs(getter({ 'subject-path': 'a/app.bin\nb/app.bin', 'bundle-dir': 'bundles' }))
    await expect(runSignStep(inputs, { cwd, env })).rejects.toThrow(/app\.bin/)
  })
})
