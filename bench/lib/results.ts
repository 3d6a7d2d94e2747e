/** What a benchmark reports, how figures are formatted, and the printed table. */
import type { BenchmarkName } from './args.js'

export type Unit = 'ms' | 'MiB' | 'count' | 'MiB/s' | 'bytes'

export interface Cell {
  value: number
  unit: Unit
  /** Estimated from a measured sample rather than measured in full. */
  extrapolated?: boolean
  /** Extra text after the value, e.g. the name of the baseline or request counts. */
  detail?: string
}

export interface Ratio {
  value: number
  /** `speedup`: baseline ÷ seal (higher is better). `relative`: seal ÷ baseline (lower is better). `difference`: seal − baseline. */
  kind: 'speedup' | 'relative' | 'difference'
}

export interface Target {
  text: string
  met: boolean
}

export interface Row {
  id: string
  benchmark: BenchmarkName
  figure: string
  seal?: Cell
  baseline?: Cell
  ratio?: Ratio
  target?: Target
  note?: string
}

export interface ScalingPoint {
  n: number
  ms: number
  extrapolated?: boolean
}

export interface Series {
  label: string
  /** seal's own figure (else a baseline): decides the colour. */
  seal?: boolean
  points: ScalingPoint[]
}

export interface Panel {
  title: string
  series: Series[]
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length
}

function trim(n: number, digits: number): string {
  return n.toFixed(digits)
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a'
  switch (unit) {
    case 'ms':
      if (value >= 100_000) return `${trim(value / 1000, 0)} s`
      if (value >= 1000) return `${trim(value / 1000, value >= 10_000 ? 1 : 2)} s`
      return `${trim(value, value >= 10 ? 0 : 1)} ms`
    case 'MiB':
      return `${trim(value, 1)} MiB`
    case 'MiB/s':
      return `${trim(value, 0)} MiB/s`
    case 'bytes':
      return value >= 1024 * 1024 ? `${trim(value / (1024 * 1024), 2)} MiB` : `${trim(value / 1024, 1)} KiB`
    case 'count':
      return String(Math.round(value))
  }
}

export function formatCell(cell: Cell | undefined): string {
  if (!cell) return ''
  const value = `${cell.extrapolated ? '~' : ''}${formatValue(cell.value, cell.unit)}`
  return cell.detail ? `${value} ${cell.detail}` : value
}

export function formatRatio(ratio: Ratio | undefined, unit?: Unit): string {
  if (!ratio || !Number.isFinite(ratio.value)) return ''
  if (ratio.kind === 'difference') return `${ratio.value >= 0 ? '+' : ''}${formatValue(ratio.value, unit ?? 'count')}`
  const times = (n: number): string => `${n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2)}×`
  if (ratio.kind === 'relative') return times(ratio.value)
  return ratio.value >= 1 ? `${times(ratio.value)} faster` : `${times(1 / ratio.value)} slower`
}

export function formatTarget(target: Target | undefined): string {
  if (!target) return ''
  return `${target.met ? '✓' : '✗'} ${target.text}`
}

export const COLUMNS = ['figure', 'seal', 'baseline', 'ratio', 'target'] as const

export function tableCells(row: Row): string[] {
  return [row.figure, formatCell(row.seal), formatCell(row.baseline), formatRatio(row.ratio, row.seal?.unit), formatTarget(row.target)]
}

/** A plain-text table, columns padded to their widest cell. */
export function textTable(rows: readonly Row[]): string {
  const lines = [COLUMNS.map(c => c as string), ...rows.map(tableCells)]
  const widths = COLUMNS.map((_, i) => Math.max(...lines.map(l => [...l[i]].length)))
  const pad = (cells: string[]): string =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i] - [...c].length))
      .join('  ')
      .trimEnd()
  return [pad(lines[0]), widths.map(w => '-'.repeat(w)).join('  '), ...lines.slice(1).map(pad)].join('\n')
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|')
  return [`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map(() => '---').join(' | ')} |`, ...rows.map(r => `| ${tableCells(r).map(esc).join(' | ')} |`)].join('\n')
}
