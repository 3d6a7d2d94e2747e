import * as core from '@actions/core'

import { messageOf, isSealError } from '../../core/errors.js'
import { redact } from '../../core/redact.js'
import type { InputGetter } from '../../core/inputs.js'
import type { StepContext } from '../../core/sign-step.js'

/** Every value registered as a secret in this step: masked by the runner, and removed from failure messages here. */
const secrets: string[] = []

/** Masks a secret in the runner's log as soon as it is read. */
export function mask(secret: string | undefined): void {
  if (!secret) return
  core.setSecret(secret)
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
    log: line => core.info(line),
    warn: line => core.warning(line)
  }
}

/** Reads inputs the way the runner passes them (INPUT_<NAME>). */
export const getInput: InputGetter = name => core.getInput(name)

/** Writes the job summary when the runner provides one. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

/**
 * Fails the step with one clear line: a SealError's message and hint, or an
 * unexpected error's message (redacted, no stack; the stack goes to debug).
 */
export function fail(err: unknown): void {
  const text = redact(messageOf(err), secrets)
  if (!isSealError(err) && err instanceof Error && err.stack) core.debug(redact(err.stack, secrets))
  core.setFailed(text)
}
