export const id = 517;
export const ids = [517];
export const modules = {

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
async function listedImages(client, index, depth = 0, read) {
    if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(index.descriptor.mediaType))
        return [];
    // A nested index's manifest was read when it was resolved; the top one is read here.
    const manifest = read ?? (await client.getManifest(index.ref, index.descriptor.digest));
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
        const { image: child, manifest: childManifest } = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveManifest */ .K9)(client, `${index.ref.registry}/${index.ref.repository}@${d.digest}`);
        const store = index.store.withDigest(d.digest);
        const image = {
            ...child,
            given: `${index.given} (${platformName(d.platform) ?? d.digest})`,
            store,
            ...(d.platform ? { platform: platformName(d.platform) } : {})
        };
        out.push(image);
        if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(child.descriptor.mediaType) && depth + 1 < MAX_DEPTH)
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


/***/ })

};
