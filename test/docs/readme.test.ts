/**
 * README.md agrees with the code: its inputs/outputs tables are what the
 * action.yml files generate, it opens with the two set-up commands, its
 * snippets parse, its links to examples/ resolve, it names only commands the
 * CLI has, and its migration table maps only to inputs, outputs and commands
 * that exist.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parse } from 'yaml'

import {
  codeSpan,
  escapeCell,
  inputsTable,
  loadActions,
  main,
  missingDescriptions,
  outputsTable,
  renderReadme,
  ROOT,
  type ActionSpec
} from '../../scripts/readme.js'

let readme: string
let specs: ActionSpec[]

beforeAll(async () => {
  readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  specs = await loadActions()
})

function capture() {
  const out = { stdout: '', stderr: '' }
  return { out, sink: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } }
}

/** The fenced code blocks of a markdown text, with their info string. */
function codeBlocks(text: string): { lang: string; body: string }[] {
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map(m => ({
    lang: m[2],
    body: m[3].replace(new RegExp(`^ {0,${m[1].length}}`, 'gm'), '')
  }))
}

/** Every TypeScript source under src/, concatenated. */
async function sources(): Promise<string> {
  const texts: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(dir, e.name))
      else if (e.name.endsWith('.ts')) texts.push(await readFile(join(dir, e.name), 'utf8'))
    }
  }
  await walk(join(ROOT, 'src'))
  return texts.join('\n')
}

/** The body of the section under a `## heading`. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start === -1) throw new Error(`README has no "## ${heading}" section`)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end === -1 ? undefined : end)
}

describe('README opening', () => {
  it('opens with the two set-up commands in a code block', () => {
    const lines = readme.split('\n')
    expect(lines.slice(0, 3)).toEqual(['# seal', '', '```sh'])
    expect(lines[3]).toMatch(/^npm install && npm run demo(\s+#.*)?$/)
    expect(lines[4]).toMatch(/^npm test(\s+#.*)?$/)
    expect(lines[5]).toBe('```')
  })
})

describe('inputs and outputs tables', () => {
  it('README tables are exactly what the action.yml files generate', () => {
    const result = renderReadme(readme, specs)
    expect({ changed: result.changed, missing: result.missing, unknown: result.unknown }).toEqual({ changed: [], missing: [], unknown: [] })
    expect(result.text).toBe(readme)
  })

  it('covers every action: setup, sign, verify, attest', () => {
    expect(specs.map(s => s.id)).toEqual(['setup', 'sign-action', 'verify-action', 'attest-action'])
    for (const spec of specs) {
      expect(spec.inputs.length).toBeGreaterThan(0)
      expect(spec.outputs.length).toBeGreaterThan(0)
      for (const input of spec.inputs) expect(readme).toContain(`| ${codeSpan(input.name)} |`)
    }
  })

  it('every input and output of every action.yml has a description', () => {
    expect(specs.flatMap(missingDescriptions)).toEqual([])
  })

  it('fails when an action.yml changes and the README does not', () => {
    const edited = specs.map(s =>
      s.id === 'sign-action' ? { ...s, inputs: s.inputs.map(i => (i.name === 'tsa-url' ? { ...i, description: 'Another description.' } : i)) } : s
    )
    expect(renderReadme(readme, edited).changed).toEqual(['inputs:sign-action'])

    const added = specs.map(s => (s.id === 'verify-action' ? { ...s, outputs: [...s.outputs, { name: 'new-output', description: 'New.' }] } : s))
    expect(renderReadme(readme, added).changed).toEqual(['outputs:verify-action'])

    const defaulted = specs.map(s => (s.id === 'setup' ? { ...s, inputs: s.inputs.map(i => (i.name === 'retries' ? { ...i, default: '5' } : i)) } : s))
    expect(renderReadme(readme, defaulted).changed).toEqual(['inputs:setup'])
  })

  it('reports missing markers and blocks for unknown actions', () => {
    const withoutSetup = readme.replace(/<!-- inputs:setup -->[\s\S]*?<!-- \/inputs:setup -->/, '')
    expect(renderReadme(withoutSetup, specs).missing).toEqual(['inputs:setup'])
    const stray = readme + '\n<!-- inputs:gone-action -->\n| x |\n<!-- /inputs:gone-action -->\n'
    expect(renderReadme(stray, specs).unknown).toEqual(['inputs:gone-action'])
  })

  it('reports an input or output without a description', () => {
    const spec: ActionSpec = {
      id: 'x',
      file: 'x/action.yml',
      name: 'x',
      inputs: [{ name: 'a', description: '', default: '', required: false }],
      outputs: [{ name: 'b', description: '' }]
    }
    expect(missingDescriptions(spec)).toEqual(['x/action.yml: input a', 'x/action.yml: output b'])
  })

  it('marks required inputs, shows defaults as code and escapes cells', () => {
    const spec: ActionSpec = {
      id: 'x',
      file: 'x/action.yml',
      name: 'x',
      inputs: [
        { name: 'must', description: 'Needed.', default: 'ignored', required: true },
        { name: 'pipe', description: 'a | b, `x | y`,\n<file>.json', default: 'a|b', required: false },
        { name: 'none', description: 'No default.', default: '', required: false }
      ],
      outputs: [{ name: 'out', description: 'JSON *array* of [things]' }]
    }
    expect(inputsTable(spec).split('\n').slice(2)).toEqual([
      '| `must` | (required) | Needed. |',
      '| `pipe` | `a\\|b` | a \\| b, `x \\| y`, &lt;file&gt;.json |',
      '| `none` |  | No default. |'
    ])
    expect(outputsTable(spec).split('\n')[2]).toBe('| `out` | JSON \\*array\\* of \\[things\\] |')
  })

  it('escapeCell keeps code spans and intraword underscores, escapes markup elsewhere', () => {
    expect(escapeCell('trusted_root.json in `a_b <c>`')).toBe('trusted_root.json in `a_b <c>`')
    expect(escapeCell('_emphasis_ and a stray ` tick')).toBe('\\_emphasis\\_ and a stray \\` tick')
    expect(escapeCell('line one\n  line two')).toBe('line one line two')
    expect(codeSpan('a`b')).toBe('``a`b``')
  })

  it('npm run docs -- --check exits 1 naming the table that differs, and npm run docs fixes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-readme-'))
    const copy = join(dir, 'README.md')
    await writeFile(copy, readme.replace(/(\| `rekor-url` \| [^|]*\| )Rekor transparency log\./, '$1Some other log.'))

    const check = capture()
    expect(await main(['--check'], { readme: copy, out: check.sink })).toBe(1)
    expect(check.out.stderr).toContain('the inputs table of sign-action differs from sign-action/action.yml')
    expect(check.out.stderr).toContain('Some other log.')

    const fix = capture()
    expect(await main([], { readme: copy, out: fix.sink })).toBe(0)
    expect(await readFile(copy, 'utf8')).toBe(readme)
    const again = capture()
    expect(await main(['--check'], { readme: copy, out: again.sink })).toBe(0)
    expect(again.out.stderr).toBe('')

    const usage = capture()
    expect(await main(['--chek'], { readme: copy, out: usage.sink })).toBe(2)
  })
})

describe('README content', () => {
  it('every YAML snippet parses', () => {
    const yamlBlocks = codeBlocks(readme).filter(b => b.lang === 'yaml')
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(8)
    for (const block of yamlBlocks) expect(() => parse(block.body)).not.toThrow()
  })

  it('links every example workflow, and every examples/ link resolves', async () => {
    const linked = [...readme.matchAll(/\]\((examples\/[^)#]*)\)/g)].map(m => m[1])
    for (const link of linked) expect({ link, exists: existsSync(join(ROOT, link)) }).toEqual({ link, exists: true })
    const files = (await readdir(join(ROOT, 'examples'))).filter(f => f.endsWith('.yml'))
    for (const f of files) expect(linked).toContain(`examples/${f}`)
  })

  it('every #anchor link names a heading', () => {
    // GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens.
    const slugs = new Set(
      [...readme.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)].map(m =>
        m[1]
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-')
      )
    )
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1])
    expect(anchors.length).toBeGreaterThan(10)
    for (const anchor of anchors) expect({ anchor, exists: slugs.has(anchor) }).toEqual({ anchor, exists: true })
  })

  it('names only seal commands the command line has', async () => {
    const cli = await readFile(join(ROOT, 'src', 'cli', 'index.ts'), 'utf8')
    const commands = new Set([...cli.matchAll(/case '([a-z-]+)':/g)].map(m => m[1]))
    const inBlocks = codeBlocks(readme)
      .filter(b => b.lang === 'sh' || b.lang === 'yaml')
      .flatMap(b => [...b.body.replace(/(^|\s)#.*$/gm, '').matchAll(/(?:^|[\s(])seal ([a-z][a-z-]*)/gm)].map(m => m[1]))
    const inline = [...readme.matchAll(/`seal ([a-z][a-z-]*)/g)].map(m => m[1])
    const used = new Set([...inBlocks, ...inline])
    expect(used.size).toBeGreaterThanOrEqual(5)
    for (const c of used) expect({ command: c, exists: commands.has(c) }).toEqual({ command: c, exists: true })
  })

  it('the migration table maps only to inputs, outputs and commands that exist', async () => {
    const cli = await readFile(join(ROOT, 'src', 'cli', 'index.ts'), 'utf8')
    const commands = [...cli.matchAll(/case '([a-z-]+)':/g)].map(m => `seal ${m[1]}`)
    const known = new Set([...specs.flatMap(s => [...s.inputs.map(i => i.name), ...s.outputs.map(o => o.name)]), ...commands])
    const src = await sources()
    const rows = section(readme, 'Migrating')
      .split('\n')
      .filter(l => /^\| (cosign|cosign-installer|actions\/attest|gh attestation verify) \|/.test(l))
    expect(rows.length).toBeGreaterThanOrEqual(30)
    for (const row of rows) {
      const target = row.split(/(?<!\\)\|/)[3]
      const names = [...target.matchAll(/`([^`]+)`/g)].map(m => m[1].split(':')[0].trim())
      expect({ row, hasName: names.length > 0 }).toEqual({ row, hasName: true })
      for (const name of names) {
        if (/^https?$|[./]/.test(name)) continue // a value (a predicate type) or a file name
        // Environment variables count when seal reads them.
        const exists = /^[A-Z][A-Z0-9_]+$/.test(name) ? src.includes(`'${name}'`) || src.includes(`.${name}`) : known.has(name)
        expect({ row, name, known: exists }).toEqual({ row, name, known: true })
      }
    }
  })

  it('quotes troubleshooting messages that seal really prints', async () => {
    const src = await sources()
    const rows = section(readme, 'Troubleshooting')
      .split('\n')
      .filter(l => /^\| `/.test(l))
    expect(rows.length).toBeGreaterThanOrEqual(15)
    for (const row of rows) {
      const message = /^\| (`+)(.+?)\1/.exec(row)?.[2] ?? ''
      // The literal parts of the message (between placeholders, quoted values,
      // input names, numbers and words seal fills in) must all occur in the sources.
      const fragments = message
        .split(/…|"[^"]*"|`[^`]*`|\d+|[()]|\b(?:Fulcio|Rekor|Buildkite|CircleCI|GitLab CI|signatures?|attestations?)\b|sha256:/)
        .map(f => f.replace(/^[\s:;,./]+|[\s:;,./]+$/g, ''))
        .filter(f => f.length >= 8)
      expect({ message, fragments: fragments.length > 0 }).toEqual({ message, fragments: true })
      for (const fragment of fragments) {
        const variants = [fragment, fragment.replace(/`/g, '\\`')]
        expect({ message, fragment, found: variants.some(v => src.includes(v)) }).toEqual({ message, fragment, found: true })
      }
    }
  })
})
