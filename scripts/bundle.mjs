// Builds one ncc bundle per entry point into dist/<name>/index.js (ES modules).
// Each action also gets dist/<action>/licenses.txt, the licences of the packages
// bundled into it. ncc's list covers only the lazily loaded chunks; an action's
// entry chunk holds nothing but its own start-up code, so the list is complete
// for the actions. The CLI loads most of its packages in its entry chunk, so it
// gets none rather than an incomplete one.
// Each bundle is built into a scratch directory and swapped in only when the
// build succeeds, so a failed build never leaves dist/ half written. Types are
// checked by `npm run typecheck`, so ncc only transpiles. A full build ends by
// writing dist/sources.sha256, the stamp `npm test` checks dist/ against; a build
// of some entries leaves the stamp as it was.
//
// A bundle must hold all its code: a package that webpack could not bundle
// (an ESM-only package such as @actions/core in a CommonJS build, say) would
// be left as a run-time import that only resolves inside this checkout, where
// node_modules is next to dist/. The build fails if any chunk loads something
// other than a Node built-in.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeStamp } from './dist-stamp.mjs'

const entries = {
  sign: 'src/actions/sign/index.ts',
  verify: 'src/actions/verify/index.ts',
  setup: 'src/actions/setup/index.ts',
  attest: 'src/actions/attest/index.ts',
  cli: 'src/cli/index.ts'
}
const actions = new Set(['sign', 'verify', 'setup', 'attest'])

/** Modules a bundle loads at run time (webpack externals and static imports), other than Node built-ins. */
export function foreignImports(dir) {
  const found = new Set()
  for (const file of readdirSync(dir).filter(f => f.endsWith('.js'))) {
    const text = readFileSync(join(dir, file), 'utf8')
    const specifiers = [
      ...text.matchAll(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\)/g),
      ...text.matchAll(/^import [^;]*? from "([^"]+)";?$/gm),
      ...text.matchAll(/^export [^;]*? from "([^"]+)";?$/gm)
    ].map(m => m[1])
    for (const s of specifiers) if (!isBuiltin(s) && !s.startsWith('.')) found.add(`${file}: ${s}`)
  }
  return [...found]
}

/**
 * The most an action's dist/ may weigh, in bytes (10 MB). The runner downloads
 * an action's whole repository for each job; an action that outgrows this is
 * carrying code it does not run (each action's bundle holds only its own step).
 */
export const ACTION_BUNDLE_LIMIT = 10_000_000

/** Bytes of every file in a bundle directory. */
export function bundleBytes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0)
}

/** Why an action's bundle is too large, or undefined. */
export function oversized(name, dir, limit = ACTION_BUNDLE_LIMIT) {
  const bytes = bundleBytes(dir)
  if (bytes <= limit) return undefined
  return `dist/${name} is ${bytes} bytes, over the ${limit}-byte limit for an action: something it does not use is bundled into it`
}

function build(only) {
  for (const [name, entry] of Object.entries(entries)) {
    if (only.length && !only.includes(name)) continue
    const scratch = `dist/.build-${name}`
    rmSync(scratch, { recursive: true, force: true })
    const license = actions.has(name) ? ['--license', 'licenses.txt'] : []
    execFileSync(
      process.execPath,
      ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', scratch, '-q', '--transpile-only', '--target', 'es2022', ...license],
      { stdio: 'inherit' }
    )
    const foreign = foreignImports(scratch)
    if (foreign.length) {
      rmSync(scratch, { recursive: true, force: true })
      throw new Error(`dist/${name} would load modules that are not in the bundle:\n  ${foreign.join('\n  ')}`)
    }
    const tooLarge = actions.has(name) ? oversized(name, scratch) : undefined
    if (tooLarge) {
      rmSync(scratch, { recursive: true, force: true })
      throw new Error(tooLarge)
    }
    rmSync(`dist/${name}`, { recursive: true, force: true })
    renameSync(scratch, `dist/${name}`)
  }
}

// Built when run (`npm run bundle [entry ...]`), not when a test imports the checks above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2)
  build(only)
  if (!only.length) await writeStamp(process.cwd())
}
