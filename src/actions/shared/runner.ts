import { messageOf, isSealError, redact, type InputGetter, type StepContext } from '../../core/index.js'
import { readInput, RunnerProtocol } from './protocol.js'

/** The runner this step reports to: log lines, masks, outputs, PATH and the summary. */
export const runner = new RunnerProtocol()

/** Every value registered as a secret in this step: masked by the runner, and removed from failure messages here. */
const secrets: string[] = []

/** Masks a secret in the runner's log as soon as it is read. */
export function mask(secret: string | undefined): void {
  if (!secret) return
  runner.setSecret(secret)
  secrets.push(secret)
}

/**
 * The context every step runs in: the workspace, the environment, and the
 * runner's log. `known` are secrets read from the inputs; secrets read later
 * (the OIDC token, registry credentials) are masked as they arrive.
 */
export function stepContext(known: readonly (string | undefined)[]): StepContext {
  for (const secret of known) mask(secret)
  return {
    cwd: process.cwd(),
    env: process.env,
    onSecret: mask,
    log: line => runner.info(line),
    warn: line => runner.warning(line)
  }
}

/** Reads inputs the way the runner passes them (INPUT_<NAME>). */
export const getInput: InputGetter = name => readInput(name)

/**
 * Fails the step with one clear line: a SealError's message and hint, or an
 * unexpected error's message (redacted, no stack; the stack goes to debug).
 */
export function fail(err: unknown): void {
  const text = redact(messageOf(err), secrets)
  if (!isSealError(err) && err instanceof Error && err.stack) runner.debug(redact(err.stack, secrets))
  runner.setFailed(text)
}
