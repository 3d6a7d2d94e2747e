import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'

import { SealError, type InputGetter } from '../core/index.js'
import type { Options } from './options.js'

/** A parsed command line: the options given and the other arguments. */
export interface CommandLine {
  /** Given options by flag name: a list's values joined by newlines, a switch as 'true' or 'false'. */
  values: ReadonlyMap<string, string>
  positionals: string[]
}

/**
 * Parses `--name value`, `--name=value`, and for switches `--name` and
 * `--no-name`, with node's strict parser: an unknown option, a value missing
 * or given to a switch, and a single-valued option given twice are errors.
 * Arguments after `--` are positional.
 */
export function parseCommandLine(argv: readonly string[], options: Options): CommandLine {
  const config: ParseArgsOptionsConfig = {}
  for (const [name, spec] of Object.entries(options)) config[name] = { type: spec.kind === 'switch' ? 'boolean' : 'string', multiple: spec.kind === 'list' }
  const parsed = strictParse(argv, config)
  const values = new Map<string, string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    if (values.has(token.name) && options[token.name].kind !== 'list') throw new SealError('INPUT_INVALID', `--${token.name} given twice`)
    const given = parsed.values[token.name]
    values.set(token.name, Array.isArray(given) ? given.join('\n') : String(given))
  }
  return { values, positionals: parsed.positionals }
}

function strictParse(argv: readonly string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true, allowNegative: true, tokens: true })
  } catch (err) {
    throw new SealError('INPUT_INVALID', parseProblem(err))
  }
}

/** node's parse error in the words seal uses, naming the flag. */
function parseProblem(err: unknown): string {
  const { code, message } = err as { code?: string; message?: string }
  const flag = /'(-[^' ]+)/.exec(message ?? '')?.[1]
  if (!flag) return message ?? String(err)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag}`
  if (message?.includes('argument missing')) return `option ${flag} needs a value`
  if (message?.includes('ambiguous')) return `option ${flag} needs a value (write ${flag}=VALUE for one that starts with "-")`
  if (message?.includes('does not take an argument')) return `option ${flag} takes no value: write ${flag} or --no-${flag.slice(2)}`
  return message ?? String(err)
}

/**
 * The command line as action inputs, for the same readers the actions use: a
 * given option, else its environment variable, else its fallback, else ''.
 * `positionalsAs` names the list input the positional arguments join.
 */
export function inputsOf(line: CommandLine, options: Options, env: NodeJS.ProcessEnv = process.env, positionalsAs?: string): InputGetter {
  return name => {
    const spec = options[name]
    const given = line.values.get(name) ?? (spec?.env ? env[spec.env] : undefined) ?? spec?.fallback ?? ''
    if (name !== positionalsAs || line.positionals.length === 0) return given
    return [given, ...line.positionals].filter(Boolean).join('\n')
  }
}

const DIGEST_ARGUMENT = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/

/**
 * `seal verify sha256:<hex>`: positional arguments that are digests join
 * `--subject-digest` (verified with `--bundle-path`, no file needed); the
 * others stay files.
 */
export function digestsAsSubjects(line: CommandLine): CommandLine {
  const digests = line.positionals.filter(p => DIGEST_ARGUMENT.test(p))
  if (digests.length === 0) return line
  const values = new Map(line.values)
  values.set('subject-digest', [line.values.get('subject-digest'), ...digests].filter(Boolean).join('\n'))
  return { values, positionals: line.positionals.filter(p => !DIGEST_ARGUMENT.test(p)) }
}
