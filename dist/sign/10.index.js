export const id = 10;
export const ids = [10];
export const modules = {

/***/ 98010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openImages: () => (/* binding */ openImages),
  registryClient: () => (/* binding */ registryClient)
});

// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/oci/errors.ts
var errors = __webpack_require__(77298);
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent ${what} larger than the ${formatBytes(max)} limit.`, {
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
    return new errors/* RegistryError */.g('REGISTRY_ERROR', message, { registry, method, path: url.pathname, status: res.status, codes, hint });
}
/** The error for content that does not hash to the digest it was asked for or served as. */
function mismatch(registry, method, url, what) {
    return new errors/* RegistryError */.g('DIGEST_MISMATCH', `Registry ${registry} sent content that does not match its digest: ${what}.`, {
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} started a blob upload without a Location header.`, {
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent an upload Location that is not a URL.`, {
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
class DeletesRefused extends errors/* RegistryError */.g {
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

// EXTERNAL MODULE: ./src/core/util/errors.ts
var util_errors = __webpack_require__(73093);
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} that is not a JSON object.`, {
            registry: repo.registry,
            method: 'GET',
            path: url.pathname
        });
    }
    const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : contentType(res);
    if (!accept.includes(mediaType)) {
        const shown = mediaType ? JSON.stringify(mediaType.slice(0, 100)) : 'no media type';
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} with ${shown}, not one of the manifest media types requested.`, {
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
        throw new util_errors/* SealError */.EM('INPUT_INVALID', `A manifest pushed as ${reference} must have that digest; its content hashes to ${digest}.`);
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} answered the referrers of ${digest} with an index that has no manifests list.`, {
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
    const refuse = (what, at) => new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} ${what}; stopped reading the tag list of ${repo.repository} there.`, {
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
            throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} answered the tag list of ${repo.repository} with something that is not a list of tags.`, {
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
            throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${repo.registry} pointed the next tag page at another host (${nextURL.host}).`, {
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
        throw new util_errors/* SealError */.EM('INPUT_INVALID', '`registry-password` is set but `registry-username` is empty.', {
            hint: 'Set both `registry-username` and `registry-password`, or neither.'
        });
    }
    if (!explicit.password) {
        throw new util_errors/* SealError */.EM('INPUT_INVALID', '`registry-username` is set but `registry-password` is empty.', {
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper name "${name.slice(0, 80)}" (${configuredBy}) is not valid.`, {
            hint: 'Fix the docker config, or set `registry-username` and `registry-password`.'
        });
    }
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const { code, stdout, stderr, error } = await run(program, helperServerURL(registry), options.env ?? process.env, timeoutMs);
    const hint = `Install ${program} on PATH or remove it from the docker config, or set \`registry-username\` and \`registry-password\`.`;
    if (error) {
        const why = error.code === 'ENOENT' ? 'is not on PATH' : `could not run (${error.code ?? error.message})`;
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper ${program} (${configuredBy}) ${why}.`, { hint });
    }
    if (code !== 0) {
        const said = `${stdout}\n${stderr}`;
        if (/credentials not found/i.test(said))
            return undefined;
        const detail = (0,redact/* redact */.E)(stderr.trim().split('\n')[0] ?? '').slice(0, 200);
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', code === -1
            ? `The credential helper ${program} (${configuredBy}) did not answer within ${Math.round(timeoutMs / 1000)} s.`
            : `The credential helper ${program} (${configuredBy}) failed for ${registry} (exit ${code})${detail ? `: ${detail}` : ''}.`, { hint });
    }
    let value;
    try {
        value = JSON.parse(stdout);
    }
    catch {
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper ${program} printed something that is not JSON for ${registry}.`, { hint });
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
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `Cannot read the docker config ${path} (${code ?? 'error'}).`, {
            hint: 'Fix its permissions, point DOCKER_CONFIG elsewhere, or set `registry-username` and `registry-password`.'
        });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The docker config ${path} is not valid JSON.`, {
            hint: 'Fix or remove it (or point DOCKER_CONFIG elsewhere), or set `registry-username` and `registry-password`.'
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The docker config ${path} is not a JSON object.`, {
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
            throw new util_errors/* SealError */.EM('REGISTRY_AUTH', `The "auth" value for ${registry} in ${path} is not base64 of "username:password".`, {
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `Registry ${registry} sent a token realm ${why}.`, { registry });
    }
    const creds = await req.credentials();
    if (creds && url.protocol === 'http:' && !isLoopback(url.hostname) && (0,oci_reference/* registryScheme */.FG)(registry, req.insecureRegistries) === 'https') {
        throw new errors/* RegistryError */.g('REGISTRY_AUTH', `Registry ${registry} asks for credentials at a plain-http token service (${url.host}); seal does not send credentials unencrypted.`, { registry, hint: 'List the registry in the insecure registries option only if this is intended.' });
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
        throw new errors/* RegistryError */.g('REGISTRY_AUTH', message, { registry, method: 'GET', path, status: res.status, hint: errors/* CREDENTIALS_HINT */.P });
    }
    if (!res.ok) {
        await (0,http/* discard */.vf)(res);
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered HTTP ${res.status}.`, {
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
        throw new errors/* RegistryError */.g('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered without a token.`, {
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
            return new errors/* RegistryError */.g('REGISTRY_AUTH', `Registry ${registry} denied ${what} (HTTP 403)${creds ? ` for the credentials from ${creds.source}` : ' to anonymous requests'}.`, {
                registry,
                method,
                path,
                status,
                hint: 'The credentials lack access to this repository: check `registry-username` / `registry-password` and the token scopes ' +
                    '(for GitHub Packages, `permissions: packages: write` to push).'
            });
        }
        const message = refusedMessage(`Registry ${registry}`, creds, `HTTP ${status} to ${what}`);
        return new errors/* RegistryError */.g('REGISTRY_AUTH', message, { registry, method, path, status, hint: errors/* CREDENTIALS_HINT */.P });
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
            throw new util_errors/* SealError */.EM('INPUT_INVALID', `"${repo.repository.slice(0, 200)}" is not a valid repository name.`);
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
            if (!(err instanceof errors/* RegistryError */.g) || err.code !== 'REGISTRY_ERROR' || err.status !== undefined)
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
                if (err instanceof errors/* RegistryError */.g)
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
        return new errors/* RegistryError */.g('REGISTRY_ERROR', `Could not reach registry ${call.registry} for ${call.method} ${call.url.pathname}${retried}: ${why}.`, {
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

// EXTERNAL MODULE: ./src/core/util/concurrency.ts
var concurrency = __webpack_require__(10663);
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
    const store = (0,resolve/* signatureRepository */.jL)(inputs.signatureRepository, env);
    const images = await (0,concurrency/* mapLimit */.s)(inputs.images, 4, text => (0,resolve/* resolveImage */.AT)(client, text, { signatureRepository: store }));
    return { client, images };
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
