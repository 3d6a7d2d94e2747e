import { startRegistry } from '../registry.js'

describe('startRegistry', () => {
  it('fails, never skips, when docker-registry is not installed', async () => {
    await expect(startRegistry({ binary: '/nonexistent/docker-registry' })).rejects.toThrow(
      "/nonexistent/docker-registry is missing: the registry tests need Debian's docker-registry package. Install it with `apt-get install docker-registry`."
    )
  })

  it('serves /v2/ anonymously, or challenges with Basic or Bearer', async () => {
    for (const [auth, challenge] of [
      ['none', null],
      ['basic', /^Basic realm="seal-test"/],
      ['token', /^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/token",service="seal-test-registry"/]
    ] as const) {
      const registry = await startRegistry({ auth })
      try {
        expect(registry.url).toBe(`http://${registry.host}`)
        const res = await fetch(`${registry.url}/v2/`)
        await res.body?.cancel()
        expect(res.status).toBe(challenge ? 401 : 200)
        if (challenge) expect(res.headers.get('www-authenticate')).toMatch(challenge)
      } finally {
        await registry.close()
      }
      await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow()
    }
  })
})
