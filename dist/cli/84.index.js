export const id = 84;
export const ids = [84];
export const modules = {

/***/ 4641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ legacyAnnotations),
/* harmony export */   ND: () => (/* binding */ legacyManifest),
/* harmony export */   TQ: () => (/* binding */ bundleFromLegacyLayer),
/* harmony export */   eg: () => (/* binding */ legacyConfig)
/* harmony export */ });
/* unused harmony export ANNOTATIONS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8092);
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1290);
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
        out[ANNOTATIONS.certificate] = _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.fromDER(Buffer.from(vm.certificate.rawBytes));
        out[ANNOTATIONS.chain] = '';
    }
    else if (vm.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = vm.x509CertificateChain.certificates;
        out[ANNOTATIONS.certificate] = _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.fromDER(Buffer.from(leaf.rawBytes));
        out[ANNOTATIONS.chain] = rest.map(c => _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.fromDER(Buffer.from(c.rawBytes))).join('');
    }
    const entry = bundle.verificationMaterial.tlogEntries.find(e => e.inclusionPromise);
    if (entry?.inclusionPromise) {
        out[ANNOTATIONS.bundle] = (0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .goJSON */ .N)({
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
        out[ANNOTATIONS.timestamp] = (0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .goJSON */ .N)({ SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64') });
    return (0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .sortedMap */ .A)(out);
}
/**
 * Rebuilds a Sigstore bundle from a legacy layer (its blob and annotations),
 * so that the standard verifier checks the certificate chain, SCT, Rekor
 * promise, timestamp and signature. `where` names the layer in errors.
 */
function bundleFromLegacyLayer(blob, mediaType, annotations, where) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('SIGNATURE_INVALID', `${where}: ${why}`);
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
        verificationMaterial.x509CertificateChain = { certificates: chain.map(c => ({ rawBytes: _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.toDER(c).toString('base64') })) };
    }
    else {
        verificationMaterial.publicKey = { hint: '' };
    }
    const json = {
        // v0.1 accepts entries with only an inclusion promise, which is all a legacy layer has.
        mediaType: `application/vnd.dev.sigstore.bundle+json;version=${tlogEntries.length ? '0.1' : '0.2'}`,
        verificationMaterial
    };
    if (mediaType === _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .DSSE_ENVELOPE */ .P7) {
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
            messageDigest: { algorithm: 'SHA2_256', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(blob).digest('base64') },
            signature: sig
        };
    }
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
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
    return Buffer.from((0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .goJSON */ .N)({
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
            out.annotations = (0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .sortedMap */ .A)(d.annotations);
        return out;
    };
    return Buffer.from((0,_gojson_js__WEBPACK_IMPORTED_MODULE_5__/* .goJSON */ .N)({ schemaVersion: 2, mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG, config: desc(config), layers: layers.map(desc) }));
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ sortedMap),
/* harmony export */   N: () => (/* binding */ goJSON)
/* harmony export */ });
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


/***/ }),

/***/ 9589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j_: () => (/* binding */ bundleReferrerManifest)
/* harmony export */ });
/* unused harmony exports ANNOTATION_CONTENT, ANNOTATION_PREDICATE_TYPE, ANNOTATION_CREATED, rfc3339 */
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8092);
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1290);
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
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG,
        config: { mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_CONFIG */ .$v.mediaType, size: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_CONFIG */ .$v.size, digest: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_CONFIG */ .$v.digest, artifactType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03 */ .En },
        layers: [{ mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03 */ .En, size: args.bundle.size, digest: args.bundle.digest }],
        annotations,
        subject: { mediaType: args.subject.mediaType, size: args.subject.size, digest: args.subject.digest },
        artifactType: _oci_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03 */ .En
    };
    return { bytes: Buffer.from((0,_gojson_js__WEBPACK_IMPORTED_MODULE_1__/* .goJSON */ .N)(manifest)), annotations };
}


/***/ }),

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LZ: () => (/* binding */ parseSimpleSigning)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1290);


const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * The payload cosign signs for an image (the "simple signing" format), byte
 * for byte as cosign writes it: `optional` is null without annotations.
 */
function simpleSigningPayload(claim) {
    const optional = claim.annotations && Object.keys(claim.annotations).length ? (0,_gojson_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedMap */ .A)(claim.annotations) : null;
    return Buffer.from((0,_gojson_js__WEBPACK_IMPORTED_MODULE_1__/* .goJSON */ .N)({
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', 'the signature payload is not JSON');
    }
    const critical = json?.critical;
    const type = critical?.type;
    if (type !== SIMPLE_SIGNING_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', `the signature payload is not a cosign image signature (type ${JSON.stringify(type)})`);
    }
    const digest = critical?.image?.['docker-manifest-digest'];
    const reference = critical?.identity?.['docker-reference'];
    if (typeof digest !== 'string' || typeof reference !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', 'the signature payload lacks the image digest or docker-reference');
    }
    const optional = json.optional;
    const annotations = optional && typeof optional === 'object'
        ? Object.fromEntries(Object.entries(optional).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return { dockerReference: reference, manifestDigest: digest, annotations };
}


/***/ }),

/***/ 9274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readLegacyLayers),
/* harmony export */   r: () => (/* binding */ appendLegacyLayer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4641);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8092);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3915);
/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing and writes again until its layer is listed, and checks once
 * more after a pause so a slower concurrent writer cannot drop it unnoticed.
 */




/** The layers of a legacy signature image, or none when the tag does not exist. */
async function readLegacyLayers(client, repo, tag) {
    const manifest = await client.getManifest(repo, tag, [_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST */ .EG, 'application/vnd.docker.distribution.manifest.v2+json']);
    if (!manifest)
        return [];
    const layers = manifest.json.layers;
    if (!Array.isArray(layers)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `${repo.registry}/${repo.repository}:${tag} is not a signature image (it has no layers).`);
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
    const tag = (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .cosignTag */ .qv)(imageDigest, suffix);
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
            await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .yy)(window + Math.random() * window);
            settled = true;
            continue;
        }
        const next = [...layers, ours];
        const { serviceMs: writeMs } = await client.timed(async () => {
            const config = await client.pushBlob(repo, (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyConfig */ .eg)(next.map(l => l.digest)), _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_CONFIG */ .TF);
            await client.putManifest(repo, tag, (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyManifest */ .ND)({ ...config, mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_CONFIG */ .TF }, next), _oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST */ .EG);
        });
        window = Math.max(window, 2 * (readMs + writeMs));
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .yy)(window + Math.random() * window);
        settled = true;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`, { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' });
}


/***/ }),

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signImage: () => (/* binding */ signImage),
/* harmony export */   signImageBundle: () => (/* binding */ signImageBundle),
/* harmony export */   signImageLegacy: () => (/* binding */ signImageLegacy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1040);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4641);
/* harmony import */ var _formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(797);
/* harmony import */ var _formats_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9589);
/* harmony import */ var _formats_simple_signing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9185);
/* harmony import */ var _oci_referrers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8821);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8092);
/* harmony import */ var _tlog_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8213);
/* harmony import */ var _legacy_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9274);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7473);











/**
 * cosign's bundle format: an in-toto statement naming the image digest with
 * the cosign signing predicate, signed as DSSE, stored as an OCI referrer.
 */
async function signImageBundle(client, session, image) {
    const hex = image.descriptor.digest.replace(/^sha256:/, '');
    const payload = (0,_formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__/* .statementBytes */ .Tp)((0,_formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__/* .statement */ .qZ)([{ name: image.ref.repositoryName, digest: { sha256: hex } }], _formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__/* .COSIGN_SIGN_PREDICATE */ .u, {}));
    const bundle = await session.signDSSE(payload, _formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
    const bundleBytes = Buffer.from(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle)));
    const [layer] = await Promise.all([client.pushBlob(image.store, bundleBytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGSTORE_BUNDLE_V03 */ .En), client.pushBlob(image.store, _oci_types_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY_CONFIG_BYTES */ .pA, _oci_types_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY_CONFIG */ .$v.mediaType)]);
    const { bytes } = (0,_formats_referrer_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleReferrerManifest */ .j_)({ bundle: layer, subject: image.descriptor, predicateType: _formats_intoto_js__WEBPACK_IMPORTED_MODULE_9__/* .COSIGN_SIGN_PREDICATE */ .u });
    const attached = await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_5__/* .attachReferrer */ .vO)(client, image.store, image.descriptor, bytes);
    const where = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__.storedAt)(image, `@${attached.descriptor.digest}`);
    return {
        format: 'bundle',
        location: attached.tag ? `${where} (listed in tag ${attached.tag})` : `${where} (referrers API)`,
        ...(0,_tlog_js__WEBPACK_IMPORTED_MODULE_10__/* .logFacts */ .q)(bundle)
    };
}
/** cosign's legacy format: a simple-signing payload signed as a message, appended to `sha256-<hex>.sig`. */
async function signImageLegacy(client, session, image) {
    const payload = (0,_formats_simple_signing_js__WEBPACK_IMPORTED_MODULE_4__/* .simpleSigningPayload */ .Kq)({ dockerReference: image.ref.repositoryName, manifestDigest: image.descriptor.digest });
    const bundle = await session.signDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest());
    const tag = await (0,_legacy_store_js__WEBPACK_IMPORTED_MODULE_7__/* .appendLegacyLayer */ .r)(client, image.store, image.descriptor.digest, 'sig', {
        blob: payload,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIMPLE_SIGNING */ .dY,
        annotations: (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_2__/* .legacyAnnotations */ .En)(bundle)
    });
    return { format: 'legacy', location: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_8__.storedAt)(image, `:${tag}`), ...(0,_tlog_js__WEBPACK_IMPORTED_MODULE_10__/* .logFacts */ .q)(bundle) };
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


/***/ })

};
