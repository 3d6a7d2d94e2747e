import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { collectSubjects } from '../attest/subjects.js'
import type { Attached } from '../image/attach.js'
import { resolvePredicate, type ResolvedPredicate } from '../attest/predicate.js'
import { SealError } from '../util/errors.js'
import { IN_TOTO_PAYLOAD_TYPE, statement, statementBytes, type StatementSubject } from '../formats/intoto.js'
import { writeFileAtomic } from '../util/fs.js'
import type { AttestInputs } from '../inputs/read.js'
import type { SignerIdentity } from '../sign/session.js'
import { getIdentityToken, type TokenSource } from '../oidc/token.js'
import type { StepContext } from './context.js'
import { describeInstance } from '../sign/instance.js'
import { logFacts, type LogFacts } from '../formats/tlog.js'

export interface AttachedImage {
  image: string
  digest: string
  locations: Attached[]
}

export interface AttestStepResult extends LogFacts {
  images: AttachedImage[]
  bundlePath: string
  predicateType: string
  predicateKind: ResolvedPredicate['kind']
  subjects: StatementSubject[]
  signer: SignerIdentity
  rekorURL?: string
  tokenSource?: TokenSource
  /** Which Sigstore instance signed, and why (log and summary). */
  instance?: string
}

/**
 * The attest step: gather subjects, build the predicate (SLSA provenance by
 * default), sign the in-toto statement as a DSSE envelope with one
 * certificate, log it in Rekor, store it with the images when asked, and only then
 * write the bundle (atomically).
 */
export async function runAttestStep(inputs: AttestInputs, ctx: StepContext): Promise<AttestStepResult> {
  const subjects = await collectSubjects(inputs, ctx.cwd)
  // Image support is loaded only for steps that attest images.
  const img = inputs.images.length ? await loadImageSupport() : undefined
  const { client, images } = img ? await img.openImages(inputs, ctx.env, ctx.onSecret) : { client: undefined, images: [] }
  for (const image of images) {
    if (image.resolvedFromTag) ctx.warn?.(`${image.given} is a tag: attested its current digest ${image.descriptor.digest}.`)
    subjects.push({ name: image.ref.repositoryName, digest: { sha256: image.descriptor.digest.replace(/^sha256:/, '') } })
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
  const predicate = await resolvePredicate(inputs, { cwd: ctx.cwd, claims: token?.claims ?? {}, serverURL: ctx.env.GITHUB_SERVER_URL })
  const payload = statementBytes(statement(subjects, predicate.predicateType, predicate.predicate))
  const { session, services, instance } = await prepareSession(inputs, ctx, token)
  // Where the bundle will go is settled before signing, so an unusable directory fails before anything is logged.
  const bundlePath = await bundleTarget(inputs.bundleDir, ctx)
  const bundle = await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE)
  const attached: AttachedImage[] = []
  if (client && img && inputs.pushToRegistry) {
    const { attachBundle, attachLegacyAttestation, attachSBOM } = img
    for (const image of images) {
      const locations: Attached[] = []
      if (inputs.attestationFormat !== 'legacy') locations.push(await attachBundle(client, image, bundle, predicate.predicateType))
      if (inputs.attestationFormat !== 'bundle') locations.push(await attachLegacyAttestation(client, image, bundle, predicate.predicateType))
      if (inputs.attachSbom && predicate.sbom) locations.push(...(await attachSBOM(client, image, predicate.sbom.bytes, predicate.sbom.mediaType)))
      attached.push({ image: image.given, digest: image.descriptor.digest, locations })
    }
  }
  // The bundle is written last: a step that failed to store it in a registry leaves no bundle claiming success.
  await writeFileAtomic(bundlePath, JSON.stringify(bundleToJSON(bundle)) + '\n')
  return {
    images: attached,
    bundlePath,
    predicateType: predicate.predicateType,
    predicateKind: predicate.kind,
    subjects,
    signer: await session.identity(),
    rekorURL: services.tlogUpload ? services.rekorURL : undefined,
    tokenSource: token?.source,
    instance: describeInstance(instance),
    ...logFacts(bundle)
  }
}

async function loadImageSupport() {
  const [{ openImages }, attach] = await Promise.all([import('../image/registry.js'), import('../image/attach.js')])
  return { openImages, ...attach }
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
