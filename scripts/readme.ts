/**
 * `npm run docs`: regenerates the inputs and outputs tables of every action in
 * README.md from the action.yml files. Each table sits between markers:
 *
 *   <!-- inputs:sign-action -->
 *   | Input | Default | Description |
 *   ...
 *   <!-- /inputs:sign-action -->
 *
 * (and `outputs:<id>` likewise). `npm run docs -- --check` changes nothing and
 * exits 1 when a table differs from its action.yml, naming the table.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'yaml'

import { writeFileAtomic } from '../src/core/util/fs.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Every action of the repository: its id in README markers and the directory of its action.yml. */
export const ACTIONS: readonly { id: string; dir: string }[] = [
  { id: 'setup', dir: '.' },
  { id: 'sign-action', dir: 'sign-action' },
  { id: 'verify-action', dir: 'verify-action' },
  { id: 'attest-action', dir: 'attest-action' }
]

export interface ActionInput {
  name: string
  description: string
  default: string
  required: boolean
}

export interface ActionOutput {
  name: string
  description: string
}

export interface ActionSpec {
  id: string
  /** Path of the action.yml, relative to the repository root. */
  file: string
  name: string
  inputs: ActionInput[]
  outputs: ActionOutput[]
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} must be a mapping`)
  return value as Record<string, unknown>
}

function text(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : String(value)
}

/** Reads one action.yml (its text) into the parts the tables show. */
export function parseAction(yamlText: string, id: string, file: string): ActionSpec {
  const doc = asRecord(parse(yamlText), file)
  const inputs = Object.entries(asRecord(doc.inputs, `${file}: inputs`)).map(([name, raw]) => {
    const spec = asRecord(raw, `${file}: input ${name}`)
    return {
      name,
      description: text(spec.description).trim(),
      default: text(spec.default),
      required: spec.required === true || spec.required === 'true'
    }
  })
  const outputs = Object.entries(asRecord(doc.outputs, `${file}: outputs`)).map(([name, raw]) => ({
    name,
    description: text(asRecord(raw, `${file}: output ${name}`).description).trim()
  }))
  return { id, file, name: text(doc.name), inputs, outputs }
}

export async function loadActions(root = ROOT): Promise<ActionSpec[]> {
  return Promise.all(
    ACTIONS.map(async ({ id, dir }) => {
      const file = dir === '.' ? 'action.yml' : `${dir}/action.yml`
      return parseAction(await readFile(join(root, file), 'utf8'), id, file)
    })
  )
}

/** Inputs and outputs that have no description, as `file: input name`. */
export function missingDescriptions(spec: ActionSpec): string[] {
  return [
    ...spec.inputs.filter(i => !i.description).map(i => `${spec.file}: input ${i.name}`),
    ...spec.outputs.filter(o => !o.description).map(o => `${spec.file}: output ${o.name}`)
  ]
}

/* --------------------------------------------------------------- cells -- */

/** Prose for a table cell: characters markdown would read as markup are escaped. */
function escapeProse(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/[*[\]~|]/g, c => `\\${c}`)
    .replace(/(^|[^A-Za-z0-9])_|_(?=$|[^A-Za-z0-9])/g, m => m.replace('_', '\\_'))
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * Text for one markdown table cell: on one line, with `code spans` kept as
 * they are (only `|`, which ends a cell even inside code, is escaped) and
 * markup characters in the prose escaped.
 */
export function escapeCell(value: string): string {
  const flat = value.replace(/\s*\r?\n\s*/g, ' ').trim()
  let out = ''
  let rest = flat
  for (;;) {
    const m = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/.exec(rest)
    if (!m) break
    out += escapeProse(rest.slice(0, m.index)).replace(/`/g, '\\`') + m[0].replace(/\|/g, '\\|')
    rest = rest.slice(m.index + m[0].length)
  }
  return out + escapeProse(rest).replace(/`/g, '\\`')
}

/** A value as a code span whose fence is longer than any run of backticks in it. */
export function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(r => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`.replace(/\|/g, '\\|')
}

export function inputsTable(spec: ActionSpec): string {
  const rows = spec.inputs.map(i => {
    const def = i.required ? '(required)' : i.default === '' ? '' : codeSpan(i.default)
    return `| ${codeSpan(i.name)} | ${def} | ${escapeCell(i.description)} |`
  })
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n')
}

export function outputsTable(spec: ActionSpec): string {
  const rows = spec.outputs.map(o => `| ${codeSpan(o.name)} | ${escapeCell(o.description)} |`)
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/* -------------------------------------------------------------- README -- */

/** The generated blocks by marker name (`inputs:<id>`, `outputs:<id>`). */
export function generatedBlocks(specs: readonly ActionSpec[]): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const spec of specs) {
    blocks.set(`inputs:${spec.id}`, inputsTable(spec))
    blocks.set(`outputs:${spec.id}`, outputsTable(spec))
  }
  return blocks
}

export interface RenderResult {
  /** The README with every block regenerated. */
  text: string
  /** Blocks whose content differs from what the action.yml files give. */
  changed: string[]
  /** Blocks the README has no markers for. */
  missing: string[]
  /** Marked blocks in the README that no action.yml produces. */
  unknown: string[]
}

const BLOCK = /<!-- ((?:inputs|outputs):[a-z0-9-]+) -->\n([\s\S]*?)<!-- \/\1 -->/g

/** Regenerates every marked table of the README. Pure: text in, text out. */
export function renderReadme(readme: string, specs: readonly ActionSpec[]): RenderResult {
  const blocks = generatedBlocks(specs)
  const seen = new Set<string>()
  const changed: string[] = []
  const unknown: string[] = []
  const text = readme.replace(BLOCK, (whole, name: string, body: string) => {
    const table = blocks.get(name)
    if (table === undefined) {
      unknown.push(name)
      return whole
    }
    seen.add(name)
    if (body !== table + '\n') changed.push(name)
    return `<!-- ${name} -->\n${table}\n<!-- /${name} -->`
  })
  const missing = [...blocks.keys()].filter(name => !seen.has(name))
  return { text, changed, missing, unknown }
}

/** For a differing block: the first line where README and action.yml disagree. */
export function firstDifference(readme: string, rendered: string, name: string): string {
  const body = (s: string) => {
    const start = s.indexOf(`<!-- ${name} -->\n`)
    const end = s.indexOf(`<!-- /${name} -->`, start)
    return start === -1 || end === -1 ? [] : s.slice(start + `<!-- ${name} -->\n`.length, end).split('\n')
  }
  const [have, want] = [body(readme), body(rendered)]
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if (have[i] !== want[i]) return `  README:     ${have[i] ?? '(no line)'}\n  action.yml: ${want[i] ?? '(no line)'}`
  }
  return ''
}

function sourceOf(name: string, specs: readonly ActionSpec[]): string {
  return specs.find(s => s.id === name.split(':')[1])?.file ?? 'action.yml'
}

export interface MainOptions {
  /** Where the action.yml files are (default: this repository). */
  root?: string
  /** The README to check or rewrite (default: README.md of `root`). */
  readme?: string
  out?: { stdout: (s: string) => void; stderr: (s: string) => void }
}

export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const root = options.root ?? ROOT
  const readmePath = options.readme ?? join(root, 'README.md')
  const out = options.out ?? { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) }
  const unknownArgs = argv.filter(a => a !== '--check')
  if (unknownArgs.length) {
    out.stderr(`usage: npm run docs [-- --check]\n(unknown argument ${JSON.stringify(unknownArgs[0])})\n`)
    return 2
  }
  const check = argv.includes('--check')
  const specs = await loadActions(root)
  const undocumented = specs.flatMap(missingDescriptions)
  for (const u of undocumented) out.stderr(`${u} has no description\n`)

  const readme = await readFile(readmePath, 'utf8')
  const result = renderReadme(readme, specs)
  for (const name of result.missing) {
    out.stderr(`README.md has no <!-- ${name} --> … <!-- /${name} --> block: add the two markers where the table belongs\n`)
  }
  for (const name of result.unknown) {
    out.stderr(`README.md has a <!-- ${name} --> block, but no action.yml has that id (known: ${ACTIONS.map(a => a.id).join(', ')})\n`)
  }
  const broken = undocumented.length > 0 || result.missing.length > 0 || result.unknown.length > 0

  if (check) {
    for (const name of result.changed) {
      out.stderr(`README.md: the ${name.replace(':', ' table of ')} differs from ${sourceOf(name, specs)}\n`)
      out.stderr(firstDifference(readme, result.text, name) + '\n')
    }
    if (result.changed.length) out.stderr('Run `npm run docs` to regenerate the tables.\n')
    if (!broken && !result.changed.length) out.stdout(`README.md tables match the ${specs.length} action.yml files\n`)
    return broken || result.changed.length ? 1 : 0
  }
  if (result.changed.length) {
    await writeFileAtomic(readmePath, result.text)
    out.stdout(`README.md: regenerated ${result.changed.join(', ')}\n`)
  } else {
    out.stdout('README.md: tables already up to date\n')
  }
  return broken ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
