import { resolve } from 'node:path'

import { SealError } from '../core/errors.js'
import { registryClient } from '../core/image/client.js'
import { saveImage } from '../core/image/layout.js'
import { signatureRepository } from '../core/image/resolve.js'
import { triangulate, type LocationKind } from '../core/image/triangulate.js'
import { readNetworkInputs, readRegistryInputs } from '../core/inputs.js'
import { getterOf, parseArgs } from './args.js'
import { runCommand, std, type Out } from './command.js'

const REGISTRY_FLAGS = ['registry-username', 'registry-password', 'signature-repository', 'timeout', 'retries']

function oneImage(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new SealError('INPUT_INVALID', `seal ${command} takes exactly one image reference`)
  return positionals[0]
}

/** `seal save IMAGE --dir DIR`: the image manifest and all its signatures, attestations and SBOMs into an OCI layout. */
export function runSave(argv: string[], out: Out = std): Promise<number> {
  return runCommand('save', out, async run => {
    const args = parseArgs(argv, ['dir', ...REGISTRY_FLAGS])
    const get = getterOf(args)
    const dir = args.flags.get('dir')
    if (!dir) throw new SealError('INPUT_INVALID', 'seal save needs --dir DIR')
    const inputs = { ...readRegistryInputs(get), ...readNetworkInputs(get) }
    const client = registryClient(inputs, process.env, run.secret)
    const result = await saveImage(client, oneImage(args.positionals, 'save'), resolve(dir), signatureRepository(inputs.signatureRepository, process.env))
    out.stderr(`Saved ${result.digest} with ${result.artifacts.length ? result.artifacts.join(', ') : 'no signatures'} (${result.written} objects) to ${dir}\n`)
    out.stdout(`${result.digest}\n`)
    return 0
  })
}

/** `seal triangulate IMAGE [--type sig|att|sbom|referrers]`: where an image's signatures live. */
export function runTriangulate(argv: string[], out: Out = std): Promise<number> {
  return runCommand('triangulate', out, async run => {
    const args = parseArgs(argv, ['type', ...REGISTRY_FLAGS])
    const get = getterOf(args)
    const type = args.flags.get('type') as LocationKind | undefined
    if (type && !['sig', 'att', 'sbom', 'referrers'].includes(type)) {
      throw new SealError('INPUT_INVALID', `--type must be sig, att, sbom or referrers, got "${type}"`)
    }
    const inputs = { ...readRegistryInputs(get), ...readNetworkInputs(get) }
    const client = registryClient(inputs, process.env, run.secret)
    const { locations } = await triangulate(client, oneImage(args.positionals, 'triangulate'), signatureRepository(inputs.signatureRepository, process.env))
    for (const l of locations) {
      if (type ? l.kind !== type : !l.exists && l.kind !== 'sig') continue
      out.stdout(type ? `${l.reference}\n` : `${l.kind}\t${l.reference}${l.artifactType ? `\t${l.artifactType}` : ''}${l.exists ? '' : '\t(not present)'}\n`)
    }
    return 0
  })
}
