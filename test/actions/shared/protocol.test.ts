import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { escapeData, escapeProperty, keyValueBlock, readInput, RunnerProtocol, workflowCommand } from '../../../src/actions/shared/protocol.js'

async function runnerFiles(): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-protocol-'))
  const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name.toLowerCase())
    await writeFile(env[name]!, '')
  }
  return env
}

/** Reads a GITHUB_OUTPUT file the way the runner does. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const body: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i])
    out[m[1]] = body.join('\n')
  }
  return out
}

describe('workflow commands', () => {
  it('escapes data and properties so a value cannot start another command', () => {
    expect(escapeData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x')
    expect(escapeProperty('a:b,c\n')).toBe('a%3Ab%2Cc%0A')
    expect(workflowCommand('warning', 'line one\nline two', { file: 'a,b.txt', line: '' })).toBe('::warning file=a%2Cb.txt::line one%0Aline two')
    expect(workflowCommand('endgroup', '')).toBe('::endgroup::')
  })

  it('reads inputs as the runner passes them: upper case, spaces as underscores, trimmed', () => {
    expect(readInput('subject-path', { 'INPUT_SUBJECT-PATH': '  dist/*  \n' })).toBe('dist/*')
    expect(readInput('my input', { INPUT_MY_INPUT: 'x' })).toBe('x')
    expect(readInput('missing', {})).toBe('')
  })
})

describe('RunnerProtocol', () => {
  it('writes outputs the runner reads back, multi-line values included', async () => {
    const env = await runnerFiles()
    const p = new RunnerProtocol(env, () => undefined)
    p.setOutput('bundle-paths', 'a.sigstore.json\nb.sigstore.json')
    p.setOutput('verified', 'true')
    p.setOutput('empty', '')
    expect(parseOutputs(await readFile(env.GITHUB_OUTPUT!, 'utf8'))).toEqual({
      'bundle-paths': 'a.sigstore.json\nb.sigstore.json',
      verified: 'true',
      empty: ''
    })
  })

  it('never lets a value forge another output', () => {
    // The delimiter is random per block: a value carrying a guessed one cannot close the block.
    const block = keyValueBlock('results', 'x\nghadelimiter_guess\nverified<<EOF\ntrue\nEOF')
    const marker = block.split('\n')[0].split('<<')[1]
    expect(marker).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/)
    expect(parseOutputs(block)).toEqual({ results: 'x\nghadelimiter_guess\nverified<<EOF\ntrue\nEOF' })
  })

  it('logs lines, annotations and masks as commands, and fails the step with one error', () => {
    const lines: string[] = []
    const p = new RunnerProtocol({}, l => lines.push(l))
    const exitCode = process.exitCode
    try {
      p.info('Signing 3 files')
      p.warning('a tag\nwas given')
      p.setSecret('s3cret-line-1\ns3cret-line-2')
      p.startGroup('Certificate')
      p.endGroup()
      p.setFailed('Verification failed for 1 of 2 subjects.')
      expect(process.exitCode).toBe(1)
    } finally {
      process.exitCode = exitCode
    }
    expect(lines).toEqual([
      'Signing 3 files',
      '::warning::a tag%0Awas given',
      '::add-mask::s3cret-line-1%0As3cret-line-2',
      '::add-mask::s3cret-line-1',
      '::add-mask::s3cret-line-2',
      '::group::Certificate',
      '::endgroup::',
      '::error::Verification failed for 1 of 2 subjects.'
    ])
  })

  it('adds to PATH for this step and later ones, and appends to the summary', async () => {
    const env = await runnerFiles()
    const p = new RunnerProtocol(env, () => undefined)
    p.addPath('/opt/seal/bin')
    p.appendSummary('## Signed')
    p.appendSummary('| a | b |\n')
    expect(env.PATH).toBe('/opt/seal/bin:/usr/bin')
    expect(await readFile(env.GITHUB_PATH!, 'utf8')).toBe('/opt/seal/bin\n')
    expect(await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('## Signed\n| a | b |\n')
  })

  it('falls back to log commands without runner files, and says which file is missing', async () => {
    const lines: string[] = []
    const p = new RunnerProtocol({ PATH: '/bin' }, l => lines.push(l))
    p.setOutput('verified', 'true')
    p.addPath('/opt/x')
    p.appendSummary('ignored')
    expect(lines).toEqual(['\n::set-output name=verified::true', '::add-path::/opt/x'])
    const broken = new RunnerProtocol({ GITHUB_OUTPUT: '/nonexistent/seal/output' }, () => undefined)
    expect(() => broken.setOutput('a', 'b')).toThrow(/GITHUB_OUTPUT names a file that does not exist: \/nonexistent\/seal\/output/)
  })
})
