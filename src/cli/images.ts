import { resolve } from 'node:path'

import { SealError, readNetworkInputs, readRegistryInputs } from '../core/index.js'
import { registryClient, saveImage, signatureRepository, triangulate, type LocationKind, type RegistryClient, type RepositoryRef } from '../core/tools.js'
import { inputsOf } from './args.js'
import { runCommand, std, type CommandRun, type Out } from './command.js'
import { SAVE_OPTIONS, TRIANGULATE_OPTIONS, type Options } from './options.js'

/** The registry client and signature repository the registry flags (and COSIGN_REPOSITORY) ask for. */
export function registryAccess(run: CommandRun, options: Options): { client: RegistryClient; store?: RepositoryRef } {
  const get = inputsOf(run.line, options)
  const inputs = { ...readRegistryInputs(get), ...readNetworkInputs(get) }
  return { client: registryClient(inputs, process.env, run.secret), store: signatureRepository(inputs.signatureRepository, process.env) }
}

export function oneImage(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new SealError('INPUT_INVALID', `seal ${command} takes exactly one image reference`)
  return positionals[0]
}

/** `seal save IMAGE --dir DIR`: the image manifest and all its signatures, attestations and SBOMs into an OCI layout. */
export function runSave(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'save', options: SAVE_OPTIONS, out }, argv, async run => {
    const dir = run.line.values.get('dir')
    if (!dir) throw new SealError('INPUT_INVALID', 'seal save needs --dir DIR')
    const { client, store } = registryAccess(run, SAVE_OPTIONS)
    const result = await saveImage(client, oneImage(run.line.positionals, 'save'), resolve(dir), store)
    out.stderr(`Saved ${result.digest} with ${result.artifacts.length ? result.artifacts.join(', ') : 'no signatures'} (${result.written} objects) to ${dir}\n`)
    out.stdout(`${result.digest}\n`)
    return 0
  })
}

/** `seal triangulate IMAGE [--type sig|att|sbom|referrers]`: where an image's signatures live. */
export function runTriangulate(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'triangulate', options: TRIANGULATE_OPTIONS, out }, argv, async run => {
    const type = run.line.values.get('type') as LocationKind | undefined
    if (type && !['sig', 'att', 'sbom', 'referrers'].includes(type)) {
      throw new SealError('INPUT_INVALID', `--type must be sig, att, sbom or referrers, got "${type}"`)
    }
    const { client, store } = registryAccess(run, TRIANGULATE_OPTIONS)
    const { locations } = await triangulate(client, oneImage(run.line.positionals, 'triangulate'), store)
    for (const l of locations) {
      if (type ? l.kind !== type : !l.exists && l.kind !== 'sig') continue
      out.stdout(type ? `${l.reference}\n` : `${l.kind}\t${l.reference}${l.artifactType ? `\t${l.artifactType}` : ''}${l.exists ? '' : '\t(not present)'}\n`)
    }
    return 0
  })
}
