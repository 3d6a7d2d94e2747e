export const id = 897;
export const ids = [897];
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

/***/ 47473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   K9: () => (/* binding */ resolveManifest),
/* harmony export */   jL: () => (/* binding */ signatureRepository),
/* harmony export */   x3: () => (/* binding */ storedAt)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10488);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48092);



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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `\`${input}\`: ${text} was not found in ${where ?? ref.registry}.`, {
            hint: where
                ? `Save it there first with \`seal save ${text} --dir DIR\`, or name an image the directory holds.`
                : 'Check the repository, tag or digest, and that the credentials can read it.'
        });
    }
    if (ref.digest && manifest.digest !== ref.digest) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `${where ?? ref.registry} answered for ${ref.digest} with the digest ${manifest.digest}.`);
    }
    if (!_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_MEDIA_TYPES */ .$T.includes(manifest.mediaType)) {
        const shown = manifest.mediaType ? JSON.stringify(manifest.mediaType.slice(0, 100)) : 'no media type';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `\`${input}\`: ${where ?? ref.registry} holds ${text} with ${shown}, which is not an image manifest or index media type.`, {
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

/***/ 27897:
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
;// CONCATENATED MODULE: ./src/core/formats/gojson.ts
/**
 * JSON as Go's encoding/json writes it: no whitespace, and `<`, `>`, `&`,
 * U+2028 and U+2029 escaped. Byte-compatible output matters wherever a digest
 * or signature covers the JSON (cosign payloads, config blobs, manifests).
 * Key order is the caller's: build objects in Go's field order, or sort map keys.
 */
function gojson_goJSON(value) {
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

// EXTERNAL MODULE: ./src/core/formats/pem.ts
var pem = __webpack_require__(52038);
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
function cosign_legacy_legacyAnnotations(bundle, extra = {}) {
    const out = { ...extra };
    out[ANNOTATIONS.signature] = bundle.content.$case === 'messageSignature' ? Buffer.from(bundle.content.messageSignature.signature).toString('base64') : '';
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate') {
        out[ANNOTATIONS.certificate] = (0,pem/* encodePem */.TS)('CERTIFICATE', vm.certificate.rawBytes);
        out[ANNOTATIONS.chain] = '';
    }
    else if (vm.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = vm.x509CertificateChain.certificates;
        out[ANNOTATIONS.certificate] = (0,pem/* encodePem */.TS)('CERTIFICATE', leaf.rawBytes);
        out[ANNOTATIONS.chain] = rest.map(c => (0,pem/* encodePem */.TS)('CERTIFICATE', c.rawBytes)).join('');
    }
    const entry = bundle.verificationMaterial.tlogEntries.find(e => e.inclusionPromise);
    if (entry?.inclusionPromise) {
        out[ANNOTATIONS.bundle] = gojson_goJSON({
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
        out[ANNOTATIONS.timestamp] = gojson_goJSON({ SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64') });
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
        const leaf = certificatesIn(certPEM, ANNOTATIONS.certificate, where);
        if (leaf.length === 0)
            fail(`the "${ANNOTATIONS.certificate}" annotation holds no CERTIFICATE`);
        const chain = [leaf[0], ...certificatesIn(annotations[ANNOTATIONS.chain] ?? '', ANNOTATIONS.chain, where)];
        verificationMaterial.x509CertificateChain = { certificates: chain.map(der => ({ rawBytes: der.toString('base64') })) };
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
/** The DER of each CERTIFICATE block in an annotation's PEM text, in order. */
function certificatesIn(text, annotation, where) {
    try {
        return decodePemBlocks(text, `the "${annotation}" annotation`)
            .filter(block => block.type === 'CERTIFICATE')
            .map(block => block.der);
    }
    catch (err) {
        throw new SealError('SIGNATURE_INVALID', `${where}: ${err.message}`, { cause: err });
    }
}
/**
 * The config blob cosign's signature images carry, byte for byte: it lists
 * one history entry and one diff ID (the layer digest) per layer.
 */
function cosign_legacy_legacyConfig(layerDigests) {
    return Buffer.from(gojson_goJSON({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layerDigests.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layerDigests },
        config: {}
    }));
}
/** The signature image manifest, with Go's field order and sorted annotation keys. */
function cosign_legacy_legacyManifest(config, layers) {
    const desc = (d) => {
        const out = { mediaType: d.mediaType, size: d.size, digest: d.digest };
        if (d.annotations && Object.keys(d.annotations).length)
            out.annotations = sortedMap(d.annotations);
        return out;
    };
    return Buffer.from(gojson_goJSON({ schemaVersion: 2, mediaType: types/* OCI_MANIFEST */.EG, config: desc(config), layers: layers.map(desc) }));
}

;// CONCATENATED MODULE: ./src/core/formats/intoto.ts
/** in-toto statements (v1), the payload of DSSE attestations and of cosign's bundle-format image signatures. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement types a verifier accepts: v1, and v0.1 (still written by older clients, e.g. npm provenance v0.2). */
const STATEMENT_TYPES = [STATEMENT_V1, 'https://in-toto.io/Statement/v0.1'];
/** The predicate cosign (v3) signs for an image signature in the bundle format. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
function statement(subject, predicateType, predicate = {}) {
    return { _type: STATEMENT_V1, subject, predicateType, predicate };
}
function statementBytes(s) {
    return Buffer.from(JSON.stringify(s));
}

;// CONCATENATED MODULE: ./src/core/formats/simple-signing.ts


const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * The payload cosign signs for an image (the "simple signing" format), byte
 * for byte as cosign writes it: `optional` is null without annotations.
 */
function simpleSigningPayload(claim) {
    const optional = claim.annotations && Object.keys(claim.annotations).length ? sortedMap(claim.annotations) : null;
    return Buffer.from(gojson_goJSON({
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

// EXTERNAL MODULE: ./src/core/formats/tlog.ts
var tlog = __webpack_require__(35412);
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
    return { bytes: Buffer.from(gojson_goJSON(manifest)), annotations };
}

// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(77298);
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
/** Settle waits vary by a quarter either way, so writers that meet once do not meet again. */
const SETTLE_JITTER = [0.75, 1.25];
function jitter(ms) {
    const [low, high] = SETTLE_JITTER;
    return ms * (low + Math.random() * (high - low));
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
async function referrers_attachReferrer(client, repo, subject, manifest, options = {}) {
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
    const unlisted = new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} accepted referrer ${digest} of ${subject} in ${repo.repository}, but its referrers API does not list it.`, { registry: repo.registry, hint: 'The registry may index referrers late; re-run the step.' });
    // Five looks after the first answer, a settle apart, doubling.
    await (0,retry/* withRetries */.LH)((0,retry/* retryPolicy */.Jb)({ retries: 5, baseMs: settleMs, maxMs: Infinity, jitter: SETTLE_JITTER }), async (n) => {
        const listed = n === 1 ? first : await client.referrers(repo, subject);
        return listed?.some(d => d.digest === digest) ? true : (0,retry/* again */.TG)(unlisted);
    });
}
async function readTagIndex(client, repo, tag) {
    // Accept every manifest type: a tag holding something else must be seen (and refused), not overwritten.
    const m = await client.getManifest(repo, tag);
    if (!m)
        return undefined;
    const json = m.json;
    if (json.schemaVersion !== 2 || json.mediaType !== types/* OCI_INDEX */.$p || !Array.isArray(json.manifests)) {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Tag ${tag} in ${repo.registry}/${repo.repository} holds ${typeof json.mediaType === 'string' ? json.mediaType : 'a manifest'}, not an OCI image index, so it cannot list referrers.`, { registry: repo.registry, hint: `Delete or rename the tag ${tag}; the referrers tag schema reserves it.` });
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
    const crowded = new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Could not keep ${own.length === 1 ? `referrer ${own[0]}` : `${own.length} referrers`} listed in tag ${tag} of ${repo.registry}/${repo.repository} after ${maxAttempts} attempts: other writers kept replacing the tag.`, { registry: repo.registry, hint: 'Too many jobs update the signatures of this image at once; re-run the step.' });
    // Between rounds, a random pause up to 100 ms, doubling to 2 s: writers that keep meeting spread out.
    const rounds = (0,retry/* retryPolicy */.Jb)({ retries: maxAttempts - 1, baseMs: 100, maxMs: 2000, maxWaitMs: Infinity, jitter: [0, 1] });
    await (0,retry/* withRetries */.LH)(rounds, async () => {
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
                // 412: the tag changed since it was read (conditional write); read it again, after a random part of a settle.
                if (!(err instanceof oci_errors/* RegistryError */.g && err.status === 412))
                    throw err;
                return (0,retry/* again */.TG)(crowded, Math.random() * settle);
            }
            // A writer that read before this write lands within about one read-modify-write; wait longer
            // than that. Measured in the registry's answering time: retried faults and their waits do
            // not slow another writer down.
            settle = Math.max(settle, 2 * (readMs + writeMs));
        }
        // One look, a settle later: a writer that read the tag before this write has landed by then,
        // so what is listed now stays listed.
        await (0,retry/* sleep */.yy)(jitter(settle));
        return listed(await readTagIndex(client, repo, tag)) ? true : (0,retry/* again */.TG)(crowded);
    });
}
/**
 * The referrers of a manifest: from the referrers API when the registry has
 * one, else from the referrers tag (none when the tag does not exist).
 * `includeTag` also reads the tag when the API answers, for referrers pushed
 * before the registry had the API.
 */
async function listReferrers(client, repo, digest, options = {}) {
    const tag = referrersTag(digest);
    const filter = (list) => (options.artifactType ? list.filter(d => d.artifactType === options.artifactType) : list);
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

;// CONCATENATED MODULE: ./src/core/image/legacy-store.ts
/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing, writes again (with every layer it saw) until nothing is
 * missing, and leaves only once the tag stayed unchanged for a settle window,
 * so a slower concurrent writer cannot drop a signature unnoticed.
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
/** A key that is equal for the same signature: same payload digest, media type and annotations (the signature among them). */
function layerKey(l) {
    const annotations = Object.entries(l.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([l.digest, l.mediaType, annotations]);
}
/**
 * Adds a signature (or attestation) layer to the legacy tag of an image and
 * returns the tag once the layer is confirmed there.
 *
 * The registry offers no conditional write of a tag, so a concurrent writer
 * that read the tag before this write can still replace it afterwards. To
 * keep every signature:
 *  - each read-modify-write starts again from a fresh read when the read got
 *    older than half the settle window before the write went out (a process
 *    stalled on a busy machine would otherwise write back a stale list);
 *  - every layer this call ever saw listed is written back with its own
 *    (a layer once listed was put there by a signer), so a writer still
 *    confirming repairs what a stale writer dropped, its own or another's;
 *  - the layer counts as kept once the tag stayed the same, with every known
 *    layer in it, for a settle window longer than twice the slowest
 *    read-modify-write seen here; while other writers keep changing the tag,
 *    it keeps watching (and repairing).
 */
async function legacy_store_appendLegacyLayer(client, repo, imageDigest, suffix, layer, options = {}) {
    const tag = (0,types/* cosignTag */.qv)(imageDigest, suffix);
    const blob = await client.pushBlob(repo, layer.blob, layer.mediaType);
    const ours = { mediaType: layer.mediaType, size: blob.size, digest: blob.digest, annotations: layer.annotations };
    const maxAttempts = options.maxAttempts ?? 20;
    const settle = options.settleMs ?? 300;
    const known = new Map([[layerKey(ours), ours]]);
    // The pause before confirming grows with the slowest read-modify-write seen here (a loaded
    // registry or machine is slow), measured in the registry's answering time: timeouts, failed
    // attempts and the waits between retries say nothing about how fast another writer's write lands.
    let window = settle;
    let writes = 0;
    // What the tag listed at the last read or write, a full window ago (undefined before the first).
    let last;
    for (let reads = 0; reads < maxAttempts * 10; reads++) {
        const { value: layers, serviceMs: readMs } = await client.timed(() => readLegacyLayers(client, repo, tag));
        const readAt = Date.now();
        const listed = layers.map(layerKey);
        const state = listed.join('\n');
        for (const l of layers)
            known.set(layerKey(l), l);
        const missing = [...known.entries()].filter(([key]) => !listed.includes(key)).map(([, l]) => l);
        if (missing.length === 0) {
            // Unchanged for a window after this call's last write or the last change it saw: a
            // concurrent read-modify-write that started before it (and would drop a layer) has landed.
            if (state === last)
                return tag;
            last = state;
            await (0,retry/* sleep */.yy)(window + Math.random() * window);
            continue;
        }
        if (++writes > maxAttempts)
            break;
        const next = [...layers, ...missing];
        const { value: config, serviceMs: blobMs } = await client.timed(() => client.pushBlob(repo, cosign_legacy_legacyConfig(next.map(l => l.digest)), types/* OCI_CONFIG */.TF));
        // Time this process spent on other work since the read (not waiting for the registry).
        if (Date.now() - readAt - blobMs > window / 2) {
            writes--;
            continue;
        }
        const { serviceMs: putMs } = await client.timed(() => client.putManifest(repo, tag, cosign_legacy_legacyManifest({ ...config, mediaType: types/* OCI_CONFIG */.TF }, next), types/* OCI_MANIFEST */.EG));
        const writeMs = blobMs + putMs;
        window = Math.max(window, 2 * (readMs + writeMs));
        last = next.map(layerKey).join('\n');
        await (0,retry/* sleep */.yy)(window + Math.random() * window);
    }
    throw new errors/* SealError */.EM('REGISTRY_ERROR', `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`, { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' });
}

// EXTERNAL MODULE: ./src/core/image/resolve.ts
var resolve = __webpack_require__(47473);
;// CONCATENATED MODULE: ./src/core/image/attach.ts
/**
 * Attaching attestations and SBOMs to images: as OCI 1.1 referrers (the
 * default) and in cosign's legacy `.att` / `.sbom` tags.
 */








/**
 * Stores a bundle as a referrer of the image (the layout cosign v3 writes),
 * annotated with its predicate type, and says where it went.
 */
async function storeBundleReferrer(client, image, bundle, predicateType) {
    const bytes = Buffer.from(JSON.stringify((0,dist.bundleToJSON)(bundle)));
    const [layer] = await Promise.all([
        client.pushBlob(image.store, bytes, types/* SIGSTORE_BUNDLE_V03 */.En),
        client.pushBlob(image.store, types/* EMPTY_CONFIG_BYTES */.pA, types/* EMPTY_CONFIG */.$v.mediaType)
    ]);
    const manifest = bundleReferrerManifest({ bundle: layer, subject: image.descriptor, predicateType });
    return referrerLocation(image, await referrers_attachReferrer(client, image.store, image.descriptor, manifest.bytes));
}
/** Where a referrer went: its manifest, and the referrers tag listing it where the registry has no referrers API. */
function referrerLocation(image, r) {
    const where = (0,resolve/* storedAt */.x3)(image, `@${r.descriptor.digest}`);
    return r.tag ? `${where} (listed in tag ${r.tag})` : `${where} (referrers API)`;
}
/** An attestation bundle as a referrer of the image. */
async function attachBundle(client, image, bundle, predicateType) {
    return { kind: 'attestation', format: 'bundle', location: await storeBundleReferrer(client, image, bundle, predicateType) };
}
/** cosign's `.att` layer: the DSSE envelope, with the predicate type and the verification material as annotations. */
async function attachLegacyAttestation(client, image, bundle, predicateType) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('an attestation bundle holds a DSSE envelope');
    const envelope = envelopeToJSON(bundle.content.dsseEnvelope);
    // cosign omits an empty keyid.
    const blob = Buffer.from(goJSON({
        payload: envelope.payload,
        payloadType: envelope.payloadType,
        signatures: envelope.signatures.map(s => (s.keyid ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig }))
    }));
    const tag = await appendLegacyLayer(client, image.store, image.descriptor.digest, 'att', {
        blob,
        mediaType: DSSE_ENVELOPE,
        annotations: legacyAnnotations(bundle, { predicateType })
    });
    return { kind: 'attestation', format: 'legacy', location: storedAt(image, `:${tag}`) };
}
/**
 * The SBOM document itself, as cosign's `attach sbom` stores it (the
 * `.sbom` tag: one layer of the raw document with its media type) and as a
 * referrer whose artifact type is that media type.
 */
async function attachSBOM(client, image, sbom, mediaType) {
    const layer = await client.pushBlob(image.store, sbom, mediaType);
    const config = await client.pushBlob(image.store, legacyConfig([layer.digest]), OCI_CONFIG);
    const tag = cosignTag(image.descriptor.digest, 'sbom');
    await client.putManifest(image.store, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, [{ ...layer, mediaType }]), OCI_MANIFEST);
    await client.pushBlob(image.store, EMPTY_CONFIG_BYTES, EMPTY_CONFIG.mediaType);
    const referrer = Buffer.from(goJSON({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: mediaType,
        config: { mediaType: EMPTY_CONFIG.mediaType, size: EMPTY_CONFIG.size, digest: EMPTY_CONFIG.digest },
        layers: [{ mediaType, size: layer.size, digest: layer.digest }],
        subject: { mediaType: image.descriptor.mediaType, size: image.descriptor.size, digest: image.descriptor.digest }
    }));
    const r = await attachReferrer(client, image.store, image.descriptor, referrer);
    return [
        { kind: 'sbom', format: 'legacy', location: storedAt(image, `:${tag}`) },
        { kind: 'sbom', format: 'bundle', location: referrerLocation(image, r) }
    ];
}

;// CONCATENATED MODULE: ./src/core/image/sign-image.ts










const given = (a) => !!a && Object.keys(a).length > 0;
/**
 * cosign's bundle format: an in-toto statement naming the image digest with
 * the cosign signing predicate, signed as DSSE, stored as an OCI referrer.
 */
async function signImageBundle(client, session, image, opts = {}) {
    const hex = image.descriptor.digest.replace(/^sha256:/, '');
    const subject = { name: image.ref.repositoryName, digest: { sha256: hex }, ...(given(opts.annotations) ? { annotations: sortedMap(opts.annotations) } : {}) };
    const payload = statementBytes(statement([subject], COSIGN_SIGN_PREDICATE, {}));
    const bundle = await session.signDSSE(payload, IN_TOTO_PAYLOAD_TYPE);
    const location = await storeBundleReferrer(client, image, bundle, COSIGN_SIGN_PREDICATE);
    return { format: 'bundle', location, ...(0,tlog/* logFacts */.q)(bundle) };
}
/** cosign's legacy format: a simple-signing payload signed as a message, appended to `sha256-<hex>.sig`. */
async function signImageLegacy(client, session, image, opts = {}) {
    const payload = simpleSigningPayload({ dockerReference: image.ref.repositoryName, manifestDigest: image.descriptor.digest, annotations: opts.annotations });
    const bundle = await session.signDigest((0,external_node_crypto_.createHash)('sha256').update(payload).digest());
    const tag = await legacy_store_appendLegacyLayer(client, image.store, image.descriptor.digest, 'sig', {
        blob: payload,
        mediaType: types/* COSIGN_SIMPLE_SIGNING */.dY,
        annotations: cosign_legacy_legacyAnnotations(bundle)
    });
    return { format: 'legacy', location: (0,resolve/* storedAt */.x3)(image, `:${tag}`), ...(0,tlog/* logFacts */.q)(bundle) };
}
/**
 * Signs an image in the requested formats. With both, the two signatures are
 * made and stored side by side (they write different tags); the result lists
 * the bundle first. When one fails, the other is still seen through before
 * the failure is reported, so nothing is left half-written in the background.
 */
async function signImage(client, session, image, format, opts = {}) {
    const jobs = [];
    if (format !== 'legacy')
        jobs.push(() => signImageBundle(client, session, image, opts));
    if (format !== 'bundle')
        jobs.push(() => signImageLegacy(client, session, image, opts));
    const settled = await Promise.allSettled(jobs.map(job => job()));
    const failed = settled.find(s => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(s => s.value);
}


/***/ }),

/***/ 77298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CREDENTIALS_HINT),
/* harmony export */   g: () => (/* binding */ RegistryError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);

/** The hint for every registry authentication failure: the inputs that carry credentials. */
const CREDENTIALS_HINT = 'The username and password (or token) must grant access to the repository; ' +
    'they come from the `registry-username` and `registry-password` inputs, else from `docker login`.';
/**
 * A registry request that failed. `status` is the HTTP status (absent for
 * network errors and timeouts); `method` and `path` name the request.
 */
class RegistryError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM {
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


/***/ })

};
