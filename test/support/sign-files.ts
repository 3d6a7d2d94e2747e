/**
 * Signs files with one session and writes their bundles, as the sign step
 * does (plan the bundle paths, get the certificate, sign everything, write
 * all bundles or none), for tests and benchmarks that drive the core
 * without a step's inputs.
 */
import type { ResolvedFile } from '../../src/core/subjects/files.js'
import { planBundles, signFileBundles, SigningSession, writeBundles, type ServiceOptions, type SignedFile } from '../../src/core/sign/session.js'
import type { SigningCertificate } from '../../src/core/sign/keyless.js'

export type SignFilesOptions = {
  files: readonly ResolvedFile[]
  /** Write bundles here instead of next to each file. */
  bundleDir?: string
  /** Subjects processed at once (Rekor and TSA calls in flight). */
  concurrency?: number
} & ({ session: SigningSession } | (ServiceOptions & { getToken: () => Promise<string>; session?: undefined }))

export interface SignFilesResult {
  files: SignedFile[]
  certificate?: SigningCertificate
  certificateRequests: number
}

export async function signFiles(opts: SignFilesOptions): Promise<SignFilesResult> {
  const session = opts.session ?? new SigningSession(opts)
  const targets = planBundles(opts.files, opts.bundleDir)
  const { certificate } = await session.identity()
  const files = await writeBundles(await signFileBundles(targets, session, opts.concurrency))
  return { files, certificate, certificateRequests: session.certificateRequests }
}
