/**
 * src/core/verify/cache.ts uses modules under @sigstore/verify/dist/, which
 * the package may change in any release. package.json therefore pins one
 * exact version; these tests fail when the installed package is another one,
 * or when a module cache.ts uses no longer exports what it needs.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const RECHECK = 'the @sigstore/verify internals used by src/core/verify/cache.ts must be re-checked (see the comment at its top) before the pin is moved'

/** Why the installed version does not serve, or undefined when it is the pinned one. */
function pinProblem(pin: string | undefined, installed: string): string | undefined {
  if (pin === undefined) return `package.json does not list @sigstore/verify: ${RECHECK}`
  if (!/^\d+\.\d+\.\d+$/.test(pin)) return `package.json must pin @sigstore/verify to one exact version, not "${pin}": ${RECHECK}`
  if (pin !== installed) return `@sigstore/verify ${installed} is installed, but package.json pins ${pin}: ${RECHECK}`
  return undefined
}

async function ourPin(): Promise<string | undefined> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> }
  return pkg.dependencies?.['@sigstore/verify']
}

async function installedVersion(): Promise<string> {
  const path = require.resolve('@sigstore/verify/package.json')
  return (JSON.parse(await readFile(path, 'utf8')) as { version: string }).version
}

describe('@sigstore/verify pin', () => {
  it('the installed @sigstore/verify is the version package.json pins', async () => {
    const problem = pinProblem(await ourPin(), await installedVersion())
    if (problem) throw new Error(problem)
  })

  it('a caret range or another installed version is refused, saying what to re-check', () => {
    expect(pinProblem('4.1.3', '4.1.3')).toBeUndefined()
    expect(pinProblem('^4.1.3', '4.1.3')).toContain('one exact version, not "^4.1.3"')
    expect(pinProblem('4.1.3', '4.2.0')).toBe(`@sigstore/verify 4.2.0 is installed, but package.json pins 4.1.3: ${RECHECK}`)
    expect(pinProblem(undefined, '4.1.3')).toContain('does not list')
  })

  it('the internal modules export what verify/cache.ts uses', async () => {
    const expected: Record<string, string[]> = {
      '@sigstore/verify/dist/key/certificate.js': ['CertificateChainVerifier'],
      '@sigstore/verify/dist/key/index.js': ['verifyCertificate', 'verifyPublicKey'],
      '@sigstore/verify/dist/timestamp/index.js': ['getTLogTimestamp'],
      '@sigstore/verify/dist/tlog/index.js': ['verifyTLogBody', 'verifyTLogInclusion']
    }
    for (const [module, names] of Object.entries(expected)) {
      const exports = require(module) as Record<string, unknown>
      for (const name of names) {
        if (typeof exports[name] !== 'function') throw new Error(`${module} no longer exports ${name}: ${RECHECK}`)
      }
    }
  })
})
