import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { writeFileAtomic, readVerifyInputs, verifySummary, runVerifyStep } from '../../core/index.js'
import { fail, getInput, runner, stepContext } from '../shared/runner.js'

/** verify-action: fails the step unless every subject verifies against the policy. */
export async function run(): Promise<void> {
  let showSummary = true
  try {
    const inputs = readVerifyInputs(getInput)
    showSummary = inputs.showSummary
    const result = await runVerifyStep(inputs, stepContext([inputs.registryPassword]))
    for (const r of result.rows) {
      if (r.ok) runner.info(`✓ ${r.subject}: signed by ${r.identity} (${r.issuer})${r.logIndex ? `, Rekor log index ${r.logIndex}` : ''}`)
      else runner.error(`${r.subject}: ${r.reason}`)
    }
    runner.setOutput('verified', String(result.verified))
    runner.setOutput(
      'results',
      JSON.stringify(
        result.rows.map(r => ({
          subject: r.subject,
          verified: r.ok,
          sha256: r.sha256 ?? null,
          identity: r.identity ?? null,
          issuer: r.issuer ?? null,
          logIndex: r.logIndex ?? null,
          integratedTime: r.integratedTime ?? null,
          predicateType: r.predicateType ?? null,
          predicateDigest: r.predicateDigest ?? null,
          error: r.reason ?? null,
          ...(r.policy ? { policy: r.policy } : {})
        }))
      )
    )
    const withPredicate = result.rows.find(r => r.ok && r.predicate !== undefined)
    if (withPredicate) {
      const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'seal-predicate-'))
      const path = join(dir, 'predicate.json')
      await writeFileAtomic(path, JSON.stringify(withPredicate.predicate) + '\n')
      runner.setOutput('predicate-path', path)
    }
    if (showSummary) runner.appendSummary(verifySummary({ rows: result.rows, policy: result.policy, trust: result.trust, warnings: result.warnings }) + (result.policySummary ?? ''))
    if (!result.verified) {
      const failed = result.rows.filter(r => !r.ok).length
      runner.setFailed(`Verification failed for ${failed} of ${result.rows.length} subject${result.rows.length === 1 ? '' : 's'}.`)
    }
  } catch (err) {
    runner.setOutput('verified', 'false')
    fail(err)
  }
}
