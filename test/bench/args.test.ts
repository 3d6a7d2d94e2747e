import { DEFAULTS, parseArgs, UsageError } from '../../bench/lib/args.js'

describe('bench flags', () => {
  it('defaults to every benchmark at 25 ms latency and 10/100/1000 subjects', () => {
    const opts = parseArgs([])
    expect(opts).toEqual(DEFAULTS)
    expect(opts.only).toEqual(['hash', 'sign', 'verify', 'cold', 'images'])
    expect(opts.latencyMs).toBe(25)
    expect(opts.signSizes).toEqual([10, 100, 1000])
  })

  it('reads every flag, in both spellings', () => {
    const opts = parseArgs([
      '--only=verify,sign',
      '--latency-ms',
      '0',
      '--hash-size-mib=64',
      '--hash-reps',
      '2',
      '--sign-sizes',
      '100,10,100',
      '--sign-sample=5',
      '--verify-sizes=7',
      '--verify-sample',
      '3',
      '--cold-reps=4',
      '--out-dir',
      '/tmp/x',
      '--dist-dir=/tmp/d'
    ])
    expect(opts).toMatchObject({
      only: ['sign', 'verify'],
      latencyMs: 0,
      hashSizeMiB: 64,
      hashReps: 2,
      signSizes: [10, 100],
      signSample: 5,
      verifySizes: [7],
      verifySample: 3,
      coldReps: 4,
      outDir: '/tmp/x',
      distDir: '/tmp/d',
      help: false
    })
    expect(parseArgs(['--help']).help).toBe(true)
  })

  it('rejects unknown flags, unknown benchmarks and bad numbers with a usage error', () => {
    expect(() => parseArgs(['--fast'])).toThrow(UsageError)
    expect(() => parseArgs(['--only', 'hash,disk'])).toThrow(/unknown benchmark "disk"/)
    expect(() => parseArgs(['--only='])).toThrow(UsageError)
    expect(() => parseArgs(['--latency-ms', '-1'])).toThrow(/--latency-ms needs a whole number ≥ 0/)
    expect(() => parseArgs(['--sign-sizes', '10,abc'])).toThrow(/--sign-sizes/)
    expect(() => parseArgs(['--hash-reps', '0'])).toThrow(UsageError)
    expect(() => parseArgs(['--cold-reps'])).toThrow(/got nothing/)
    expect(() => parseArgs(['--out-dir'])).toThrow(UsageError)
    expect(() => parseArgs(['--dist-dir='])).toThrow(UsageError)
  })
})
