export const id = 9733;
export const ids = [9733];
export const modules = {

/***/ 51566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LZ: () => (/* binding */ parseSimpleSigning)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING_TYPE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61290);


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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', 'the signature payload is not JSON');
    }
    const critical = json?.critical;
    const type = critical?.type;
    if (type !== SIMPLE_SIGNING_TYPE) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', `the signature payload is not a cosign image signature (type ${JSON.stringify(type)})`);
    }
    const digest = critical?.image?.['docker-manifest-digest'];
    const reference = critical?.identity?.['docker-reference'];
    if (typeof digest !== 'string' || typeof reference !== 'string') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SIGNATURE_INVALID', 'the signature payload lacks the image digest or docker-reference');
    }
    const optional = json.optional;
    const annotations = optional && typeof optional === 'object'
        ? Object.fromEntries(Object.entries(optional).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return { dockerReference: reference, manifestDigest: digest, annotations };
}


/***/ }),

/***/ 59517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listedImages: () => (/* binding */ listedImages),
/* harmony export */   platformName: () => (/* binding */ platformName),
/* harmony export */   selectPlatforms: () => (/* binding */ selectPlatforms),
/* harmony export */   withListedImages: () => (/* binding */ withListedImages)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48092);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47473);
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
async function listedImages(client, index, depth = 0) {
    if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(index.descriptor.mediaType))
        return [];
    const manifest = await client.getManifest(index.ref, index.descriptor.digest);
    const where = `image index ${index.descriptor.digest} of ${index.ref.repositoryName}`;
    if (!manifest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `${where} is no longer in the registry.`);
    const entries = manifest.json.manifests;
    if (!Array.isArray(entries))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('REGISTRY_ERROR', `${where} has no manifests list.`);
    // Every entry is read before any is fetched: one bad entry refuses the index.
    const listed = entries.map((e, i) => (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDescriptor */ .BA)(e, `Entry ${i} of ${where}`, { verifiable: true }));
    const out = [];
    for (const d of listed) {
        const child = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveImage */ .AT)(client, `${index.ref.registry}/${index.ref.repository}@${d.digest}`);
        const store = index.store.withDigest(d.digest);
        const image = {
            ...child,
            given: `${index.given} (${platformName(d.platform) ?? d.digest})`,
            store,
            ...(d.platform ? { platform: platformName(d.platform) } : {})
        };
        out.push(image);
        if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(child.descriptor.mediaType) && depth + 1 < MAX_DEPTH)
            out.push(...(await listedImages(client, image, depth + 1)));
    }
    return out;
}
/**
 * The images of the chosen platforms of an index. An image that is not an
 * index is returned as it is; a platform the index does not list is an error
 * naming those it does.
 */
async function selectPlatforms(client, image, platforms) {
    if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(image.descriptor.mediaType))
        return [image];
    const listed = await listedImages(client, image);
    return platforms.map(p => {
        const found = listed.find(l => l.platform === p || (l.platform && !p.split('/')[2] && l.platform.split('/').slice(0, 2).join('/') === p));
        if (!found) {
            const known = listed.map(l => l.platform).filter(Boolean);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `\`platform\`: ${image.given} lists no ${p} image (it lists ${known.length ? known.join(', ') : 'no platforms'}).`, {
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


/***/ }),

/***/ 15683:
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
// EXTERNAL MODULE: ./src/core/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(44641);
// EXTERNAL MODULE: ./src/core/formats/intoto.ts
var intoto = __webpack_require__(10797);
// EXTERNAL MODULE: ./src/core/formats/simple-signing.ts
var simple_signing = __webpack_require__(51566);
// EXTERNAL MODULE: ./src/core/oci/referrers.ts
var referrers = __webpack_require__(88821);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
// EXTERNAL MODULE: ./src/core/verify/index.ts + 4 modules
var verify = __webpack_require__(97209);
// EXTERNAL MODULE: ./src/core/image/legacy-store.ts
var legacy_store = __webpack_require__(69274);
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
    const layers = await (0,legacy_store/* readLegacyLayers */.a)(client, image.store, tag);
    searched.push(`legacy tag ${tag}: ${layers.length ? `${layers.length} layer${layers.length === 1 ? '' : 's'}` : 'not found'}`);
    return layers.map((layer, i) => ({
        location: (0,resolve/* storedAt */.x3)(image, `:${tag} layer ${i}`),
        load: async () => {
            const blob = await client.getBlob(image.store, layer.digest);
            const bundle = (0,cosign_legacy/* bundleFromLegacyLayer */.TQ)(blob, layer.mediaType, layer.annotations ?? {}, `${tag} layer ${i}`);
            if (suffix === 'att')
                return { bundle, digest: imageSha256(image) };
            // A signature signs its payload; the payload must name this image.
            return {
                bundle,
                digest: (0,external_node_crypto_.createHash)('sha256').update(blob).digest(),
                payload: blob,
                afterVerify: () => checkSimpleSigning(blob, image, signedRepository),
                annotations: () => (0,simple_signing/* parseSimpleSigning */.LZ)(blob).annotations ?? {}
            };
        }
    }));
}
/** The payload must name this image's digest; its docker-reference is checked only when asked (signed-reference.ts). */
function checkSimpleSigning(payload, image, signedRepository) {
    const claim = (0,simple_signing/* parseSimpleSigning */.LZ)(payload);
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
async function verifyImage(client, image, expectations, trust) {
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
            // The root that signed it, when the trusted-root file holds several, with thresholds that root can meet.
            const root = (0,verify.rootFor)(bundle, trust);
            const thresholds = (0,verify.thresholdsFor)(root.trustedRoot, expectations.thresholds, !!expectations.tlogThresholdGiven);
            const result = await (0,verify.verifyBundle)(bundle, { digest: { algorithm: 'sha256', value: digest } }, expectations.signer, root, thresholds);
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

/***/ 49733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageSource: () => (/* binding */ imageSource),
  verifyImageRow: () => (/* binding */ verifyImageRow),
  verifyImageRows: () => (/* binding */ verifyImageRows)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/image/registry.ts + 13 modules
var registry = __webpack_require__(98010);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
// EXTERNAL MODULE: ./src/core/oci/referrers.ts
var referrers = __webpack_require__(88821);
// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(48092);
// EXTERNAL MODULE: ./src/core/image/resolve.ts
var resolve = __webpack_require__(47473);
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

// EXTERNAL MODULE: ./src/core/image/platforms.ts
var image_platforms = __webpack_require__(59517);
// EXTERNAL MODULE: ./src/core/image/verify-image.ts + 1 modules
var verify_image = __webpack_require__(15683);
;// CONCATENATED MODULE: ./src/core/steps/verify-images.ts







async function imageSource(inputs, ctx) {
    if (!inputs.localImage) {
        return {
            reader: (0,registry.registryClient)(inputs, ctx.env, ctx.onSecret),
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
/** One image's row: verified when one of its signatures (or attestations) meets the expectations. */
async function verifyImageRow(source, text, expectations, trust, ctx) {
    const image = await (0,resolve/* resolveImage */.AT)(source.reader, text, { where: source.where, signatureRepository: source.signatureRepository });
    if (image.resolvedFromTag)
        ctx.warn?.(`${text} is a tag: verified its current digest ${image.descriptor.digest}.`);
    return verifiedRow(source.reader, image, text, expectations, trust);
}
/**
 * An image's rows. With `platforms` and an image index, one row per chosen
 * platform, each verified by its own signatures; otherwise the image's row.
 */
async function verifyImageRows(source, text, expectations, trust, ctx, platforms) {
    if (platforms.length === 0)
        return [await verifyImageRow(source, text, expectations, trust, ctx)];
    const image = await (0,resolve/* resolveImage */.AT)(source.reader, text, { where: source.where, signatureRepository: source.signatureRepository });
    if (image.resolvedFromTag)
        ctx.warn?.(`${text} is a tag: verified its current digest ${image.descriptor.digest}.`);
    const chosen = await (0,image_platforms.selectPlatforms)(source.reader, image, platforms);
    const outcomes = await Promise.allSettled(chosen.map(c => verifiedRow(source.reader, c, c === image ? text : c.given, expectations, trust)));
    return outcomes.map((o, i) => o.status === 'fulfilled'
        ? o.value
        : {
            subject: chosen[i].given,
            ok: false,
            bundlePath: '',
            reason: (0,errors/* messageOf */.bD)(o.reason),
            code: o.reason instanceof errors/* SealError */.EM ? o.reason.code : 'VERIFICATION_FAILED'
        });
}
async function verifiedRow(client, image, text, expectations, trust) {
    const v = await (0,verify_image/* verifyImage */.ZG)(client, image, expectations, trust);
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
