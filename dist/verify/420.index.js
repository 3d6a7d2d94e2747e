export const id = 420;
export const ids = [420,7469];
export const modules = {

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

/***/ 27469:
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
// EXTERNAL MODULE: ./src/core/subjects/digest.ts
var subjects_digest = __webpack_require__(76989);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(93431);
// EXTERNAL MODULE: ./src/core/formats/certificate.ts
var certificate = __webpack_require__(68375);
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
        return { pem: certPEM, der, notAfter: cert.notAfter, ...(0,certificate/* certificateIdentity */.Wb)(cert) };
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
    const data = session.signer.canSignDigest ? await (0,subjects_digest/* readSmallFile */.EW)(path) : undefined;
    if (data)
        return session.signBytes(data);
    const digest = await (0,subjects_digest/* sha256File */.Q3)(path);
    return { digest, bundle: await session.signDigest(digest) };
}
/** Writes the bundles of signed files, all or none. */
async function writeBundles(pending) {
    await (0,fs/* writeFilesAtomic */.a)(pending.bundles);
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


/***/ }),

/***/ 10420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubInstance: () => (/* binding */ githubInstance),
  prepareSession: () => (/* binding */ prepareSession),
  resolveServices: () => (/* binding */ resolveServices)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/inputs/read.ts + 3 modules
var read = __webpack_require__(25239);
// EXTERNAL MODULE: ./src/core/keys/input.ts
var input = __webpack_require__(10236);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./src/core/keys/encrypted.ts
/**
 * The password envelope cosign puts around a private key: scrypt derives a
 * 32-byte key from the password, NaCl secretbox (XSalsa20-Poly1305) seals the
 * PKCS#8 DER, and a JSON document records the parameters:
 *
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<32 bytes>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<24 bytes>"},"ciphertext":"<tag ‖ data>"}
 *
 * Byte strings are padded standard base64 and the fields come in this order with
 * no whitespace, which is what Go's encoding/json writes for the same struct.
 * The PEM body around it is base64 of these JSON bytes.
 */



/** Written by current cosign; also what seal writes. */
const encrypted_SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** Written by older cosign releases; still read. */
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
/** The parameters cosign uses for new keys. */
const encrypted_STANDARD_SCRYPT = { N: 65536, r: 8, p: 1 };
/** The parameters of keys made by older cosign releases. */
const LEGACY_SCRYPT = { N: 32768, r: 8, p: 1 };
const SALT_SIZE = 32;
const NONCE_SIZE = 24;
const KEY_SIZE = 32;
const TAG_SIZE = 16;
const KDF_NAME = 'scrypt';
const CIPHER_NAME = 'nacl/secretbox';
/**
 * The most work a key file may ask of scrypt: N·r·p ≤ 2^21 block mixes, so at
 * most 256 MiB of memory (128·N·r bytes) and about a second of CPU. That
 * admits every set cosign has ever written (N up to 2^17 with r=8, p=1) while a
 * crafted file cannot make seal allocate gigabytes or spin for minutes.
 */
const MAX_SCRYPT_WORK = 2 ** 21;
/** What node's scrypt may allocate: the working memory above plus its small per-lane buffers. */
const SCRYPT_MAXMEM = 2 * 128 * MAX_SCRYPT_WORK;
/** Seals PKCS#8 DER under a password; returns the JSON document's bytes. */
async function encrypted_encryptPrivateKey(pkcs8, password, params = encrypted_STANDARD_SCRYPT) {
    const what = 'the requested scrypt parameters';
    checkParams(params, what);
    const salt = randomBytes(SALT_SIZE);
    const nonce = randomBytes(NONCE_SIZE);
    const key = await deriveKey(password, salt, params, what);
    const ciphertext = secretbox(key, nonce).seal(pkcs8);
    key.fill(0);
    const doc = {
        kdf: { name: KDF_NAME, params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
        cipher: { name: CIPHER_NAME, nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64')
    };
    return Buffer.from(JSON.stringify(doc), 'utf8');
}
/**
 * Opens the JSON envelope with the password and returns the PKCS#8 DER.
 * `input` names where the key came from (an action input or CLI flag) and
 * `passwordInput` where its password came from (for the hint). A wrong
 * password is KEY_INVALID; so is a malformed envelope, with what is wrong in it.
 */
async function decryptPrivateKey(json, password, input, passwordInput = 'COSIGN_PASSWORD') {
    const what = `the encrypted private key in \`${input}\``;
    let doc;
    try {
        doc = JSON.parse(Buffer.from(json).toString('utf8'));
    }
    catch {
        throw malformed(what, 'its body is not the JSON document cosign writes');
    }
    const kdf = field(doc, 'kdf');
    const cipher = field(doc, 'cipher');
    if (field(kdf, 'name') !== KDF_NAME)
        throw malformed(what, `unknown key derivation ${shown(field(kdf, 'name'))}`);
    if (field(cipher, 'name') !== CIPHER_NAME)
        throw malformed(what, `unknown cipher ${shown(field(cipher, 'name'))}`);
    const rawParams = field(kdf, 'params');
    const params = { N: field(rawParams, 'N'), r: field(rawParams, 'r'), p: field(rawParams, 'p') };
    checkParams(params, what);
    const salt = bytesField(kdf, 'salt', what);
    const nonce = bytesField(cipher, 'nonce', what);
    const ciphertext = bytesField(doc, 'ciphertext', what);
    if (salt.length === 0)
        throw malformed(what, 'the scrypt salt is empty');
    if (nonce.length !== NONCE_SIZE)
        throw malformed(what, `the nonce has ${nonce.length} bytes instead of ${NONCE_SIZE}`);
    if (ciphertext.length <= TAG_SIZE)
        throw malformed(what, 'the ciphertext is too short');
    const key = await deriveKey(password, salt, params, what);
    try {
        return Buffer.from((0,salsa/* secretbox */.EY)(key, nonce).open(ciphertext));
    }
    catch {
        throw new errors/* SealError */.EM('KEY_INVALID', `wrong password for the key in \`${input}\``, {
            hint: `Set \`${passwordInput}\` to the password the key was created with. If the password is right, the key file is damaged.`
        });
    }
    finally {
        key.fill(0);
    }
}
/** scrypt on node's thread pool: about 0.2 s for N=2^16 without blocking the event loop. */
function deriveKey(password, salt, params, what) {
    return new Promise((resolve, reject) => {
        // maxmem must exceed 128·N·r (node's default of 32 MiB refuses N=2^16, r=8).
        const options = { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM };
        const refused = (err) => malformed(what, `unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p}`, err);
        try {
            // Node throws at once (RangeError) for parameters OpenSSL refuses, and reports other failures to the callback.
            (0,external_node_crypto_.scrypt)(Buffer.from(password, 'utf8'), salt, KEY_SIZE, options, (err, key) => (err ? reject(refused(err)) : resolve(key)));
        }
        catch (err) {
            reject(refused(err));
        }
    });
}
function checkParams(params, what) {
    const { N, r, p } = params;
    const integer = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
    if (!integer(N) || !integer(r) || !integer(p)) {
        throw malformed(what, 'the scrypt parameters N, r and p must be positive integers');
    }
    // Not N & (N - 1): bitwise operators cut numbers to 32 bits.
    if (N < 2 || 2 ** Math.round(Math.log2(N)) !== N)
        throw malformed(what, `scrypt N=${N} is not a power of two`);
    if (N * r * p > MAX_SCRYPT_WORK)
        throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (too costly)`);
    // scrypt itself requires N < 2^(128·r/8): N=2^16 needs r ≥ 2.
    if (r < 4 && N >= 2 ** (16 * r))
        throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (N must be below 2^${16 * r} when r=${r})`);
}
function field(obj, name) {
    return obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? obj[name] : undefined;
}
function bytesField(obj, name, what) {
    const value = field(obj, name);
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
        throw malformed(what, `the field ${JSON.stringify(name)} is missing or not base64`);
    }
    return Buffer.from(value, 'base64');
}
/** A value from the file for a message: short strings quoted, anything else by its type (never serialized whole). */
function shown(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (value === undefined)
        return '(missing)';
    return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value);
}
function malformed(what, detail, cause) {
    return new errors/* SealError */.EM('KEY_INVALID', `${what} is malformed: ${detail}`, {
        hint: 'Use a key written by `seal generate-key-pair`, `seal import-key-pair`, or cosign.',
        ...(cause === undefined ? {} : { cause })
    });
}

// EXTERNAL MODULE: ./src/core/formats/pem.ts
var formats_pem = __webpack_require__(52038);
// EXTERNAL MODULE: ./src/core/keys/public.ts
var keys_public = __webpack_require__(4395);
;// CONCATENATED MODULE: ./src/core/keys/private.ts
/**
 * cosign-compatible private keys: ECDSA P-256 key pairs whose PKCS#8 DER is
 * sealed under a password (see encrypted.ts) in an `ENCRYPTED SIGSTORE PRIVATE
 * KEY` PEM block, with the public key as PKIX PEM next to it.
 */





/** A new ECDSA P-256 key pair, the private key encrypted under `password` (which may be empty). */
async function generateKeyPair(password) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return sealKeyPair(privateKey, password);
}
/** Encrypts a private key as cosign does and pairs it with its public key. */
async function sealKeyPair(privateKey, password, params = STANDARD_SCRYPT) {
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
        const sealed = await encryptPrivateKey(pkcs8, password, params);
        return { privateKeyPEM: encodePem(SIGSTORE_PRIVATE_KEY_PEM, sealed), publicKeyPEM: publicKeyPEMOf(createPublicKey(privateKey)) };
    }
    finally {
        pkcs8.fill(0);
    }
}
/**
 * Decrypts a cosign private key (`ENCRYPTED SIGSTORE PRIVATE KEY` or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`, any supported scrypt cost). A wrong password
 * is KEY_INVALID "wrong password for the key in `<input>`".
 */
async function loadPrivateKey(pem, password, options = {}) {
    const input = options.input ?? 'key';
    const block = encryptedBlock(pem, input);
    const pkcs8 = await decryptPrivateKey(block.der, password, input, options.passwordInput);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' });
    }
    catch (err) {
        throw new errors/* SealError */.EM('KEY_INVALID', `the key in \`${input}\` decrypts, but is not a PKCS#8 private key: ${err.message}`, {
            cause: err
        });
    }
    finally {
        pkcs8.fill(0);
    }
    return describe(privateKey, `the key in \`${input}\``);
}
/**
 * Converts an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) to cosign's encrypted format, as
 * `cosign import-key-pair` does.
 */
async function importKeyPair(pem, password, options = {}) {
    return sealKeyPair(readPlainPrivateKey(pem, options.input), password, options.scrypt);
}
/**
 * Reads an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) of a kind Sigstore signs with. Its DER must
 * be exactly one element: bytes after it are refused, as cosign refuses them.
 * Errors name `input` (default `key`) and never quote the key.
 */
function readPlainPrivateKey(pem, input = 'key') {
    const what = `the key in \`${input}\``;
    if (!(0,formats_pem/* looksLikePEM */.Wv)(pem))
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` is not a PEM file`);
    const blocks = (0,formats_pem/* decodePemBlocks */.vj)(pem, `\`${input}\``);
    const block = blocks.find(b => IMPORTABLE[b.type] !== undefined);
    if (!block) {
        const types = blocks.map(b => b.type);
        if (types.some(isEncryptedType)) {
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is already encrypted (${types.find(isEncryptedType)}); import takes an unencrypted key`, {
                hint: types.includes(encrypted_SIGSTORE_PRIVATE_KEY_PEM) || types.includes(COSIGN_PRIVATE_KEY_PEM)
                    ? 'This key is in cosign format already: use it as it is.'
                    : 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
            });
        }
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` holds no private key${types.length ? ` (found ${types.join(', ')})` : ''}`, {
            hint: 'Give a PEM file with a PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY block.'
        });
    }
    if (block.headers['Proc-Type']) {
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is encrypted with a legacy PEM password (Proc-Type header)`, {
            hint: 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
        });
    }
    if (!(0,formats_pem/* isSingleDER */.ct)(block.der))
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a valid ${block.type}: its DER is cut short or has bytes after it`);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block.der, format: 'der', type: IMPORTABLE[block.type] });
    }
    catch (err) {
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a valid ${block.type}: ${err.message}`, { cause: err });
    }
    (0,keys_public/* keyKind */.qp)(privateKey, what);
    (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
    return privateKey;
}
const IMPORTABLE = {
    'PRIVATE KEY': 'pkcs8',
    'EC PRIVATE KEY': 'sec1',
    'RSA PRIVATE KEY': 'pkcs1'
};
function isEncryptedType(type) {
    return type.startsWith('ENCRYPTED ');
}
function encryptedBlock(pem, input) {
    if (!(0,formats_pem/* looksLikePEM */.Wv)(pem)) {
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` is not a PEM private key`, {
            hint: 'Give the contents of cosign.key (BEGIN ENCRYPTED SIGSTORE PRIVATE KEY).'
        });
    }
    const blocks = (0,formats_pem/* decodePemBlocks */.vj)(pem, `\`${input}\``);
    const block = blocks.find(b => b.type === encrypted_SIGSTORE_PRIVATE_KEY_PEM || b.type === COSIGN_PRIVATE_KEY_PEM);
    if (block)
        return block;
    const types = blocks.map(b => b.type);
    if (types.some(t => IMPORTABLE[t] !== undefined)) {
        throw new errors/* SealError */.EM('KEY_INVALID', `the key in \`${input}\` is not encrypted (${types.find(t => IMPORTABLE[t] !== undefined)})`, {
            hint: 'Convert it with `seal import-key-pair --key <file>`, which encrypts it in cosign format.'
        });
    }
    if (types.includes('PUBLIC KEY')) {
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` holds a public key; signing needs the private key (cosign.key)`);
    }
    throw new errors/* SealError */.EM('KEY_INVALID', `unsupported key type in \`${input}\`${types.length ? `: ${types.join(', ')}` : ''}`, {
        hint: `Give a key in cosign format (${encrypted_SIGSTORE_PRIVATE_KEY_PEM} or ${COSIGN_PRIVATE_KEY_PEM}).`
    });
}
function describe(privateKey, what) {
    const kind = (0,keys_public/* keyKind */.qp)(privateKey, what);
    const publicKey = (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
    return { privateKey, publicKey, publicKeyPEM: (0,keys_public/* publicKeyPEMOf */.e7)(publicKey), kind };
}

// EXTERNAL MODULE: ./src/core/keys/kms/reference.ts
var reference = __webpack_require__(77971);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(93431);
;// CONCATENATED MODULE: ./src/core/keys/signer.ts
/**
 * Signing with a long-lived key (cosign.key) instead of an ephemeral key and a
 * Fulcio certificate. Bundles made with it carry the key hint instead of a
 * certificate; verifiers need the public key.
 */





const NOBLE = { 'ecdsa-p256': nist/* p256 */.s9, 'ecdsa-p384': nist/* p384 */.sL, 'ecdsa-p521': nist/* p521 */.Bt };
/** Digest lengths an ECDSA signature over a prehashed message accepts. */
const DIGEST_LENGTHS = new Set([32, 48, 64]);
/**
 * Signs with a private key. For ECDSA keys `signDigest` signs a digest
 * computed elsewhere (a file hashed as a stream), which is how message
 * signatures over large artifacts avoid reading them twice.
 *
 * RSA (PKCS#1 v1.5) and Ed25519 keys cannot sign a bare digest here: RSA would
 * need the DigestInfo wrapping done by hand, and Ed25519 signs the message
 * itself. For those keys `canSignDigest` is false, `signDigest` throws, and
 * callers must use `sign(data)` with the whole payload.
 *
 * `sign(data)` hashes with SHA-256 for ECDSA and RSA whatever the curve: it is
 * what sigstore-js and cosign verify DSSE envelopes with. Ed25519 signs pure
 * Ed25519 (cosign signs blobs with Ed25519ph, which seal does not produce).
 */
class KeySigner {
    publicKey;
    /** PKIX PEM of the public key. */
    publicKeyPEM;
    /** base64(sha256(PKIX DER)): the bundle's `publicKey.hint`. */
    hint;
    kind;
    privateKey;
    scalar;
    constructor(privateKey, what = 'the signing key') {
        if (privateKey.type !== 'private')
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a private key`);
        this.kind = (0,keys_public/* keyKind */.qp)(privateKey, what);
        this.privateKey = privateKey;
        this.publicKey = (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
        this.publicKeyPEM = (0,keys_public/* publicKeyPEMOf */.e7)(this.publicKey);
        this.hint = (0,keys_public/* keyHint */.p4)(this.publicKey);
        if (this.kind in NOBLE) {
            this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url');
        }
    }
    /** Decrypts a cosign key and makes a signer of it (see loadPrivateKey for the errors). */
    static async fromEncryptedPEM(pem, password, options = {}) {
        const loaded = await loadPrivateKey(pem, password, options);
        return new KeySigner(loaded.privateKey, `the key in \`${options.input ?? 'key'}\``);
    }
    /** True for ECDSA keys, whose signatures can be made over a precomputed digest. */
    get canSignDigest() {
        return this.scalar !== undefined;
    }
    /** ECDSA signature (DER) over a digest computed elsewhere (normally SHA-256). */
    signDigest(digest) {
        if (!this.scalar) {
            throw new errors/* SealError */.EM('KEY_INVALID', `a ${this.kind === 'rsa' ? 'RSA' : 'Ed25519'} key cannot sign a precomputed digest; sign the data itself`, {
                hint: 'Use an ECDSA key (`seal generate-key-pair` makes P-256 keys) to sign large files as streams.'
            });
        }
        if (!DIGEST_LENGTHS.has(digest.length)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `a digest to sign must be 32, 48 or 64 bytes long, got ${digest.length}`);
        }
        const curve = NOBLE[this.kind];
        return Buffer.from(curve.sign(digest, this.scalar, { prehash: false, format: 'der' }));
    }
    /** Signature over `data`: ECDSA and RSA PKCS#1 v1.5 with `hash` (SHA-256), pure Ed25519. */
    sign(data, hash = 'sha256') {
        return (0,external_node_crypto_.sign)((0,keys_public/* signatureHash */.bV)(this.privateKey, hash), data, this.privateKey);
    }
}

// EXTERNAL MODULE: ./src/core/oidc/token.ts
var oidc_token = __webpack_require__(19604);
// EXTERNAL MODULE: ./src/core/sign/session.ts + 2 modules
var sign_session = __webpack_require__(27469);
// EXTERNAL MODULE: ./src/core/trust/signing-config.ts
var signing_config = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/core/sign/instance.ts
var sign_instance = __webpack_require__(58622);
// EXTERNAL MODULE: ./src/core/trust/tuf.ts
var tuf = __webpack_require__(79377);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
;// CONCATENATED MODULE: ./src/core/steps/signing-services.ts



/** Public-good's timestamp authority: what its signing config names, used when the TUF repository cannot be read. */
const PUBLIC_TSA_URL = 'https://timestamp.sigstore.dev/api/v1/timestamp';
/**
 * Whether the services come from a TUF repository: a `tuf-mirror`, or
 * keyless public-good (as `sigstore` chose it) with no service chosen by
 * input (signing with a `key` keeps its built-in services, so that it needs
 * no network when `tlog-upload` is off).
 */
function servicesFromTuf(inputs, instance) {
    if (inputs.signingConfig)
        return false;
    if (inputs.tufMirror)
        return true;
    return instance === 'public-good' && !inputs.key && !inputs.fulcioURL && !inputs.rekorURL && !inputs.tsaURL;
}
/**
 * The signing config of the step's TUF repository. A private mirror that
 * cannot be read, or has no signing config, is an error naming `tuf-mirror`;
 * when public-good's repository cannot be read, its services built into seal
 * (with its timestamp authority) are used, with a warning.
 */
async function tufSigningServices(inputs, ctx) {
    const mirror = inputs.tufMirror ? (0,http/* httpURL */.yR)(inputs.tufMirror.trim().replace(/\/+$/, ''), 'tuf-mirror').href.replace(/\/+$/, '') : tuf/* PUBLIC_GOOD_TUF_URL */.C$;
    const { signingConfigFromTuf } = await __webpack_require__.e(/* import() */ 8690).then(__webpack_require__.bind(__webpack_require__, 88690));
    const opts = { tufRootPath: inputs.tufRoot, tufTimeoutMs: Math.min(inputs.timeoutMs, 30_000), tufRetries: inputs.retries };
    let config;
    try {
        config = await signingConfigFromTuf(mirror, (0,tuf/* defaultTufCachePath */.Cj)(ctx.env), opts);
    }
    catch (err) {
        if (mirror !== tuf/* PUBLIC_GOOD_TUF_URL */.C$)
            throw err;
        ctx.warn?.(`Signing with the public-good services built into seal: ${err.message}`);
        return { tsaURL: PUBLIC_TSA_URL };
    }
    if (config?.fulcioURL || config?.rekorURL || config?.tsaURL)
        return config;
    if (mirror === tuf/* PUBLIC_GOOD_TUF_URL */.C$)
        return { tsaURL: PUBLIC_TSA_URL };
    throw new errors/* SealError */.EM('INPUT_INVALID', `the TUF repository \`tuf-mirror\` (${mirror}) has no signing config (signing_config.v0.2.json) naming a service.`, {
        hint: "Publish the deployment's signing config as a TUF target, or name the services with `signing-config` or `fulcio-url`, `rekor-url` and `tsa-url`."
    });
}

;// CONCATENATED MODULE: ./src/core/steps/signing-setup.ts












/** GitHub's Sigstore instance for private repositories: its own Fulcio and a TSA, no Rekor. */
function githubInstance(serverURL = 'https://github.com') {
    const host = new URL(serverURL).hostname;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}/api/v1/timestamp` };
}
/**
 * The services to sign with: explicit URL inputs, then a signing config, then
 * the chosen instance (public-good Fulcio and Rekor, or GitHub's Fulcio and
 * TSA without Rekor).
 */
async function resolveServices(inputs, ctx) {
    const { instance } = (0,sign_instance/* chooseInstance */.NF)(inputs.sigstore, ctx.env);
    const fromTuf = servicesFromTuf(inputs, instance);
    const config = inputs.signingConfig ? await (0,signing_config/* readSigningConfig */.A)((0,external_node_path_.resolve)(ctx.cwd, inputs.signingConfig)) : fromTuf ? await tufSigningServices(inputs, ctx) : {};
    const preset = instance === 'github'
        ? { ...githubInstance(ctx.env.GITHUB_SERVER_URL), rekorURL: undefined, tlogUpload: false }
        : { fulcioURL: read/* PUBLIC_FULCIO_URL */.v, rekorURL: read/* PUBLIC_REKOR_URL */.wI, tsaURL: undefined, tlogUpload: true };
    const rekorURL = inputs.rekorURL ?? config.rekorURL ?? preset.rekorURL;
    const tlogUpload = inputs.tlogUpload ?? (inputs.signingConfig || (fromTuf && config.fulcioURL) ? !!config.rekorURL : preset.tlogUpload);
    if (tlogUpload && !rekorURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`tlog-upload: true` needs a Rekor: set `rekor-url`.', {
            hint: "GitHub's Sigstore instance has no Rekor: leave `tlog-upload` unset with `sigstore: github`."
        });
    }
    const rekorVersion = inputs.rekorURL ? 1 : config.rekorVersion;
    const tsaURL = inputs.tsaURL ?? config.tsaURL ?? preset.tsaURL;
    if (tlogUpload && rekorVersion === 2 && !tsaURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'The signing config selects a Rekor v2 log, whose entries carry no time: it needs a timestamp authority.', {
            hint: 'Add a TSA to the signing config (tsaUrls), or set `tsa-url`.'
        });
    }
    return {
        fulcioURL: inputs.fulcioURL ?? config.fulcioURL ?? preset.fulcioURL,
        rekorURL: rekorURL ?? read/* PUBLIC_REKOR_URL */.wI,
        rekorVersion,
        tsaURL,
        tlogUpload,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
    };
}
/**
 * A signing session for a step: with the `key` input a long-lived key signs,
 * otherwise an ephemeral key certified by Fulcio from the ambient OIDC token.
 * `token` lets a caller that already read the token (attest reads its claims)
 * pass it in.
 */
async function prepareSession(inputs, ctx, token) {
    const services = await resolveServices(inputs, ctx);
    const instance = (0,sign_instance/* chooseInstance */.NF)(inputs.sigstore, ctx.env);
    ctx.log?.((0,sign_instance/* describeInstance */.xJ)(instance));
    if ((0,reference/* isKmsReference */.td)(inputs.key)) {
        // A key in a key service: the service signs; the reference is no secret. (Loaded only when used.)
        const { RemoteKeySigner } = await __webpack_require__.e(/* import() */ 9194).then(__webpack_require__.bind(__webpack_require__, 39194));
        const signer = await RemoteKeySigner.open(inputs.key, ctx.env);
        return { session: new sign_session.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    if (inputs.key) {
        ctx.onSecret?.(inputs.key);
        if (inputs.keyPassword)
            ctx.onSecret?.(inputs.keyPassword);
        const key = await (0,input/* keyFromInput */.c)(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await KeySigner.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new KeySigner(readPlainPrivateKey(key, 'key'), 'the key in `key`');
        return { session: new sign_session.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    let source = token?.source;
    const session = new sign_session.SigningSession({
        ...services,
        getToken: async () => {
            if (token)
                return token.token;
            const t = await (0,oidc_token/* getIdentityToken */.Uk)({
                identityToken: inputs.identityToken,
                audience: inputs.audience,
                env: ctx.env,
                timeoutMs: inputs.timeoutMs,
                retries: inputs.retries
            });
            ctx.onSecret?.(t.token);
            source = t.source;
            return t.token;
        }
    });
    return { session, services, tokenSource: () => source, instance };
}


/***/ }),

/***/ 8988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readSigningConfig),
/* harmony export */   V: () => (/* binding */ parseSigningConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _util_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77062);



/** A validity bound in ms: undefined when absent, NaN when present but not a time string. */
function time(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}
function isServiceURL(value) {
    return (0,_util_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHttpURL */ .nZ)(value) !== undefined;
}
/** The newest currently valid service of a list, within the API versions seal speaks. */
function pick(list, versions, now) {
    if (!Array.isArray(list))
        return undefined;
    const valid = list.filter((s) => {
        if (!s || !isServiceURL(s.url))
            return false;
        if (!versions.includes((s.majorApiVersion ?? 1)))
            return false;
        const start = time(s.validFor?.start);
        const end = time(s.validFor?.end);
        if (Number.isNaN(start) || Number.isNaN(end))
            return false;
        return (start === undefined || start <= now.getTime()) && (end === undefined || now.getTime() < end);
    });
    valid.sort((a, b) => (time(b.validFor?.start) ?? 0) - (time(a.validFor?.start) ?? 0));
    return valid[0];
}
function parseSigningConfig(text, source, now = new Date()) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `${source} is not JSON: expected a Sigstore SigningConfig.`);
    }
    const mediaType = typeof json === 'object' && json !== null ? json.mediaType : undefined;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.signingconfig')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `${source} is not a Sigstore SigningConfig (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json).`);
    }
    const ca = pick(json.caUrls, [1], now);
    const rekor = pick(json.rekorTlogUrls, [1, 2], now);
    const tsa = pick(json.tsaUrls, [1], now);
    return {
        fulcioURL: ca?.url,
        rekorURL: rekor?.url,
        rekorVersion: rekor ? (rekor.majorApiVersion ?? 1) : undefined,
        tsaURL: tsa?.url
    };
}
async function readSigningConfig(path, input = 'signing-config') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: cannot read ${path} (${err.code ?? err}).`);
    }
    return parseSigningConfig(text, `\`${input}\` (${path})`);
}


/***/ })

};
