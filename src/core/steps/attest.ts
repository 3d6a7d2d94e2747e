import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

import type { Bundle } from '@sigstore/bundle'

import { collectSubjects } from '../attest/subjects.js'
import type { Attached } from '../image/attach.js'
import { resolvePredicate, type ResolvedPredicate } from '../attest/predicate.js'
import { SealError } from '../util/errors.js'
import { IN_TOTO_PAYLOAD_TYPE, type StatementSubject } from '../formats/intoto.js'
import { readStatement, statementsToSign, subjectFileName, type StatementToSign } from '../attest/statement.js'
import { writeFileAtomic } from '../util/fs.js'
import type { AttestInputs } from '../inputs/read.js'
import type { SignerIdentity } from '../sign/session.js'
import { getIdentityToken, type TokenSource } from '../oidc/token.js'
import type { StepContext } from './context.js'
import { describeInstance } from '../sign/instance.js'
import { logFacts, type LogFacts } from '../formats/tlog.js'
import type { GitHubStored } from './attest-github.js'

export interface AttachedImage {
  image: string
  digest: string
  locations: Attached[]
}

/** One signed statement: where its bundle went and the subjects it names. */
export interface WrittenAttestation extends LogFacts {
  bundlePath: string
  subjects: StatementSubject[]
}

export interface AttestStepResult extends LogFacts {
  images: AttachedImage[]
  /** The (first) bundle. */
  bundlePath: string
  /** Every bundle written: one, or one per subject with `attestation-per-subject`. */
  bundles: WrittenAttestation[]
  predicateType: string
  predicateKind: ResolvedPredicate['kind']
  subjects: StatementSubject[]
  signer: SignerIdentity
  rekorURL?: string
  tokenSource?: TokenSource
  /** The attestation GitHub stored, when it was uploaded. */
  github?: GitHubStored
  /** Which Sigstore instance signed, and why (log and summary). */
  instance?: string
}

/**
 * The attest step: gather subjects, build the predicate (SLSA provenance by
 * default), sign the in-toto statement as a DSSE envelope with one
 * certificate, log it in Rekor, store it with the images when asked, and only then
 * write the bundle (atomically) and store it through GitHub's attestations API.
 */
export async function runAttestStep(inputs: AttestInputs, ctx: StepContext): Promise<AttestStepResult> {
  // `statement-path`: the user's statement names the subjects and the predicate.
  const given = inputs.statementPath ? await readStatement(inputs.statementPath, ctx.cwd, inputs.maxPredicateBytes) : undefined
  const subjects = given ? [...given.json.subject] : await collectSubjects(inputs, ctx.cwd)
  // Image support is loaded only for steps that attest images.
  const img = inputs.images.length ? await loadImageSupport() : undefined
  const { client, images } = img ? await img.openImages(inputs, ctx.env, ctx.onSecret) : { client: undefined, images: [] }
  for (const image of images) {
    if (image.resolvedFromTag) ctx.warn?.(`${image.given} is a tag: attested its current digest ${image.descriptor.digest}.`)
    const hex = image.descriptor.digest.replace(/^sha256:/, '')
    if (!given) subjects.push({ name: image.ref.repositoryName, digest: { sha256: hex } })
    else if (!subjects.some(s => s.digest.sha256?.toLowerCase() === hex)) {
      throw new SealError(
        'INPUT_INVALID',
        `\`statement-path\` does not name ${image.given} (${image.descriptor.digest}) as a subject, so it cannot be attached to it.`,
        {
          hint: "Add the image digest to the statement's subjects, or leave `image` empty."
        }
      )
    }
  }
  ctx.log?.(`Attesting ${subjects.length} subject${subjects.length === 1 ? '' : 's'}`)
  // The signing code (Sigstore clients, their HTTP stack) is loaded once the step has said what it attests.
  const [{ bundleToJSON }, { prepareSession }] = await Promise.all([import('@sigstore/bundle'), import('./signing-setup.js')])
  // Keyless: the token is read first, as SLSA provenance is built from its claims.
  const token = inputs.key
    ? undefined
    : await getIdentityToken({
        identityToken: inputs.identityToken,
        audience: inputs.audience,
        env: ctx.env,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
      })
  if (token) ctx.onSecret?.(token.token)
  const predicate: ResolvedPredicate = given
    ? { predicateType: given.json.predicateType, predicate: given.json.predicate, kind: 'custom' }
    : await resolvePredicate(inputs, { cwd: ctx.cwd, claims: token?.claims ?? {}, serverURL: ctx.env.GITHUB_SERVER_URL })
  const toSign = statementsToSign(subjects, predicate.predicateType, predicate.predicate, inputs.attestationPerSubject, given)
  const { session, services, instance } = await prepareSession(inputs, ctx, token)
  // Where the bundles will go is settled before signing, so an unusable directory fails before anything is logged.
  const bundlePaths = await bundleTargets(inputs.bundleDir, ctx, toSign, inputs.attestationPerSubject)
  const bundles: Bundle[] = []
  for (const s of toSign) bundles.push(await session.signDSSE(s.payload, IN_TOTO_PAYLOAD_TYPE))
  const attached: AttachedImage[] = []
  if (client && img && inputs.pushToRegistry) {
    const { attachBundle, attachLegacyAttestation, attachSBOM } = img
    for (const image of images) {
      // The attestation that names this image (with one per subject, the image's own).
      const hex = image.descriptor.digest.replace(/^sha256:/, '')
      const bundle =
        bundles[
          Math.max(
            0,
            toSign.findIndex(s => s.subjects.some(sub => sub.digest.sha256?.toLowerCase() === hex))
          )
        ]
      const locations: Attached[] = []
      if (inputs.attestationFormat !== 'legacy') locations.push(await attachBundle(client, image, bundle, predicate.predicateType))
      if (inputs.attestationFormat !== 'bundle') locations.push(await attachLegacyAttestation(client, image, bundle, predicate.predicateType))
      if (inputs.attachSbom && predicate.sbom) locations.push(...(await attachSBOM(client, image, predicate.sbom.bytes, predicate.sbom.mediaType)))
      attached.push({ image: image.given, digest: image.descriptor.digest, locations })
    }
  }
  // The bundles are written last: a step that failed to store them in a registry leaves no bundle claiming success.
  for (const [i, bundle] of bundles.entries()) await writeFileAtomic(bundlePaths[i], JSON.stringify(bundleToJSON(bundle)) + '\n')
  // Then GitHub's attestations API: each attestation is already signed and logged, so a refusal fails the step naming the file that keeps it.
  // With one attestation per subject each is stored; the outputs name the first.
  const pushed = attached.length ? images.map(i => ({ registry: i.ref.registry, repository: i.ref.repository, digest: i.descriptor.digest })) : []
  const { storeOnGitHub } = await import('./attest-github.js')
  let github: Awaited<ReturnType<typeof storeOnGitHub>>
  for (const [i, bundle] of bundles.entries()) {
    const stored = await storeOnGitHub(inputs, ctx, bundleToJSON(bundle), bundlePaths[i], i === 0 ? pushed : [])
    github ??= stored
  }
  return {
    github,
    images: attached,
    bundlePath: bundlePaths[0],
    bundles: toSign.map((s, i) => ({ bundlePath: bundlePaths[i], subjects: s.subjects, ...logFacts(bundles[i]) })),
    predicateType: predicate.predicateType,
    predicateKind: predicate.kind,
    subjects,
    signer: await session.identity(),
    rekorURL: services.tlogUpload ? services.rekorURL : undefined,
    tokenSource: token?.source,
    instance: describeInstance(instance),
    ...logFacts(bundles[0])
  }
}

async function loadImageSupport() {
  const [{ openImages }, attach] = await Promise.all([import('../image/registry.js'), import('../image/attach.js')])
  return { openImages, ...attach }
}

/**
 * The bundle files: one fresh name (see bundleTarget), or with one
 * attestation per subject, one file per subject named after it, in
 * `bundle-dir` or a new directory.
 */
async function bundleTargets(bundleDir: string | undefined, ctx: StepContext, toSign: readonly StatementToSign[], perSubject: boolean): Promise<string[]> {
  const first = await bundleTarget(bundleDir, ctx)
  if (!perSubject) return [first]
  const dir = dirname(first)
  const taken = new Set<string>()
  return toSign.map(s => join(dir, subjectFileName(s.subjects[0], taken)))
}

/** A fresh file name for the bundle: in `bundle-dir`, else a new directory under RUNNER_TEMP. */
async function bundleTarget(bundleDir: string | undefined, ctx: StepContext): Promise<string> {
  const name = `attestation-${Date.now()}-${process.pid}.sigstore.json`
  if (bundleDir) return join(resolve(ctx.cwd, bundleDir), name)
  const base = ctx.env.RUNNER_TEMP || tmpdir()
  try {
    return join(await mkdtemp(join(base, 'seal-attestation-')), 'attestation.sigstore.json')
  } catch (err) {
    throw new SealError('IO_ERROR', `cannot create a directory under ${base} for the bundle: ${(err as NodeJS.ErrnoException).code ?? err}`)
  }
}
