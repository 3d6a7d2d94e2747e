/**
 * The thin layer between an action and the GitHub Actions toolkit
 * (@actions/core): the inputs as the core's readers take them, the context a
 * step runs in, masking, the job summary and the failure handler. The core
 * library itself knows nothing of @actions/*.
 */
import * as core from '@actions/core'

import { messageOf, isSealError, redact, type InputGetter, type StepContext } from '../../core/index.js'

/** Every value registered as a secret in this step: masked by the runner, and removed from failure messages here. */
const secrets: string[] = []

/**
 * Masks a secret in the runner's log as soon as it is read. The runner masks
 * a multi-line value only where it appears whole, so each line of it (a PEM
 * key, say) is masked on its own as well.
 */
export function mask(secret: string | undefined): void {
  if (!secret) return
  for (const part of new Set([secret, ...secret.split(/\r?\n/).filter(line => line.trim())])) core.setSecret(part)
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

/**
 * Inputs as @actions/core reads them (INPUT_<NAME>, trimmed, '' when unset).
 * The core's readers parse booleans, numbers and lists from that text.
 */
export const getInput: InputGetter = name => core.getInput(name)

/** Appends Markdown to the job summary; only a debug line when the runner keeps none (no GITHUB_STEP_SUMMARY). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('No job summary: GITHUB_STEP_SUMMARY is not set.')
    return
  }
  await core.summary.addRaw(markdown, !markdown.endsWith('\n')).write()
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
