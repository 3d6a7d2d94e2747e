export const id = 482;
export const ids = [482];
export const modules = {

/***/ 34482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  storeOnGitHub: () => (/* binding */ storeOnGitHub)
});

// EXTERNAL MODULE: ./src/core/github/host.ts
var host = __webpack_require__(48849);
// EXTERNAL MODULE: ./src/core/github/event.ts
var github_event = __webpack_require__(38043);
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
const MAX_BLOB_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/**
 * Fetches a URL GitHub handed out that is not its API (an attestation's
 * `bundle_url` in blob storage): no token and no GitHub headers are sent,
 * network errors and 5xx are retried, and the body is bounded.
 */
async function api_fetchExternal(link, policy, timeoutMs, what) {
    const url = parseHttpURL(link);
    if (!url)
        throw new SealError('GITHUB_API_ERROR', `${what} is not an http(s) URL.`);
    // The address may carry a signature in its query: it is never printed.
    const shown = `${url.origin}${url.pathname}`;
    const failed = (why) => new SealError('GITHUB_API_ERROR', `Could not download ${what} (${why}, ${shown}).`);
    await useEnvProxy();
    return withRetries(policy, async (_n, last) => {
        let res;
        try {
            res = await fetch(url, { headers: { 'User-Agent': 'seal' }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (err) {
            return again(failed(err instanceof Error ? err.message : String(err)));
        }
        if (!res.ok) {
            await discard(res);
            if (!last && (res.status >= 500 || res.status === 429))
                return again(failed(`HTTP ${res.status}`), res.headers.get('retry-after'));
            throw failed(`HTTP ${res.status}`);
        }
        try {
            return await readBody(res, MAX_BLOB_BYTES);
        }
        catch (err) {
            if (err instanceof BodyTooLarge)
                throw failed(`a body ${err.message}`);
            return again(failed(`a body that broke off`));
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
    const owner = api_segment(repository.owner, 'GITHUB_REPOSITORY');
    const repo = api_segment(repository.repo, 'GITHUB_REPOSITORY');
    const purpose = `store the attestation in ${owner}/${repo}`;
    const answer = await client.request('POST', client.url(`/repos/${owner}/${repo}/attestations`), purpose, { bundle });
    if (answer.status !== 201 && answer.status !== 200)
        throw client.error(answer, purpose, 'attestations: write');
    const id = answer.body?.id;
    if ((typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
        throw new errors/* SealError */.EM('GITHUB_API_ERROR', `GitHub stored the attestation in ${owner}/${repo} but its answer has no attestation id.`);
    }
    return { id: String(id), url: `${serverURL.replace(/\/+$/, '')}/${owner}/${repo}/attestations/${encodeURIComponent(String(id))}` };
}
/** Largest decompressed bundle accepted from a `bundle_url`. */
const MAX_BUNDLE_BYTES = (/* unused pure expression or super */ null && (128 * 1024 * 1024));
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
        throw new SealError('INPUT_INVALID', `${JSON.stringify(options.digest)} is not a digest.`);
    const paths = 'repository' in scope
        ? [`/repos/${segment(scope.repository.owner, 'repository')}/${segment(scope.repository.repo, 'repository')}/attestations/${options.digest}`]
        : [`/orgs/${segment(scope.owner, 'owner')}/attestations/${options.digest}`, `/users/${segment(scope.owner, 'owner')}/attestations/${options.digest}`];
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
            const target = nextLink(answer.headers.get('link'));
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
        throw new SealError('GITHUB_API_ERROR', `GitHub's answer to ${purpose} has no \`attestations\` list.`);
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
            throw new SealError('BUNDLE_MALFORMED', `attestation ${source} has neither a bundle nor a bundle_url.`);
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
        throw new SealError('BUNDLE_MALFORMED', `the bundle of attestation ${source} is not a Snappy block (${err instanceof Error ? err.message : String(err)}).`);
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
    const owner = api_segment(repository.owner, 'GITHUB_REPOSITORY');
    const repo = api_segment(repository.repo, 'GITHUB_REPOSITORY');
    const purpose = `read the repository ${owner}/${repo}`;
    const answer = await client.request('GET', client.url(`/repos/${owner}/${repo}`), purpose);
    if (answer.status !== 200)
        throw client.error(answer, purpose, 'contents: read');
    const type = answer.body?.owner?.type;
    if (typeof type !== 'string')
        throw new errors/* SealError */.EM('GITHUB_API_ERROR', `GitHub's answer for ${owner}/${repo} does not say who owns it.`);
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
    const answer = await client.request('POST', client.url(`/orgs/${api_segment(org, 'GITHUB_REPOSITORY')}/artifacts/metadata/storage-record`), purpose, body);
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






;// CONCATENATED MODULE: ./src/core/steps/attest-github.ts
/**
 * The attest step's GitHub part: the signed bundle is stored through the
 * attestations API of the repository the workflow runs in, and each image
 * pushed to a registry gets an artifact metadata storage record when an
 * organisation owns the repository. It runs after the bundle file is written,
 * so a refusal loses nothing: the step fails naming the file that holds the
 * attestation. A storage record that cannot be made is a warning, as it is
 * for actions/attest.
 */


/**
 * Stores the bundle (protobuf-JSON) on GitHub, unless `upload-attestation` is
 * false, the token is empty or the run names no repository; each of those is
 * said in one log line and gives undefined.
 */
async function storeOnGitHub(inputs, ctx, bundle, bundlePath, pushed) {
    if (!inputs.uploadAttestation) {
        ctx.log?.('The attestation is not stored on GitHub (`upload-attestation: false`).');
        return undefined;
    }
    if (!inputs.githubToken) {
        ctx.log?.('No `github-token`: the attestation is not stored on GitHub (only in the bundle file).');
        return undefined;
    }
    if (!ctx.env.GITHUB_REPOSITORY) {
        ctx.log?.('GITHUB_REPOSITORY is not set: the attestation is not stored on GitHub (only in the bundle file).');
        return undefined;
    }
    ctx.onSecret?.(inputs.githubToken);
    const repository = parseRepositorySlug(ctx.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
    const { apiURL, serverURL } = githubURLs(ctx.env);
    const client = new GitHubClient({ apiURL, token: inputs.githubToken, timeoutMs: inputs.timeoutMs, retries: inputs.retries });
    let stored;
    try {
        stored = await storeAttestation(client, repository, bundle, serverURL);
    }
    catch (err) {
        const e = err instanceof errors/* SealError */.EM ? err : new errors/* SealError */.EM('GITHUB_API_ERROR', (0,errors/* messageOf */.bD)(err));
        const hint = [e.hint, 'To keep attestations off GitHub, set `upload-attestation: false`.'].filter(Boolean).join(' ');
        throw new errors/* SealError */.EM(e.code, `${e.message.replace(/\.$/, '')}; the signed attestation is in ${bundlePath}.`, { hint, cause: err });
    }
    ctx.log?.(`Stored the attestation in ${repository.owner}/${repository.repo}: ${stored.url}`);
    const storageRecordIds = inputs.createStorageRecord && pushed.length ? await storageRecords(client, repository, pushed, inputs.subjectVersion, ctx) : [];
    return { attestationId: stored.id, attestationURL: stored.url, storageRecordIds };
}
/** One storage record per pushed image, for organisation repositories; a failure is a warning. */
async function storageRecords(client, repository, pushed, version, ctx) {
    const ids = [];
    try {
        const type = await repositoryOwnerType(client, repository);
        if (type !== 'Organization') {
            ctx.log?.(`${repository.owner} is not an organisation: no storage record (GitHub keeps them for organisations).`);
            return ids;
        }
        for (const image of pushed) {
            const name = `${image.registry}/${image.repository}`;
            const made = await createStorageRecord(client, repository.owner, { name, digest: image.digest, registryURL: `https://${image.registry}`, version });
            if (made.length)
                ctx.log?.(`Storage record for ${name}@${image.digest}: ${made.join(', ')}`);
            else
                ctx.warn?.(`GitHub made no storage record for ${name}@${image.digest}.`);
            ids.push(...made);
        }
    }
    catch (err) {
        ctx.warn?.(`Could not create a storage record: ${(0,errors/* messageOf */.bD)(err)}`);
    }
    return ids;
}


/***/ })

};
