export const id = 84;
export const ids = [84,992];
export const modules = {

/***/ 48992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachBundle: () => (/* binding */ attachBundle),
/* harmony export */   attachLegacyAttestation: () => (/* binding */ attachLegacyAttestation),
/* harmony export */   attachSBOM: () => (/* binding */ attachSBOM),
/* harmony export */   storeBundleReferrer: () => (/* binding */ storeBundleReferrer)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44641);
/* harmony import */ var _formats_gojson_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61290);
/* harmony import */ var _formats_referrer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59589);
/* harmony import */ var _oci_referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88821);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48092);
/* harmony import */ var _legacy_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69274);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47473);
/**
 * Attaching attestations and SBOMs to images: as OCI 1.1 referrers (the
 * default) and in cosign's legacy `.att` / `.sbom` tags.
 */








/**
 * Stores a bundle as a referrer of the image (the layout cosign v3 writes),
 * annotated with its predicate type, and says where it went.
 */
async function storeBundleReferrer(client, image, bundle, predicateType) {
    const bytes = Buffer.from(JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle)));
    const [layer] = await Promise.all([
        client.pushBlob(image.store, bytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_BUNDLE_V03 */ .En),
        client.pushBlob(image.store, _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG_BYTES */ .pA, _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG */ .$v.mediaType)
    ]);
    const manifest = (0,_formats_referrer_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleReferrerManifest */ .j_)({ bundle: layer, subject: image.descriptor, predicateType });
    return referrerLocation(image, await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .attachReferrer */ .vO)(client, image.store, image.descriptor, manifest.bytes));
}
/** Where a referrer went: its manifest, and the referrers tag listing it where the registry has no referrers API. */
function referrerLocation(image, r) {
    const where = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .storedAt */ .x3)(image, `@${r.descriptor.digest}`);
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
    const envelope = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.envelopeToJSON)(bundle.content.dsseEnvelope);
    // cosign omits an empty keyid.
    const blob = Buffer.from((0,_formats_gojson_js__WEBPACK_IMPORTED_MODULE_7__/* .goJSON */ .N)({
        payload: envelope.payload,
        payloadType: envelope.payloadType,
        signatures: envelope.signatures.map(s => (s.keyid ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig }))
    }));
    const tag = await (0,_legacy_store_js__WEBPACK_IMPORTED_MODULE_5__/* .appendLegacyLayer */ .r)(client, image.store, image.descriptor.digest, 'att', {
        blob,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .DSSE_ENVELOPE */ .P7,
        annotations: (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyAnnotations */ .En)(bundle, { predicateType })
    });
    return { kind: 'attestation', format: 'legacy', location: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .storedAt */ .x3)(image, `:${tag}`) };
}
/**
 * The SBOM document itself, as cosign's `attach sbom` stores it (the
 * `.sbom` tag: one layer of the raw document with its media type) and as a
 * referrer whose artifact type is that media type.
 */
async function attachSBOM(client, image, sbom, mediaType) {
    const layer = await client.pushBlob(image.store, sbom, mediaType);
    const config = await client.pushBlob(image.store, (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyConfig */ .eg)([layer.digest]), _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_CONFIG */ .TF);
    const tag = (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .cosignTag */ .qv)(image.descriptor.digest, 'sbom');
    await client.putManifest(image.store, tag, (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyManifest */ .ND)({ ...config, mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_CONFIG */ .TF }, [{ ...layer, mediaType }]), _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG);
    await client.pushBlob(image.store, _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG_BYTES */ .pA, _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG */ .$v.mediaType);
    const referrer = Buffer.from((0,_formats_gojson_js__WEBPACK_IMPORTED_MODULE_7__/* .goJSON */ .N)({
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG,
        artifactType: mediaType,
        config: { mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG */ .$v.mediaType, size: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG */ .$v.size, digest: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_CONFIG */ .$v.digest },
        layers: [{ mediaType, size: layer.size, digest: layer.digest }],
        subject: { mediaType: image.descriptor.mediaType, size: image.descriptor.size, digest: image.descriptor.digest }
    }));
    const r = await (0,_oci_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .attachReferrer */ .vO)(client, image.store, image.descriptor, referrer);
    return [
        { kind: 'sbom', format: 'legacy', location: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .storedAt */ .x3)(image, `:${tag}`) },
        { kind: 'sbom', format: 'bundle', location: referrerLocation(image, r) }
    ];
}


/***/ }),

/***/ 41084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signImage: () => (/* binding */ signImage),
/* harmony export */   signImageBundle: () => (/* binding */ signImageBundle),
/* harmony export */   signImageLegacy: () => (/* binding */ signImageLegacy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44641);
/* harmony import */ var _formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10797);
/* harmony import */ var _formats_gojson_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61290);
/* harmony import */ var _formats_simple_signing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51566);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48092);
/* harmony import */ var _formats_tlog_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35412);
/* harmony import */ var _attach_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48992);
/* harmony import */ var _legacy_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69274);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47473);










const given = (a) => !!a && Object.keys(a).length > 0;
/**
 * cosign's bundle format: an in-toto statement naming the image digest with
 * the cosign signing predicate, signed as DSSE, stored as an OCI referrer.
 */
async function signImageBundle(client, session, image, opts = {}) {
    const hex = image.descriptor.digest.replace(/^sha256:/, '');
    const subject = { name: image.ref.repositoryName, digest: { sha256: hex }, ...(given(opts.annotations) ? { annotations: (0,_formats_gojson_js__WEBPACK_IMPORTED_MODULE_8__/* .sortedMap */ .A)(opts.annotations) } : {}) };
    const payload = (0,_formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__/* .statementBytes */ .Tp)((0,_formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__/* .statement */ .qZ)([subject], _formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_SIGN_PREDICATE */ .u, {}));
    const bundle = await session.signDSSE(payload, _formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
    const location = await (0,_attach_js__WEBPACK_IMPORTED_MODULE_5__.storeBundleReferrer)(client, image, bundle, _formats_intoto_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_SIGN_PREDICATE */ .u);
    return { format: 'bundle', location, ...(0,_formats_tlog_js__WEBPACK_IMPORTED_MODULE_9__/* .logFacts */ .q)(bundle) };
}
/** cosign's legacy format: a simple-signing payload signed as a message, appended to `sha256-<hex>.sig`. */
async function signImageLegacy(client, session, image, opts = {}) {
    const payload = (0,_formats_simple_signing_js__WEBPACK_IMPORTED_MODULE_3__/* .simpleSigningPayload */ .Kq)({ dockerReference: image.ref.repositoryName, manifestDigest: image.descriptor.digest, annotations: opts.annotations });
    const bundle = await session.signDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest());
    const tag = await (0,_legacy_store_js__WEBPACK_IMPORTED_MODULE_6__/* .appendLegacyLayer */ .r)(client, image.store, image.descriptor.digest, 'sig', {
        blob: payload,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_4__/* .COSIGN_SIMPLE_SIGNING */ .dY,
        annotations: (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyAnnotations */ .En)(bundle)
    });
    return { format: 'legacy', location: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .storedAt */ .x3)(image, `:${tag}`), ...(0,_formats_tlog_js__WEBPACK_IMPORTED_MODULE_9__/* .logFacts */ .q)(bundle) };
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


/***/ })

};
