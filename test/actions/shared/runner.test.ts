import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { jest } from '@jest/globals'

import { fail, getInput, mask, stepContext, writeSummary } from '../../../src/actions/shared/runner.js'
import { SealError } from '../../../src/core/index.js'

let lines: string[]
const saved = { ...process.env }
const exitCode = process.exitCode

beforeEach(() => {
  lines = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => (lines.push(...String(chunk).split('\n').filter(Boolean)), true))
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = exitCode
})

describe('inputs', () => {
  it('reads INPUT_<NAME> as @actions/core does: upper case, spaces as underscores, trimmed, empty when unset', () => {
    process.env['INPUT_SUBJECT-PATH'] = '  dist/*\n'
    process.env.INPUT_MY_INPUT = 'x'
    expect(getInput('subject-path')).toBe('dist/*')
    expect(getInput('my input')).toBe('x')
    expect(getInput('not-given')).toBe('')
  })
})

describe('masking and failure', () => {
  it('masks a secret whole and line by line, and the step context masks what arrives later', () => {
    mask('line-one\nline-two')
    mask(undefined)
    const ctx = stepContext(['known-secret', undefined])
    ctx.onSecret!('late-token')
    ctx.log!('Signing 1 file')
    ctx.warn!('a tag was given')
    expect(lines).toEqual([
      '::add-mask::line-one%0Aline-two',
      '::add-mask::line-one',
      '::add-mask::line-two',
      '::add-mask::known-secret',
      '::add-mask::late-token',
      'Signing 1 file',
      '::warning::a tag was given'
    ])
  })

  it('fails with the message and hint of a SealError and no stack', () => {
    fail(new SealError('INPUT_INVALID', '`timeout` must be a whole number.', { hint: 'Give seconds.' }))
    expect(process.exitCode).toBe(1)
    expect(lines.filter(l => l.startsWith('::error::'))).toHaveLength(1)
    expect(lines.join('\n')).toContain('`timeout` must be a whole number.')
    expect(lines.join('\n')).toContain('Give seconds.')
    expect(lines.some(l => l.startsWith('::debug::'))).toBe(false)
  })

  it('fails on an unexpected error with its redacted message; the stack goes only to debug', () => {
    mask('hunter2-secret')
    lines = []
    fail(new TypeError('bad value hunter2-secret'))
    expect(process.exitCode).toBe(1)
    expect(lines.join('\n')).not.toContain('hunter2-secret')
    const [error] = lines.filter(l => l.startsWith('::error::'))
    expect(error).toMatch(/bad value/)
    expect(error).not.toMatch(/runner\.test/)
    expect(lines.some(l => l.startsWith('::debug::') && l.includes('TypeError') && l.includes('runner.test'))).toBe(true)
  })
})

describe('writeSummary', () => {
  it('appends to the job summary file, ending each part with a line break', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'seal-summary-')), 'summary')
    await writeFile(file, '')
    process.env.GITHUB_STEP_SUMMARY = file
    await writeSummary('## Signed')
    await writeSummary('| a | b |\n')
    expect(await readFile(file, 'utf8')).toBe('## Signed\n| a | b |\n')
  })

  it('writes nothing, and does not fail, when the runner keeps no summary', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(writeSummary('## Signed')).resolves.toBeUndefined()
    expect(lines).toEqual(['::debug::No job summary: GITHUB_STEP_SUMMARY is not set.'])
  })
})
