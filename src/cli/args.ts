import { SealError, type InputGetter } from '../core/index.js'

export interface ParsedArgs {
  /** Flag values by input name (without the leading dashes). */
  flags: Map<string, string>
  positionals: string[]
}

/**
 * Parses `--name value`, `--name=value`, and for boolean flags a bare `--name`
 * (true) or `--no-name` (false). Flags are named like the action inputs.
 */
export function parseArgs(argv: readonly string[], known: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1)
    if (value === undefined && name.startsWith('no-') && booleans.includes(name.slice(3))) {
      name = name.slice(3)
      value = 'false'
    }
    if (!known.includes(name) && !booleans.includes(name)) {
      throw new SealError('INPUT_INVALID', `unknown option --${name}`)
    }
    if (value === undefined) {
      if (booleans.includes(name)) {
        const next = argv[i + 1]
        value = next === 'true' || next === 'false' ? argv[++i] : 'true'
      } else {
        if (i + 1 >= argv.length) throw new SealError('INPUT_INVALID', `option --${name} needs a value`)
        value = argv[++i]
      }
    }
    // Repeated list flags accumulate, like a multi-line input.
    flags.set(name, flags.has(name) ? `${flags.get(name)}\n${value}` : value)
  }
  return { flags, positionals }
}

export function getterOf(args: ParsedArgs): InputGetter {
  return name => args.flags.get(name) ?? ''
}
