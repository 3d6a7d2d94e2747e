/**
 * `npx tsx bench/policy.ts [--images 50] [--rounds 5] [--formats both,legacy]`:
 * what evaluating an admission policy adds to verifying images. In the same
 * run, on one real registry and the local Sigstore stack, for each signature
 * format the verify step checks the same images (signed once in that format)
 * (a) against `certificate-identity` and (b) against one ClusterImagePolicy
 * naming that identity. (Not bundle-only images: the controller verifies
 * image signatures from the legacy `.sig` tag only, so a ClusterImagePolicy
 * rejects them, and seal evaluates it as the controller does.) Rounds alternate
 * (a, b, a, b, …) after one warm-up each; the medians and their ratio are
 * printed, and the script exits 1 when the policy adds more than 20% for any
 * format.
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

const FORMATS = ['both', 'legacy']

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      images: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '5' },
      formats: { type: 'string', default: FORMATS.join(',') }
    }
  })
  const count = Number(values.images)
  const rounds = Number(values.rounds)
  const formats = String(values.formats).split(',')
  for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`--formats: ${f} is not one of ${FORMATS.join(', ')}`)
  const [stack, registry] = await Promise.all([startStack(), startRegistry()])
  try {
    const work = await mkdtemp(join(tmpdir(), 'seal-bench-policy-'))
    const root = join(work, 'trusted_root.json')
    await stack.writeTrustedRoot(root)
    const client = new RegistryClient({ retryBaseMs: 50 })
    const ctx = (env: NodeJS.ProcessEnv = {}): StepContext => ({ cwd: work, env: { PATH: process.env.PATH, ...env } })
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    const time = async (inputs: ReturnType<typeof readVerifyInputs>): Promise<number> => {
      const t = performance.now()
      const result = await runVerifyStep(inputs, ctx())
      const ms = performance.now() - t
      if (!result.verified) throw new Error(`verification failed: ${result.rows.find(r => !r.ok)?.reason}`)
      return ms
    }
    const lines = [`verify ${count} images, ${rounds} rounds (median), limit ${LIMIT}:`, '  format   certificate-identity  one ClusterImagePolicy  ratio']
    let worst = 0
    for (const format of formats) {
      const images: string[] = []
      for (let i = 0; i < count; i++) {
        const repo = `${registry.host}/bench-${format}/app-${i}`
        images.push(`${repo}@${(await pushTestImage(client, repo, 'v1')).digest}`)
      }
      process.stderr.write(`[bench] signing ${count} images (${format})\n`)
      await runSignStep(
        readSignInputs(
          get({ image: images.join('\n'), 'signature-format': format, 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL })
        ),
        ctx({ ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken })
      )
      const policy = {
        apiVersion: 'policy.sigstore.dev/v1beta1',
        kind: 'ClusterImagePolicy',
        metadata: { name: 'bench' },
        spec: {
          images: [{ glob: `${registry.host}/bench-${format}/**` }],
          authorities: [{ keyless: { url: 'https://fulcio.sigstore.dev', identities: [{ issuer: GITHUB_ISSUER, subject: stack.identity() }] } }]
        }
      }
      await writeFile(join(work, `policy-${format}.yaml`), JSON.stringify(policy))
      const flat = readVerifyInputs(get({ image: images.join('\n'), 'trusted-root': root, 'certificate-identity': stack.identity() }))
      const withPolicy = readVerifyInputs(get({ image: images.join('\n'), 'trusted-root': root, policy: `policy-${format}.yaml` }))
      await time(flat)
      await time(withPolicy)
      const a: number[] = []
      const b: number[] = []
      for (let i = 0; i < rounds; i++) {
        a.push(await time(flat))
        b.push(await time(withPolicy))
      }
      const ratio = median(b) / median(a)
      worst = Math.max(worst, ratio)
      lines.push(`  ${format.padEnd(7)}  ${`${median(a).toFixed(0)} ms`.padEnd(20)}  ${`${median(b).toFixed(0)} ms`.padEnd(22)}  ${ratio.toFixed(2)}`)
    }
    process.stdout.write(lines.join('\n') + '\n')
    return worst <= LIMIT ? 0 : 1
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
