import { join } from 'node:path'

import { ESLint } from 'eslint'

import { ROOT } from '../../scripts/readme.js'

// The project's own eslint.config.js, run on small files placed where the layer rules apply.
// lintText needs no file on disk: the imports resolve from the directory filePath names.
const eslint = new ESLint({ cwd: ROOT })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) })
  return result.messages.map(m => `${m.ruleId}: ${m.message}`)
}

/** The rules that report `code` placed at filePath. */
async function rules(filePath: string, code: string): Promise<string[]> {
  return (await problems(filePath, code)).map(p => p.slice(0, p.indexOf(':')))
}

const LAYERS = ['import-x/no-restricted-paths']

describe('the layer rules', () => {
  it('reject @actions/* anywhere under src/core, as a static or a lazy import', async () => {
    expect(await problems('src/core/trust/x.ts', "import { info } from '@actions/core'\nexport const x = info\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only src\/actions imports @actions/)
    ])
    expect(await problems('src/core/x.ts', "export const x = () => import('@actions/tool-cache')\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*only src\/actions imports @actions/)
    ])
    expect(await rules('src/core/setup/x.ts', "export type X = typeof import('@actions/tool-cache')\n")).toEqual(['no-restricted-syntax'])
  })

  it('let the actions import @actions/*', async () => {
    expect(await problems('src/actions/setup/x.ts', "export const x = () => import('@actions/tool-cache')\n")).toEqual([])
  })

  it('reject an action reaching past src/core/index.js into steps/', async () => {
    const found = await problems('src/actions/sign/x.ts', "import { runSignStep } from '../../core/steps/sign.js'\nexport const x = runSignStep\n")
    expect(found).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*"\.\.\/\.\.\/core\/steps\/sign\.js".*through src\/core\/index\.js and src\/core\/sign-step\.js only/
      )
    ])
    expect(await rules('src/actions/shared/x.ts', "import { runSignStep } from '../../core/steps/sign.js'\nexport const x = runSignStep\n")).toEqual(LAYERS)
  })

  it("reject an action importing another step's entry (its bundle would carry that step's code)", async () => {
    expect(await rules('src/actions/sign/x.ts', "import { runVerifyStep } from '../../core/verify-step.js'\nexport const x = runVerifyStep\n")).toEqual(LAYERS)
    expect(await rules('src/actions/shared/x.ts', "import { runSignStep } from '../../core/sign-step.js'\nexport const x = runSignStep\n")).toEqual(LAYERS)
    expect(await rules('src/actions/setup/x.ts', "import { runAttestStep } from '../../core/attest-step.js'\nexport const x = runAttestStep\n")).toEqual(LAYERS)
  })

  it('reject the CLI importing a domain folder, and an action importing tools.js', async () => {
    expect(await rules('src/cli/x.ts', "import { loadTrust } from '../core/trust/root.js'\nexport const x = loadTrust\n")).toEqual(LAYERS)
    expect(await rules('src/actions/verify/x.ts', "import { parseBundle } from '../../core/tools.js'\nexport const x = parseBundle\n")).toEqual(LAYERS)
  })

  it('keep util at the bottom and oci, keys and formats above it only', async () => {
    expect(await rules('src/core/util/x.ts', "import { parseDigest } from '../subjects/digest.js'\nexport const x = parseDigest\n")).toEqual(LAYERS)
    expect(await rules('src/core/oci/x.ts', "import { loadTrust } from '../trust/root.js'\nexport const x = loadTrust\n")).toEqual(LAYERS)
    expect(await problems('src/core/keys/x.ts', "import { SealError } from '../util/errors.js'\nexport const x = SealError\n")).toEqual([])
  })

  it('keep domain folders below steps/ and the entries, and steps/ below the entries', async () => {
    expect(await rules('src/core/policy/x.ts', "import type { StepContext } from '../steps/context.js'\nexport type X = StepContext\n")).toEqual(LAYERS)
    expect(await rules('src/core/verify/x.ts', "import { SealError } from '../index.js'\nexport const x = SealError\n")).toEqual(LAYERS)
    expect(await rules('src/core/steps/x.ts', "import { SealError } from '../index.js'\nexport const x = SealError\n")).toEqual(LAYERS)
    expect(await rules('src/core/steps/x.ts', "import { runSignStep } from '../sign-step.js'\nexport const x = runSignStep\n")).toEqual(LAYERS)
  })

  it('pass the imports the layers allow', async () => {
    const legal: [string, string][] = [
      ['src/actions/sign/x.ts', "import { SealError } from '../../core/index.js'\nexport const x = SealError\n"],
      ['src/actions/verify/x.ts', "import { runVerifyStep } from '../../core/verify-step.js'\nexport const x = runVerifyStep\n"],
      ['src/cli/x.ts', "import { runAttestStep } from '../core/attest-step.js'\nexport const x = runAttestStep\n"],
      ['src/actions/setup/x.ts', "import * as setup from '../../core/setup/index.js'\nexport const x = setup\n"],
      ['src/cli/x.ts', "import { parseBundle } from '../core/tools.js'\nexport const x = parseBundle\n"],
      [
        'src/core/steps/x.ts',
        "import { SealError } from '../util/errors.js'\nimport * as trust from '../trust/root.js'\nexport const x = [SealError, trust]\n"
      ],
      ['src/core/formats/x.ts', "import * as oci from '../oci/types.js'\nexport const x = oci\n"]
    ]
    for (const [filePath, code] of legal) expect({ filePath, problems: await problems(filePath, code) }).toEqual({ filePath, problems: [] })
  })
})

describe('the cycle rule', () => {
  it('reports both modules of a two-module cycle', async () => {
    // The fixtures are outside the main run (eslint.config.js ignores them), so this run turns ignoring off.
    const withFixtures = new ESLint({ cwd: ROOT, ignore: false })
    const results = await withFixtures.lintFiles(['cycle-a.ts', 'cycle-b.ts'].map(f => join(ROOT, 'test/lint/fixtures', f)))
    expect(results.map(r => r.messages.map(m => m.ruleId))).toEqual([['import-x/no-cycle'], ['import-x/no-cycle']])
  })
})
