export const id = 86;
export const ids = [86];
export const modules = {

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(3093);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(7062);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/oci/types.ts
/**
 * OCI and Docker media types, descriptor shapes and the tag names cosign and
 * the OCI referrers tag schema derive from a digest.
 */


const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
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
function types_isDigest(text) {
    const m = /^(sha256|sha512):([0-9a-f]+)$/.exec(text);
    return m !== null && m[2].length === HEX_LENGTH[m[1]];
}
/** The digest of bytes, `sha256:<hex>` unless another algorithm is asked for. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
/** The algorithm of a digest seal can verify, or undefined. */
function digestAlgorithm(digest) {
    return types_isDigest(digest) ? digest.slice(0, digest.indexOf(':')) : undefined;
}
/** A descriptor for bytes. */
function describe(bytes, mediaType) {
    return { mediaType, size: bytes.length, digest: digestOf(bytes) };
}
function requireDigest(digest) {
    const m = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest);
    if (!m)
        throw new SealError('INPUT_INVALID', `"${digest.slice(0, 160)}" is not a digest (expected sha256:<hex>).`);
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
        throw new SealError('REGISTRY_ERROR', `${where} is not a valid descriptor: ${why}.`);
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
    if (options.verifiable && !types_isDigest(v.digest)) {
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

;// CONCATENATED MODULE: ./src/core/oci/reference.ts
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
        throw new SealError('INPUT_INVALID', `\`${input}\`: "${shown}" is not a valid image reference: ${why}.`, {
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
        if (!isDigest(digest)) {
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
/**
 * A repository named on its own, such as `signature-repository`:
 * registry/repository, without a tag or digest.
 */
function reference_parseRepository(text, input) {
    const ref = parseImageReference(text, input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new SealError('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" names a ${ref.digest ? 'digest' : 'tag'}; give only the repository.`, {
            hint: 'Write it as registry/repository, for example ghcr.io/org/signatures.'
        });
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** The same digest (or tag) addressed in another repository. */
function inRepository(ref, repo) {
    return makeReference(repo.registry, repo.repository, ref.tag, ref.digest);
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
            if (!isDigest(d)) {
                throw new SealError('INPUT_INVALID', `"${d.slice(0, 160)}" is not a digest (expected sha256:<64 lowercase hex digits>).`);
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
/** A value for a message: a string quoted and cut short, anything else by its type. */
function shownValue(value) {
    return typeof value === 'string' ? `"${value.slice(0, 160)}"` : value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
/** A manifest reference a caller passed: a tag or a digest; INPUT_INVALID otherwise. */
function checkReference(reference) {
    if (typeof reference === 'string' && (isDigest(reference) || isTag(reference)))
        return reference;
    throw new SealError('INPUT_INVALID', `${shownValue(reference)} is neither a tag nor a digest (sha256:<64 hex digits>).`);
}
/** A blob or manifest digest a caller passed; INPUT_INVALID otherwise. */
function checkDigest(digest) {
    if (typeof digest === 'string' && isDigest(digest))
        return digest;
    throw new SealError('INPUT_INVALID', `${shownValue(digest)} is not a digest (sha256:<64 lowercase hex digits>).`);
}

;// CONCATENATED MODULE: ./src/core/subjects/files.ts




const BUNDLE_SUFFIX = '.sigstore.json';
/** Splits a multi-value input: one value per line or comma; blank entries dropped. */
function files_splitList(value) {
    if (!value)
        return [];
    return value
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}
/**
 * Resolves file globs (or plain paths) against `cwd`. Every pattern must match
 * at least one regular file; the result is de-duplicated and sorted.
 *
 * Paths outside the workspace (`cwd`) are taken only when asked for: a
 * literal path names its file wherever it is, and so does a glob that itself
 * starts outside (absolute, or through `..`). A glob written within the
 * workspace stays in it: a symbolic link it matches that leads out of the
 * workspace is an error, not a file silently signed or verified. Links that
 * stay inside are followed, and the subject keeps the link's name.
 */
async function resolveFiles(patterns, cwd, input = 'subject-path') {
    if (patterns.length === 0) {
        throw new SealError('INPUT_INVALID', `\`${input}\` is empty: give at least one file or glob.`);
    }
    const found = new Map();
    for (const pattern of patterns) {
        const matches = isDynamicPattern(pattern)
            ? await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: true })
            : await literal(pattern, cwd);
        if (matches.length === 0) {
            throw new SealError('SUBJECT_NOT_FOUND', `\`${input}\` pattern "${pattern}" matched no file (searched from ${cwd}).`);
        }
        if (isDynamicPattern(pattern) && !leavesWorkspace(pattern))
            await checkInside(matches, pattern, cwd, input);
        for (const m of matches) {
            const path = resolve(m);
            found.set(path, { path, name: displayName(path, cwd) });
        }
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
/** Whether a pattern itself points outside the working directory: absolute, or climbing with `..`. */
function leavesWorkspace(pattern) {
    return isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..');
}
async function checkInside(matches, pattern, cwd, input) {
    const root = await realpath(cwd).catch(() => resolve(cwd));
    for (const m of matches) {
        const real = await realpath(m).catch(() => m);
        if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))
            continue;
        throw new SealError('INPUT_INVALID', `\`${input}\` pattern "${pattern}" matched ${displayName(resolve(m), cwd)}, a link to ${real} outside the workspace ${cwd}.`, { hint: 'Name a file outside the workspace explicitly (its path, or a pattern starting with / or ../), or remove the link.' });
    }
}
async function literal(pattern, cwd) {
    const path = resolve(cwd, pattern);
    try {
        const s = await stat(path);
        if (s.isFile())
            return [path];
        if (s.isDirectory()) {
            throw new SealError('INPUT_INVALID', `"${pattern}" is a directory; use a glob such as "${pattern.replace(/\/$/, '')}/*".`);
        }
        return [];
    }
    catch (err) {
        if (err instanceof SealError)
            throw err;
        return [];
    }
}
function displayName(path, cwd) {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
/**
 * Drops files that are the bundles of other files in the list (`x.sigstore.json`
 * beside `x`), so a glob such as `dist/*` covers the artifacts, not their bundles.
 */
function withoutBundles(files) {
    const paths = new Set(files.map(f => f.path));
    return files.filter(f => !(f.path.endsWith(BUNDLE_SUFFIX) && paths.has(f.path.slice(0, -BUNDLE_SUFFIX.length))));
}

;// CONCATENATED MODULE: ./src/core/inputs/policy.ts

/** Inputs that say who signed: the policy file says it instead. */
const REPLACED = (/* unused pure expression or super */ null && ([
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'key',
    'predicate-type',
    'repository',
    'signer-workflow',
    'source-ref',
    'owner',
    'signer-repo',
    'signer-digest',
    'source-digest'
]));
function policy_readPolicyInputs(get) {
    const policy = get('policy').trim() || undefined;
    const noMatch = get('no-match-policy').trim().toLowerCase();
    if (noMatch && noMatch !== 'deny' && noMatch !== 'warn' && noMatch !== 'allow') {
        throw new SealError('INPUT_INVALID', `\`no-match-policy\` must be deny, warn or allow, got "${get('no-match-policy').trim()}".`);
    }
    const raw = get('skip-unevaluable-policy').trim().toLowerCase();
    if (raw && !['true', 'false'].includes(raw))
        throw new SealError('INPUT_INVALID', `\`skip-unevaluable-policy\` must be true or false, got "${raw}".`);
    if (!policy) {
        if (noMatch || raw === 'true')
            throw new SealError('INPUT_INVALID', '`no-match-policy` and `skip-unevaluable-policy` apply with `policy`: set it to the policy file.');
        return { skipUnevaluablePolicy: false };
    }
    const clash = REPLACED.filter(n => get(n).trim() !== '');
    if (clash.length) {
        throw new SealError('INPUT_INVALID', `\`policy\` says who must have signed: leave ${clash.map(n => `\`${n}\``).join(', ')} empty.`, {
            hint: 'Put identities, keys and required attestations in the policy file (a SealImagePolicy covers what the admission policies do not say).'
        });
    }
    if (get('subject-path').trim() !== '')
        throw new SealError('INPUT_INVALID', '`policy` applies to images: give them in `image` (or `local-image`), not `subject-path`.');
    return { policy, noMatchPolicy: (noMatch || undefined), skipUnevaluablePolicy: raw === 'true' };
}

;// CONCATENATED MODULE: ./src/core/inputs/github.ts
/**
 * Inputs of GitHub's attestations API: the token, whether attest-action
 * stores its attestation (and a storage record for pushed images), and how
 * many attestations verify-action fetches. Pure checks; read.ts reads them.
 */

/** The most attestations fetched for one subject, as `gh attestation verify --limit`. */
const github_MAX_LIMIT = 1000;
/** A `subject-version` as GitHub's storage records take it: 1 to 100 characters. */
function github_checkSubjectVersion(value) {
    if (value !== undefined && value.length > 100) {
        throw new SealError('INPUT_INVALID', `\`subject-version\` must be at most 100 characters, got ${value.length}.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/keys/kms/reference.ts
/**
 * References to keys held by a key service, in cosign's syntax. Parsing a
 * reference loads no provider code: the provider modules (and their SDKs)
 * are imported only when a key is used.
 */

const SCHEME = /^(awskms|gcpkms|azurekms|hashivault):\/\//;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const AWS_KEY_ID = new RegExp(`^(?:${UUID}|mrk-[0-9a-fA-F]{32}|alias/[A-Za-z0-9/_-]+)$`);
const AWS_ARN = new RegExp(`^arn:aws[a-z-]*:kms:([a-z0-9-]+):\\d{12}:(?:key/(?:${UUID}|mrk-[0-9a-fA-F]{32})|alias/[A-Za-z0-9/_-]+)$`);
const GCP = /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)(?:\/cryptoKeyVersions\/([^/]+))?$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
const NAME = /^[A-Za-z0-9_.-]+$/;
/** The forms the `key` input takes for a key in a key service. */
const KMS_FORMS = (/* unused pure expression or super */ null && ([
    'awskms://[ENDPOINT]/KEY_ID|alias/NAME|ARN',
    'gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]',
    'azurekms://VAULT.vault.azure.net/KEY[/VERSION]',
    'hashivault://KEY'
]));
/** True when `value` names a key in a key service (awskms://, gcpkms://, azurekms://, hashivault://). */
function reference_isKmsReference(value) {
    return !!value && SCHEME.test(value.trim());
}
/** Parses a key-service reference; a malformed one is an INPUT_INVALID error showing the expected form. */
function parseKmsReference(value, input = 'key') {
    const text = value.trim();
    const scheme = SCHEME.exec(text)?.[1];
    const rest = text.slice((scheme?.length ?? 0) + 3);
    const parsed = scheme ? PARSERS[scheme](rest, text) : undefined;
    if (!parsed) {
        const form = KMS_FORMS.find(f => scheme && f.startsWith(scheme)) ?? KMS_FORMS.join(', ');
        throw new SealError('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" is not a key-service reference of the form ${form}.`);
    }
    return parsed;
}
const PARSERS = {
    awskms(rest, text) {
        const slash = rest.indexOf('/');
        if (slash < 0)
            return undefined;
        const endpoint = rest.slice(0, slash);
        const keyId = rest.slice(slash + 1);
        if (endpoint && !HOST.test(endpoint))
            return undefined;
        const arn = AWS_ARN.exec(keyId);
        if (!arn && !AWS_KEY_ID.test(keyId))
            return undefined;
        return { provider: 'awskms', text, endpoint: endpoint || undefined, keyId, region: arn?.[1] };
    },
    gcpkms(rest, text) {
        const m = GCP.exec(rest);
        if (!m)
            return undefined;
        const location = `projects/${m[1]}/locations/${m[2]}`;
        const keyRing = `${location}/keyRings/${m[3]}`;
        const cryptoKey = `${keyRing}/cryptoKeys/${m[4]}`;
        return { provider: 'gcpkms', text, cryptoKey, keyRing, location, version: m[5] ? `${cryptoKey}/cryptoKeyVersions/${m[5]}` : undefined };
    },
    azurekms(rest, text) {
        const [host, name, version, ...more] = rest.split('/');
        if (!host || !HOST.test(host) || !name || !NAME.test(name) || more.length || (version !== undefined && !NAME.test(version)))
            return undefined;
        return { provider: 'azurekms', text, vaultURL: `https://${host}`, name, version: version || undefined };
    },
    hashivault(rest, text) {
        return NAME.test(rest) ? { provider: 'hashivault', text, name: rest } : undefined;
    }
};

;// CONCATENATED MODULE: ./src/core/inputs/image.ts
/**
 * Inputs of the image and statement features: signed annotations, recursive
 * signing of an index, platform selection, digest-only verification, complete
 * in-toto statements and one attestation per subject. Pure validation: every
 * problem is a SealError naming the input to fix.
 */


const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/**
 * `annotations`: one `key=value` per line (the first `=` splits). Keys are
 * letters, digits and `._/-`; a key given twice is an error, as is a line
 * without `=`.
 */
function parseAnnotations(text, input = 'annotations') {
    const out = {};
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '').trim();
        if (!line)
            continue;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new SealError('INPUT_INVALID', `\`${input}\`: "${line.slice(0, 100)}" is not key=value.`, { hint: 'Write one key=value per line.' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (!ANNOTATION_KEY.test(key)) {
            throw new SealError('INPUT_INVALID', `\`${input}\`: "${key.slice(0, 100)}" is not an annotation key (letters, digits and . _ / -, starting with a letter or digit).`);
        }
        if (key in out)
            throw new SealError('INPUT_INVALID', `\`${input}\`: the key "${key}" is given twice.`);
        out[key] = value;
    }
    return out;
}
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** `platform`: os/architecture[/variant], separated by newlines or commas (e.g. linux/amd64, linux/arm64/v8). */
function parsePlatforms(text) {
    const platforms = splitList(text).map(p => p.toLowerCase());
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            throw new SealError('INPUT_INVALID', `\`platform\`: "${p.slice(0, 100)}" is not os/architecture[/variant] (e.g. linux/amd64).`);
    }
    return [...new Set(platforms)];
}
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
/** Whether a text is a digest `subject-digest` accepts. */
function isSubjectDigest(text) {
    return DIGEST.test(text);
}
/** `subject-digest` of verify-action: one `sha256:<hex>` or `sha512:<hex>` per line (or comma). */
function parseSubjectDigests(text) {
    const digests = splitList(text).map(d => d.toLowerCase());
    for (const d of digests) {
        if (!isSubjectDigest(d)) {
            throw new SealError('INPUT_INVALID', `\`subject-digest\`: "${d.slice(0, 140)}" is not sha256:<64 hex digits> or sha512:<128 hex digits>.`);
        }
    }
    return [...new Set(digests)];
}
/** Sign-action's `annotations` and `recursive` (read as a boolean by the caller). */
function image_readImageSignOptions(get, images, recursive) {
    const annotations = parseAnnotations(get('annotations'));
    if (recursive && images.length === 0)
        throw new SealError('INPUT_INVALID', '`recursive` signs the manifests of an image index: set `image`.');
    if (Object.keys(annotations).length && images.length === 0) {
        throw new SealError('INPUT_INVALID', '`annotations` go into image signatures: set `image` (file bundles carry no annotations).');
    }
    return { recursive, annotations };
}
/** Verify-action's `annotations`, `platform` and `subject-digest`. */
function image_readImageVerifyOptions(get, hasBundlePath) {
    const subjectDigests = parseSubjectDigests(get('subject-digest'));
    if (subjectDigests.length && !hasBundlePath) {
        throw new SealError('INPUT_INVALID', '`subject-digest` verifies a bundle without the artifact: set `bundle-path` to the bundle file.');
    }
    return { annotations: parseAnnotations(get('annotations')), platforms: parsePlatforms(get('platform')), subjectDigests };
}
/** Attest-action's `statement-path` and `attestation-per-subject` (read as a boolean by the caller). */
function image_readStatementOptions(get, attestationPerSubject) {
    const statementPath = get('statement-path').trim() || undefined;
    const given = ['subject-path', 'subject-digest', 'subject-checksums', 'sbom-path', 'predicate-type', 'predicate', 'predicate-path'].filter(n => get(n).trim());
    if (statementPath && given.length) {
        throw new SealError('INPUT_INVALID', `\`statement-path\` is the whole statement, subjects and predicate included: leave ${given.map(n => `\`${n}\``).join(', ')} empty.`);
    }
    return { statementPath, attestationPerSubject };
}

;// CONCATENATED MODULE: ./src/core/github/host.ts
/**
 * The GitHub a policy or an API call is about, from a host name: github.com,
 * a GitHub Enterprise Cloud tenant with data residency (`<tenant>.ghe.com`) or
 * a GitHub Enterprise Server. Each has its own web URL (the prefix of the
 * repository URLs Fulcio records), REST API base and Actions OIDC issuer.
 * Pure functions; no I/O.
 */

const DOTCOM = 'github.com';
const DOTCOM_ISSUER = 'https://token.actions.githubusercontent.com';
const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const TENANT = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?)\.ghe\.com$/;
/** Checks a `hostname` input (a host name alone: no scheme, port or path) and tells which GitHub it is. */
function host_githubHost(hostname, input = 'hostname') {
    const host = hostname.trim().toLowerCase();
    if (!HOSTNAME.test(host)) {
        throw new SealError('INPUT_INVALID', `\`${input}\` must be a host name such as github.com or acme.ghe.com, got ${JSON.stringify(hostname.slice(0, 200))}.`, {
            hint: 'Give the host alone: no https://, port or path.'
        });
    }
    if (host === DOTCOM)
        return { hostname: host, kind: 'dotcom', serverURL: 'https://github.com', apiURL: 'https://api.github.com', issuer: DOTCOM_ISSUER };
    const tenant = TENANT.exec(host)?.[1];
    if (tenant) {
        return { hostname: host, kind: 'tenant', tenant, serverURL: `https://${host}`, apiURL: `https://api.${host}`, issuer: `https://token.actions.${host}` };
    }
    return { hostname: host, kind: 'server', serverURL: `https://${host}`, apiURL: `https://${host}/api/v3`, issuer: `https://${host}/_services/token` };
}
/** The web URL repository URLs start with: `hostname` when given, else the run's GITHUB_SERVER_URL, else github.com. */
function serverURLOf(hostname, env) {
    if (hostname)
        return host_githubHost(hostname).serverURL;
    return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
/** The OIDC issuer certificates must name unless an issuer input says otherwise. */
function host_defaultIssuer(hostname) {
    return hostname ? host_githubHost(hostname).issuer : DOTCOM_ISSUER;
}

;// CONCATENATED MODULE: ./src/core/policy/github.ts

const SEGMENT = /^[A-Za-z0-9_.-]+$/;
const github_DIGEST = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/** `owner/repo` (or the repository URL on `server`) → its URL, checking it names exactly one repository. */
function github_repositoryURLOf(value, server, input) {
    const v = value.trim().replace(/\/+$/, '');
    const path = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : /^https?:\/\//.test(v) ? undefined : v;
    const parts = path?.split('/') ?? [];
    if (parts.length !== 2 || !parts.every(p => SEGMENT.test(p) && p !== '.' && p !== '..')) {
        throw new SealError('INPUT_INVALID', `\`${input}\` must be <owner>/<repository> (or ${server}/<owner>/<repository>), got ${JSON.stringify(value.slice(0, 200))}.`);
    }
    return `${server}/${parts.join('/')}`;
}
/** An owner (organisation or user) → its URL. */
function github_ownerURLOf(value, server, input = 'owner') {
    const v = value.trim().replace(/\/+$/, '');
    const name = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : v;
    if (!SEGMENT.test(name) || name === '.' || name === '..') {
        throw new SealError('INPUT_INVALID', `\`${input}\` must be an organisation or user name (one path segment), got ${JSON.stringify(value.slice(0, 200))}.`);
    }
    return `${server}/${name}`;
}
/** A commit digest input: 40 (SHA-1) or 64 (SHA-256) hex characters, compared in lower case. */
function github_commitDigest(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim().toLowerCase();
    if (!github_DIGEST.test(v)) {
        throw new SealError('INPUT_INVALID', `\`${input}\` must be a full commit digest (40 or 64 hex characters), got ${JSON.stringify(value.slice(0, 200))}.`);
    }
    return v;
}
/** The URL of a signer workflow without its `@ref`; a value starting with a host (`github.com/...`) keeps it. */
function workflowURLOf(value, server) {
    const v = value.trim().replace(/\/+$/, '');
    const at = v.indexOf('@');
    const bare = at === -1 ? v : v.slice(0, at);
    if (/^https?:\/\//.test(bare))
        return bare;
    // A first segment with a dot is a host: GitHub owner names have none.
    return bare.split('/')[0].includes('.') ? `https://${bare}` : `${server}/${bare}`;
}
/** A certificate fact that differs from what an input asks: what was expected, what the certificate records, the input to fix. */
function mismatch(input, what, expected, found) {
    const shown = found === undefined ? 'none recorded in the certificate' : JSON.stringify(found);
    return new SealError('POLICY_MISMATCH', `${what}: expected ${JSON.stringify(expected)}, found ${shown}.`, {
        hint: `Fix \`${input}\` if the artifact really comes from there.`
    });
}
function resolveGitHubPolicy(input, server) {
    if (input.repository && input.owner) {
        throw new SealError('INPUT_INVALID', 'Set `repository` or `owner`, not both: the repository names its owner.');
    }
    if (input.signerRepo && input.signerWorkflow) {
        throw new SealError('INPUT_INVALID', 'Set `signer-repo` or `signer-workflow`, not both: the workflow names its repository.');
    }
    const repositoryURL = input.repository ? github_repositoryURLOf(input.repository, server, 'repository') : undefined;
    const ownerURL = repositoryURL ? repositoryURL.slice(0, repositoryURL.lastIndexOf('/')) : input.owner ? github_ownerURLOf(input.owner, server) : undefined;
    return {
        repositoryURL,
        ownerURL,
        signerRepoURL: input.signerRepo ? github_repositoryURLOf(input.signerRepo, server, 'signer-repo') : undefined,
        signerWorkflowURL: input.signerWorkflow ? workflowURLOf(input.signerWorkflow, server) : undefined,
        signerDigest: github_commitDigest(input.signerDigest, 'signer-digest'),
        sourceDigest: github_commitDigest(input.sourceDigest, 'source-digest')
    };
}
/**
 * The signer identity rule the GitHub inputs imply when no identity input is
 * set, as gh chooses it: the signer workflow, else the signer repository,
 * else the repository, else the owner. Undefined when none is given.
 */
function githubIdentityRule(policy) {
    if (policy.signerWorkflowURL) {
        const expected = policy.signerWorkflowURL;
        return {
            input: 'signer-workflow',
            matches: san => san.startsWith(`${expected}@`),
            describe: () => `a run of the workflow ${expected} (\`signer-workflow\`)`
        };
    }
    const [input, base] = policy.signerRepoURL
        ? ['signer-repo', policy.signerRepoURL]
        : policy.repositoryURL
            ? ['repository', policy.repositoryURL]
            : policy.ownerURL
                ? ['owner', policy.ownerURL]
                : [];
    if (!input || !base)
        return undefined;
    return {
        input,
        matches: san => san.startsWith(`${base}/`),
        describe: () => `a workflow of ${base}/ (\`${input}\`)`
    };
}
/**
 * Checks of the certificate facts the GitHub inputs name: the source
 * repository owner (with `owner` or `repository`), the signer repository,
 * and the signer and source digests. (`repository` itself, `signer-workflow`
 * and `source-ref` are checked by the build policy.)
 */
function githubFactChecks(policy) {
    const checks = [];
    const { ownerURL, signerRepoURL, signerDigest, sourceDigest } = policy;
    if (ownerURL) {
        checks.push({
            describe: `owner ${ownerURL}`,
            run: ext => {
                if (ext.sourceRepositoryOwnerURI !== ownerURL)
                    throw mismatch(policy.repositoryURL ? 'repository' : 'owner', 'source repository owner', ownerURL, ext.sourceRepositoryOwnerURI);
            }
        });
    }
    if (signerRepoURL) {
        checks.push({
            describe: `signer repository ${signerRepoURL}`,
            run: ext => {
                const found = ext.buildSignerURI;
                if (found === undefined || !found.startsWith(`${signerRepoURL}/`))
                    throw mismatch('signer-repo', 'signer workflow repository', `${signerRepoURL}/…`, found);
            }
        });
    }
    const digests = [
        ['signer-digest', 'signer workflow digest', signerDigest, 'buildSignerDigest'],
        ['source-digest', 'source commit digest', sourceDigest, 'sourceRepositoryDigest']
    ];
    for (const [input, what, expected, field] of digests) {
        if (!expected)
            continue;
        checks.push({
            describe: `${what} ${expected}`,
            run: ext => {
                if (ext[field]?.toLowerCase() !== expected)
                    throw mismatch(input, what, expected, ext[field]);
            }
        });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/core/inputs/github-policy.ts
/**
 * verify-action's inputs in the vocabulary of `gh attestation verify`:
 * `owner`, `signer-repo`, `signer-digest`, `source-digest` and `hostname`.
 * Checked here so a typo fails before anything is fetched; the policy
 * (src/core/policy/github.ts) expands them to URLs.
 */


function github_policy_readGitHubPolicyInputs(get) {
    const read = (name) => get(name).trim() || undefined;
    const hostname = read('hostname');
    const host = hostname ? githubHost(hostname) : undefined;
    const server = host?.serverURL ?? 'https://github.com';
    const owner = read('owner');
    const signerRepo = read('signer-repo');
    if (owner)
        ownerURLOf(owner, server);
    if (signerRepo)
        repositoryURLOf(signerRepo, server, 'signer-repo');
    return {
        owner,
        signerRepo,
        signerDigest: commitDigest(read('signer-digest'), 'signer-digest'),
        sourceDigest: commitDigest(read('source-digest'), 'source-digest'),
        hostname: host?.hostname
    };
}

;// CONCATENATED MODULE: ./src/core/inputs/read.ts










const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const read_PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
function readBoolean(get, name, fallback) {
    const raw = get(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw))
        return true;
    if (['false', 'no', '0', 'off'].includes(raw))
        return false;
    throw new errors/* SealError */.EM('INPUT_INVALID', `\`${name}\` must be true or false, got "${get(name)}".`);
}
function readInteger(get, name, fallback, min, max) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${name}\` must be a whole number from ${min} to ${max}, got "${raw}".`);
    }
    return n;
}
function readOptional(get, name) {
    const v = get(name).trim();
    return v === '' ? undefined : v;
}
function readNetworkInputs(get) {
    return {
        timeoutMs: readInteger(get, 'timeout', 30, 1, 3600) * 1000,
        retries: readInteger(get, 'retries', 3, 0, 10)
    };
}
/** The inputs of a signing step that hold secrets: masked and kept out of messages as soon as they are read. */
function signingSecrets(inputs) {
    // A key-service reference names a key, it holds none: it stays readable in messages.
    return [inputs.identityToken, isKmsReference(inputs.key) ? undefined : inputs.key, inputs.keyPassword, inputs.registryPassword];
}
function readSigningInputs(get) {
    const sigstore = readOptional(get, 'sigstore') ?? 'auto';
    if (sigstore !== 'auto' && sigstore !== 'public-good' && sigstore !== 'github') {
        throw new SealError('INPUT_INVALID', `\`sigstore\` must be auto, public-good or github, got "${sigstore}".`);
    }
    const tlog = get('tlog-upload').trim();
    return {
        identityToken: readOptional(get, 'identity-token'),
        audience: readOptional(get, 'oidc-audience') ?? 'sigstore',
        key: readOptional(get, 'key'),
        keyPassword: get('key-password'),
        sigstore,
        signingConfig: readOptional(get, 'signing-config'),
        tufMirror: readOptional(get, 'tuf-mirror'),
        tufRoot: readOptional(get, 'tuf-root'),
        fulcioURL: readOptional(get, 'fulcio-url'),
        rekorURL: readOptional(get, 'rekor-url'),
        tsaURL: readOptional(get, 'tsa-url'),
        tlogUpload: tlog === '' ? undefined : readBoolean(get, 'tlog-upload', true),
        bundleDir: readOptional(get, 'bundle-dir'),
        showSummary: readBoolean(get, 'show-summary', true),
        ...readNetworkInputs(get)
    };
}
function readRegistryInputs(get) {
    const registryUsername = readOptional(get, 'registry-username');
    const registryPassword = readOptional(get, 'registry-password');
    if (!!registryUsername !== !!registryPassword) {
        throw new SealError('INPUT_INVALID', 'Set both `registry-username` and `registry-password`, or neither (then ~/.docker/config.json is used).');
    }
    const signatureRepository = readOptional(get, 'signature-repository');
    // Checked here so a typo fails before anything is resolved; the step parses it again (with COSIGN_REPOSITORY as its fallback).
    if (signatureRepository)
        parseRepository(signatureRepository, 'signature-repository');
    return { registryUsername, registryPassword, signatureRepository };
}
/** Image references, one per line (commas are not separators: they never occur in a reference). */
function readImages(get) {
    return get('image')
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean);
}
function readSignInputs(get) {
    const subjectPatterns = splitList(get('subject-path'));
    const images = readImages(get);
    if (subjectPatterns.length === 0 && images.length === 0) {
        throw new SealError('INPUT_INVALID', 'Give `subject-path` (files to sign, as globs separated by newlines or commas) or `image` (image references, one per line).');
    }
    const format = readOptional(get, 'signature-format') ?? 'both';
    if (format !== 'bundle' && format !== 'legacy' && format !== 'both') {
        throw new SealError('INPUT_INVALID', `\`signature-format\` must be bundle, legacy or both, got "${format}".`);
    }
    return {
        subjectPatterns,
        images,
        signatureFormat: format,
        ...readImageSignOptions(get, images, readBoolean(get, 'recursive', false)),
        ...readRegistryInputs(get),
        ...readSigningInputs(get)
    };
}
function readAttestInputs(get) {
    const attestationFormat = readOptional(get, 'attestation-format') ?? 'bundle';
    if (attestationFormat !== 'bundle' && attestationFormat !== 'legacy' && attestationFormat !== 'both') {
        throw new SealError('INPUT_INVALID', `\`attestation-format\` must be bundle, legacy or both, got "${attestationFormat}".`);
    }
    const inputs = {
        subjectPatterns: splitList(get('subject-path')),
        images: readImages(get),
        pushToRegistry: readBoolean(get, 'push-to-registry', false),
        attestationFormat,
        attachSbom: readBoolean(get, 'attach-sbom', false),
        ...readRegistryInputs(get),
        subjectDigest: readOptional(get, 'subject-digest'),
        subjectName: readOptional(get, 'subject-name'),
        subjectChecksums: readOptional(get, 'subject-checksums'),
        sbomPath: readOptional(get, 'sbom-path'),
        predicateType: readOptional(get, 'predicate-type'),
        predicate: readOptional(get, 'predicate'),
        predicatePath: readOptional(get, 'predicate-path'),
        maxPredicateBytes: readInteger(get, 'max-predicate-size-mb', 256, 1, 4096) * 1024 * 1024,
        ...readStatementOptions(get, readBoolean(get, 'attestation-per-subject', false)),
        ...readSigningInputs(get),
        ...readAttestGitHubInputs(get)
    };
    if (!inputs.subjectPatterns.length && !inputs.subjectDigest && !inputs.subjectChecksums && !inputs.images.length && !inputs.statementPath) {
        throw new SealError('INPUT_INVALID', 'Name what to attest: `subject-path`, `subject-digest` with `subject-name`, `subject-checksums`, `image`, or a whole statement in `statement-path`.');
    }
    if (inputs.pushToRegistry && !inputs.images.length) {
        throw new SealError('INPUT_INVALID', '`push-to-registry` attaches the attestation to images: set `image`.');
    }
    if (inputs.attachSbom && (!inputs.sbomPath || !inputs.pushToRegistry)) {
        throw new SealError('INPUT_INVALID', '`attach-sbom` attaches the SBOM of `sbom-path` to the images: set `sbom-path` and `push-to-registry: true`.');
    }
    if (inputs.subjectDigest && !inputs.subjectName) {
        throw new SealError('INPUT_INVALID', '`subject-digest` needs `subject-name`: the name the statement gives the subject.');
    }
    if (inputs.sbomPath && (inputs.predicateType || inputs.predicate || inputs.predicatePath)) {
        throw new SealError('INPUT_INVALID', '`sbom-path` sets the predicate itself: leave `predicate-type`, `predicate` and `predicate-path` empty.');
    }
    if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
        throw new SealError('INPUT_INVALID', '`predicate` and `predicate-path` need `predicate-type` (a URI naming the predicate).');
    }
    if (inputs.predicate && inputs.predicatePath) {
        throw new SealError('INPUT_INVALID', 'Set either `predicate` or `predicate-path`, not both.');
    }
    if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
        throw new SealError('INPUT_INVALID', '`predicate-type` needs the predicate: set `predicate` (JSON) or `predicate-path` (a file).');
    }
    return inputs;
}
/** `signed-repository`: checked now, so a typo fails before any image is read; it applies to images only. */
function readSignedRepository(get, images) {
    const repo = readOptional(get, 'signed-repository');
    if (!repo)
        return undefined;
    if (!images)
        throw new SealError('INPUT_INVALID', '`signed-repository` checks image signatures: set `image` or `local-image`.');
    parseRepository(repo, 'signed-repository');
    return repo;
}
/** Key, trust material and thresholds of verify-action. */
function readVerifyTrust(get, issuerGiven) {
    const key = readOptional(get, 'key');
    if (key && (readOptional(get, 'certificate-identity') || readOptional(get, 'certificate-identity-regexp') || issuerGiven)) {
        throw new SealError('INPUT_INVALID', '`key` verifies key-based signatures: leave `certificate-identity`, `certificate-identity-regexp` and the issuer inputs empty.');
    }
    const sigstore = readOptional(get, 'sigstore') ?? 'public-good';
    if (sigstore !== 'public-good' && sigstore !== 'github') {
        throw new SealError('INPUT_INVALID', `\`sigstore\` must be public-good or github, got "${sigstore}".`);
    }
    const insecureIgnoreTlog = readBoolean(get, 'insecure-ignore-tlog', false);
    // GitHub's instance has no Rekor: its bundles carry a timestamp instead.
    const defaultTlog = insecureIgnoreTlog || sigstore === 'github' ? 0 : 1;
    const tlogThreshold = readInteger(get, 'tlog-threshold', defaultTlog, 0, 10);
    if (insecureIgnoreTlog && tlogThreshold > 0) {
        throw new SealError('INPUT_INVALID', '`insecure-ignore-tlog: true` contradicts a `tlog-threshold` above 0.');
    }
    return {
        key,
        fulcioRoot: readOptional(get, 'fulcio-root'),
        rekorPublicKey: readOptional(get, 'rekor-public-key'),
        ctLogPublicKey: readOptional(get, 'ct-log-public-key'),
        tsaCertChain: readOptional(get, 'tsa-cert-chain'),
        rekorURL: readOptional(get, 'rekor-url'),
        tufMirror: readOptional(get, 'tuf-mirror'),
        tufRoot: readOptional(get, 'tuf-root'),
        sigstore: sigstore,
        tlogThreshold,
        tlogThresholdGiven: insecureIgnoreTlog || get('tlog-threshold').trim() !== '',
        // With a key there is no certificate whose validity needs a trusted time.
        timestampThreshold: readInteger(get, 'timestamp-threshold', defaultTimestampThreshold(!!key), 0, 10),
        insecureIgnoreTlog
    };
}
function readVerifyInputs(get) {
    const subjectPatterns = splitList(get('subject-path'));
    const images = readImages(get);
    const localImage = readOptional(get, 'local-image');
    const imageOptions = readImageVerifyOptions(get, !!readOptional(get, 'bundle-path'));
    if (subjectPatterns.length === 0 && images.length === 0 && !localImage && imageOptions.subjectDigests.length === 0) {
        throw new SealError('INPUT_INVALID', 'Give `subject-path` (files to verify, as globs separated by newlines or commas), `image` (image references, one per line), `local-image` (a directory written by `seal save`) or `subject-digest` (digests, with `bundle-path`).');
    }
    const registry = readRegistryInputs(get);
    if (localImage && registry.signatureRepository) {
        // Ignoring it would verify something other than what the input asks for; the layout already holds what `seal save` copied.
        throw new SealError('INPUT_INVALID', '`signature-repository` applies to images read from a registry, not to `local-image`.', {
            hint: "Pass it to `seal save --signature-repository`: the layout then holds those signatures as the image's own."
        });
    }
    const issuerRegExp = readOptional(get, 'certificate-oidc-issuer-regexp');
    const issuer = readOptional(get, 'certificate-oidc-issuer');
    const github = readGitHubPolicyInputs(get);
    if (issuer && issuerRegExp) {
        throw new SealError('INPUT_INVALID', 'Set either `certificate-oidc-issuer` or `certificate-oidc-issuer-regexp`, not both.');
    }
    return {
        subjectPatterns,
        images,
        localImage,
        ...registry,
        ...imageOptions,
        ...readNetworkInputs(get),
        bundlePath: readOptional(get, 'bundle-path'),
        certificateIdentity: readOptional(get, 'certificate-identity'),
        certificateIdentityRegExp: readOptional(get, 'certificate-identity-regexp'),
        // The issuer defaults to GitHub Actions unless a regexp replaces it.
        certificateOidcIssuer: issuer ?? (issuerRegExp ? undefined : defaultIssuer(github.hostname)),
        certificateOidcIssuerRegExp: issuerRegExp,
        trustedRootPath: readOptional(get, 'trusted-root'),
        offline: readBoolean(get, 'offline', false),
        showSummary: readBoolean(get, 'show-summary', true),
        predicateType: readOptional(get, 'predicate-type'),
        signedRepository: readSignedRepository(get, images.length > 0 || !!localImage),
        ...readVerifyTrust(get, issuer !== undefined || issuerRegExp !== undefined),
        repository: readOptional(get, 'repository'),
        signerWorkflow: readOptional(get, 'signer-workflow'),
        sourceRef: readOptional(get, 'source-ref'),
        denySelfHostedRunners: readBoolean(get, 'deny-self-hosted-runners', false),
        ...github,
        ...readPolicyInputs(get),
        ...readVerifyGitHubInputs(get)
    };
}
/** The attestations API inputs of attest-action (checked in ./github.ts). */
function readAttestGitHubInputs(get) {
    return {
        githubToken: readOptional(get, 'github-token'),
        uploadAttestation: readBoolean(get, 'upload-attestation', true),
        createStorageRecord: readBoolean(get, 'create-storage-record', true),
        subjectVersion: checkSubjectVersion(readOptional(get, 'subject-version'))
    };
}
/** The attestations API inputs of verify-action. */
function readVerifyGitHubInputs(get) {
    return { githubToken: readOptional(get, 'github-token'), limit: readInteger(get, 'limit', 30, 1, MAX_LIMIT) };
}

// EXTERNAL MODULE: ./src/core/setup/cosign.ts + 27 modules
var cosign = __webpack_require__(9271);
;// CONCATENATED MODULE: ./src/core/setup/inputs.ts
/**
 * The setup action's inputs as a typed object, validated without I/O.
 */




const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;
/** Accepts `v2.5.0` (or `2.5.0`, given back as `v2.5.0`); anything else names the input. */
function parseCosignRelease(text) {
    const value = text.trim();
    const m = RELEASE.exec(value);
    if (!m) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`cosign-release\` must be a release tag such as v3.0.6, got ${JSON.stringify(value)}.`, {
            hint: 'Pin an exact version: the installed binary is checked against that release’s checksums and Sigstore bundle.'
        });
    }
    return value.startsWith('v') ? value : `v${value}`;
}
function readURL(get, name, fallback) {
    const raw = readOptional(get, name) ?? fallback;
    const url = (0,http/* httpURL */.yR)(raw, name);
    if (url.search || url.hash) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${name}\` must be a base URL without a query or fragment, got ${JSON.stringify(raw)}.`, {
            hint: 'Assets are fetched from <cosign-download-url>/<cosign-release>/<asset>.'
        });
    }
    return raw.replace(/\/+$/, '');
}
function readSetupInputs(get) {
    const release = readOptional(get, 'cosign-release');
    return {
        cosignRelease: release === undefined ? undefined : parseCosignRelease(release),
        cosignDownloadURL: readURL(get, 'cosign-download-url', cosign/* COSIGN_DOWNLOAD_URL */.pC),
        cosignCertificateIdentity: readOptional(get, 'cosign-certificate-identity') ?? cosign/* COSIGN_RELEASE_IDENTITY */.RF,
        cosignCertificateOidcIssuer: readOptional(get, 'cosign-certificate-oidc-issuer') ?? cosign/* COSIGN_RELEASE_ISSUER */.AE,
        trustedRootPath: readOptional(get, 'trusted-root'),
        cosignReleaseKey: readOptional(get, 'cosign-release-key'),
        timeoutMs: readInteger(get, 'timeout', 60, 1, 3600) * 1000,
        retries: readInteger(get, 'retries', 3, 0, 10),
        showSummary: readBoolean(get, 'show-summary', true)
    };
}

// EXTERNAL MODULE: ./src/core/setup/platform.ts
var setup_platform = __webpack_require__(854);
;// CONCATENATED MODULE: ./src/core/setup/seal-cli.ts
/**
 * Installing the `seal` command line that ships with the actions: the CLI
 * bundle (index.js, its chunks and package.json) plus a small launcher.
 *
 * Which Node runs it: the CLI needs the Node the actions run on (24), and a
 * later step's PATH may only hold an older `node` (or none). The launcher
 * therefore records the absolute path of the Node that installed it and uses
 * it while it exists; `SEAL_NODE` overrides it, and `node` from PATH is the
 * fallback when the recorded one is gone (e.g. a runner update on a
 * self-hosted machine that keeps its tool cache).
 */




const SEAL_TOOL = 'seal';
/** The version the CLI is cached under in the tool cache; kept equal to package.json's (a test checks). */
const SEAL_VERSION = '0.1.0';
/** `'…'` for /bin/sh. */
function shQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function posixLauncher(nodePath) {
    return [
        '#!/bin/sh',
        '# seal command line, installed by the seal setup action.',
        '# Runs on $SEAL_NODE if set, else on the Node that installed it, else on `node` from PATH.',
        'dir=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1',
        'node=${SEAL_NODE:-}',
        'if [ -z "$node" ]; then',
        `  node=${shQuote(nodePath)}`,
        '  [ -x "$node" ] || node=node',
        'fi',
        'exec "$node" "$dir/index.js" "$@"',
        ''
    ].join('\n');
}
function windowsLauncher(nodePath) {
    const quoted = nodePath.replace(/"/g, '');
    return [
        '@echo off',
        'rem seal command line, installed by the seal setup action.',
        'setlocal',
        'set "SEAL_NODE_BIN=%SEAL_NODE%"',
        `if not defined SEAL_NODE_BIN if exist "${quoted}" set "SEAL_NODE_BIN=${quoted}"`,
        'if not defined SEAL_NODE_BIN set "SEAL_NODE_BIN=node"',
        '"%SEAL_NODE_BIN%" "%~dp0index.js" %*',
        'exit /b %ERRORLEVEL%',
        ''
    ].join('\r\n');
}
/** The launchers for a platform: the shell script everywhere, plus `seal.cmd` on Windows. */
function sealLaunchers(nodePath, platform) {
    const files = [{ name: 'seal', text: posixLauncher(nodePath) }];
    if (platform === 'win32')
        files.push({ name: 'seal.cmd', text: windowsLauncher(nodePath) });
    return files;
}
/** The file a user (or a later step) runs. */
function sealExecutableName(platform) {
    return platform === 'win32' ? 'seal.cmd' : 'seal';
}
/** Files of the CLI bundle, relative to its directory. Throws when the bundle is missing. */
async function cliFiles(cliDir) {
    const hasEntry = await (0,promises_.stat)((0,external_node_path_.join)(cliDir, 'index.js')).then(s => s.isFile(), () => false);
    if (!hasEntry) {
        throw new errors/* SealError */.EM('IO_ERROR', `The seal command line is missing from the action: no ${(0,external_node_path_.join)(cliDir, 'index.js')}.`, {
            hint: 'Use a released ref of the action (it ships dist/cli), or build it with `npm run bundle`.'
        });
    }
    const entries = await (0,promises_.readdir)(cliDir, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile())
        .map(e => (0,external_node_path_.relative)(cliDir, (0,external_node_path_.join)(e.parentPath, e.name)))
        .sort();
}
/** Copies the CLI bundle into `stagingDir` and writes the launchers next to it. */
async function stageSealCLI(cliDir, stagingDir, launchers) {
    await cliFiles(cliDir);
    try {
        await (0,promises_.cp)(cliDir, stagingDir, { recursive: true });
        for (const l of launchers) {
            const path = (0,external_node_path_.join)(stagingDir, l.name);
            await (0,promises_.writeFile)(path, l.text);
            await (0,promises_.chmod)(path, 0o755);
        }
    }
    catch (err) {
        throw new errors/* SealError */.EM('IO_ERROR', `cannot prepare the seal command line in ${stagingDir}: ${err.code ?? err}`, {
            cause: err
        });
    }
}
async function sha256Of(path) {
    try {
        return (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(path))
            .digest('hex');
    }
    catch {
        return undefined;
    }
}
/**
 * True when `installedDir` holds exactly this CLI bundle (same bytes for every
 * file) and these launchers. A tool cache entry from another build of the same
 * version, a damaged one, or one whose launcher points at another Node, is not.
 */
async function isSameInstall(cliDir, installedDir, launchers) {
    for (const name of await cliFiles(cliDir)) {
        const [want, have] = await Promise.all([sha256Of((0,external_node_path_.join)(cliDir, name)), sha256Of((0,external_node_path_.join)(installedDir, name))]);
        if (want === undefined || want !== have)
            return false;
    }
    for (const l of launchers) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(installedDir, l.name), 'utf8').catch(() => undefined);
        if (text !== l.text)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/report/summary.ts

/** Escapes text for a markdown table cell. */
function summary_cell(text) {
    if (text === undefined || text === '')
        return '–';
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
function code(text) {
    return text ? '`' + text.replace(/`/g, "'") + '`' : '–';
}
/** Where a person can look at a Rekor entry. */
function rekorEntryURL(rekorURL, logIndex) {
    const base = rekorURL.replace(/\/+$/, '');
    if (base === PUBLIC_REKOR_URL)
        return `https://search.sigstore.dev/?logIndex=${encodeURIComponent(logIndex)}`;
    return `${base}/api/v1/log/entries?logIndex=${encodeURIComponent(logIndex)}`;
}
function rekorLink(rekorURL, logIndex) {
    if (!logIndex)
        return '–';
    if (!rekorURL)
        return summary_cell(logIndex);
    return `[${summary_cell(logIndex)}](${rekorEntryURL(rekorURL, logIndex)})`;
}
function shortDigest(hex, algorithm = 'sha256') {
    return hex ? code(`${algorithm}:${hex.slice(0, 12)}…`) : '–';
}
/**
 * Why a verified row passed, for the log line: who signed it, or, with
 * `policy`, the rules it passed (a key or a static authority names no one), or
 * that no policy matched it and `no-match-policy` let it through.
 */
function verifiedBy(row) {
    if (row.identity)
        return `signed by ${row.identity}${row.issuer ? ` (${row.issuer})` : ''}`;
    if (!row.policy)
        return 'signed with the given public key';
    const passed = row.policy.rules.filter(r => r.passed);
    if (row.policy.rules.length === 0)
        return 'matched by no policy, and admitted (no-match-policy)';
    if (passed.length === 0)
        return 'admitted: its failing policies are in warn mode';
    return `passed ${passed.map(r => `${r.kind} "${r.policy}"`).join(', ')}`;
}
/** Who signed, for logs and summaries: the certificate's identity and issuer, or the key. */
function describeSigner(signer) {
    if (signer.certificate)
        return { identity: signer.certificate.identity ?? '', issuer: signer.certificate.issuer ?? '' };
    return { identity: `key ${signer.keyHint ?? ''}`, issuer: '' };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function signSummary(args) {
    const images = args.images ?? [];
    const what = [args.rows.length ? plural(args.rows.length, 'file') : '', images.length ? plural(images.length, 'image') : ''].filter(Boolean);
    const lines = ['## seal: signed ' + what.join(' and '), '', ...(args.instance ? [summary_cell(args.instance), ''] : [])];
    if (args.rows.length) {
        lines.push('| Subject | Digest | Rekor log index | Integrated time | Identity | Issuer |', '| --- | --- | --- | --- | --- | --- |');
        for (const r of args.rows) {
            lines.push(`| ${code(r.subject)} | ${shortDigest(r.sha256)} | ${rekorLink(args.rekorURL, r.logIndex)} | ${summary_cell(r.integratedTime)} | ${summary_cell(args.identity)} | ${summary_cell(args.issuer)} |`);
        }
        lines.push('');
    }
    if (images.length) {
        lines.push('| Image | Signed digest | Format | Stored in | Rekor log index | Identity |', '| --- | --- | --- | --- | --- | --- |');
        for (const img of images) {
            for (const sig of img.signatures) {
                const name = img.resolvedFromTag ? `${code(img.image)} (tag resolved)` : code(img.image);
                lines.push(`| ${name} | ${code(img.digest)} | ${summary_cell(sig.format)} | ${code(sig.location)} | ${rekorLink(args.rekorURL, sig.logIndex)} | ${summary_cell(args.identity)} |`);
            }
        }
        lines.push('');
    }
    const title = args.verificationPEM.includes('CERTIFICATE') ? 'Signing certificate' : 'Public key';
    lines.push(details(title, '```\n' + args.verificationPEM.trim() + '\n```'), '');
    return lines.join('\n');
}
function verifySummary(args) {
    const failed = args.rows.filter(r => !r.ok).length;
    const title = failed
        ? `## seal: verification failed for ${failed} of ${args.rows.length}`
        : `## seal: verified ${args.rows.length} ${args.rows.length === 1 ? 'subject' : 'subjects'}`;
    const lines = [
        title,
        '',
        `Policy: ${summary_cell(args.policy)}  `,
        `Trusted root: ${summary_cell(args.trust)}`,
        ...(args.warnings ?? []).map(w => `\n> [!WARNING]\n> ${summary_cell(w)}`),
        '',
        '| | Subject | Digest | Identity | Issuer | Rekor log index | Integrated time |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    for (const r of args.rows) {
        lines.push(`| ${r.ok ? '🟢' : '🔴'} | ${code(r.subject)} | ${shortDigest(r.sha256)} | ${summary_cell(r.identity)} | ${summary_cell(r.issuer)} | ${summary_cell(r.logIndex)} | ${summary_cell(r.integratedTime)} |`);
    }
    const failures = args.rows.filter(r => !r.ok);
    if (failures.length) {
        lines.push('', '### Why it failed', '');
        for (const r of failures)
            lines.push(`- ${code(r.subject)}: ${summary_cell(r.reason)}`);
    }
    lines.push('');
    return lines.join('\n');
}
function attestSummary(args) {
    const shown = args.subjects.slice(0, 50);
    const lines = [
        `## seal: attestation for ${args.subjects.length} ${args.subjects.length === 1 ? 'subject' : 'subjects'}`,
        '',
        `Predicate type: ${code(args.predicateType)}  `,
        `Rekor log index: ${rekorLink(args.rekorURL, args.logIndex)}${args.integratedTime ? ` (${summary_cell(args.integratedTime)})` : ''}  `,
        `Signer: ${summary_cell(args.identity)} (${summary_cell(args.issuer)})  `,
        ...(args.instance ? [`${summary_cell(args.instance)}  `] : []),
        `Bundle: ${code(args.bundlePath)}${args.attestationURL ? `  \nStored on GitHub: [${summary_cell(args.attestationURL)}](${encodeURI(args.attestationURL)})` : ''}`,
        '',
        '| Subject | Digest |',
        '| --- | --- |'
    ];
    for (const s of shown) {
        const [alg, hex] = Object.entries(s.digest)[0] ?? [];
        lines.push(`| ${code(s.name)} | ${shortDigest(hex, alg)} |`);
    }
    if (args.subjects.length > shown.length)
        lines.push(`| … and ${args.subjects.length - shown.length} more | |`);
    if (args.attached?.length) {
        lines.push('', '| Image | Attached | Format | Location |', '| --- | --- | --- | --- |');
        for (const a of args.attached)
            lines.push(`| ${code(a.image)} | ${summary_cell(a.kind)} | ${summary_cell(a.format)} | ${code(a.location)} |`);
    }
    lines.push('');
    return lines.join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/core/setup/summary.ts
/** The setup action's job summary: what went on PATH, from where, and how cosign was checked. */


function setupSummary(args) {
    const names = args.tools.map(t => `${t.tool} ${t.version}`).join(' and ');
    const lines = [`## seal: ${summary_cell(names)} on PATH`, '', '| Tool | Version | Path | Source |', '| --- | --- | --- | --- |'];
    for (const t of args.tools) {
        lines.push(`| ${summary_cell(t.tool)} | ${summary_cell(t.version)} | ${summary_cell(t.path)} | ${t.cached ? 'tool cache' : 'installed now'} |`);
    }
    const c = args.cosign;
    if (c) {
        lines.push('', `<details><summary>${summary_cell(c.asset)} ${summary_cell(c.version)}: checksum and signature verified</summary>`, '', `- sha256 ${summary_cell(c.sha256)} matches ${cosign/* COSIGN_CHECKSUMS_FILE */.Gu}`, c.releaseKey
            ? `- ${summary_cell(c.asset)}.sig verified with ${summary_cell(c.trust)}, ${summary_cell(c.releaseKey)}`
            : `- signed by ${summary_cell(c.identity)} (issuer ${summary_cell(c.issuer)})`, ...(c.logIndex ? [`- transparency log index ${summary_cell(c.logIndex)}${c.integratedTime ? `, integrated ${summary_cell(c.integratedTime)}` : ''}`] : []), ...(c.releaseKey ? [] : [`- trusted root: ${summary_cell(c.trust)}`]), '', '</details>');
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/setup/version-check.ts
/**
 * Checking an installed program: the setup action runs it once (`seal
 * --version`, `cosign version`) and hands the exit code and output here.
 * A program that does not run, or reports another version than the one
 * installed, fails the step instead of being left on PATH for later steps.
 */

/** The arguments that make each installed tool print its version. */
function versionArgs(tool) {
    return tool === 'seal' ? ['--version'] : ['version'];
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Whether `output` names `version` (with or without a leading v) as a whole
 * version: `v3.0.6` and `GitVersion: 3.0.6` report 3.0.6, while `3.0.60`,
 * `13.0.6` and `v3.0.6-rc.1` do not.
 */
function reportsVersion(output, version) {
    const bare = escapeRegExp(version.replace(/^v/, ''));
    return new RegExp(`(?:^|[^0-9A-Za-z.])v?${bare}(?![0-9A-Za-z]|[.+-][0-9A-Za-z])`).test(output);
}
/** The lines of a program's output worth quoting: those naming a version, else the first; at most 200 characters. */
function versionExcerpt(output) {
    const lines = output
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean);
    const chosen = lines.filter(l => /version/i.test(l));
    const text = (chosen.length ? chosen : lines.slice(0, 1)).join(' / ');
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
/**
 * Throws unless the program exited with 0 and its output (stdout, then
 * stderr) reports `version`. `command` names what was run, for the message.
 */
function checkReportedVersion(tool, version, command, run) {
    const output = `${run.stdout}\n${run.stderr}`;
    const excerpt = versionExcerpt(output);
    if (run.exitCode !== 0) {
        throw new errors/* SealError */.EM('IO_ERROR', `The installed ${tool} does not run: \`${command}\` exited with code ${run.exitCode}${excerpt ? ` (${excerpt})` : ''}.`);
    }
    if (!reportsVersion(output, version)) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `The installed ${tool} is not version ${version}: \`${command}\` printed ${excerpt ? JSON.stringify(excerpt) : 'nothing'}.`, { hint: `The files installed as ${tool} ${version} are another release; check the download URL and the tool cache.` });
    }
}

;// CONCATENATED MODULE: ./src/core/setup/index.ts





/** Downloads a cosign release and verifies its checksum and signature (the verifier loads on the first call). */
async function fetchVerifiedCosign(opts) {
    const { fetchVerifiedCosign: fetch } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9271));
    return fetch(opts);
}

;// CONCATENATED MODULE: ./src/core/inputs/index.ts
/** The typed inputs of the sign, verify and attest steps, read once and validated. */




;// CONCATENATED MODULE: ./src/core/report/policy-summary.ts

/** The job-summary section of a policy run: per image, each policy rule that applied, with what passed or failed. */
function policySummary(rows) {
    const lines = ['### Admission policies', '', '| | Image | Policy | Rule | Mode | Outcome |', '| --- | --- | --- | --- | --- | --- |'];
    for (const r of rows) {
        const rules = r.policy?.rules ?? [];
        if (rules.length === 0)
            lines.push(`| ${r.ok ? '🟢' : '🔴'} | ${cell(r.subject)} | – | – | – | ${cell(r.reason ?? r.policy?.warnings.join(' ') ?? 'no matching policies')} |`);
        for (const p of rules) {
            // Each detail escaped on its own, then joined with line breaks (escaping the joined text would escape the breaks too).
            const what = p.details.length ? p.details.map(d => cell(d.trim())).join('<br>') : cell('');
            const skipped = p.skipped.length ? `<br>skipped: ${p.skipped.map(cell).join(', ')}` : '';
            lines.push(`| ${p.passed ? '🟢' : p.mode === 'warn' ? '🟡' : '🔴'} | ${cell(r.subject)} | ${cell(`${p.kind} ${p.policy}`)} | ${cell(p.rule)} | ${p.mode} | ${what}${skipped} |`);
        }
    }
    lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/index.ts
/** What the steps report: the job summaries and the `results` output shape. */




;// CONCATENATED MODULE: ./src/core/util/fs.ts





/** Whether `path` is a directory; false when it is anything else or does not exist. */
function isDirectory(path) {
    return stat(path).then(s => s.isDirectory(), () => false);
}
function tempPathFor(path) {
    return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
async function writeTemp(tmp, { path, data, mode }) {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(tmp, 'wx', mode ?? 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Removes temporary files, ignoring any that cannot be there (e.g. under a path that is not a directory). */
async function removeAll(paths) {
    await Promise.all(paths.map(p => rm(p, { force: true }).catch(() => undefined)));
}
function writeError(path, err) {
    return new SealError('IO_ERROR', `cannot write ${path}: ${err.code ?? err}`, { cause: err });
}
/**
 * Writes a file atomically: the data goes to a temporary file in the same
 * directory, is flushed, and is renamed over the target. A failure leaves the
 * target as it was and removes the temporary file.
 */
async function writeFileAtomic(path, data, mode = 0o644) {
    await writeFilesAtomic([{ path, data, mode }]);
}
/**
 * Writes several files all or nothing, as far as a file system allows: every
 * file goes to a flushed temporary file next to its target first; only when
 * all of them are written are they renamed over their targets. A failure
 * while writing leaves every target as it was and removes every temporary
 * file. (A rename failing after others succeeded is not undone; renames in
 * one directory that the temporary files were just written to do not fail
 * short of the disk going away.)
 */
async function writeFilesAtomic(writes, concurrency = 16) {
    const temps = writes.map(w => tempPathFor(w.path));
    const written = await settleLimit(writes, concurrency, (w, i) => writeTemp(temps[i], w));
    const failed = written.findIndex(r => r.status === 'rejected');
    if (failed >= 0) {
        await removeAll(temps);
        throw writeError(writes[failed].path, written[failed].reason);
    }
    try {
        await mapLimit(writes, concurrency, (w, i) => rename(temps[i], w.path).catch(err => Promise.reject(writeError(w.path, err))));
    }
    catch (err) {
        // Whatever was not renamed (a failed rename) is not left behind.
        await removeAll(temps);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/core/util/redact.ts
/**
 * Anything shaped like a JWT or a piece of one: a base64url JSON segment
 * (`eyJ…`), alone or dot-joined to the segments after it. A server that
 * echoes only a token's header and claims, or only its claims, is caught too.
 */
const JWT = /eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g;
/** The ways a secret can show up in text: as is, in base64 or base64url, and a JWT's claims and signature. */
function redact_forms(secret) {
    if (!secret || secret.length < 4)
        return [];
    const parts = secret.split('.');
    const segments = parts.length === 3 ? parts.slice(1).filter(p => p.length >= 8) : [];
    const encoded = [Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')];
    // Longest first, so that a whole token is replaced before its pieces.
    return [secret, ...encoded, ...segments].sort((a, b) => b.length - a.length);
}
/**
 * Removes token-shaped text, and the given secrets in any of their forms,
 * from a message that came from elsewhere (a server's error body, a
 * library's error), so a credential cannot reach a log line.
 */
function redact(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        for (const form of redact_forms(s))
            out = out.split(form).join('***');
    return out.replace(JWT, '***');
}

// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(1014);
;// CONCATENATED MODULE: ./src/core/util/index.ts
/** Errors, the one retry policy, HTTP helpers, bounded concurrency, atomic writes, redaction. */








;// CONCATENATED MODULE: ./src/core/index.ts







;// CONCATENATED MODULE: ./src/actions/shared/runner.ts
/**
 * The thin layer between an action and the GitHub Actions toolkit
 * (@actions/core): the inputs as the core's readers take them, the context a
 * step runs in, masking, the job summary and the failure handler. The core
 * library itself knows nothing of @actions/*.
 */


/** Every value registered as a secret in this step: masked by the runner, and removed from failure messages here. */
const secrets = [];
/**
 * Masks a secret in the runner's log as soon as it is read. The runner masks
 * a multi-line value only where it appears whole, so each line of it (a PEM
 * key, say) is masked on its own as well.
 */
function mask(secret) {
    if (!secret)
        return;
    for (const part of new Set([secret, ...secret.split(/\r?\n/).filter(line => line.trim())]))
        core.setSecret(part);
    secrets.push(secret);
}
/**
 * The context every step runs in: the workspace, the environment, and the
 * runner's log. `known` are secrets read from the inputs; secrets read later
 * (the OIDC token, registry credentials) are masked as they arrive.
 */
function stepContext(known) {
    for (const secret of known)
        mask(secret);
    return {
        cwd: process.cwd(),
        env: process.env,
        onSecret: mask,
        log: line => core.info(line),
        warn: line => core.warning(line)
    };
}
/**
 * Inputs as @actions/core reads them (INPUT_<NAME>, trimmed, '' when unset).
 * The core's readers parse booleans, numbers and lists from that text.
 */
const getInput = name => lib_core/* getInput */.V4(name);
/** Appends Markdown to the job summary; only a debug line when the runner keeps none (no GITHUB_STEP_SUMMARY). */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        lib_core/* debug */.Yz('No job summary: GITHUB_STEP_SUMMARY is not set.');
        return;
    }
    await lib_core/* summary */.z.addRaw(markdown, !markdown.endsWith('\n')).write();
}
/**
 * Fails the step with one clear line: a SealError's message and hint, or an
 * unexpected error's message (redacted, no stack; the stack goes to debug).
 */
function fail(err) {
    const text = redact((0,errors/* messageOf */.bD)(err), secrets);
    if (!(0,errors/* isSealError */.GB)(err) && err instanceof Error && err.stack)
        lib_core/* debug */.Yz(redact(err.stack, secrets));
    lib_core/* setFailed */.C1(text);
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
;// CONCATENATED MODULE: ./src/actions/setup/check.ts




/**
 * Runs an installed tool once (`seal --version`, `cosign version`) and fails
 * unless it runs and reports the version it was installed as.
 */
async function checkInstalled(installed) {
    const args = versionArgs(installed.tool);
    const command = `${installed.tool} ${args.join(' ')}`;
    let run;
    try {
        run = await (0,exec/* getExecOutput */.H)(installed.path, args, { silent: true, ignoreReturnCode: true });
    }
    catch (err) {
        throw new errors/* SealError */.EM('IO_ERROR', `The installed ${installed.tool} does not run: \`${command}\` at ${installed.path} failed: ${(0,errors/* messageOf */.bD)(err)}`);
    }
    checkReportedVersion(installed.tool, installed.version, command, run);
    lib_core/* info */.pq(`${command}: reports ${installed.version}`);
}

;// CONCATENATED MODULE: ./src/actions/setup/main.ts








/** The CLI bundle shipped with the action: dist/cli next to this bundle's dist/setup. */
function shippedCLIDir() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', 'cli');
}
/**
 * The runner's tool cache, loaded when first used: it brings an HTTP client
 * this action never uses, and the step's first line is printed before it.
 */
function toolCache() {
    return __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
}
async function workDir(prefix) {
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), prefix));
}
/** setup action: puts `seal` (and optionally a verified cosign) on PATH through the tool cache, and runs each once to check it. */
async function run() {
    try {
        const inputs = readSetupInputs(getInput);
        lib_core/* info */.pq(`Setting up seal ${SEAL_VERSION}${inputs.cosignRelease ? ` and cosign ${inputs.cosignRelease}` : ''}`);
        const tools = [];
        const seal = await installSeal();
        await checkInstalled({ ...seal, tool: 'seal' });
        tools.push(seal);
        lib_core/* addPath */.fM((0,external_node_path_.dirname)(seal.path));
        lib_core/* setOutput */.uH('seal-path', seal.path);
        let verified;
        if (inputs.cosignRelease) {
            const cosign = await installCosign(inputs, inputs.cosignRelease);
            await checkInstalled({ ...cosign.tool, tool: 'cosign' });
            tools.push(cosign.tool);
            verified = cosign.verified;
            lib_core/* addPath */.fM((0,external_node_path_.dirname)(cosign.tool.path));
            lib_core/* setOutput */.uH('cosign-path', cosign.tool.path);
        }
        else {
            lib_core/* setOutput */.uH('cosign-path', '');
        }
        lib_core/* setOutput */.uH('cache-hit', String(tools.every(t => t.cached)));
        if (inputs.showSummary)
            await writeSummary(setupSummary({ tools, cosign: verified }));
    }
    catch (err) {
        fail(err);
    }
}
async function installSeal() {
    const cliDir = shippedCLIDir();
    const launchers = sealLaunchers(process.execPath, process.platform);
    const exe = sealExecutableName(process.platform);
    const tc = await toolCache();
    const found = tc.find(SEAL_TOOL, SEAL_VERSION);
    if (found && (await isSameInstall(cliDir, found, launchers))) {
        lib_core/* info */.pq(`seal ${SEAL_VERSION} found in the tool cache: ${found}`);
        return { tool: 'seal', version: SEAL_VERSION, path: (0,external_node_path_.join)(found, exe), cached: true };
    }
    if (found)
        lib_core/* info */.pq(`The tool cache holds another build of seal ${SEAL_VERSION}; replacing it.`);
    const staging = await workDir('seal-cli-');
    try {
        await stageSealCLI(cliDir, staging, launchers);
        const dir = await tc.cacheDir(staging, SEAL_TOOL, SEAL_VERSION);
        lib_core/* info */.pq(`seal ${SEAL_VERSION} installed in ${dir}`);
        return { tool: 'seal', version: SEAL_VERSION, path: (0,external_node_path_.join)(dir, exe), cached: false };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function installCosign(inputs, version) {
    const platform = (0,setup_platform/* cosignPlatform */.Fc)(process.platform, process.arch);
    const exe = (0,setup_platform/* cosignExecutableName */.xE)(platform);
    const tc = await toolCache();
    const found = tc.find('cosign', version);
    if (found) {
        lib_core/* info */.pq(`cosign ${version} found in the tool cache: ${found}`);
        return { tool: { tool: 'cosign', version, path: (0,external_node_path_.join)(found, exe), cached: true } };
    }
    const dir = await workDir('seal-cosign-');
    try {
        const verified = await fetchVerifiedCosign({
            version,
            downloadURL: inputs.cosignDownloadURL,
            platform,
            certificateIdentity: inputs.cosignCertificateIdentity,
            certificateOidcIssuer: inputs.cosignCertificateOidcIssuer,
            trustedRootPath: inputs.trustedRootPath,
            releaseKeyPath: inputs.cosignReleaseKey,
            workDir: dir,
            timeoutMs: inputs.timeoutMs,
            retries: inputs.retries,
            log: line => lib_core/* info */.pq(line)
        });
        await (0,promises_.chmod)(verified.path, 0o755);
        const cached = await tc.cacheFile(verified.path, exe, 'cosign', version);
        const path = (0,external_node_path_.join)(cached, exe);
        await (0,promises_.chmod)(path, 0o755);
        lib_core/* info */.pq(`cosign ${version} installed in ${cached}`);
        return { tool: { tool: 'cosign', version, path, cached: false }, verified };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gu: () => (/* binding */ COSIGN_CHECKSUMS_FILE),
  pC: () => (/* binding */ COSIGN_DOWNLOAD_URL),
  RF: () => (/* binding */ COSIGN_RELEASE_IDENTITY),
  AE: () => (/* binding */ COSIGN_RELEASE_ISSUER),
  fetchVerifiedCosign: () => (/* binding */ fetchVerifiedCosign)
});

// UNUSED EXPORTS: releaseAssetURL

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(3093);
;// CONCATENATED MODULE: ./src/core/policy/identity.ts
/**
 * Identity policy: which certificate identity (SAN) and OIDC issuer a signature
 * must come from. Pure functions; no I/O.
 *
 * Exact strings compare with `===`, never as a prefix, substring or unanchored
 * pattern. Regular expressions are always anchored to the whole value.
 */

/** Input names, as the user writes them (action inputs; CLI flags share the names). */
const INPUT = {
    identity: 'certificate-identity',
    identityRegExp: 'certificate-identity-regexp',
    issuer: 'certificate-oidc-issuer',
    issuerRegExp: 'certificate-oidc-issuer-regexp'
};
function exact(input, text) {
    return {
        input,
        text,
        matches: value => value === text,
        describe: () => JSON.stringify(text)
    };
}
function anchored(input, source) {
    let re;
    try {
        // The pattern must stand on its own: wrapped as is, `a)|(.*` would become
        // `^(?:a)|(.*)$`, whose second branch matches anything without anchors.
        new RegExp(source);
        re = new RegExp(`^(?:${source})$`);
    }
    catch (err) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\` is not a valid regular expression: ${err.message}`, {
            hint: 'Use JavaScript regular expression syntax; the pattern must match the whole value.'
        });
    }
    return {
        input,
        text: source,
        matches: value => re.test(value),
        describe: () => `matching /^(?:${source})$/`
    };
}
/** The value trimmed, or undefined when it is unset or blank (how an input left empty reads). */
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
function buildIdentityPolicy(input) {
    const identity = nonEmpty(input.certificateIdentity);
    const identityRegExp = nonEmpty(input.certificateIdentityRegExp);
    const issuer = nonEmpty(input.certificateOidcIssuer);
    const issuerRegExp = nonEmpty(input.certificateOidcIssuerRegExp);
    if (identity !== undefined && identityRegExp !== undefined) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `set only one of \`${INPUT.identity}\` and \`${INPUT.identityRegExp}\``);
    }
    if (issuer !== undefined && issuerRegExp !== undefined) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `set only one of \`${INPUT.issuer}\` and \`${INPUT.issuerRegExp}\``);
    }
    if (identity === undefined && identityRegExp === undefined && !input.identityRule) {
        throw new errors/* SealError */.EM('POLICY_MISSING', `no signer identity given: set \`${INPUT.identity}\` (or \`${INPUT.identityRegExp}\`, \`repository\`, \`owner\`)`, {
            hint: 'For a GitHub Actions workflow the identity looks like https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/heads/main.'
        });
    }
    const identityMatcher = identity !== undefined
        ? exact(INPUT.identity, identity)
        : identityRegExp !== undefined
            ? anchored(INPUT.identityRegExp, identityRegExp)
            : input.identityRule;
    const issuerMatcher = issuer !== undefined ? exact(INPUT.issuer, issuer) : issuerRegExp !== undefined ? anchored(INPUT.issuerRegExp, issuerRegExp) : undefined;
    return {
        describe() {
            const who = `identity ${identityMatcher.describe()}`;
            return issuerMatcher ? `${who} issued by ${issuerMatcher.describe()}` : who;
        },
        check(found) {
            if (found.identity === undefined || !identityMatcher.matches(found.identity)) {
                throw new errors/* SealError */.EM('IDENTITY_MISMATCH', `certificate identity mismatch: expected ${identityMatcher.describe()}, found ${show(found.identity)}`, {
                    hint: `If this signer is legitimate, change \`${identityMatcher.input}\`.`
                });
            }
            if (issuerMatcher && (found.issuer === undefined || !issuerMatcher.matches(found.issuer))) {
                throw new errors/* SealError */.EM('ISSUER_MISMATCH', `certificate OIDC issuer mismatch: expected ${issuerMatcher.describe()}, found ${show(found.issuer)}`, {
                    hint: `If this issuer is legitimate, change \`${issuerMatcher.input}\`.`
                });
            }
        }
    };
}
function show(value) {
    return value === undefined ? 'none' : JSON.stringify(value);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/core/trust/trusted-root.ts
var trusted_root = __webpack_require__(4402);
// EXTERNAL MODULE: ./src/core/trust/tuf.ts
var tuf = __webpack_require__(9377);
;// CONCATENATED MODULE: ./src/core/trust/embedded.ts




/** The public-good trusted_root.json shipped in @sigstore/tuf's seeds. */
function embeddedTrustedRoot() {
    const seed = seeds[tuf/* PUBLIC_GOOD_TUF_URL */.C$];
    const encoded = seed?.targets?.['trusted_root.json'];
    if (!encoded) {
        throw new errors/* SealError */.EM('TRUST_ROOT_UNAVAILABLE', 'the embedded public-good trusted root is missing from @sigstore/tuf', {
            hint: 'Set `trusted-root` to a trusted_root.json file.'
        });
    }
    return (0,trusted_root/* parseTrustedRoot */.t1)(Buffer.from(encoded, 'base64').toString('utf8'), 'the embedded public-good trusted root');
}

// EXTERNAL MODULE: ./src/core/trust/material.ts
var material = __webpack_require__(9093);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(7062);
;// CONCATENATED MODULE: ./src/core/formats/pem.ts
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
function pem_looksLikePEM(text) {
    return text.includes('-----BEGIN ');
}
/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
function pem_decodePemBlocks(text, what) {
    const blocks = [];
    for (const { type, inner, endType } of framedBlocks(text)) {
        if (type !== endType) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`);
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
            throw new errors/* SealError */.EM('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`);
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
function pem_decodeBase64Text(text) {
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
function pem_isSingleDER(der) {
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

;// CONCATENATED MODULE: ./src/core/trust/pem.ts
/**
 * A Sigstore trusted root built from exported PEM material, the way a private
 * deployment hands it out (and the way cosign takes it through SIGSTORE_ROOT_FILE,
 * SIGSTORE_REKOR_PUBLIC_KEY, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE and
 * SIGSTORE_TSA_CERTIFICATE_FILE):
 *
 *   - the Fulcio CA certificates: one or more chains, each ending in a
 *     self-signed root, in any order in the file;
 *   - the Rekor public key(s), PEM or DER;
 *   - the CT log public key(s), PEM or DER;
 *   - the timestamp authority chain, leaf to root (any order is accepted).
 *
 * Log IDs are SHA-256 of the key's PKIX DER (RFC 6962 §3.2; Rekor uses the same).
 */






/** Action inputs and CLI flags. */
const PEM_INPUTS = {
    fulcioRoot: 'fulcio-root',
    rekorPublicKey: 'rekor-public-key',
    ctLogPublicKey: 'ct-log-public-key',
    tsaCertChain: 'tsa-cert-chain'
};
/** cosign's environment variables; each holds a file path. */
const SIGSTORE_ENV = {
    fulcioRoot: 'SIGSTORE_ROOT_FILE',
    rekorPublicKey: 'SIGSTORE_REKOR_PUBLIC_KEY',
    ctLogPublicKey: 'SIGSTORE_CT_LOG_PUBLIC_KEY_FILE',
    tsaCertChain: 'SIGSTORE_TSA_CERTIFICATE_FILE'
};
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const FIELDS = ['fulcioRoot', 'rekorPublicKey', 'ctLogPublicKey', 'tsaCertChain'];
/**
 * A bare public key carries no validity period, and cosign trusts a key given
 * through SIGSTORE_REKOR_PUBLIC_KEY or SIGSTORE_CT_LOG_PUBLIC_KEY_FILE for
 * entries of any age. The root states that explicitly as a start at the Unix
 * epoch: any later date (the Fulcio root's notBefore, say) would reject genuine
 * entries logged before it, such as key-signed ones, which never involve Fulcio.
 * A missing start would mean the same to @sigstore/verify, but seal rejects roots
 * with missing starts (checkTrustedRoot), so the choice is written down here.
 */
const KEY_VALID_FROM = new Date(0);
/**
 * Builds the trusted root. At least one of the Fulcio roots and the Rekor key
 * is required. Without `rekorURL` the Rekor logs get an empty baseUrl, which
 * seal's verification does not need (verify/checkpoint.ts matches checkpoints
 * by key); other verifiers built on sigstore-js do. Entries are matched to keys
 * by log ID alone.
 */
function trustedRootFromPEM(material, options = {}) {
    const name = (field) => options.names?.[field] ?? `\`${PEM_INPUTS[field]}\``;
    const given = (field) => {
        const v = material[field];
        return v !== undefined && (typeof v === 'string' ? v.trim() !== '' : v.length > 0);
    };
    if (!given('fulcioRoot') && !given('rekorPublicKey')) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `set ${name('fulcioRoot')} or ${name('rekorPublicKey')} (or both) to build a trusted root`, {
            hint: 'A trusted root needs the certificate authority that issues signing certificates or the transparency log that records signatures.'
        });
    }
    const rekorURL = optionalURL(options.rekorURL, 'rekor-url');
    const certificateAuthorities = given('fulcioRoot')
        ? certificateChains(pem_text(material.fulcioRoot, name('fulcioRoot')), name('fulcioRoot')).map(chain => authority(chain, optionalURL(options.fulcioURL, 'fulcio-url'), name('fulcioRoot')))
        : [];
    const tlogs = given('rekorPublicKey') ? publicKeys(material.rekorPublicKey, name('rekorPublicKey')).map(key => logInstance(key, rekorURL)) : [];
    const ctlogs = given('ctLogPublicKey')
        ? publicKeys(material.ctLogPublicKey, name('ctLogPublicKey')).map(key => logInstance(key, optionalURL(options.ctLogURL, 'ct-log-url')))
        : [];
    const timestampAuthorities = given('tsaCertChain')
        ? certificateChains(pem_text(material.tsaCertChain, name('tsaCertChain')), name('tsaCertChain')).map(chain => authority(chain, optionalURL(options.tsaURL, 'tsa-url'), name('tsaCertChain')))
        : [];
    return { mediaType: TRUSTED_ROOT_MEDIA_TYPE, tlogs, certificateAuthorities, ctlogs, timestampAuthorities };
}
/** The trusted root as protobuf JSON (what trusted_root.json files hold). */
function trustedRootJSON(root) {
    return TrustedRoot.toJSON(root);
}
/**
 * Reads the files and builds the root. Errors name each file by `options.names`
 * (default: the inputs `fulcio-root`, `rekor-public-key`, …).
 */
async function trustedRootFromFiles(files, options = {}) {
    const material = {};
    for (const field of FIELDS) {
        const path = files[field];
        if (!path)
            continue;
        const name = options.names?.[field] ?? `\`${PEM_INPUTS[field]}\``;
        try {
            material[field] = await (0,promises_.readFile)(path);
        }
        catch (err) {
            throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `cannot read ${path} (${name}): ${err.code ?? err.message}`, {
                cause: err
            });
        }
    }
    return trustedRootFromPEM(material, options);
}
/** The SIGSTORE_* files set in `env` (empty values count as unset); undefined when none is. */
function environmentTrustFiles(env) {
    const files = {};
    for (const field of FIELDS) {
        const value = env[SIGSTORE_ENV[field]];
        if (value && value.trim() !== '')
            files[field] = value.trim();
    }
    return Object.keys(files).length > 0 ? files : undefined;
}
/* ------------------------------------------------------------ certificates -- */
function pem_text(value, name) {
    const s = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    if (!pem_looksLikePEM(s))
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${name} is not a PEM file of certificates`);
    return s;
}
function certificates(pem, name) {
    const blocks = pem_decodePemBlocks(pem, name).filter(b => b.type === 'CERTIFICATE');
    if (blocks.length === 0)
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${name} holds no CERTIFICATE`);
    const seen = new Set();
    const certs = [];
    for (const [i, block] of blocks.entries()) {
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(block.der).digest('hex');
        if (seen.has(fingerprint))
            continue;
        seen.add(fingerprint);
        try {
            certs.push(new external_node_crypto_.X509Certificate(block.der));
        }
        catch (err) {
            throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `certificate ${i + 1} in ${name} cannot be parsed: ${err.message}`, { cause: err });
        }
    }
    return certs;
}
function issued(child, parent) {
    try {
        return child.checkIssued(parent) && child.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
const selfSigned = (cert) => issued(cert, cert);
/**
 * Groups the certificates into chains, leaf-most first and each ending in a
 * self-signed root, as the trusted root wants them. A chain starts at every
 * certificate that issued none of the others.
 */
function certificateChains(pem, name) {
    const certs = certificates(pem, name);
    const leaves = certs.filter(c => !certs.some(other => other !== c && issued(other, c)));
    return leaves.map(leaf => {
        const chain = [leaf];
        let current = leaf;
        while (!selfSigned(current)) {
            const parent = certs.find(c => c !== current && issued(current, c));
            if (!parent) {
                throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `the issuer of "${oneLine(current.subject)}" is not in ${name}`, {
                    hint: 'Include the whole chain up to the self-signed root certificate.'
                });
            }
            if (chain.includes(parent))
                throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `the certificates in ${name} issue each other in a loop`);
            chain.push(parent);
            current = parent;
        }
        return chain;
    });
}
function authority(chain, uri, name) {
    const start = new Date(Math.max(...chain.map(c => c.validFromDate.getTime())));
    const end = new Date(Math.min(...chain.map(c => c.validToDate.getTime())));
    if (end < start) {
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `the certificates of the chain "${oneLine(chain[0].subject)}" in ${name} are never valid at the same time`);
    }
    return {
        subject: distinguishedName(chain[0].subject),
        uri,
        certChain: { certificates: chain.map(c => ({ rawBytes: c.raw })) },
        // The time the whole chain is valid: from its latest notBefore to its earliest notAfter.
        validFor: { start, end },
        operator: ''
    };
}
function distinguishedName(subject) {
    const attrs = new Map();
    for (const line of subject.split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0 && !attrs.has(line.slice(0, eq)))
            attrs.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return { organization: attrs.get('O') ?? '', commonName: attrs.get('CN') ?? '' };
}
const oneLine = (subject) => subject.split('\n').join(', ');
/* -------------------------------------------------------------------- keys -- */
function publicKeys(value, name) {
    const raw = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
    const asText = raw.toString('utf8');
    const keys = [];
    if (pem_looksLikePEM(asText)) {
        const blocks = pem_decodePemBlocks(asText, name).filter(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY');
        if (blocks.length === 0)
            throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${name} holds no PUBLIC KEY`);
        for (const block of blocks)
            keys.push(parseKey(block.der, block.type === 'RSA PUBLIC KEY' ? 'pkcs1' : 'spki', name));
    }
    else {
        keys.push(parseKey(raw, 'spki', name));
    }
    const seen = new Set();
    return keys.filter(k => {
        const id = logId(k).toString('hex');
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
function parseKey(der, type, name) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type });
    }
    catch (err) {
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${name} is not a PEM or DER public key: ${err.message}`, { cause: err });
    }
}
function spki(key) {
    return key.export({ format: 'der', type: 'spki' });
}
function logId(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(spki(key)).digest();
}
/** The protobuf key details for a key, from its type (and curve or modulus size). */
function keyDetailsOf(key) {
    switch (key.asymmetricKeyType) {
        case 'ec':
            switch (key.asymmetricKeyDetails?.namedCurve) {
                case 'prime256v1':
                    return dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
                case 'secp384r1':
                    return dist.PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
                case 'secp521r1':
                    return dist.PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
            }
            break;
        case 'ed25519':
            return dist.PublicKeyDetails.PKIX_ED25519;
        case 'rsa':
            switch (key.asymmetricKeyDetails?.modulusLength) {
                case 2048:
                    return dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
                case 3072:
                    return dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
                case 4096:
                    return dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
                default:
                    return dist.PublicKeyDetails.PKIX_RSA_PKCS1V5;
            }
    }
    const detail = key.asymmetricKeyType === 'ec' ? `${key.asymmetricKeyDetails?.namedCurve} ECDSA` : key.asymmetricKeyType;
    throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `unsupported ${detail ?? 'unknown'} log key; use ECDSA P-256/P-384/P-521, Ed25519 or RSA`);
}
function logInstance(key, baseUrl) {
    return {
        baseUrl,
        hashAlgorithm: dist.HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: spki(key), keyDetails: keyDetailsOf(key), validFor: { start: KEY_VALID_FROM, end: undefined } },
        logId: { keyId: logId(key) },
        checkpointKeyId: undefined,
        operator: ''
    };
}
function optionalURL(url, input) {
    if (!url)
        return '';
    (0,http/* httpURL */.yR)(url, input);
    return url.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/core/trust/tuf-offline.ts
var tuf_offline = __webpack_require__(8623);
;// CONCATENATED MODULE: ./src/core/util/jsonl.ts
/** JSON Lines: files holding one JSON document a line, as gh writes trusted roots and bundles. */
/**
 * The non-empty lines of `text` when it holds several JSON documents one a
 * line; undefined when it is one JSON document (pretty-printed or not), or
 * has at most one non-empty line. The lines themselves are not parsed here.
 */
function jsonLines(text) {
    const lines = text.split('\n').filter(line => line.trim() !== '');
    if (lines.length <= 1)
        return undefined;
    try {
        JSON.parse(text);
        return undefined;
    }
    catch {
        return lines;
    }
}

;// CONCATENATED MODULE: ./src/core/trust/roots.ts




/** The roots in `text`: one JSON document (pretty-printed or not), or JSON Lines. */
function parseTrustedRoots(text, what) {
    const lines = jsonLines(text);
    if (!lines)
        return [(0,trusted_root/* parseTrustedRoot */.t1)(text, what)];
    return lines.map((line, i) => (0,trusted_root/* parseTrustedRoot */.t1)(line, `${what}, line ${i + 1} of ${lines.length}`));
}
/** Several roots as one LoadedTrust: the first root's material, with every root in `roots`. */
function withRoots(roots, source) {
    if (roots.length === 0)
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${source} holds no trusted root`);
    if (roots.length === 1)
        return (0,material/* withMaterial */.C)(roots[0], source);
    const loaded = roots.map((root, i) => (0,material/* withMaterial */.C)(root, `${source}, root ${i + 1}`));
    return { ...loaded[0], source: `${source} (${roots.length} roots)`, roots: loaded };
}

;// CONCATENATED MODULE: ./src/core/trust/root.ts
/**
 * Trust material: the Sigstore trusted root (Fulcio CAs, Rekor logs, CT logs,
 * timestamp authorities) that bundles are verified against.
 *
 * Sources, first match wins:
 *   1. a `trusted-root` file;
 *   2. PEM files (`fulcio-root`, `rekor-public-key`, `ct-log-public-key`, `tsa-cert-chain`);
 *   3. cosign's SIGSTORE_ROOT_FILE / SIGSTORE_REKOR_PUBLIC_KEY /
 *      SIGSTORE_CT_LOG_PUBLIC_KEY_FILE / SIGSTORE_TSA_CERTIFICATE_FILE, when `env` is given;
 *   4. a custom TUF mirror (`tuf-mirror`), from its cache alone when `offline` is set;
 *   5. with `sigstore: github`, GitHub's TUF repository (its cache alone when `offline` is set);
 *   6. with `offline`, the public-good root embedded in seal;
 *   7. the public-good TUF repository.
 * With `offline` nothing touches the network.
 */









/** The trusted root from the first source `opts` sets (see the order above), with its trust material. */
async function loadTrust(opts) {
    if (opts.trustedRootPath) {
        const path = opts.trustedRootPath;
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `cannot read the trusted root ${path} (\`trusted-root\`): ${err.code ?? (0,trusted_root/* messageOnly */.Mw)(err)}`, { cause: err });
        }
        const source = `file ${path}`;
        // One root, or several as JSON Lines (`gh attestation trusted-root`).
        return withRoots(parseTrustedRoots(text, `the trusted root ${path} (\`trusted-root\`)`), source);
    }
    const pem = definedFiles(opts.pem);
    const rekorURL = rekorURLOf(opts);
    if (pem) {
        const root = await trustedRootFromFiles(pem, { rekorURL });
        const source = `PEM files (${describeFiles(pem, PEM_INPUTS)})`;
        (0,trusted_root/* checkTrustedRoot */.qx)(root, `the trusted root built from ${source}`);
        return (0,material/* withMaterial */.C)(root, source);
    }
    const envFiles = opts.env ? environmentTrustFiles(opts.env) : undefined;
    if (envFiles) {
        const root = await trustedRootFromFiles(envFiles, { rekorURL, names: SIGSTORE_ENV });
        const source = `environment (${describeFiles(envFiles, SIGSTORE_ENV, '=')})`;
        (0,trusted_root/* checkTrustedRoot */.qx)(root, `the trusted root built from the ${source}`);
        return (0,material/* withMaterial */.C)(root, source);
    }
    const mirror = opts.tufMirrorURL ? (0,tuf/* normalizeMirror */.dF)(opts.tufMirrorURL) : undefined;
    const cachePath = opts.tufCachePath || (0,tuf/* defaultTufCachePath */.Cj)(opts.env ?? process.env);
    if (mirror && mirror !== tuf/* PUBLIC_GOOD_TUF_URL */.C$) {
        return opts.offline ? (0,tuf_offline/* fromTufCache */.K)(mirror, cachePath, opts.tufRootPath) : (0,tuf/* fromTuf */.sR)(mirror, cachePath, opts);
    }
    if (opts.sigstore === 'github') {
        return (await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 7254))).fromGitHubTuf(cachePath, opts);
    }
    if (opts.offline) {
        return (0,material/* withMaterial */.C)(embeddedTrustedRoot(), 'embedded public-good root');
    }
    return (0,tuf/* fromTuf */.sR)(tuf/* PUBLIC_GOOD_TUF_URL */.C$, cachePath, opts);
}
function definedFiles(files) {
    if (!files)
        return undefined;
    const defined = Object.fromEntries(Object.entries(files).filter(([, path]) => typeof path === 'string' && path.trim() !== ''));
    return Object.keys(defined).length > 0 ? defined : undefined;
}
function describeFiles(files, names, sep = ' ') {
    return Object.entries(files).map(([field, path]) => `${names[field]}${sep}${path}`).join(', ');
}
/**
 * The log's URL, recorded in a root built from PEM files: `rekor-url`, or the
 * variables cosign users set (COSIGN_REKOR_URL, SIGSTORE_REKOR_URL). It is a
 * label only: checkpoints are matched to the log by its key (verify/checkpoint.ts).
 */
function rekorURLOf(opts) {
    const env = opts.env ?? {};
    return opts.rekorURL || env.COSIGN_REKOR_URL?.trim() || env.SIGSTORE_REKOR_URL?.trim() || undefined;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/core/formats/certificate.ts

/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) first, then the legacy raw one. */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** The signer identity (SAN) and OIDC issuer a Fulcio certificate was issued for. */
function certificateIdentity(cert) {
    return { identity: cert.subjectAltName ?? usernameOf(cert), issuer: issuerOf(cert) };
}
/** Fulcio's username identities: an otherName SAN of this type (a UTF8String such as `user!example.com`). */
const OID_OTHERNAME_USERNAME = '1.3.6.1.4.1.57264.1.7';
function usernameOf(cert) {
    try {
        return cert.extSubjectAltName?.otherName(OID_OTHERNAME_USERNAME) || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The username identity of a signing certificate (its DER), for certificates
 * whose SAN holds neither a URI nor an email; undefined otherwise.
 */
function otherNameIdentity(der) {
    if (!der)
        return undefined;
    try {
        return usernameOf(core_dist.X509Certificate.parse(Buffer.from(der)));
    }
    catch {
        return undefined;
    }
}
function issuerOf(cert) {
    const v2 = cert.extension(OID_ISSUER_V2);
    if (v2) {
        // The value is a DER UTF8String: tag 0x0c, a length, then the text.
        const raw = v2.value;
        return decodeUTF8String(raw) ?? raw.toString('utf8');
    }
    const v1 = cert.extension(OID_ISSUER_V1);
    return v1 ? v1.value.toString('utf8') : undefined;
}
function decodeUTF8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let len = der[1];
    let offset = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || der.length < 2 + n)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[2 + i];
        offset = 2 + n;
    }
    if (offset + len !== der.length)
        return undefined;
    return der.subarray(offset).toString('utf8');
}
/** Fulcio certificate extensions (OID arc 1.3.6.1.4.1.57264.1) by name. */
const FULCIO_EXTENSIONS = {
    buildSignerURI: 9,
    buildSignerDigest: 10,
    runnerEnvironment: 11,
    sourceRepositoryURI: 12,
    sourceRepositoryDigest: 13,
    sourceRepositoryRef: 14,
    sourceRepositoryIdentifier: 15,
    sourceRepositoryOwnerURI: 16,
    sourceRepositoryOwnerIdentifier: 17,
    buildConfigURI: 18,
    buildConfigDigest: 19,
    buildTrigger: 20,
    runInvocationURI: 21,
    sourceRepositoryVisibilityAtSigning: 22
};
/**
 * The build facts Fulcio recorded in a certificate from the OIDC token it
 * verified (GitHub: repository, ref, workflow, runner environment, …). These,
 * unlike a provenance predicate, are vouched for by the certificate authority.
 */
function fulcioExtensions(cert) {
    const out = {};
    for (const [name, n] of Object.entries(FULCIO_EXTENSIONS)) {
        const ext = cert.extension(`1.3.6.1.4.1.57264.1.${n}`);
        if (ext)
            out[name] = decodeUTF8String(ext.value) ?? ext.value.toString('utf8');
    }
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/certificate.js
var certificate = __webpack_require__(8412);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/index.js
var dist_key = __webpack_require__(3771);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/timestamp/index.js
var dist_timestamp = __webpack_require__(7968);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/tlog/index.js
var tlog = __webpack_require__(8218);
;// CONCATENATED MODULE: ./src/core/verify/checkpoint.ts
/**
 * Checkpoint signatures matched by key, not by name.
 *
 * A signed checkpoint line reads `— <name> <base64(key hint ‖ signature)>`.
 * The name is whatever the log operator configured: public-good Rekor signs
 * under its host name, but a private deployment may sign under any label,
 * and a root built from PEM files (SIGSTORE_REKOR_PUBLIC_KEY) has no URL at
 * all. The trust is in the key: the first four bytes of the log ID (the
 * key's SHA-256) pick the log, and the log's public key must verify the
 * signature over the note. sigstore-go and sigstore-python match this way.
 *
 * @sigstore/verify additionally requires the log's `baseURL` to contain the
 * name, and rejects the checkpoint otherwise. Rather than patching the
 * library, seal verifies the signature itself first, by key hint; only for a
 * log whose key did verify a signature line does it hand the library a copy
 * of that log's authority whose `baseURL` is that line's name. The library
 * then re-checks the same signature with the same key, so its verdict is
 * still its own, and the name is used as the label it is. No other log and
 * no unverified line is relabelled: a checkpoint no trusted key signed fails
 * exactly as before.
 */

/** The signature lines of a checkpoint, as the library parses them. */
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g;
function noteSignatures(envelope) {
    const split = envelope.indexOf('\n\n');
    if (split < 0)
        return undefined;
    const note = Buffer.from(envelope.slice(0, split + 1), 'utf8');
    const signatures = [];
    for (const [, name, b64] of envelope.slice(split + 2).matchAll(SIGNATURE_LINE)) {
        const bytes = Buffer.from(b64, 'base64');
        if (bytes.length >= 5)
            signatures.push({ name, keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) });
    }
    return { note, signatures };
}
/**
 * The tlog authorities to verify `entry`'s inclusion with: `tlogs` itself, or,
 * when the entry's checkpoint is signed by one of them under a name its
 * `baseURL` does not contain, the same list with that log's authority
 * labelled with the verified name (see above).
 */
function checkpointAuthorities(entry, tlogs) {
    const envelope = entry.inclusionProof?.checkpoint?.envelope;
    if (!envelope)
        return tlogs;
    const parsed = noteSignatures(envelope);
    if (!parsed)
        return tlogs;
    const logID = Buffer.from(entry.logId.keyId);
    let changed = false;
    const labelled = tlogs.map(tlog => {
        // The library only consults the logs whose ID is the entry's.
        if (!tlog.logID.equals(logID))
            return tlog;
        const verified = parsed.signatures.find(sig => {
            if (!core_dist.crypto.bufferEqual(tlog.logID.subarray(0, 4), sig.keyHint))
                return false;
            try {
                return core_dist.crypto.verify(parsed.note, tlog.publicKey, sig.signature);
            }
            catch {
                return false;
            }
        });
        if (!verified || tlog.baseURL.includes(verified.name))
            return tlog;
        changed = true;
        return { ...tlog, baseURL: verified.name };
    });
    return changed ? labelled : tlogs;
}

;// CONCATENATED MODULE: ./src/core/verify/timestamps.ts
/**
 * Runs `check` (which throws when the token does not verify). True when the
 * token counts; otherwise false, with a line saying which token was left out
 * appended to `uncounted`. `index` is the token's position among the bundle's
 * RFC 3161 timestamps (`timestampVerificationData.rfc3161Timestamps`).
 */
function countTimestamp(check, token, index, uncounted) {
    try {
        check();
        return true;
    }
    catch (err) {
        uncounted.push(`RFC 3161 timestamp ${index + 1} (${describeToken(token)}): ${err instanceof Error ? err.message : String(err)}`);
        return false;
    }
}
function describeToken(token) {
    try {
        return `signed at ${token.signingTime.toISOString()}`;
    }
    catch {
        return 'signing time unreadable';
    }
}

;// CONCATENATED MODULE: ./src/core/verify/cache.ts
/*
 * Upstream internals. This module imports @sigstore/verify's dist/ modules,
 * which are not its public API, so package.json pins @sigstore/verify to one
 * exact version (test/core/verify/pin.test.ts fails when the installed one
 * differs). It uses:
 *   - dist/key/certificate.js: `CertificateChainVerifier`, constructed with
 *     { untrustedCert, trustedCerts, timestamp } and throwing from verify();
 *   - dist/key/index.js: `verifyCertificate(leaf, timestamps, material)`
 *     returning { signer, scts }, `verifyPublicKey(hint, timestamps,
 *     material)`, and the type `CertificateVerificationResult`;
 *   - dist/timestamp/index.js: `getTLogTimestamp(entry)` and the type
 *     `TimestampVerificationResult`;
 *   - dist/tlog/index.js: `verifyTLogInclusion(entry, tlogs)` and
 *     `verifyTLogBody(entry, signature)`;
 *   - dist/trust/index.js: the type `CertAuthority`.
 * Before moving the pin, check in the new version that these modules still
 * export these names with these signatures; that `Verifier.verify`
 * (dist/verifier.js) still runs the same steps in the same order, with the
 * same thresholds, duplicate checks and error codes, as `verify` below; that
 * `verifyRFC3161Timestamp` (dist/timestamp/tsa.js) still filters and checks
 * as `verifyRFC3161` below does; and that `verifyCertificate` looks at a
 * timestamp only through the CA validity windows (`filterCertAuthorities`)
 * and the certificates' `validForDate`, since the memo key (`timeClass`)
 * captures exactly those. Any new time-dependent test, step or option there
 * has to be mirrored here, or the cache could return a stale verdict.
 */
/**
 * A drop-in for @sigstore/verify's `Verifier` that remembers the work bundles
 * of one step share.
 *
 * A step signs every subject with one Fulcio certificate and stamps them with
 * one timestamp authority, so verifying a batch repeats the same expensive
 * checks for every bundle: the certificate chain to a Fulcio CA (the library
 * re-encodes certificates on each comparison, which costs milliseconds per
 * bundle), the certificate's SCTs, and the TSA's own certificate chain. Those
 * results depend on the certificate and the trusted root alone, plus a few
 * validity-window comparisons against each bundle's timestamps, so this class
 * computes them once per distinct input and redoes the per-bundle checks
 * (timestamps, transparency log inclusion and body, the signature) every time.
 *
 * Soundness, check by check (the library's own functions do every check; only
 * the orchestration of `Verifier.verify` is repeated here, step for step):
 *
 *  - Signing certificate. `verifyCertificate(leaf, timestamps, material)` is a
 *    pure function of the leaf certificate, the trust material and, for each
 *    timestamp t, the outcome of two kinds of time test: whether each
 *    certificate authority's validity window contains t
 *    (`filterCertAuthorities`) and whether each certificate that can appear in
 *    a path (the CA chains' certificates and the leaf) is valid at t
 *    (`validForDate`). Path building, signature checks, name chaining, CA and
 *    path-length constraints and the SCTs (checked at the SCT's own time) do
 *    not look at t. The memo key is therefore the leaf's DER plus, per
 *    timestamp in order, the bit vector of those time tests: two calls with
 *    equal keys take the same branches and return the same result, or throw.
 *    A bundle whose timestamps fall in another window gets a fresh, full check.
 *  - TSA timestamps. Each token's own signature, its message imprint over this
 *    bundle's signature and the signer's serial/issuer match are verified per
 *    bundle. Only the TSA certificate chain check (`CertificateChainVerifier`
 *    over a chain that comes entirely from the trusted root) is remembered, per
 *    authority and per bit vector of `validForDate` over that chain.
 *  - Transparency log entries and the artifact signature: verified per bundle,
 *    exactly as the library does.
 *
 * The caches hold results for one trust material (the one given to the
 * constructor) and never expire within the process; a step verifies against
 * one trusted root, so that is the lifetime wanted.
 *
 * Two steps deliberately differ from `Verifier.verify`, as sigstore-go and
 * sigstore-python do them, and seal runs this class for every bundle (a
 * fresh one when nothing is shared) so that one set of rules applies:
 *  - an RFC 3161 token that does not verify is not counted (timestamps.ts)
 *    instead of failing the bundle; the threshold still decides;
 *  - a checkpoint is matched to its log by the key that signed it, its
 *    signer name being a label (checkpoint.ts).
 */









function windowOf(cert) {
    return { start: cert.notBefore.getTime(), end: cert.notAfter.getTime() };
}
/** `validForDate` on numbers: NaN (an invalid date) compares false either way, as with Dates. */
function within(w, t) {
    return w.start <= t && t <= w.end;
}
class CachingVerifier {
    material;
    stats = { certificateChecks: 0, certificateHits: 0, tsaChainChecks: 0, tsaChainHits: 0 };
    options;
    /** Windows of every certificate in the Fulcio CA chains, in a fixed order. */
    caCertWindows;
    leafWindows = new WeakMap();
    leafKeys = new WeakMap();
    certificates = new Map();
    tsaChains = new Map();
    tsaKeys = new Map();
    constructor(material, options = {}) {
        this.material = material;
        this.options = {
            ctlogThreshold: options.ctlogThreshold ?? 1,
            tlogThreshold: options.tlogThreshold ?? 1,
            timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1
        };
        this.caCertWindows = material.certificateAuthorities.flatMap(ca => ca.certChain.map(windowOf));
    }
    /** Same contract as `Verifier.verify(entity)`: the signer, or a VerificationError. */
    verify(entity) {
        return this.verifyDetailed(entity).signer;
    }
    /**
     * `verify`, also saying which RFC 3161 timestamps did not verify and so were
     * not counted against the timestamp threshold (see timestamps.ts).
     */
    verifyDetailed(entity) {
        const uncountedTimestamps = [];
        const timestamps = this.verifyTimestamps(entity, uncountedTimestamps);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        if (!entity.signature.verifySignature(signer.key)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'SIGNATURE_ERROR', message: 'signature verification failed' });
        }
        return { signer, uncountedTimestamps };
    }
    /* ------------------------------------------------------------ timestamps -- */
    verifyTimestamps(entity, uncounted) {
        const results = [];
        let tsaIndex = 0;
        for (const timestamp of entity.timestamps) {
            if (timestamp.$case === 'timestamp-authority') {
                const check = () => this.verifyRFC3161(timestamp.timestamp, entity.signature.signature);
                if (!countTimestamp(check, timestamp.timestamp, tsaIndex++, uncounted))
                    continue;
                results.push({
                    type: 'timestamp-authority',
                    logID: timestamp.timestamp.signerSerialNumber,
                    timestamp: timestamp.timestamp.signingTime
                });
            }
            else {
                const result = (0,dist_timestamp.getTLogTimestamp)(timestamp.tlogEntry);
                if (result)
                    results.push(result);
            }
        }
        if (containsDupes(results)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TIMESTAMP_ERROR', message: 'duplicate timestamp' });
        }
        if (results.length < this.options.timestampThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'TIMESTAMP_ERROR',
                message: `expected ${this.options.timestampThreshold} timestamps, got ${results.length}`
            });
        }
        return results.map(r => r.timestamp);
    }
    /** The library's verifyRFC3161Timestamp, with the TSA chain check remembered. */
    verifyRFC3161(timestamp, data) {
        const signingTime = timestamp.signingTime;
        const t = signingTime.getTime();
        const candidates = this.material.timestampAuthorities.filter(ca => ca.validFor.start <= signingTime &&
            ca.validFor.end >= signingTime &&
            ca.certChain.length > 0 &&
            core_dist.crypto.bufferEqual(ca.certChain[0].serialNumber, timestamp.signerSerialNumber) &&
            core_dist.crypto.bufferEqual(ca.certChain[0].issuer, timestamp.signerIssuer));
        const verified = candidates.some(ca => {
            try {
                if (!this.tsaChainValid(ca, signingTime, t))
                    return false;
                timestamp.verify(data, this.tsaKey(ca));
                return true;
            }
            catch {
                return false;
            }
        });
        if (!verified) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TIMESTAMP_ERROR', message: 'timestamp could not be verified' });
        }
    }
    tsaChainValid(ca, signingTime, t) {
        const index = this.material.timestampAuthorities.indexOf(ca);
        const key = `${index}:${ca.certChain.map(cert => (within(windowOf(cert), t) ? 1 : 0)).join('')}`;
        const known = this.tsaChains.get(key);
        if (known !== undefined) {
            this.stats.tsaChainHits++;
            return known;
        }
        this.stats.tsaChainChecks++;
        const [leaf, ...cas] = ca.certChain;
        let valid;
        try {
            new certificate.CertificateChainVerifier({ untrustedCert: leaf, trustedCerts: cas, timestamp: signingTime }).verify();
            valid = true;
        }
        catch {
            valid = false;
        }
        this.tsaChains.set(key, valid);
        return valid;
    }
    tsaKey(ca) {
        let key = this.tsaKeys.get(ca);
        if (!key) {
            key = core_dist.crypto.createPublicKey(ca.certChain[0].publicKey);
            this.tsaKeys.set(ca, key);
        }
        return key;
    }
    /* ------------------------------------------------------------ signing key -- */
    verifySigningKey(entity, timestamps) {
        const { key } = entity;
        if (key.$case === 'public-key')
            return (0,dist_key.verifyPublicKey)(key.hint, timestamps, this.material);
        const result = this.certificateResult(key.certificate, timestamps);
        if (containsDupes(result.scts)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'CERTIFICATE_ERROR', message: 'duplicate SCT' });
        }
        if (result.scts.length < this.options.ctlogThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'CERTIFICATE_ERROR',
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
            });
        }
        return result.signer;
    }
    certificateResult(leaf, timestamps) {
        const key = `${this.leafKey(leaf)}|${timestamps.map(t => this.timeClass(leaf, t)).join(';')}`;
        const known = this.certificates.get(key);
        if (known) {
            this.stats.certificateHits++;
            if (known.ok)
                return known.value;
            throw known.error;
        }
        this.stats.certificateChecks++;
        let memo;
        try {
            memo = { ok: true, value: (0,dist_key.verifyCertificate)(leaf, timestamps, this.material) };
        }
        catch (error) {
            memo = { ok: false, error };
        }
        this.certificates.set(key, memo);
        if (memo.ok)
            return memo.value;
        throw memo.error;
    }
    /** The time tests verifyCertificate makes at time t, as a bit string. */
    timeClass(leaf, date) {
        const t = date.getTime();
        let bits = '';
        for (const ca of this.material.certificateAuthorities) {
            // Exactly filterCertAuthorities' comparison.
            bits += ca.validFor.start <= date && ca.validFor.end >= date ? '1' : '0';
        }
        for (const w of this.caCertWindows)
            bits += within(w, t) ? '1' : '0';
        let leafWindow = this.leafWindows.get(leaf);
        if (!leafWindow) {
            leafWindow = windowOf(leaf);
            this.leafWindows.set(leaf, leafWindow);
        }
        return bits + (within(leafWindow, t) ? '1' : '0');
    }
    /** The certificate's DER (as the library re-encodes it), computed once per certificate object. */
    leafKey(leaf) {
        let key = this.leafKeys.get(leaf);
        if (key === undefined) {
            key = leaf.root.toDER().toString('base64');
            this.leafKeys.set(leaf, key);
        }
        return key;
    }
    /* ---------------------------------------------------------- tlog entries -- */
    verifyTLogs({ signature, tlogEntries }) {
        const entryIDs = [];
        for (const entry of tlogEntries) {
            (0,tlog.verifyTLogInclusion)(entry, checkpointAuthorities(entry, this.material.tlogs));
            (0,tlog.verifyTLogBody)(entry, signature);
            entryIDs.push({ logID: entry.logId.keyId, body: entry.canonicalizedBody });
        }
        if (containsDupes(entryIDs)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TLOG_ERROR', message: 'duplicate tlog entry' });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'TLOG_ERROR',
                message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
            });
        }
    }
}
function containsDupes(items) {
    for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
            if ((0,external_node_util_.isDeepStrictEqual)(items[i], items[j]))
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/subjects/digest.ts





/**
 * Largest read. Small enough that the chunk just copied from the page cache
 * is still in the CPU cache when it is hashed (4 MiB reads measured ~10% more
 * CPU, all of it memory traffic), large enough that syscalls stay negligible.
 */
const READ_SIZE = 256 * 1024;
/** Smallest buffer, for files that report no size (pipes, /proc) or are tiny. */
const MIN_READ_SIZE = 16 * 1024;
/**
 * A synchronous read slower than this (256 MB/s) did not come from the page
 * cache. After SLOW_STREAK such reads in a row — one alone may just be the
 * thread losing its core on a busy machine — the rest of the file is read
 * asynchronously, overlapping the disk and the hash.
 */
const SLOW_READ_MS = 1;
const SLOW_STREAK = 4;
/** Synchronous reads yield to the event loop after this many bytes (about a millisecond of hashing). */
const YIELD_BYTES = 1024 * 1024;
/**
 * Hashes a file with one or more algorithms in a single pass, in constant
 * memory (at most two buffers of READ_SIZE, smaller for small files).
 *
 * Files in the page cache — what a build just wrote or a job just downloaded —
 * are read synchronously in L2-sized chunks, on the thread that hashes them:
 * no thread-pool hand-off, the bytes still in cache when hashed, and less CPU
 * than `openssl dgst`. The event loop gets a turn every megabyte. Once reads
 * are consistently slow (the disk, not the cache), the rest is read asynchronously
 * and double-buffered: the next read fills one buffer in libuv's thread pool
 * while the hashes consume the other, so the disk time overlaps the hashing.
 * Chunks are hashed in place, never copied, and reads stay sequential (so
 * files that cannot seek work too).
 */
async function digestFile(path, algorithms, options = {}) {
    const hashes = algorithms.map(alg => (0,external_node_crypto_.createHash)(alg));
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        await hashHandle(handle, hashes, bufferSizeFor(size), options.slowReadMs ?? SLOW_READ_MS);
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
    const out = {};
    algorithms.forEach((alg, i) => {
        out[alg] = hashes[i].digest();
    });
    return out;
}
/**
 * Files up to this size are read whole where that saves work: a signature
 * made or checked natively over the bytes costs far less than a pure-JS
 * ECDSA over a precomputed digest. Larger files are only ever streamed.
 */
const WHOLE_READ_LIMIT = 1024 * 1024;
/** The whole content of a file of at most WHOLE_READ_LIMIT bytes; undefined for a larger one. */
async function readSmallFile(path) {
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        // (A file that grows past the limit while it is read is still returned whole, as read.)
        return size > WHOLE_READ_LIMIT ? undefined : await handle.readFile();
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
}
async function openForReading(path) {
    try {
        return await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `cannot read ${path}: ${err.code ?? err}`, { cause: err });
    }
}
function readError(path, err) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    return new errors/* SealError */.EM('IO_ERROR', `cannot read ${path}: ${err.code ?? err.message}`, { cause: err });
}
/** Digests of bytes already in memory. */
function digestBytes(data, algorithms) {
    const out = {};
    for (const alg of algorithms)
        out[alg] = (0,external_node_crypto_.createHash)(alg).update(data).digest();
    return out;
}
async function sha256File(path) {
    return (await digestFile(path, ['sha256'])).sha256;
}
/**
 * The read size for a file of `size` bytes: one byte more than the file (so
 * the first read of a file that fits also sees the end), between 16 KiB and
 * READ_SIZE.
 */
function bufferSizeFor(size) {
    if (!Number.isFinite(size) || size <= 0)
        return MIN_READ_SIZE;
    return Math.min(READ_SIZE, Math.max(MIN_READ_SIZE, size + 1));
}
async function hashHandle(handle, hashes, bufferSize, slowReadMs) {
    const first = Buffer.allocUnsafe(bufferSize);
    let sinceYield = 0;
    let slowStreak = 0;
    while (slowReadMs >= 0 && slowStreak < SLOW_STREAK) {
        const started = performance.now();
        const bytesRead = (0,external_node_fs_.readSync)(handle.fd, first, 0, bufferSize, null);
        slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0;
        if (bytesRead === 0)
            return;
        update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead));
        sinceYield += bytesRead;
        if (sinceYield >= YIELD_BYTES) {
            sinceYield = 0;
            await (0,external_node_timers_promises_.setImmediate)();
        }
    }
    await hashOverlapped(handle, hashes, first);
}
/** Double-buffered asynchronous reads: one buffer is filled while the other is hashed. */
async function hashOverlapped(handle, hashes, first) {
    const size = first.length;
    const buffers = [first];
    let current = 0;
    let pending = handle.read(first, 0, size, null);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            const filled = buffers[current];
            if (bytesRead < size) {
                // A short read is (almost always) the end of the file: hash it and read
                // again into the same buffer, so a small file needs a single buffer.
                update(hashes, filled.subarray(0, bytesRead));
                pending = handle.read(filled, 0, size, null);
                continue;
            }
            // Start the next read into the other buffer before hashing this one.
            current ^= 1;
            buffers[current] ??= Buffer.allocUnsafe(size);
            pending = handle.read(buffers[current], 0, size, null);
            update(hashes, filled);
        }
    }
    finally {
        // Never close the handle under a read still in flight (only reachable if hashing threw).
        await pending.catch(() => undefined);
    }
}
function update(hashes, chunk) {
    for (const h of hashes)
        h.update(chunk);
}
/** Parses `sha256:<hex>` (or sha384/sha512). Returns undefined when the text is not a digest. */
function parseDigest(text) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const algorithm = m[1];
    const expectedLength = { sha256: 64, sha384: 96, sha512: 128 }[algorithm];
    if (m[2].length !== expectedLength)
        return undefined;
    return { algorithm, digest: Buffer.from(m[2], 'hex') };
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

;// CONCATENATED MODULE: ./src/core/verify/dsse.ts
/**
 * DSSE bundles: the envelope's in-toto statement names the artifacts it
 * covers, and the artifact must be one of its subjects.
 */



const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `the DSSE envelope holds ${JSON.stringify(payloadType)}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE}), so it names no artifact to match`);
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope is not valid JSON');
    }
    const type = statement?._type;
    if (typeof type !== 'string' || !STATEMENT_TYPES.includes(type)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the in-toto statement in the DSSE envelope has ${type === undefined ? 'no `_type`' : `the unknown \`_type\` ${JSON.stringify(type)}`}; expected ${STATEMENT_TYPES.join(' or ')}`);
    }
    const subjects = statement?.subject;
    if (!Array.isArray(subjects)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope has no subject list');
    }
    return subjects
        .filter((s) => !!s && typeof s === 'object' && !!s.digest && typeof s.digest === 'object')
        .map(s => ({
        name: typeof s.name === 'string' ? s.name : undefined,
        digest: Object.fromEntries(Object.entries(s.digest)
            .filter((e) => typeof e[1] === 'string')
            .map(([alg, hex]) => [alg.toLowerCase(), hex.toLowerCase()]))
    }));
}
/** The digest algorithms the statement's subjects use (parse errors surface later, after the signature check). */
function subjectAlgorithms(payloadType, payload) {
    try {
        const used = new Set(parseStatement(payloadType, payload).flatMap(s => Object.keys(s.digest)));
        return SUBJECT_ALGORITHMS.filter(alg => used.has(alg));
    }
    catch {
        return [];
    }
}
/** The artifact's digests: the one given, or the file's sha256 plus those the statement needs. */
async function artifactDigests(artifact, needed) {
    if ('digest' in artifact)
        return { [artifact.digest.algorithm]: artifact.digest.value };
    const algorithms = Array.from(new Set(['sha256', ...needed]));
    return digestFile(artifact.path, algorithms);
}
/**
 * Throws DIGEST_MISMATCH unless a subject of the statement has the artifact's
 * digest (every algorithm both list agrees). `what` names the artifact.
 */
function matchSubject(payloadType, payload, digests, what) {
    const subjects = parseStatement(payloadType, payload);
    const ours = Object.entries(digests).map(([alg, value]) => [alg, value.toString('hex')]);
    const matches = subjects.some(subject => {
        const shared = ours.filter(([alg]) => subject.digest[alg] !== undefined);
        return shared.length > 0 && shared.every(([alg, hex]) => subject.digest[alg] === hex);
    });
    if (matches)
        return;
    const listed = subjects
        .slice(0, 3)
        .map(s => `${s.name ?? '(unnamed)'} ${Object.entries(s.digest)
        .map(([alg, hex]) => `${alg}:${hex}`)
        .join(' ')}`)
        .join('; ');
    const more = subjects.length > 3 ? `; and ${subjects.length - 3} more` : '';
    const sharesAlgorithm = subjects.some(s => ours.some(([alg]) => s.digest[alg] !== undefined));
    const hint = sharesAlgorithm
        ? 'Check that the attestation belongs to this artifact, and that the artifact was not modified after signing.'
        : `The statement lists no ${ours.map(([alg]) => alg).join('/')} digest: pass the artifact file, or a digest in the algorithm the statement uses.`;
    throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${what} (${ours.map(([alg, hex]) => `${alg}:${hex}`).join(', ')}) is not a subject of the attestation; its subjects are: ${listed || 'none'}${more}`, { hint });
}

;// CONCATENATED MODULE: ./src/core/verify/material.ts
/**
 * What a bundle is verified with: the trusted root's material for a
 * certificate identity, or a caller's public key for a key-signed bundle;
 * and the bundle's signing certificate, which must be strict DER.
 */



/**
 * The trust material for the expectation: the caller's key (the bundle must
 * be key-signed) or the root's identity-based material (the bundle must carry
 * a certificate).
 */
function trustMaterialFor(bundle, expect, trust) {
    const vm = bundle.verificationMaterial.content;
    if ('publicKeyPEM' in expect) {
        if (vm.$case !== 'publicKey') {
            throw new errors/* SealError */.EM('KEY_INVALID', 'the bundle is signed with a Fulcio certificate, not a public key: verify it with a certificate identity instead of a key');
        }
        let key;
        try {
            key = external_node_crypto_default().createPublicKey(expect.publicKeyPEM);
        }
        catch (err) {
            throw new errors/* SealError */.EM('KEY_INVALID', `the given public key is not a valid PEM public key: ${err.message}`, {
                cause: err
            });
        }
        // The bundle's key hint is only a lookup aid: the caller's key is the one to trust.
        return (0,verify_dist/* toTrustMaterial */.jO)(trust.trustedRoot, () => ({ publicKey: key, validFor: () => true }));
    }
    if (vm.$case === 'publicKey') {
        const hint = vm.publicKey.hint ? ` (key hint ${JSON.stringify(vm.publicKey.hint)})` : '';
        throw new errors/* SealError */.EM('KEY_INVALID', `the bundle is signed with a public key${hint}, not a Fulcio certificate, so it has no identity to check`, {
            hint: 'Verify it with that public key (the `--key` flag) instead of a certificate identity.'
        });
    }
    return trust.material;
}
/** The DER of the bundle's signing certificate; undefined for a key-signed bundle. */
function leafCertificate(bundle) {
    const vm = bundle.verificationMaterial.content;
    switch (vm.$case) {
        case 'certificate':
            return vm.certificate.rawBytes;
        case 'x509CertificateChain':
            return vm.x509CertificateChain.certificates[0]?.rawBytes;
        default:
            return undefined;
    }
}
/**
 * The signing certificate must be strict DER. The chain check covers only the
 * signed part (TBSCertificate) and the lenient ASN.1 reader accepts any tag
 * around it, so without this a bundle whose certificate bytes were altered
 * outside the signed part would verify, and seal would report those bytes.
 */
function checkLeafIsDER(bundle) {
    const der = leafCertificate(bundle);
    if (!der)
        return;
    try {
        new (external_node_crypto_default()).X509Certificate(Buffer.from(der));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', "the bundle's signing certificate is not a well-formed (DER) X.509 certificate");
    }
}

;// CONCATENATED MODULE: ./src/core/verify/errors.ts
/**
 * Verification failures as seal's errors: @sigstore/verify's error codes
 * mapped to seal's, with hints that say which input to change, and the most
 * common failure (a certificate from another deployment) said plainly.
 */



/**
 * The failure users meet most with private deployments: the signing
 * certificate was issued by a CA the trusted root does not hold. Said plainly,
 * with the inputs that set the root, instead of whichever check failed first.
 */
function unknownAuthority(bundle, trust) {
    const leafDER = leafCertificate(bundle);
    if (!leafDER)
        return undefined;
    let leaf;
    try {
        leaf = core_dist.X509Certificate.parse(Buffer.from(leafDER));
    }
    catch {
        return undefined;
    }
    const known = trust.trustedRoot.certificateAuthorities.some(ca => (ca.certChain?.certificates ?? []).some(c => {
        try {
            const issuer = core_dist.X509Certificate.parse(Buffer.from(c.rawBytes));
            return issuer.subject.equals(leaf.issuer) && leaf.verify(issuer);
        }
        catch {
            return false;
        }
    }));
    if (known)
        return undefined;
    return new errors/* SealError */.EM('CERTIFICATE_UNTRUSTED', `the signing certificate was signed by an unknown authority: no certificate authority in the trusted root (${trust.source}) issued it.`, {
        hint: "The bundle comes from another Sigstore deployment: set `trusted-root` to that deployment's trusted_root.json, or `fulcio-root` (SIGSTORE_ROOT_FILE) and `rekor-public-key` (SIGSTORE_REKOR_PUBLIC_KEY) to its PEM files, or `tuf-mirror` to its TUF repository."
    });
}
/** The verifier's message when a bundle has fewer log entries than the threshold. */
const TOO_FEW_ENTRIES = /^expected (\d+) tlog entries, got (\d+)$/;
/** Maps @sigstore/verify errors to seal's codes, keeping the library's code for debugging. */
function toSealError(err, trust) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    const libCode = typeof err?.code === 'string' ? err.code : undefined;
    const libMessage = err instanceof Error ? err.message : String(err);
    const detail = libCode ? `${libMessage} (${libCode})` : libMessage;
    const root = `the trusted root (${trust.source})`;
    let code = 'VERIFICATION_FAILED';
    let message = `verification failed: ${detail}`;
    let hint;
    if (libCode === 'CERTIFICATE_ERROR') {
        code = 'CERTIFICATE_UNTRUSTED';
        message = `the signing certificate is not trusted: ${detail}`;
        hint =
            `The certificate does not chain to a certificate authority in ${root} that was valid when it was signed, or its SCT does not verify. ` +
                "If the bundle comes from another Sigstore deployment (staging, GitHub's private instance), set `trusted-root` to that deployment's trusted_root.json.";
    }
    else if (libCode === 'TLOG_ERROR' && TOO_FEW_ENTRIES.test(libMessage)) {
        const [, wanted, found] = TOO_FEW_ENTRIES.exec(libMessage) ?? [];
        code = 'TLOG_INVALID';
        message =
            found === '0'
                ? `the bundle has no transparency log entry, and ${wanted} ${wanted === '1' ? 'is' : 'are'} required`
                : `the bundle has ${found} transparency log entries that verify, and ${wanted} are required`;
        hint =
            'It was signed without uploading to a transparency log (`tlog-upload: false`). If that is expected, verify it with `insecure-ignore-tlog: true` (CLI `--insecure-ignore-tlog`) or a lower `tlog-threshold`.';
    }
    else if (libCode?.startsWith('TLOG_')) {
        code = 'TLOG_INVALID';
        message = `the transparency log entry does not verify: ${detail}`;
        const keyProblem = libCode === 'TLOG_INCLUSION_PROMISE_ERROR' || (libCode !== 'TLOG_BODY_ERROR' && /signature|no matching|not found|key|log id/i.test(libMessage));
        hint = keyProblem
            ? `The Rekor key in ${root} may not match the log the bundle was written to; set \`trusted-root\` to the deployment's trusted_root.json.`
            : libCode === 'TLOG_BODY_ERROR'
                ? 'The bundle does not match what the transparency log recorded: it was altered after it was logged.'
                : 'The inclusion proof or checkpoint is inconsistent: the bundle may have been altered after it was logged.';
    }
    else if (libCode === 'SIGNATURE_ERROR') {
        code = 'SIGNATURE_INVALID';
        message = `the signature does not verify: ${detail}`;
        hint = 'The artifact or the bundle was modified after signing, the bundle belongs to another artifact, or (with `key`) another key made the signature.';
    }
    else if (libCode === 'TIMESTAMP_ERROR') {
        code = 'TIMESTAMP_INVALID';
        message = `the bundle's timestamps do not verify: ${detail}`;
        hint = `A timestamp must come from a timestamp authority in ${root}, or from a transparency log entry with an inclusion promise.`;
    }
    else if (libCode === 'PUBLIC_KEY_ERROR') {
        code = 'KEY_INVALID';
        message = `the signing key is not accepted: ${detail}`;
    }
    else if (libCode === 'UNTRUSTED_SIGNER_ERROR') {
        code = 'IDENTITY_MISMATCH';
        message = `the signer is not trusted: ${detail}`;
    }
    return new errors/* SealError */.EM(code, message, { hint, cause: err });
}

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(3431);
;// CONCATENATED MODULE: ./src/core/keys/public.ts
/**
 * Public keys as users hand them over: a `cosign.pub` PEM file, the base64
 * body of one pasted into a setting, or a certificate whose key is meant.
 */



const CURVES = {
    prime256v1: 'ecdsa-p256',
    secp384r1: 'ecdsa-p384',
    secp521r1: 'ecdsa-p521'
};
/** RSA keys shorter than this are refused, as cosign does. */
const MIN_RSA_BITS = 2048;
/**
 * The key's kind, or a KEY_INVALID error for kinds Sigstore does not use
 * (other curves, short RSA keys, DSA, X25519, …). `what` names the key in errors.
 */
function keyKind(key, what) {
    const type = key.asymmetricKeyType;
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
        const kind = CURVES[curve];
        if (!kind)
            throw new SealError('KEY_INVALID', `${what} is an ECDSA key on the curve ${curve}; use P-256, P-384 or P-521`);
        return kind;
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS)
            throw new SealError('KEY_INVALID', `${what} is a ${bits}-bit RSA key; use at least ${MIN_RSA_BITS} bits`);
        return 'rsa';
    }
    if (type === 'ed25519')
        return 'ed25519';
    throw new SealError('KEY_INVALID', `${what} is a ${type ?? 'unknown'} key; use ECDSA (P-256, P-384, P-521), RSA or Ed25519`);
}
/** The hash a signature by `key` is made with: none for EdDSA, which signs the message itself. */
function signatureHash(key, hash) {
    return key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : hash;
}
/**
 * The public key of a private key, checked to belong to it: a signature made
 * with the private key must verify with the public key. PKCS#8 and SEC1 files
 * carry the public key next to the private one, and nothing else checks that
 * they match; a damaged or spliced file would sign with one key and publish
 * another. `what` names the key in errors.
 */
function matchingPublicKey(privateKey, what) {
    let publicKey;
    let matches;
    try {
        publicKey = createPublicKey(privateKey);
        const probe = Buffer.from('seal: does this public key belong to this private key?');
        const hash = signatureHash(privateKey, 'sha256');
        matches = verify(hash, probe, publicKey, sign(hash, probe, privateKey));
    }
    catch {
        matches = false;
    }
    if (!publicKey || !matches) {
        throw new SealError('KEY_INVALID', `${what} is damaged: its public key does not match its private key`, {
            hint: 'Export the key again from its source; a key file must not be edited by hand.'
        });
    }
    return publicKey;
}
/** PKIX DER of a public key. */
function publicKeyDER(key) {
    return key.export({ format: 'der', type: 'spki' });
}
/** PKIX PEM of a public key (64-character lines, trailing newline). */
function publicKeyPEMOf(key) {
    return key.export({ format: 'pem', type: 'spki' }).toString();
}
/**
 * The key hint bundles carry for key-signed content: base64 of the SHA-256 of
 * the PKIX DER, as cosign computes it. Takes a KeyObject or PEM text.
 */
function keyHint(publicKey) {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    return createHash('sha256').update(publicKeyDER(key)).digest('base64');
}
/**
 * Reads a public key from text: a PEM `PUBLIC KEY` (or `RSA PUBLIC KEY`), a
 * PEM `CERTIFICATE` (its key is used), or the base64 body of either alone.
 * Errors name `input` (the action input or flag the text came from).
 */
function parsePublicKey(text, input = 'key') {
    const what = `the public key in \`${input}\``;
    let key;
    if (looksLikePEM(text)) {
        const blocks = decodePemBlocks(text, `\`${input}\``);
        const block = blocks.find(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY' || b.type === 'CERTIFICATE');
        if (!block) {
            const types = blocks.map(b => b.type);
            if (types.some(t => t.includes('PRIVATE KEY'))) {
                throw new SealError('KEY_INVALID', `\`${input}\` holds a private key, not a public key`, {
                    hint: 'Give the public key (cosign.pub). Never share or commit the private key.'
                });
            }
            throw new SealError('KEY_INVALID', `\`${input}\` holds no public key or certificate${types.length ? ` (found ${types.join(', ')})` : ''}`);
        }
        key = keyFromDER(block.der, block.type, what);
    }
    else {
        const der = decodeBase64Text(text);
        if (!der) {
            throw new SealError('KEY_INVALID', `\`${input}\` is neither a PEM public key nor base64 DER`, {
                hint: 'Give the contents of cosign.pub, with or without the BEGIN/END lines.'
            });
        }
        key = keyFromDER(der, undefined, what);
    }
    keyKind(key, what);
    return { publicKey: key, publicKeyPEM: publicKeyPEMOf(key) };
}
function keyFromDER(der, type, what) {
    if (!isSingleDER(der))
        throw new SealError('KEY_INVALID', `${what} cannot be parsed: its DER is cut short or has bytes after it`);
    if (type === 'CERTIFICATE')
        return certificateKey(der, what);
    if (type === 'RSA PUBLIC KEY')
        return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }), what);
    if (type === 'PUBLIC KEY')
        return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'spki' }), what);
    // A bare body: SubjectPublicKeyInfo is what cosign.pub holds; a certificate is the other common paste.
    try {
        return createPublicKey({ key: der, format: 'der', type: 'spki' });
    }
    catch {
        return certificateKey(der, what);
    }
}
function certificateKey(der, what) {
    return tryKey(() => new X509Certificate(der).publicKey, what);
}
function tryKey(fn, what) {
    try {
        return fn();
    }
    catch (err) {
        throw new SealError('KEY_INVALID', `${what} cannot be parsed: ${err.message}`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./src/core/verify/result.ts
/** How errors name the artifact. */
function describeArtifact(artifact) {
    return 'path' in artifact ? `the file ${artifact.path}` : 'the artifact';
}

;// CONCATENATED MODULE: ./src/core/verify/message.ts
/**
 * Message signatures: the artifact is streamed once and its digest checked
 * against the bundle's, and the signature is then checked over that digest
 * (or over the bytes of a small file, read once), so a large artifact is
 * never held in memory.
 */








const MESSAGE_DIGEST_ALGORITHMS = {
    [dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [dist.HashAlgorithm.SHA2_256]: 'sha256',
    [dist.HashAlgorithm.SHA2_384]: 'sha384',
    [dist.HashAlgorithm.SHA2_512]: 'sha512'
};
/**
 * Checks the artifact against the bundle's message digest and returns the
 * signature to verify over it, with the artifact's sha256 when known.
 */
async function prepareMessageSignature(message, artifact) {
    const expected = message.messageDigest;
    if (!expected)
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the bundle has no message digest');
    const algorithm = MESSAGE_DIGEST_ALGORITHMS[expected.algorithm];
    if (!algorithm) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the bundle's message digest uses an unsupported algorithm (${dist.HashAlgorithm[expected.algorithm]})`);
    }
    let digest;
    let sha256;
    // A small file is read once and its signature checked natively over these very bytes.
    let data;
    if ('path' in artifact) {
        const algorithms = algorithm === 'sha256' ? ['sha256'] : [algorithm, 'sha256'];
        data = await readSmallFile(artifact.path);
        const digests = data ? digestBytes(data, algorithms) : await digestFile(artifact.path, algorithms);
        digest = digests[algorithm];
        sha256 = digests.sha256.toString('hex');
    }
    else {
        if (artifact.digest.algorithm !== algorithm) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `the bundle signs a ${algorithm} digest, but a ${artifact.digest.algorithm} digest was given: pass the artifact file or its ${algorithm} digest`);
        }
        digest = artifact.digest.value;
        if (algorithm === 'sha256')
            sha256 = digest.toString('hex');
    }
    if (!bufferEqual(expected.digest, digest)) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${describeArtifact(artifact)} differs from what was signed: its ${algorithm} is ${digest.toString('hex')}, the bundle signs ${Buffer.from(expected.digest).toString('hex')}`, { hint: 'Check that the bundle belongs to this file, and that the file was not modified after signing.' });
    }
    const path = 'path' in artifact ? artifact.path : undefined;
    return { signature: new PrehashedSignature(Buffer.from(message.signature), digest, algorithm, path, data), sha256 };
}
const NOBLE_CURVES = { prime256v1: nist/* p256 */.s9, secp384r1: nist/* p384 */.sL, secp521r1: nist/* p521 */.Bt };
/**
 * SignatureContent for a message signature whose artifact digest was computed
 * (and checked against the bundle) beforehand. With the artifact's bytes at
 * hand (a small file, read once), every key type is checked natively over
 * them; otherwise ECDSA signatures are verified over the digest itself, and
 * other key types need the artifact bytes, read only then.
 */
class PrehashedSignature {
    signature;
    digest;
    algorithm;
    path;
    data;
    constructor(signature, digest, algorithm, path, 
    /** The artifact itself, when small: the bytes `digest` was computed from. */
    data) {
        this.signature = signature;
        this.digest = digest;
        this.algorithm = algorithm;
        this.path = path;
        this.data = data;
    }
    compareSignature(signature) {
        return bufferEqual(signature, this.signature);
    }
    compareDigest(digest) {
        return bufferEqual(digest, this.digest);
    }
    compareSignedDigest(digest) {
        return this.compareDigest(digest);
    }
    verifySignature(key) {
        if (this.data)
            return verifyOver(this.data, this.algorithm, key, this.signature);
        if (key.asymmetricKeyType === 'ec') {
            const curveName = key.asymmetricKeyDetails?.namedCurve;
            const curve = curveName ? NOBLE_CURVES[curveName] : undefined;
            if (curve) {
                const jwk = key.export({ format: 'jwk' });
                const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
                try {
                    return curve.verify(this.signature, this.digest, point, { prehash: false, lowS: false, format: 'der' });
                }
                catch {
                    return false;
                }
            }
        }
        if (this.path === undefined) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `the bundle was signed with a ${key.asymmetricKeyType ?? 'unknown'} key, which cannot be verified from a digest alone: pass the artifact file instead of its digest`);
        }
        // Fallback for RSA and EdDSA: the signature covers the whole artifact.
        return verifyOver((0,external_node_fs_.readFileSync)(this.path), this.algorithm, key, this.signature);
    }
}
/** A signature over whole data: hashed with `algorithm` (ECDSA, RSA), or pure (EdDSA). */
function verifyOver(data, algorithm, key, signature) {
    try {
        return external_node_crypto_default().verify(signatureHash(key, algorithm), data, key, signature);
    }
    catch {
        return false;
    }
}
function bufferEqual(a, b) {
    return a.length === b.length && external_node_crypto_default().timingSafeEqual(a, b);
}

;// CONCATENATED MODULE: ./src/core/verify/thresholds.ts
/**
 * The default number of trusted timestamps a signature needs, one rule for
 * every entry point (verify-action, `seal verify`, `seal verify-bundle`):
 * a Fulcio certificate lives minutes, so the signature needs a trusted time
 * inside its validity; a public key has no validity window, so key-based
 * verification needs none.
 */
function defaultTimestampThreshold(keyBased) {
    return keyBased ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/core/verify/tlog.ts

/**
 * Bundle v0.1 requires only an inclusion promise (SET); some v0.1 bundles also
 * carry an inclusion proof without a checkpoint, which cannot be verified (and
 * which @sigstore/verify cannot process). Such a proof is dropped when a SET is
 * present; without a SET the entry is rejected.
 */
function withUsableTlogEntries(bundle) {
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.every(entry => !entry.inclusionProof || entry.inclusionProof.checkpoint))
        return bundle;
    const usable = entries.map((entry, i) => {
        if (!entry.inclusionProof || entry.inclusionProof.checkpoint)
            return entry;
        if (!entry.inclusionPromise) {
            throw new errors/* SealError */.EM('TLOG_INVALID', `transparency log entry ${i} has an inclusion proof without a checkpoint and no inclusion promise`);
        }
        return { ...entry, inclusionProof: undefined };
    });
    return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: usable } };
}
/** The signature lines of a signed note: `— <name> <base64>` each, nothing else. */
const NOTE_SIGNATURES = /^(?:\u2014 \S+ [A-Za-z0-9+/]+={0,2}\n)+$/;
/**
 * An inclusion proof is checked against its signed checkpoint, whose size and
 * root hash it also states: the two must agree, or the proof's own
 * `treeSize` and `rootHash` could say anything and the bundle would still
 * verify (Rekor's and sigstore-go's verifiers reject such a bundle too). The
 * checkpoint's signature section must hold only signature lines: text the
 * signatures do not cover has no place in it.
 */
function checkProofsMatchCheckpoints(bundle) {
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        const proof = entry.inclusionProof;
        const envelope = proof?.checkpoint?.envelope;
        if (!proof || !envelope)
            return;
        // The note is the text before the first blank line: origin, tree size, base64 root hash, extensions.
        const split = envelope.indexOf('\n\n');
        const [, size, hash] = envelope
            .slice(0, split + 1)
            .trimEnd()
            .split('\n');
        const consistent = sameInteger(size, proof.treeSize) && Buffer.from(hash ?? '', 'base64').equals(Buffer.from(proof.rootHash));
        if (!consistent || !NOTE_SIGNATURES.test(envelope.slice(split + 2))) {
            throw new errors/* SealError */.EM('TLOG_INVALID', consistent
                ? `transparency log entry ${i}: the checkpoint holds text besides its note and signatures`
                : `transparency log entry ${i}: the inclusion proof's tree size and root hash differ from its signed checkpoint`, { hint: 'The bundle was altered after it was logged.' });
        }
    });
}
function sameInteger(a, b) {
    try {
        return a !== undefined && BigInt(a) === BigInt(b);
    }
    catch {
        return false;
    }
}
/**
 * Log index, log ID and integrated time of the first transparency log entry,
 * as far as the verification vouches for them. An inclusion promise (SET)
 * signs the entry's index and integrated time; without one (Rekor v2) the
 * entry's own fields are unsigned, so the index comes from the inclusion
 * proof (checked against the signed checkpoint) and no integrated time is
 * reported.
 */
function verifiedLogFacts(bundle) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (!entry)
        return {};
    const promised = entry.inclusionPromise !== undefined;
    const facts = {
        logIndex: canonicalInteger(promised ? entry.logIndex : (entry.inclusionProof?.logIndex ?? entry.logIndex)),
        logId: Buffer.from(entry.logId.keyId).toString('hex')
    };
    const time = new Date(Number(entry.integratedTime) * 1000);
    if (promised && time.getTime() > 0)
        facts.integratedTime = time.toISOString();
    return facts;
}
/** `007` and ` 7` are signed as the number 7: report it as `7`. */
function canonicalInteger(text) {
    try {
        return BigInt(text).toString();
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/core/verify/bundle.ts












/**
 * Verifies a bundle over an artifact against the trust and the expectation
 * (an identity policy or a public key). Resolves to what the bundle proves;
 * rejects with a SealError saying what failed and what to change.
 */
async function verifyBundle(bundle, artifact, expect, trust, options = {}) {
    const material = trustMaterialFor(bundle, expect, trust);
    options = { ...options, timestampThreshold: options.timestampThreshold ?? defaultTimestampThreshold('publicKeyPEM' in expect) };
    // Cheap checks of what the signatures below do not cover, before the costly ones.
    checkLeafIsDER(bundle);
    checkProofsMatchCheckpoints(bundle);
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(withUsableTlogEntries(bundle));
    }
    catch (err) {
        if (err instanceof errors/* SealError */.EM)
            throw err;
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the bundle's certificate or timestamp cannot be parsed: ${err.message}`, {
            cause: err
        });
    }
    const content = bundle.content;
    let sha256;
    let checkSubject;
    if (content.$case === 'messageSignature') {
        const prepared = await prepareMessageSignature(content.messageSignature, artifact);
        entity = { ...entity, signature: prepared.signature };
        sha256 = prepared.sha256;
    }
    else {
        const env = content.dsseEnvelope;
        const digests = await artifactDigests(artifact, subjectAlgorithms(env.payloadType, env.payload));
        sha256 = digests.sha256?.toString('hex');
        checkSubject = () => matchSubject(env.payloadType, env.payload, digests, describeArtifact(artifact));
    }
    let signer;
    let uncountedTimestamps = [];
    try {
        // A shared verifier only serves identity-based trust; a caller's key gets a verifier of its own.
        // seal's own orchestration (cache.ts) rather than the library's Verifier: it counts timestamps and matches checkpoints as other clients do.
        const verifier = options.verifier && material === trust.material ? options.verifier : sharedVerifier(material, options);
        if (verifier instanceof CachingVerifier)
            ({ signer, uncountedTimestamps } = verifier.verifyDetailed(entity));
        else
            signer = verifier.verify(entity);
    }
    catch (err) {
        throw unknownAuthority(bundle, trust) ?? toSealError(err, trust);
    }
    // Only for an authentic envelope: a subject mismatch then really means "another artifact".
    checkSubject?.();
    const identity = signer.identity?.subjectAlternativeName ?? otherNameIdentity(leafCertificate(bundle));
    const issuer = signer.identity?.extensions?.issuer;
    if ('policy' in expect)
        expect.policy.check({ identity, issuer });
    const result = {
        bundleType: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
        ...definedOnly({ identity, issuer, sha256, ...verifiedLogFacts(bundle) })
    };
    if (uncountedTimestamps.length)
        result.uncountedTimestamps = uncountedTimestamps;
    const cert = leafCertificate(bundle);
    if (cert)
        result.certificatePEM = encodePem('CERTIFICATE', cert);
    return result;
}
/**
 * One CachingVerifier per trust material and thresholds, kept as long as the
 * material lives: bundles verified one by one against the same trust (a CLI
 * run, an action's subjects) share its certificate and TSA-chain memos, as a
 * BatchVerifier's bundles do. A caller's key is a material of its own, so it
 * gets a verifier of its own.
 */
const verifiers = new WeakMap();
function sharedVerifier(material, options) {
    const key = [options.ctlogThreshold, options.tlogThreshold, options.timestampThreshold].join('/');
    let byThresholds = verifiers.get(material);
    if (!byThresholds)
        verifiers.set(material, (byThresholds = new Map()));
    let verifier = byThresholds.get(key);
    if (!verifier)
        byThresholds.set(key, (verifier = new CachingVerifier(material, options)));
    return verifier;
}
/** The object without its undefined properties (results are compared and serialized as they are). */
function definedOnly(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
;// CONCATENATED MODULE: ./src/core/verify/parse.ts
/** Reading bundle JSON: the media types seal accepts and the library's parser, with errors that name the bundle. */


const BUNDLE_MEDIA_TYPES = new Set([
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json'
]);
/**
 * Parses bundle JSON. Bundles v0.1 to v0.3 are accepted (v0.1 bundles, as found
 * in older npm provenance, carry an inclusion promise instead of a proof and
 * still verify). `source` names the bundle (a path or an input) in errors.
 */
function parseBundle(json, source) {
    let obj;
    try {
        obj = JSON.parse(json);
    }
    catch (err) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not valid JSON (truncated or corrupted?): ${err.message}`, {
            cause: err
        });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a Sigstore bundle: expected a JSON object`);
    }
    const mediaType = obj.mediaType;
    if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a supported Sigstore bundle: mediaType ${mediaType === undefined ? 'is missing' : JSON.stringify(mediaType)}`, { hint: 'seal reads Sigstore bundles v0.1 to v0.3 (application/vnd.dev.sigstore.bundle…).' });
    }
    try {
        return (0,bundle_dist/* bundleFromJSON */.vw)(obj);
    }
    catch (err) {
        const fields = err.fields;
        const detail = Array.isArray(fields) && fields.length > 0 ? `invalid ${fields.join(', ')}` : err.message;
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a valid Sigstore bundle: ${detail}`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./src/core/formats/checksums.ts
/**
 * Lines of a checksums file, in either form the usual tools write:
 *
 *  - `<hex>  <name>` or `<hex> *<name>` (sha256sum, sha512sum): the algorithm
 *    follows from the digest length (64: sha256, 128: sha512);
 *  - `SHA256 (<name>) = <hex>` (`sha256sum --tag`, `shasum --tag`, BSD
 *    `sha256`): the named algorithm, whose length the digest must have.
 *
 * A line starting with `\` has its name escaped as coreutils does for names
 * holding a backslash, newline or carriage return (`\\`, `\n`, `\r`).
 * Both readers of checksums (attest subjects, setup downloads) go through
 * here, so a file one accepts the other reads the same way.
 */

const ALGORITHM_BY_LENGTH = { 64: 'sha256', 128: 'sha512' };
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Names may hold any character but LF (U+2028 and U+2029 among them: hence the `s` flag). */
const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/s;
const TAG_LINE = /^(SHA256|SHA512) \((.*)\) = ([0-9a-fA-F]+)$/s;
/**
 * The lines of `text` worth reading, with their 1-based numbers: split at LF
 * with a CR before it dropped, an optional UTF-8 byte order mark removed, and
 * blank lines and `#` comments skipped.
 */
function* checksumsFileLines(text) {
    const lines = text.replace(/^\ufeff/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        yield { line, number: i + 1 };
    }
}
/** Whether one line of text is a checksums line (either form, with a digest of the right length). */
function isChecksumsLine(line) {
    const body = line.startsWith('\\') ? line.slice(1) : line;
    const gnu = GNU_LINE.exec(body);
    if (gnu)
        return ALGORITHM_BY_LENGTH[gnu[1].length] !== undefined;
    const tag = TAG_LINE.exec(body);
    return tag !== null && tag[3].length === HEX_LENGTH[tag[1].toLowerCase()];
}
/** One checksums line, or an INPUT_INVALID error that starts with `where` (e.g. "`subject-checksums` line 3"). */
function parseChecksumLine(line, where) {
    const escaped = line.startsWith('\\');
    const body = escaped ? line.slice(1) : line;
    let algorithm;
    let hex;
    let raw;
    const gnu = GNU_LINE.exec(body);
    const tag = gnu ? null : TAG_LINE.exec(body);
    if (gnu) {
        hex = gnu[1].toLowerCase();
        raw = gnu[2];
        algorithm = ALGORITHM_BY_LENGTH[hex.length];
        if (!algorithm)
            throw new errors/* SealError */.EM('INPUT_INVALID', `${where}: a ${hex.length}-digit digest is neither sha256 (64) nor sha512 (128).`);
    }
    else if (tag) {
        algorithm = tag[1].toLowerCase();
        raw = tag[2];
        hex = tag[3].toLowerCase();
        if (hex.length !== HEX_LENGTH[algorithm]) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `${where}: a ${tag[1]} digest has ${HEX_LENGTH[algorithm]} hex digits, not ${hex.length}.`);
        }
    }
    else {
        throw new errors/* SealError */.EM('INPUT_INVALID', `${where} is not "<digest>  <name>" nor "SHA256 (<name>) = <digest>": ${JSON.stringify(line.slice(0, 80))}`);
    }
    const name = escaped ? unescapeName(raw, where) : raw;
    if (name === '')
        throw new errors/* SealError */.EM('INPUT_INVALID', `${where} has an empty name.`);
    if (raw.includes('\r'))
        throw new errors/* SealError */.EM('INPUT_INVALID', `${where}: the name holds a carriage return (write it escaped, as \\r).`);
    if (name.includes('\0'))
        throw new errors/* SealError */.EM('INPUT_INVALID', `${where}: the name holds a NUL character.`);
    return { algorithm, hex, name };
}
/** Undoes coreutils' escaping of names: `\\`, `\n` and `\r`. */
function unescapeName(raw, where) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = raw[++i];
        if (next === '\\')
            out += '\\';
        else if (next === 'n')
            out += '\n';
        else if (next === 'r')
            out += '\r';
        else
            throw new errors/* SealError */.EM('INPUT_INVALID', `${where}: the escaped name has an unknown escape ${JSON.stringify(`\\${next ?? ''}`)}.`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/setup/checksums.ts
/**
 * Release checksums files (cosign's, seal's own), read leniently: lines in
 * the forms of formats/checksums.ts count, anything else (a signature block,
 * notes) is skipped, since only the asset being downloaded must be listed.
 */


/**
 * Name -> lowercase hex sha256 (sha512 lines are skipped), with a leading
 * `./` dropped from names. A name listed twice with different sums is an
 * error. `source` names the file in errors.
 */
function parseChecksums(text, source) {
    const out = new Map();
    for (const { line, number } of checksumsFileLines(text)) {
        const entry = readable(line, `${source} line ${number}`);
        if (entry?.algorithm !== 'sha256')
            continue;
        const key = entry.name.replace(/^\.\//, '');
        const seen = out.get(key);
        if (seen !== undefined && seen !== entry.hex) {
            throw new errors/* SealError */.EM('CHECKSUM_MISSING', `${source} lists ${key} twice with different checksums.`);
        }
        out.set(key, entry.hex);
    }
    if (out.size === 0) {
        throw new errors/* SealError */.EM('CHECKSUM_MISSING', `${source} lists no sha256 checksums.`, {
            hint: 'Expected `<64 hex digits>  <file name>` lines, as sha256sum writes.'
        });
    }
    return out;
}
/** A line as a checksum, or undefined for one that is not (a bad escape, a NUL in the name): such lines are skipped too. */
function readable(line, where) {
    if (!isChecksumsLine(line))
        return undefined;
    try {
        return parseChecksumLine(line, where);
    }
    catch (err) {
        if (err instanceof errors/* SealError */.EM)
            return undefined;
        throw err;
    }
}
/** The expected sha256 of `asset`, or a CHECKSUM_MISSING error naming both files. */
function checksumFor(checksums, asset, source) {
    const hex = checksums.get(asset);
    if (hex === undefined) {
        throw new errors/* SealError */.EM('CHECKSUM_MISSING', `${asset} is not listed in ${source}, so its download cannot be checked.`, {
            hint: 'The release is incomplete or the mirror in `cosign-download-url` serves another checksums file; pick another `cosign-release` or fix the mirror.'
        });
    }
    return hex;
}

// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(1014);
;// CONCATENATED MODULE: ./src/core/setup/download.ts
/**
 * HTTP downloads for release assets: bounded retries with backoff, and a
 * stall timeout (no response or no data for `timeoutMs`) instead of a total
 * deadline, so a large binary on a slow link still completes while a hung
 * connection does not hang the job. Files are hashed while they stream to
 * disk and appear under their final name only when complete.
 */





class Stalled extends Error {
    constructor(ms) {
        super(`no data for ${ms / 1000} s`);
    }
}
/** A failure worth no retry (HTTP 4xx, a body over its size limit). */
class Fatal extends Error {
}
const USER_AGENT = 'seal-setup';
/**
 * How downloads are retried: `retries` more attempts after the first, backoff
 * from 250 ms, and no wait, a server's Retry-After included, over 8 s.
 */
function downloadRetryPolicy(retries) {
    return (0,retry/* retryPolicy */.Jb)({ retries, baseMs: 250, maxMs: 8000 });
}
/**
 * Downloads `url` to `dest`. Returns undefined when the server says the file
 * does not exist (HTTP 404 or 410); throws DOWNLOAD_FAILED for anything else
 * that does not end in a complete file.
 */
async function downloadFile(url, dest, opts) {
    const part = `${dest}.part`;
    const ioError = (err) => new errors/* SealError */.EM('IO_ERROR', `cannot write ${part}: ${err.code ?? err.message}`, { cause: err });
    return fetchWithRetries(url, opts, async () => {
        const handle = await (0,promises_.open)(part, 'w', 0o644).catch(err => {
            throw ioError(err);
        });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        let closed = false;
        const close = async () => {
            if (!closed) {
                closed = true;
                await handle.close();
            }
        };
        return {
            async take(res, onChunk) {
                for await (const chunk of res.body ?? []) {
                    onChunk();
                    hash.update(chunk);
                    size += chunk.length;
                    await handle.write(chunk).catch(err => {
                        throw ioError(err);
                    });
                }
                await close();
                await (0,promises_.rename)(part, dest);
                return { path: dest, sha256: hash.digest('hex'), size };
            },
            async discard() {
                await close();
                await (0,promises_.rm)(part, { force: true });
            }
        };
    });
}
/** Downloads a small text file (a checksums file, a bundle); undefined on HTTP 404/410. */
async function downloadText(url, opts, maxBytes = 4 * 1024 * 1024) {
    return fetchWithRetries(url, opts, async () => ({
        async take(res, onChunk) {
            try {
                return (await (0,http/* readBody */.x8)(res, maxBytes, onChunk)).toString('utf8');
            }
            catch (err) {
                throw err instanceof http/* BodyTooLarge */.KQ ? new Fatal(err.message) : err;
            }
        },
        async discard() { }
    }));
}
async function fetchWithRetries(url, opts, newSink) {
    const failed = (detail, attempts) => new errors/* SealError */.EM('DOWNLOAD_FAILED', `Could not download ${url}: ${detail}${attempts > 1 ? ` (${attempts} attempts)` : ''}.`, {
        hint: `Check \`${opts.input}\` and the network path to it.`
    });
    // A 429 or 503 may say when to come back (Retry-After); that wait replaces the backoff, up to its cap.
    return (0,retry/* withRetries */.LH)(downloadRetryPolicy(opts.retries), async (attempt) => {
        const outcome = await fetchOnce(url, opts.timeoutMs, newSink);
        if (outcome.kind === 'done')
            return outcome.value;
        if (outcome.kind === 'missing')
            return undefined;
        if (outcome.kind === 'fatal')
            throw failed(outcome.detail, attempt);
        return (0,retry/* again */.TG)(failed(outcome.detail, attempt), outcome.retryAfter);
    });
}
async function fetchOnce(url, timeoutMs, newSink) {
    const controller = new AbortController();
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(new Stalled(timeoutMs)), timeoutMs);
    };
    let sink;
    await (0,http/* useEnvProxy */.Bs)();
    try {
        arm();
        const res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'User-Agent': USER_AGENT } });
        arm();
        if (res.status === 404 || res.status === 410) {
            await (0,http/* discard */.vf)(res);
            return { kind: 'missing' };
        }
        if (!res.ok || !res.body) {
            await (0,http/* discard */.vf)(res);
            const detail = `HTTP ${res.status}`;
            if (res.status === 408 || res.status === 429 || res.status >= 500)
                return { kind: 'retry', detail, retryAfter: res.headers.get('retry-after') };
            return { kind: 'fatal', detail };
        }
        sink = await newSink();
        const value = await sink.take(res, arm);
        clearTimeout(timer);
        sink = undefined;
        return { kind: 'done', value };
    }
    catch (err) {
        const reason = controller.signal.aborted ? controller.signal.reason : err;
        if (reason instanceof Fatal)
            return { kind: 'fatal', detail: reason.message };
        if (reason instanceof errors/* SealError */.EM)
            throw reason;
        return { kind: 'retry', detail: describeNetworkError(reason) };
    }
    finally {
        clearTimeout(timer);
        await sink?.discard();
    }
}
/** `fetch failed` says nothing: the cause carries ECONNREFUSED, ENOTFOUND, …. */
function describeNetworkError(err) {
    if (err instanceof Stalled)
        return err.message;
    const cause = err?.cause;
    if (cause && typeof cause.code === 'string')
        return cause.code;
    if (cause && typeof cause.message === 'string')
        return cause.message;
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/core/setup/cosign-key.ts
/**
 * cosign releases before v3.0.1 (the v2.x line) publish no Sigstore bundle:
 * each binary has a `<asset>.sig`, a base64 ECDSA P-256 signature over the
 * binary made with cosign's release key. Such a release is installed when
 * its binary matches `cosign_checksums.txt` and its `.sig` verifies with the
 * release key: the one built in here, or a mirror's (`cosign-release-key`).
 */





/** cosign's release key (release/release-cosign.pub in its repository; sha256 f4cea466…f126 of the file). */
const COSIGN_RELEASE_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhyQCx0E9wQWSFI9ULGwy3BuRklnt
IqozONbbdbqz11hlRJy9c7SG+hdcFl9jE9uE/dwtuwU2MqU9T/cN0YkWww==
-----END PUBLIC KEY-----
`;
const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)/;
/** Whether a release is signed with the release key rather than a Sigstore bundle: those before v3.0.1. */
function signedWithReleaseKey(version) {
    const m = RELEASE.exec(version);
    if (!m)
        return false;
    const [major, minor, patch] = m.slice(1).map(Number);
    return major < 3 || (major === 3 && minor === 0 && patch < 1);
}
/** The `.sig` published next to an asset. */
function signatureAssetName(asset) {
    return `${asset}.sig`;
}
/** The release key from `cosign-release-key` (a PEM file), else the one built in. */
async function readReleaseKey(path) {
    let pem = COSIGN_RELEASE_KEY;
    if (path) {
        try {
            pem = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`cosign-release-key\`: cannot read ${path} (${err.code ?? err}).`);
        }
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`cosign-release-key\` (${path}) is not a PEM public key.`, {
            hint: "Give the mirror's release-cosign.pub (-----BEGIN PUBLIC KEY-----)."
        });
    }
    const fingerprint = (0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex');
    return { key, fingerprint, source: path ? `\`cosign-release-key\` ${path}` : "cosign's release key (built in)" };
}
/** Downloads `<asset>.sig` (base64, or the raw DER signature); undefined when the release has none. */
async function downloadReleaseSignature(url, net) {
    const text = await downloadText(url, net);
    if (text === undefined)
        return undefined;
    const trimmed = text.trim();
    return /^[A-Za-z0-9+/=\s]+$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.from(text, 'latin1');
}
/** Checks the `.sig` of the downloaded binary at `path` with the release key; SIGNATURE_INVALID naming the key otherwise. */
async function verifyReleaseSignature(path, signature, key, what) {
    const verifier = (0,external_node_crypto_.createVerify)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        verifier.update(chunk);
    let ok;
    try {
        ok = verifier.verify(key.key, signature);
    }
    catch {
        ok = false;
    }
    if (!ok) {
        throw new errors/* SealError */.EM('SIGNATURE_INVALID', `The signature of ${what} does not verify with ${key.source} (sha256:${key.fingerprint}).`, {
            hint: 'Do not run this binary. A mirror that re-signs releases needs `cosign-release-key` set to its public key.'
        });
    }
}

// EXTERNAL MODULE: ./src/core/setup/platform.ts
var platform = __webpack_require__(854);
;// CONCATENATED MODULE: ./src/core/setup/cosign.ts
/**
 * Downloads a cosign release binary and proves it genuine before anything
 * runs it:
 *   1. its sha256 must match the release's `cosign_checksums.txt`;
 *   2. the release's Sigstore bundle (`<asset>.sigstore.json`) must verify
 *      against the trusted root, for this very binary, signed by the expected
 *      identity (cosign's release signer unless told otherwise).
 * The checksum alone only proves the mirror is self-consistent; the bundle is
 * what ties the binary to its signer.
 */











/** The identity cosign's release workflow signs its binaries with. */
const COSIGN_RELEASE_IDENTITY = 'keyless@projectsigstore.iam.gserviceaccount.com';
const COSIGN_RELEASE_ISSUER = 'https://accounts.google.com';
const COSIGN_DOWNLOAD_URL = 'https://github.com/sigstore/cosign/releases/download';
const COSIGN_CHECKSUMS_FILE = 'cosign_checksums.txt';
/** `<downloadURL>/<version>/<name>` */
function releaseAssetURL(downloadURL, version, name) {
    return `${downloadURL.replace(/\/+$/, '')}/${encodeURIComponent(version)}/${encodeURIComponent(name)}`;
}
async function fetchVerifiedCosign(opts) {
    const asset = (0,platform/* cosignAssetName */.$h)(opts.platform);
    const bundleName = (0,platform/* bundleAssetName */.cL)(asset);
    const what = `${asset} ${opts.version}`;
    const url = (name) => releaseAssetURL(opts.downloadURL, opts.version, name);
    const net = { timeoutMs: opts.timeoutMs, retries: opts.retries, input: 'cosign-download-url' };
    // Releases before v3.0.1 are signed with the release key (`<asset>.sig`), later ones with a Sigstore bundle.
    const keyFirst = signedWithReleaseKey(opts.version);
    const policy = releasePolicy(opts, what);
    // The trusted root loads while the release downloads.
    let trustP = keyFirst ? undefined : loadTrust({ trustedRootPath: opts.trustedRootPath });
    trustP?.catch(() => undefined);
    const checksumsURL = url(COSIGN_CHECKSUMS_FILE);
    const checksumsText = await downloadText(checksumsURL, net);
    if (checksumsText === undefined) {
        throw new errors/* SealError */.EM('DOWNLOAD_FAILED', `No cosign release ${opts.version} at ${opts.downloadURL}: ${checksumsURL} does not exist.`, {
            hint: 'Check `cosign-release` (a release tag such as v3.0.6) and `cosign-download-url`.'
        });
    }
    const expected = checksumFor(parseChecksums(checksumsText, COSIGN_CHECKSUMS_FILE), asset, `${COSIGN_CHECKSUMS_FILE} of ${opts.version}`);
    const signatureURL = url(signatureAssetName(asset));
    let signature = keyFirst ? await downloadReleaseSignature(signatureURL, net) : undefined;
    const bundleURL = url(bundleName);
    const bundleText = signature ? '' : await downloadText(bundleURL, net);
    if (bundleText === undefined && !keyFirst)
        signature = await downloadReleaseSignature(signatureURL, net);
    const keyP = signature ? readReleaseKey(opts.releaseKeyPath) : undefined;
    keyP?.catch(() => undefined);
    if (bundleText === undefined && !signature) {
        throw new errors/* SealError */.EM('BUNDLE_NOT_FOUND', `The cosign release ${opts.version} has no Sigstore bundle for ${asset} (${bundleURL}), so its signature cannot be verified.`, {
            hint: `Pick a \`cosign-release\` that publishes ${bundleName} (from v3.0.1) or ${signatureAssetName(asset)} (v2.x).`
        });
    }
    const bundle = signature ? undefined : parseBundle(bundleText, bundleName);
    await (0,promises_.mkdir)(opts.workDir, { recursive: true });
    opts.log?.(`Downloading ${url(asset)}`);
    const file = await downloadFile(url(asset), (0,external_node_path_.join)(opts.workDir, asset), net);
    if (file === undefined) {
        throw new errors/* SealError */.EM('DOWNLOAD_FAILED', `The cosign release ${opts.version} has no ${asset} (${url(asset)}).`, {
            hint: 'This runner platform has no build in that release; pick another `cosign-release`.'
        });
    }
    if (file.sha256 !== expected) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${asset} does not match ${COSIGN_CHECKSUMS_FILE}: expected sha256 ${expected}, downloaded ${file.sha256} (${file.size} bytes).`, { hint: 'The download was corrupted or altered; re-run the job, and check `cosign-download-url` if it persists.' });
    }
    opts.log?.(`sha256 ${file.sha256} matches ${COSIGN_CHECKSUMS_FILE}`);
    const downloaded = { path: file.path, asset, version: opts.version, sha256: file.sha256, size: file.size };
    if (keyP && signature) {
        const key = await keyP;
        await verifyReleaseSignature(file.path, signature, key, what);
        opts.log?.(`${signatureAssetName(asset)} verified with ${key.source} (sha256:${key.fingerprint})`);
        return { ...downloaded, identity: '', issuer: '', trust: key.source, releaseKey: `sha256:${key.fingerprint}` };
    }
    trustP ??= loadTrust({ trustedRootPath: opts.trustedRootPath });
    const trust = await trustP;
    const result = await verifyRelease(bundle, file.path, policy, trust, what);
    opts.log?.(`Sigstore bundle verified: signed by ${result.identity} (${result.issuer})`);
    return {
        ...downloaded,
        identity: result.identity ?? '',
        issuer: result.issuer ?? '',
        logIndex: result.logIndex,
        integratedTime: result.integratedTime,
        trust: trust.source
    };
}
async function verifyRelease(bundle, path, policy, trust, what) {
    try {
        return await verifyBundle(bundle, { path }, { policy }, trust);
    }
    catch (err) {
        if (!(0,errors/* isSealError */.GB)(err))
            throw err;
        if (err.code === 'IDENTITY_MISMATCH' || err.code === 'ISSUER_MISMATCH')
            throw err;
        throw new errors/* SealError */.EM(err.code, `The Sigstore bundle of ${what} does not verify: ${err.message}`, { hint: err.hint, cause: err });
    }
}
/**
 * The release signer policy, with messages about the cosign-* inputs (the
 * generic policy names `certificate-identity`, which the setup action does not have).
 */
function releasePolicy(opts, what) {
    const inner = buildIdentityPolicy({ certificateIdentity: opts.certificateIdentity, certificateOidcIssuer: opts.certificateOidcIssuer });
    return {
        describe: () => inner.describe(),
        check(found) {
            try {
                inner.check(found);
            }
            catch (err) {
                if (!(0,errors/* isSealError */.GB)(err))
                    throw err;
                throw new errors/* SealError */.EM(err.code, `${what} is signed by ${JSON.stringify(found.identity ?? 'no identity')} (issuer ${JSON.stringify(found.issuer ?? 'none')}), ` +
                    `but the expected signer is ${JSON.stringify(opts.certificateIdentity)} (issuer ${JSON.stringify(opts.certificateOidcIssuer)}).`, {
                    hint: 'Do not run this binary unless you know the signer. A mirror that re-signs releases needs ' +
                        '`cosign-certificate-identity` and `cosign-certificate-oidc-issuer` set to its signer.'
                });
            }
        }
    };
}


/***/ }),

/***/ 854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ cosignAssetName),
/* harmony export */   Fc: () => (/* binding */ cosignPlatform),
/* harmony export */   cL: () => (/* binding */ bundleAssetName),
/* harmony export */   xE: () => (/* binding */ cosignExecutableName)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3093);
/**
 * Runner platform -> cosign release asset names. cosign publishes one binary
 * per OS and architecture (`cosign-linux-amd64`, `cosign-windows-amd64.exe`, …)
 * and a Sigstore bundle for each (`<asset>.sigstore.json`).
 */

const OS = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH = { x64: 'amd64', arm64: 'arm64' };
/** Maps Node's `process.platform` / `process.arch` to cosign's names; throws for a runner cosign has no build for. */
function cosignPlatform(platform, arch) {
    const os = OS[platform];
    const cpu = ARCH[arch];
    if (!os || !cpu) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`cosign-release\`: seal installs cosign on Linux, macOS and Windows runners with x64 or arm64 CPUs; this runner is ${platform}/${arch}.`, { hint: 'Remove `cosign-release` on this runner, or install cosign another way.' });
    }
    return { os, arch: cpu };
}
/** The release asset: `cosign-<os>-<arch>`, with `.exe` on Windows. */
function cosignAssetName(p) {
    return `cosign-${p.os}-${p.arch}${p.os === 'windows' ? '.exe' : ''}`;
}
/** The Sigstore bundle published next to an asset. */
function bundleAssetName(asset) {
    return `${asset}.sigstore.json`;
}
/** The name cosign gets on PATH. */
function cosignExecutableName(p) {
    return p.os === 'windows' ? 'cosign.exe' : 'cosign';
}


/***/ }),

/***/ 9093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ withMaterial)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4402);
/**
 * A trusted root made usable: the @sigstore/verify trust material built from
 * it, together with where it came from.
 */





/** The root with its trust material; TRUST_ROOT_INVALID when a key or certificate in it cannot be used. */
function withMaterial(trustedRoot, source) {
    let material;
    try {
        material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(forTrustMaterial(trustedRoot));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_INVALID', `the trusted root from ${source} has an unusable key or certificate: ${(0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOnly */ .Mw)(err)}`, {
            cause: err
        });
    }
    return { trustedRoot, material, source };
}
const RSA_PKCS1_DETAILS = new Set([
    _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.PublicKeyDetails.PKIX_RSA_PKCS1V5,
    _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
    _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
    _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
]);
/**
 * @sigstore/verify reads the raw bytes of a log key whose details say
 * PKIX_RSA_PKCS1V15_* as PKCS#1, although the spec (and every other client)
 * has PKIX DER there. For such keys that do parse as PKIX the details are
 * dropped in the copy given to it (it uses them for nothing else), so a root
 * written to the spec verifies. The root itself is left as it is.
 */
function forTrustMaterial(root) {
    const fix = (log) => {
        const key = log.publicKey;
        if (!key?.rawBytes || key.keyDetails === undefined || !RSA_PKCS1_DETAILS.has(key.keyDetails))
            return log;
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
        }
        catch {
            return log;
        }
        return { ...log, publicKey: { ...key, keyDetails: _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED } };
    };
    return { ...root, tlogs: root.tlogs.map(fix), ctlogs: root.ctlogs.map(fix) };
}


/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ messageOnly),
/* harmony export */   qx: () => (/* binding */ checkTrustedRoot),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3093);
/**
 * trusted_root.json: parsing, and the structural checks every trusted root
 * passes before seal verifies anything against it, whatever its source.
 */


const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=\d+\.\d+|\.v\d+\.\d+\+json)$/;
/**
 * Parses and validates trusted_root.json text. `what` names the source in errors
 * (e.g. "the trusted root ./root.json (`trusted-root`)").
 */
function parseTrustedRoot(text, what) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('TRUST_ROOT_INVALID', `${what} is not valid JSON: ${messageOnly(err)}`, { cause: err });
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('TRUST_ROOT_INVALID', `${what} is not a JSON object`);
    }
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.TrustedRoot.fromJSON(json);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('TRUST_ROOT_INVALID', `${what} is malformed: ${messageOnly(err)}`, { cause: err });
    }
    checkTrustedRoot(root, what);
    return root;
}
/**
 * Structural checks @sigstore/verify does not make. In particular every log key
 * and authority must have a validity start: the library would read a missing
 * start as "valid since the beginning of time", widening trust (conformance
 * case trust-root-tlog-missing-validity-start_fail). Such a root is rejected.
 */
function checkTrustedRoot(root, what) {
    const problems = [];
    if (root.mediaType && !TRUSTED_ROOT_MEDIA_TYPE.test(root.mediaType)) {
        problems.push(`unexpected mediaType ${JSON.stringify(root.mediaType)}`);
    }
    const logs = [
        ['tlogs', root.tlogs],
        ['ctlogs', root.ctlogs]
    ];
    for (const [field, list] of logs) {
        list.forEach((log, i) => {
            const name = `${field}[${i}]${log.baseUrl ? ` (${log.baseUrl})` : ''}`;
            if (!log.publicKey?.rawBytes?.length)
                problems.push(`${name} has no publicKey.rawBytes`);
            if (!log.logId?.keyId?.length)
                problems.push(`${name} has no logId`);
            checkRange(log.publicKey?.validFor, `${name} publicKey.validFor`, problems);
        });
    }
    const authorities = [
        ['certificateAuthorities', root.certificateAuthorities],
        ['timestampAuthorities', root.timestampAuthorities]
    ];
    for (const [field, list] of authorities) {
        list.forEach((ca, i) => {
            const name = `${field}[${i}]${ca.uri ? ` (${ca.uri})` : ''}`;
            if (!ca.certChain?.certificates?.length)
                problems.push(`${name} has no certChain.certificates`);
            checkRange(ca.validFor, `${name} validFor`, problems);
        });
    }
    if (problems.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('TRUST_ROOT_INVALID', `${what} is malformed: ${problems.join('; ')}`, {
            hint: 'Use the trusted_root.json published by the Sigstore deployment (for example from its TUF repository).'
        });
    }
}
function checkRange(range, name, problems) {
    if (!range?.start) {
        problems.push(`${name}.start is missing`);
        return;
    }
    if (Number.isNaN(range.start.getTime()))
        problems.push(`${name}.start is not a valid time`);
    if (range.end) {
        if (Number.isNaN(range.end.getTime()))
            problems.push(`${name}.end is not a valid time`);
        else if (range.end < range.start)
            problems.push(`${name}.end is before its start`);
    }
}
/** An error's own message, without a SealError's hint. */
function messageOnly(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 8623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ fromTufCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3093);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4402);
/* harmony import */ var _tuf_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9377);
/**
 * The trusted root of a TUF mirror with `offline` set: read from the cache a
 * previous online run left, verified by tuf-js as usual, and never a request.
 */







const CACHED_ROLES = ['root', 'timestamp', 'snapshot', 'targets'];
/** Refuses every download: with `offline`, TUF may only read its cache. */
class OfflineFetcher {
    refused = [];
    async downloadFile(url) {
        this.refused.push(url);
        throw new Error(`offline: not downloading ${url}`);
    }
    async downloadBytes(url) {
        return this.downloadFile(url);
    }
}
/**
 * The trusted root from a mirror's cache, without any request: the metadata
 * must all be cached and unexpired (a previous online run leaves it so), and
 * is verified by tuf-js as usual, with a fetcher that refuses to download.
 */
async function fromTufCache(mirror, cachePath, tufRootPath) {
    const dir = (0,_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .tufCacheDir */ .$J)(cachePath, mirror);
    const fill = `Run seal once without \`offline\`${tufRootPath ? '' : " (with `tuf-root` set to the repository's root.json)"} to fill the cache, or set \`trusted-root\`.`;
    const missing = CACHED_ROLES.filter(role => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${role}.json`)));
    if (missing.length > 0) {
        const noRoot = missing.includes('root') && !tufRootPath ? '; `tuf-root` is not set either' : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `offline: the TUF cache of ${mirror} in ${dir} has no ${missing.map(role => `${role}.json`).join(', ')}${noRoot}`, { hint: fill });
    }
    const now = Date.now();
    for (const role of CACHED_ROLES) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${role}.json`);
        let expires;
        try {
            expires = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8')).signed?.expires;
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `offline: the cached TUF ${role}.json of ${mirror} in ${dir} is not valid JSON`, { hint: fill });
        }
        const expiry = typeof expires === 'string' ? Date.parse(expires) : NaN;
        if (Number.isNaN(expiry) || expiry <= now) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `offline: the cached TUF ${role}.json of ${mirror} ${Number.isNaN(expiry) ? 'has no valid expiry' : `expired at ${new Date(expiry).toISOString()}`}`, { hint: `Run seal once without \`offline\` to refresh the cache in ${dir}. ${_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .TUF_RECOVERY */ ._N}` });
        }
    }
    const fetcher = new OfflineFetcher();
    const { Updater } = await __webpack_require__.e(/* import() */ 706).then(__webpack_require__.bind(__webpack_require__, 4706));
    const updater = new Updater({
        metadataBaseUrl: mirror,
        targetBaseUrl: `${mirror}/targets`,
        metadataDir: dir,
        targetDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'targets'),
        forceCache: true,
        fetcher
    });
    let path;
    try {
        const info = await updater.getTargetInfo(_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .TRUSTED_ROOT_TARGET */ .b4);
        if (!info) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `the TUF repository ${mirror} lists no ${_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .TRUSTED_ROOT_TARGET */ .b4}`, {
                hint: 'Check `tuf-mirror`: it must be a Sigstore TUF repository.'
            });
        }
        path = await updater.findCachedTarget(info);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM)
            throw err;
        if (fetcher.refused.length === 0)
            throw (0,_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .tufFailure */ .Am)(err, mirror, dir, Boolean(tufRootPath));
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `offline: the TUF cache of ${mirror} in ${dir} does not verify on its own (it needs ${fetcher.refused[0]})`, {
            cause: err,
            hint: fill
        });
    }
    if (!path) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `offline: ${_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .TRUSTED_ROOT_TARGET */ .b4} of ${mirror} is not in the TUF cache ${dir} (or does not match its metadata)`, {
            hint: fill
        });
    }
    const root = (0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTrustedRoot */ .t1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), `the cached TUF trusted root of ${mirror}`);
    return (0,_material_js__WEBPACK_IMPORTED_MODULE_4__/* .withMaterial */ .C)(root, `TUF cache of ${mirror} (offline)`);
}


/***/ }),

/***/ 9377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ tufCacheDir),
/* harmony export */   Am: () => (/* binding */ tufFailure),
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   Cj: () => (/* binding */ defaultTufCachePath),
/* harmony export */   _N: () => (/* binding */ TUF_RECOVERY),
/* harmony export */   b4: () => (/* binding */ TRUSTED_ROOT_TARGET),
/* harmony export */   dF: () => (/* binding */ normalizeMirror),
/* harmony export */   sR: () => (/* binding */ fromTuf)
/* harmony export */ });
/* unused harmony export tufClientSetup */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3093);
/* harmony import */ var _util_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7062);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1014);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4402);
/**
 * The trusted root from a TUF repository (the public-good one or a mirror),
 * through @sigstore/tuf, with its metadata cached between runs; and the
 * errors that tell expired metadata, a rotated root key and a missing TUF
 * root apart.
 */








const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** What to do when TUF metadata expired or the repository's root key changed. */
const TUF_RECOVERY = "Recover with a newer trusted root (`trusted-root`), the repository's current root.json (`tuf-root`), " +
    'or, for the public-good repository, a newer seal release, whose embedded TUF root is current.';
/** A `tuf-mirror` as given, trimmed of spaces and trailing slashes (the TUF cache is keyed by it); not an http(s) URL is an error naming `tuf-mirror`. */
function normalizeMirror(url) {
    const trimmed = url.trim().replace(/\/+$/, '');
    (0,_util_http_js__WEBPACK_IMPORTED_MODULE_4__/* .httpURL */ .yR)(trimmed, 'tuf-mirror');
    return trimmed;
}
/**
 * Where TUF metadata is cached unless `tufCachePath` says otherwise: under the
 * runner's tool cache on GitHub Actions (kept between runs on self-hosted
 * runners), else under XDG_CACHE_HOME or ~/.cache.
 */
function defaultTufCachePath(env = process.env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TOOL_CACHE, 'seal', 'tuf');
    if (env.XDG_CACHE_HOME)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CACHE_HOME, 'seal', 'tuf');
    const home = env.HOME || safeHomedir();
    return home ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.cache', 'seal', 'tuf') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'seal-tuf');
}
/** The directory of one mirror inside the cache (the layout @sigstore/tuf uses). */
function tufCacheDir(cachePath, mirrorURL) {
    const url = new URL(mirrorURL);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cachePath, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}
/**
 * What a TUF client of `mirror` needs, the same for every target read from it:
 * its cache directory, the root to start from (and whether that root replaces
 * the cached one), and the request timeout and retries. Routes the client
 * through the proxy variables first.
 */
async function tufClientSetup(mirror, cachePath, opts) {
    const dir = tufCacheDir(cachePath, mirror);
    const rootPath = opts.tufRootPath || undefined;
    const forceInit = rootPath ? await replacesCachedRoot(rootPath, dir) : false;
    await (0,_util_http_js__WEBPACK_IMPORTED_MODULE_4__/* .useEnvProxy */ .Bs)();
    return { dir, options: { mirrorURL: mirror, cachePath, rootPath, forceInit, ...tufRequestOptions(opts) } };
}
/** The trusted root from the TUF repository at `mirror`, updating the cache in `cachePath`. */
async function fromTuf(mirror, cachePath, opts) {
    const { dir, options } = await tufClientSetup(mirror, cachePath, opts);
    let root;
    try {
        // Loaded on demand: most steps take their root from a file or the embedded seed.
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(706), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4423));
        root = await getTrustedRoot(options);
    }
    catch (err) {
        throw tufFailure(err, mirror, dir, Boolean(options.rootPath));
    }
    (0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_7__/* .checkTrustedRoot */ .qx)(root, `the TUF trusted root from ${mirror}`);
    return (0,_material_js__WEBPACK_IMPORTED_MODULE_6__/* .withMaterial */ .C)(root, `TUF ${mirror}`);
}
/** The timeout and retries of TUF requests as @sigstore/tuf takes them; unset ones keep its defaults. */
function tufRequestOptions(opts) {
    return {
        ...(opts.tufTimeoutMs !== undefined ? { timeout: opts.tufTimeoutMs } : {}),
        ...(opts.tufRetries !== undefined ? { retry: (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchRetryOptions */ .zg)((0,_util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retryPolicy */ .Jb)({ retries: opts.tufRetries, maxMs: 4000 })) } : {})
    };
}
/**
 * Whether `tuf-root` should replace the cached root.json. The cache moves
 * forward by itself (each new root is signed by the one before), so an older
 * pinned root must not reset it; a root of the same or a newer version that
 * differs is the user's way out of a rotation the cache cannot follow.
 */
async function replacesCachedRoot(tufRootPath, dir) {
    let given;
    try {
        given = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(tufRootPath);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_INVALID', `cannot read the TUF root ${tufRootPath} (\`tuf-root\`): ${err.code ?? (0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOnly */ .Mw)(err)}`, {
            cause: err
        });
    }
    const givenVersion = metadataVersion(given);
    if (givenVersion === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_INVALID', `the TUF root ${tufRootPath} (\`tuf-root\`) is not TUF root metadata (root.json)`);
    }
    const cached = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'root.json')).catch(() => undefined);
    if (!cached || cached.equals(given))
        return false;
    return givenVersion >= (metadataVersion(cached) ?? 0);
}
function metadataVersion(bytes) {
    try {
        const version = JSON.parse(bytes.toString('utf8')).signed?.version;
        return typeof version === 'number' ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/** A SealError for a failed TUF update, telling expired metadata and a changed root key apart. */
function tufFailure(err, mirror, dir, hadRoot) {
    const causes = causeList(err);
    const detail = causeChain(err);
    const names = causes.map(c => c?.constructor?.name ?? '');
    const texts = causes.map(_trusted_root_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOnly */ .Mw);
    const code = err.code;
    // tuf-js says "timestamp.json is expired"; a TLS "certificate has expired" is not meant here.
    if (names.includes('ExpiredMetadataError') || texts.some(t => /\.json is expired\b/.test(t))) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `the TUF metadata of ${mirror} has expired: ${detail}`, {
            cause: err,
            hint: `${TUF_RECOVERY} A mirror that serves expired metadata is no longer maintained or is out of sync.`
        });
    }
    if (names.includes('UnsignedMetadataError') || texts.some(t => /signed by \d+\/\d+ keys|failed to verify .* signature/i.test(t))) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `the TUF metadata of ${mirror} is not signed by the keys of the cached TUF root: the repository's root key was rotated, or \`tuf-root\` belongs to another repository (${detail})`, { cause: err, hint: `${TUF_RECOVERY} If the repository was re-created, also delete the cache ${dir}.` });
    }
    if (code === 'TUF_INIT_CACHE_ERROR' && !hadRoot) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `no TUF root for ${mirror}: set \`tuf-root\` to the repository's root.json`, {
            cause: err,
            hint: `It is needed on the first run only: later runs start from the cache in ${dir}. Or set \`trusted-root\`.`
        });
    }
    const hint = mirror === PUBLIC_GOOD_TUF_URL
        ? 'Set `trusted-root` to a trusted_root.json file, or `offline: true` to use the public-good root embedded in seal. ' +
            'If the TUF root was rotated or its metadata expired, pass a newer root with `tuf-root` or update seal.'
        : `Check that \`tuf-mirror\` is reachable, or set \`trusted-root\` to a trusted_root.json file. ` +
            `With \`offline: true\` seal reads the mirror's cache from an earlier run (${dir}).`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('TRUST_ROOT_UNAVAILABLE', `cannot fetch the trusted root from TUF ${mirror}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`, {
        cause: err,
        hint
    });
}
function safeHomedir() {
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)();
    }
    catch {
        return undefined;
    }
}
/** The error and its causes, outermost first. */
function causeList(err) {
    const list = [];
    let current = err;
    for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        list.push(current);
        current = current.cause;
    }
    return list;
}
/** The message of an error followed by its causes' messages (fetch failures hide the reason in `cause`). */
function causeChain(err) {
    const parts = [];
    for (const cause of causeList(err)) {
        const text = (0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_7__/* .messageOnly */ .Mw)(cause);
        if (text && !parts.includes(text))
            parts.push(text);
    }
    return parts.join(': ');
}


/***/ }),

/***/ 3093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ SealError),
/* harmony export */   GB: () => (/* binding */ isSealError),
/* harmony export */   bD: () => (/* binding */ messageOf)
/* harmony export */ });
/* unused harmony export BrokenReplyError */
class SealError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'SealError';
        this.code = code;
        this.hint = options.hint;
    }
    /** One line for logs: the message, then the hint when there is one. */
    describe() {
        if (!this.hint)
            return this.message;
        return /[.!?:]$/.test(this.message) ? `${this.message} ${this.hint}` : `${this.message}. ${this.hint}`;
    }
}
function isSealError(err) {
    return err instanceof SealError;
}
/** The message of anything thrown, without its stack. */
function messageOf(err) {
    if (err instanceof SealError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * A reply that arrived whole but is not what was asked for (e.g. a timestamp
 * authority answering 200 with something that is not a timestamp of our
 * signature): retried like a reply that broke off.
 */
class BrokenReplyError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'BrokenReplyError';
}


/***/ }),

/***/ 7062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ useEnvProxy),
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   yR: () => (/* binding */ httpURL)
/* harmony export */ });
/* unused harmony exports parseHttpURL, readPrefix, proxySettings, networkHint, nextLink */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3093);
/**
 * Small HTTP helpers shared by the network clients: checking that a URL is
 * an http(s) one, and reading a response body without reading more than a
 * limit.
 */

/** The URL `value` names when it parses and its scheme is http or https; else undefined. */
function parseHttpURL(value) {
    if (typeof value !== 'string')
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return undefined;
    }
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}
/** The http(s) URL an input (or variable) named `input` holds; INPUT_INVALID naming it otherwise. */
function httpURL(value, input) {
    const url = parseHttpURL(value);
    if (url)
        return url;
    if (!URL.canParse(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` is not a URL: ${JSON.stringify(value)}.`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` must be an http(s) URL, got ${JSON.stringify(value)}.`);
}
/** A body longer than the limit it was read with; it was not read past the limit. */
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`larger than ${limit} bytes`);
        this.limit = limit;
        this.name = 'BodyTooLarge';
    }
}
/**
 * Reads a whole body of at most `max` bytes. A larger one, by its
 * Content-Length or as it streams, is cancelled and rejected with
 * BodyTooLarge. `onChunk` sees each chunk as it arrives.
 */
async function readBody(res, max, onChunk) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
        await discard(res);
        throw new BodyTooLarge(max);
    }
    const bytes = await readPrefix(res, max + 1, onChunk);
    if (bytes.length > max)
        throw new BodyTooLarge(max);
    return bytes;
}
/** Reads at most the first `limit` bytes of a body, then stops reading it. */
async function readPrefix(res, limit, onChunk) {
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        onChunk?.(value);
        chunks.push(value);
        size += value.length;
        if (size >= limit) {
            await reader.cancel().catch(() => undefined);
            break;
        }
    }
    return Buffer.concat(chunks, size).subarray(0, limit);
}
/** Drops a body that will not be read, so its connection can be reused. */
async function discard(res) {
    if (res.body && !res.bodyUsed)
        await res.body.cancel().catch(() => undefined);
}
function proxyVariable(env, name) {
    const value = (env[name.toLowerCase()] || env[name.toUpperCase()] || '').trim();
    if (!value)
        return undefined;
    // `proxy.corp:3128` without a scheme means an http proxy, as curl and npm take it.
    const url = parseHttpURL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    if (!url) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${name.toUpperCase()}\` must be an http(s) proxy URL such as http://proxy.example:3128.`, {
            hint: 'Fix or unset the variable in the runner environment.'
        });
    }
    return url.href;
}
/** The proxy settings in `env` (HTTPS_PROXY, HTTP_PROXY, NO_PROXY and their lowercase forms); undefined when no proxy is set. */
function proxySettings(env = process.env) {
    const httpProxy = proxyVariable(env, 'http_proxy');
    const httpsProxy = proxyVariable(env, 'https_proxy');
    if (!httpProxy && !httpsProxy)
        return undefined;
    return { httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: (env.no_proxy || env.NO_PROXY || '').trim() };
}
let proxying;
/**
 * Routes this process's fetch requests through the proxy the environment
 * names, once: an https request through HTTPS_PROXY (else HTTP_PROXY), an
 * http one through HTTP_PROXY, hosts in NO_PROXY directly (the Fulcio, Rekor and TSA
 * requests of @sigstore/sign read the same variables themselves). Without proxy
 * variables nothing is loaded. Every network client awaits this before its
 * first request. TLS to registries and services trusts NODE_EXTRA_CA_CERTS
 * through node's default CA list.
 */
function useEnvProxy(env = process.env) {
    if (proxying)
        return proxying;
    const settings = proxySettings(env);
    if (!settings)
        return Promise.resolve();
    proxying = Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)).then(({ EnvHttpProxyAgent, setGlobalDispatcher }) => {
        setGlobalDispatcher(new EnvHttpProxyAgent(settings));
    });
    return proxying;
}
/** TLS codes of a server certificate that no trusted CA issued (a private CA, or a TLS-inspecting proxy). */
const UNTRUSTED_CERTIFICATE = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT'
]);
/** A hint for a failed request whose cause is an untrusted certificate; undefined for other failures. */
function networkHint(err) {
    let e = err;
    for (let depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && UNTRUSTED_CERTIFICATE.has(code)) {
            return `The server's TLS certificate is not issued by a trusted CA (${code}): set NODE_EXTRA_CA_CERTS to a PEM file of your private CA for the step.`;
        }
        e = e.cause;
    }
    return undefined;
}
/** The target of `rel="next"` in a Link header (the next page of a registry's tag list, of GitHub's API lists). */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (m && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(m[2]))
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 1014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   TG: () => (/* binding */ again),
/* harmony export */   zg: () => (/* binding */ fetchRetryOptions)
/* harmony export */ });
/* unused harmony exports retryAfter, sleep, RetryRequest, isBrokenReply, retryBrokenReplies */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3093);
/**
 * The one retry policy of seal's network clients: how many attempts, the
 * exponential backoff between them (its first step, its cap and its jitter),
 * and how far a server's Retry-After is honoured. Every client loop runs
 * through `withRetries`; each names only its own parameters.
 */

/** A policy from its parameters; what is left out takes the defaults (3 retries, 250 ms doubling up to 8 s). */
function retryPolicy(options = {}) {
    const baseMs = options.baseMs ?? 250;
    const maxMs = options.maxMs ?? 8000;
    const policy = {
        retries: Math.max(0, options.retries ?? 3),
        baseMs,
        maxMs,
        maxWaitMs: options.maxWaitMs ?? maxMs,
        jitter: options.jitter ?? [0.5, 1],
        delay(attempt, asked) {
            const wanted = typeof asked === 'number' ? asked : retryAfter(asked);
            if (wanted !== undefined)
                return Math.min(wanted, policy.maxWaitMs);
            const step = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
            const [low, high] = policy.jitter;
            return Math.min(step * (low + Math.random() * (high - low)), policy.maxWaitMs);
        }
    };
    return policy;
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
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
/** What an attempt returns to ask for another: the error that stands if none is left, and the wait asked for. */
class RetryRequest {
    error;
    retryAfter;
    constructor(error, retryAfter) {
        this.error = error;
        this.retryAfter = retryAfter;
    }
}
/**
 * Asks `withRetries` for another attempt. `error` is thrown when the policy
 * has none left; `retryAfter` (a Retry-After header value, or ms) replaces
 * the backoff, within the policy's cap.
 */
function again(error, retryAfter) {
    return new RetryRequest(error, retryAfter);
}
/**
 * Runs `attempt` (numbered from 1; `last` when no retry is left) until it
 * returns a value, at most `policy.retries` more times, waiting
 * `policy.delay` between attempts. An attempt asks for another by returning
 * `again(error)`; when none is left that error is thrown. An error the
 * attempt throws ends the run.
 */
async function withRetries(policy, attempt) {
    for (let n = 1;; n++) {
        const outcome = await attempt(n, n > policy.retries);
        if (!(outcome instanceof RetryRequest))
            return outcome;
        if (n > policy.retries)
            throw outcome.error;
        const wait = policy.delay(n, outcome.retryAfter);
        if (wait > 0)
            await sleep(wait);
    }
}
/**
 * The policy in the terms of the retry option of the Sigstore clients
 * (make-fetch-happen's): the same retries, first wait and cap.
 */
function fetchRetryOptions(policy) {
    return { retries: policy.retries, factor: 2, minTimeout: policy.baseMs, maxTimeout: policy.maxMs, randomize: true };
}
/**
 * Whether an error is a reply that broke off: the server answered, but its body
 * was cut short or unreadable (a reset mid-body, a truncated JSON document).
 * The HTTP clients retry failed connections and 5xx/429 answers themselves,
 * but not a body that fails after the status line arrived.
 */
function isBrokenReply(err) {
    for (let e = err, depth = 0; e && depth < 8; depth++) {
        if (e instanceof BrokenReplyError)
            return true;
        // seal's own errors are final: their retries were spent where they were raised.
        if (e instanceof SealError)
            return false;
        // Only failures after the status line: a connection that failed before it was retried already.
        const { message, name } = e;
        if (name === 'SyntaxError')
            return true;
        if (typeof message === 'string' &&
            /invalid response body|response timeout while trying to fetch|unexpected end of (json|data)|premature close|not valid JSON/i.test(message))
            return true;
        e = e.cause;
    }
    return false;
}
/**
 * Calls `fn` again, as the policy says, while it fails with a broken reply.
 * Idempotent calls only: a Rekor entry created before its reply broke off is
 * found again through the 409 the log answers to the same entry.
 */
function retryBrokenReplies(fn, policy) {
    return withRetries(policy, async () => {
        try {
            return await fn();
        }
        catch (err) {
            if (isBrokenReply(err))
                return again(err);
            throw err;
        }
    });
}


/***/ })

};
