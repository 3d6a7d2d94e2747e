export const id = 688;
export const ids = [688];
export const modules = {

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

/***/ 37830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t4: () => (/* binding */ describeImageFailure),
  QZ: () => (/* binding */ legacyCandidates),
  Q$: () => (/* binding */ referrerCandidates),
  ZG: () => (/* binding */ verifyImage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
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
function legacyAnnotations(bundle, extra = {}) {
    const out = { ...extra };
    out[ANNOTATIONS.signature] = bundle.content.$case === 'messageSignature' ? Buffer.from(bundle.content.messageSignature.signature).toString('base64') : '';
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate') {
        out[ANNOTATIONS.certificate] = encodePem('CERTIFICATE', vm.certificate.rawBytes);
        out[ANNOTATIONS.chain] = '';
    }
    else if (vm.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = vm.x509CertificateChain.certificates;
        out[ANNOTATIONS.certificate] = encodePem('CERTIFICATE', leaf.rawBytes);
        out[ANNOTATIONS.chain] = rest.map(c => encodePem('CERTIFICATE', c.rawBytes)).join('');
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
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', `${where}: ${why}`);
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
    if (mediaType === types/* DSSE_ENVELOPE */.P7) {
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
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(blob).digest('base64') },
            signature: sig
        };
    }
    try {
        return (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (err) {
        return fail(`cannot be read as a Sigstore bundle (${err.message})`);
    }
}
/** The DER of each CERTIFICATE block in an annotation's PEM text, in order. */
function certificatesIn(text, annotation, where) {
    try {
        return (0,pem/* decodePemBlocks */.vj)(text, `the "${annotation}" annotation`)
            .filter(block => block.type === 'CERTIFICATE')
            .map(block => block.der);
    }
    catch (err) {
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', `${where}: ${err.message}`, { cause: err });
    }
}
/**
 * The config blob cosign's signature images carry, byte for byte: it lists
 * one history entry and one diff ID (the layer digest) per layer.
 */
function cosign_legacy_legacyConfig(layerDigests) {
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
function cosign_legacy_legacyManifest(config, layers) {
    const desc = (d) => {
        const out = { mediaType: d.mediaType, size: d.size, digest: d.digest };
        if (d.annotations && Object.keys(d.annotations).length)
            out.annotations = sortedMap(d.annotations);
        return out;
    };
    return Buffer.from(goJSON({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: desc(config), layers: layers.map(desc) }));
}

// EXTERNAL MODULE: ./src/core/formats/intoto.ts
var intoto = __webpack_require__(10797);
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
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', 'the signature payload is not JSON');
    }
    const critical = json?.critical;
    const type = critical?.type;
    if (type !== SIMPLE_SIGNING_TYPE) {
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', `the signature payload is not a cosign image signature (type ${JSON.stringify(type)})`);
    }
    const digest = critical?.image?.['docker-manifest-digest'];
    const reference = critical?.identity?.['docker-reference'];
    if (typeof digest !== 'string' || typeof reference !== 'string') {
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', 'the signature payload lacks the image digest or docker-reference');
    }
    const optional = json.optional;
    const annotations = optional && typeof optional === 'object'
        ? Object.fromEntries(Object.entries(optional).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return { dockerReference: reference, manifestDigest: digest, annotations };
}

// EXTERNAL MODULE: ./src/core/oci/referrers.ts
var referrers = __webpack_require__(88821);
// EXTERNAL MODULE: ./src/core/verify/index.ts + 2 modules
var verify = __webpack_require__(56543);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
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
async function appendLegacyLayer(client, repo, imageDigest, suffix, layer, options = {}) {
    const tag = cosignTag(imageDigest, suffix);
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
            await sleep(window + Math.random() * window);
            continue;
        }
        if (++writes > maxAttempts)
            break;
        const next = [...layers, ...missing];
        const { value: config, serviceMs: blobMs } = await client.timed(() => client.pushBlob(repo, legacyConfig(next.map(l => l.digest)), OCI_CONFIG));
        // Time this process spent on other work since the read (not waiting for the registry).
        if (Date.now() - readAt - blobMs > window / 2) {
            writes--;
            continue;
        }
        const { serviceMs: putMs } = await client.timed(() => client.putManifest(repo, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, next), OCI_MANIFEST));
        const writeMs = blobMs + putMs;
        window = Math.max(window, 2 * (readMs + writeMs));
        last = next.map(layerKey).join('\n');
        await sleep(window + Math.random() * window);
    }
    throw new SealError('REGISTRY_ERROR', `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`, { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' });
}

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
;// CONCATENATED MODULE: ./src/core/image/signed-reference.ts
/**
 * The `docker-reference` a simple-signing payload names, and when it matters.
 *
 * cosign signs `critical.identity.docker-reference` but does not match it at
 * verification: the signature is bound to the image by its manifest digest,
 * and an image copied with its `.sig` to a mirror (another registry or
 * repository) keeps verifying there. containers/image (podman, skopeo) writes
 * `repo:tag` or `repo@digest` into the field and, by default, compares the
 * repository part only. seal does as cosign does unless the verification asks
 * for a repository (`signed-repository`): the payload's reference must then
 * name that repository, whatever tag or digest follows it.
 */


/**
 * Throws DIGEST_MISMATCH unless `dockerReference` (from a verified payload)
 * names the repository `expected`; with no expectation nothing is checked.
 */
function checkSignedRepository(dockerReference, expected) {
    if (!expected)
        return;
    const wanted = (0,reference/* cosignRepositoryName */.$5)(expected);
    let signed;
    try {
        signed = (0,reference/* parseImageReference */.o_)(dockerReference, 'docker-reference');
    }
    catch {
        signed = undefined;
    }
    if (signed && signed.registry === expected.registry && signed.repository === expected.repository)
        return;
    throw new errors/* SealError */.EM('DIGEST_MISMATCH', `the signature names the repository ${JSON.stringify(dockerReference)} in its payload, not ${wanted} (\`signed-repository\`)`, { hint: 'Set `signed-repository` to the repository the image was signed in (for a mirrored image, the original one), or leave it empty to accept any.' });
}

// EXTERNAL MODULE: ./src/core/image/resolve.ts
var resolve = __webpack_require__(47473);
;// CONCATENATED MODULE: ./src/core/image/verify-image.ts











function imageSha256(image) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(image.descriptor.digest);
    if (!m)
        throw new errors/* SealError */.EM('INPUT_INVALID', `${image.given} has a ${image.descriptor.digest.split(':')[0]} digest; seal verifies sha256 images.`);
    return Buffer.from(m[1], 'hex');
}
/** Signature or attestation bundles stored as referrers (API or referrers tag). */
async function referrerCandidates(client, image, searched) {
    const list = await (0,referrers/* listReferrers */.xt)(client, image.store, image.descriptor.digest, { includeTag: true });
    const bundles = list.descriptors.filter(d => d.artifactType === types/* SIGSTORE_BUNDLE_V03 */.En || d.artifactType?.startsWith('application/vnd.dev.sigstore.bundle'));
    searched.push(`referrers of ${image.descriptor.digest} (${list.source === 'referrers-api' ? 'referrers API' : `referrers tag ${list.tag}`}): ${bundles.length} Sigstore bundle${bundles.length === 1 ? '' : 's'}`);
    return bundles.map(d => ({
        location: (0,resolve/* storedAt */.x3)(image, `@${d.digest}`),
        load: async () => {
            const manifest = await client.getManifest(image.store, d.digest);
            const layers = manifest?.json?.layers;
            if (!manifest || !Array.isArray(layers) || layers.length !== 1 || !String(layers[0].mediaType).startsWith('application/vnd.dev.sigstore.bundle')) {
                throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the referrer is not a manifest with exactly one Sigstore bundle layer');
            }
            const blob = await client.getBlob(image.store, layers[0].digest);
            return { bundle: (0,verify.parseBundle)(blob.toString('utf8'), `referrer ${d.digest}`), digest: imageSha256(image) };
        }
    }));
}
/** cosign's legacy `.sig` (signatures) or `.att` (attestations) layers. */
async function legacyCandidates(client, image, suffix, searched, signedRepository) {
    const tag = (0,types/* cosignTag */.qv)(image.descriptor.digest, suffix);
    const layers = await readLegacyLayers(client, image.store, tag);
    searched.push(`legacy tag ${tag}: ${layers.length ? `${layers.length} layer${layers.length === 1 ? '' : 's'}` : 'not found'}`);
    return layers.map((layer, i) => ({
        location: (0,resolve/* storedAt */.x3)(image, `:${tag} layer ${i}`),
        load: async () => {
            const blob = await client.getBlob(image.store, layer.digest);
            const bundle = bundleFromLegacyLayer(blob, layer.mediaType, layer.annotations ?? {}, `${tag} layer ${i}`);
            if (suffix === 'att')
                return { bundle, digest: imageSha256(image) };
            // A signature signs its payload; the payload must name this image.
            return {
                bundle,
                digest: (0,external_node_crypto_.createHash)('sha256').update(blob).digest(),
                afterVerify: () => checkSimpleSigning(blob, image, signedRepository),
                annotations: () => parseSimpleSigning(blob).annotations ?? {}
            };
        }
    }));
}
/** The payload must name this image's digest; its docker-reference is checked only when asked (signed-reference.ts). */
function checkSimpleSigning(payload, image, signedRepository) {
    const claim = parseSimpleSigning(payload);
    if (claim.manifestDigest !== image.descriptor.digest) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `the signature is for another image: its payload names ${claim.manifestDigest}, not ${image.descriptor.digest}`);
    }
    checkSignedRepository(claim.dockerReference, signedRepository);
}
/**
 * Verifies an image: discovers every stored signature (or, with a predicate
 * type, attestation) in the referrers API or tag and the legacy tag, and
 * passes when at least one verifies against the trusted root and the policy.
 */
/**
 * `verifier` is the step's, shared by all its images and files (one certificate signs a whole
 * step, so its chain checks run once); a caller verifying one image may leave it out.
 */
async function verifyImage(client, image, expectations, trust, verifier = new verify.RootedVerifier(trust, expectations.thresholds, !!expectations.tlogThresholdGiven)) {
    const searched = [];
    const attestations = !!expectations.predicateType;
    const candidates = [
        ...(await referrerCandidates(client, image, searched)),
        ...(await legacyCandidates(client, image, attestations ? 'att' : 'sig', searched, expectations.signedRepository))
    ];
    const failures = [];
    for (const c of candidates) {
        try {
            const { bundle, digest, afterVerify, annotations } = await c.load();
            // In signature mode an attestation bundle is not a signature (its predicate says what it claims).
            const facts = (0,verify.statementFacts)(bundle);
            if (!attestations && facts && facts.predicateType !== intoto/* COSIGN_SIGN_PREDICATE */.u) {
                failures.push({ location: c.location, reason: `an attestation (${facts.predicateType}), not a signature` });
                continue;
            }
            // Against the root that signed it, when the trusted-root file holds several, with thresholds that root can meet.
            const result = await verifier.verify(bundle, { digest: { algorithm: 'sha256', value: digest } }, expectations.signer);
            afterVerify?.();
            const checked = (0,verify.checkExpectations)(bundle, result, expectations, annotations?.());
            return { ok: true, searched, verified: { ...result, location: c.location }, failures, ...checked };
        }
        catch (err) {
            failures.push({ location: c.location, reason: (0,errors/* messageOf */.bD)(err) });
        }
    }
    return { ok: false, searched, failures };
}
/** One line saying why an image did not verify, with where seal looked. */
function describeImageFailure(image, v, attestations) {
    const what = attestations ? 'attestation' : 'signature';
    const store = image.store.repositoryName === image.ref.repositoryName ? '' : ` of the signature repository ${(0,resolve/* storedAt */.x3)(image)}`;
    const looked = `looked in ${v.searched.join('; ')}${store}`;
    if (v.failures.length === 0)
        return `no ${what}s found for ${image.descriptor.digest}; ${looked}`;
    const reasons = v.failures.map(f => `${f.location}: ${f.reason}`).join(' | ');
    return `none of ${v.failures.length} ${what}${v.failures.length === 1 ? '' : 's'} verified (${reasons}); ${looked}`;
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


/***/ }),

/***/ 88821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports referrerDescriptor, attachReferrer */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61014);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77298);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48092);
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
const SETTLE_JITTER = (/* unused pure expression or super */ null && ([0.75, 1.25]));
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
        throw new SealError('INPUT_INVALID', 'A referrer manifest must be a JSON object.');
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
        throw new SealError('INPUT_INVALID', 'A referrer manifest needs a media type (its `mediaType` field).');
    const subjectDigest = json.subject?.digest;
    if (subjectDigest !== subject.digest) {
        throw new SealError('INPUT_INVALID', `The referrer manifest's subject (${String(subjectDigest)}) is not ${subject.digest}.`);
    }
    const digest = await client.putManifest(repo, digestOf(bytes), bytes, mediaType);
    const descriptor = referrerDescriptor(json, mediaType, bytes.length, digest);
    const tag = referrersTag(subject.digest);
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
    const unlisted = new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} accepted referrer ${digest} of ${subject} in ${repo.repository}, but its referrers API does not list it.`, { registry: repo.registry, hint: 'The registry may index referrers late; re-run the step.' });
    // Five looks after the first answer, a settle apart, doubling.
    await withRetries(retryPolicy({ retries: 5, baseMs: settleMs, maxMs: Infinity, jitter: SETTLE_JITTER }), async (n) => {
        const listed = n === 1 ? first : await client.referrers(repo, subject);
        return listed?.some(d => d.digest === digest) ? true : again(unlisted);
    });
}
async function readTagIndex(client, repo, tag) {
    // Accept every manifest type: a tag holding something else must be seen (and refused), not overwritten.
    const m = await client.getManifest(repo, tag);
    if (!m)
        return undefined;
    const json = m.json;
    if (json.schemaVersion !== 2 || json.mediaType !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_INDEX */ .$p || !Array.isArray(json.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .g('REGISTRY_ERROR', `Tag ${tag} in ${repo.registry}/${repo.repository} holds ${typeof json.mediaType === 'string' ? json.mediaType : 'a manifest'}, not an OCI image index, so it cannot list referrers.`, { registry: repo.registry, hint: `Delete or rename the tag ${tag}; the referrers tag schema reserves it.` });
    }
    const entries = new Map();
    json.manifests.forEach((raw, i) => {
        const d = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDescriptor */ .BA)(raw, `Entry ${i} of tag ${tag} in ${repo.registry}/${repo.repository}`);
        entries.set(d.digest, raw);
    });
    return { json, entries, ...(m.etag ? { etag: m.etag } : {}) };
}
/** The index bytes: the entries sorted by digest, other fields of the existing index kept. */
function indexBytes(existing, entries) {
    const manifests = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
    const rest = Object.fromEntries(Object.entries(existing ?? {}).filter(([k]) => k !== 'schemaVersion' && k !== 'mediaType' && k !== 'manifests'));
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests, ...rest }));
}
async function updateTag(client, repo, tag, entries, options) {
    const maxAttempts = Math.max(1, options.maxAttempts ?? 16);
    let settle = Math.max(1, options.settleMs ?? 250);
    const own = entries.map(e => e.digest);
    // Everything seen in this tag during this update; put back if a concurrent writer drops it.
    const seen = new Map(entries.map(e => [e.digest, descriptorJSON(e)]));
    const listed = (index) => own.every(d => index?.entries.has(d));
    const crowded = new RegistryError('REGISTRY_ERROR', `Could not keep ${own.length === 1 ? `referrer ${own[0]}` : `${own.length} referrers`} listed in tag ${tag} of ${repo.registry}/${repo.repository} after ${maxAttempts} attempts: other writers kept replacing the tag.`, { registry: repo.registry, hint: 'Too many jobs update the signatures of this image at once; re-run the step.' });
    // Between rounds, a random pause up to 100 ms, doubling to 2 s: writers that keep meeting spread out.
    const rounds = retryPolicy({ retries: maxAttempts - 1, baseMs: 100, maxMs: 2000, maxWaitMs: Infinity, jitter: [0, 1] });
    await withRetries(rounds, async () => {
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
                const write = () => client.putManifest(repo, tag, indexBytes(current?.json, merged), OCI_INDEX, current?.etag ? { ifMatch: current.etag } : {});
                writeMs = (await client.timed(write)).serviceMs;
            }
            catch (err) {
                // 412: the tag changed since it was read (conditional write); read it again, after a random part of a settle.
                if (!(err instanceof RegistryError && err.status === 412))
                    throw err;
                return again(crowded, Math.random() * settle);
            }
            // A writer that read before this write lands within about one read-modify-write; wait longer
            // than that. Measured in the registry's answering time: retried faults and their waits do
            // not slow another writer down.
            settle = Math.max(settle, 2 * (readMs + writeMs));
        }
        // One look, a settle later: a writer that read the tag before this write has landed by then,
        // so what is listed now stays listed.
        await sleep(jitter(settle));
        return listed(await readTagIndex(client, repo, tag)) ? true : again(crowded);
    });
}
/**
 * The referrers of a manifest: from the referrers API when the registry has
 * one, else from the referrers tag (none when the tag does not exist).
 * `includeTag` also reads the tag when the API answers, for referrers pushed
 * before the registry had the API.
 */
async function listReferrers(client, repo, digest, options = {}) {
    const tag = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .referrersTag */ .LN)(digest);
    const filter = (list) => (options.artifactType ? list.filter(d => d.artifactType === options.artifactType) : list);
    const api = await client.referrers(repo, digest, options.artifactType);
    if (api !== undefined && !options.includeTag)
        return { descriptors: filter(api), source: 'referrers-api', tag };
    const index = await readTagIndex(client, repo, tag);
    const fromTag = [...(index?.entries.values() ?? [])].map((raw, i) => (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDescriptor */ .BA)(raw, `Entry ${i} of tag ${tag}`));
    if (api === undefined)
        return { descriptors: filter(fromTag), source: 'referrers-tag', tag };
    const byDigest = new Map(api.map(d => [d.digest, d]));
    for (const d of fromTag)
        if (!byDigest.has(d.digest))
            byDigest.set(d.digest, d);
    return { descriptors: filter([...byDigest.values()]), source: 'referrers-api', tag };
}


/***/ }),

/***/ 45688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageSource: () => (/* binding */ imageSource),
  resolveSourceImage: () => (/* binding */ resolveSourceImage),
  verifyImageRow: () => (/* binding */ verifyImageRow),
  verifyImageRows: () => (/* binding */ verifyImageRows)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/steps/context.ts
var context = __webpack_require__(85576);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/oci/errors.ts
var oci_errors = __webpack_require__(77298);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(10488);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
;// CONCATENATED MODULE: ./src/core/oci/replies.ts
/**
 * Reading what a registry answered: bodies within their size limits, JSON
 * objects, media types, and the errors for answers that failed or do not
 * match their digest.
 */



const MiB = 1024 * 1024;
/** Most bytes of an error body read for its message. */
const ERROR_BODY_LIMIT = 8 * 1024;
/** Reads a body of at most `max` bytes; a larger one is refused, naming `what` was sent. */
async function readWithin(res, max, registry, method, url, what) {
    try {
        return await (0,http/* readBody */.x8)(res, max);
    }
    catch (err) {
        if (!(err instanceof http/* BodyTooLarge */.KQ))
            throw err;
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent ${what} larger than the ${formatBytes(max)} limit.`, {
            registry,
            method,
            path: url.pathname
        });
    }
}
/** The error for an answer that failed, with the distribution error codes and messages of its body. */
async function httpError(registry, method, url, res, what) {
    let detail = '';
    let codes = [];
    if (method !== 'HEAD' && res.body) {
        const text = (await (0,http/* readPrefix */.fr)(res, ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
        ({ detail, codes } = errorDetail(text));
    }
    else {
        await (0,http/* discard */.vf)(res);
    }
    const subject = res.status === 404 && what ? `${what} was not found` : `answered HTTP ${res.status} to ${method} ${url.pathname}`;
    const message = res.status === 404 && what
        ? `Registry ${registry}: ${subject} (HTTP 404 to ${method} ${url.pathname})${detail ? `: ${detail}` : ''}.`
        : `Registry ${registry} ${subject}${detail ? `: ${detail}` : ''}.`;
    const hint = res.status >= 500 || res.status === 429
        ? 'The registry is failing or rate-limiting requests; re-run the step later.'
        : res.status === 412
            ? 'The tag changed while it was being updated; try again.'
            : undefined;
    return new oci_errors/* RegistryError */.g('REGISTRY_ERROR', message, { registry, method, path: url.pathname, status: res.status, codes, hint });
}
/** The error for content that does not hash to the digest it was asked for or served as. */
function mismatch(registry, method, url, what) {
    return new oci_errors/* RegistryError */.g('DIGEST_MISMATCH', `Registry ${registry} sent content that does not match its digest: ${what}.`, {
        registry,
        method,
        path: url.pathname,
        hint: 'The registry (or something between it and this job) altered the content; nothing it sent was used.'
    });
}
/** The media type of the Content-Type header, lower case, without parameters. */
function contentType(res) {
    return (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}
/** The JSON object the bytes hold; undefined for anything else. */
function parseObject(bytes) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function formatBytes(n) {
    return n >= MiB && n % MiB === 0 ? `${n / MiB} MiB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}
/** The `errors` of a distribution error body as `CODE: message` (else a short excerpt), and their codes. */
function errorDetail(text) {
    let out = '';
    const codes = [];
    try {
        const body = JSON.parse(text);
        if (Array.isArray(body?.errors)) {
            for (const e of body.errors)
                if (typeof e?.code === 'string')
                    codes.push(e.code);
            out = body.errors
                .map(e => [e?.code, e?.message].filter(x => typeof x === 'string' && x).join(': '))
                .filter(Boolean)
                .join('; ');
        }
    }
    catch {
        out = '';
    }
    if (!out)
        out = text;
    return { detail: (0,redact/* redact */.E)(out).replace(/\s+/g, ' ').trim().slice(0, 300), codes };
}

// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
;// CONCATENATED MODULE: ./src/core/oci/blobs.ts
/**
 * Blobs in the registry API: reads checked against their digest and a size
 * limit, existence checks, and monolithic uploads (POST to start, PUT with
 * `?digest=` to finish).
 */






/** See `RegistryClient.getBlob`. */
async function getBlob(t, repo, digest, maxBytes = t.maxBlobBytes) {
    const url = t.url(repo, 'blobs', (0,oci_reference/* checkDigest */.H2)(digest));
    const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, {}), maxBytes, `blob ${digest}`);
    if (!bytes)
        throw await httpError(repo.registry, 'GET', url, res, `blob ${digest} of ${repo.repository}`);
    const actual = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(digest));
    if (actual !== digest)
        throw mismatch(repo.registry, 'GET', url, `blob ${digest} has content with digest ${actual}`);
    return bytes;
}
/** Whether the repository has the blob (a HEAD), asking for a push token when `push` is set. */
async function blobExists(t, repo, digest, push) {
    const url = t.url(repo, 'blobs', (0,oci_reference/* checkDigest */.H2)(digest));
    const res = await t.send(t.call(repo, 'HEAD', url, push, {}));
    await (0,http/* discard */.vf)(res);
    if (res.status === 404)
        return false;
    if (!res.ok)
        throw await httpError(repo.registry, 'HEAD', url, res);
    return true;
}
/** Uploads a blob unless the repository has it already (HEAD first). */
async function uploadBlob(t, repo, body, digest) {
    if (await blobExists(t, repo, digest, true))
        return;
    const start = t.url(repo, 'blobs', 'uploads/');
    // An upload session can vanish between the POST and the PUT (a retried PUT meets a
    // finished or expired session): unless the blob is there by then, start again from the POST, at once.
    const restarts = (0,retry/* retryPolicy */.Jb)({ retries: Math.max(1, t.policy.retries), baseMs: 0 });
    await (0,retry/* withRetries */.LH)(restarts, async () => {
        const opened = await t.send(t.call(repo, 'POST', start, true, {}));
        if (opened.status !== 202 && opened.status !== 201)
            throw await httpError(repo.registry, 'POST', start, opened);
        await (0,http/* discard */.vf)(opened);
        if (opened.status === 201)
            return;
        const target = uploadTarget(repo.registry, start, opened);
        target.searchParams.set('digest', digest);
        const res = await t.sendWrite(t.call(repo, 'PUT', target, true, { 'Content-Type': 'application/octet-stream' }, body), () => blobExists(t, repo, digest, true));
        if (!res)
            return;
        if (res.status === 404) {
            // The session is gone. Either an earlier attempt of this PUT finished the upload and only
            // its answer was lost (the retry then meets the closed session), or the session expired.
            const gone = await httpError(repo.registry, 'PUT', target, res);
            if (await blobExists(t, repo, digest, true))
                return;
            return (0,retry/* again */.TG)(gone);
        }
        if (!res.ok)
            throw await httpError(repo.registry, 'PUT', target, res);
        await (0,http/* discard */.vf)(res);
        const sent = res.headers.get('docker-content-digest');
        if (sent && (0,types/* isDigest */.Bc)(sent) && sent !== digest && (0,types/* digestOf */.ol)(body, (0,types/* digestAlgorithm */.g4)(sent)) !== sent) {
            throw mismatch(repo.registry, 'PUT', target, `the registry stored the blob as ${sent}, but it hashes to ${digest}`);
        }
    });
}
/** Where the upload session that a POST opened takes the PUT. */
function uploadTarget(registry, start, opened) {
    const location = opened.headers.get('location');
    if (!location) {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} started a blob upload without a Location header.`, {
            registry,
            method: 'POST',
            path: start.pathname,
            status: opened.status
        });
    }
    try {
        return new URL(location, start);
    }
    catch {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent an upload Location that is not a URL.`, {
            registry,
            method: 'POST',
            path: start.pathname
        });
    }
}

;// CONCATENATED MODULE: ./src/core/oci/delete.ts
/**
 * Deleting manifests (OCI distribution: `DELETE /v2/<name>/manifests/<digest>`,
 * 202 Accepted on success). A registry that does not allow deletes answers
 * 405 with the error code UNSUPPORTED (Docker's registry does so unless
 * `storage.delete.enabled` is set); that is an error of its own, so a caller
 * can stop before it has changed anything.
 */




/** The registry refuses deletes (HTTP 405, or an UNSUPPORTED error code). */
class DeletesRefused extends oci_errors/* RegistryError */.g {
}
/** Whether an error says the registry does not allow deletes at all. */
function isDeletesRefused(err) {
    return err instanceof DeletesRefused;
}
/** Deletes a manifest by digest: true when deleted, false when it was not there. */
async function deleteManifest(t, repo, digest) {
    const url = t.url(repo, 'manifests', (0,oci_reference/* checkDigest */.H2)(digest));
    // Registries with token authentication grant deletes under their own action.
    const call = { ...t.call(repo, 'DELETE', url, true, {}), scope: `repository:${repo.repository}:pull,push,delete` };
    const res = await t.send(call);
    if (res.status === 202 || res.status === 200 || res.status === 204) {
        await (0,http/* discard */.vf)(res);
        return true;
    }
    if (res.status === 404) {
        await (0,http/* discard */.vf)(res);
        return false;
    }
    const err = await httpError(repo.registry, 'DELETE', url, res);
    if (res.status === 405 || err.codes.includes('UNSUPPORTED')) {
        throw new DeletesRefused('REGISTRY_ERROR', `Registry ${repo.registry} does not allow deleting manifests (HTTP ${res.status}${err.codes.length ? ` ${err.codes.join(', ')}` : ''}).`, {
            registry: repo.registry,
            method: 'DELETE',
            path: url.pathname,
            status: res.status,
            codes: [...err.codes],
            hint: "Enable deletes on the registry (Docker's registry: `storage.delete.enabled: true`), or delete with the registry's own tools."
        });
    }
    throw err;
}

;// CONCATENATED MODULE: ./src/core/oci/manifests.ts
/**
 * Manifests and indexes in the registry API: HEAD, GET and PUT by tag or
 * digest, and the OCI 1.1 referrers API (an index of the manifests that
 * name one as their subject). Nothing read is trusted: the bytes must hash
 * to their digest, fit the size limit, be a JSON object of a requested type.
 */







/** See `RegistryClient.head`. */
async function headManifest(t, repo, reference) {
    const url = t.url(repo, 'manifests', (0,oci_reference/* checkReference */.M5)(reference));
    const res = await t.send(t.call(repo, 'HEAD', url, false, { Accept: types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') }));
    await (0,http/* discard */.vf)(res);
    if (res.status === 404)
        return undefined;
    if (res.status === 405)
        return headByGet(t, repo, reference);
    if (!res.ok)
        throw await httpError(repo.registry, 'HEAD', url, res);
    const digest = res.headers.get('docker-content-digest') ?? '';
    const mediaType = contentType(res);
    if (!(0,types/* isDigest */.Bc)(digest) || !types/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType))
        return headByGet(t, repo, reference);
    if ((0,types/* isDigest */.Bc)(reference) && digest !== reference) {
        throw mismatch(repo.registry, 'HEAD', url, `the registry reports digest ${digest} for manifest ${reference}`);
    }
    return { digest, mediaType };
}
async function headByGet(t, repo, reference) {
    const m = await getManifest(t, repo, reference);
    return m && { digest: m.digest, mediaType: m.mediaType };
}
/** See `RegistryClient.getManifest`. */
async function getManifest(t, repo, reference, accept = types/* MANIFEST_MEDIA_TYPES */.$T) {
    const url = t.url(repo, 'manifests', (0,oci_reference/* checkReference */.M5)(reference));
    const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, { Accept: accept.join(', ') }), t.maxManifestBytes, `manifest ${reference}`);
    if (res.status === 404) {
        await (0,http/* discard */.vf)(res);
        return undefined;
    }
    if (!bytes)
        throw await httpError(repo.registry, 'GET', url, res);
    const sent = res.headers.get('docker-content-digest');
    let digest;
    if ((0,types/* isDigest */.Bc)(reference)) {
        digest = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(reference));
        if (digest !== reference)
            throw mismatch(repo.registry, 'GET', url, `manifest ${reference} has content with digest ${digest}`);
    }
    else if (sent && (0,types/* isDigest */.Bc)(sent)) {
        digest = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(sent));
        if (digest !== sent)
            throw mismatch(repo.registry, 'GET', url, `tag ${reference} is served as ${sent} but the content has digest ${digest}`);
        if ((0,types/* digestAlgorithm */.g4)(digest) !== 'sha256')
            digest = (0,types/* digestOf */.ol)(bytes);
    }
    else {
        digest = (0,types/* digestOf */.ol)(bytes);
    }
    const json = parseObject(bytes);
    if (!json) {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} that is not a JSON object.`, {
            registry: repo.registry,
            method: 'GET',
            path: url.pathname
        });
    }
    const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : contentType(res);
    if (!accept.includes(mediaType)) {
        const shown = mediaType ? JSON.stringify(mediaType.slice(0, 100)) : 'no media type';
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} with ${shown}, not one of the manifest media types requested.`, {
            registry: repo.registry,
            method: 'GET',
            path: url.pathname,
            hint: `Requested: ${accept.join(', ')}.`
        });
    }
    const etag = res.headers.get('etag') ?? undefined;
    return { bytes, mediaType, digest, size: bytes.length, json, ...(etag ? { etag } : {}) };
}
/** See `RegistryClient.putManifest`. */
async function putManifest(t, repo, reference, bytes, mediaType, options = {}) {
    const url = t.url(repo, 'manifests', (0,oci_reference/* checkReference */.M5)(reference));
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const digest = (0,types/* digestOf */.ol)(body);
    if ((0,types/* isDigest */.Bc)(reference) && (0,types/* digestOf */.ol)(body, (0,types/* digestAlgorithm */.g4)(reference)) !== reference) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `A manifest pushed as ${reference} must have that digest; its content hashes to ${digest}.`);
    }
    const headers = { 'Content-Type': mediaType };
    if (options.ifMatch)
        headers['If-Match'] = options.ifMatch;
    // Stored, whatever the answers said: the reference now names exactly these bytes.
    const landed = async () => {
        const now = await headManifest(t, repo, reference);
        return now !== undefined && ((0,types/* isDigest */.Bc)(reference) || now.digest === digest);
    };
    const res = await (0,retry/* withRetries */.LH)(t.policy, async () => {
        const answer = await t.sendWrite(t.call(repo, 'PUT', url, true, headers, body), landed);
        if (!answer || answer.ok)
            return answer;
        const err = await httpError(repo.registry, 'PUT', url, answer);
        // A blob being linked by a concurrent upload of the same content can read as unknown for a moment.
        if (answer.status === 400 && err.codes.includes('MANIFEST_BLOB_UNKNOWN'))
            return (0,retry/* again */.TG)(err);
        throw err;
    });
    if (!res)
        return digest;
    await (0,http/* discard */.vf)(res);
    const sent = res.headers.get('docker-content-digest');
    if (sent && (0,types/* isDigest */.Bc)(sent) && (0,types/* digestOf */.ol)(body, (0,types/* digestAlgorithm */.g4)(sent)) !== sent) {
        throw mismatch(repo.registry, 'PUT', url, `the registry stored the manifest as ${sent}, but it hashes to ${digest}`);
    }
    return digest;
}
/** See `RegistryClient.referrers`. */
async function getReferrers(t, repo, digest, artifactType) {
    const url = t.url(repo, 'referrers', (0,oci_reference/* checkDigest */.H2)(digest));
    if (artifactType)
        url.searchParams.set('artifactType', artifactType);
    const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, { Accept: types/* OCI_INDEX */.$p }), t.maxManifestBytes, `referrers of ${digest}`);
    if (res.status === 404 || res.status === 400 || res.status === 405) {
        await (0,http/* discard */.vf)(res);
        return undefined;
    }
    if (!bytes)
        throw await httpError(repo.registry, 'GET', url, res);
    if (contentType(res) !== types/* OCI_INDEX */.$p)
        return undefined;
    const json = parseObject(bytes);
    if (!json || !Array.isArray(json.manifests)) {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} answered the referrers of ${digest} with an index that has no manifests list.`, {
            registry: repo.registry,
            method: 'GET',
            path: url.pathname
        });
    }
    const list = json.manifests.map((d, i) => (0,types/* parseDescriptor */.BA)(d, `Referrer ${i} of ${digest} from registry ${repo.registry}`));
    return artifactType ? list.filter(d => d.artifactType === artifactType) : list;
}

;// CONCATENATED MODULE: ./src/core/oci/tags.ts
/**
 * The tag list of a repository, page by page (`Link: <…>; rel="next"`),
 * bounded: pages, tags and bytes have limits, and pages may not go round in
 * a circle or lead to another host.
 */



/** Most pages of a tag list followed. */
const MAX_TAG_PAGES = 10_000;
/** Most tags read from all the pages of a tag list together. */
const MAX_TAGS = 1_000_000;
/** Most bytes read from all the pages of a tag list together, as a multiple of the manifest limit. */
const TAG_LIST_BUDGET = 16;
/** See `RegistryClient.listTags`. */
async function listTags(t, repo, pageSize) {
    let url = t.url(repo, 'tags', 'list');
    if (pageSize !== undefined)
        url.searchParams.set('n', String(pageSize));
    const origin = url.origin;
    const tags = [];
    // A page seen before means the Link headers go round in a circle; the budget bounds what a
    // registry that keeps inventing new pages can make this read.
    const seen = new Set();
    const budget = TAG_LIST_BUDGET * t.maxManifestBytes;
    let read = 0;
    const refuse = (what, at) => new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} ${what}; stopped reading the tag list of ${repo.repository} there.`, {
        registry: repo.registry,
        method: 'GET',
        path: at.pathname
    });
    for (let page = 0; url; page++) {
        if (page >= MAX_TAG_PAGES)
            throw refuse(`sent more than ${MAX_TAG_PAGES} pages of tags`, url);
        seen.add(url.href);
        const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, { Accept: 'application/json' }), t.maxManifestBytes, 'a tag list');
        if (res.status === 404) {
            await (0,http/* discard */.vf)(res);
            return tags;
        }
        if (!bytes)
            throw await httpError(repo.registry, 'GET', url, res);
        const json = parseObject(bytes);
        const list = json?.tags;
        if (!json || (list !== null && list !== undefined && (!Array.isArray(list) || !list.every(tag => typeof tag === 'string')))) {
            throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} answered the tag list of ${repo.repository} with something that is not a list of tags.`, {
                registry: repo.registry,
                method: 'GET',
                path: url.pathname
            });
        }
        read += bytes.length;
        if (read > budget)
            throw refuse(`sent more than ${formatBytes(budget)} of tag pages`, url);
        if (Array.isArray(list)) {
            if (tags.length + list.length > MAX_TAGS)
                throw refuse(`listed more than ${MAX_TAGS} tags`, url);
            for (const tag of list)
                tags.push(tag);
        }
        const next = (0,http/* nextLink */.IX)(res.headers.get('link'));
        if (!next)
            break;
        let nextURL;
        try {
            nextURL = new URL(next, url);
        }
        catch {
            throw refuse('pointed the next tag page at something that is not a URL', url);
        }
        if (seen.has(nextURL.href))
            throw refuse(`pointed the next tag page back at a page it already sent (${nextURL.pathname}${nextURL.search.slice(0, 100)})`, url);
        if (nextURL.origin !== origin) {
            throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} pointed the next tag page at another host (${nextURL.host}).`, {
                registry: repo.registry,
                method: 'GET',
                path: url.pathname
            });
        }
        url = nextURL;
    }
    return tags;
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./src/core/oci/challenge.ts
/**
 * What a registry's 401 says: the challenges of its WWW-Authenticate header,
 * and the token scopes repository requests ask for.
 */
/**
 * Parses a WWW-Authenticate header into its challenges (scheme lower-cased,
 * parameter names lower-cased, quoted values unescaped). Several challenges
 * may share one header, comma-separated.
 */
function parseChallenges(header) {
    const out = [];
    let current;
    const n = header.length;
    let i = 0;
    const isSpace = (c) => c === ' ' || c === '\t';
    while (i < n) {
        while (i < n && (isSpace(header[i]) || header[i] === ','))
            i++;
        const start = i;
        while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i]))
            i++;
        const name = header.slice(start, i);
        if (!name) {
            i++;
            continue;
        }
        let j = i;
        while (j < n && isSpace(header[j]))
            j++;
        if (header[j] !== '=') {
            current = { scheme: name.toLowerCase(), params: {} };
            out.push(current);
            continue;
        }
        i = j + 1;
        while (i < n && isSpace(header[i]))
            i++;
        let value = '';
        if (header[i] === '"') {
            i++;
            while (i < n && header[i] !== '"') {
                if (header[i] === '\\' && i + 1 < n)
                    i++;
                value += header[i++];
            }
            i++;
        }
        else {
            const begin = i;
            while (i < n && header[i] !== ',' && !isSpace(header[i]))
                i++;
            value = header.slice(begin, i);
        }
        if (current)
            current.params[name.toLowerCase()] = value;
    }
    return out;
}
/** The scope of a repository request: `repository:<name>:pull` or `…:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/** Whether scope `a` grants everything scope `b` asks for (same resource, a superset of actions). */
function covers(a, b) {
    if (!a)
        return false;
    const split = (s) => {
        const last = s.lastIndexOf(':');
        return { resource: s.slice(0, last), actions: new Set(s.slice(last + 1).split(',')) };
    };
    const x = split(a);
    const y = split(b);
    return x.resource === y.resource && [...y.actions].every(action => x.actions.has(action));
}

;// CONCATENATED MODULE: ./src/core/oci/credentials.ts
/**
 * Registry credentials: their shape, where they may come from, and the
 * first source, the explicit `registry-username` / `registry-password`
 * inputs. The docker config and its credential helpers are the others
 * (docker-config.ts, credential-helper.ts).
 */


const EXPLICIT_SOURCE = 'the `registry-username` / `registry-password` inputs';
/** The key docker uses for Docker Hub in config.json and with credential helpers. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
/** The identity-token marker docker uses as the username. */
const TOKEN_USERNAME = '<token>';
/** The server URL docker hands a credential helper for a registry. */
function helperServerURL(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_AUTH_KEY : registry;
}
/**
 * The explicit credentials, when either input is set; both must be. Undefined
 * when neither is: the docker config decides.
 */
function explicitCredentials(options) {
    const explicit = options.credentials;
    if (!explicit || (!explicit.username && !explicit.password))
        return undefined;
    if (explicit.password)
        options.onSecret?.(explicit.password);
    if (!explicit.username) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`registry-password` is set but `registry-username` is empty.', {
            hint: 'Set both `registry-username` and `registry-password`, or neither.'
        });
    }
    if (!explicit.password) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`registry-username` is set but `registry-password` is empty.', {
            hint: 'Set both `registry-username` and `registry-password`, or neither (a secret that is not available to this job is empty).'
        });
    }
    return {
        username: explicit.username,
        password: explicit.password,
        source: EXPLICIT_SOURCE,
        identityToken: explicit.username === TOKEN_USERNAME
    };
}
/** A refusal naming where the credentials came from and the inputs that set them. */
function refusedMessage(who, creds, what) {
    if (!creds) {
        return `${who} requires authentication (${what}) and no credentials are configured for it: set \`registry-username\` and \`registry-password\`.`;
    }
    if (creds.source === EXPLICIT_SOURCE)
        return `${who} rejected the credentials from ${EXPLICIT_SOURCE} (${what}).`;
    return `${who} rejected the credentials from ${creds.source} (${what}); set \`registry-username\` and \`registry-password\` to use others.`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/core/oci/credential-helper.ts
/**
 * Docker credential helpers: `docker-credential-<name> get`, the server URL
 * on stdin, `{"Username", "Secret"}` JSON on stdout.
 */




/** Runs `docker-credential-<name> get` for a registry. Undefined when the helper has nothing for it. */
async function runCredentialHelper(name, registry, options = {}, configuredBy = 'the docker config') {
    const program = `docker-credential-${name}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper name "${name.slice(0, 80)}" (${configuredBy}) is not valid.`, {
            hint: 'Fix the docker config, or set `registry-username` and `registry-password`.'
        });
    }
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const { code, stdout, stderr, error } = await run(program, helperServerURL(registry), options.env ?? process.env, timeoutMs);
    const hint = `Install ${program} on PATH or remove it from the docker config, or set \`registry-username\` and \`registry-password\`.`;
    if (error) {
        const why = error.code === 'ENOENT' ? 'is not on PATH' : `could not run (${error.code ?? error.message})`;
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper ${program} (${configuredBy}) ${why}.`, { hint });
    }
    if (code !== 0) {
        const said = `${stdout}\n${stderr}`;
        if (/credentials not found/i.test(said))
            return undefined;
        const detail = (0,redact/* redact */.E)(stderr.trim().split('\n')[0] ?? '').slice(0, 200);
        throw new errors/* SealError */.EM('REGISTRY_AUTH', code === -1
            ? `The credential helper ${program} (${configuredBy}) did not answer within ${Math.round(timeoutMs / 1000)} s.`
            : `The credential helper ${program} (${configuredBy}) failed for ${registry} (exit ${code})${detail ? `: ${detail}` : ''}.`, { hint });
    }
    let value;
    try {
        value = JSON.parse(stdout);
    }
    catch {
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper ${program} printed something that is not JSON for ${registry}.`, { hint });
    }
    if (typeof value?.Secret !== 'string' || value.Secret === '')
        return undefined;
    options.onSecret?.(value.Secret);
    const username = typeof value.Username === 'string' ? value.Username : '';
    return { username, password: value.Secret, source: program, identityToken: username === TOKEN_USERNAME };
}
/** Runs `<program> get` with `input` on stdin, killed after `timeoutMs`. */
function run(program, input, env, timeoutMs) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        let failed;
        let timedOut = false;
        // On timeout, also drop the pipes: a helper's own children could hold them open.
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
        }, timeoutMs);
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', e => {
            failed = e;
        });
        child.stdin.on('error', () => undefined);
        child.on('close', exit => {
            clearTimeout(timer);
            resolve({
                code: timedOut ? -1 : exit,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                error: failed
            });
        });
        child.stdin.end(`${input}\n`);
    });
}

;// CONCATENATED MODULE: ./src/core/oci/docker-config.ts
/**
 * Credentials from the docker config (`$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`): a `credHelpers` entry for the registry, an
 * `auths` entry holding credentials, then `credsStore`.
 */







const DOCKER_HUB_KEYS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Path of the docker config file these options read. */
function dockerConfigPath(options = {}) {
    const env = options.env ?? process.env;
    const dir = options.dockerConfigDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(dir, 'config.json');
}
/**
 * The credentials the docker config holds for a registry, by the order
 * docker uses: its credential helper, its `auths` entry, the default store.
 * Undefined when it has none.
 */
async function dockerConfigCredentials(registry, options = {}) {
    const path = dockerConfigPath(options);
    const config = await readDockerConfig(path);
    const helper = lookup(config.credHelpers, registry);
    if (typeof helper === 'string' && helper !== '') {
        return runCredentialHelper(helper, registry, options, `credHelpers in ${path}`);
    }
    const entry = lookup(config.auths, registry);
    if (entry && typeof entry === 'object') {
        const found = authEntry(entry, path, registry, s => {
            if (s)
                options.onSecret?.(s);
        });
        if (found)
            return found;
    }
    if (typeof config.credsStore === 'string' && config.credsStore !== '') {
        return runCredentialHelper(config.credsStore, registry, options, `credsStore in ${path}`);
    }
    return undefined;
}
/** A config.json key reduced to host[:port]: no scheme, no path, lower case. */
function keyHost(key) {
    return key
        .trim()
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/\/.*$/, '');
}
/** Finds the entry of a config map for a registry: the exact key first, then any key naming the same host. */
function lookup(map, registry) {
    if (!map || typeof map !== 'object')
        return undefined;
    const hub = registry === oci_reference/* DOCKER_HUB */.Xb;
    if (hub && map[DOCKER_HUB_AUTH_KEY] !== undefined)
        return map[DOCKER_HUB_AUTH_KEY];
    if (map[registry] !== undefined)
        return map[registry];
    for (const [key, value] of Object.entries(map)) {
        const host = keyHost(key);
        if (host === registry.toLowerCase() || (hub && DOCKER_HUB_KEYS.has(host)))
            return value;
    }
    return undefined;
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return {};
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `Cannot read the docker config ${path} (${code ?? 'error'}).`, {
            hint: 'Fix its permissions, point DOCKER_CONFIG elsewhere, or set `registry-username` and `registry-password`.'
        });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The docker config ${path} is not valid JSON.`, {
            hint: 'Fix or remove it (or point DOCKER_CONFIG elsewhere), or set `registry-username` and `registry-password`.'
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The docker config ${path} is not a JSON object.`, {
            hint: 'Fix or remove it, or set `registry-username` and `registry-password`.'
        });
    }
    return value;
}
function authEntry(entry, path, registry, secret) {
    const source = path;
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        secret(entry.identitytoken);
        return { username: TOKEN_USERNAME, password: entry.identitytoken, source, identityToken: true };
    }
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        secret(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new errors/* SealError */.EM('REGISTRY_AUTH', `The "auth" value for ${registry} in ${path} is not base64 of "username:password".`, {
                hint: 'Log in again with `docker login`, or set `registry-username` and `registry-password`.'
            });
        }
        const password = decoded.slice(colon + 1);
        secret(password);
        return { username: decoded.slice(0, colon), password, source, identityToken: false };
    }
    if (typeof entry.username === 'string' && entry.username !== '' && typeof entry.password === 'string') {
        secret(entry.password);
        return { username: entry.username, password: entry.password, source, identityToken: entry.username === TOKEN_USERNAME };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/oci/token-service.ts
/**
 * Bearer tokens from a registry's token service (the realm of its
 * challenge): a GET with Basic credentials (or none), or an OAuth2 refresh
 * grant for an identity token.
 */





const MAX_TOKEN_RESPONSE = 1024 * 1024;
function isLoopback(host) {
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}
/** Asks the token service for a token of the scopes; every secret it sends back goes to `onSecret`. */
async function fetchToken(transport, req) {
    const { registry, onSecret } = req;
    const url = (0,http/* parseHttpURL */.nZ)(req.realm);
    if (!url) {
        const why = URL.canParse(req.realm) ? `with an unsupported scheme (${new URL(req.realm).protocol})` : 'that is not a URL';
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent a token realm ${why}.`, { registry });
    }
    const creds = await req.credentials();
    if (creds && url.protocol === 'http:' && !isLoopback(url.hostname) && (0,oci_reference/* registryScheme */.FG)(registry, req.insecureRegistries) === 'https') {
        throw new oci_errors/* RegistryError */.g('REGISTRY_AUTH', `Registry ${registry} asks for credentials at a plain-http token service (${url.host}); seal does not send credentials unencrypted.`, { registry, hint: 'List the registry in the insecure registries option only if this is intended.' });
    }
    const headers = { Accept: 'application/json' };
    let res;
    if (creds?.identityToken) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.password, client_id: 'seal' });
        if (req.service)
            form.set('service', req.service);
        if (req.scopes.length)
            form.set('scope', req.scopes.join(' '));
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        res = await transport({ method: 'POST', url, headers, body: Buffer.from(form.toString()), registry });
    }
    else {
        if (req.service)
            url.searchParams.set('service', req.service);
        for (const s of req.scopes)
            url.searchParams.append('scope', s);
        if (creds) {
            url.searchParams.set('account', creds.username);
            const basic = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            onSecret?.(basic);
            headers.Authorization = `Basic ${basic}`;
        }
        res = await transport({ method: 'GET', url, headers, registry });
    }
    const path = url.pathname;
    if (res.status === 401 || res.status === 403) {
        await (0,http/* discard */.vf)(res);
        const message = refusedMessage(`The token service of registry ${registry} (${url.host})`, creds, `HTTP ${res.status}`);
        throw new oci_errors/* RegistryError */.g('REGISTRY_AUTH', message, { registry, method: 'GET', path, status: res.status, hint: oci_errors/* CREDENTIALS_HINT */.P });
    }
    if (!res.ok) {
        await (0,http/* discard */.vf)(res);
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered HTTP ${res.status}.`, {
            registry,
            method: creds?.identityToken ? 'POST' : 'GET',
            path,
            status: res.status,
            hint: 'The registry may be failing; re-run the step later.'
        });
    }
    const body = parseObject(await (0,http/* readBody */.x8)(res, MAX_TOKEN_RESPONSE).catch(() => Buffer.alloc(0)));
    const token = typeof body?.token === 'string' && body.token ? body.token : body?.access_token;
    if (typeof token !== 'string' || token === '') {
        throw new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered without a token.`, {
            registry,
            path
        });
    }
    onSecret?.(token);
    if (typeof body?.refresh_token === 'string' && body.refresh_token)
        onSecret?.(body.refresh_token);
    const expiresIn = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    // Renew ten seconds early (or halfway for very short lifetimes) so a token never expires in flight.
    const margin = Math.min(10, expiresIn / 2);
    return { token, expiresAt: Date.now() + (expiresIn - margin) * 1000 };
}

;// CONCATENATED MODULE: ./src/core/oci/auth.ts
/**
 * Registry authentication: which credentials a registry gets, and what its
 * challenges ask for.
 *
 * Credentials come from, in order: the explicit `registry-username` /
 * `registry-password` inputs (credentials.ts); the docker config
 * (docker-config.ts): a `credHelpers` entry for the registry, an `auths`
 * entry holding credentials, then `credsStore` (credential-helper.ts).
 *
 * Requests start anonymous. A 401 names the scheme (challenge.ts): `Basic`
 * sends the credentials; `Bearer realm=…,service=…,scope=…` trades them at
 * the realm for a token (token-service.ts), cached per scope until it
 * expires. Every secret read (passwords, helper secrets, tokens) goes to
 * `onSecret` first, so callers can mask it.
 */





/**
 * Finds credentials for a registry (host[:port], `docker.io` for Docker Hub).
 * Undefined means none are configured: requests go anonymous.
 */
async function resolveCredentials(registry, options = {}) {
    return explicitCredentials(options) ?? dockerConfigCredentials(registry, options);
}
/**
 * Holds what the client has learned about each registry's authentication:
 * the challenge scheme, the credentials, and bearer tokens per scope.
 */
class RegistryAuthenticator {
    transport;
    states = new Map();
    credentials = new Map();
    tokens = new Map();
    extraScopes = new Map();
    options;
    constructor(options, transport) {
        this.transport = transport;
        // Each secret is reported once, however many requests use it.
        const reported = new Set();
        const onSecret = options.onSecret;
        this.options = {
            ...options,
            onSecret: onSecret
                ? (secret) => {
                    if (reported.has(secret))
                        return;
                    reported.add(secret);
                    onSecret(secret);
                }
                : undefined
        };
    }
    /** Credentials for a registry, looked up once. */
    credentialsFor(registry) {
        let p = this.credentials.get(registry);
        if (!p) {
            p = resolveCredentials(registry, this.options);
            this.credentials.set(registry, p);
            p.catch(() => this.credentials.delete(registry));
        }
        return p;
    }
    /** The Authorization header for a request to a registry, from what earlier challenges taught. */
    async authorization(registry, scope) {
        const state = this.states.get(registry);
        if (!state)
            return undefined;
        if (state.kind === 'basic') {
            const creds = await this.credentialsFor(registry);
            if (!creds || creds.identityToken)
                return undefined;
            const value = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            this.options.onSecret?.(value);
            return `Basic ${value}`;
        }
        const token = await this.token(registry, state, scope ?? '');
        return `Bearer ${token}`;
    }
    /**
     * Learns from a 401 response. True when the request should be sent again
     * (with what `authorization` now returns); false when nothing would change.
     */
    async challenge(registry, scope, header, sent) {
        const challenges = parseChallenges(header ?? '');
        const bearer = challenges.find(c => c.scheme === 'bearer');
        const basic = challenges.find(c => c.scheme === 'basic');
        if (bearer) {
            const realm = bearer.params.realm;
            if (!realm)
                return false;
            this.states.set(registry, { kind: 'bearer', realm, service: bearer.params.service });
            const key = `${registry} ${scope ?? ''}`;
            const wanted = (bearer.params.scope ?? '').split(' ').filter(s => s && !covers(scope, s));
            if (wanted.length)
                this.extraScopes.set(key, wanted);
            if (sent?.startsWith('Bearer ')) {
                this.tokens.delete(key);
                this.tokens.delete(`${key},push`);
            }
            return true;
        }
        if (basic) {
            this.states.set(registry, { kind: 'basic' });
            if (sent?.startsWith('Basic '))
                return false;
            const creds = await this.credentialsFor(registry);
            return creds !== undefined && !creds.identityToken;
        }
        return false;
    }
    /** The error for a request the registry still refuses (401 or 403) after authentication. */
    async refusal(registry, status, method, path) {
        let creds;
        try {
            creds = await this.credentialsFor(registry);
        }
        catch {
            creds = undefined;
        }
        const what = `${method} ${path}`;
        if (status === 403) {
            return new oci_errors/* RegistryError */.g('REGISTRY_AUTH', `Registry ${registry} denied ${what} (HTTP 403)${creds ? ` for the credentials from ${creds.source}` : ' to anonymous requests'}.`, {
                registry,
                method,
                path,
                status,
                hint: 'The credentials lack access to this repository: check `registry-username` / `registry-password` and the token scopes ' +
                    '(for GitHub Packages, `permissions: packages: write` to push).'
            });
        }
        const message = refusedMessage(`Registry ${registry}`, creds, `HTTP ${status} to ${what}`);
        return new oci_errors/* RegistryError */.g('REGISTRY_AUTH', message, { registry, method, path, status, hint: oci_errors/* CREDENTIALS_HINT */.P });
    }
    token(registry, state, scope) {
        // A push token also serves pulls of the same repository.
        const keys = [`${registry} ${scope}`];
        if (scope.endsWith(':pull'))
            keys.push(`${registry} ${scope},push`);
        for (const key of keys) {
            const cached = this.tokens.get(key);
            if (cached) {
                return cached.then(t => (t.expiresAt > Date.now() ? t.token : this.refresh(registry, state, scope)), () => this.refresh(registry, state, scope));
            }
        }
        return this.refresh(registry, state, scope);
    }
    refresh(registry, state, scope) {
        const key = `${registry} ${scope}`;
        const current = this.tokens.get(key);
        const p = (async () => {
            if (current) {
                const t = await current.catch(() => undefined);
                if (t && t.expiresAt > Date.now())
                    return t;
            }
            return fetchToken(this.transport, {
                registry,
                realm: state.realm,
                service: state.service,
                scopes: [scope, ...(this.extraScopes.get(key) ?? [])].filter(Boolean),
                credentials: () => this.credentialsFor(registry),
                insecureRegistries: this.options.insecureRegistries,
                onSecret: this.options.onSecret
            });
        })();
        this.tokens.set(key, p);
        p.catch(() => {
            if (this.tokens.get(key) === p)
                this.tokens.delete(key);
        });
        return p.then(t => t.token);
    }
}

;// CONCATENATED MODULE: ./src/core/oci/transport.ts
/**
 * One registry request at a time: authenticated from what the registry's
 * challenges taught (auth.ts), with a time limit, redirects followed, and
 * retries on network errors, 5xx and 429 as the client's retry policy says.
 * Every request is logged; `timed` measures the registry's own pace.
 */










class RegistryTransport {
    /** Every request sent, in order, for logs and benchmarks. */
    requests = [];
    policy;
    maxManifestBytes;
    maxBlobBytes;
    probes = new Map();
    meter = new external_node_async_hooks_.AsyncLocalStorage();
    auth;
    timeoutMs;
    insecure;
    userAgent;
    constructor(options) {
        this.policy = options.policy;
        this.timeoutMs = options.timeoutMs;
        this.insecure = options.insecureRegistries;
        this.userAgent = options.userAgent;
        this.maxManifestBytes = options.maxManifestBytes;
        this.maxBlobBytes = options.maxBlobBytes;
        this.auth = new RegistryAuthenticator(options, req => this.send({ registry: req.registry, method: req.method, url: req.url, headers: req.headers, body: req.body, auth: false }));
    }
    /** The base URL of a registry's API: `http` for loopback and insecure registries. */
    baseURL(registry) {
        return (0,oci_reference/* registryBaseURL */.I3)(registry, this.insecure);
    }
    /** Runs `fn` and measures the time the registry took to answer the requests it made (see `Timed.serviceMs`). */
    async timed(fn) {
        const store = { ms: 0 };
        try {
            return { value: await this.meter.run(store, fn), serviceMs: store.ms };
        }
        finally {
            const outer = this.meter.getStore();
            if (outer)
                outer.ms += store.ms;
        }
    }
    /** The URL of a repository's API resource: `/v2/<repository>/<kind>/<rest>`. */
    url(repo, kind, rest) {
        if (!(0,oci_reference/* isRepositoryPath */.og)(repo.repository)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `"${repo.repository.slice(0, 200)}" is not a valid repository name.`);
        }
        return new URL(`${this.baseURL(repo.registry)}/v2/${repo.repository}/${kind}/${rest}`);
    }
    /** An authenticated request in a repository, with a pull (or pull and push) scope. */
    call(repo, method, url, push, headers, body) {
        return { registry: repo.registry, method, url, scope: repositoryScope(repo.repository, push), headers, body, auth: true };
    }
    /**
     * Sends a request: authenticated from what the registry's challenges taught
     * (one more attempt after a 401), retried with backoff on network errors,
     * 5xx and 429. Throws on network failure and on 401/403 that authentication
     * cannot fix; returns every other response.
     */
    async send(call) {
        const sameOrigin = call.url.origin === new URL(this.baseURL(call.registry)).origin;
        // The first request to a registry goes alone: the ones sent meanwhile wait for it to learn
        // the registry's authentication, instead of each collecting the same 401.
        let release;
        if (call.auth && sameOrigin) {
            const probe = this.probes.get(call.registry);
            if (probe)
                await probe;
            else
                this.probes.set(call.registry, new Promise(resolve => (release = resolve)));
        }
        try {
            return await this.exchange(call, sameOrigin);
        }
        finally {
            release?.();
        }
    }
    /**
     * Sends a write whose effect can be looked up. When every attempt lost its
     * answer (reset, timeout, cut off), the registry may have done the work all
     * the same: `landed` looks, and undefined means it did. Otherwise the
     * network error stands.
     */
    async sendWrite(call, landed) {
        try {
            return await this.send(call);
        }
        catch (err) {
            if (!(err instanceof oci_errors/* RegistryError */.g) || err.code !== 'REGISTRY_ERROR' || err.status !== undefined)
                throw err;
            if (await landed().catch(() => false))
                return undefined;
            throw err;
        }
    }
    /**
     * Sends a GET and, when it succeeds, reads the body (at most `max` bytes).
     * A body that breaks off sends the whole request again, within the retries.
     * Without `bytes`, the response failed and its body is unread.
     */
    getBody(call, max, what) {
        return (0,retry/* withRetries */.LH)(this.policy, async () => {
            const res = await this.send(call);
            if (!res.ok)
                return { res };
            try {
                return { res, bytes: await readWithin(res, max, call.registry, call.method, call.url, what) };
            }
            catch (err) {
                if (err instanceof oci_errors/* RegistryError */.g)
                    throw err;
                return (0,retry/* again */.TG)(this.networkError(call, err));
            }
        });
    }
    exchange(call, sameOrigin) {
        let challenged = false;
        return (0,retry/* withRetries */.LH)(this.policy, async (_attempt, last) => {
            for (;;) {
                const headers = { 'User-Agent': this.userAgent, ...call.headers };
                let sent;
                if (call.auth && sameOrigin) {
                    sent = await this.auth.authorization(call.registry, call.scope);
                    if (sent)
                        headers.Authorization = sent;
                }
                const started = Date.now();
                let res;
                await (0,http/* useEnvProxy */.Bs)();
                try {
                    res = await fetch(call.url, { method: call.method, headers, body: call.body, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
                }
                catch (err) {
                    this.log(call, 0, started);
                    return (0,retry/* again */.TG)(this.networkError(call, err));
                }
                this.log(call, res.status, started);
                if (!last && retryable(res.status)) {
                    const asked = res.headers.get('retry-after');
                    await (0,http/* discard */.vf)(res);
                    return (0,retry/* again */.TG)(undefined, asked);
                }
                // An answer that counts (a retried failure does not): the registry's pace, for `timed`.
                const meter = this.meter.getStore();
                if (meter)
                    meter.ms += Date.now() - started;
                if (call.auth && (res.status === 401 || res.status === 403)) {
                    const header = res.headers.get('www-authenticate');
                    await (0,http/* discard */.vf)(res);
                    if (res.status === 401 && !challenged && (await this.auth.challenge(call.registry, call.scope, header, sent))) {
                        challenged = true;
                        continue;
                    }
                    throw await this.auth.refusal(call.registry, res.status, call.method, call.url.pathname);
                }
                return res;
            }
        });
    }
    log(call, status, started) {
        this.requests.push({ method: call.method, host: call.url.host, path: call.url.pathname, status, durationMs: Date.now() - started });
    }
    networkError(call, err) {
        const name = err?.name;
        const why = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s` : (0,redact/* redact */.E)(causeOf(err)).slice(0, 200);
        const retried = this.policy.retries > 0 ? ` (after ${this.policy.retries} retries)` : '';
        return new oci_errors/* RegistryError */.g('REGISTRY_ERROR', `Could not reach registry ${call.registry} for ${call.method} ${call.url.pathname}${retried}: ${why}.`, {
            registry: call.registry,
            method: call.method,
            path: call.url.pathname,
            hint: (0,http/* networkHint */.uw)(err) ?? 'Check the registry host in the image reference and the network path to it.',
            cause: err
        });
    }
}
function retryable(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
function causeOf(err) {
    let e = err;
    let text = '';
    for (let depth = 0; e && depth < 5; depth++) {
        const shape = e;
        if (typeof shape.code === 'string' && /^E[A-Z_]+$/.test(shape.code))
            return shape.code;
        if (typeof shape.message === 'string' && shape.message)
            text = shape.message;
        e = shape.cause;
    }
    return text || String(err);
}

;// CONCATENATED MODULE: ./src/core/oci/client.ts
/**
 * A client for the OCI distribution API: manifests, blobs, tags and the
 * referrers API, with authentication (auth.ts), per-request timeouts,
 * bounded retries with backoff (transport.ts), and no trust in what the
 * registry sends: every manifest and blob read is checked against its
 * digest and a size limit, and manifests must be JSON objects.
 */








class RegistryClient {
    /** Every request sent, in order, for logs and benchmarks. */
    requests;
    transport;
    pushed = new Map();
    constructor(options = {}) {
        this.transport = new RegistryTransport({
            ...options,
            timeoutMs: options.timeoutMs ?? 30_000,
            policy: (0,retry/* retryPolicy */.Jb)({ retries: options.retries ?? 3, baseMs: options.retryBaseMs ?? 500, maxMs: options.maxRetryDelayMs ?? 30_000 }),
            insecureRegistries: options.insecureRegistries ?? [],
            userAgent: options.userAgent ?? 'seal',
            maxManifestBytes: options.maxManifestBytes ?? 4 * MiB,
            maxBlobBytes: options.maxBlobBytes ?? 64 * MiB
        });
        this.requests = this.transport.requests;
    }
    /** How many requests were sent per method. */
    requestCounts() {
        const counts = {};
        for (const r of this.requests)
            counts[r.method] = (counts[r.method] ?? 0) + 1;
        return counts;
    }
    /**
     * Runs `fn` and measures the time the registry took to answer the requests
     * it made (see `Timed.serviceMs`). Measurements nest: an outer `timed`
     * includes what an inner one measured.
     */
    timed(fn) {
        return this.transport.timed(fn);
    }
    /** The base URL of a registry's API: `http` for loopback and insecure registries. */
    baseURL(registry) {
        return this.transport.baseURL(registry);
    }
    /**
     * Whether a manifest exists, with its digest and media type, from a HEAD.
     * When the HEAD answer carries no digest seal can check, or a Content-Type
     * that is not one of the manifest and index types asked for (an HTML page,
     * an answer from another resource after a redirect), a GET tells instead,
     * with everything `getManifest` checks. Undefined when it does not exist.
     */
    head(repo, reference) {
        return headManifest(this.transport, repo, reference);
    }
    /**
     * Reads a manifest or index by tag or digest. The bytes must hash to the
     * requested digest (for a tag: to the Docker-Content-Digest header when
     * sent), fit the size limit and be a JSON object, and its media type (its
     * `mediaType` field, else the Content-Type) must be one of `accept`.
     * Undefined on 404.
     */
    getManifest(repo, reference, accept = types/* MANIFEST_MEDIA_TYPES */.$T) {
        return getManifest(this.transport, repo, reference, accept);
    }
    /**
     * Stores a manifest under a tag or its digest and returns its sha256
     * digest. With `ifMatch`, registries that support conditional writes refuse
     * (HTTP 412) when the tag changed since it was read. When every answer to
     * the PUT was lost, a HEAD tells whether it was stored all the same.
     */
    putManifest(repo, reference, bytes, mediaType, options = {}) {
        return putManifest(this.transport, repo, reference, bytes, mediaType, options);
    }
    /**
     * Deletes a manifest by digest: true when deleted, false when it did not
     * exist. A registry that does not allow deletes raises DeletesRefused.
     */
    deleteManifest(repo, digest) {
        return deleteManifest(this.transport, repo, digest);
    }
    /** Reads a blob and checks its digest; at most `maxBytes` (default: the client's blob limit). */
    getBlob(repo, digest, maxBytes) {
        return getBlob(this.transport, repo, digest, maxBytes);
    }
    blobExists(repo, digest) {
        return blobExists(this.transport, repo, digest, false);
    }
    /**
     * Uploads a blob unless the repository has it already (HEAD first), as one
     * monolithic upload: POST to start, PUT with `?digest=` to finish.
     */
    async pushBlob(repo, bytes, mediaType = 'application/octet-stream') {
        const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const descriptor = (0,types/* describe */.q0)(body, mediaType);
        // Concurrent and repeated pushes of the same blob to the same repository share one upload.
        const key = `${repo.registry}/${repo.repository}@${descriptor.digest}`;
        let upload = this.pushed.get(key);
        if (!upload) {
            upload = uploadBlob(this.transport, repo, body, descriptor.digest);
            this.pushed.set(key, upload);
            upload.catch(() => this.pushed.delete(key));
        }
        await upload;
        return descriptor;
    }
    /**
     * The referrers of a manifest from the OCI 1.1 referrers API, filtered by
     * artifact type when one is given. Undefined when the registry has no such
     * API (404 or 400, or an answer that is not an image index).
     */
    referrers(repo, digest, artifactType) {
        return getReferrers(this.transport, repo, digest, artifactType);
    }
    /** Every tag of a repository, following `Link: <…>; rel="next"` pages. Empty when the repository does not exist. */
    listTags(repo, pageSize) {
        return listTags(this.transport, repo, pageSize);
    }
}

// EXTERNAL MODULE: ./src/core/image/resolve.ts
var resolve = __webpack_require__(47473);
;// CONCATENATED MODULE: ./src/core/image/registry.ts



/** A registry client configured from the step's inputs and environment. */
function registryClient(inputs, env, onSecret) {
    if (inputs.registryPassword)
        onSecret?.(inputs.registryPassword);
    return new RegistryClient({
        credentials: inputs.registryUsername && inputs.registryPassword ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined,
        env,
        onSecret,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
    });
}
/**
 * Opens the registry for a step's `image` inputs and resolves every image
 * (four at a time) before anything is signed, so a typo fails first. With
 * `signature-repository` (or COSIGN_REPOSITORY) set, each image's signatures
 * are stored there.
 */
async function openImages(inputs, env, onSecret) {
    const client = registryClient(inputs, env, onSecret);
    const store = signatureRepository(inputs.signatureRepository, env);
    const images = await mapLimit(inputs.images, 4, text => resolveImage(client, text, { signatureRepository: store }));
    return { client, images };
}

// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
// EXTERNAL MODULE: ./src/core/oci/referrers.ts
var referrers = __webpack_require__(88821);
;// CONCATENATED MODULE: ./src/core/image/layout.ts
/**
 * Images and their signatures in an OCI image layout directory, for
 * verification without network: `seal save` copies an image's manifest and
 * every signature, attestation and SBOM stored for it (referrers and cosign's
 * legacy tags) into a directory; LayoutReader then serves them as a registry
 * would. index.json entries carry the `org.opencontainers.image.ref.name`
 * annotation (the full reference) and cosign's `kind` annotation.
 */







const REF_NAME = 'org.opencontainers.image.ref.name';
const KIND = 'kind';
const KINDS = {
    image: 'dev.cosignproject.cosign/image',
    imageIndex: 'dev.cosignproject.cosign/imageIndex',
    sig: 'dev.cosignproject.cosign/sigs',
    att: 'dev.cosignproject.cosign/atts',
    sbom: 'dev.cosignproject.cosign/sboms',
    referrer: 'dev.sigstore.seal/referrer'
};
const LAYOUT_HINT = 'The directory was changed after `seal save` wrote it, or another tool wrote it; save the image again with `seal save IMAGE --dir DIR`.';
function blobPath(dir, digest) {
    if (typeof digest !== 'string' || !(0,types/* isDigest */.Bc)(digest))
        throw new errors/* SealError */.EM('INPUT_INVALID', `"${String(digest).slice(0, 160)}" is not a digest.`);
    const [alg, hex] = digest.split(':');
    return (0,external_node_path_.join)(dir, 'blobs', alg, hex);
}
/** The JSON object a file of a layout holds; a typed error naming the file when it holds something else. */
function parseLayoutObject(text, file, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `${file} (${what}) is not valid JSON: ${err.message.slice(0, 160)}.`, { hint: LAYOUT_HINT, cause: err });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `${file} (${what}) is not a JSON object.`, { hint: LAYOUT_HINT });
    }
    return value;
}
async function readIndex(dir) {
    const file = (0,external_node_path_.join)(dir, 'index.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { schemaVersion: 2, mediaType: types/* OCI_INDEX */.$p, manifests: [] };
        throw new errors/* SealError */.EM('IO_ERROR', `cannot read ${file}: ${code ?? err.message}`, { cause: err });
    }
    const json = parseLayoutObject(text, file, 'the index of the OCI layout');
    if (!Array.isArray(json.manifests)) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `${file} (the index of the OCI layout) is not an OCI image index: it has no manifests list.`, { hint: LAYOUT_HINT });
    }
    const manifests = json.manifests.map((entry, i) => {
        try {
            return (0,types/* parseDescriptor */.BA)(entry, `Entry ${i} of ${file}`);
        }
        catch (err) {
            // parseDescriptor answers for registries; here the directory is what is wrong.
            throw new errors/* SealError */.EM('INPUT_INVALID', err.message, { hint: LAYOUT_HINT });
        }
    });
    return { schemaVersion: 2, mediaType: types/* OCI_INDEX */.$p, manifests };
}
function refName(repo, reference) {
    return `${repo.registry}/${repo.repository}${(0,types/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
}
/**
 * Copies an image's manifest and everything stored for its signatures into
 * an OCI layout. Every descriptor the registry lists (index entries,
 * referrers, configs and layers) is read as one, with a digest seal can
 * check, before anything it names is fetched.
 */
async function saveImage(client, text, dir, signatureRepository) {
    const { image, manifest } = await resolveManifest(client, text, { signatureRepository });
    const blobs = new Map();
    const entries = [];
    const artifacts = [];
    const repo = image.ref;
    const from = `${repo.registry}/${repo.repository}`;
    blobs.set(manifest.digest, manifest.bytes);
    entries.push({
        ...image.descriptor,
        annotations: { [REF_NAME]: refName(repo, image.descriptor.digest), [KIND]: isIndexMediaType(manifest.mediaType) ? KINDS.imageIndex : KINDS.image }
    });
    if (isIndexMediaType(manifest.mediaType)) {
        const children = manifest.json.manifests;
        if (!Array.isArray(children)) {
            throw new SealError('REGISTRY_ERROR', `Registry ${repo.registry} served ${image.descriptor.digest} of ${repo.repository} as an image index without a manifests list.`);
        }
        // Every entry is read before any is fetched: one bad entry refuses the index.
        const listed = children.map((child, i) => parseDescriptor(child, `Entry ${i} of image index ${image.descriptor.digest} from ${from}`, { verifiable: true }));
        for (const child of listed) {
            const m = await client.getManifest(repo, child.digest);
            if (m)
                blobs.set(m.digest, m.bytes);
        }
    }
    // Everything that refers to the image: bundles, attestations, SBOMs.
    // They are read where they are stored (the signature repository, if any) and saved as the image's own.
    const store = image.store;
    const storedIn = `${store.registry}/${store.repository}`;
    const referrers = await listReferrers(client, store, image.descriptor.digest, { includeTag: true });
    const listed = referrers.descriptors.map((d, i) => parseDescriptor(d, `Referrer ${i} of ${image.descriptor.digest} from ${storedIn}`, { verifiable: true }));
    for (const d of listed) {
        const m = await copyManifest(client, store, d.digest, blobs);
        if (!m)
            continue;
        entries.push({
            mediaType: m.mediaType,
            size: m.size,
            digest: m.digest,
            ...(d.artifactType ? { artifactType: d.artifactType } : {}),
            annotations: { [KIND]: KINDS.referrer }
        });
        artifacts.push(`referrer ${d.digest}${d.artifactType ? ` (${d.artifactType})` : ''}`);
    }
    // cosign's legacy tags.
    for (const suffix of ['sig', 'att', 'sbom']) {
        const tag = cosignTag(image.descriptor.digest, suffix);
        const m = await copyManifest(client, store, tag, blobs);
        if (!m)
            continue;
        entries.push({ mediaType: m.mediaType, size: m.size, digest: m.digest, annotations: { [REF_NAME]: refName(repo, tag), [KIND]: KINDS[suffix] } });
        artifacts.push(`tag ${tag}`);
    }
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    for (const [digest, bytes] of blobs)
        await writeFileAtomic(blobPath(dir, digest), bytes);
    await writeFileAtomic(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }) + '\n');
    const index = await readIndex(dir);
    const added = new Set(entries.map(e => `${e.digest} ${e.annotations?.[REF_NAME] ?? ''}`));
    const kept = index.manifests.filter(e => !added.has(`${e.digest} ${e.annotations?.[REF_NAME] ?? ''}`));
    await writeFileAtomic(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...kept, ...entries] }, null, 2) + '\n');
    return { digest: image.descriptor.digest, written: blobs.size, artifacts };
}
/**
 * Copies a manifest and the blobs it names (config, layers), each read as a
 * descriptor first. Undefined when it does not exist.
 */
async function copyManifest(client, repo, reference, blobs) {
    const m = await client.getManifest(repo, reference);
    if (!m)
        return undefined;
    const where = `manifest ${reference === m.digest ? m.digest : `${reference} (${m.digest})`} from ${repo.registry}/${repo.repository}`;
    const { config, layers } = m.json;
    if (layers !== undefined && !Array.isArray(layers))
        throw new SealError('REGISTRY_ERROR', `The layers of ${where} are not a list.`);
    const named = [
        ...(config === undefined ? [] : [parseDescriptor(config, `The config of ${where}`, { verifiable: true })]),
        ...(layers ?? []).map((layer, i) => parseDescriptor(layer, `Layer ${i} of ${where}`, { verifiable: true }))
    ];
    blobs.set(m.digest, m.bytes);
    for (const d of named) {
        if (!blobs.has(d.digest))
            blobs.set(d.digest, await client.getBlob(repo, d.digest));
    }
    return m;
}
/**
 * Serves an OCI layout as a read-only registry. Everything read is checked
 * against its digest, as from a registry: the directory is not trusted.
 */
class LayoutReader {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    static async open(dir, input = 'local-image') {
        try {
            await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'oci-layout'));
        }
        catch {
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\`: ${dir} is not an OCI image layout (no oci-layout file).`, {
                hint: 'Create it with `seal save IMAGE --dir DIR` where the registry is reachable.'
            });
        }
        return new LayoutReader(dir, await readIndex(dir));
    }
    /** The images saved in the layout, as references pinned to their digests. */
    images() {
        return this.index.manifests
            .filter(e => e.annotations?.[KIND] === KINDS.image || e.annotations?.[KIND] === KINDS.imageIndex)
            .map(e => e.annotations?.[REF_NAME])
            .filter((r) => typeof r === 'string');
    }
    /**
     * The index entry for a reference. By digest: an entry with that digest when
     * there is one (for its media type), else a bare descriptor.
     */
    find(repo, reference) {
        if ((0,types/* isDigest */.Bc)(reference))
            return this.index.manifests.find(e => e.digest === reference) ?? { mediaType: '', size: 0, digest: reference };
        const name = refName(repo, reference);
        return this.index.manifests.find(e => e.annotations?.[REF_NAME] === name);
    }
    async blob(digest, what) {
        const path = blobPath(this.dir, digest);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch {
            return undefined;
        }
        if ((0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(digest)) !== digest) {
            throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${what} in ${this.dir} does not match its digest ${digest}: the layout was modified.`);
        }
        return bytes;
    }
    /** A manifest blob (which matched its digest) as a JSON object; a typed error naming the file otherwise. */
    manifestJSON(bytes, digest, what) {
        return parseLayoutObject(bytes.toString('utf8'), blobPath(this.dir, digest), `${what} ${digest}`);
    }
    async head(repo, reference) {
        const m = await this.getManifest(repo, reference);
        return m ? { digest: m.digest, mediaType: m.mediaType } : undefined;
    }
    async getManifest(repo, reference) {
        const entry = this.find(repo, reference);
        if (!entry)
            return undefined;
        const bytes = await this.blob(entry.digest, `manifest ${entry.digest}`);
        if (!bytes)
            return undefined;
        const json = this.manifestJSON(bytes, entry.digest, 'manifest');
        const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : entry.mediaType;
        return { bytes, mediaType, digest: entry.digest, size: bytes.length, json };
    }
    async getBlob(_repo, digest) {
        const bytes = await this.blob(digest, `blob ${digest}`);
        if (!bytes)
            throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `blob ${digest} is missing from ${this.dir}.`);
        return bytes;
    }
    /** Referrers, as the OCI referrers API lists them: saved manifests whose subject is the digest. */
    async referrers(_repo, digest, artifactType) {
        const out = [];
        for (const e of this.index.manifests.filter(m => m.annotations?.[KIND] === KINDS.referrer)) {
            const bytes = await this.blob(e.digest, `referrer ${e.digest}`);
            if (!bytes)
                continue;
            const json = this.manifestJSON(bytes, e.digest, 'referrer');
            if (json.subject?.digest !== digest)
                continue;
            if (artifactType && e.artifactType !== artifactType)
                continue;
            const annotations = stringAnnotations(json.annotations);
            out.push({
                mediaType: e.mediaType,
                size: e.size,
                digest: e.digest,
                ...(e.artifactType ? { artifactType: e.artifactType } : {}),
                ...(annotations ? { annotations } : {})
            });
        }
        return out;
    }
}
/** The string-valued annotations of a manifest, or undefined when it has none. */
function stringAnnotations(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const strings = Object.entries(value).filter((kv) => typeof kv[1] === 'string');
    return strings.length ? Object.fromEntries(strings) : undefined;
}

;// CONCATENATED MODULE: ./src/core/image/platforms.ts
/**
 * The manifests an image index lists, each as an image of its own: for
 * signing an index recursively (the index and every manifest it lists get a
 * signature, as cosign's `--recursive` does), and for verifying chosen
 * platforms of an index.
 */



/** Indexes inside indexes are followed this deep. */
const MAX_DEPTH = 4;
/** os/architecture[/variant] of an index entry. */
function platformName(p) {
    if (!p)
        return undefined;
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/').toLowerCase();
}
/**
 * Every manifest an index lists (and, for nested indexes, what they list),
 * each resolved by its digest in the index's repository: the content must
 * hash to the digest the index gives. An image that is not an index lists
 * nothing.
 */
async function listedImages(client, index, depth = 0, read) {
    if (!(0,types/* isIndexMediaType */.$$)(index.descriptor.mediaType))
        return [];
    // A nested index's manifest was read when it was resolved; the top one is read here.
    const manifest = read ?? (await client.getManifest(index.ref, index.descriptor.digest));
    const where = `image index ${index.descriptor.digest} of ${index.ref.repositoryName}`;
    if (!manifest)
        throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `${where} is no longer in the registry.`);
    const entries = manifest.json.manifests;
    if (!Array.isArray(entries))
        throw new errors/* SealError */.EM('REGISTRY_ERROR', `${where} has no manifests list.`);
    // Every entry is read before any is fetched: one bad entry refuses the index.
    const listed = entries.map((e, i) => (0,types/* parseDescriptor */.BA)(e, `Entry ${i} of ${where}`, { verifiable: true }));
    const out = [];
    for (const d of listed) {
        const { image: child, manifest: childManifest } = await (0,resolve/* resolveManifest */.K9)(client, `${index.ref.registry}/${index.ref.repository}@${d.digest}`);
        const store = index.store.withDigest(d.digest);
        const image = {
            ...child,
            given: `${index.given} (${platformName(d.platform) ?? d.digest})`,
            store,
            ...(d.platform ? { platform: platformName(d.platform) } : {})
        };
        out.push(image);
        if ((0,types/* isIndexMediaType */.$$)(child.descriptor.mediaType) && depth + 1 < MAX_DEPTH)
            out.push(...(await listedImages(client, image, depth + 1, childManifest)));
    }
    return out;
}
/**
 * The images of the chosen platforms of an index. An image that is not an
 * index is returned as it is; a platform the index does not list is an error
 * naming those it does.
 */
async function selectPlatforms(client, image, platforms) {
    if (!(0,types/* isIndexMediaType */.$$)(image.descriptor.mediaType))
        return [image];
    const listed = await listedImages(client, image);
    return platforms.map(p => {
        const found = listed.find(l => l.platform === p || (l.platform && !p.split('/')[2] && l.platform.split('/').slice(0, 2).join('/') === p));
        if (!found) {
            const known = listed.map(l => l.platform).filter(Boolean);
            throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `\`platform\`: ${image.given} lists no ${p} image (it lists ${known.length ? known.join(', ') : 'no platforms'}).`, {
                hint: 'Name a platform the index lists, or leave `platform` empty to verify the index itself.'
            });
        }
        return found;
    });
}
/** Each image followed by every manifest it lists when it is an index (recursive signing). */
async function withListedImages(client, images) {
    const out = [];
    for (const image of images)
        out.push(image, ...(await listedImages(client, image)));
    return out;
}

// EXTERNAL MODULE: ./src/core/image/verify-image.ts + 4 modules
var verify_image = __webpack_require__(37830);
;// CONCATENATED MODULE: ./src/core/steps/verify-images.ts








async function imageSource(inputs, ctx) {
    if (!inputs.localImage) {
        return {
            reader: registryClient(inputs, ctx.env, ctx.onSecret),
            images: inputs.images,
            signatureRepository: (0,resolve/* signatureRepository */.jL)(inputs.signatureRepository, ctx.env)
        };
    }
    const layout = await LayoutReader.open((0,external_node_path_.resolve)(ctx.cwd, inputs.localImage));
    const images = inputs.images.length ? inputs.images : layout.images();
    if (images.length === 0) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`local-image\`: ${inputs.localImage} holds no image saved by \`seal save\`.`);
    }
    return { reader: layout, images, where: `the OCI layout ${inputs.localImage}` };
}
/**
 * Resolves an image of the source to its digest; a tag gets a warning naming
 * the digest it stood for now (`what` is what was done with it: "verified",
 * "evaluated").
 */
async function resolveSourceImage(source, text, ctx, what) {
    const image = await (0,resolve/* resolveImage */.AT)(source.reader, text, { where: source.where, signatureRepository: source.signatureRepository });
    if (image.resolvedFromTag)
        ctx.warn?.(`${text} is a tag: ${what} its current digest ${image.descriptor.digest}.`);
    return image;
}
/** One image's row: verified when one of its signatures (or attestations) meets the expectations. */
async function verifyImageRow(source, text, expectations, trust, ctx, verifier) {
    const image = await resolveSourceImage(source, text, ctx, 'verified');
    return verifiedRow(source.reader, image, text, expectations, trust, verifier);
}
/**
 * An image's rows. With `platforms` and an image index, one row per chosen
 * platform, each verified by its own signatures; otherwise the image's row.
 */
async function verifyImageRows(source, text, expectations, trust, ctx, platforms, verifier) {
    if (platforms.length === 0)
        return [await verifyImageRow(source, text, expectations, trust, ctx, verifier)];
    const image = await resolveSourceImage(source, text, ctx, 'verified');
    const chosen = await selectPlatforms(source.reader, image, platforms);
    const outcomes = await Promise.allSettled(chosen.map(c => verifiedRow(source.reader, c, c === image ? text : c.given, expectations, trust, verifier)));
    return outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : (0,context/* failedRow */.u)(chosen[i].given, '', o.reason)));
}
async function verifiedRow(client, image, text, expectations, trust, verifier) {
    const v = await (0,verify_image/* verifyImage */.ZG)(client, image, expectations, trust, verifier);
    const sha256 = image.descriptor.digest.replace(/^sha256:/, '');
    if (!v.ok || !v.verified) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `${(0,verify_image/* describeImageFailure */.t4)(image, v, !!expectations.predicateType)}.`);
    }
    return {
        subject: text,
        ok: true,
        bundlePath: v.verified.location,
        sha256,
        identity: v.verified.identity,
        issuer: v.verified.issuer,
        logIndex: v.verified.logIndex,
        integratedTime: v.verified.integratedTime,
        ...(v.verified.uncountedTimestamps && { uncountedTimestamps: v.verified.uncountedTimestamps }),
        predicateType: v.predicateType,
        predicateDigest: v.predicateDigest,
        predicate: v.predicate
    };
}


/***/ })

};
