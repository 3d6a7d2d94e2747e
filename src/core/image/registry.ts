import type { NetworkInputs, RegistryInputs } from '../inputs/read.js'
import { RegistryClient } from '../oci/client.js'

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
