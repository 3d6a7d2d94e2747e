import type { VerifyRow } from './summary.js'
import { cell } from './summary.js'

interface PolicyRow extends VerifyRow {
  policy?: {
    rules: { kind: string; policy: string; rule: string; mode: string; passed: boolean; details: string[]; skipped: string[] }[]
    warnings: string[]
  }
}

/** The job-summary section of a policy run: per image, each policy rule that applied, with what passed or failed. */
export function policySummary(rows: readonly PolicyRow[]): string {
  const lines = ['### Admission policies', '', '| | Image | Policy | Rule | Mode | Outcome |', '| --- | --- | --- | --- | --- | --- |']
  for (const r of rows) {
    const rules = r.policy?.rules ?? []
    if (rules.length === 0)
      lines.push(`| ${r.ok ? '🟢' : '🔴'} | ${cell(r.subject)} | – | – | – | ${cell(r.reason ?? r.policy?.warnings.join(' ') ?? 'no matching policies')} |`)
    for (const p of rules) {
      // Each detail escaped on its own, then joined with line breaks (escaping the joined text would escape the breaks too).
      const what = p.details.length ? p.details.map(d => cell(d.trim())).join('<br>') : cell('')
      const skipped = p.skipped.length ? `<br>skipped: ${p.skipped.map(cell).join(', ')}` : ''
      lines.push(
        `| ${p.passed ? '🟢' : p.mode === 'warn' ? '🟡' : '🔴'} | ${cell(r.subject)} | ${cell(`${p.kind} ${p.policy}`)} | ${cell(p.rule)} | ${p.mode} | ${what}${skipped} |`
      )
    }
  }
  lines.push('')
  return lines.join('\n')
}
