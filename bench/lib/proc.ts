/** Child processes, timed from spawn, with peak RSS when /usr/bin/time is there. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const GNU_TIME = '/usr/bin/time'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Measure peak RSS and CPU time with GNU time (`%M %U %S`). */
  rss?: boolean
  /** Stop the process once it printed this many complete stdout lines matching `lineFilter`, and report when. */
  stopAfterLine?: boolean
  /** Lines that count for stopAfterLine (default: every line). */
  lineFilter?: (line: string) => boolean
  /** Fail unless the exit code is 0 (default true; ignored with stopAfterLine). */
  check?: boolean
}

export interface RunResult {
  code: number | null
  wallMs: number
  stdout: string
  stderr: string
  /** Peak resident set size in KiB (GNU time), when asked for and available. */
  maxRssKiB?: number
  /** User plus system CPU time in ms (GNU time), when asked for and available. */
  cpuMs?: number
  /** Milliseconds from spawn to the first counted stdout line. */
  firstLineMs?: number
}

export class ProcessError extends Error {}

/** Parses GNU time's `-f '%M %U %S'` output (its last line; a line about the exit status may come first). */
export function parseTimeOutput(text: string): { maxRssKiB?: number; cpuMs?: number } {
  const m = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(text.trim().split('\n').at(-1)?.trim() ?? '')
  if (!m) return {}
  return { maxRssKiB: Number(m[1]), cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) }
}

export async function run(command: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  // GNU time would survive the SIGTERM meant for the process it runs, so no RSS when stopping early.
  const useTime = opts.rss === true && !opts.stopAfterLine && existsSync(GNU_TIME)
  let timeDir: string | undefined
  let file = command
  let argv = [...args]
  if (useTime) {
    timeDir = await mkdtemp(join(tmpdir(), 'seal-bench-time-'))
    file = GNU_TIME
    argv = ['-f', '%M %U %S', '-o', join(timeDir, 'time'), command, ...args]
  }
  try {
    const started = performance.now()
    const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let firstLineMs: number | undefined
    let pending = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (firstLineMs !== undefined || !opts.stopAfterLine) return
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      if (lines.some(l => (opts.lineFilter ? opts.lineFilter(l) : true))) {
        firstLineMs = performance.now() - started
        child.kill('SIGTERM')
      }
    })
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', c => resolve(c))
    })
    const wallMs = performance.now() - started
    if (opts.stopAfterLine && firstLineMs === undefined) {
      throw new ProcessError(`${command} ${args.join(' ')} exited (${code}) before printing a log line:\n${tail(stdout + stderr)}`)
    }
    if (!opts.stopAfterLine && opts.check !== false && code !== 0) {
      throw new ProcessError(`${command} ${args.join(' ')} exited with ${code}:\n${tail(stdout + stderr)}`)
    }
    const usage = timeDir ? parseTimeOutput(await readFile(join(timeDir, 'time'), 'utf8').catch(() => '')) : {}
    return { code, wallMs, stdout, stderr, ...usage, firstLineMs }
  } finally {
    if (timeDir) await rm(timeDir, { recursive: true, force: true })
  }
}

function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n')
}

/** The node binary the bench runs on (Node 24 from the project's own install under npm scripts). */
export const NODE = process.execPath
