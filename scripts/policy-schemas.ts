/**
 * `npx tsx scripts/policy-schemas.ts DIR`: writes the admission engines' CRD
 * schemas into src/core/policy/schema/*.json, which `seal policy check` and
 * the tests validate policies with. DIR holds the engines' files at their
 * upstream paths (sigstore-policy-controller/, kyverno-kyverno/), as listed in
 * SOURCES below. `--check` writes nothing and exits 1 when a committed file
 * differs from what DIR gives.
 *
 * Each output file is generated data: a `source` header naming the CRD file,
 * commit and version it came from, the API group, version and kinds, and the
 * version's openAPIV3Schema with its `description` texts removed (they are
 * documentation, not constraints, and make up most of the bytes).
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'yaml'

import { writeFileAtomic } from '../src/core/util/fs.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SCHEMA_DIR = join(ROOT, 'src/core/policy/schema')

interface CrdSource {
  repository: string
  commit: string
  /** Path in the repository (and under DIR/<local>/). */
  file: string
  local: string
  /** Output file stem: `<stem>.<version>.json`. */
  stem: string
}

const SOURCES: readonly CrdSource[] = [
  {
    repository: 'sigstore/policy-controller',
    commit: 'f925c0c1a412910787a7f045581fa9d5ed09a20a',
    file: 'config/300-clusterimagepolicy.yaml',
    local: 'sigstore-policy-controller',
    stem: 'clusterimagepolicy'
  },
  {
    repository: 'sigstore/policy-controller',
    commit: 'f925c0c1a412910787a7f045581fa9d5ed09a20a',
    file: 'config/300-trustroot.yaml',
    local: 'sigstore-policy-controller',
    stem: 'trustroot'
  },
  {
    repository: 'kyverno/kyverno',
    commit: '111e07bbecc66abfde36ab99969af22d7a961003',
    file: 'config/crds/policies.kyverno.io/policies.kyverno.io_imagevalidatingpolicies.yaml',
    local: 'kyverno-kyverno',
    stem: 'imagevalidatingpolicy'
  }
]

/** Kyverno's ClusterPolicy CRD is stored only as its `verifyImages` schema (a verbatim line range). */
const KYVERNO_FRAGMENT = {
  repository: 'kyverno/kyverno',
  commit: '111e07bbecc66abfde36ab99969af22d7a961003',
  file: 'config/crds/kyverno/kyverno.io_clusterpolicies.yaml',
  part: 'versions[name=v1].schema.openAPIV3Schema.properties.spec.properties.rules.items.properties.verifyImages',
  local: 'kyverno-kyverno/config/crds/kyverno/kyverno.io_clusterpolicies.v1.spec.rules.items.verifyImages.fragment.yaml'
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The schema without `description` texts (a property named `description` stays). */
function withoutDescriptions(node: Json, inProperties = false): Json {
  if (Array.isArray(node)) return node.map(n => withoutDescriptions(n))
  if (node === null || typeof node !== 'object') return node
  const out: { [key: string]: Json } = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description' && !inProperties && typeof v === 'string') continue
    out[k] = withoutDescriptions(v, k === 'properties' && !inProperties)
  }
  return out
}

/** An object whose other fields the schema does not describe and must not reject. */
const OPEN = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }

/**
 * Every schema file by name, from the CRDs under `dir`. ClusterPolicy's file
 * wraps the `verifyImages` schema in an envelope (apiVersion, kind, metadata,
 * spec.rules[].name) that leaves the rest of a rule open: only image
 * verification is checked there.
 */
export async function extractSchemas(dir: string): Promise<Map<string, Json>> {
  const files = new Map<string, Json>()
  for (const src of SOURCES) {
    const crd = parse(await readFile(join(dir, src.local, src.file), 'utf8'))
    const crdName: string = crd.metadata.name
    const kinds = [crd.spec.names.kind as string]
    for (const version of crd.spec.versions as { name: string; schema: { openAPIV3Schema: Json } }[]) {
      files.set(`${src.stem}.${version.name}.json`, {
        source: { repository: src.repository, commit: src.commit, file: src.file, crd: crdName, version: version.name, descriptions: 'removed' },
        group: crd.spec.group,
        version: version.name,
        kinds,
        openAPIV3Schema: withoutDescriptions(version.schema.openAPIV3Schema)
      })
    }
  }
  const fragment = parse(await readFile(join(dir, KYVERNO_FRAGMENT.local), 'utf8'))
  const envelope = {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: {
        ...OPEN,
        properties: {
          rules: {
            type: 'array',
            items: {
              ...OPEN,
              required: ['name'],
              properties: { name: { type: 'string', maxLength: 63 }, verifyImages: withoutDescriptions(fragment.verifyImages) }
            }
          }
        }
      },
      status: OPEN
    }
  }
  files.set('clusterpolicy.v1.json', {
    source: {
      repository: KYVERNO_FRAGMENT.repository,
      commit: KYVERNO_FRAGMENT.commit,
      file: KYVERNO_FRAGMENT.file,
      crd: 'clusterpolicies.kyverno.io',
      version: 'v1',
      part: KYVERNO_FRAGMENT.part,
      envelope: 'apiVersion, kind, metadata, spec.rules[].name written by scripts/policy-schemas.ts; other rule fields are not checked',
      descriptions: 'removed'
    },
    group: 'kyverno.io',
    version: 'v1',
    kinds: ['ClusterPolicy', 'Policy'],
    openAPIV3Schema: envelope
  })
  return files
}

export function render(schema: Json): string {
  return JSON.stringify(schema, null, 1) + '\n'
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const dir = argv.find(a => a !== '--check') ?? process.env.SEAL_ADMISSION_DIR
  if (!dir) {
    process.stderr.write('usage: tsx scripts/policy-schemas.ts DIR [--check]   (DIR: the admission test data, or set SEAL_ADMISSION_DIR)\n')
    return 2
  }
  let stale = 0
  for (const [name, schema] of await extractSchemas(dir)) {
    const path = join(SCHEMA_DIR, name)
    const text = render(schema)
    const old = await readFile(path, 'utf8').catch(() => '')
    if (old === text) continue
    if (check) {
      process.stderr.write(`${name} differs from the CRD it is generated from\n`)
      stale++
    } else {
      await writeFileAtomic(path, text)
      process.stdout.write(`wrote ${name}\n`)
    }
  }
  return stale ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
