import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { eventPayload, repositoryVisibility } from '../../../src/core/github/event.js'
import { chooseInstance, describeInstance } from '../../../src/core/sign/instance.js'

async function event(payload: unknown): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-event-'))
  const path = join(dir, 'event.json')
  await writeFile(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return { GITHUB_EVENT_PATH: path }
}

describe('chooseInstance', () => {
  it("uses GitHub's instance for a private or internal repository, public-good for a public one", async () => {
    expect(chooseInstance('auto', await event({ repository: { visibility: 'private', private: true } }))).toEqual({
      instance: 'github',
      reason: 'the repository is private (`sigstore: auto`)'
    })
    expect(chooseInstance('auto', await event({ repository: { visibility: 'internal' } })).instance).toBe('github')
    expect(chooseInstance('auto', await event({ repository: { visibility: 'public', private: false } })).instance).toBe('public-good')
    expect(chooseInstance('auto', await event({ repository: { private: false } })).instance).toBe('public-good')
  })

  it('treats a payload that does not say public as private, and no payload as a run outside GitHub Actions', async () => {
    expect(chooseInstance('auto', await event({ action: 'opened' }))).toEqual({
      instance: 'github',
      reason: 'the event payload does not say the repository is public (`sigstore: auto`)'
    })
    expect(chooseInstance('auto', await event('not json')).instance).toBe('github')
    expect(chooseInstance('auto', {}).instance).toBe('public-good')
  })

  it('lets public-good and github force one, and says why', async () => {
    const priv = await event({ repository: { visibility: 'private' } })
    expect(chooseInstance('public-good', priv).instance).toBe('public-good')
    expect(chooseInstance('github', await event({ repository: { visibility: 'public' } })).instance).toBe('github')
    expect(describeInstance(chooseInstance('public-good', priv))).toBe('Sigstore instance: public-good Sigstore, as `sigstore: public-good`')
    expect(describeInstance(chooseInstance('auto', priv))).toBe(
      "Sigstore instance: GitHub's Sigstore instance, as the repository is private (`sigstore: auto`)"
    )
  })

  it('reads the payload once per path', async () => {
    const env = await event({ repository: { visibility: 'public' } })
    expect(repositoryVisibility(env)).toBe('public')
    await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify({ repository: { visibility: 'private' } }))
    expect(repositoryVisibility(env)).toBe('public')
    expect(eventPayload({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toBeUndefined()
  })
})
