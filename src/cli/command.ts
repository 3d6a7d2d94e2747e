import { messageOf, redact, SealError, type StepContext } from '../core/index.js'
import { parseCommandLine, type CommandLine } from './args.js'
import type { Options } from './options.js'

/** Where a command writes: results to stdout, progress and errors to stderr. */
export type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
export const std: Out = { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) }

export interface CommandRun {
  /** The parsed command line. */
  line: CommandLine
  /** Registers a secret the command read: it is removed from any error message. */
  secret: (value: string | undefined) => void
  /** The step context a core step runs in from the command line: progress and warnings on stderr. */
  context: () => StepContext
}

export interface CommandSpec {
  /** As the user types it after `seal`, e.g. `trusted-root create`. */
  name: string
  options: Options
  out?: Out
  /** Put the error code before the message (the conformance commands do). */
  showCode?: boolean
}

/**
 * Runs one `seal <name>` command: parses its options, runs the body, and turns
 * a failure (a bad option included) into a single `seal <name>: message` line
 * on stderr, with every secret the command read removed, and exit code 1. No
 * stack trace reaches the user.
 */
export async function runCommand(spec: CommandSpec, argv: readonly string[], body: (run: CommandRun) => Promise<number>): Promise<number> {
  const out = spec.out ?? std
  const secrets: string[] = []
  const secret = (value: string | undefined): void => {
    if (value) secrets.push(value)
  }
  try {
    return await body({
      line: parseCommandLine(argv, spec.options),
      secret,
      context: () => ({
        cwd: process.cwd(),
        env: process.env,
        onSecret: secret,
        log: line => out.stderr(line + '\n'),
        warn: line => out.stderr(`warning: ${line}\n`)
      })
    })
  } catch (err) {
    const code = spec.showCode && err instanceof SealError ? `${err.code}: ` : ''
    out.stderr(`seal ${spec.name}: ${code}${redact(messageOf(err), secrets).replace(/\s*\n\s*/g, ' ')}\n`)
    return 1
  }
}

/** Rejects positional arguments for a command that takes none. */
export function noPositionals(line: CommandLine): void {
  if (line.positionals.length > 0) throw new SealError('INPUT_INVALID', `unexpected argument ${JSON.stringify(line.positionals[0])}`)
}
