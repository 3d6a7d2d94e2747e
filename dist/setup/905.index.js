export const id = 905;
export const ids = [905];
export const modules = {

/***/ 34905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachBundle: () => (/* binding */ attachBundle),
  attachLegacyAttestation: () => (/* binding */ attachLegacyAttestation),
  attachSBOM: () => (/* binding */ attachSBOM),
  storeBundleReferrer: () => (/* binding */ storeBundleReferrer)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(44641);
// EXTERNAL MODULE: ./src/core/formats/gojson.ts
var gojson = __webpack_require__(61290);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
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
    return { bytes: Buffer.from((0,gojson/* goJSON */.N)(manifest)), annotations };
}

// EXTERNAL MODULE: ./src/core/oci/referrers.ts
var referrers = __webpack_require__(88821);
// EXTERNAL MODULE: ./src/core/image/legacy-store.ts
var legacy_store = __webpack_require__(69274);
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
    return referrerLocation(image, await (0,referrers/* attachReferrer */.vO)(client, image.store, image.descriptor, manifest.bytes));
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
    const envelope = (0,dist.envelopeToJSON)(bundle.content.dsseEnvelope);
    // cosign omits an empty keyid.
    const blob = Buffer.from((0,gojson/* goJSON */.N)({
        payload: envelope.payload,
        payloadType: envelope.payloadType,
        signatures: envelope.signatures.map(s => (s.keyid ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig }))
    }));
    const tag = await (0,legacy_store/* appendLegacyLayer */.r)(client, image.store, image.descriptor.digest, 'att', {
        blob,
        mediaType: types/* DSSE_ENVELOPE */.P7,
        annotations: (0,cosign_legacy/* legacyAnnotations */.En)(bundle, { predicateType })
    });
    return { kind: 'attestation', format: 'legacy', location: (0,resolve/* storedAt */.x3)(image, `:${tag}`) };
}
/**
 * The SBOM document itself, as cosign's `attach sbom` stores it (the
 * `.sbom` tag: one layer of the raw document with its media type) and as a
 * referrer whose artifact type is that media type.
 */
async function attachSBOM(client, image, sbom, mediaType) {
    const layer = await client.pushBlob(image.store, sbom, mediaType);
    const config = await client.pushBlob(image.store, (0,cosign_legacy/* legacyConfig */.eg)([layer.digest]), types/* OCI_CONFIG */.TF);
    const tag = (0,types/* cosignTag */.qv)(image.descriptor.digest, 'sbom');
    await client.putManifest(image.store, tag, (0,cosign_legacy/* legacyManifest */.ND)({ ...config, mediaType: types/* OCI_CONFIG */.TF }, [{ ...layer, mediaType }]), types/* OCI_MANIFEST */.EG);
    await client.pushBlob(image.store, types/* EMPTY_CONFIG_BYTES */.pA, types/* EMPTY_CONFIG */.$v.mediaType);
    const referrer = Buffer.from((0,gojson/* goJSON */.N)({
        schemaVersion: 2,
        mediaType: types/* OCI_MANIFEST */.EG,
        artifactType: mediaType,
        config: { mediaType: types/* EMPTY_CONFIG */.$v.mediaType, size: types/* EMPTY_CONFIG */.$v.size, digest: types/* EMPTY_CONFIG */.$v.digest },
        layers: [{ mediaType, size: layer.size, digest: layer.digest }],
        subject: { mediaType: image.descriptor.mediaType, size: image.descriptor.size, digest: image.descriptor.digest }
    }));
    const r = await (0,referrers/* attachReferrer */.vO)(client, image.store, image.descriptor, referrer);
    return [
        { kind: 'sbom', format: 'legacy', location: (0,resolve/* storedAt */.x3)(image, `:${tag}`) },
        { kind: 'sbom', format: 'bundle', location: referrerLocation(image, r) }
    ];
}


/***/ })

};
