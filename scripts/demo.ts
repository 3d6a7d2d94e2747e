/**
 * `npm run demo`: starts the local Sigstore stack (Fulcio, Rekor, TSA and a
 * runner OIDC endpoint on 127.0.0.1), then runs the bundled sign and verify
 * actions on sample files exactly as a GitHub runner would, and prints their
 * outputs and job summaries. Finally it shows verification failing closed on
 * a tampered file.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runAction, type ActionRun } from '../test/support/runner.js'
import { startStack } from '../test/support/stack/index.js'

function show(title: string, run: ActionRun): void {
  const rule = '─'.repeat(72)
  console.log(`\n${rule}\n${title} (exit code ${run.code})\n${rule}`)
  const log = run.stdout
    .split('\n')
    .filter(l => l && !l.startsWith('::add-mask::'))
    .join('\n')
  console.log(log)
  console.log('\nOutputs:')
  for (const [k, v] of Object.entries(run.outputs)) {
    const pretty = k === 'results' ? JSON.stringify(JSON.parse(v), null, 2) : v
    console.log(`  ${k}:\n${pretty.replace(/^/gm, '    ')}`)
  }
  console.log('\nJob summary:\n' + run.summary.replace(/^/gm, '  '))
}

const stack = await startStack()
try {
  const workspace = await mkdtemp(join(tmpdir(), 'seal-demo-'))
  await mkdir(join(workspace, 'dist'))
  await writeFile(join(workspace, 'dist', 'app-linux-amd64.tar.gz'), 'a release artifact\n')
  await writeFile(join(workspace, 'dist', 'app-darwin-arm64.tar.gz'), 'another release artifact\n')
  await writeFile(join(workspace, 'dist', 'checksums.txt'), 'checksums\n')
  const trustedRoot = join(workspace, 'trusted_root.json')
  await stack.writeTrustedRoot(trustedRoot)
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken }

  console.log(`Local Sigstore stack: Fulcio ${stack.fulcioURL}, Rekor ${stack.rekorURL}, TSA ${stack.tsaURL}`)
  console.log(`Workspace: ${workspace}`)

  const sign = await runAction('sign', {
    workspace,
    env,
    inputs: { 'subject-path': 'dist/*', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL }
  })
  show('sign-action', sign)

  const policy = { 'certificate-identity': stack.identity(), 'trusted-root': trustedRoot }
  const verify = await runAction('verify', { workspace, inputs: { 'subject-path': 'dist/*', ...policy } })
  show('verify-action', verify)

  await writeFile(join(workspace, 'dist', 'checksums.txt'), 'checksums, tampered\n')
  const tampered = await runAction('verify', { workspace, inputs: { 'subject-path': 'dist/*', ...policy } })
  show('verify-action after tampering with dist/checksums.txt (must fail)', tampered)

  const ok = sign.code === 0 && verify.code === 0 && verify.outputs.verified === 'true' && tampered.code !== 0
  console.log(`\nFulcio certificate requests: ${stack.counts.fulcio}, Rekor entries: ${stack.counts.rekor}, timestamps: ${stack.counts.tsa}`)
  console.log(ok ? 'Demo: signed and verified; the tampered file was rejected.' : 'Demo FAILED')
  process.exitCode = ok ? 0 : 1
} finally {
  await stack.close()
}
