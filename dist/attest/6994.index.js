export const id = 6994;
export const ids = [6994];
export const modules = {

/***/ 47473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   jL: () => (/* binding */ signatureRepository),
/* harmony export */   x3: () => (/* binding */ storedAt)
/* harmony export */ });
/* unused harmony export resolveManifest */
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
