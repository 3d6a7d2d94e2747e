import { defaultIssuer, githubHost, serverURLOf } from '../../../src/core/github/host.js'

describe('githubHost', () => {
  it('tells github.com, ghe.com tenants and GitHub Enterprise Server apart', () => {
    expect(githubHost('github.com')).toMatchObject({ kind: 'dotcom', apiURL: 'https://api.github.com', issuer: 'https://token.actions.githubusercontent.com' })
    expect(githubHost('Octo.GHE.com')).toEqual({
      hostname: 'octo.ghe.com',
      kind: 'tenant',
      tenant: 'octo',
      serverURL: 'https://octo.ghe.com',
      apiURL: 'https://api.octo.ghe.com',
      issuer: 'https://token.actions.octo.ghe.com'
    })
    expect(githubHost('git.example.com')).toMatchObject({
      kind: 'server',
      apiURL: 'https://git.example.com/api/v3',
      issuer: 'https://git.example.com/_services/token'
    })
  })

  it('refuses URLs, ports and paths', () => {
    for (const bad of ['https://github.com', 'github.com:443', 'github.com/x', 'localhost', '']) {
      expect(() => githubHost(bad)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining('`hostname`') }))
    }
  })

  it('defaults to the run, then to github.com', () => {
    expect(serverURLOf(undefined, { GITHUB_SERVER_URL: 'https://ghes.example/' })).toBe('https://ghes.example')
    expect(serverURLOf(undefined, {})).toBe('https://github.com')
    expect(serverURLOf('octo.ghe.com', { GITHUB_SERVER_URL: 'https://github.com' })).toBe('https://octo.ghe.com')
    expect(defaultIssuer(undefined)).toBe('https://token.actions.githubusercontent.com')
  })
})
