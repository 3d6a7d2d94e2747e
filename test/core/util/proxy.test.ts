import { networkHint, proxySettings } from '../../../src/core/util/http.js'

describe('proxySettings', () => {
  it('is undefined without proxy variables, whatever NO_PROXY says', () => {
    expect(proxySettings({})).toBeUndefined()
    expect(proxySettings({ NO_PROXY: '*', HTTPS_PROXY: '  ' })).toBeUndefined()
  })

  it('reads both cases, lowercase first, and NO_PROXY as given', () => {
    expect(proxySettings({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', NO_PROXY: 'registry.corp, .internal' })).toEqual({
      httpProxy: '',
      httpsProxy: 'http://lower:3128/',
      noProxy: 'registry.corp, .internal'
    })
    expect(proxySettings({ HTTP_PROXY: 'http://p:8080', no_proxy: 'a' })).toEqual({ httpProxy: 'http://p:8080/', httpsProxy: '', noProxy: 'a' })
  })

  it('takes host:port without a scheme as an http proxy', () => {
    expect(proxySettings({ HTTPS_PROXY: 'proxy.corp:3128' })?.httpsProxy).toBe('http://proxy.corp:3128/')
  })

  it('refuses a proxy that is not an http(s) URL, naming the variable', () => {
    expect(() => proxySettings({ HTTPS_PROXY: 'socks5://proxy:1080' })).toThrow(/`HTTPS_PROXY` must be an http\(s\) proxy URL/)
    expect(() => proxySettings({ http_proxy: 'http://[bad' })).toThrow(/`HTTP_PROXY` must be/)
  })
})

describe('networkHint', () => {
  it('names NODE_EXTRA_CA_CERTS for a certificate from an unknown CA, found in the cause chain', () => {
    const err = new TypeError('fetch failed', {
      cause: Object.assign(new Error('unable to verify the first certificate'), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' })
    })
    expect(networkHint(err)).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE.*NODE_EXTRA_CA_CERTS/)
  })

  it('has nothing to say about other failures', () => {
    expect(networkHint(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeUndefined()
    expect(networkHint(undefined)).toBeUndefined()
  })
})
