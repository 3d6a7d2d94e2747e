import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import * as core from '@actions/core'

import { writeFileAtomic } from '../../core/index.js'
import { readVerifyInputs, runVerifyStep, verifiedBy, verifyResults, verifySummary } from '../../core/verify-step.js'
import { fail, getInput, stepContext, writeSummary } from '../shared/runner.js'

/** verify-action: fails the step unless every subject verifies against the policy. */
export async function run(): Promise<void> {
  try {
    const inputs = readVerifyInputs(getInput)
    const result = await runVerifyStep(inputs, stepContext([inputs.registryPassword]))
    for (const r of result.rows) {
      if (r.ok) core.info(`✓ ${r.subject}: ${verifiedBy(r)}${r.logIndex ? `, Rekor log index ${r.logIndex}` : ''}`)
      else core.error(`${r.subject}: ${r.reason}`)
    }
    core.setOutput('verified', String(result.verified))
    core.setOutput('results', JSON.stringify(verifyResults(result)))
    const withPredicate = result.rows.find(r => r.ok && r.predicate !== undefined)
    if (withPredicate) {
      const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'seal-predicate-'))
      const path = join(dir, 'predicate.json')
      await writeFileAtomic(path, JSON.stringify(withPredicate.predicate) + '\n')
      core.setOutput('predicate-path', path)
    }
    if (inputs.showSummary)
      await writeSummary(
        verifySummary({ rows: result.rows, policy: result.policy, trust: result.trust, warnings: result.warnings }) + (result.policySummary ?? '')
      )
    if (!result.verified) {
      const failed = result.rows.filter(r => !r.ok).length
      core.setFailed(`Verification failed for ${failed} of ${result.rows.length} subject${result.rows.length === 1 ? '' : 's'}.`)
    }
  } catch (err) {
    core.setOutput('verified', 'false')
    fail(err)
  }
}
