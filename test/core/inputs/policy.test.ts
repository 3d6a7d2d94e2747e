import { readPolicyInputs } from '../../../src/core/inputs/policy.js'
import { readVerifyInputs } from '../../../src/core/inputs/read.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('policy inputs', () => {
  it('reads policy, no-match-policy and skip-unevaluable-policy', () => {
    expect(readPolicyInputs(getter({ policy: 'p.yaml', 'no-match-policy': 'Allow', 'skip-unevaluable-policy': 'true' }))).toEqual({
      policy: 'p.yaml',
      noMatchPolicy: 'allow',
      skipUnevaluablePolicy: true
    })
    expect(readPolicyInputs(getter({ policy: 'p.yaml' }))).toEqual({ policy: 'p.yaml', noMatchPolicy: undefined, skipUnevaluablePolicy: false })
    expect(readVerifyInputs(getter({ image: 'r.test/a@sha256:' + 'a'.repeat(64), policy: 'p.yaml' })).policy).toBe('p.yaml')
  })

  it('rejects values the controller does not know, and inputs the policy replaces', () => {
    expect(() => readPolicyInputs(getter({ policy: 'p.yaml', 'no-match-policy': 'block' }))).toThrow(/`no-match-policy` must be deny, warn or allow/)
    expect(() => readPolicyInputs(getter({ 'no-match-policy': 'allow' }))).toThrow(/apply with `policy`/)
    expect(() => readPolicyInputs(getter({ policy: 'p.yaml', 'certificate-identity': 'x' }))).toThrow(/leave `certificate-identity` empty/)
    expect(() => readPolicyInputs(getter({ policy: 'p.yaml', 'subject-path': 'a.txt' }))).toThrow(/applies to images/)
    expect(() => readPolicyInputs(getter({ policy: 'p.yaml', 'skip-unevaluable-policy': 'maybe' }))).toThrow(/must be true or false/)
  })
})
