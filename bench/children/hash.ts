/**
 * Child process of the hashing benchmark: seal's sha256File on one file, run
 * on bare node (compiled by bench/lib/transpile.ts). Prints one JSON line.
 */
import { sha256File } from '../../src/core/subjects/digest.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: hash.js FILE')
  process.exit(2)
}
const started = performance.now()
const digest = await sha256File(path)
console.log(JSON.stringify({ sha256: digest.toString('hex'), ms: performance.now() - started, maxRssKiB: process.resourceUsage().maxRSS }))
