/**
 * The workflows in examples/ are complete GitHub workflows, and every step
 * that uses one of seal's actions passes only declared inputs, gives every
 * required one, and passes the action's own input validation (with the
 * defaults from action.yml applied, as the runner does).
 */
import { generateKeyPairSync } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { parse } from 'yaml'

import { messageOf } from '../../src/core/util/errors.js'
import { buildExpectations } from '../../src/core/verify/index.js'
import { readAttestInputs, readSignInputs, readVerifyInputs, type InputGetter } from '../../src/core/inputs/read.js'
import { readSetupInputs } from '../../src/core/setup/inputs.js'
import { loadActions, ROOT, type ActionSpec } from '../../scripts/readme.js'

const EXAMPLES = join(ROOT, 'examples')

/**
 * The seal action a `uses:` names, by its id ('setup', 'sign-action', ...), or
 * undefined for any other action: `./sign-action`, `./`, `org/seal/sign-action@v1`,
 * `org/seal@v1`.
 */
export function sealActionOf(uses: string, ids: readonly string[]): string | undefined {
  const local = /^\.\/?([a-z-]*)\/?$/.exec(uses)
  if (local) {
    const id = local[1] === '' ? 'setup' : local[1]
    return ids.includes(id) ? id : undefined
  }
  const remote = /^[A-Za-z0-9_.-]+\/seal(?:\/([a-z-]+))?@[^@\s]+$/.exec(uses)
  if (!remote) return undefined
  const id = remote[1] ?? 'setup'
  return ids.includes(id) ? id : undefined
}

/** What the runner would pass for a `with:` value: expressions become a plain word. */
function runnerValue(value: unknown): string {
  return String(value).replace(/\$\{\{[\s\S]*?\}\}/g, 'expr')
}

/** A public key standing in for a `key` input that names a file (the action reads the file first). */
const STAND_IN_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()

/** Runs the action's own input validation, as its entry point would. */
function validate(id: string, get: InputGetter): void {
  switch (id) {
    case 'setup':
      readSetupInputs(get)
      return
    case 'sign-action':
      readSignInputs(get)
      return
    case 'verify-action': {
      const inputs = readVerifyInputs(get)
      buildExpectations(inputs.key && !inputs.key.includes('-----BEGIN') ? { ...inputs, key: STAND_IN_KEY } : inputs, {})
      return
    }
    case 'attest-action':
      readAttestInputs(get)
      return
    default:
      throw new Error(`no validation for ${id}`)
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Problems of one workflow document, each naming the job and step. */
export function checkWorkflow(doc: unknown, specs: readonly ActionSpec[]): string[] {
  const problems: string[] = []
  if (!isRecord(doc)) return ['the file is not a YAML mapping']
  if (doc.on === undefined) problems.push('no `on:` trigger')
  if (!isRecord(doc.jobs) || Object.keys(doc.jobs).length === 0) {
    problems.push('no `jobs:`')
    return problems
  }
  const ids = specs.map(s => s.id)
  let sealSteps = 0
  for (const [jobName, job] of Object.entries(doc.jobs)) {
    if (!isRecord(job)) {
      problems.push(`job ${jobName} is not a mapping`)
      continue
    }
    if (typeof job.uses === 'string') continue // a reusable workflow call
    if (job['runs-on'] === undefined) problems.push(`job ${jobName} has no runs-on`)
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      problems.push(`job ${jobName} has no steps`)
      continue
    }
    job.steps.forEach((step: unknown, i: number) => {
      const where = `job ${jobName}, step ${i + 1}`
      if (!isRecord(step)) {
        problems.push(`${where} is not a mapping`)
        return
      }
      if ((step.uses === undefined) === (step.run === undefined)) {
        problems.push(`${where} needs exactly one of uses and run`)
        return
      }
      if (typeof step.uses !== 'string') return
      const id = sealActionOf(step.uses, ids)
      if (!id) return
      sealSteps++
      const spec = specs.find(s => s.id === id) as ActionSpec
      if (step.with !== undefined && !isRecord(step.with)) {
        problems.push(`${where} (${step.uses}): with: is not a mapping`)
        return
      }
      const given = (step.with ?? {}) as Record<string, unknown>
      const declared = new Map(spec.inputs.map(input => [input.name, input]))
      for (const key of Object.keys(given)) {
        if (!declared.has(key)) problems.push(`${where} (${step.uses}): \`${key}\` is not an input of ${spec.file}`)
      }
      for (const input of spec.inputs) {
        if (input.required && given[input.name] === undefined) problems.push(`${where} (${step.uses}): required input \`${input.name}\` is missing`)
      }
      const get: InputGetter = name => (given[name] !== undefined ? runnerValue(given[name]) : (declared.get(name)?.default ?? ''))
      try {
        validate(id, get)
      } catch (err) {
        problems.push(`${where} (${step.uses}): ${messageOf(err)}`)
      }
    })
  }
  if (sealSteps === 0) problems.push('no step uses a seal action')
  return problems
}

let specs: ActionSpec[]
let files: string[]

beforeAll(async () => {
  specs = await loadActions()
  files = (await readdir(EXAMPLES, { withFileTypes: true }))
    .filter(e => e.isFile() && /\.ya?ml$/.test(e.name))
    .map(e => e.name)
    .sort()
})

describe('examples/*.yml', () => {
  it('has a workflow for each quick start', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'sign-verify-files.yml',
        'attest-sbom.yml',
        'sign-verify-image.yml',
        'airgapped-verify.yml',
        'private-sigstore.yml',
        'key-based.yml'
      ])
    )
  })

  it('every example is a valid-looking workflow whose seal steps use declared, valid inputs', async () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const name of files) {
      const doc = parse(await readFile(join(EXAMPLES, name), 'utf8'))
      expect({ name, problems: checkWorkflow(doc, specs) }).toEqual({ name, problems: [] })
    }
  })

  it('the image example grants packages: write where it signs, and the air-gapped one verifies offline from a layout', async () => {
    const image = parse(await readFile(join(EXAMPLES, 'sign-verify-image.yml'), 'utf8'))
    expect(image.jobs.build.permissions).toMatchObject({ packages: 'write', 'id-token': 'write' })
    const airgap = parse(await readFile(join(EXAMPLES, 'airgapped-verify.yml'), 'utf8'))
    const verifyStep = airgap.jobs.verify.steps.find(
      (s: { uses?: string }) =>
        s.uses &&
        sealActionOf(
          s.uses,
          specs.map(x => x.id)
        ) === 'verify-action'
    )
    expect(verifyStep.with).toMatchObject({ 'local-image': expect.any(String), offline: true, 'trusted-root': expect.any(String) })
    expect(airgap.jobs.fetch.steps.some((s: { run?: string }) => /\bseal save\b.*--dir/.test(s.run ?? ''))).toBe(true)
  })
})

describe('checkWorkflow', () => {
  const workflow = (steps: unknown[]) => ({ on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', steps } } })

  it('reports an input the action does not declare', () => {
    const problems = checkWorkflow(workflow([{ uses: 'org/seal/sign-action@v1', with: { 'subject-path': 'x', 'output-signature': 'y' } }]), specs)
    expect(problems).toEqual([expect.stringContaining('`output-signature` is not an input of sign-action/action.yml')])
  })

  it('reports a missing required input', () => {
    const strict: ActionSpec[] = specs.map(s =>
      s.id === 'verify-action' ? { ...s, inputs: s.inputs.map(i => (i.name === 'certificate-identity' ? { ...i, required: true } : i)) } : s
    )
    const problems = checkWorkflow(workflow([{ uses: './verify-action', with: { 'subject-path': 'x', 'certificate-identity-regexp': '.*' } }]), strict)
    expect(problems).toEqual([expect.stringContaining('required input `certificate-identity` is missing')])
  })

  it("runs the action's own validation: a sign step with nothing to sign, a verify step without an identity", () => {
    expect(checkWorkflow(workflow([{ uses: 'org/seal/sign-action@v1', with: { 'bundle-dir': 'b' } }]), specs)).toEqual([
      expect.stringContaining('Give `subject-path`')
    ])
    expect(checkWorkflow(workflow([{ uses: 'org/seal/verify-action@v1', with: { 'subject-path': 'x' } }]), specs)).toEqual([
      expect.stringContaining('no signer identity given')
    ])
    expect(
      checkWorkflow(workflow([{ uses: 'org/seal/verify-action@v1', with: { 'subject-path': 'x', key: 'cosign.pub', 'certificate-identity': 'i' } }]), specs)
    ).toEqual([expect.stringContaining('`key` verifies key-based signatures')])
    expect(checkWorkflow(workflow([{ uses: 'org/seal@v1', with: { 'cosign-release': 'latest' } }]), specs)).toEqual([
      expect.stringContaining('`cosign-release` must be a release tag')
    ])
  })

  it('applies action.yml defaults and treats expressions as values', () => {
    const steps = [{ uses: 'org/seal/attest-action@v1', with: { image: '${{ env.IMAGE }}@${{ steps.b.outputs.digest }}', 'push-to-registry': true } }]
    expect(checkWorkflow(workflow(steps), specs)).toEqual([])
  })

  it('reports workflows without a trigger, jobs, steps or any seal step', () => {
    expect(checkWorkflow({ jobs: { a: { 'runs-on': 'x', steps: [{ uses: './' }] } } }, specs)).toEqual(['no `on:` trigger'])
    expect(checkWorkflow({ on: 'push' }, specs)).toEqual(['no `jobs:`'])
    expect(checkWorkflow({ on: 'push', jobs: { a: { 'runs-on': 'x' } } }, specs)).toEqual(['job a has no steps', 'no step uses a seal action'])
    expect(checkWorkflow(workflow([{ run: 'make' }, { uses: 'x', run: 'y' }]), specs)).toEqual([
      'job a, step 2 needs exactly one of uses and run',
      'no step uses a seal action'
    ])
  })

  it('recognises local and published references to each seal action, and nothing else', () => {
    const ids = specs.map(s => s.id)
    expect(sealActionOf('./sign-action', ids)).toBe('sign-action')
    expect(sealActionOf('./verify-action/', ids)).toBe('verify-action')
    expect(sealActionOf('./', ids)).toBe('setup')
    expect(sealActionOf('org/seal@v1', ids)).toBe('setup')
    expect(sealActionOf('my-org/seal/attest-action@0123abcd', ids)).toBe('attest-action')
    expect(sealActionOf('actions/checkout@v4', ids)).toBeUndefined()
    expect(sealActionOf('org/sealant/sign-action@v1', ids)).toBeUndefined()
    expect(sealActionOf('org/seal/other-action@v1', ids)).toBeUndefined()
  })
})
