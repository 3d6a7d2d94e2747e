/**
 * An in-memory registry for the scripted tests of test/core/oci and
 * test/core/image, served through a registry stand-in: manifests and tags
 * are kept, blobs are accepted blindly (every blob HEAD answers 200), and
 * hooks let a test act after a tag is read or written (a concurrent writer).
 *
 *   const reg = memoryRegistry()
 *   standIn.handle(reg.handler)
 */
import { createHash } from 'node:crypto'

import { referrerDescriptor } from '../../../src/core/oci/referrers.js'
import { OCI_INDEX } from '../../../src/core/oci/types.js'
import type { StandInReply, StandInRequest } from '../../support/registry/standin.js'

const sha = (b: string | Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex')

export function memoryRegistry(options: { referrersAPI?: boolean; honourIfMatch?: boolean } = {}) {
  const manifests = new Map<string, Buffer>()
  const tags = new Map<string, string>()
  const hooks: { afterPut?: (ref: string) => void; afterGet?: (ref: string) => void } = {}
  const handler = (req: StandInRequest): StandInReply => {
    const url = new URL(req.url, 'http://x')
    const m = /^\/v2\/(.+?)\/(manifests|blobs|referrers)\/(.+)$/.exec(url.pathname)
    if (!m) return { status: 404 }
    const [, , kind, ref] = m
    if (kind === 'blobs') return req.method === 'HEAD' ? { status: 200 } : { status: 404 }
    if (kind === 'referrers') {
      if (!options.referrersAPI) return { status: 404, body: '404 page not found' }
      const listed = [...manifests.entries()]
        .map(([digest, bytes]) => ({ digest, bytes, json: JSON.parse(bytes.toString()) }))
        .filter(e => e.json.subject?.digest === ref)
        .map(e => referrerDescriptor(e.json, e.json.mediaType, e.bytes.length, e.digest))
      return { status: 200, headers: { 'Content-Type': OCI_INDEX }, body: JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: listed }) }
    }
    const digest = ref.startsWith('sha256:') ? ref : tags.get(ref)
    if (req.method === 'PUT') {
      const d = sha(req.body)
      if (options.honourIfMatch && req.headers['if-match'] && req.headers['if-match'] !== `"${digest}"`) return { status: 412 }
      manifests.set(d, req.body)
      if (!ref.startsWith('sha256:')) tags.set(ref, d)
      hooks.afterPut?.(ref)
      return { status: 201, headers: { 'Docker-Content-Digest': d } }
    }
    const bytes = digest && manifests.get(digest)
    if (!bytes) return { status: 404 }
    const reply = {
      status: 200,
      headers: { 'Content-Type': JSON.parse(bytes.toString()).mediaType, 'Docker-Content-Digest': digest!, ETag: `"${digest}"` },
      body: bytes
    }
    if (req.method === 'GET') hooks.afterGet?.(ref)
    return reply
  }
  const put = (tag: string, value: unknown): void => {
    const bytes = Buffer.from(JSON.stringify(value))
    manifests.set(sha(bytes), bytes)
    tags.set(tag, sha(bytes))
  }
  return { handler, manifests, tags, hooks, put }
}

/**
 * A handler that leaves the first write of `tag` unanswered (the client times
 * out and sends it again), then hands every request to `handler`.
 */
export function stallFirstTagWrite(handler: (req: StandInRequest) => StandInReply | Promise<StandInReply>, tag: string) {
  let stalled = false
  return (req: StandInRequest): StandInReply | Promise<StandInReply> => {
    if (req.method === 'PUT' && req.url.endsWith(tag) && !stalled) {
      stalled = true
      return { status: 0, stall: true }
    }
    return handler(req)
  }
}

/** A handler that answers every request `ms` late, as a loaded registry does, through `handler`. */
export function answerLate(handler: (req: StandInRequest) => StandInReply | Promise<StandInReply>, ms: number) {
  return async (req: StandInRequest): Promise<StandInReply> => {
    await new Promise(resolve => setTimeout(resolve, ms))
    return handler(req)
  }
}
