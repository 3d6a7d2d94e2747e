import { decades, escapeXML, scalingSVG, seriesColors, tickLabel } from '../../bench/lib/svg.js'
import type { Panel } from '../../bench/lib/results.js'

const panels: Panel[] = [
  {
    title: 'Batch signing',
    series: [
      {
        label: 'seal <step>',
        seal: true,
        points: [
          { n: 10, ms: 500 },
          { n: 100, ms: 1200 },
          { n: 1000, ms: 9000 }
        ]
      },
      {
        label: 'one process per file',
        points: [
          { n: 10, ms: 5000 },
          { n: 100, ms: 50_000, extrapolated: true },
          { n: 1000, ms: 500_000, extrapolated: true }
        ]
      }
    ]
  },
  { title: 'empty', series: [{ label: 'nothing', points: [] }] }
]

describe('scaling chart', () => {
  it('spans whole decades on log axes and labels them', () => {
    expect(decades(10, 1000)).toEqual([10, 100, 1000])
    expect(decades(450, 520_000)).toEqual([100, 1000, 10_000, 100_000, 1_000_000])
    expect(decades(5, 5)).toEqual([1, 10])
    expect(tickLabel(100)).toBe('100 ms')
    expect(tickLabel(1000)).toBe('1 s')
    expect(tickLabel(100_000)).toBe('100 s')
  })

  it('draws a solid line for measured points, a dashed one through extrapolated points, and a legend', () => {
    const svg = scalingSVG(panels, 'caption & more')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    // Two panels were given, one has no points: one panel wide.
    expect(svg).toContain('width="440"')
    expect(svg.match(/<polyline [^>]*stroke-dasharray/g)).toHaveLength(1)
    // seal's line (3 measured points) and the axes; the baseline has one measured point, so no solid line.
    expect(svg.match(/<polyline points="[^"]+" fill="none" stroke="#1d4ed8" stroke-width="2"\/>/g)).toHaveLength(1)
    expect(svg.match(/fill="white" stroke="#b91c1c"/g)).toHaveLength(2)
    expect(svg).toContain('seal &lt;step&gt;')
    expect(svg).toContain('caption &amp; more')
    expect(svg).not.toContain('<step>')
  })

  it('colours seal blue and baselines warm, and escapes text', () => {
    expect(seriesColors(panels[0].series)).toEqual(['#1d4ed8', '#b91c1c'])
    expect(escapeXML('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;')
  })
})
