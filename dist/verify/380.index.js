export const id = 380;
export const ids = [380];
export const modules = {

/***/ 64380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_API_PREDICATE_TYPE: () => (/* binding */ DEFAULT_API_PREDICATE_TYPE),
  attestationLookup: () => (/* binding */ attestationLookup)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/github/host.ts
var host = __webpack_require__(48849);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/core/github/event.ts
/**
 * The webhook event that started the workflow run: the JSON file the runner
 * names in GITHUB_EVENT_PATH. Read once per path and kept; a missing or
 * unreadable file is no event (outside GitHub Actions there is none).
 */

const cache = new Map();
/** The event payload, or undefined when GITHUB_EVENT_PATH is unset, unreadable or not a JSON object. */
function eventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    if (!cache.has(path))
        cache.set(path, readPayload(path));
    return cache.get(path);
}
function readPayload(path) {
    try {
        const value = JSON.parse(readFileSync(path, 'utf8'));
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The visibility of the repository the run belongs to, from the payload's
 * `repository.visibility` (or, in older payloads, its `private` flag);
 * undefined when the payload does not say.
 */
function repositoryVisibility(env) {
    const repository = eventPayload(env)?.repository;
    if (repository === null || typeof repository !== 'object')
        return undefined;
    const { visibility, private: isPrivate } = repository;
    if (visibility === 'public' || visibility === 'private' || visibility === 'internal')
        return visibility;
    if (typeof isPrivate === 'boolean')
        return isPrivate ? 'private' : 'public';
    return undefined;
}

// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
;// CONCATENATED MODULE: ./src/core/github/api.ts
/**
 * A small client for GitHub's REST API: the API of the repository the
 * workflow runs in (GITHUB_API_URL, so GHES and ghe.com work), JSON in and
 * out, the token sent only to that API's origin, retries on network errors,
 * 5xx and 429 as the one retry policy says, and pages followed through the
 * Link header. Error answers become one clear SealError; the token never
 * appears in a message.
 */




/** The REST API version seal asks for: the one gh and @actions/attest use, and the one GHES serves. */
const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_SERVER_URL = 'https://github.com';
/** Largest JSON answer read (one page of up to 100 attestations with their bundles inline). */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** The owner and name of GITHUB_REPOSITORY (or a `repository` input): exactly two non-empty parts. */
function parseRepositorySlug(text, input) {
    // The URL form (https://github.com/acme/widgets) names the same repository.
    const parts = text
        .trim()
        .replace(/^https?:\/\/[^/]+\//, '')
        .replace(/\/+$/, '')
        .split('/');
    if (parts.length !== 2 || parts.some(p => !/^[A-Za-z0-9_.-]+$/.test(p))) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\` must be <owner>/<repository>, got ${JSON.stringify(text.slice(0, 200))}.`);
    }
    return { owner: parts[0], repo: parts[1] };
}
/** A path segment of the API (an owner, a repository): letters, digits, `-`, `_` and `.` only. */
function api_segment(text, input) {
    if (!/^[A-Za-z0-9_.-]+$/.test(text))
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\` is not a GitHub account or repository name: ${JSON.stringify(text.slice(0, 200))}.`);
    return text;
}
/** The API base and web base of the run: GITHUB_API_URL and GITHUB_SERVER_URL, with github.com's as defaults. */
function githubURLs(env) {
    const apiURL = (0,http/* httpURL */.yR)(env.GITHUB_API_URL || DEFAULT_API_URL, 'GITHUB_API_URL').href.replace(/\/+$/, '');
    const serverURL = (0,http/* httpURL */.yR)(env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL, 'GITHUB_SERVER_URL').href.replace(/\/+$/, '');
    return { apiURL, serverURL };
}
class GitHubClient {
    apiURL;
    policy;
    origin;
    timeoutMs;
    token;
    userAgent;
    constructor(options) {
        this.apiURL = options.apiURL.replace(/\/+$/, '');
        this.origin = new URL(this.apiURL).origin;
        this.token = options.token ?? '';
        this.timeoutMs = options.timeoutMs;
        this.userAgent = options.userAgent ?? 'seal';
        this.policy = (0,retry/* retryPolicy */.Jb)({ retries: options.retries });
    }
    /** An API URL from a path below the base (`/repos/o/r/attestations`) and query parameters. */
    url(path, query = {}) {
        const url = new URL(this.apiURL + path);
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        return url;
    }
    /**
     * Sends one request (a JSON body when given) and returns the answer, after
     * retrying network errors, 5xx and 429 (and a 403 that asks to wait, GitHub's
     * secondary rate limit). Every other status is returned for the caller to judge.
     */
    async request(method, url, purpose, body) {
        if (url.origin !== this.origin) {
            // The token goes to the API only: a link elsewhere is not followed with it.
            throw new errors/* SealError */.EM('GITHUB_API_ERROR', `GitHub's answer to ${purpose} pointed at another host (${url.origin}); not followed.`);
        }
        const headers = {
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': GITHUB_API_VERSION,
            'User-Agent': this.userAgent
        };
        if (this.token)
            headers.Authorization = `Bearer ${this.token}`;
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const failed = (why) => new errors/* SealError */.EM('GITHUB_API_ERROR', `Could not ${purpose}: ${this.clean(why)} (${method} ${url.origin}${url.pathname}).`);
        await (0,http/* useEnvProxy */.Bs)();
        return (0,retry/* withRetries */.LH)(this.policy, async (_n, last) => {
            let res;
            try {
                res = await fetch(url, { method, headers, body: payload, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (err) {
                return (0,retry/* again */.TG)(failed(err instanceof Error ? `${err.name}: ${err.message}` : String(err)));
            }
            const waitAsked = res.headers.get('retry-after');
            if (!last && (res.status >= 500 || res.status === 429 || (res.status === 403 && waitAsked))) {
                await (0,http/* discard */.vf)(res);
                return (0,retry/* again */.TG)(failed(`HTTP ${res.status}`), waitAsked);
            }
            let text;
            try {
                text = (await (0,http/* readBody */.x8)(res, MAX_JSON_BYTES)).toString('utf8');
            }
            catch (err) {
                if (err instanceof http/* BodyTooLarge */.KQ)
                    throw failed(`an answer ${err.message}`);
                return (0,retry/* again */.TG)(failed(`an answer that broke off (${err instanceof Error ? err.message : String(err)})`));
            }
            let parsed;
            try {
                parsed = text.trim() === '' ? undefined : JSON.parse(text);
            }
            catch {
                if (res.ok)
                    return (0,retry/* again */.TG)(failed(`HTTP ${res.status} with a body that is not JSON`));
                parsed = undefined;
            }
            return { status: res.status, headers: res.headers, body: parsed, url };
        });
    }
    /** GitHub's own words for a failed answer: its `message` (redacted, cut short), else the status. */
    describe(answer) {
        const message = answer.body?.message;
        return typeof message === 'string' && message.trim()
            ? `HTTP ${answer.status}: ${this.clean(message.trim().split('\n')[0].slice(0, 300))}`
            : `HTTP ${answer.status}`;
    }
    /**
     * The error for an answer the caller did not expect: 401 names the token,
     * 403 the permission `needs` (e.g. `attestations: write`), the rest quote GitHub.
     */
    error(answer, purpose, needs) {
        const where = `${answer.url.origin}${answer.url.pathname}`;
        if (answer.status === 401) {
            return new errors/* SealError */.EM('GITHUB_AUTH', `GitHub did not accept \`github-token\` to ${purpose} (${this.describe(answer)}).`, {
                hint: this.token ? 'Pass a valid token: in a workflow the default `${{ github.token }}` is one.' : 'Pass a token in `github-token`.'
            });
        }
        if (answer.status === 403) {
            return new errors/* SealError */.EM('GITHUB_AUTH', `GitHub refused to ${purpose} (${this.describe(answer)}).`, {
                hint: `The token needs the \`${needs}\` permission: add \`permissions: ${needs}\` to the job (or grant it to the token in \`github-token\`).`
            });
        }
        return new errors/* SealError */.EM('GITHUB_API_ERROR', `GitHub could not ${purpose} (${this.describe(answer)}, ${where}).`);
    }
    /** Removes the token (and anything token-shaped) from text that came from elsewhere. */
    clean(text) {
        return (0,redact/* redact */.E)(text, this.token ? [this.token] : []);
    }
}
/** Largest bundle read from a `bundle_url` (compressed). */
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/**
 * Fetches a URL GitHub handed out that is not its API (an attestation's
 * `bundle_url` in blob storage): no token and no GitHub headers are sent,
 * network errors and 5xx are retried, and the body is bounded.
 */
async function fetchExternal(link, policy, timeoutMs, what) {
    const url = (0,http/* parseHttpURL */.nZ)(link);
    if (!url)
        throw new errors/* SealError */.EM('GITHUB_API_ERROR', `${what} is not an http(s) URL.`);
    // The address may carry a signature in its query: it is never printed.
    const shown = `${url.origin}${url.pathname}`;
    const failed = (why) => new errors/* SealError */.EM('GITHUB_API_ERROR', `Could not download ${what} (${why}, ${shown}).`);
    await (0,http/* useEnvProxy */.Bs)();
    return (0,retry/* withRetries */.LH)(policy, async (_n, last) => {
        let res;
        try {
            res = await fetch(url, { headers: { 'User-Agent': 'seal' }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (err) {
            return (0,retry/* again */.TG)(failed(err instanceof Error ? err.message : String(err)));
        }
        if (!res.ok) {
            await (0,http/* discard */.vf)(res);
            if (!last && (res.status >= 500 || res.status === 429))
                return (0,retry/* again */.TG)(failed(`HTTP ${res.status}`), res.headers.get('retry-after'));
            throw failed(`HTTP ${res.status}`);
        }
        try {
            return await (0,http/* readBody */.x8)(res, MAX_BLOB_BYTES);
        }
        catch (err) {
            if (err instanceof http/* BodyTooLarge */.KQ)
                throw failed(`a body ${err.message}`);
            return (0,retry/* again */.TG)(failed(`a body that broke off`));
        }
    });
}

;// CONCATENATED MODULE: ./src/core/github/attestations.ts
/**
 * GitHub's attestations API: storing a bundle in the repository a workflow
 * runs in, and listing the attestations of a subject digest in a repository
 * or an organisation (or a user account). Newer API versions answer with a
 * `bundle_url` only (the bundle in Snappy block format in blob storage);
 * older ones and GHES put the bundle inline. Both are read.
 */



/**
 * Stores a bundle (its protobuf-JSON form) with
 * `POST /repos/{owner}/{repo}/attestations`. The answer is 201 with the new
 * attestation's id; a 403 names the `attestations: write` permission.
 */
async function storeAttestation(client, repository, bundle, serverURL) {
    const owner = segment(repository.owner, 'GITHUB_REPOSITORY');
    const repo = segment(repository.repo, 'GITHUB_REPOSITORY');
    const purpose = `store the attestation in ${owner}/${repo}`;
    const answer = await client.request('POST', client.url(`/repos/${owner}/${repo}/attestations`), purpose, { bundle });
    if (answer.status !== 201 && answer.status !== 200)
        throw client.error(answer, purpose, 'attestations: write');
    const id = answer.body?.id;
    if ((typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
        throw new SealError('GITHUB_API_ERROR', `GitHub stored the attestation in ${owner}/${repo} but its answer has no attestation id.`);
    }
    return { id: String(id), url: `${serverURL.replace(/\/+$/, '')}/${owner}/${repo}/attestations/${encodeURIComponent(String(id))}` };
}
/** Largest decompressed bundle accepted from a `bundle_url`. */
const MAX_BUNDLE_BYTES = 128 * 1024 * 1024;
/** `acme/widgets` or `acme`, for messages. */
function scopeName(scope) {
    return 'repository' in scope ? `${scope.repository.owner}/${scope.repository.repo}` : scope.owner;
}
/**
 * The attestations of a digest, newest first as GitHub lists them, at most
 * `limit`: pages are followed through the Link header. None (GitHub answers
 * 404) is an empty list. For an owner the organisation endpoint is asked
 * first, then the user one (an account is one or the other).
 */
async function listAttestations(client, scope, options) {
    if (!/^[a-z0-9]+:[a-f0-9]+$/.test(options.digest))
        throw new errors/* SealError */.EM('INPUT_INVALID', `${JSON.stringify(options.digest)} is not a digest.`);
    const paths = 'repository' in scope
        ? [`/repos/${api_segment(scope.repository.owner, 'repository')}/${api_segment(scope.repository.repo, 'repository')}/attestations/${options.digest}`]
        : [`/orgs/${api_segment(scope.owner, 'owner')}/attestations/${options.digest}`, `/users/${api_segment(scope.owner, 'owner')}/attestations/${options.digest}`];
    const query = { per_page: Math.min(options.limit, 100), predicate_type: options.predicateType };
    const purpose = `list the attestations of ${options.digest} in ${scopeName(scope)}`;
    for (const path of paths) {
        const first = client.url(path, query);
        const found = [];
        let next = first;
        while (next && found.length < options.limit) {
            const answer = await client.request('GET', next, purpose);
            if (answer.status === 404)
                break;
            if (answer.status !== 200)
                throw client.error(answer, purpose, 'attestations: read');
            const items = pageItems(answer, purpose);
            for (const item of items)
                found.push(listed(client, item, `${first.origin}${first.pathname} #${found.length + 1}`));
            const target = (0,http/* nextLink */.IX)(answer.headers.get('link'));
            next = items.length && target ? new URL(target, first) : undefined;
        }
        if (found.length)
            return found.slice(0, options.limit);
    }
    return [];
}
function pageItems(answer, purpose) {
    const list = answer.body?.attestations;
    if (!Array.isArray(list))
        throw new errors/* SealError */.EM('GITHUB_API_ERROR', `GitHub's answer to ${purpose} has no \`attestations\` list.`);
    return list.filter((x) => x !== null && typeof x === 'object');
}
function listed(client, item, source) {
    return {
        source,
        bundle: async () => {
            // The inline bundle (API 2022-11-28, GHES) saves a download; newer versions answer with `bundle_url` alone.
            if (item.bundle && typeof item.bundle === 'object')
                return JSON.stringify(item.bundle);
            if (typeof item.bundle_url === 'string' && item.bundle_url)
                return downloadBundle(client, item.bundle_url, source);
            throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `attestation ${source} has neither a bundle nor a bundle_url.`);
        }
    };
}
/** A `bundle_url`'s body: a Snappy block holding the bundle's JSON. Fetched without the GitHub token. */
async function downloadBundle(client, link, source) {
    const compressed = await fetchExternal(link, client.policy, client.timeoutMs, `the bundle of attestation ${source}`);
    const { uncompress } = await loadSnappy();
    try {
        return Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8');
    }
    catch (err) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the bundle of attestation ${source} is not a Snappy block (${err instanceof Error ? err.message : String(err)}).`);
    }
}
/** The Snappy decoder, loaded only when a bundle comes from a `bundle_url`. */
async function loadSnappy() {
    const mod = await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19));
    return typeof mod.uncompress === 'function' ? mod : mod.default;
}

;// CONCATENATED MODULE: ./src/core/github/storage-record.ts
/**
 * Artifact metadata storage records: where an organisation's artifacts are
 * stored (an image in a registry), shown on its "Linked artifacts" page.
 * GitHub keeps them for organisations only, so the repository's owner type
 * is asked first (`GET /repos/{owner}/{repo}`).
 */


/** The type of a repository's owner as GitHub says it: `Organization` or `User`. */
async function repositoryOwnerType(client, repository) {
    const owner = segment(repository.owner, 'GITHUB_REPOSITORY');
    const repo = segment(repository.repo, 'GITHUB_REPOSITORY');
    const purpose = `read the repository ${owner}/${repo}`;
    const answer = await client.request('GET', client.url(`/repos/${owner}/${repo}`), purpose);
    if (answer.status !== 200)
        throw client.error(answer, purpose, 'contents: read');
    const type = answer.body?.owner?.type;
    if (typeof type !== 'string')
        throw new SealError('GITHUB_API_ERROR', `GitHub's answer for ${owner}/${repo} does not say who owns it.`);
    return type;
}
/**
 * Creates a storage record (`POST /orgs/{org}/artifacts/metadata/storage-record`)
 * and returns the ids of the records GitHub made. A 403 names the
 * `artifact-metadata: write` permission.
 */
async function createStorageRecord(client, org, record) {
    const purpose = `create a storage record for ${record.name}@${record.digest} in ${org}`;
    const body = { name: record.name, digest: record.digest, registry_url: record.registryURL };
    if (record.version)
        body.version = record.version;
    const answer = await client.request('POST', client.url(`/orgs/${segment(org, 'GITHUB_REPOSITORY')}/artifacts/metadata/storage-record`), purpose, body);
    if (answer.status !== 200 && answer.status !== 201)
        throw client.error(answer, purpose, 'artifact-metadata: write');
    const records = answer.body?.storage_records;
    if (!Array.isArray(records))
        return [];
    return records
        .map(r => r?.id)
        .filter(id => typeof id === 'number' || typeof id === 'string')
        .map(String);
}

;// CONCATENATED MODULE: ./src/core/github/index.ts
/**
 * GitHub itself: which GitHub a host name is (web URL, API base, OIDC issuer),
 * the event payload of the run, the REST client (api.ts), the attestations API
 * (attestations.ts) and artifact metadata storage records (storage-record.ts).
 * Light to load: the Snappy decoder for `bundle_url` bodies is loaded only
 * when one is read.
 */






// EXTERNAL MODULE: ./src/core/subjects/digest.ts
var subjects_digest = __webpack_require__(76989);
// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
;// CONCATENATED MODULE: ./src/core/steps/verify-github.ts
/**
 * The verify step's look-up in GitHub's attestations API: a subject with no
 * bundle file is looked up by its sha256 in the repository (`repository`) or
 * the account (`owner`), and the first attestation that verifies against the
 * policy is the subject's. The predicate type is filtered on the server and
 * checked again on the verified statement.
 */





/** What API look-ups verify when `predicate-type` is empty: SLSA provenance v1, as `gh attestation verify`. */
const DEFAULT_API_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
/**
 * The look-up for this step, or undefined: it needs `repository` or `owner`,
 * and `bundle-path` must not name one bundle file (a directory, or nothing,
 * leaves a subject without its bundle to be looked up).
 */
async function attestationLookup(inputs, ctx) {
    if (!inputs.repository && !inputs.owner)
        return undefined;
    if (inputs.bundlePath) {
        if (!(await (0,fs/* isDirectory */.wd)((0,external_node_path_.resolve)(ctx.cwd, inputs.bundlePath))))
            return undefined;
    }
    const scope = inputs.repository ? { repository: parseRepositorySlug(inputs.repository, 'repository') } : { owner: inputs.owner };
    if (inputs.githubToken)
        ctx.onSecret?.(inputs.githubToken);
    // `hostname` names the GitHub to ask (GHES, a ghe.com tenant); otherwise the runner's GITHUB_API_URL.
    const apiURL = inputs.hostname ? (0,host/* githubHost */.Se)(inputs.hostname).apiURL : githubURLs(ctx.env).apiURL;
    const client = new GitHubClient({ apiURL, token: inputs.githubToken, timeoutMs: inputs.timeoutMs, retries: inputs.retries });
    const where = scopeName(scope);
    return {
        async verify(file, missingBundle, expectations, verifyText) {
            const predicateType = expectations.predicateType ?? DEFAULT_API_PREDICATE_TYPE;
            const digest = `sha256:${(await (0,subjects_digest/* sha256File */.Q3)(file.path)).toString('hex')}`;
            ctx.log?.(`${file.name}: no bundle at ${missingBundle}; looking up ${digest} in the attestations of ${where}`);
            const found = await listAttestations(client, scope, { digest, predicateType, limit: inputs.limit });
            if (!found.length) {
                throw new errors/* SealError */.EM('BUNDLE_NOT_FOUND', `No bundle at ${missingBundle}, and GitHub lists no attestation of type ${predicateType} for ${digest} in ${where}.`, {
                    hint: 'Attest the file in a workflow of that repository (attest-action stores it there), or check `repository`, `owner` and `predicate-type`.'
                });
            }
            const wanted = { ...expectations, predicateType };
            let last;
            for (const attestation of found) {
                try {
                    return await verifyText(await attestation.bundle(), attestation.source, wanted);
                }
                catch (err) {
                    last = err;
                }
            }
            const n = found.length;
            throw new errors/* SealError */.EM(last instanceof errors/* SealError */.EM ? last.code : 'VERIFICATION_FAILED', n === 1
                ? `the attestation GitHub lists for ${digest} in ${where} does not verify: ${(0,errors/* messageOf */.bD)(last)}`
                : `none of the ${n} attestations GitHub lists for ${digest} in ${where} verifies; the last: ${(0,errors/* messageOf */.bD)(last)}`);
        }
    };
}


/***/ }),

/***/ 76989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   m: () => (/* binding */ parseDigest)
/* harmony export */ });
/* unused harmony exports READ_SIZE, WHOLE_READ_LIMIT, bufferSizeFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73093);





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
    const hashes = algorithms.map(alg => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg));
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `cannot read ${path}: ${err.code ?? err}`, { cause: err });
    }
}
function readError(path, err) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM)
        return err;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM('IO_ERROR', `cannot read ${path}: ${err.code ?? err.message}`, { cause: err });
}
/** Digests of bytes already in memory. */
function digestBytes(data, algorithms) {
    const out = {};
    for (const alg of algorithms)
        out[alg] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(data).digest();
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
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, first, 0, bufferSize, null);
        slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0;
        if (bytesRead === 0)
            return;
        update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead));
        sinceYield += bytesRead;
        if (sinceYield >= YIELD_BYTES) {
            sinceYield = 0;
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setImmediate)();
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


/***/ })

};
