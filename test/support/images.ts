/**
 * Small random images pushed with seal's own registry client: an OCI config,
 * uncompressed layer blobs of random bytes and an OCI manifest, or an OCI
 * index of two platform manifests (linux/amd64 and linux/arm64).
 *
 *   const image = await pushTestImage(registry, 'org/app', 'v1')
 *   image.ref.toString()   // 127.0.0.1:<port>/org/app:v1@sha256:…
 */
import { randomBytes } from 'node:crypto'

import { RegistryClient } from '../../src/core/oci/client.js'
import { parseImageReference, type ImageReference, type RepositoryRef } from '../../src/core/oci/reference.js'
import { descriptorJSON, digestOf, OCI_CONFIG, OCI_INDEX, OCI_LAYER, OCI_MANIFEST, type Descriptor, type Platform } from '../../src/core/oci/types.js'
import type { TestRegistry } from './registry.js'

export interface PushTestImageOptions {
  /** Layers per platform manifest (default 1). */
  layers?: number
  /** Bytes per layer (default 256). */
  layerSize?: number
  /** Push an index of two platform manifests instead of one manifest. */
  platformIndex?: boolean
}

export interface PushedImage {
  /** Digest of the manifest (or index) the tag points at. */
  digest: string
  mediaType: string
  size: number
  /** The image by tag and digest. */
  ref: ImageReference
  /** The client that pushed it (logged in to the test registry when it has authentication). */
  client: RegistryClient
  /** For an index: the platform manifests it lists. */
  manifests?: Descriptor[]
}

const PLATFORMS: Platform[] = [
  { architecture: 'amd64', os: 'linux' },
  { architecture: 'arm64', os: 'linux' }
]

async function pushPlatformManifest(client: RegistryClient, repo: RepositoryRef, platform: Platform, layers: number, layerSize: number): Promise<Buffer> {
  const layerDescriptors: Descriptor[] = []
  for (let i = 0; i < layers; i++) layerDescriptors.push(await client.pushBlob(repo, randomBytes(layerSize), OCI_LAYER))
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      created: new Date().toISOString(),
      config: { Labels: { 'org.example.nonce': randomBytes(8).toString('hex') } },
      rootfs: { type: 'layers', diff_ids: layerDescriptors.map(d => d.digest) }
    })
  )
  const configDescriptor = await client.pushBlob(repo, config, OCI_CONFIG)
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptorJSON(configDescriptor),
      layers: layerDescriptors.map(descriptorJSON)
    })
  )
}

/**
 * Pushes a small random image and tags it. `target` is a test registry (the
 * repository is a path in it; a client logged in with its credentials is
 * made), a registry URL or host (anonymous client), or a RegistryClient, in
 * which case `repository` must name the registry too (`127.0.0.1:5000/app`).
 */
export async function pushTestImage(
  target: RegistryClient | TestRegistry | string,
  repository: string,
  tag: string,
  options: PushTestImageOptions = {}
): Promise<PushedImage> {
  let client: RegistryClient
  let name: string
  if (target instanceof RegistryClient) {
    client = target
    name = repository
  } else if (typeof target === 'string') {
    client = new RegistryClient()
    name = `${target.replace(/^https?:\/\//, '').replace(/\/+$/, '')}/${repository}`
  } else {
    client = new RegistryClient(target.username && target.password ? { credentials: { username: target.username, password: target.password } } : {})
    name = `${target.host}/${repository}`
  }
  const base = parseImageReference(`${name}:${tag}`, 'repository')
  const repo: RepositoryRef = { registry: base.registry, repository: base.repository }
  const layers = options.layers ?? 1
  const layerSize = options.layerSize ?? 256

  if (!options.platformIndex) {
    const bytes = await pushPlatformManifest(client, repo, PLATFORMS[0], layers, layerSize)
    const digest = await client.putManifest(repo, tag, bytes, OCI_MANIFEST)
    return { digest, mediaType: OCI_MANIFEST, size: bytes.length, ref: base.withDigest(digest), client }
  }
  const manifests: Descriptor[] = []
  for (const platform of PLATFORMS) {
    const bytes = await pushPlatformManifest(client, repo, platform, layers, layerSize)
    const digest = await client.putManifest(repo, digestOf(bytes), bytes, OCI_MANIFEST)
    manifests.push({ mediaType: OCI_MANIFEST, size: bytes.length, digest, platform })
  }
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: manifests.map(descriptorJSON) }))
  const digest = await client.putManifest(repo, tag, index, OCI_INDEX)
  return { digest, mediaType: OCI_INDEX, size: index.length, ref: base.withDigest(digest), client, manifests }
}
