import * as core from '@actions/core'

import { messageOf, isSealError } from '../../core/errors.js'
import { redact } from '../../core/redact.js'
import type { InputGetter } from '../../core/inputs.js'

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
  const text = redact(messageOf(err))
  if (!isSealError(err) && err instanceof Error && err.stack) core.debug(redact(err.stack))
  core.setFailed(text)
}
