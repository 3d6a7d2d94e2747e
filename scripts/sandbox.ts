/**
 * A local playground for the `seal` command line: the local Sigstore stack
 * (Fulcio, Rekor, a timestamp authority) and a real OCI registry (Debian's
 * docker-registry) on 127.0.0.1, with a small image pushed to it. It writes
 * `env.sh` (service URLs, the image, an identity token, the identity to
 * verify, the trusted root, and `seal` on PATH) and runs until Ctrl-C.
 *
 *   npx tsx scripts/sandbox.ts [DIR]     # DIR defaults to .tmp/sandbox
 *   . .tmp/sandbox/env.sh                # in another shell
 */
import { existsSync } from 'node:fs'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { pushTestImage } from '../test/support/images.js'
import { REGISTRY_BIN, startRegistry } from '../test/support/registry.js'
import { GITHUB_ISSUER, startStack } from '../test/support/stack/index.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** `'…'` for /bin/sh. */
function sh(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}

const args = process.argv.slice(2)
if (args.length > 1 || args[0]?.startsWith('-')) {
  process.stderr.write('usage: npx tsx scripts/sandbox.ts [DIR]   (DIR defaults to .tmp/sandbox)\n')
  process.exit(2)
}
if (!existsSync(REGISTRY_BIN)) {
  process.stderr.write(
    `The sandbox runs a local OCI registry, ${REGISTRY_BIN}, which is not installed.\n` + 'On Debian or Ubuntu: sudo apt-get install docker-registry\n'
  )
  process.exit(1)
}
const dir = resolve(args[0] ?? join(ROOT, '.tmp', 'sandbox'))

const [stack, registry] = await Promise.all([startStack(), startRegistry({ auth: 'none' })])
let closed = false
async function close(): Promise<void> {
  if (closed) return
  closed = true
  await Promise.allSettled([stack.close(), registry.close()])
}

try {
  const image = await pushTestImage(registry, 'demo/app', 'v1')
  await rm(dir, { recursive: true, force: true })
  await mkdir(join(dir, 'bin'), { recursive: true })
  const trustedRoot = join(dir, 'trusted_root.json')
  await stack.writeTrustedRoot(trustedRoot)

  // `seal` for this shell: the CLI of this checkout on the Node that runs this script (24).
  const launcher = join(dir, 'bin', 'seal')
  await writeFile(launcher, `#!/bin/sh\nexec ${sh(process.execPath)} ${sh(join(ROOT, 'bin', 'seal.js'))} "$@"\n`)
  await chmod(launcher, 0o755)

  const env: Record<string, string> = {
    FULCIO_URL: stack.fulcioURL,
    REKOR_URL: stack.rekorURL,
    TSA_URL: stack.tsaURL,
    IMAGE: image.ref.toString().replace(/:v1@/, '@'),
    IDENTITY: stack.identity(),
    ISSUER: GITHUB_ISSUER,
    TRUSTED_ROOT: trustedRoot,
    SIGSTORE_ID_TOKEN: stack.issueToken()
  }
  const lines = [
    '# Written by scripts/sandbox.ts; valid while it runs (the identity token for an hour).',
    ...Object.entries(env).map(([k, v]) => `export ${k}=${sh(v)}`),
    `export PATH=${sh(join(dir, 'bin'))}:"$PATH"`,
    ''
  ]
  await writeFile(join(dir, 'env.sh'), lines.join('\n'))

  process.stdout.write(
    [
      'seal sandbox: a local Sigstore stack and OCI registry on 127.0.0.1',
      `  Fulcio    ${stack.fulcioURL}`,
      `  Rekor     ${stack.rekorURL}`,
      `  TSA       ${stack.tsaURL}`,
      `  registry  ${registry.url} (anonymous, no referrers API: signatures go to the referrers tag)`,
      `  image     ${env.IMAGE}`,
      '',
      `In another shell:  . ${join(dir, 'env.sh')}`,
      '(sets FULCIO_URL, REKOR_URL, TSA_URL, IMAGE, IDENTITY, ISSUER, TRUSTED_ROOT, SIGSTORE_ID_TOKEN and puts seal on PATH)',
      '',
      'Press Ctrl-C to stop the services.',
      ''
    ].join('\n')
  )
  await new Promise<void>(done => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  process.stdout.write('\nStopping the sandbox.\n')
} finally {
  await close()
}
