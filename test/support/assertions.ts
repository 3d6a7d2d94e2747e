import type { ActionRun } from './runner.js'

/** The `::error::` annotations an action printed, one per line. */
export function errorAnnotations(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::error::'))
    .join('\n')
}

/** The step failed with an error annotation matching `reason`, and printed no stack trace. */
export function expectCleanFailure(run: ActionRun, reason: RegExp): void {
  expect(run.code).not.toBe(0)
  expect(errorAnnotations(run)).toMatch(reason)
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

/**
 * Everything the runner would show or keep: the log (without `::add-mask::`
 * commands, which the runner consumes and never displays), outputs and summary.
 */
export function visible(run: ActionRun): string {
  const log = (run.stdout + run.stderr)
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
  return log + JSON.stringify(run.outputs) + run.summary
}
