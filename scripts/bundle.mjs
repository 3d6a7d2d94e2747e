// Builds one ncc bundle per entry point into dist/<name>/index.js (ES modules).
// Each bundle is built into a scratch directory and swapped in only when the
// build succeeds, so a failed build never leaves dist/ half written. Types are
// checked by `npm run typecheck`, so ncc only transpiles. A full build ends by
// writing dist/sources.sha256, the stamp `npm test` checks dist/ against; a build
// of some entries leaves the stamp as it was.
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'
import { writeStamp } from './dist-stamp.mjs'

const entries = {
  sign: 'src/actions/sign/index.ts',
  verify: 'src/actions/verify/index.ts',
  setup: 'src/actions/setup/index.ts',
  attest: 'src/actions/attest/index.ts',
  cli: 'src/cli/index.ts'
}

const only = process.argv.slice(2)
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue
  const scratch = `dist/.build-${name}`
  rmSync(scratch, { recursive: true, force: true })
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', scratch, '-q', '--transpile-only', '--target', 'es2022'], {
    stdio: 'inherit'
  })
  rmSync(`dist/${name}`, { recursive: true, force: true })
  renameSync(scratch, `dist/${name}`)
}
if (!only.length) await writeStamp(process.cwd())
