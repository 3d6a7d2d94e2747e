/**
 * What the e2e tests that sign images with the bundled actions share: the
 * local Sigstore stack as action inputs and runner environment, a test image
 * pushed by digest, and a run that must have succeeded cleanly.
 */
import { RegistryClient } from '../../src/core/oci/client.js'
import { errorAnnotations } from './assertions.js'
import { pushTestImage } from './images.js'
import type { TestRegistry } from './registry.js'
import type { ActionRun } from './runner.js'
import type { SigstoreStack } from './stack/index.js'

/** The stack's Fulcio, Rekor and TSA as sign/attest-action inputs. */
export function stackInputs(stack: SigstoreStack): Record<string, string> {
  return { 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'tsa-url': stack.tsaURL }
}

/** The runner's OIDC token request variables, answered by the stack. */
export function stackOIDCEnv(stack: SigstoreStack): Record<string, string> {
  return { ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken }
}

/** The action exited 0 without an error annotation. */
export async function expectSuccess(run: Promise<ActionRun>): Promise<void> {
  const r = await run
  expect(errorAnnotations(r)).toBe('')
  expect(r.code).toBe(0)
}

/** A fresh test image pushed to `registry/repo:v1`, as `registry/repo@sha256:…`. */
export async function pushImage(registry: TestRegistry, repo: string): Promise<string> {
  const pushed = await pushTestImage(new RegistryClient({ retryBaseMs: 50 }), `${registry.host}/${repo}`, 'v1')
  return `${registry.host}/${repo}@${pushed.digest}`
}
