import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { downloadFile, downloadRetryPolicy, downloadText } from '../../../src/core/setup/download.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server
let base: string
let dir: string
let handlers: Handler[] = []
let hits = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
    const h = handlers.length > 1 ? handlers.shift()! : handlers[0]
    h(req, res)
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = await mkdtemp(join(tmpdir(), 'seal-download-'))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(r => server.close(r))
  await rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  hits = 0
  handlers = []
})

const opts = { timeoutMs: 2000, retries: 2, input: 'cosign-download-url' }
const body = Buffer.alloc(300_000, 7)
const ok: Handler = (_req, res) => res.writeHead(200).end(body)
const status =
  (code: number): Handler =>
  (_req, res) =>
    res.writeHead(code).end('nope')

describe('downloadFile', () => {
  it('streams to the destination and hashes on the way', async () => {
    handlers = [ok]
    const dest = join(dir, 'ok.bin')
    const file = await downloadFile(`${base}/ok.bin`, dest, opts)
    expect(file).toEqual({ path: dest, sha256: createHash('sha256').update(body).digest('hex'), size: body.length })
    expect(await readFile(dest)).toEqual(body)
    expect((await readdir(dir)).filter(f => f.endsWith('.part'))).toEqual([])
  })

  it('returns undefined for 404 without retrying', async () => {
    handlers = [status(404)]
    expect(await downloadFile(`${base}/missing`, join(dir, 'missing'), opts)).toBeUndefined()
    expect(hits).toBe(1)
  })

  it('retries 5xx and 429, then succeeds', async () => {
    handlers = [status(503), status(429), ok]
    const file = await downloadFile(`${base}/flaky`, join(dir, 'flaky'), opts)
    expect(file?.size).toBe(body.length)
    expect(hits).toBe(3)
  })

  it("waits as long as a 429's Retry-After asks before retrying", async () => {
    const arrivals: number[] = []
    const seen =
      (h: Handler): Handler =>
      (req, res) => {
        arrivals.push(Date.now())
        h(req, res)
      }
    // Without the header the first retry waits 125-250 ms.
    handlers = [seen((_req, res) => res.writeHead(429, { 'Retry-After': '1' }).end('slow down')), seen(ok)]
    const file = await downloadFile(`${base}/limited`, join(dir, 'limited'), opts)
    expect(file?.size).toBe(body.length)
    expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(950)
  })

  it('caps any wait between attempts at 8 s, however long Retry-After asks for', () => {
    const policy = downloadRetryPolicy(2)
    expect(policy.retries).toBe(2)
    expect(policy.delay(1, '3600')).toBe(8000)
    expect(policy.delay(1, '3')).toBe(3000)
    for (let attempt = 1; attempt < 20; attempt++) expect(policy.delay(attempt)).toBeLessThanOrEqual(8000)
  })

  it('gives up after the retries, naming the URL, the status and the input', async () => {
    handlers = [status(500)]
    const err = await downloadFile(`${base}/down`, join(dir, 'down'), { ...opts, retries: 1 }).catch(e => e)
    expect(err).toMatchObject({ code: 'DOWNLOAD_FAILED', message: `Could not download ${base}/down: HTTP 500 (2 attempts).` })
    expect(err.hint).toMatch(/`cosign-download-url`/)
    expect(hits).toBe(2)
  })

  it('does not retry a 403', async () => {
    handlers = [status(403)]
    await expect(downloadFile(`${base}/forbidden`, join(dir, 'forbidden'), opts)).rejects.toThrow(/HTTP 403\.$/)
    expect(hits).toBe(1)
  })

  it('aborts a stalled body, retries, and leaves no partial file', async () => {
    handlers = [
      (_req, res) => {
        res.writeHead(200)
        res.write(Buffer.alloc(1000))
        // ...and then nothing.
      }
    ]
    const dest = join(dir, 'stall.bin')
    const err = await downloadFile(`${base}/stall`, dest, { ...opts, timeoutMs: 200, retries: 1 }).catch(e => e)
    expect(err).toMatchObject({ code: 'DOWNLOAD_FAILED', message: `Could not download ${base}/stall: no data for 0.2 s (2 attempts).` })
    expect(hits).toBe(2)
    expect((await readdir(dir)).filter(f => f.startsWith('stall'))).toEqual([])
  })

  it('lets a slow but steady download take longer than the stall timeout', async () => {
    handlers = [
      (_req, res) => {
        res.writeHead(200)
        let n = 0
        const t = setInterval(() => {
          res.write(Buffer.alloc(10, n))
          if (++n === 8) {
            clearInterval(t)
            res.end()
          }
        }, 60)
      }
    ]
    const file = await downloadFile(`${base}/slow`, join(dir, 'slow'), { ...opts, timeoutMs: 250, retries: 0 })
    expect(file?.size).toBe(80)
  })

  it('names a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>(r => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise(r => closed.close(r))
    await expect(downloadFile(`http://127.0.0.1:${port}/x`, join(dir, 'x'), { ...opts, retries: 0 })).rejects.toThrow(/ECONNREFUSED/)
  })
})

describe('downloadText', () => {
  it('reads a text body', async () => {
    handlers = [(_req, res) => res.writeHead(200).end('abc  file\n')]
    expect(await downloadText(`${base}/sums`, opts)).toBe('abc  file\n')
  })

  it('refuses a body over the limit without retrying', async () => {
    handlers = [ok]
    await expect(downloadText(`${base}/big`, opts, 1000)).rejects.toThrow(/larger than 1000 bytes\.$/)
    expect(hits).toBe(1)
  })
})
