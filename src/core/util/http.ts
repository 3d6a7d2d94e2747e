/**
 * Small HTTP helpers shared by the network clients: checking that a URL is
 * an http(s) one, and reading a response body without reading more than a
 * limit.
 */
import { SealError } from './errors.js'

/** The URL `value` names when it parses and its scheme is http or https; else undefined. */
export function parseHttpURL(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
}

/** The http(s) URL an input (or variable) named `input` holds; INPUT_INVALID naming it otherwise. */
export function httpURL(value: string, input: string): URL {
  const url = parseHttpURL(value)
  if (url) return url
  if (!URL.canParse(value)) throw new SealError('INPUT_INVALID', `\`${input}\` is not a URL: ${JSON.stringify(value)}.`)
  throw new SealError('INPUT_INVALID', `\`${input}\` must be an http(s) URL, got ${JSON.stringify(value)}.`)
}

/** A body longer than the limit it was read with; it was not read past the limit. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`)
    this.name = 'BodyTooLarge'
  }
}

/**
 * Reads a whole body of at most `max` bytes. A larger one, by its
 * Content-Length or as it streams, is cancelled and rejected with
 * BodyTooLarge. `onChunk` sees each chunk as it arrives.
 */
export async function readBody(res: Response, max: number, onChunk?: (chunk: Uint8Array) => void): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > max) {
    await discard(res)
    throw new BodyTooLarge(max)
  }
  const bytes = await readPrefix(res, max + 1, onChunk)
  if (bytes.length > max) throw new BodyTooLarge(max)
  return bytes
}

/** Reads at most the first `limit` bytes of a body, then stops reading it. */
export async function readPrefix(res: Response, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    onChunk?.(value)
    chunks.push(value)
    size += value.length
    if (size >= limit) {
      await reader.cancel().catch(() => undefined)
      break
    }
  }
  return Buffer.concat(chunks, size).subarray(0, limit)
}

/** Drops a body that will not be read, so its connection can be reused. */
export async function discard(res: Response): Promise<void> {
  if (res.body && !res.bodyUsed) await res.body.cancel().catch(() => undefined)
}

/** The proxy variables a runner behind a corporate proxy sets (lowercase wins, as curl reads them). */
export interface ProxySettings {
  /** The proxy of http requests; empty: none. */
  httpProxy: string
  /** The proxy of https requests; empty: HTTP_PROXY's (set HTTPS_PROXY: @sigstore/sign reads only it for https). */
  httpsProxy: string
  /** NO_PROXY as given: hosts, domains (`.corp`), `host:port`, `*`; empty: none. */
  noProxy: string
}

function proxyVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = (env[name.toLowerCase()] || env[name.toUpperCase()] || '').trim()
  if (!value) return undefined
  // `proxy.corp:3128` without a scheme means an http proxy, as curl and npm take it.
  const url = parseHttpURL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`)
  if (!url) {
    throw new SealError('INPUT_INVALID', `\`${name.toUpperCase()}\` must be an http(s) proxy URL such as http://proxy.example:3128.`, {
      hint: 'Fix or unset the variable in the runner environment.'
    })
  }
  return url.href
}

/** The proxy settings in `env` (HTTPS_PROXY, HTTP_PROXY, NO_PROXY and their lowercase forms); undefined when no proxy is set. */
export function proxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings | undefined {
  const httpProxy = proxyVariable(env, 'http_proxy')
  const httpsProxy = proxyVariable(env, 'https_proxy')
  if (!httpProxy && !httpsProxy) return undefined
  return { httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: (env.no_proxy || env.NO_PROXY || '').trim() }
}

let proxying: Promise<void> | undefined

/**
 * Routes this process's fetch requests through the proxy the environment
 * names, once: an https request through HTTPS_PROXY (else HTTP_PROXY), an
 * http one through HTTP_PROXY, hosts in NO_PROXY directly (the Fulcio, Rekor and TSA
 * requests of @sigstore/sign read the same variables themselves). Without proxy
 * variables nothing is loaded. Every network client awaits this before its
 * first request. TLS to registries and services trusts NODE_EXTRA_CA_CERTS
 * through node's default CA list.
 */
export function useEnvProxy(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (proxying) return proxying
  const settings = proxySettings(env)
  if (!settings) return Promise.resolve()
  proxying = import('undici').then(({ EnvHttpProxyAgent, setGlobalDispatcher }) => {
    setGlobalDispatcher(new EnvHttpProxyAgent(settings))
  })
  return proxying
}

/** TLS codes of a server certificate that no trusted CA issued (a private CA, or a TLS-inspecting proxy). */
const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT'
])

/** A hint for a failed request whose cause is an untrusted certificate; undefined for other failures. */
export function networkHint(err: unknown): string | undefined {
  let e: unknown = err
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && UNTRUSTED_CERTIFICATE.has(code)) {
      return `The server's TLS certificate is not issued by a trusted CA (${code}): set NODE_EXTRA_CA_CERTS to a PEM file of your private CA for the step.`
    }
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** The target of `rel="next"` in a Link header (the next page of a registry's tag list, of GitHub's API lists). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part)
    if (m && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(m[2])) return m[1]
  }
  return undefined
}
