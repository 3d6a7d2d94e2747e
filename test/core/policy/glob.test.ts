import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { compileGlob, ggcrName, kyvernoImageString, matchGlob, matchWildcard, selects } from '../../../src/core/policy/glob.js'

const D = 'sha256:' + 'a'.repeat(64)
const ADMISSION_DIR = process.env.SEAL_ADMISSION_DIR

describe('policy-controller globs', () => {
  // Rows from the reference's admission-form table (the string is always repo@digest there).
  it.each([
    [`ghcr.io/org/app@${D}`, 'ghcr.io/org/app', false],
    [`ghcr.io/org/app@${D}`, 'ghcr.io/org/app*', true],
    [`ghcr.io/org/app-other@${D}`, 'ghcr.io/org/app*', true],
    [`ghcr.io/org/app@${D}`, 'ghcr.io/org/app@*', true],
    [`ghcr.io/org/app@${D}`, 'ghcr.io/org/app**', true],
    [`ghcr.io/org/app:v1@${D}`, 'ghcr.io/org/app:*', false],
    [`ghcr.io/org/team/app@${D}`, 'ghcr.io/org/*', false],
    [`ghcr.io/org/team/app@${D}`, 'ghcr.io/org/**', true],
    [`nginx@${D}`, 'nginx*', false],
    [`nginx@${D}`, '*', true],
    [`docker.io/library/nginx@${D}`, 'docker.io/library/nginx*', false],
    [`nginx@${D}`, 'index.docker.io/library/nginx*', true],
    [`myuser/myapp@${D}`, '*/*', true],
    [`127.0.0.1:5000/app@${D}`, '127.0.0.1:5000/app@*', true]
  ])('%s against %s: %s', (image, glob, want) => {
    // As at admission: the glob sees only the fully qualified name, never the raw string.
    expect(selects({ language: 'pc-glob', include: [glob], exclude: [] }, image)).toBe(want)
  })

  it('the tester fallback also tries the raw string', () => {
    expect(matchGlob('nginx*', `nginx@${D}`)).toBe(true)
  })

  it('names images as go-containerregistry does', () => {
    expect(ggcrName('nginx')).toBe('index.docker.io/library/nginx:latest')
    expect(ggcrName(`docker.io/nginx:1@${D}`)).toBe(`index.docker.io/library/nginx@${D}`)
    expect(ggcrName('GHCR.IO/org/app:v1')).toBe('GHCR.IO/org/app:v1')
    expect(() => ggcrName('ghcr.io/Org/app')).toThrow(/not a valid image reference/)
  })

  it('rejects globs with characters the controller rejects', () => {
    for (const g of ['.+', '[a-z]*', 'app?', 'a{b,c}']) expect(() => compileGlob(g)).toThrow(/may only hold/)
  })

  it('seal globs do not rewrite * to Docker Hub', () => {
    expect(selects({ language: 'seal-glob', include: ['*'], exclude: [] }, `nginx@${D}`)).toBe(false)
    expect(selects({ language: 'pc-glob', include: ['*'], exclude: [] }, `nginx@${D}`)).toBe(true)
  })
})

describe('Kyverno wildcards', () => {
  it.each([
    ['nginx:latest', 'nginx:latest', true],
    ['nginx:latest', 'nginx:*', true],
    ['ghcr.io/repo/img:v1', 'ghcr.io/*', true],
    ['redis:6', 'nginx:*', false],
    ['ghcr.io/org/app:v1', 'ghcr.io/org/ap?:v1', true],
    ['ghcr.io/org/app:v1', 'ghcr.io/org/a?:v1', false],
    ['GHCR.IO/org/app:v1', 'ghcr.io/*', false],
    ['abc', 'a*b*c*', true],
    ['abd', 'a*c', false]
  ])('%s against %s: %s', (text, pattern, want) => {
    expect(matchWildcard(pattern, text)).toBe(want)
  })

  it('names images as Kyverno does (docker.io, no library/, tag dropped with a digest)', () => {
    expect(kyvernoImageString('nginx')).toBe('docker.io/nginx:latest')
    expect(kyvernoImageString(`ghcr.io/org/app:v1@${D}`)).toBe(`ghcr.io/org/app@${D}`)
    const sel = { language: 'wildcard' as const, include: ['ghcr.io/org/*'], exclude: ['ghcr.io/org/skip*'] }
    expect(selects(sel, `ghcr.io/org/team/app@${D}`)).toBe(true)
    expect(selects(sel, `ghcr.io/org/skip-me@${D}`)).toBe(false)
    expect(selects({ language: 'wildcard', include: ['ghcr.io/org/app:*'], exclude: [] }, `ghcr.io/org/app:v1@${D}`)).toBe(false)
  })
})

;(ADMISSION_DIR ? describe : describe.skip)('the reference glob and wildcard tables (SEAL_ADMISSION_DIR)', () => {
  const cases = () => JSON.parse(readFileSync(join(ADMISSION_DIR!, 'derived', 'image-matching-cases.json'), 'utf8'))

  it('policy-controller glob_test.go rows', () => {
    const rows = cases().policy_controller_glob_test_table.cases as { image: string; glob: string; wantMatch: boolean; wantErr: boolean }[]
    expect(rows.length).toBeGreaterThan(40)
    for (const r of rows) {
      if (r.wantErr) expect(() => matchGlob(r.glob, r.image)).toThrow()
      else expect([r.image, r.glob, matchGlob(r.glob, r.image)]).toEqual([r.image, r.glob, r.wantMatch])
    }
  })

  it('policy-controller admission-form rows', () => {
    for (const r of cases().policy_controller_admission_form_computed.cases as { refName: string; glob: string; match: boolean }[]) {
      expect([r.refName, r.glob, compileGlob(r.glob).test(r.refName)]).toEqual([r.refName, r.glob, r.match])
    }
  })

  it('Kyverno ImageMatches and admission-form rows', () => {
    const c = cases()
    for (const r of c.kyverno_ImageMatches_test_table.cases as { image: string; patterns: string[]; want: boolean }[]) {
      expect([r.image, r.patterns.some(p => matchWildcard(p, r.image))]).toEqual([r.image, r.want])
    }
    for (const r of c.kyverno_clusterpolicy_admission_form_computed.cases as { imageInfoString: string; pattern: string; match: boolean }[]) {
      expect([r.imageInfoString, r.pattern, matchWildcard(r.pattern, r.imageInfoString)]).toEqual([r.imageInfoString, r.pattern, r.match])
    }
  })
})
