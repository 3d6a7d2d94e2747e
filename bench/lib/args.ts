/** Command-line flags of `npm run bench`. */

export const BENCHMARKS = ['hash', 'sign', 'verify', 'cold', 'images'] as const
export type BenchmarkName = (typeof BENCHMARKS)[number]

export interface BenchOptions {
  only: BenchmarkName[]
  /** Simulated network latency added by every local service to every request. */
  latencyMs: number
  hashSizeMiB: number
  hashReps: number
  signSizes: number[]
  /** Processes of the one-process-per-file signing baseline actually run; larger sizes are extrapolated. */
  signSample: number
  verifySizes: number[]
  /** Processes of the one-process-per-bundle verification baseline actually run. */
  verifySample: number
  coldReps: number
  /** Where results.json and scaling.svg go. */
  outDir: string
  /** The action bundles to run (default the project's dist/). */
  distDir: string
  help: boolean
}

export const DEFAULTS: BenchOptions = {
  only: [...BENCHMARKS],
  latencyMs: 25,
  hashSizeMiB: 2048,
  hashReps: 5,
  signSizes: [10, 100, 1000],
  signSample: 30,
  verifySizes: [10, 100, 1000],
  verifySample: 30,
  coldReps: 10,
  outDir: 'bench',
  distDir: 'dist',
  help: false
}

export const USAGE = `Usage: npm run bench -- [flags]

  --only LIST            benchmarks to run, comma-separated: ${BENCHMARKS.join(', ')} (default: all)
  --latency-ms N         latency each local service adds to every request (default ${DEFAULTS.latencyMs})
  --hash-size-mib N      size of the hashed file (default ${DEFAULTS.hashSizeMiB})
  --hash-reps N          timed runs of each hasher (default ${DEFAULTS.hashReps})
  --sign-sizes LIST      files per signing run (default ${DEFAULTS.signSizes.join(',')})
  --sign-sample N        baseline signing processes really run; larger sizes are extrapolated (default ${DEFAULTS.signSample})
  --verify-sizes LIST    bundles per verification run (default ${DEFAULTS.verifySizes.join(',')})
  --verify-sample N      baseline verification processes really run (default ${DEFAULTS.verifySample})
  --cold-reps N          runs per cold-start measurement (default ${DEFAULTS.coldReps})
  --out-dir DIR          where results.json and scaling.svg are written (default ${DEFAULTS.outDir})
  --dist-dir DIR         the action bundles to run, e.g. built from another checkout (default ${DEFAULTS.distDir})
  --help                 this text
`

export class UsageError extends Error {}

function positiveInt(flag: string, raw: string | undefined, min = 1): number {
  const n = Number(raw)
  if (raw === undefined || raw.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new UsageError(`${flag} needs a whole number ≥ ${min}, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`)
  }
  return n
}

function intList(flag: string, raw: string | undefined): number[] {
  if (raw === undefined || raw.trim() === '') throw new UsageError(`${flag} needs a comma-separated list of whole numbers`)
  const values = raw.split(',').map(part => positiveInt(flag, part.trim()))
  return [...new Set(values)].sort((a, b) => a - b)
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const opts: BenchOptions = { ...DEFAULTS, only: [...DEFAULTS.only], signSizes: [...DEFAULTS.signSizes], verifySizes: [...DEFAULTS.verifySizes] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const eq = arg.indexOf('=')
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i])
    switch (flag) {
      case '--only': {
        const raw = value()
        const names = (raw ?? '')
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
        if (names.length === 0) throw new UsageError('--only needs a comma-separated list of benchmarks')
        for (const name of names) {
          if (!(BENCHMARKS as readonly string[]).includes(name)) {
            throw new UsageError(`--only: unknown benchmark ${JSON.stringify(name)} (known: ${BENCHMARKS.join(', ')})`)
          }
        }
        opts.only = BENCHMARKS.filter(b => names.includes(b))
        break
      }
      case '--latency-ms':
        opts.latencyMs = positiveInt(flag, value(), 0)
        break
      case '--hash-size-mib':
        opts.hashSizeMiB = positiveInt(flag, value())
        break
      case '--hash-reps':
        opts.hashReps = positiveInt(flag, value())
        break
      case '--sign-sizes':
        opts.signSizes = intList(flag, value())
        break
      case '--sign-sample':
        opts.signSample = positiveInt(flag, value())
        break
      case '--verify-sizes':
        opts.verifySizes = intList(flag, value())
        break
      case '--verify-sample':
        opts.verifySample = positiveInt(flag, value())
        break
      case '--cold-reps':
        opts.coldReps = positiveInt(flag, value())
        break
      case '--out-dir': {
        const dir = value()
        if (!dir) throw new UsageError('--out-dir needs a directory')
        opts.outDir = dir
        break
      }
      case '--dist-dir': {
        const dir = value()
        if (!dir) throw new UsageError('--dist-dir needs a directory')
        opts.distDir = dir
        break
      }
      case '--help':
      case '-h':
        opts.help = true
        break
      default:
        throw new UsageError(`unknown flag ${JSON.stringify(arg)}`)
    }
  }
  return opts
}
