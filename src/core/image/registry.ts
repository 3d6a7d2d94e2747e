import type { NetworkInputs, RegistryInputs } from '../inputs/read.js'
import { RegistryClient } from '../oci/client.js'
import { mapLimit } from '../util/concurrency.js'
import { resolveImage, signatureRepository, type ResolvedImage } from './resolve.js'

/** A registry client configured from the step's inputs and environment. */
export function registryClient(inputs: RegistryInputs & Partial<NetworkInputs>, env: NodeJS.ProcessEnv, onSecret?: (s: string) => void): RegistryClient {
  if (inputs.registryPassword) onSecret?.(inputs.registryPassword)
  return new RegistryClient({
    credentials: inputs.registryUsername && inputs.registryPassword ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined,
    env,
    onSecret,
    timeoutMs: inputs.timeoutMs,
    retries: inputs.retries
  })
}

/** A step's registry client and its images, each resolved to the digest it names now. */
export interface OpenedImages {
  client: RegistryClient
  images: ResolvedImage[]
}

/**
 * Opens the registry for a step's `image` inputs and resolves every image
 * (four at a time) before anything is signed, so a typo fails first. With
 * `signature-repository` (or COSIGN_REPOSITORY) set, each image's signatures
 * are stored there.
 */
export async function openImages(
  inputs: RegistryInputs & Partial<NetworkInputs> & { images: readonly string[] },
  env: NodeJS.ProcessEnv,
  onSecret?: (s: string) => void
): Promise<OpenedImages> {
  const client = registryClient(inputs, env, onSecret)
  const store = signatureRepository(inputs.signatureRepository, env)
  const images = await mapLimit(inputs.images, 4, text => resolveImage(client, text, { signatureRepository: store }))
  return { client, images }
}
