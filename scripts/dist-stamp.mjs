// dist/sources.sha256 records which sources dist/ was built from: one SHA-256 over
// every file under src/, package-lock.json, tsconfig.json and scripts/bundle.mjs.
// `npm run bundle` writes it; `node scripts/dist-stamp.mjs --check` (npm's pretest)
// exits 1 with one line when dist/ was built from other sources or has no stamp.
import { createHash } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the stamp lives, relative to the repository root. */
export const STAMP = 'dist/sources.sha256'

/** The one line printed when dist/ does not match the sources. */
export const STALE = 'dist/ is stale: run `npm run bundle`'

const FILES = ['package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs']

async function filesUnder(root, dir) {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile()).map(e => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
}

/** The bundle's inputs, as paths relative to root with forward slashes, sorted. */
export async function stampInputs(root) {
  const paths = [...(await filesUnder(root, 'src')), ...FILES]
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** SHA-256 (hex) over the inputs: one `<sha256 of content> <path>` line each, in path order. */
export async function sourcesStamp(root) {
  const listing = createHash('sha256')
  for (const path of await stampInputs(root)) {
    const digest = createHash('sha256')
      .update(await readFile(join(root, path)))
      .digest('hex')
    listing.update(`${digest} ${path}\n`)
  }
  return listing.digest('hex')
}

/** Writes the stamp of the current sources into dist/. */
export async function writeStamp(root) {
  await writeFile(join(root, STAMP), `${await sourcesStamp(root)}\n`)
}

/** True when dist/ carries the stamp of the current sources. */
export async function distIsFresh(root) {
  const recorded = await readFile(join(root, STAMP), 'utf8').catch(() => '')
  return recorded.trim() === (await sourcesStamp(root))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..')
  if (process.argv[2] !== '--check') {
    console.error('usage: node scripts/dist-stamp.mjs --check')
    process.exit(2)
  }
  if (!(await distIsFresh(root))) {
    console.error(STALE)
    process.exit(1)
  }
}
