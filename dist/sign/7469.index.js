export const id = 7469;
export const ids = [7469];
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


/***/ })

};
