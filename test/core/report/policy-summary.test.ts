import { policySummary } from '../../../src/core/report/policy-summary.js'

const rule = (details: string[], skipped: string[] = []) => ({
  kind: 'ClusterImagePolicy',
  policy: 'release',
  rule: 'release',
  mode: 'enforce',
  passed: false,
  details,
  skipped
})

describe('policySummary', () => {
  it('puts each detail on its own line, and markup inside a detail or a skipped block stays text', () => {
    const md = policySummary([
      {
        subject: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64),
        ok: false,
        policy: { rules: [rule(['authority-0: no signatures found', 'a subject <br>with | markup'], ['spec.policy (rego <b>)'])], warnings: [] }
      }
    ])
    const row = md.split('\n').find(l => l.includes('ClusterImagePolicy release'))!
    expect(row).toContain('authority-0: no signatures found<br>a subject &lt;br>with \\| markup<br>skipped: spec.policy (rego &lt;b>)')
    expect(row.split(' | ')).toHaveLength(6)
  })
})
