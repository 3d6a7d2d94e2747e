import { formatCell, formatRatio, formatValue, markdownTable, median, textTable, type Row } from '../../bench/lib/results.js'

const rows: Row[] = [
  {
    id: 'a',
    benchmark: 'sign',
    figure: 'sign 1000 files: wall time',
    seal: { value: 2345, unit: 'ms' },
    baseline: { value: 612_000, unit: 'ms', extrapolated: true, detail: '(from 30 processes)' },
    ratio: { value: 261, kind: 'speedup' },
    target: { text: '≥ 20× faster', met: true }
  },
  {
    id: 'b',
    benchmark: 'hash',
    figure: 'peak RSS | vs node',
    seal: { value: 60.2, unit: 'MiB' },
    baseline: { value: 42.1, unit: 'MiB' },
    ratio: { value: 18.1, kind: 'difference' },
    target: { text: '≤ +40 MiB', met: false }
  }
]

describe('bench results', () => {
  it('takes medians of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('formats durations, sizes and ratios for people', () => {
    expect(formatValue(12.34, 'ms')).toBe('12 ms')
    expect(formatValue(4.2, 'ms')).toBe('4.2 ms')
    expect(formatValue(2345, 'ms')).toBe('2.35 s')
    expect(formatValue(23_450, 'ms')).toBe('23.4 s')
    expect(formatValue(612_000, 'ms')).toBe('612 s')
    expect(formatValue(3 * 1024 * 1024, 'bytes')).toBe('3.00 MiB')
    expect(formatValue(Number.NaN, 'ms')).toBe('n/a')
    expect(formatCell(rows[0].baseline)).toBe('~612 s (from 30 processes)')
    expect(formatRatio(rows[0].ratio)).toBe('261× faster')
    expect(formatRatio({ value: 1.04, kind: 'relative' })).toBe('1.04×')
    expect(formatRatio({ value: 0.5, kind: 'speedup' })).toBe('2.00× slower')
    expect(formatRatio(rows[1].ratio, 'MiB')).toBe('+18.1 MiB')
  })

  it('prints aligned text and Markdown tables with a mark per target', () => {
    const text = textTable(rows).split('\n')
    expect(text[0]).toMatch(/^figure +seal +baseline +ratio +target$/)
    expect(text[2]).toContain('✓ ≥ 20× faster')
    expect(text[3]).toContain('✗ ≤ +40 MiB')
    const md = markdownTable(rows).split('\n')
    expect(md[0]).toBe('| figure | seal | baseline | ratio | target |')
    expect(md[3]).toContain('peak RSS \\| vs node')
  })
})
