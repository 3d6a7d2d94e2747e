import { getIdentityToken, type TokenSource } from './oidc.js'
import type { SignInputs } from './inputs.js'
import { signFiles, type SignFilesResult } from './sign.js'
import { resolveFiles, withoutBundles } from './subjects.js'

export interface StepContext {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Called with every secret as soon as it is read, so the caller can mask it. */
  onSecret?: (secret: string) => void
  /** Progress lines for the log. */
  log?: (line: string) => void
}

export interface SignStepResult extends SignFilesResult {
  tokenSource: TokenSource
}

/** The sign step: resolve subjects, get a token, sign every file with one certificate. */
export async function runSignStep(inputs: SignInputs, ctx: StepContext): Promise<SignStepResult> {
  const files = withoutBundles(await resolveFiles(inputs.subjectPatterns, ctx.cwd))
  ctx.log?.(`Signing ${files.length} file${files.length === 1 ? '' : 's'}`)
  let tokenSource: TokenSource = 'identity-token input'
  const getToken = async (): Promise<string> => {
    const t = await getIdentityToken({
      identityToken: inputs.identityToken,
      audience: inputs.audience,
      env: ctx.env,
      timeoutMs: inputs.timeoutMs,
      retries: inputs.retries
    })
    ctx.onSecret?.(t.token)
    tokenSource = t.source
    return t.token
  }
  const result = await signFiles({ ...inputs, files, getToken, bundleDir: inputs.bundleDir })
  return { ...result, tokenSource }
}
