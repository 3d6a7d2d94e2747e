/**
 * The scaling chart: wall time against the number of subjects, one panel per
 * scaling benchmark, log-log axes, one polyline per series. Extrapolated
 * points are hollow and joined by a dashed line.
 */
import { formatValue, type Panel, type Series } from './results.js'

const PANEL_W = 440
const PLOT_H = 200
const MARGIN = { left: 64, right: 16, top: 40 }
const LEGEND_LINE = 15
/** seal's series in blues, baselines in warm colours and grey. */
const PALETTE = { seal: ['#1d4ed8', '#0e7490'], baseline: ['#b91c1c', '#b45309', '#6b7280'] }

export function escapeXML(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Powers of ten spanning [min, max] (at least two). */
export function decades(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min))
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)))
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i))
}

/** Axis labels: 100 ms, 1 s, 10 s. */
export function tickLabel(ms: number): string {
  return ms < 1000 ? `${+ms.toPrecision(3)} ms` : `${+(ms / 1000).toPrecision(3)} s`
}

/** The colour of each series: seal's in blues, the baselines' in warm colours. */
export function seriesColors(series: readonly Series[]): string[] {
  const used = { seal: 0, baseline: 0 }
  return series.map(s => {
    const kind = s.seal ? 'seal' : 'baseline'
    const list = PALETTE[kind]
    return list[used[kind]++ % list.length]
  })
}

function legendHeight(panels: readonly Panel[]): number {
  return 56 + LEGEND_LINE * Math.max(1, ...panels.map(p => p.series.length))
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

function panelSVG(panel: Panel, x0: number): string {
  const colors = seriesColors(panel.series)
  const points = panel.series.flatMap(s => s.points).filter(p => p.n > 0 && p.ms > 0)
  if (points.length === 0) return ''
  const xs = decades(Math.min(...points.map(p => p.n)), Math.max(...points.map(p => p.n)))
  const ys = decades(Math.min(...points.map(p => p.ms)), Math.max(...points.map(p => p.ms)))
  const plotW = PANEL_W - MARGIN.left - MARGIN.right
  const plotH = PLOT_H
  const left = x0 + MARGIN.left
  const top = MARGIN.top
  const sx = (n: number): number => left + ((Math.log10(n) - Math.log10(xs[0])) / (Math.log10(xs.at(-1)!) - Math.log10(xs[0]))) * plotW
  const sy = (ms: number): number => top + plotH - ((Math.log10(ms) - Math.log10(ys[0])) / (Math.log10(ys.at(-1)!) - Math.log10(ys[0]))) * plotH

  const out: string[] = []
  out.push(`<text x="${x0 + PANEL_W / 2}" y="22" text-anchor="middle" font-weight="bold">${escapeXML(panel.title)}</text>`)
  // Grid and axes.
  for (const y of ys) {
    out.push(`<line x1="${left}" y1="${fmt(sy(y))}" x2="${left + plotW}" y2="${fmt(sy(y))}" stroke="#e5e7eb"/>`)
    out.push(`<text x="${left - 6}" y="${fmt(sy(y) + 4)}" text-anchor="end">${escapeXML(tickLabel(y))}</text>`)
  }
  for (const x of xs) {
    out.push(`<line x1="${fmt(sx(x))}" y1="${top}" x2="${fmt(sx(x))}" y2="${top + plotH}" stroke="#e5e7eb"/>`)
    out.push(`<text x="${fmt(sx(x))}" y="${top + plotH + 16}" text-anchor="middle">${x}</text>`)
  }
  out.push(`<polyline points="${left},${top} ${left},${top + plotH} ${left + plotW},${top + plotH}" fill="none" stroke="#111827"/>`)
  out.push(`<text x="${left + plotW / 2}" y="${top + plotH + 34}" text-anchor="middle">subjects (log scale)</text>`)
  out.push(
    `<text x="${x0 + 14}" y="${top + plotH / 2}" text-anchor="middle" transform="rotate(-90 ${x0 + 14} ${top + plotH / 2})">wall time (log scale)</text>`
  )
  // Series.
  panel.series.forEach((series, i) => out.push(seriesSVG(series, colors[i], sx, sy)))
  // Legend.
  panel.series.forEach((series, i) => {
    const y = top + plotH + 54 + i * LEGEND_LINE
    const color = colors[i]
    out.push(`<line x1="${left}" y1="${y - 4}" x2="${left + 18}" y2="${y - 4}" stroke="${color}" stroke-width="2"/>`)
    out.push(`<text x="${left + 24}" y="${y}">${escapeXML(series.label)}</text>`)
  })
  return out.join('\n')
}

function seriesSVG(series: Series, color: string, sx: (n: number) => number, sy: (ms: number) => number): string {
  const pts = series.points.filter(p => p.n > 0 && p.ms > 0).sort((a, b) => a.n - b.n)
  const coord = (p: { n: number; ms: number }): string => `${fmt(sx(p.n))},${fmt(sy(p.ms))}`
  const measured = pts.filter(p => !p.extrapolated)
  const out: string[] = []
  if (measured.length > 1) {
    out.push(`<polyline points="${measured.map(coord).join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`)
  }
  const firstEstimate = pts.findIndex(p => p.extrapolated)
  if (firstEstimate >= 0) {
    const dashed = pts.slice(Math.max(0, firstEstimate - 1))
    if (dashed.length > 1) {
      out.push(`<polyline points="${dashed.map(coord).join(' ')}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="6 4"/>`)
    }
  }
  for (const p of pts) {
    const fill = p.extrapolated ? 'white' : color
    out.push(
      `<circle cx="${fmt(sx(p.n))}" cy="${fmt(sy(p.ms))}" r="4" fill="${fill}" stroke="${color}" stroke-width="2"><title>${escapeXML(
        `${series.label}: ${p.n} subjects, ${p.extrapolated ? 'about ' : ''}${formatValue(p.ms, 'ms')}`
      )}</title></circle>`
    )
  }
  return out.join('\n')
}

/** The whole chart; `caption` goes under the panels. */
export function scalingSVG(panels: readonly Panel[], caption: string): string {
  const drawn = panels.filter(p => p.series.some(s => s.points.length > 0))
  const width = Math.max(1, drawn.length) * PANEL_W
  const height = MARGIN.top + PLOT_H + legendHeight(drawn) + 8
  const body = drawn.map((p, i) => panelSVG(p, i * PANEL_W)).join('\n')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    body,
    `<text x="8" y="${height - 8}" fill="#4b5563">${escapeXML(caption)}</text>`,
    '</svg>',
    ''
  ].join('\n')
}
