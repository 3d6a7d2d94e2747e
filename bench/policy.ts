/**
 * `npx tsx bench/policy.ts [--images 50] [--rounds 5]`: what evaluating an
 * admission policy adds to verifying images. In the same run, on one real
 * registry and the local Sigstore stack, the verify step checks the same
 * images (signed once, in cosign's legacy format, the one policy-controller reads) (a) against `certificate-identity`
 * and (b) against one ClusterImagePolicy naming that identity. Rounds
 * alternate (a, b, a, b, …) after one warm-up each; the medians and their
 * ratio are printed, and the script exits 1 when the policy adds more than 20%.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import type { StepContext } from '../src/core/index.js'
import { readSignInputs, runSignStep } from '../src/core/sign-step.js'
import { readVerifyInputs, runVerifyStep } from '../src/core/verify-step.js'
import { RegistryClient } from '../src/core/oci/client.js'
import { pushTestImage } from '../test/support/images.js'
import { startRegistry } from '../test/support/registry.js'
import { GITHUB_ISSUER, startStack } from '../test/support/stack/index.js'

const LIMIT = 1.2

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { images: { type: 'string', default: '50' }, rounds: { type: 'string', default: '5' } } })
  const count = Number(values.images)
  const rounds = Number(values.rounds)
  const [stack, registry] = await Promise.all([startStack(), startRegistry()])
  try {
    const work = await mkdtemp(join(tmpdir(), 'seal-bench-policy-'))
    const root = join(work, 'trusted_root.json')
    await stack.writeTrustedRoot(root)
    const client = new RegistryClient({ retryBaseMs: 50 })
    const images: string[] = []
    for (let i = 0; i < count; i++)
      images.push(`${registry.host}/bench/app-${i}@${(await pushTestImage(client, `${registry.host}/bench/app-${i}`, 'v1')).digest}`)
    const ctx = (env: NodeJS.ProcessEnv = {}): StepContext => ({ cwd: work, env: { PATH: process.env.PATH, ...env } })
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    process.stderr.write(`[bench] signing ${count} images\n`)
    await runSignStep(
      readSignInputs(
        get({ image: images.join('\n'), 'signature-format': 'legacy', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL })
      ),
      ctx({ ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken })
    )
    const policy = {
      apiVersion: 'policy.sigstore.dev/v1beta1',
      kind: 'ClusterImagePolicy',
      metadata: { name: 'bench' },
      spec: {
        images: [{ glob: `${registry.host}/bench/**` }],
        authorities: [{ keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: stack.identity() }] } }]
      }
    }
    await writeFile(join(work, 'policy.yaml'), JSON.stringify(policy))
    const flat = readVerifyInputs(get({ image: images.join('\n'), 'trusted-root': root, 'certificate-identity': stack.identity() }))
    const withPolicy = readVerifyInputs(get({ image: images.join('\n'), 'trusted-root': root, policy: 'policy.yaml' }))
    const time = async (inputs: typeof flat): Promise<number> => {
      const t = performance.now()
      const result = await runVerifyStep(inputs, ctx())
      const ms = performance.now() - t
      if (!result.verified) throw new Error(`verification failed: ${result.rows.find(r => !r.ok)?.reason}`)
      return ms
    }
    await time(flat)
    await time(withPolicy)
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < rounds; i++) {
      a.push(await time(flat))
      b.push(await time(withPolicy))
    }
    const ratio = median(b) / median(a)
    process.stdout.write(
      `verify ${count} images, ${rounds} rounds (median):\n` +
        `  certificate-identity      ${median(a).toFixed(0)} ms\n` +
        `  one ClusterImagePolicy    ${median(b).toFixed(0)} ms\n` +
        `  ratio policy/identity     ${ratio.toFixed(2)} (limit ${LIMIT})\n`
    )
    return ratio <= LIMIT ? 0 : 1
  } finally {
    await Promise.all([stack.close(), registry.close()])
  }
}

main().then(
  code => process.exit(code),
  err => {
    process.stderr.write(`${(err as Error).stack}\n`)
    process.exit(2)
  }
)
