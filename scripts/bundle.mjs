// Builds one ncc bundle per entry point into dist/<name>/index.js (ES modules).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = {
  sign: 'src/actions/sign/index.ts',
  verify: 'src/actions/verify/index.ts',
  cli: 'src/cli/index.ts'
}

const only = process.argv.slice(2)
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue
  rmSync(`dist/${name}`, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', `dist/${name}`, '-q', '--target', 'es2022'],
    { stdio: 'inherit' }
  )
}
