import { BrokenReplyError, SealError, type ErrorCode } from '../util/errors.js'
import { redact } from '../util/redact.js'

export type Service = 'fulcio' | 'rekor' | 'tsa'

const NAMES: Record<Service, { label: string; input: string; code: ErrorCode }> = {
  fulcio: { label: 'Fulcio', input: 'fulcio-url', code: 'FULCIO_ERROR' },
  rekor: { label: 'Rekor', input: 'rekor-url', code: 'REKOR_ERROR' },
  tsa: { label: 'the timestamp authority', input: 'tsa-url', code: 'TSA_ERROR' }
}

interface ErrorShape {
  code?: string
  message?: string
  statusCode?: number
  cause?: unknown
}

/** The innermost HTTP status and the most specific message in an error chain. */
function unwrap(err: unknown): { status?: number; message: string; network?: string } {
  let status: number | undefined
  let network: string | undefined
  let message = ''
  let e: unknown = err
  for (let depth = 0; e && depth < 6; depth++) {
    const shape = e as ErrorShape
    if (typeof shape.statusCode === 'number') status = shape.statusCode
    if (typeof shape.code === 'string' && /^E[A-Z]+$/.test(shape.code)) network = shape.code
    if (typeof shape.message === 'string' && shape.message) message = shape.message
    e = shape.cause
  }
  return { status, message, network }
}

/**
 * Turns an error from a Sigstore service client into a SealError that names
 * the service, its URL, what went wrong and which input points at it. Token
 * parse errors from the signing library embed the token, so their text is
 * never used.
 */
export function describeServiceError(service: Service, url: string, err: unknown): SealError {
  if (err instanceof SealError) return err
  const { label, input, code } = NAMES[service]
  const libCode = (err as ErrorShape)?.code
  if (libCode === 'IDENTITY_TOKEN_PARSE_ERROR') {
    return new SealError('TOKEN_INVALID', 'The OIDC identity token could not be parsed (it needs an `email` or `sub` claim).')
  }
  if (libCode === 'IDENTITY_TOKEN_READ_ERROR') {
    const cause = (err as ErrorShape).cause
    if (cause instanceof SealError) return cause
    return new SealError('TOKEN_MISSING', 'Could not get an OIDC identity token.', { cause: undefined })
  }
  if (err instanceof BrokenReplyError) {
    return new SealError(code, `${capitalize(label)} at ${url} sent an unusable answer: ${redact(err.message).slice(0, 300)}`, {
      hint: `Check that \`${input}\` points at ${label} itself, not at a proxy or another service.`
    })
  }
  const { status, message, network } = unwrap(err)
  // The signing library prefixes the status ("(503) Service Unavailable"): the message says it once.
  const detail = redact(message)
    .replace(/\s+/g, ' ')
    .replace(/^\(\d{3}\)\s*/, '')
    .slice(0, 300)
  if (status === undefined) {
    return new SealError(code, `Could not reach ${label} at ${url}${network ? ` (${network})` : ''}: ${detail}`, {
      hint: `Check \`${input}\` and the network path to it.`
    })
  }
  let hint = `Check \`${input}\`.`
  if (service === 'fulcio' && (status === 400 || status === 401 || status === 403)) {
    hint = 'Fulcio rejected the identity token: check `oidc-audience` (Fulcio expects `sigstore`) and that this Fulcio trusts the token issuer.'
  } else if (status >= 500 || status === 429) {
    hint = `${capitalize(label)} is failing or overloaded; re-run the step later.`
  }
  return new SealError(code, `${capitalize(label)} at ${url} answered HTTP ${status}: ${detail}`, { hint })
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
