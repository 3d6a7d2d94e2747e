import { SealError } from '../core/index.js'
import {
  artifactsOf,
  cleanImage,
  downloadArtifact,
  inspectImage,
  listedImages,
  resolveImage,
  selectPlatforms,
  type ArtifactKind,
  type ImageTree,
  type ResolvedImage
} from '../core/tools.js'
import { runCommand, std, type Out } from './command.js'
import { oneImage, registryAccess } from './images.js'
import { CLEAN_OPTIONS, DOWNLOAD_OPTIONS, TREE_OPTIONS } from './options.js'

const KINDS: readonly ArtifactKind[] = ['signature', 'attestation', 'sbom']

function treeText(tree: ImageTree, indent = ''): string {
  const { image } = tree
  const lines = [`${indent}${image.ref.repositoryName}@${image.descriptor.digest} (${image.descriptor.mediaType})`]
  const item = (text: string) => lines.push(`${indent}  ${text}`)
  const entry = (text: string) => lines.push(`${indent}    ${text}`)
  const describe = (a: ImageTree['artifacts'][number]) =>
    `${a.kind}\t${a.location}${a.predicateType ? `\t${a.predicateType}` : a.artifactType ? `\t${a.artifactType}` : ''}`
  const referrers = tree.artifacts.filter(a => a.layout === 'referrer')
  item(
    `referrers API: ${tree.referrersAPI.supported ? `${tree.referrersAPI.count} referrer${tree.referrersAPI.count === 1 ? '' : 's'}` : 'not supported by the registry'}`
  )
  item(
    `referrers tag ${tree.referrersTag.tag}: ${tree.referrersTag.digest ? `${tree.referrersTag.count} entr${tree.referrersTag.count === 1 ? 'y' : 'ies'}` : 'not present'}`
  )
  for (const a of referrers) entry(describe(a))
  for (const t of tree.legacyTags) {
    item(`legacy tag ${t.tag}: ${t.digest ? `${t.layers} layer${t.layers === 1 ? '' : 's'}` : 'not present'}`)
    for (const a of tree.artifacts.filter(x => x.tag === t.tag)) entry(describe(a))
  }
  return lines.join('\n') + '\n'
}

function treeJSON(tree: ImageTree): unknown {
  return {
    image: `${tree.image.ref.repositoryName}@${tree.image.descriptor.digest}`,
    mediaType: tree.image.descriptor.mediaType,
    referrersAPI: tree.referrersAPI,
    referrersTag: tree.referrersTag,
    legacyTags: tree.legacyTags,
    artifacts: tree.artifacts.map(a => ({
      kind: a.kind,
      layout: a.layout,
      location: a.location,
      mediaType: a.layer.mediaType,
      artifactType: a.artifactType ?? null,
      predicateType: a.predicateType ?? null
    }))
  }
}

/** `seal tree IMAGE [--json]`: what is stored for an image (and, for an index, for each manifest it lists). */
export function runTree(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'tree', options: TREE_OPTIONS, out }, argv, async run => {
    const { client, store } = registryAccess(run, TREE_OPTIONS)
    const image = await resolveImage(client, oneImage(run.line.positionals, 'tree'), { signatureRepository: store })
    const trees = [await inspectImage(client, image)]
    for (const child of await listedImages(client, image)) trees.push(await inspectImage(client, child))
    if (run.line.values.get('json') === 'true') out.stdout(JSON.stringify(trees.map(treeJSON), null, 2) + '\n')
    else out.stdout(trees.map((t, i) => treeText(t, i === 0 ? '' : '  ')).join(''))
    return 0
  })
}

/** `seal download signature|attestation|sbom IMAGE`: each stored item, one per line. */
export function runDownload(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'download', options: DOWNLOAD_OPTIONS, out }, argv, async run => {
    const [kind, ...rest] = run.line.positionals
    if (!KINDS.includes(kind as ArtifactKind)) {
      throw new SealError('INPUT_INVALID', `seal download needs what to download first: signature, attestation or sbom, got ${JSON.stringify(kind ?? '')}`)
    }
    const predicateType = run.line.values.get('predicate-type')
    if (predicateType && kind !== 'attestation')
      throw new SealError('INPUT_INVALID', '--predicate-type selects attestations: use it with `seal download attestation`')
    const { client, store } = registryAccess(run, DOWNLOAD_OPTIONS)
    let image: ResolvedImage = await resolveImage(client, oneImage(rest, 'download'), { signatureRepository: store })
    const platform = run.line.values.get('platform')
    if (platform) [image] = await selectPlatforms(client, image, [platform.toLowerCase()])
    const items = artifactsOf(await inspectImage(client, image), kind as ArtifactKind, predicateType)
    if (items.length === 0) {
      throw new SealError(
        'SUBJECT_NOT_FOUND',
        `no ${kind}${predicateType ? ` of type ${predicateType}` : ''} is stored for ${image.ref.repositoryName}@${image.descriptor.digest}`,
        {
          hint: 'See what is stored with `seal tree IMAGE`.'
        }
      )
    }
    for (const a of items) out.stdout((await downloadArtifact(client, image, a)) + '\n')
    return 0
  })
}

/** `seal clean IMAGE --type signature|attestation|sbom|all --force`: deletes what is stored for an image. */
export function runClean(argv: string[], out: Out = std): Promise<number> {
  return runCommand({ name: 'clean', options: CLEAN_OPTIONS, out }, argv, async run => {
    const type = run.line.values.get('type') ?? 'all'
    if (type !== 'all' && !KINDS.includes(type as ArtifactKind)) {
      throw new SealError('INPUT_INVALID', `--type must be signature, attestation, sbom or all, got "${type}"`)
    }
    const text = oneImage(run.line.positionals, 'clean')
    if (run.line.values.get('force') !== 'true') {
      throw new SealError(
        'INPUT_INVALID',
        `seal clean deletes the ${type === 'all' ? 'signatures, attestations and SBOMs' : `${type}s`} of ${text} from the registry: confirm with --force`
      )
    }
    const { client, store } = registryAccess(run, CLEAN_OPTIONS)
    const image = await resolveImage(client, text, { signatureRepository: store })
    const result = await cleanImage(client, image, type as ArtifactKind | 'all')
    for (const r of result.removed) out.stdout(`deleted\t${r}\n`)
    out.stderr(`Removed ${result.artifacts} item${result.artifacts === 1 ? '' : 's'} stored for ${image.ref.repositoryName}@${image.descriptor.digest}\n`)
    return 0
  })
}
