export const id = 300;
export const ids = [300];
export const modules = {

/***/ 52038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ decodeBase64Text),
/* harmony export */   TS: () => (/* binding */ encodePem),
/* harmony export */   Wv: () => (/* binding */ looksLikePEM),
/* harmony export */   ct: () => (/* binding */ isSingleDER),
/* harmony export */   vj: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/**
 * PEM framing (RFC 7468): blocks of base64 between BEGIN/END lines. Every PEM
 * text seal reads or writes (keys, certificates, trusted-root material, cosign
 * annotations) goes through this module. Only the framing lives here; what the
 * DER inside means is decided by the callers.
 */

const LABEL = /^[A-Z0-9][A-Z0-9 ]*$/;
const DASHES = '-----';
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** True when the text holds at least one PEM BEGIN line. */
function looksLikePEM(text) {
    return text.includes('-----BEGIN ');
}
/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
function decodePemBlocks(text, what) {
    const blocks = [];
    for (const { type, inner, endType } of framedBlocks(text)) {
        if (type !== endType) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`);
        }
        const headers = {};
        const bodyLines = [];
        for (const raw of inner.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === '')
                continue;
            const colon = line.indexOf(':');
            if (colon > 0 && bodyLines.length === 0) {
                headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
                continue;
            }
            bodyLines.push(line);
        }
        const body = bodyLines.join('');
        if (!BASE64.test(body) || body.length % 4 !== 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`);
        }
        blocks.push({ type, der: Buffer.from(body, 'base64'), headers });
    }
    return blocks;
}
/**
 * The `-----BEGIN <label>-----` … `-----END <label>-----` frames of a text, in
 * order, each ending at the first END line after its BEGIN line. A scan with
 * indexOf, in time linear in the text: a regular expression with a lazy body
 * goes quadratic on many BEGIN lines without an END.
 */
function* framedBlocks(text) {
    let pos = 0;
    for (;;) {
        const begin = text.indexOf(BEGIN, pos);
        if (begin < 0)
            return;
        const typeEnd = text.indexOf(DASHES, begin + BEGIN.length);
        if (typeEnd < 0)
            return;
        const type = text.slice(begin + BEGIN.length, typeEnd);
        if (!LABEL.test(type)) {
            pos = begin + 1;
            continue;
        }
        const bodyStart = typeEnd + DASHES.length;
        // The first well-formed END line after the BEGIN line closes the block.
        let search = bodyStart;
        for (;;) {
            const end = text.indexOf(END, search);
            // No END line after this BEGIN line: none after any later one either.
            if (end < 0)
                return;
            const endTypeEnd = text.indexOf(DASHES, end + END.length);
            if (endTypeEnd < 0)
                return;
            const endType = text.slice(end + END.length, endTypeEnd);
            if (LABEL.test(endType)) {
                yield { type, inner: text.slice(bodyStart, end), endType };
                pos = endTypeEnd + DASHES.length;
                break;
            }
            search = end + 1;
        }
    }
}
/** A PEM block as Go's pem.EncodeToMemory writes it: 64-character lines, a trailing newline. */
function encodePem(type, der) {
    const body = Buffer.from(der).toString('base64');
    const lines = [];
    for (let i = 0; i < body.length; i += 64)
        lines.push(body.slice(i, i + 64));
    return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}
/** Decodes base64 text that may be wrapped over lines; undefined unless it is strictly base64. */
function decodeBase64Text(text) {
    const body = text.replace(/\s+/g, '');
    if (body === '' || !BASE64.test(body) || body.length % 4 !== 0)
        return undefined;
    return Buffer.from(body, 'base64');
}
/**
 * Whether bytes are exactly one DER element: a tag, a definite length and that
 * much content, with nothing after it. OpenSSL's parsers ignore bytes after a
 * key or certificate; Go's (and so cosign's) refuse them, and so does seal.
 */
function isSingleDER(der) {
    let i = 1;
    if (der.length < 2)
        return false;
    if ((der[0] & 0x1f) === 0x1f) {
        // A tag number in the following bytes, 7 bits each.
        while (i < der.length && der[i] & 0x80)
            i++;
        i++;
    }
    if (i >= der.length)
        return false;
    const first = der[i++];
    let length = first;
    if (first >= 0x80) {
        const n = first & 0x7f;
        if (n === 0 || n > 4 || i + n > der.length)
            return false;
        length = 0;
        for (let k = 0; k < n; k++)
            length = length * 256 + der[i++];
    }
    return i + length === der.length;
}


/***/ }),

/***/ 35412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ logFacts)
/* harmony export */ });
/** Log index, log ID and integrated time of a bundle's first transparency log entry. */
function logFacts(bundle) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (!entry)
        return {};
    const time = new Date(Number(entry.integratedTime) * 1000);
    return {
        logIndex: entry.logIndex,
        logId: Buffer.from(entry.logId.keyId).toString('hex'),
        // A log answering an absurd time gets no time reported, not a crash.
        integratedTime: time.getTime() > 0 ? time.toISOString() : undefined
    };
}


/***/ }),

/***/ 67300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SigningSession: () => (/* binding */ SigningSession),
  bundlePathFor: () => (/* binding */ bundlePathFor),
  checkServiceOptions: () => (/* binding */ checkServiceOptions),
  planBundles: () => (/* binding */ planBundles),
  signFileBundles: () => (/* binding */ signFileBundles),
  writeBundles: () => (/* binding */ writeBundles)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/core/util/concurrency.ts
var util_concurrency = __webpack_require__(10663);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
;// CONCATENATED MODULE: ./src/core/subjects/digest.ts





/**
 * Largest read. Small enough that the chunk just copied from the page cache
 * is still in the CPU cache when it is hashed (4 MiB reads measured ~10% more
 * CPU, all of it memory traffic), large enough that syscalls stay negligible.
 */
const READ_SIZE = 256 * 1024;
/** Smallest buffer, for files that report no size (pipes, /proc) or are tiny. */
const MIN_READ_SIZE = 16 * 1024;
/**
 * A synchronous read slower than this (256 MB/s) did not come from the page
 * cache. After SLOW_STREAK such reads in a row — one alone may just be the
 * thread losing its core on a busy machine — the rest of the file is read
 * asynchronously, overlapping the disk and the hash.
 */
const SLOW_READ_MS = 1;
const SLOW_STREAK = 4;
/** Synchronous reads yield to the event loop after this many bytes (about a millisecond of hashing). */
const YIELD_BYTES = 1024 * 1024;
/**
 * Hashes a file with one or more algorithms in a single pass, in constant
 * memory (at most two buffers of READ_SIZE, smaller for small files).
 *
 * Files in the page cache — what a build just wrote or a job just downloaded —
 * are read synchronously in L2-sized chunks, on the thread that hashes them:
 * no thread-pool hand-off, the bytes still in cache when hashed, and less CPU
 * than `openssl dgst`. The event loop gets a turn every megabyte. Once reads
 * are consistently slow (the disk, not the cache), the rest is read asynchronously
 * and double-buffered: the next read fills one buffer in libuv's thread pool
 * while the hashes consume the other, so the disk time overlaps the hashing.
 * Chunks are hashed in place, never copied, and reads stay sequential (so
 * files that cannot seek work too).
 */
async function digestFile(path, algorithms, options = {}) {
    const hashes = algorithms.map(alg => (0,external_node_crypto_.createHash)(alg));
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        await hashHandle(handle, hashes, bufferSizeFor(size), options.slowReadMs ?? SLOW_READ_MS);
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
    const out = {};
    algorithms.forEach((alg, i) => {
        out[alg] = hashes[i].digest();
    });
    return out;
}
/**
 * Files up to this size are read whole where that saves work: a signature
 * made or checked natively over the bytes costs far less than a pure-JS
 * ECDSA over a precomputed digest. Larger files are only ever streamed.
 */
const WHOLE_READ_LIMIT = 1024 * 1024;
/** The whole content of a file of at most WHOLE_READ_LIMIT bytes; undefined for a larger one. */
async function readSmallFile(path) {
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        // (A file that grows past the limit while it is read is still returned whole, as read.)
        return size > WHOLE_READ_LIMIT ? undefined : await handle.readFile();
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
}
async function openForReading(path) {
    try {
        return await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `cannot read ${path}: ${err.code ?? err}`, { cause: err });
    }
}
function readError(path, err) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    return new errors/* SealError */.EM('IO_ERROR', `cannot read ${path}: ${err.code ?? err.message}`, { cause: err });
}
/** Digests of bytes already in memory. */
function digestBytes(data, algorithms) {
    const out = {};
    for (const alg of algorithms)
        out[alg] = createHash(alg).update(data).digest();
    return out;
}
async function sha256File(path) {
    return (await digestFile(path, ['sha256'])).sha256;
}
/**
 * The read size for a file of `size` bytes: one byte more than the file (so
 * the first read of a file that fits also sees the end), between 16 KiB and
 * READ_SIZE.
 */
function bufferSizeFor(size) {
    if (!Number.isFinite(size) || size <= 0)
        return MIN_READ_SIZE;
    return Math.min(READ_SIZE, Math.max(MIN_READ_SIZE, size + 1));
}
async function hashHandle(handle, hashes, bufferSize, slowReadMs) {
    const first = Buffer.allocUnsafe(bufferSize);
    let sinceYield = 0;
    let slowStreak = 0;
    while (slowReadMs >= 0 && slowStreak < SLOW_STREAK) {
        const started = performance.now();
        const bytesRead = (0,external_node_fs_.readSync)(handle.fd, first, 0, bufferSize, null);
        slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0;
        if (bytesRead === 0)
            return;
        update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead));
        sinceYield += bytesRead;
        if (sinceYield >= YIELD_BYTES) {
            sinceYield = 0;
            await (0,external_node_timers_promises_.setImmediate)();
        }
    }
    await hashOverlapped(handle, hashes, first);
}
/** Double-buffered asynchronous reads: one buffer is filled while the other is hashed. */
async function hashOverlapped(handle, hashes, first) {
    const size = first.length;
    const buffers = [first];
    let current = 0;
    let pending = handle.read(first, 0, size, null);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            const filled = buffers[current];
            if (bytesRead < size) {
                // A short read is (almost always) the end of the file: hash it and read
                // again into the same buffer, so a small file needs a single buffer.
                update(hashes, filled.subarray(0, bytesRead));
                pending = handle.read(filled, 0, size, null);
                continue;
            }
            // Start the next read into the other buffer before hashing this one.
            current ^= 1;
            buffers[current] ??= Buffer.allocUnsafe(size);
            pending = handle.read(buffers[current], 0, size, null);
            update(hashes, filled);
        }
    }
    finally {
        // Never close the handle under a read still in flight (only reachable if hashing threw).
        await pending.catch(() => undefined);
    }
}
function update(hashes, chunk) {
    for (const h of hashes)
        h.update(chunk);
}
/** Parses `sha256:<hex>` (or sha384/sha512). Returns undefined when the text is not a digest. */
function parseDigest(text) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const algorithm = m[1];
    const expectedLength = { sha256: 64, sha384: 96, sha512: 128 }[algorithm];
    if (m[2].length !== expectedLength)
        return undefined;
    return { algorithm, digest: Buffer.from(m[2], 'hex') };
}

// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(93431);
;// CONCATENATED MODULE: ./src/core/formats/certificate.ts

/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) first, then the legacy raw one. */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** The signer identity (SAN) and OIDC issuer a Fulcio certificate was issued for. */
function certificateIdentity(cert) {
    return { identity: cert.subjectAltName ?? usernameOf(cert), issuer: issuerOf(cert) };
}
/** Fulcio's username identities: an otherName SAN of this type (a UTF8String such as `user!example.com`). */
const OID_OTHERNAME_USERNAME = '1.3.6.1.4.1.57264.1.7';
function usernameOf(cert) {
    try {
        return cert.extSubjectAltName?.otherName(OID_OTHERNAME_USERNAME) || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The username identity of a signing certificate (its DER), for certificates
 * whose SAN holds neither a URI nor an email; undefined otherwise.
 */
function otherNameIdentity(der) {
    if (!der)
        return undefined;
    try {
        return usernameOf(X509Certificate.parse(Buffer.from(der)));
    }
    catch {
        return undefined;
    }
}
function issuerOf(cert) {
    const v2 = cert.extension(OID_ISSUER_V2);
    if (v2) {
        // The value is a DER UTF8String: tag 0x0c, a length, then the text.
        const raw = v2.value;
        return decodeUTF8String(raw) ?? raw.toString('utf8');
    }
    const v1 = cert.extension(OID_ISSUER_V1);
    return v1 ? v1.value.toString('utf8') : undefined;
}
function decodeUTF8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let len = der[1];
    let offset = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || der.length < 2 + n)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[2 + i];
        offset = 2 + n;
    }
    if (offset + len !== der.length)
        return undefined;
    return der.subarray(offset).toString('utf8');
}
/** Fulcio certificate extensions (OID arc 1.3.6.1.4.1.57264.1) by name. */
const FULCIO_EXTENSIONS = {
    buildSignerURI: 9,
    buildSignerDigest: 10,
    runnerEnvironment: 11,
    sourceRepositoryURI: 12,
    sourceRepositoryDigest: 13,
    sourceRepositoryRef: 14,
    sourceRepositoryIdentifier: 15,
    sourceRepositoryOwnerURI: 16,
    sourceRepositoryOwnerIdentifier: 17,
    buildConfigURI: 18,
    buildConfigDigest: 19,
    buildTrigger: 20,
    runInvocationURI: 21,
    sourceRepositoryVisibilityAtSigning: 22
};
/**
 * The build facts Fulcio recorded in a certificate from the OIDC token it
 * verified (GitHub: repository, ref, workflow, runner environment, …). These,
 * unlike a provenance predicate, are vouched for by the certificate authority.
 */
function fulcioExtensions(cert) {
    const out = {};
    for (const [name, n] of Object.entries(FULCIO_EXTENSIONS)) {
        const ext = cert.extension(`1.3.6.1.4.1.57264.1.${n}`);
        if (ext)
            out[name] = decodeUTF8String(ext.value) ?? ext.value.toString('utf8');
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/formats/pem.ts
var pem = __webpack_require__(52038);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var util_retry = __webpack_require__(61014);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
;// CONCATENATED MODULE: ./src/core/sign/services.ts


const NAMES = {
    fulcio: { label: 'Fulcio', input: 'fulcio-url', code: 'FULCIO_ERROR' },
    rekor: { label: 'Rekor', input: 'rekor-url', code: 'REKOR_ERROR' },
    tsa: { label: 'the timestamp authority', input: 'tsa-url', code: 'TSA_ERROR' }
};
/** The innermost HTTP status and the most specific message in an error chain. */
function unwrap(err) {
    let status;
    let network;
    let message = '';
    let e = err;
    for (let depth = 0; e && depth < 6; depth++) {
        const shape = e;
        if (typeof shape.statusCode === 'number')
            status = shape.statusCode;
        if (typeof shape.code === 'string' && /^E[A-Z]+$/.test(shape.code))
            network = shape.code;
        if (typeof shape.message === 'string' && shape.message)
            message = shape.message;
        e = shape.cause;
    }
    return { status, message, network };
}
/**
 * Turns an error from a Sigstore service client into a SealError that names
 * the service, its URL, what went wrong and which input points at it. Token
 * parse errors from the signing library embed the token, so their text is
 * never used.
 */
function describeServiceError(service, url, err) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    const { label, input, code } = NAMES[service];
    const libCode = err?.code;
    if (libCode === 'IDENTITY_TOKEN_PARSE_ERROR') {
        return new errors/* SealError */.EM('TOKEN_INVALID', 'The OIDC identity token could not be parsed (it needs an `email` or `sub` claim).');
    }
    if (libCode === 'IDENTITY_TOKEN_READ_ERROR') {
        const cause = err.cause;
        if (cause instanceof errors/* SealError */.EM)
            return cause;
        return new errors/* SealError */.EM('TOKEN_MISSING', 'Could not get an OIDC identity token.', { cause: undefined });
    }
    if (err instanceof errors/* BrokenReplyError */.Kd) {
        return new errors/* SealError */.EM(code, `${capitalize(label)} at ${url} sent an unusable answer: ${(0,redact/* redact */.E)(err.message).slice(0, 300)}`, {
            hint: `Check that \`${input}\` points at ${label} itself, not at a proxy or another service.`
        });
    }
    const { status, message, network } = unwrap(err);
    // The signing library prefixes the status ("(503) Service Unavailable"): the message says it once.
    const detail = (0,redact/* redact */.E)(message)
        .replace(/\s+/g, ' ')
        .replace(/^\(\d{3}\)\s*/, '')
        .slice(0, 300);
    if (status === undefined) {
        return new errors/* SealError */.EM(code, `Could not reach ${label} at ${url}${network ? ` (${network})` : ''}: ${detail}`, {
            hint: `Check \`${input}\` and the network path to it.`
        });
    }
    let hint = `Check \`${input}\`.`;
    if (service === 'fulcio' && (status === 400 || status === 401 || status === 403)) {
        hint = 'Fulcio rejected the identity token: check `oidc-audience` (Fulcio expects `sigstore`) and that this Fulcio trusts the token issuer.';
    }
    else if (status >= 500 || status === 429) {
        hint = `${capitalize(label)} is failing or overloaded; re-run the step later.`;
    }
    return new errors/* SealError */.EM(code, `${capitalize(label)} at ${url} answered HTTP ${status}: ${detail}`, { hint });
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/sign/keyless.ts









/** Renew the certificate when less than this is left of its validity. */
const RENEW_MARGIN_MS = 60_000;
/**
 * One ephemeral P-256 key and one Fulcio certificate for a whole step.
 * The key never leaves the process; every subject is signed with it, and the
 * certificate is requested once (and renewed only if it is about to expire).
 */
class KeylessSigner {
    options;
    privateKey;
    scalar;
    publicKeyPEM;
    fulcio;
    current;
    requests = 0;
    constructor(options) {
        this.options = options;
        const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        this.privateKey = privateKey;
        this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url');
        this.publicKeyPEM = (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'pem', type: 'spki' }).toString();
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioURL,
            identityProvider: { getToken: options.getToken },
            timeout: options.timeoutMs,
            retry: (0,util_retry/* fetchRetryOptions */.zg)(options.retry),
            keyHolder: {
                // Fulcio's proof of possession: the token subject signed with our key.
                sign: async (data) => ({
                    signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey),
                    key: { $case: 'publicKey', publicKey: this.publicKeyPEM }
                })
            }
        });
    }
    /** An ephemeral P-256 key signs precomputed digests. */
    canSignDigest = true;
    /** How many certificates were requested from Fulcio. */
    get certificateRequests() {
        return this.requests;
    }
    async certificate() {
        if (this.current) {
            const cert = await this.current;
            if (cert.notAfter.getTime() - Date.now() > RENEW_MARGIN_MS)
                return cert;
            this.current = undefined;
        }
        this.current ??= this.requestCertificate();
        try {
            return await this.current;
        }
        catch (err) {
            this.current = undefined;
            throw err;
        }
    }
    /** ECDSA P-256 signature (DER) over a SHA-256 digest computed elsewhere. */
    signDigest(digest) {
        if (digest.length !== 32)
            throw new errors/* SealError */.EM('INPUT_INVALID', 'A P-256 signature needs a SHA-256 digest.');
        return Buffer.from(nist/* p256 */.s9.sign(digest, this.scalar, { prehash: false, format: 'der' }));
    }
    /** ECDSA P-256 signature (DER) over data (SHA-256 applied here). */
    sign(data) {
        return (0,external_node_crypto_.sign)('sha256', data, this.privateKey);
    }
    async requestCertificate() {
        this.requests++;
        let certPEM;
        try {
            const result = await (0,util_retry/* retryBrokenReplies */.Gg)(() => this.fulcio.sign(Buffer.alloc(0)), this.options.retry);
            if (result.key.$case !== 'x509Certificate')
                throw new Error('Fulcio returned no certificate');
            certPEM = result.key.certificate;
        }
        catch (err) {
            throw describeServiceError('fulcio', this.options.fulcioURL, err);
        }
        const der = certificateDER(certPEM, this.options.fulcioURL);
        const cert = dist.X509Certificate.parse(der);
        const ours = (0,external_node_crypto_.createPublicKey)({ key: cert.publicKey, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString();
        if (ours !== this.publicKeyPEM) {
            throw new errors/* SealError */.EM('FULCIO_ERROR', `Fulcio at ${this.options.fulcioURL} issued a certificate for a different key.`);
        }
        return { pem: certPEM, der, notAfter: cert.notAfter, ...certificateIdentity(cert) };
    }
}
/** The DER of the first CERTIFICATE block in Fulcio's reply. */
function certificateDER(certPEM, fulcioURL) {
    let block;
    try {
        block = (0,pem/* decodePemBlocks */.vj)(certPEM, `the certificate from Fulcio at ${fulcioURL}`).find(b => b.type === 'CERTIFICATE');
    }
    catch (err) {
        throw new errors/* SealError */.EM('FULCIO_ERROR', err.message, { cause: err });
    }
    if (!block)
        throw new errors/* SealError */.EM('FULCIO_ERROR', `Fulcio at ${fulcioURL} returned no PEM certificate.`);
    return Buffer.from(block.der);
}

// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/formats/tlog.ts
var tlog = __webpack_require__(35412);
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var files = __webpack_require__(56586);
;// CONCATENATED MODULE: ./src/core/sign/session.ts















/** Validates the service options before any network call. */
function checkServiceOptions(opts, withKey = false) {
    for (const [input, url] of [
        ['fulcio-url', opts.fulcioURL],
        ['rekor-url', opts.rekorURL],
        ['tsa-url', opts.tsaURL]
    ]) {
        if (url)
            (0,http/* httpURL */.yR)(url, input);
    }
    // A key needs no trusted time (it does not expire); a keyless certificate lives ten minutes.
    if (!withKey && !opts.tlogUpload && !opts.tsaURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'With `tlog-upload: false` a keyless signature has no trusted time and cannot be verified once its certificate expires.', { hint: 'Set `tsa-url` to a timestamp authority, or keep `tlog-upload: true`.' });
    }
}
/** Where a file's bundle goes: next to it, or in bundleDir under its base name. */
function bundlePathFor(file, bundleDir) {
    return bundleDir ? (0,external_node_path_.join)(bundleDir, (0,external_node_path_.basename)(file) + files/* BUNDLE_SUFFIX */.Zf) : file + files/* BUNDLE_SUFFIX */.Zf;
}
/**
 * A signing session: one key and certificate, plus the witnesses (Rekor, TSA)
 * that countersign every signature it makes.
 */
class SigningSession {
    signer;
    retry;
    witnesses = [];
    constructor(opts) {
        checkServiceOptions(opts, !!opts.key);
        this.retry = (0,util_retry/* retryPolicy */.Jb)({ retries: opts.retries });
        const retry = (0,util_retry/* fetchRetryOptions */.zg)(this.retry);
        this.signer = opts.key ?? new KeylessSigner({ fulcioURL: opts.fulcioURL, getToken: opts.getToken, timeoutMs: opts.timeoutMs, retry: this.retry });
        if (opts.tlogUpload) {
            this.witnesses.push({
                service: 'rekor',
                url: opts.rekorURL,
                witness: new sign_dist/* RekorWitness */.fU({
                    rekorBaseURL: opts.rekorURL,
                    majorApiVersion: opts.rekorVersion ?? 1,
                    fetchOnConflict: true,
                    timeout: opts.timeoutMs,
                    retry
                })
            });
        }
        if (opts.tsaURL) {
            this.witnesses.push({ service: 'tsa', url: opts.tsaURL, witness: new sign_dist/* TSAWitness */.gs({ tsaBaseURL: opts.tsaURL, timeout: opts.timeoutMs, retry }) });
        }
    }
    /** The certificate (keyless; requested once per session) or the key's public half. */
    async identity() {
        if (this.signer instanceof KeylessSigner) {
            const certificate = await this.signer.certificate();
            return { certificate, publicKeyPEM: certificate.pem };
        }
        return { keyHint: this.signer.hint, publicKeyPEM: this.signer.publicKeyPEM };
    }
    /** Fulcio certificate requests made so far (0 with a key). */
    get certificateRequests() {
        return this.signer instanceof KeylessSigner ? this.signer.certificateRequests : 0;
    }
    /** Signs a SHA-256 message digest and returns the witnessed v0.3 bundle. */
    async signDigest(digest) {
        const id = await this.identity();
        const signature = await this.signer.signDigest(digest);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({ digest, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return bundle;
    }
    /**
     * Signs a whole artifact held in memory: the same message signature as
     * signDigest over its SHA-256, made natively over the bytes (much cheaper
     * than signing a bare digest, which needs a pure-JS ECDSA).
     */
    async signBytes(data) {
        const id = await this.identity();
        const digest = (0,external_node_crypto_.createHash)('sha256').update(data).digest();
        const signature = await this.signer.sign(data);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({ digest, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return { bundle, digest };
    }
    /** Signs a payload as a DSSE envelope (e.g. an in-toto statement) and returns the witnessed v0.3 bundle. */
    async signDSSE(payload, payloadType) {
        const id = await this.identity();
        const signature = await this.signer.sign(dist.dsse.preAuthEncoding(payloadType, payload));
        const bundle = (0,bundle_dist.toDSSEBundle)({ artifact: payload, artifactType: payloadType, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return bundle;
    }
    async witness(bundle, certPEM) {
        const materials = await Promise.all(this.witnesses.map(async ({ service, url, witness }) => {
            try {
                return await (0,util_retry/* retryBrokenReplies */.Gg)(async () => {
                    const material = await witness.testify(bundle.content, certPEM);
                    if (service === 'tsa')
                        checkTimestamps(material.rfc3161Timestamps ?? [], signatureOf(bundle));
                    return material;
                }, this.retry);
            }
            catch (err) {
                throw describeServiceError(service, url, err);
            }
        }));
        for (const m of materials) {
            bundle.verificationMaterial.tlogEntries.push(...(m.tlogEntries ?? []));
            bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.push(...(m.rfc3161Timestamps ?? []));
        }
    }
}
/** The bytes a timestamp authority timestamps: the signature itself. */
function signatureOf(bundle) {
    const c = bundle.content;
    return c.$case === 'dsseEnvelope' ? c.dsseEnvelope.signatures[0].sig : c.messageSignature.signature;
}
/**
 * A timestamp authority's answer must be a granted RFC 3161 timestamp over
 * this signature. Anything else (a proxy's error page served as 200, another
 * request's token) is treated as a broken reply and asked for again, rather
 * than written into a bundle that would fail verification later.
 */
function checkTimestamps(timestamps, signature) {
    if (timestamps.length === 0)
        throw new errors/* BrokenReplyError */.Kd('no timestamp in the answer');
    for (const { signedTimestamp } of timestamps) {
        let ts;
        try {
            ts = dist.RFC3161Timestamp.parse(Buffer.from(signedTimestamp));
            if (ts.status !== 0n && ts.status !== 1n)
                throw new Error(`status ${ts.status}`);
            ts.tstInfo.verify(signature);
        }
        catch (err) {
            throw new errors/* BrokenReplyError */.Kd(`not a timestamp of this signature (${err.message})`, { cause: err });
        }
    }
}
/** The bundle's verification material: the certificate, or the key hint. */
function material(id) {
    return id.certificate ? { certificate: id.certificate.der } : { keyHint: id.keyHint ?? '' };
}
/**
 * Where each file's bundle goes, checked before anything is signed: no
 * bundle may overwrite a subject, and no two files may share a bundle path.
 */
function planBundles(files, bundleDir) {
    const targets = files.map(f => ({ file: f, bundlePath: bundlePathFor(f.path, bundleDir) }));
    checkBundleTargets(targets, bundleDir);
    return targets;
}
/**
 * Signs every file with one certificate: each is signed (small files over
 * their bytes, larger ones over their streamed digest) and countersigned by
 * Rekor and the TSA. Nothing is written: the caller writes the bundles
 * (writeBundles) once everything else in its step has succeeded, so a failed
 * step leaves no bundle behind.
 */
async function signFileBundles(targets, session, concurrency = 16) {
    const bundles = [];
    const signed = await (0,util_concurrency/* mapLimit */.s)(targets, concurrency, async ({ file, bundlePath }, i) => {
        const { digest, bundle } = await signFile(session, file.path);
        bundles[i] = { path: bundlePath, data: JSON.stringify((0,bundle_dist.bundleToJSON)(bundle)) + '\n' };
        return { subject: file.name, path: file.path, sha256: digest.toString('hex'), bundlePath, ...(0,tlog/* logFacts */.q)(bundle) };
    });
    return { files: signed, bundles };
}
/** Signs one file: small ones from memory (native signature), large ones by their streamed digest. */
async function signFile(session, path) {
    // Only for signers that could sign the digest as well, so whether a file can be signed never depends on its size.
    const data = session.signer.canSignDigest ? await readSmallFile(path) : undefined;
    if (data)
        return session.signBytes(data);
    const digest = await sha256File(path);
    return { digest, bundle: await session.signDigest(digest) };
}
/** Writes the bundles of signed files, all or none. */
async function writeBundles(pending) {
    await (0,fs/* writeFilesAtomic */.aV)(pending.bundles);
    return pending.files;
}
function checkBundleTargets(targets, bundleDir) {
    const subjects = new Set(targets.map(t => t.file.path));
    const seen = new Map();
    for (const { file, bundlePath } of targets) {
        if (subjects.has(bundlePath)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `The bundle for ${file.name} would overwrite the subject ${bundlePath}.`, {
                hint: 'Exclude *.sigstore.json files from `subject-path`, or set `bundle-dir`.'
            });
        }
        const other = seen.get(bundlePath);
        if (other) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `${other} and ${file.name} would both write ${bundlePath}${bundleDir ? ' in `bundle-dir`' : ''}.`, {
                hint: 'Files with the same name need separate bundle directories: leave `bundle-dir` empty to write each bundle next to its file.'
            });
        }
        seen.set(bundlePath, file.name);
    }
}


/***/ })

};
