/**
 * The runner's side of a JavaScript action, as the runner defines it:
 * inputs arrive as `INPUT_<NAME>` variables; log lines, masks and
 * annotations are workflow commands (`::name key=value::data`) on stdout;
 * outputs, PATH additions and the job summary are appended to the files
 * named by GITHUB_OUTPUT, GITHUB_PATH and GITHUB_STEP_SUMMARY.
 *
 * This is all an action needs from the runner, and it loads nothing but
 * node built-ins: the actions start with it and print their first line
 * before any HTTP client or Sigstore library is loaded.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { delimiter } from 'node:path'

type Env = NodeJS.ProcessEnv

/** Escapes the data part of a workflow command (the runner unescapes it). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line, e.g. `::warning file=a.txt::text`. */
export function workflowCommand(name: string, data: string, properties: Record<string, string> = {}): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`
}

/**
 * The value of input `name`: INPUT_<NAME> with spaces as underscores,
 * trimmed (the runner passes every input, unset ones as empty strings).
 */
export function readInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * A `name<<delimiter` block for the runner's key-value files. The delimiter
 * is random and checked against the value, so no value can end the block
 * early and set another output.
 */
export function keyValueBlock(name: string, value: string): string {
  const marker = `ghadelimiter_${randomUUID()}`
  if (name.includes(marker) || value.includes(marker)) {
    // A value cannot contain a fresh random UUID unless it was built to: refuse rather than write a forged block.
    throw new Error(`the value of ${name} contains the output delimiter`)
  }
  return `${name}<<${marker}${EOL}${value}${EOL}${marker}${EOL}`
}

/** Appends to one of the runner's command files; false when the runner did not provide it. */
function appendToRunnerFile(variable: string, text: string, env: Env): boolean {
  const path = env[variable]
  if (!path) return false
  if (!existsSync(path)) throw new Error(`${variable} names a file that does not exist: ${path}`)
  appendFileSync(path, text, { encoding: 'utf8' })
  return true
}

/** Writes workflow commands and command files for the current step. */
export class RunnerProtocol {
  constructor(
    private readonly env: Env = process.env,
    private readonly write: (line: string) => void = line => process.stdout.write(line + EOL)
  ) {}

  info(text: string): void {
    this.write(text)
  }

  debug(text: string): void {
    this.write(workflowCommand('debug', text))
  }

  warning(text: string): void {
    this.write(workflowCommand('warning', text))
  }

  error(text: string): void {
    this.write(workflowCommand('error', text))
  }

  /** Masks a value in every later log line of the job. Each line of a multi-line secret is masked on its own. */
  setSecret(secret: string): void {
    for (const part of [secret, ...secret.split(/\r?\n/).filter(p => p.trim() && p !== secret)]) {
      this.write(workflowCommand('add-mask', part))
    }
  }

  startGroup(title: string): void {
    this.write(workflowCommand('group', title))
  }

  endGroup(): void {
    this.write(workflowCommand('endgroup', ''))
  }

  setOutput(name: string, value: string): void {
    if (appendToRunnerFile('GITHUB_OUTPUT', keyValueBlock(name, value), this.env)) return
    // Runners without output files read the older command from the log.
    this.write(EOL + workflowCommand('set-output', value, { name }))
  }

  /** Prepends a directory to PATH for this step and every later step of the job. */
  addPath(dir: string): void {
    if (!appendToRunnerFile('GITHUB_PATH', dir + EOL, this.env)) this.write(workflowCommand('add-path', dir))
    this.env.PATH = `${dir}${delimiter}${this.env.PATH ?? ''}`
  }

  /** Appends Markdown to the job summary; nothing when the runner keeps none. */
  appendSummary(markdown: string): void {
    appendToRunnerFile('GITHUB_STEP_SUMMARY', markdown.endsWith(EOL) ? markdown : markdown + EOL, this.env)
  }

  /** Marks the step failed with one error annotation. */
  setFailed(message: string): void {
    process.exitCode = 1
    this.error(message)
  }
}
