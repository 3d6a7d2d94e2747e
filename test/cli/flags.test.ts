/**
 * The command line and the actions take the same options: every input of
 * sign-action, verify-action and attest-action is a flag of the same name on
 * `seal sign`, `seal verify` and `seal attest`, and every flag of those
 * commands is an input, except the few that only make sense on a terminal.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import {
  ATTEST_OPTIONS,
  GENERATE_KEY_PAIR_OPTIONS,
  IMPORT_KEY_PAIR_OPTIONS,
  SAVE_OPTIONS,
  SIGN_BUNDLE_OPTIONS,
  SIGN_OPTIONS,
  TRIANGULATE_OPTIONS,
  TRUSTED_ROOT_CREATE_OPTIONS,
  VERIFY_BUNDLE_OPTIONS,
  VERIFY_OPTIONS,
  type Options
} from '../../src/cli/options.js'
import { ROOT } from '../support/runner.js'

type Inputs = Record<string, { default?: string }>

function inputsOf(file: string): Inputs {
  return (parse(readFileSync(join(ROOT, file), 'utf8')) as { inputs: Inputs }).inputs
}

/** Flags of a command that are no action input, each with the reason. */
const CLI_ONLY: Record<string, Record<string, string>> = {
  sign: { json: 'the action always sets the `results` output; on a terminal --json prints it instead of one line per signature' },
  verify: { json: 'the action always sets the `results` output; on a terminal --json prints it instead of OK/FAIL lines' },
  attest: { json: 'the action always sets the `results` output; on a terminal --json prints it instead of one summary line' }
}

const COMMANDS: [command: string, action: string, options: Options][] = [
  ['sign', 'sign-action/action.yml', SIGN_OPTIONS],
  ['verify', 'verify-action/action.yml', VERIFY_OPTIONS],
  ['attest', 'attest-action/action.yml', ATTEST_OPTIONS]
]

describe.each(COMMANDS)('seal %s and %s', (command, action, options) => {
  const inputs = inputsOf(action)

  it('has a flag for every input', () => {
    expect(Object.keys(inputs).filter(name => !(name in options))).toEqual([])
  })

  it('has an input for every flag but the listed terminal-only ones', () => {
    const only = CLI_ONLY[command]
    expect(Object.keys(options).filter(name => !(name in inputs) && !(name in only))).toEqual([])
    // The exceptions stay true: each is a flag, and none has become an input.
    for (const name of Object.keys(only)) {
      expect(options[name]).toBeDefined()
      expect(inputs[name]).toBeUndefined()
    }
  })

  it('takes true/false inputs as switches (--x, --no-x) and the rest as values', () => {
    for (const [name, input] of Object.entries(inputs)) {
      const boolean = input.default === 'true' || input.default === 'false'
      expect([name, options[name].kind === 'switch']).toEqual([name, boolean || name === 'tlog-upload'])
    }
  })

  it('repeats the multi-line inputs: subject-path, image, and the one-per-line lists (annotations, subject-digest, platform)', () => {
    const lists = Object.keys(options).filter(name => options[name].kind === 'list')
    expect(lists.slice(0, 2)).toEqual(['subject-path', 'image'])
    expect(lists.slice(2).filter(name => !['annotations', 'subject-digest', 'platform'].includes(name))).toEqual([])
    for (const name of lists.slice(2)) expect([name, inputs[name]?.default]).toEqual([name, ''])
  })
})

describe('the setup action (action.yml)', () => {
  // The setup action installs seal (and optionally cosign) on a runner. Its inputs say
  // which cosign release to fetch and how to verify it, and how patient the download is;
  // once seal runs, it is installed, so no command takes them as flags.
  const setupOnly = Object.keys(inputsOf('action.yml')).filter(name => name.startsWith('cosign-'))

  it('has inputs about installing cosign, which no command takes', () => {
    expect(setupOnly.length).toBeGreaterThan(0)
    const every = [
      SIGN_OPTIONS,
      VERIFY_OPTIONS,
      ATTEST_OPTIONS,
      SAVE_OPTIONS,
      TRIANGULATE_OPTIONS,
      GENERATE_KEY_PAIR_OPTIONS,
      IMPORT_KEY_PAIR_OPTIONS,
      TRUSTED_ROOT_CREATE_OPTIONS,
      SIGN_BUNDLE_OPTIONS,
      VERIFY_BUNDLE_OPTIONS
    ]
    for (const options of every) expect(setupOnly.filter(name => name in options)).toEqual([])
  })
})
