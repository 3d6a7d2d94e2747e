export const id = 38;
export const ids = [38,473];
export const modules = {

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export retryAfter */
/**
 * Waiting between retries: exponential backoff with jitter, and the server's
 * own Retry-After when it gives one.
 */
/** Exponential backoff with jitter: ~base, 2×base, 4×base, ... capped at `max` (defaults: 250 ms, 8 s). */
function backoff(attempt, baseMs = 250, maxMs = 8000) {
    const base = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
/** Retry-After as a delay in ms: delta-seconds or an HTTP date. */
function retryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    // An HTTP date names its day and month ("Sun, 22 Nov 2026 10:00:05 GMT"); a bare number that is not delta-seconds is not one.
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * The wait before retry number `attempt`: what the server asked for in
 * Retry-After, else the backoff; never more than `maxMs` (a server asking
 * for an hour does not hold a release for an hour: the retry then fails
 * on its own and the step says why).
 */
function retryDelay(attempt, retryAfterHeader, baseMs = 250, maxMs = 8000) {
    return Math.min(retryAfter(retryAfterHeader) ?? backoff(attempt, baseMs, maxMs), maxMs);
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveImage: () => (/* binding */ resolveImage),
/* harmony export */   resolveManifest: () => (/* binding */ resolveManifest),
/* harmony export */   signatureRepository: () => (/* binding */ signatureRepository),
/* harmony export */   storedAt: () => (/* binding */ storedAt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(488);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8092);



/** Where in the image's signature storage something is: `registry/repository` followed by `at` (`@digest`, `:tag`, or nothing). */
function storedAt(image, at = '') {
    return `${image.store.registry}/${image.store.repository}${at}`;
}
/**
 * The repository that holds signatures when it is not each image's own:
 * the `signature-repository` input, else the `COSIGN_REPOSITORY`
 * environment variable, as cosign reads it.
 */
function signatureRepository(input, env) {
    if (input)
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(input, 'signature-repository');
    const fromEnv = env.COSIGN_REPOSITORY?.trim();
    return fromEnv ? (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(fromEnv, 'COSIGN_REPOSITORY') : undefined;
}
/**
 * Resolves an image reference to its manifest digest, media type and size.
 * A tag is looked up once; everything after that uses the digest, so a tag
 * moved meanwhile cannot change what is signed or verified.
 */
async function resolveImage(client, text, opts = {}) {
    return (await resolveManifest(client, text, opts)).image;
}
/**
 * `resolveImage`, keeping the manifest read. The descriptor comes from the
 * manifest's bytes, read with one GET (which takes the place of a HEAD): its
 * digest is the digest of those bytes (checked against the reference when it
 * names one), its size their length and its media type one of the manifest
 * and index types. What the registry only claims (a Content-Length, a
 * Content-Type) never reaches a descriptor that a signature's referrer will
 * name as its subject.
 */
async function resolveManifest(client, text, opts = {}) {
    const { input = 'image', where, signatureRepository } = opts;
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(text, input);
    const manifest = await client.getManifest(ref, ref.reference);
    if (!manifest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `\`${input}\`: ${text} was not found in ${where ?? ref.registry}.`, {
            hint: where
                ? `Save it there first with \`seal save ${text} --dir DIR\`, or name an image the directory holds.`
                : 'Check the repository, tag or digest, and that the credentials can read it.'
        });
    }
    if (ref.digest && manifest.digest !== ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `${where ?? ref.registry} answered for ${ref.digest} with the digest ${manifest.digest}.`);
    }
    if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_MEDIA_TYPES */ .$T.includes(manifest.mediaType)) {
        const shown = manifest.mediaType ? JSON.stringify(manifest.mediaType.slice(0, 100)) : 'no media type';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `\`${input}\`: ${where ?? ref.registry} holds ${text} with ${shown}, which is not an image manifest or index media type.`, {
            hint: `Sign or verify an image: its manifest must be one of ${_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_MEDIA_TYPES */ .$T.join(', ')}.`
        });
    }
    const pinned = ref.withDigest(manifest.digest);
    return {
        image: {
            given: text,
            ref: pinned,
            descriptor: { mediaType: manifest.mediaType, size: manifest.bytes.length, digest: manifest.digest },
            resolvedFromTag: ref.digest ? undefined : ref.reference,
            store: signatureRepository ? (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .inRepository */ .yJ)(pinned, signatureRepository) : pinned
        },
        manifest
    };
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signImage: () => (/* binding */ signImage),
  signImageBundle: () => (/* binding */ signImageBundle),
  signImageLegacy: () => (/* binding */ signImageLegacy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(8092);
;// CONCATENATED MODULE: ./src/core/formats/gojson.ts
/**
 * JSON as Go's encoding/json writes it: no whitespace, and `<`, `>`, `&`,
 * U+2028 and U+2029 escaped. Byte-compatible output matters wherever a digest
 * or signature covers the JSON (cosign payloads, config blobs, manifests).
 * Key order is the caller's: build objects in Go's field order, or sort map keys.
 */
function goJSON(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** A copy of a string map with its keys in byte order, as Go marshals maps. */
function sortedMap(map) {
    const out = {};
    for (const k of Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
        out[k] = map[k];
    return out;
}

;// CONCATENATED MODULE: ./src/core/formats/cosign-legacy.ts
/**
 * cosign's legacy signature storage: one OCI image per signed image, tagged
 * `sha256-<hex>.sig` (or `.att`), one layer per signature whose annotations
 * carry the signature, certificate, Rekor bundle and timestamp
 * (cosign's "signature spec"). These functions convert between such a layer
 * and a Sigstore bundle, so one verifier serves both formats.
 */






const ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
};
/**
 * Layer annotations for a signature bundle, as cosign writes them. For
 * attestations (`.att`) the signature lives in the DSSE envelope and the
 * annotation is empty.
 */
function legacyAnnotations(bundle, extra = {}) {
    const out = { ...extra };
    out[ANNOTATIONS.signature] =
        bundle.content.$case === 'messageSignature' ? Buffer.from(bundle.content.messageSignature.signature).toString('base64') : '';
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate') {
        out[ANNOTATIONS.certificate] = core_dist.pem.fromDER(Buffer.from(vm.certificate.rawBytes));
        out[ANNOTATIONS.chain] = '';
    }
    else if (vm.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = vm.x509CertificateChain.certificates;
        out[ANNOTATIONS.certificate] = core_dist.pem.fromDER(Buffer.from(leaf.rawBytes));
        out[ANNOTATIONS.chain] = rest.map(c => core_dist.pem.fromDER(Buffer.from(c.rawBytes))).join('');
    }
    const entry = bundle.verificationMaterial.tlogEntries.find(e => e.inclusionPromise);
    if (entry?.inclusionPromise) {
        out[ANNOTATIONS.bundle] = goJSON({
            SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
            Payload: {
                body: Buffer.from(entry.canonicalizedBody).toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId?.keyId ?? []).toString('hex')
            }
        });
    }
    const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (ts)
        out[ANNOTATIONS.timestamp] = goJSON({ SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64') });
    return sortedMap(out);
}
/**
 * Rebuilds a Sigstore bundle from a legacy layer (its blob and annotations),
 * so that the standard verifier checks the certificate chain, SCT, Rekor
 * promise, timestamp and signature. `where` names the layer in errors.
 */
function bundleFromLegacyLayer(blob, mediaType, annotations, where) {
    const fail = (why) => {
        throw new SealError('SIGNATURE_INVALID', `${where}: ${why}`);
    };
    const sig = annotations[ANNOTATIONS.signature];
    if (sig === undefined)
        fail(`missing the "${ANNOTATIONS.signature}" annotation`);
    const tlogEntries = [];
    const rekor = annotations[ANNOTATIONS.bundle];
    if (rekor) {
        let rb;
        try {
            rb = JSON.parse(rekor);
        }
        catch {
            return fail('the Rekor bundle annotation is not JSON');
        }
        const p = rb.Payload;
        if (!p || typeof p.body !== 'string' || typeof rb.SignedEntryTimestamp !== 'string' || typeof p.logID !== 'string') {
            return fail('the Rekor bundle annotation is incomplete');
        }
        let kind;
        try {
            kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
        }
        catch {
            return fail('the Rekor entry body is not base64 JSON');
        }
        tlogEntries.push({
            logIndex: String(p.logIndex),
            logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
            kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
            integratedTime: String(p.integratedTime),
            inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp },
            canonicalizedBody: p.body
        });
    }
    const rfc3161Timestamps = [];
    const tsa = annotations[ANNOTATIONS.timestamp];
    if (tsa) {
        try {
            const value = JSON.parse(tsa).SignedRFC3161Timestamp;
            if (typeof value === 'string')
                rfc3161Timestamps.push({ signedTimestamp: value });
        }
        catch {
            fail('the timestamp annotation is not JSON');
        }
    }
    const certPEM = annotations[ANNOTATIONS.certificate];
    const verificationMaterial = {
        tlogEntries,
        timestampVerificationData: { rfc3161Timestamps }
    };
    if (certPEM) {
        const chain = [certPEM, ...splitPEM(annotations[ANNOTATIONS.chain] ?? '')];
        verificationMaterial.x509CertificateChain = { certificates: chain.map(c => ({ rawBytes: pem.toDER(c).toString('base64') })) };
    }
    else {
        verificationMaterial.publicKey = { hint: '' };
    }
    const json = {
        // v0.1 accepts entries with only an inclusion promise, which is all a legacy layer has.
        mediaType: `application/vnd.dev.sigstore.bundle+json;version=${tlogEntries.length ? '0.1' : '0.2'}`,
        verificationMaterial
    };
    if (mediaType === DSSE_ENVELOPE) {
        let env;
        try {
            env = JSON.parse(blob.toString('utf8'));
        }
        catch {
            return fail('the DSSE envelope is not JSON');
        }
        if (typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures)) {
            return fail('the DSSE envelope is incomplete');
        }
        json.dsseEnvelope = {
            payload: env.payload,
            payloadType: env.payloadType,
            signatures: env.signatures.map(s => ({ sig: s.sig ?? '', keyid: s.keyid ?? '' }))
        };
    }
    else {
        json.messageSignature = {
            messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(blob).digest('base64') },
            signature: sig
        };
    }
    try {
        return bundleFromJSON(json);
    }
    catch (err) {
        return fail(`cannot be read as a Sigstore bundle (${err.message})`);
    }
}
function splitPEM(text) {
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g) ?? [];
}
/**
 * The config blob cosign's signature images carry, byte for byte: it lists
 * one history entry and one diff ID (the layer digest) per layer.
 */
function legacyConfig(layerDigests) {
    return Buffer.from(goJSON({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layerDigests.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layerDigests },
        config: {}
    }));
}
/** The signature image manifest, with Go's field order and sorted annotation keys. */
function legacyManifest(config, layers) {
    const desc = (d) => {
        const out = { mediaType: d.mediaType, size: d.size, digest: d.digest };
        if (d.annotations && Object.keys(d.annotations).length)
            out.annotations = sortedMap(d.annotations);
        return out;
    };
    return Buffer.from(goJSON({ schemaVersion: 2, mediaType: types/* OCI_MANIFEST */.EG, config: desc(config), layers: layers.map(desc) }));
}

;// CONCATENATED MODULE: ./src/core/formats/intoto.ts
/** in-toto statements (v1), the payload of DSSE attestations and of cosign's bundle-format image signatures. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The predicate cosign (v3) signs for an image signature in the bundle format. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
function statement(subject, predicateType, predicate = {}) {
    return { _type: STATEMENT_V1, subject, predicateType, predicate };
}
function statementBytes(s) {
    return Buffer.from(JSON.stringify(s));
}

;// CONCATENATED MODULE: ./src/core/formats/referrer.ts
/**
 * The OCI 1.1 referrer manifest that stores a Sigstore bundle next to an image,
 * in the layout cosign v3 writes: an empty config, one layer holding the
 * bundle JSON, the image as `subject`, and the bundle media type as
 * `artifactType` (on the manifest and, as cosign does, on the config too).
 */


const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** RFC 3339 in UTC without fractional seconds, as Go's time.RFC3339 formats it. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function bundleReferrerManifest(args) {
    const annotations = {
        [ANNOTATION_CONTENT]: 'dsse-envelope',
        [ANNOTATION_PREDICATE_TYPE]: args.predicateType,
        [ANNOTATION_CREATED]: rfc3339(args.created ?? new Date())
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: types/* OCI_MANIFEST */.EG,
        config: { mediaType: types/* EMPTY_CONFIG */.$v.mediaType, size: types/* EMPTY_CONFIG */.$v.size, digest: types/* EMPTY_CONFIG */.$v.digest, artifactType: types/* SIGSTORE_BUNDLE_V03 */.En },
        layers: [{ mediaType: types/* SIGSTORE_BUNDLE_V03 */.En, size: args.bundle.size, digest: args.bundle.digest }],
        annotations,
        subject: { mediaType: args.subject.mediaType, size: args.subject.size, digest: args.subject.digest },
        artifactType: types/* SIGSTORE_BUNDLE_V03 */.En
    };
    return { bytes: Buffer.from(goJSON(manifest)), annotations };
}

;// CONCATENATED MODULE: ./src/core/formats/simple-signing.ts


const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * The payload cosign signs for an image (the "simple signing" format), byte
 * for byte as cosign writes it: `optional` is null without annotations.
 */
function simpleSigningPayload(claim) {
    const optional = claim.annotations && Object.keys(claim.annotations).length ? sortedMap(claim.annotations) : null;
    return Buffer.from(goJSON({
        critical: {
            identity: { 'docker-reference': claim.dockerReference },
            image: { 'docker-manifest-digest': claim.manifestDigest },
            type: SIMPLE_SIGNING_TYPE
        },
        optional
    }));
}
/** Reads a simple-signing payload; rejects anything that is not one. */
function parseSimpleSigning(payload) {
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new SealError('SIGNATURE_INVALID', 'the signature payload is not JSON');
    }
    const critical = json?.critical;
    const type = critical?.type;
    if (type !== SIMPLE_SIGNING_TYPE) {
        throw new SealError('SIGNATURE_INVALID', `the signature payload is not a cosign image signature (type ${JSON.stringify(type)})`);
    }
    const digest = critical?.image?.['docker-manifest-digest'];
    const reference = critical?.identity?.['docker-reference'];
    if (typeof digest !== 'string' || typeof reference !== 'string') {
        throw new SealError('SIGNATURE_INVALID', 'the signature payload lacks the image digest or docker-reference');
    }
    const optional = json.optional;
    const annotations = optional && typeof optional === 'object'
        ? Object.fromEntries(Object.entries(optional).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return { dockerReference: reference, manifestDigest: digest, annotations };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(7298);
;// CONCATENATED MODULE: ./src/core/oci/referrers.ts
/**
 * OCI 1.1 referrers: manifests that point at another manifest through their
 * `subject`. Registries with the referrers API index them on their own; for
 * the others, the referrers tag schema keeps an image index tagged
 * `sha256-<hex>` (the subject's digest) that lists them.
 *
 * Tag updates are read–modify–write on a registry without compare-and-swap,
 * so every writer reads its entry back after a pause longer than a
 * read-modify-write takes, and starts over until it stays listed; it also puts back entries it saw
 * earlier that a concurrent writer dropped. Where the registry honours
 * `If-Match`, the write is conditional on the index it read.
 */




const queues = new WeakMap();
/**
 * Adds an entry to a referrers tag. Calls on one client for the same tag are
 * batched: whatever is waiting when an update starts goes into one write.
 */
function enqueue(client, repo, tag, entry, options) {
    let byTag = queues.get(client);
    if (!byTag) {
        byTag = new Map();
        queues.set(client, byTag);
    }
    const key = `${repo.registry}/${repo.repository}:${tag}`;
    let queue = byTag.get(key);
    if (!queue) {
        queue = { pending: [], running: false };
        byTag.set(key, queue);
    }
    const q = queue;
    const map = byTag;
    return new Promise((resolve, reject) => {
        q.pending.push({ entry, resolve, reject });
        if (q.running)
            return;
        q.running = true;
        void (async () => {
            while (q.pending.length > 0) {
                const batch = q.pending.splice(0);
                try {
                    await updateTag(client, repo, tag, batch.map(w => w.entry), options);
                    for (const w of batch)
                        w.resolve();
                }
                catch (err) {
                    for (const w of batch)
                        w.reject(err);
                }
            }
            q.running = false;
            if (map.get(key) === q)
                map.delete(key);
        })();
    });
}
function jitter(ms) {
    return ms * (0.75 + Math.random() * 0.5);
}
function parseManifest(manifest) {
    let value;
    try {
        value = JSON.parse(Buffer.from(manifest).toString('utf8'));
    }
    catch {
        value = undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'A referrer manifest must be a JSON object.');
    }
    return value;
}
/**
 * The index entry for a referrer: its media type, size and digest, its
 * artifactType (the manifest's, else its config media type) and annotations.
 */
function referrerDescriptor(manifest, mediaType, size, digest) {
    const config = manifest.config;
    const artifactType = typeof manifest.artifactType === 'string' && manifest.artifactType
        ? manifest.artifactType
        : typeof config?.mediaType === 'string'
            ? config.mediaType
            : undefined;
    const out = { mediaType, size, digest };
    const annotations = manifest.annotations;
    if (annotations && typeof annotations === 'object' && !Array.isArray(annotations)) {
        const strings = Object.entries(annotations).filter(([, v]) => typeof v === 'string');
        if (strings.length)
            out.annotations = Object.fromEntries(strings);
    }
    if (artifactType)
        out.artifactType = artifactType;
    return out;
}
/**
 * Pushes a referrer manifest (by digest) and makes sure it is listed for its
 * subject: by the registry's referrers API, or else in the referrers tag
 * index, which is read back until the entry stays there.
 */
async function attachReferrer(client, repo, subject, manifest, options = {}) {
    const bytes = Buffer.from(manifest);
    const json = parseManifest(bytes);
    const mediaType = options.mediaType ?? (typeof json.mediaType === 'string' ? json.mediaType : undefined);
    if (!mediaType)
        throw new errors/* SealError */.EM('INPUT_INVALID', 'A referrer manifest needs a media type (its `mediaType` field).');
    const subjectDigest = json.subject?.digest;
    if (subjectDigest !== subject.digest) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `The referrer manifest's subject (${String(subjectDigest)}) is not ${subject.digest}.`);
    }
    const digest = await client.putManifest(repo, (0,types/* digestOf */.ol)(bytes), bytes, mediaType);
    const descriptor = referrerDescriptor(json, mediaType, bytes.length, digest);
    const tag = (0,types/* referrersTag */.LN)(subject.digest);
    const listed = await client.referrers(repo, subject.digest);
    if (listed !== undefined) {
        await confirmInAPI(client, repo, subject.digest, digest, listed, options.settleMs ?? 250);
        return { descriptor, storage: 'referrers-api' };
    }
    await enqueue(client, repo, tag, descriptor, options);
    return { descriptor, storage: 'referrers-tag', tag };
}
/** Waits (briefly) until the referrers API lists a new referrer; registries may index asynchronously. */
async function confirmInAPI(client, repo, subject, digest, first, settleMs) {
    let listed = first;
    for (let round = 0; round < 5; round++) {
        if (listed?.some(d => d.digest === digest))
            return;
        await (0,promises_.setTimeout)(jitter(settleMs * 2 ** round));
        listed = await client.referrers(repo, subject);
    }
    throw new oci_errors/* RegistryError */.gl('REGISTRY_ERROR', `Registry ${repo.registry} accepted referrer ${digest} of ${subject} in ${repo.repository}, but its referrers API does not list it.`, { registry: repo.registry, hint: 'The registry may index referrers late; re-run the step.' });
}
async function readTagIndex(client, repo, tag) {
    // Accept every manifest type: a tag holding something else must be seen (and refused), not overwritten.
    const m = await client.getManifest(repo, tag);
    if (!m)
        return undefined;
    const json = m.json;
    if (json.schemaVersion !== 2 || json.mediaType !== types/* OCI_INDEX */.$p || !Array.isArray(json.manifests)) {
        throw new oci_errors/* RegistryError */.gl('REGISTRY_ERROR', `Tag ${tag} in ${repo.registry}/${repo.repository} holds ${typeof json.mediaType === 'string' ? json.mediaType : 'a manifest'}, not an OCI image index, so it cannot list referrers.`, { registry: repo.registry, hint: `Delete or rename the tag ${tag}; the referrers tag schema reserves it.` });
    }
    const entries = new Map();
    json.manifests.forEach((raw, i) => {
        const d = (0,types/* parseDescriptor */.BA)(raw, `Entry ${i} of tag ${tag} in ${repo.registry}/${repo.repository}`);
        entries.set(d.digest, raw);
    });
    return { json, entries, ...(m.etag ? { etag: m.etag } : {}) };
}
/** The index bytes: the entries sorted by digest, other fields of the existing index kept. */
function indexBytes(existing, entries) {
    const manifests = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
    const rest = Object.fromEntries(Object.entries(existing ?? {}).filter(([k]) => k !== 'schemaVersion' && k !== 'mediaType' && k !== 'manifests'));
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: types/* OCI_INDEX */.$p, manifests, ...rest }));
}
async function updateTag(client, repo, tag, entries, options) {
    const maxAttempts = Math.max(1, options.maxAttempts ?? 16);
    let settle = Math.max(1, options.settleMs ?? 250);
    const own = entries.map(e => e.digest);
    // Everything seen in this tag during this update; put back if a concurrent writer drops it.
    const seen = new Map(entries.map(e => [e.digest, (0,types/* descriptorJSON */.QA)(e)]));
    const listed = (index) => own.every(d => index?.entries.has(d));
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const { value: current, serviceMs: readMs } = await client.timed(() => readTagIndex(client, repo, tag));
        for (const [digest, d] of current?.entries ?? [])
            if (!seen.has(digest))
                seen.set(digest, d);
        if ([...seen.keys()].some(d => !current?.entries.has(d))) {
            const merged = new Map(current?.entries ?? []);
            for (const [digest, d] of seen)
                if (!merged.has(digest))
                    merged.set(digest, d);
            let writeMs;
            try {
                const write = () => client.putManifest(repo, tag, indexBytes(current?.json, merged), types/* OCI_INDEX */.$p, current?.etag ? { ifMatch: current.etag } : {});
                writeMs = (await client.timed(write)).serviceMs;
            }
            catch (err) {
                // 412: the tag changed since it was read (conditional write); read it again.
                if (!(err instanceof oci_errors/* RegistryError */.gl && err.status === 412))
                    throw err;
                await (0,promises_.setTimeout)(Math.random() * settle);
                continue;
            }
            // A writer that read before this write lands within about one read-modify-write; wait longer
            // than that. Measured in the registry's answering time: retried faults and their waits do
            // not slow another writer down.
            settle = Math.max(settle, 2 * (readMs + writeMs));
        }
        // One look, a settle later: a writer that read the tag before this write has landed by then,
        // so what is listed now stays listed.
        await (0,promises_.setTimeout)(jitter(settle));
        if (listed(await readTagIndex(client, repo, tag)))
            return;
        await (0,promises_.setTimeout)(Math.random() * Math.min(2000, 50 * 2 ** attempt));
    }
    throw new oci_errors/* RegistryError */.gl('REGISTRY_ERROR', `Could not keep ${own.length === 1 ? `referrer ${own[0]}` : `${own.length} referrers`} listed in tag ${tag} of ${repo.registry}/${repo.repository} after ${maxAttempts} attempts: other writers kept replacing the tag.`, { registry: repo.registry, hint: 'Too many jobs update the signatures of this image at once; re-run the step.' });
}
/**
 * The referrers of a manifest: from the referrers API when the registry has
 * one, else from the referrers tag (none when the tag does not exist).
 * `includeTag` also reads the tag when the API answers, for referrers pushed
 * before the registry had the API.
 */
async function listReferrers(client, repo, digest, options = {}) {
    const tag = referrersTag(digest);
    const filter = (list) => options.artifactType ? list.filter(d => d.artifactType === options.artifactType) : list;
    const api = await client.referrers(repo, digest, options.artifactType);
    if (api !== undefined && !options.includeTag)
        return { descriptors: filter(api), source: 'referrers-api', tag };
    const index = await readTagIndex(client, repo, tag);
    const fromTag = [...(index?.entries.values() ?? [])].map((raw, i) => parseDescriptor(raw, `Entry ${i} of tag ${tag}`));
    if (api === undefined)
        return { descriptors: filter(fromTag), source: 'referrers-tag', tag };
    const byDigest = new Map(api.map(d => [d.digest, d]));
    for (const d of fromTag)
        if (!byDigest.has(d.digest))
            byDigest.set(d.digest, d);
    return { descriptors: filter([...byDigest.values()]), source: 'referrers-api', tag };
}

// EXTERNAL MODULE: ./src/core/tlog.ts
var tlog = __webpack_require__(8213);
// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
;// CONCATENATED MODULE: ./src/core/image/legacy-store.ts
/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing and writes again until its layer is listed, and checks once
 * more after a pause so a slower concurrent writer cannot drop it unnoticed.
 */




/** The layers of a legacy signature image, or none when the tag does not exist. */
async function readLegacyLayers(client, repo, tag) {
    const manifest = await client.getManifest(repo, tag, [types/* OCI_MANIFEST */.EG, 'application/vnd.docker.distribution.manifest.v2+json']);
    if (!manifest)
        return [];
    const layers = manifest.json.layers;
    if (!Array.isArray(layers)) {
        throw new errors/* SealError */.EM('REGISTRY_ERROR', `${repo.registry}/${repo.repository}:${tag} is not a signature image (it has no layers).`);
    }
    return layers;
}
/** The same signature: same payload digest, media type and annotations (the signature among them). */
function sameLayer(a, b) {
    if (a.digest !== b.digest || a.mediaType !== b.mediaType)
        return false;
    const x = a.annotations ?? {};
    const y = b.annotations ?? {};
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every(k => x[k] === y[k]);
}
/**
 * Adds a signature (or attestation) layer to the legacy tag of an image and
 * returns the tag once the layer is confirmed there.
 */
async function appendLegacyLayer(client, repo, imageDigest, suffix, layer, options = {}) {
    const tag = (0,types/* cosignTag */.qv)(imageDigest, suffix);
    const blob = await client.pushBlob(repo, layer.blob, layer.mediaType);
    const ours = { mediaType: layer.mediaType, size: blob.size, digest: blob.digest, annotations: layer.annotations };
    const maxAttempts = options.maxAttempts ?? 20;
    const settle = options.settleMs ?? 300;
    // Whether the tag was read a full window after this call's last write (or check).
    let settled = false;
    // A concurrent writer can drop our layer for as long as one of its read-modify-writes takes:
    // the pause before confirming grows with the slowest one seen here (a loaded registry is slow).
    // It is measured in the registry's answering time: timeouts, failed attempts and the waits
    // between retries say nothing about how fast another writer's read-modify-write lands.
    let window = settle;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const { value: layers, serviceMs: readMs } = await client.timed(() => readLegacyLayers(client, repo, tag));
        if (layers.some(l => sameLayer(l, ours))) {
            // Listed a window after our write: a concurrent read-modify-write that started before it
            // (and would drop our layer) has landed by then, so the layer stays.
            if (settled)
                return tag;
            await (0,backoff/* sleep */.yy)(window + Math.random() * window);
            settled = true;
            continue;
        }
        const next = [...layers, ours];
        const { serviceMs: writeMs } = await client.timed(async () => {
            const config = await client.pushBlob(repo, legacyConfig(next.map(l => l.digest)), types/* OCI_CONFIG */.TF);
            await client.putManifest(repo, tag, legacyManifest({ ...config, mediaType: types/* OCI_CONFIG */.TF }, next), types/* OCI_MANIFEST */.EG);
        });
        window = Math.max(window, 2 * (readMs + writeMs));
        await (0,backoff/* sleep */.yy)(window + Math.random() * window);
        settled = true;
    }
    throw new errors/* SealError */.EM('REGISTRY_ERROR', `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`, { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' });
}

// EXTERNAL MODULE: ./src/core/image/resolve.ts
var resolve = __webpack_require__(7473);
;// CONCATENATED MODULE: ./src/core/image/sign-image.ts











/**
 * cosign's bundle format: an in-toto statement naming the image digest with
 * the cosign signing predicate, signed as DSSE, stored as an OCI referrer.
 */
async function signImageBundle(client, session, image) {
    const hex = image.descriptor.digest.replace(/^sha256:/, '');
    const payload = statementBytes(statement([{ name: image.ref.repositoryName, digest: { sha256: hex } }], COSIGN_SIGN_PREDICATE, {}));
    const bundle = await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE);
    const bundleBytes = Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle)));
    const [layer] = await Promise.all([client.pushBlob(image.store, bundleBytes, types/* SIGSTORE_BUNDLE_V03 */.En), client.pushBlob(image.store, types/* EMPTY_CONFIG_BYTES */.pA, types/* EMPTY_CONFIG */.$v.mediaType)]);
    const { bytes } = bundleReferrerManifest({ bundle: layer, subject: image.descriptor, predicateType: COSIGN_SIGN_PREDICATE });
    const attached = await attachReferrer(client, image.store, image.descriptor, bytes);
    const where = (0,resolve.storedAt)(image, `@${attached.descriptor.digest}`);
    return {
        format: 'bundle',
        location: attached.tag ? `${where} (listed in tag ${attached.tag})` : `${where} (referrers API)`,
        ...(0,tlog/* logFacts */.q)(bundle)
    };
}
/** cosign's legacy format: a simple-signing payload signed as a message, appended to `sha256-<hex>.sig`. */
async function signImageLegacy(client, session, image) {
    const payload = simpleSigningPayload({ dockerReference: image.ref.repositoryName, manifestDigest: image.descriptor.digest });
    const bundle = await session.signDigest((0,external_node_crypto_.createHash)('sha256').update(payload).digest());
    const tag = await appendLegacyLayer(client, image.store, image.descriptor.digest, 'sig', {
        blob: payload,
        mediaType: types/* COSIGN_SIMPLE_SIGNING */.dY,
        annotations: legacyAnnotations(bundle)
    });
    return { format: 'legacy', location: (0,resolve.storedAt)(image, `:${tag}`), ...(0,tlog/* logFacts */.q)(bundle) };
}
/**
 * Signs an image in the requested formats. With both, the two signatures are
 * made and stored side by side (they write different tags); the result lists
 * the bundle first. When one fails, the other is still seen through before
 * the failure is reported, so nothing is left half-written in the background.
 */
async function signImage(client, session, image, format) {
    const jobs = [];
    if (format !== 'legacy')
        jobs.push(() => signImageBundle(client, session, image));
    if (format !== 'bundle')
        jobs.push(() => signImageLegacy(client, session, image));
    const settled = await Promise.allSettled(jobs.map(job => job()));
    const failed = settled.find(s => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(s => s.value);
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ CREDENTIALS_HINT),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony export isRegistryError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** The hint for every registry authentication failure: the inputs that carry credentials. */
const CREDENTIALS_HINT = 'The username and password (or token) must grant access to the repository; ' +
    'they come from the `registry-username` and `registry-password` inputs, else from `docker login`.';
/**
 * A registry request that failed. `status` is the HTTP status (absent for
 * network errors and timeouts); `method` and `path` name the request.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM {
    registry;
    method;
    path;
    status;
    /** The distribution error codes of the response body (e.g. MANIFEST_BLOB_UNKNOWN). */
    codes;
    constructor(code, message, details) {
        super(code, message, { hint: details.hint, cause: details.cause });
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.method = details.method;
        this.path = details.path;
        this.status = details.status;
        this.codes = details.codes ?? [];
    }
}
function isRegistryError(err) {
    return err instanceof RegistryError;
}


/***/ }),

/***/ 8213:
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


/***/ })

};
