import { messageOf, redact, type StepContext } from '../core/index.js'

/** Where a command writes: results to stdout, progress and errors to stderr. */
export type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
export const std: Out = { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) }

export interface CommandRun {
  /** Registers a secret the command read: it is removed from any error message. */
  secret: (value: string | undefined) => void
  /** The step context a core step runs in from the command line: progress and warnings on stderr. */
  context: () => StepContext
}

/**
 * Runs one `seal <name>` command: a failure becomes a single
 * `seal <name>: message` line on stderr, with every secret the command read
 * removed, and exit code 1. No stack trace reaches the user.
 */
export async function runCommand(name: string, out: Out, body: (run: CommandRun) => Promise<number>): Promise<number> {
  const secrets: string[] = []
  const secret = (value: string | undefined): void => {
    if (value) secrets.push(value)
  }
  try {
    return await body({
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
    out.stderr(`seal ${name}: ${redact(messageOf(err), secrets)}\n`)
    return 1
  }
}
