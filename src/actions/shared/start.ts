/**
 * How every action starts. @actions/core brings an HTTP client (undici, about
 * 1 MB) that takes tens of milliseconds to compile, so the action first prints
 * one line naming itself, then loads the toolkit and its step and runs it.
 * That line is a plain log line (what core.info writes: the text and a line
 * break); everything after it goes through @actions/core.
 */
import { EOL } from 'node:os'

/** An action's step, loaded on demand: its `run` reads the inputs, does the work and reports. */
export interface ActionStep {
  run(): Promise<void>
}

/** Prints `firstLine`, then loads the step with the toolkit and runs it. */
export async function startAction(firstLine: string, load: () => Promise<ActionStep>): Promise<void> {
  process.stdout.write(firstLine + EOL)
  const step = await load()
  await step.run()
}
