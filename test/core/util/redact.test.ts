import { redact } from '../../../src/core/util/redact.js'
import { describeServiceError } from '../../../src/core/sign/services.js'

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'

describe('redact', () => {
  it('removes JWT-shaped text and listed secrets', () => {
    expect(redact(`invalid identity token: ${JWT}`)).toBe('invalid identity token: ***')
    expect(redact('password hunter22 was wrong', ['hunter22'])).toBe('password *** was wrong')
    expect(redact('short', ['ab'])).toBe('short')
  })
})

describe('describeServiceError', () => {
  it('never uses the text of a token parse error', () => {
    const err = Object.assign(new Error(`invalid identity token: ${JWT}`), { code: 'IDENTITY_TOKEN_PARSE_ERROR' })
    const out = describeServiceError('fulcio', 'https://fulcio.example', err)
    expect(out.code).toBe('TOKEN_INVALID')
    expect(out.describe()).not.toContain(JWT)
  })

  it('names the service, URL and status, and redacts the server message', () => {
    const cause = Object.assign(new Error(`bad token ${JWT}`), { statusCode: 401 })
    const err = Object.assign(new Error('error creating signing certificate - bad token'), { code: 'CA_CREATE_SIGNING_CERTIFICATE_ERROR', cause })
    const out = describeServiceError('fulcio', 'https://fulcio.example', err)
    expect(out.code).toBe('FULCIO_ERROR')
    expect(out.describe()).toMatch(/Fulcio at https:\/\/fulcio\.example answered HTTP 401/)
    expect(out.describe()).toMatch(/oidc-audience/)
    expect(out.describe()).not.toContain(JWT)
  })

  it('explains an unreachable service with the input to check', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })
    const err = Object.assign(new Error('error creating tlog entry'), { code: 'TLOG_CREATE_ENTRY_ERROR', cause })
    const out = describeServiceError('rekor', 'http://127.0.0.1:9', err)
    expect(out.code).toBe('REKOR_ERROR')
    expect(out.describe()).toMatch(/Could not reach Rekor at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\).*`rekor-url`/)
  })

  it('calls 5xx a service problem', () => {
    const err = Object.assign(new Error('x'), { statusCode: 503 })
    expect(describeServiceError('tsa', 'http://t', err).describe()).toMatch(/HTTP 503.*re-run the step later/)
  })
})
