/** The setup action's job summary: what went on PATH, from where, and how cosign was checked. */
import { cell } from '../report/summary.js'
import { COSIGN_CHECKSUMS_FILE, type VerifiedCosign } from './cosign.js'

export interface InstalledTool {
  tool: string
  version: string
  path: string
  /** Found in the tool cache rather than installed by this run. */
  cached: boolean
}

export function setupSummary(args: { tools: readonly InstalledTool[]; cosign?: VerifiedCosign }): string {
  const names = args.tools.map(t => `${t.tool} ${t.version}`).join(' and ')
  const lines = [`## seal: ${cell(names)} on PATH`, '', '| Tool | Version | Path | Source |', '| --- | --- | --- | --- |']
  for (const t of args.tools) {
    lines.push(`| ${cell(t.tool)} | ${cell(t.version)} | ${cell(t.path)} | ${t.cached ? 'tool cache' : 'installed now'} |`)
  }
  const c = args.cosign
  if (c) {
    lines.push(
      '',
      `<details><summary>${cell(c.asset)} ${cell(c.version)}: checksum and signature verified</summary>`,
      '',
      `- sha256 ${cell(c.sha256)} matches ${COSIGN_CHECKSUMS_FILE}`,
      c.releaseKey
        ? `- ${cell(c.asset)}.sig verified with ${cell(c.trust)}, ${cell(c.releaseKey)}`
        : `- signed by ${cell(c.identity)} (issuer ${cell(c.issuer)})`,
      ...(c.logIndex ? [`- transparency log index ${cell(c.logIndex)}${c.integratedTime ? `, integrated ${cell(c.integratedTime)}` : ''}`] : []),
      ...(c.releaseKey ? [] : [`- trusted root: ${cell(c.trust)}`]),
      '',
      '</details>'
    )
  }
  return lines.join('\n') + '\n'
}
