export const id = 473;
export const ids = [473];
export const modules = {

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveImage: () => (/* binding */ resolveImage),
/* harmony export */   resolveManifest: () => (/* binding */ resolveManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(488);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8092);



/**
 * Resolves an image reference to its manifest digest, media type and size.
 * A tag is looked up once; everything after that uses the digest, so a tag
 * moved meanwhile cannot change what is signed or verified.
 */
async function resolveImage(client, text, input = 'image', where) {
    return (await resolveManifest(client, text, input, where)).image;
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
async function resolveManifest(client, text, input = 'image', where) {
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
    return {
        image: {
            given: text,
            ref: ref.withDigest(manifest.digest),
            descriptor: { mediaType: manifest.mediaType, size: manifest.bytes.length, digest: manifest.digest },
            resolvedFromTag: ref.digest ? undefined : ref.reference
        },
        manifest
    };
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   I3: () => (/* binding */ registryBaseURL),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   og: () => (/* binding */ isRepositoryPath)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_API_HOST, DOCKER_HUB_COSIGN_NAME, cosignRepositoryName, registryApiHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8092);
/**
 * Image references: `[registry[:port]/]repository[:tag][@digest]`, normalised
 * the way docker and cosign read them (Docker Hub as `docker.io`, single names
 * under `library/`), with the scheme and API host each registry is reached at.
 */


const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's registry API answers. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The registry name cosign (go-containerregistry) writes for Docker Hub. */
const DOCKER_HUB_COSIGN_NAME = 'index.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, DOCKER_HUB_COSIGN_NAME, DOCKER_HUB_API_HOST]);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]{1,5}))?$`);
const MAX_NAME = 255;
/** Whether text is a repository path a registry accepts: lowercase components separated by `/`. */
function isRepositoryPath(path) {
    return path.length > 0 && path.length <= MAX_NAME && path.split('/').every(c => COMPONENT.test(c));
}
/** Whether text is a valid tag. */
function isTag(text) {
    return TAG.test(text);
}
/** The repository name cosign records for a registry and repository. */
function cosignRepositoryName(repo) {
    return `${repo.registry === DOCKER_HUB ? DOCKER_HUB_COSIGN_NAME : repo.registry}/${repo.repository}`;
}
/**
 * Parses an image reference, naming `input` (the action input or CLI flag it
 * came from) in any error.
 */
function parseImageReference(text, input = 'image') {
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: "${shown}" is not a valid image reference: ${why}.`, {
            hint: 'Write it as registry/repository[:tag][@sha256:<64 hex digits>], for example ghcr.io/org/app@sha256:….'
        });
    };
    if (text.trim() === '')
        fail('it is empty');
    if (/\s/.test(text))
        fail('it contains whitespace');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        fail('remove the URL scheme (write host/repository, not https://host/repository)');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest)) {
            fail(/^sha(256|512):[0-9a-fA-F]+$/.test(digest) && digest !== digest.toLowerCase()
                ? 'the digest must be lowercase hex'
                : 'the digest must be sha256:<64 hex digits> (or sha512:<128 hex digits>)');
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/') && colon > rest.lastIndexOf(']')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`the tag "${tag}" may only hold letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")`);
    }
    let registry = DOCKER_HUB;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        // Like docker, a first component with a "." or ":" (or localhost) is a registry. Docker also
        // takes an upper-case first component for a host; here it is a repository, to report the case.
        if (/[.:[]/.test(first) || first === 'localhost') {
            const m = DOMAIN.exec(first);
            if (!m)
                fail(`"${first}" is not a valid registry host`);
            if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535))
                fail(`the port of "${first}" is out of range`);
            registry = first.toLowerCase();
            path = rest.slice(slash + 1);
        }
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (path !== '' && !path.includes('/'))
            path = `library/${path}`;
    }
    if (path === '')
        fail('the repository name is missing');
    for (const component of path.split('/')) {
        if (component === '')
            fail('the repository has an empty path component');
        if (component !== component.toLowerCase() && COMPONENT.test(component.toLowerCase()))
            fail('the repository name must be lowercase');
        if (!COMPONENT.test(component)) {
            fail(`"${component}" may only hold lowercase letters, digits and single ".", "_", "__" or "-" separators between them`);
        }
    }
    if (registry.length + 1 + path.length > MAX_NAME)
        fail(`the name is longer than ${MAX_NAME} characters`);
    return makeReference(registry, path, tag, digest);
}
function makeReference(registry, repository, tag, digest) {
    const repositoryName = cosignRepositoryName({ registry, repository });
    return {
        registry,
        repository,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        repositoryName,
        reference: digest ?? tag ?? 'latest',
        withDigest(d) {
            if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `"${d.slice(0, 160)}" is not a digest (expected sha256:<64 lowercase hex digits>).`);
            }
            return makeReference(registry, repository, tag, d);
        },
        toString() {
            return `${repositoryName}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
        }
    };
}
function hostOnly(registry) {
    if (registry.startsWith('['))
        return registry.slice(0, registry.indexOf(']') + 1);
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
/** The host[:port] a registry's API answers at (Docker Hub: registry-1.docker.io). */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API_HOST : registry;
}
/**
 * `http` for loopback registries (localhost, 127.0.0.1, [::1], any port) and
 * for those listed in `insecure` (host[:port]; a host without a port matches
 * every port), `https` for every other registry.
 */
function registryScheme(registry, insecure = []) {
    const host = hostOnly(registry).toLowerCase();
    if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]')
        return 'http';
    for (const entry of insecure) {
        const e = entry
            .trim()
            .toLowerCase()
            .replace(/^[a-z]+:\/\//, '')
            .replace(/\/.*$/, '');
        if (e === '')
            continue;
        if (e === registry.toLowerCase())
            return 'http';
        if (hostOnly(e) === e && e === host)
            return 'http';
    }
    return 'https';
}
/** The base URL of a registry's API, without a trailing slash: `https://ghcr.io`. */
function registryBaseURL(registry, insecure = []) {
    return `${registryScheme(registry, insecure)}://${registryApiHost(registry)}`;
}


/***/ }),

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   En: () => (/* binding */ SIGSTORE_BUNDLE_V03),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   P7: () => (/* binding */ DSSE_ENVELOPE),
/* harmony export */   QA: () => (/* binding */ descriptorJSON),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pA: () => (/* binding */ EMPTY_CONFIG_BYTES),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qv: () => (/* binding */ cosignTag)
/* harmony export */ });
/* unused harmony exports OCI_LAYER, OCI_LAYER_GZIP, OCI_EMPTY, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_CONFIG, COSIGN_SIMPLE_SIGNING, IN_TOTO, EMPTY_CONFIG_DIGEST, isIndexMediaType, isImageManifestMediaType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * OCI and Docker media types, descriptor shapes and the tag names cosign and
 * the OCI referrers tag schema derive from a digest.
 */


const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** cosign's legacy `.sig` layer: the simple-signing payload. */
const COSIGN_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** cosign's legacy `.att` layer: a DSSE envelope. */
const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json';
const IN_TOTO = 'application/vnd.in-toto+json';
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty config blob `{}` OCI 1.1 artifacts use. */
const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const EMPTY_CONFIG_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
const EMPTY_CONFIG = Object.freeze({ mediaType: OCI_EMPTY, size: 2, digest: EMPTY_CONFIG_DIGEST });
/** Media types a manifest GET accepts: single-platform manifests and indexes, OCI and Docker. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether text is a content digest seal can verify: `sha256:<64 hex>` or `sha512:<128 hex>`, lowercase. */
function isDigest(text) {
    const m = /^(sha256|sha512):([0-9a-f]+)$/.exec(text);
    return m !== null && m[2].length === HEX_LENGTH[m[1]];
}
/** The digest of bytes, `sha256:<hex>` unless another algorithm is asked for. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm of a digest seal can verify, or undefined. */
function digestAlgorithm(digest) {
    return isDigest(digest) ? digest.slice(0, digest.indexOf(':')) : undefined;
}
/** A descriptor for bytes. */
function describe(bytes, mediaType) {
    return { mediaType, size: bytes.length, digest: digestOf(bytes) };
}
function requireDigest(digest) {
    const m = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `"${digest.slice(0, 160)}" is not a digest (expected sha256:<hex>).`);
    return { algorithm: m[1], hex: m[2] };
}
/** The referrers tag schema tag for a subject: `sha256-<hex>` (the hex part truncated to 64 characters). */
function referrersTag(digest) {
    const { algorithm, hex } = requireDigest(digest);
    return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`;
}
/** cosign's legacy tag for signatures, attestations or SBOMs of an image: `sha256-<hex>.sig`. */
function cosignTag(digest, suffix) {
    const { algorithm, hex } = requireDigest(digest);
    return `${algorithm}-${hex}.${suffix}`;
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function isImageManifestMediaType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
/**
 * Checks that a value from a registry is a descriptor (media type, size,
 * digest and, when present, well-typed optional fields) and returns a copy
 * holding only the known fields. `where` names it in the error, a
 * REGISTRY_ERROR.
 */
function parseDescriptor(value, where, options = {}) {
    const bad = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('REGISTRY_ERROR', `${where} is not a valid descriptor: ${why}.`);
    };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        bad('not a JSON object');
    const v = value;
    if (typeof v.mediaType !== 'string' || v.mediaType === '')
        bad('mediaType is missing');
    if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0)
        bad('size is not a non-negative integer');
    if (typeof v.digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(v.digest))
        bad('digest is malformed');
    if (options.verifiable && !isDigest(v.digest)) {
        bad(`digest "${v.digest.slice(0, 80)}" is not one seal can check (sha256:<64 hex digits> or sha512:<128 hex digits>, lowercase)`);
    }
    const out = { mediaType: v.mediaType, size: v.size, digest: v.digest };
    if (v.urls !== undefined) {
        if (!Array.isArray(v.urls) || !v.urls.every(u => typeof u === 'string'))
            bad('urls is not a list of strings');
        out.urls = v.urls;
    }
    if (v.annotations !== undefined && v.annotations !== null) {
        out.annotations = stringMap(v.annotations, () => bad('annotations is not a map of strings'));
    }
    if (v.platform !== undefined) {
        const p = v.platform;
        if (!p || typeof p !== 'object' || typeof p.architecture !== 'string' || typeof p.os !== 'string')
            bad('platform is malformed');
        out.platform = p;
    }
    if (v.artifactType !== undefined) {
        if (typeof v.artifactType !== 'string')
            bad('artifactType is not a string');
        out.artifactType = v.artifactType;
    }
    if (v.data !== undefined) {
        if (typeof v.data !== 'string')
            bad('data is not a string');
        out.data = v.data;
    }
    return out;
}
function stringMap(value, fail) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        fail();
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            fail();
        out[k] = v;
    }
    return out;
}
/**
 * A descriptor as JSON in the field order go-containerregistry writes
 * (mediaType, size, digest, data, urls, annotations, platform, artifactType),
 * leaving out absent fields, with annotation keys sorted.
 */
function descriptorJSON(d) {
    const out = { mediaType: d.mediaType, size: d.size, digest: d.digest };
    if (d.data !== undefined)
        out.data = d.data;
    if (d.urls !== undefined)
        out.urls = d.urls;
    if (d.annotations !== undefined && Object.keys(d.annotations).length > 0) {
        // Go marshals map keys in sorted order.
        out.annotations = Object.fromEntries(Object.entries(d.annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    if (d.platform !== undefined)
        out.platform = d.platform;
    if (d.artifactType !== undefined)
        out.artifactType = d.artifactType;
    return out;
}


/***/ })

};
