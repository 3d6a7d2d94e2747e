/**
 * Which Sigstore instance a signing step uses. `sigstore: auto` (the
 * default) picks GitHub's instance in a GitHub Actions run unless the event
 * payload says the repository is public: a private repository's signatures
 * then stay out of the public transparency log, which would publish its names
 * and workflows. Outside GitHub Actions (no GITHUB_EVENT_PATH) it is
 * public-good, as GitHub's instance certifies only Actions tokens.
 * `public-good` and `github` force one.
 */
import { repositoryVisibility } from '../github/event.js'
import type { SigstoreInstance } from '../inputs/read.js'

export interface InstanceChoice {
  instance: SigstoreInstance
  /** Why, in words: for the log and the job summary. */
  reason: string
}

export const INSTANCE_NAMES: Record<SigstoreInstance, string> = { 'public-good': 'public-good Sigstore', github: "GitHub's Sigstore instance" }

export function chooseInstance(sigstore: SigstoreInstance | 'auto', env: NodeJS.ProcessEnv): InstanceChoice {
  if (sigstore !== 'auto') return { instance: sigstore, reason: `\`sigstore: ${sigstore}\`` }
  const visibility = repositoryVisibility(env)
  if (visibility === 'public') return { instance: 'public-good', reason: 'the repository is public (`sigstore: auto`)' }
  if (!env.GITHUB_EVENT_PATH) return { instance: 'public-good', reason: 'this is not a GitHub Actions run (no GITHUB_EVENT_PATH; `sigstore: auto`)' }
  const said = visibility ? `the repository is ${visibility}` : 'the event payload does not say the repository is public'
  return { instance: 'github', reason: `${said} (\`sigstore: auto\`)` }
}

/** One line for the log and the summary, e.g. `Sigstore instance: GitHub's Sigstore instance, as the repository is private (…)`. */
export function describeInstance(choice: InstanceChoice): string {
  return `Sigstore instance: ${INSTANCE_NAMES[choice.instance]}, as ${choice.reason}`
}
