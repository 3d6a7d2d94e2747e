export const id = 135;
export const ids = [135];
export const modules = {

/***/ 135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageSource: () => (/* binding */ imageSource),
  verifyImageRow: () => (/* binding */ verifyImageRow)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/backoff.ts
/**
 * Waiting between retries: exponential backoff with jitter, and the server's
 * own Retry-After when it gives one.
 */
/** Exponential backoff with jitter: ~base, 2×base, 4×base, ... capped at `max` (defaults: 250 ms, 8 s). */
function backoff(attempt, baseMs = 250, maxMs = 8000) {
    const base = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
}
function backoff_sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
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
/**
 * The wait before retry number `attempt`: what the server asked for in
 * Retry-After, else the backoff; never more than `maxMs` (a server asking
 * for an hour does not hold a release for an hour: the retry then fails
 * on its own and the step says why).
 */
function retryDelay(attempt, retryAfterHeader, baseMs = 250, maxMs = 8000) {
    return Math.min(retryAfter(retryAfterHeader) ?? backoff(attempt, baseMs, maxMs), maxMs);
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core/oci/errors.ts

/** The hint for every registry authentication failure: the inputs that carry credentials. */
const CREDENTIALS_HINT = 'The username and password (or token) must grant access to the repository; ' +
    'they come from the `registry-username` and `registry-password` inputs, else from `docker login`.';
/**
 * A registry request that failed. `status` is the HTTP status (absent for
 * network errors and timeouts); `method` and `path` name the request.
 */
class errors_RegistryError extends errors/* SealError */.EM {
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
function isRegistryError(err) {
    return err instanceof errors_RegistryError;
}

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/core/oci/auth.ts
/**
 * Registry credentials and authentication challenges.
 *
 * Credentials come from, in order: the explicit `registry-username` /
 * `registry-password` inputs; the docker config (`$DOCKER_CONFIG/config.json`
 * or `~/.docker/config.json`): a `credHelpers` entry for the registry, an
 * `auths` entry holding credentials, then `credsStore`. Helpers run as
 * `docker-credential-<name> get`, the server URL on stdin, JSON on stdout.
 *
 * Requests start anonymous. A 401 names the scheme: `Basic` sends the
 * credentials; `Bearer realm=…,service=…,scope=…` trades them at the realm for
 * a token, cached per scope until it expires. Every secret read (passwords,
 * helper secrets, tokens) goes to `onSecret` first, so callers can mask it.
 */








const EXPLICIT_SOURCE = 'the `registry-username` / `registry-password` inputs';
/** The key docker uses for Docker Hub in config.json and with credential helpers. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_KEYS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The identity-token marker docker uses as the username. */
const TOKEN_USERNAME = '<token>';
/** Path of the docker config file these options read. */
function dockerConfigPath(options = {}) {
    const env = options.env ?? process.env;
    const dir = options.dockerConfigDir ?? env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(dir, 'config.json');
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
/** The server URL docker hands a credential helper for a registry. */
function helperServerURL(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_AUTH_KEY : registry;
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(path, 'utf8');
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
/**
 * Finds credentials for a registry (host[:port], `docker.io` for Docker Hub).
 * Undefined means none are configured: requests go anonymous.
 */
async function resolveCredentials(registry, options = {}) {
    const secret = (s) => {
        if (s)
            options.onSecret?.(s);
    };
    const explicit = options.credentials;
    if (explicit && (explicit.username || explicit.password)) {
        secret(explicit.password);
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
    const path = dockerConfigPath(options);
    const config = await readDockerConfig(path);
    const helper = lookup(config.credHelpers, registry);
    if (typeof helper === 'string' && helper !== '') {
        return runCredentialHelper(helper, registry, options, `credHelpers in ${path}`);
    }
    const entry = lookup(config.auths, registry);
    if (entry && typeof entry === 'object') {
        const found = authEntry(entry, path, registry, secret);
        if (found)
            return found;
    }
    if (typeof config.credsStore === 'string' && config.credsStore !== '') {
        return runCredentialHelper(config.credsStore, registry, options, `credsStore in ${path}`);
    }
    return undefined;
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
/** Runs `docker-credential-<name> get` for a registry. Undefined when the helper has nothing for it. */
async function runCredentialHelper(name, registry, options = {}, configuredBy = 'the docker config') {
    const program = `docker-credential-${name}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
        throw new errors/* SealError */.EM('REGISTRY_AUTH', `The credential helper name "${name.slice(0, 80)}" (${configuredBy}) is not valid.`, {
            hint: 'Fix the docker config, or set `registry-username` and `registry-password`.'
        });
    }
    const timeoutMs = options.helperTimeoutMs ?? 10_000;
    const { code, stdout, stderr, error } = await new Promise(resolve => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
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
        child.stdin.end(`${helperServerURL(registry)}\n`);
    });
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
const MAX_TOKEN_RESPONSE = 1024 * 1024;
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
/** A refusal naming where the credentials came from and the inputs that set them. */
function refusedMessage(who, creds, what) {
    if (!creds) {
        return `${who} requires authentication (${what}) and no credentials are configured for it: set \`registry-username\` and \`registry-password\`.`;
    }
    if (creds.source === EXPLICIT_SOURCE)
        return `${who} rejected the credentials from ${EXPLICIT_SOURCE} (${what}).`;
    return `${who} rejected the credentials from ${creds.source} (${what}); set \`registry-username\` and \`registry-password\` to use others.`;
}
function isLoopback(host) {
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
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
            return new errors_RegistryError('REGISTRY_AUTH', `Registry ${registry} denied ${what} (HTTP 403)${creds ? ` for the credentials from ${creds.source}` : ' to anonymous requests'}.`, {
                registry,
                method,
                path,
                status,
                hint: 'The credentials lack access to this repository: check `registry-username` / `registry-password` and the token scopes ' +
                    '(for GitHub Packages, `permissions: packages: write` to push).'
            });
        }
        const message = refusedMessage(`Registry ${registry}`, creds, `HTTP ${status} to ${what}`);
        return new errors_RegistryError('REGISTRY_AUTH', message, { registry, method, path, status, hint: CREDENTIALS_HINT });
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
            return this.fetchToken(registry, state, [scope, ...(this.extraScopes.get(key) ?? [])].filter(Boolean));
        })();
        this.tokens.set(key, p);
        p.catch(() => {
            if (this.tokens.get(key) === p)
                this.tokens.delete(key);
        });
        return p.then(t => t.token);
    }
    async fetchToken(registry, state, scopes) {
        let url;
        try {
            url = new URL(state.realm);
        }
        catch {
            throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${registry} sent a token realm that is not a URL.`, { registry });
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${registry} sent a token realm with an unsupported scheme (${url.protocol}).`, { registry });
        }
        const creds = await this.credentialsFor(registry);
        if (creds &&
            url.protocol === 'http:' &&
            !isLoopback(url.hostname) &&
            (0,oci_reference/* registryScheme */.FG)(registry, this.options.insecureRegistries) === 'https') {
            throw new errors_RegistryError('REGISTRY_AUTH', `Registry ${registry} asks for credentials at a plain-http token service (${url.host}); seal does not send credentials unencrypted.`, { registry, hint: 'List the registry in the insecure registries option only if this is intended.' });
        }
        const headers = { Accept: 'application/json' };
        let res;
        if (creds?.identityToken) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.password, client_id: 'seal' });
            if (state.service)
                form.set('service', state.service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            res = await this.transport({ method: 'POST', url, headers, body: Buffer.from(form.toString()), registry });
        }
        else {
            if (state.service)
                url.searchParams.set('service', state.service);
            for (const s of scopes)
                url.searchParams.append('scope', s);
            if (creds) {
                url.searchParams.set('account', creds.username);
                const basic = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
                this.options.onSecret?.(basic);
                headers.Authorization = `Basic ${basic}`;
            }
            res = await this.transport({ method: 'GET', url, headers, registry });
        }
        const path = url.pathname;
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            const message = refusedMessage(`The token service of registry ${registry} (${url.host})`, creds, `HTTP ${res.status}`);
            throw new errors_RegistryError('REGISTRY_AUTH', message, { registry, method: 'GET', path, status: res.status, hint: CREDENTIALS_HINT });
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw new errors_RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered HTTP ${res.status}.`, {
                registry,
                method: creds?.identityToken ? 'POST' : 'GET',
                path,
                status: res.status,
                hint: 'The registry may be failing; re-run the step later.'
            });
        }
        const text = await readCapped(res, MAX_TOKEN_RESPONSE).catch(() => '');
        let body;
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                body = parsed;
        }
        catch {
            body = undefined;
        }
        const token = typeof body?.token === 'string' && body.token ? body.token : body?.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new errors_RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered without a token.`, {
                registry,
                path
            });
        }
        this.options.onSecret?.(token);
        if (typeof body?.refresh_token === 'string' && body.refresh_token)
            this.options.onSecret?.(body.refresh_token);
        const expiresIn = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        // Renew ten seconds early (or halfway for very short lifetimes) so a token never expires in flight.
        const margin = Math.min(10, expiresIn / 2);
        return { token, expiresAt: Date.now() + (expiresIn - margin) * 1000 };
    }
}
async function readCapped(res, max) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.length;
        if (size > max) {
            await reader.cancel();
            break;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}

// EXTERNAL MODULE: ./src/core/oci/types.ts
var types = __webpack_require__(8092);
;// CONCATENATED MODULE: ./src/core/oci/client.ts
/**
 * A client for the OCI distribution API: manifests, blobs, tags and the
 * referrers API, with authentication (see auth.ts), per-request timeouts,
 * bounded retries with backoff, and no trust in what the registry sends:
 * every manifest and blob read is checked against its digest and a size
 * limit, and manifests must be JSON objects.
 */









const MiB = 1024 * 1024;
const ERROR_BODY_LIMIT = 8 * 1024;
/** Most pages of a tag list followed. */
const MAX_TAG_PAGES = 10_000;
/** Most tags read from all the pages of a tag list together. */
const MAX_TAGS = 1_000_000;
/** Most bytes read from all the pages of a tag list together, as a multiple of the manifest limit. */
const TAG_LIST_BUDGET = 16;
class RegistryClient {
    /** Every request sent, in order, for logs and benchmarks. */
    requests = [];
    pushed = new Map();
    probes = new Map();
    meter = new external_node_async_hooks_.AsyncLocalStorage();
    auth;
    timeoutMs;
    retries;
    insecure;
    maxManifestBytes;
    maxBlobBytes;
    retryBaseMs;
    maxRetryDelayMs;
    userAgent;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = Math.max(0, options.retries ?? 3);
        this.insecure = options.insecureRegistries ?? [];
        this.maxManifestBytes = options.maxManifestBytes ?? 4 * MiB;
        this.maxBlobBytes = options.maxBlobBytes ?? 64 * MiB;
        this.retryBaseMs = options.retryBaseMs ?? 500;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
        this.userAgent = options.userAgent ?? 'seal';
        this.auth = new RegistryAuthenticator({ ...options, insecureRegistries: this.insecure }, req => this.send({ registry: req.registry, method: req.method, url: req.url, headers: req.headers, body: req.body, retry: true, auth: false }));
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
    /** The base URL of a registry's API: `http` for loopback and insecure registries. */
    baseURL(registry) {
        return (0,oci_reference/* registryBaseURL */.I3)(registry, this.insecure);
    }
    /**
     * Whether a manifest exists, with its digest and media type, from a HEAD.
     * When the HEAD answer carries no digest seal can check, or a Content-Type
     * that is not one of the manifest and index types asked for (an HTML page,
     * an answer from another resource after a redirect), a GET tells instead,
     * with everything `getManifest` checks. Undefined when it does not exist.
     */
    async head(repo, reference) {
        const url = this.url(repo, 'manifests', checkReference(reference));
        const res = await this.send(this.call(repo, 'HEAD', url, false, { Accept: types/* MANIFEST_MEDIA_TYPES */.$T.join(', ') }));
        await discard(res);
        if (res.status === 404)
            return undefined;
        if (res.status === 405)
            return this.headByGet(repo, reference);
        if (!res.ok)
            throw await this.httpError(repo.registry, 'HEAD', url, res);
        const digest = res.headers.get('docker-content-digest') ?? '';
        const mediaType = contentType(res);
        if (!(0,types/* isDigest */.Bc)(digest) || !types/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType))
            return this.headByGet(repo, reference);
        if ((0,types/* isDigest */.Bc)(reference) && digest !== reference) {
            throw this.mismatch(repo.registry, 'HEAD', url, `the registry reports digest ${digest} for manifest ${reference}`);
        }
        return { digest, mediaType };
    }
    async headByGet(repo, reference) {
        const m = await this.getManifest(repo, reference);
        return m && { digest: m.digest, mediaType: m.mediaType };
    }
    /**
     * Reads a manifest or index by tag or digest. The bytes must hash to the
     * requested digest (for a tag: to the Docker-Content-Digest header when
     * sent), fit the size limit and be a JSON object, and its media type (its
     * `mediaType` field, else the Content-Type) must be one of `accept`.
     * Undefined on 404.
     */
    async getManifest(repo, reference, accept = types/* MANIFEST_MEDIA_TYPES */.$T) {
        const url = this.url(repo, 'manifests', checkReference(reference));
        const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, { Accept: accept.join(', ') }), this.maxManifestBytes, `manifest ${reference}`);
        if (res.status === 404) {
            await discard(res);
            return undefined;
        }
        if (!bytes)
            throw await this.httpError(repo.registry, 'GET', url, res);
        const sent = res.headers.get('docker-content-digest');
        let digest;
        if ((0,types/* isDigest */.Bc)(reference)) {
            digest = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(reference));
            if (digest !== reference)
                throw this.mismatch(repo.registry, 'GET', url, `manifest ${reference} has content with digest ${digest}`);
        }
        else if (sent && (0,types/* isDigest */.Bc)(sent)) {
            digest = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(sent));
            if (digest !== sent)
                throw this.mismatch(repo.registry, 'GET', url, `tag ${reference} is served as ${sent} but the content has digest ${digest}`);
            if ((0,types/* digestAlgorithm */.g4)(digest) !== 'sha256')
                digest = (0,types/* digestOf */.ol)(bytes);
        }
        else {
            digest = (0,types/* digestOf */.ol)(bytes);
        }
        const json = parseObject(bytes);
        if (!json) {
            throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} that is not a JSON object.`, {
                registry: repo.registry,
                method: 'GET',
                path: url.pathname
            });
        }
        const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : contentType(res);
        if (!accept.includes(mediaType)) {
            const shown = mediaType ? JSON.stringify(mediaType.slice(0, 100)) : 'no media type';
            throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} with ${shown}, not one of the manifest media types requested.`, {
                registry: repo.registry,
                method: 'GET',
                path: url.pathname,
                hint: `Requested: ${accept.join(', ')}.`
            });
        }
        const etag = res.headers.get('etag') ?? undefined;
        return { bytes, mediaType, digest, size: bytes.length, json, ...(etag ? { etag } : {}) };
    }
    /**
     * Stores a manifest under a tag or its digest and returns its sha256
     * digest. With `ifMatch`, registries that support conditional writes refuse
     * (HTTP 412) when the tag changed since it was read. When every answer to
     * the PUT was lost, a HEAD tells whether it was stored all the same.
     */
    async putManifest(repo, reference, bytes, mediaType, options = {}) {
        const url = this.url(repo, 'manifests', checkReference(reference));
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
            const now = await this.head(repo, reference);
            return now !== undefined && ((0,types/* isDigest */.Bc)(reference) || now.digest === digest);
        };
        let res;
        for (let attempt = 1;; attempt++) {
            const answer = await this.sendWrite(this.call(repo, 'PUT', url, true, headers, body), landed);
            if (!answer)
                return digest;
            res = answer;
            if (res.ok)
                break;
            const err = await this.httpError(repo.registry, 'PUT', url, res);
            // A blob being linked by a concurrent upload of the same content can read as unknown for a moment.
            if (res.status === 400 && err.codes.includes('MANIFEST_BLOB_UNKNOWN') && attempt <= this.retries) {
                await (0,promises_.setTimeout)(this.retryDelay(attempt));
                continue;
            }
            throw err;
        }
        await discard(res);
        const sent = res.headers.get('docker-content-digest');
        if (sent && (0,types/* isDigest */.Bc)(sent) && (0,types/* digestOf */.ol)(body, (0,types/* digestAlgorithm */.g4)(sent)) !== sent) {
            throw this.mismatch(repo.registry, 'PUT', url, `the registry stored the manifest as ${sent}, but it hashes to ${digest}`);
        }
        return digest;
    }
    /** Reads a blob and checks its digest; at most `maxBytes` (default: the client's blob limit). */
    async getBlob(repo, digest, maxBytes = this.maxBlobBytes) {
        const url = this.url(repo, 'blobs', checkDigest(digest));
        const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, {}), maxBytes, `blob ${digest}`);
        if (!bytes)
            throw await this.httpError(repo.registry, 'GET', url, res, `blob ${digest} of ${repo.repository}`);
        const actual = (0,types/* digestOf */.ol)(bytes, (0,types/* digestAlgorithm */.g4)(digest));
        if (actual !== digest)
            throw this.mismatch(repo.registry, 'GET', url, `blob ${digest} has content with digest ${actual}`);
        return bytes;
    }
    async blobExists(repo, digest) {
        return this.exists(repo, digest, false);
    }
    async exists(repo, digest, push) {
        const url = this.url(repo, 'blobs', checkDigest(digest));
        const res = await this.send(this.call(repo, 'HEAD', url, push, {}));
        await discard(res);
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await this.httpError(repo.registry, 'HEAD', url, res);
        return true;
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
            upload = this.upload(repo, body, descriptor.digest);
            this.pushed.set(key, upload);
            upload.catch(() => this.pushed.delete(key));
        }
        await upload;
        return descriptor;
    }
    async upload(repo, body, digest) {
        if (await this.exists(repo, digest, true))
            return;
        const start = this.url(repo, 'blobs', 'uploads/');
        // An upload session can vanish between the POST and the PUT (a retried PUT meets a
        // finished or expired session): unless the blob is there by then, start again from the POST.
        for (let round = 0;; round++) {
            const opened = await this.send(this.call(repo, 'POST', start, true, {}));
            if (opened.status !== 202 && opened.status !== 201)
                throw await this.httpError(repo.registry, 'POST', start, opened);
            await discard(opened);
            if (opened.status === 201)
                return;
            const location = opened.headers.get('location');
            if (!location) {
                throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} started a blob upload without a Location header.`, {
                    registry: repo.registry,
                    method: 'POST',
                    path: start.pathname,
                    status: opened.status
                });
            }
            let target;
            try {
                target = new URL(location, start);
            }
            catch {
                throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} sent an upload Location that is not a URL.`, {
                    registry: repo.registry,
                    method: 'POST',
                    path: start.pathname
                });
            }
            target.searchParams.set('digest', digest);
            const res = await this.sendWrite(this.call(repo, 'PUT', target, true, { 'Content-Type': 'application/octet-stream' }, body), () => this.exists(repo, digest, true));
            if (!res)
                return;
            if (res.status === 404) {
                // The session is gone. Either an earlier attempt of this PUT finished the upload and only
                // its answer was lost (the retry then meets the closed session), or the session expired.
                const gone = await this.httpError(repo.registry, 'PUT', target, res);
                if (await this.exists(repo, digest, true))
                    return;
                if (round < Math.max(1, this.retries))
                    continue;
                throw gone;
            }
            if (!res.ok)
                throw await this.httpError(repo.registry, 'PUT', target, res);
            await discard(res);
            const sent = res.headers.get('docker-content-digest');
            if (sent && (0,types/* isDigest */.Bc)(sent) && sent !== digest && (0,types/* digestOf */.ol)(body, (0,types/* digestAlgorithm */.g4)(sent)) !== sent) {
                throw this.mismatch(repo.registry, 'PUT', target, `the registry stored the blob as ${sent}, but it hashes to ${digest}`);
            }
            return;
        }
    }
    /**
     * The referrers of a manifest from the OCI 1.1 referrers API, filtered by
     * artifact type when one is given. Undefined when the registry has no such
     * API (404 or 400, or an answer that is not an image index).
     */
    async referrers(repo, digest, artifactType) {
        const url = this.url(repo, 'referrers', checkDigest(digest));
        if (artifactType)
            url.searchParams.set('artifactType', artifactType);
        const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, { Accept: types/* OCI_INDEX */.$p }), this.maxManifestBytes, `referrers of ${digest}`);
        if (res.status === 404 || res.status === 400 || res.status === 405) {
            await discard(res);
            return undefined;
        }
        if (!bytes)
            throw await this.httpError(repo.registry, 'GET', url, res);
        if (contentType(res) !== types/* OCI_INDEX */.$p)
            return undefined;
        const json = parseObject(bytes);
        if (!json || !Array.isArray(json.manifests)) {
            throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} answered the referrers of ${digest} with an index that has no manifests list.`, {
                registry: repo.registry,
                method: 'GET',
                path: url.pathname
            });
        }
        const list = json.manifests.map((d, i) => (0,types/* parseDescriptor */.BA)(d, `Referrer ${i} of ${digest} from registry ${repo.registry}`));
        return artifactType ? list.filter(d => d.artifactType === artifactType) : list;
    }
    /** Every tag of a repository, following `Link: <…>; rel="next"` pages. Empty when the repository does not exist. */
    async listTags(repo, pageSize) {
        let url = this.url(repo, 'tags', 'list');
        if (pageSize !== undefined)
            url.searchParams.set('n', String(pageSize));
        const origin = url.origin;
        const tags = [];
        // A page seen before means the Link headers go round in a circle; the budget bounds what a
        // registry that keeps inventing new pages can make this read.
        const seen = new Set();
        const budget = TAG_LIST_BUDGET * this.maxManifestBytes;
        let read = 0;
        const refuse = (what, at) => new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} ${what}; stopped reading the tag list of ${repo.repository} there.`, {
            registry: repo.registry,
            method: 'GET',
            path: at.pathname
        });
        for (let page = 0; url; page++) {
            if (page >= MAX_TAG_PAGES)
                throw refuse(`sent more than ${MAX_TAG_PAGES} pages of tags`, url);
            seen.add(url.href);
            const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, { Accept: 'application/json' }), this.maxManifestBytes, 'a tag list');
            if (res.status === 404) {
                await discard(res);
                return tags;
            }
            if (!bytes)
                throw await this.httpError(repo.registry, 'GET', url, res);
            const json = parseObject(bytes);
            const list = json?.tags;
            if (!json || (list !== null && list !== undefined && (!Array.isArray(list) || !list.every(t => typeof t === 'string')))) {
                throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} answered the tag list of ${repo.repository} with something that is not a list of tags.`, {
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
                for (const t of list)
                    tags.push(t);
            }
            const next = nextLink(res.headers.get('link'));
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
                throw new errors_RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} pointed the next tag page at another host (${nextURL.host}).`, {
                    registry: repo.registry,
                    method: 'GET',
                    path: url.pathname
                });
            }
            url = nextURL;
        }
        return tags;
    }
    url(repo, kind, rest) {
        if (!(0,oci_reference/* isRepositoryPath */.og)(repo.repository)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `"${repo.repository.slice(0, 200)}" is not a valid repository name.`);
        }
        return new URL(`${this.baseURL(repo.registry)}/v2/${repo.repository}/${kind}/${rest}`);
    }
    call(repo, method, url, push, headers, body) {
        return { registry: repo.registry, method, url, scope: repositoryScope(repo.repository, push), headers, body, retry: true, auth: true };
    }
    /**
     * Sends a request: authenticated from what the registry's challenges taught
     * (one more attempt after a 401), retried with backoff on network errors,
     * 5xx and 429 when the call allows it. Throws on network failure and on
     * 401/403 that authentication cannot fix; returns every other response.
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
            if (!(err instanceof errors_RegistryError) || err.code !== 'REGISTRY_ERROR' || err.status !== undefined)
                throw err;
            if (await landed().catch(() => false))
                return undefined;
            throw err;
        }
    }
    async exchange(call, sameOrigin) {
        let challenged = false;
        let attempt = 0;
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
            try {
                res = await fetch(call.url, {
                    method: call.method,
                    headers,
                    body: call.body,
                    redirect: 'follow',
                    signal: AbortSignal.timeout(this.timeoutMs)
                });
            }
            catch (err) {
                this.log(call, 0, started);
                if (call.retry && attempt < this.retries) {
                    attempt++;
                    await (0,promises_.setTimeout)(this.retryDelay(attempt));
                    continue;
                }
                throw this.networkError(call, err);
            }
            this.log(call, res.status, started);
            if (call.retry && attempt < this.retries && retryable(res.status)) {
                attempt++;
                const wait = this.retryDelay(attempt, res.headers.get('retry-after'));
                await discard(res);
                await (0,promises_.setTimeout)(wait);
                continue;
            }
            // An answer that counts (a retried failure does not): the registry's pace, for `timed`.
            const meter = this.meter.getStore();
            if (meter)
                meter.ms += Date.now() - started;
            if (call.auth && (res.status === 401 || res.status === 403)) {
                const header = res.headers.get('www-authenticate');
                await discard(res);
                if (res.status === 401 && !challenged && (await this.auth.challenge(call.registry, call.scope, header, sent))) {
                    challenged = true;
                    continue;
                }
                throw await this.auth.refusal(call.registry, res.status, call.method, call.url.pathname);
            }
            return res;
        }
    }
    log(call, status, started) {
        this.requests.push({ method: call.method, host: call.url.host, path: call.url.pathname, status, durationMs: Date.now() - started });
    }
    /** The wait before retry number `attempt`: the registry's Retry-After when it sent one, else backoff; capped. */
    retryDelay(attempt, retryAfterHeader) {
        return retryDelay(attempt, retryAfterHeader, this.retryBaseMs, this.maxRetryDelayMs);
    }
    networkError(call, err) {
        const name = err?.name;
        const why = name === 'TimeoutError' || name === 'AbortError'
            ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s`
            : (0,redact/* redact */.E)(causeOf(err)).slice(0, 200);
        const retried = call.retry && this.retries > 0 ? ` (after ${this.retries} retries)` : '';
        return new errors_RegistryError('REGISTRY_ERROR', `Could not reach registry ${call.registry} for ${call.method} ${call.url.pathname}${retried}: ${why}.`, {
            registry: call.registry,
            method: call.method,
            path: call.url.pathname,
            hint: 'Check the registry host in the image reference and the network path to it.',
            cause: err
        });
    }
    async httpError(registry, method, url, res, what) {
        let detail = '';
        let codes = [];
        if (method !== 'HEAD' && res.body) {
            const text = (await readUpTo(res, ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
            ({ detail, codes } = errorDetail(text));
        }
        else {
            await discard(res);
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
        return new errors_RegistryError('REGISTRY_ERROR', message, { registry, method, path: url.pathname, status: res.status, codes, hint });
    }
    mismatch(registry, method, url, what) {
        return new errors_RegistryError('DIGEST_MISMATCH', `Registry ${registry} sent content that does not match its digest: ${what}.`, {
            registry,
            method,
            path: url.pathname,
            hint: 'The registry (or something between it and this job) altered the content; nothing it sent was used.'
        });
    }
    /**
     * Sends a GET and, when it succeeds, reads the body (at most `max` bytes).
     * A body that breaks off sends the whole request again, within the retries.
     * Without `bytes`, the response failed and its body is unread.
     */
    async getBody(call, max, what) {
        for (let attempt = 1;; attempt++) {
            const res = await this.send(call);
            if (!res.ok)
                return { res };
            try {
                return { res, bytes: await this.read(res, max, call.registry, call.method, call.url, what) };
            }
            catch (err) {
                if (err instanceof errors_RegistryError)
                    throw err;
                if (attempt > this.retries)
                    throw this.networkError(call, err);
                await (0,promises_.setTimeout)(this.retryDelay(attempt));
            }
        }
    }
    /** Reads a body of at most `max` bytes; a larger one is refused. */
    async read(res, max, registry, method, url, what) {
        const tooLarge = () => new errors_RegistryError('REGISTRY_ERROR', `Registry ${registry} sent ${what} larger than the ${formatBytes(max)} limit.`, {
            registry,
            method,
            path: url.pathname
        });
        const declared = Number(res.headers.get('content-length') ?? NaN);
        if (Number.isFinite(declared) && declared > max) {
            await discard(res);
            throw tooLarge();
        }
        const bytes = await readUpTo(res, max + 1);
        if (bytes.length > max)
            throw tooLarge();
        return bytes;
    }
}
/** Reads at most `limit` bytes of a body, then stops reading it. */
async function readUpTo(res, limit) {
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        size += value.length;
        if (size >= limit) {
            await reader.cancel().catch(() => undefined);
            break;
        }
    }
    return Buffer.concat(chunks, size).subarray(0, limit);
}
async function discard(res) {
    if (res.body && !res.bodyUsed)
        await res.body.cancel().catch(() => undefined);
}
function retryable(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** The target of `rel="next"` in a Link header. */
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
function contentType(res) {
    return (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}
function parseObject(bytes) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
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
/** A value for a message: a string quoted and cut short, anything else by its type. */
function shownValue(value) {
    return typeof value === 'string' ? `"${value.slice(0, 160)}"` : value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
function checkReference(reference) {
    if (typeof reference === 'string' && ((0,types/* isDigest */.Bc)(reference) || (0,oci_reference/* isTag */.dz)(reference)))
        return reference;
    throw new errors/* SealError */.EM('INPUT_INVALID', `${shownValue(reference)} is neither a tag nor a digest (sha256:<64 hex digits>).`);
}
function checkDigest(digest) {
    if (typeof digest === 'string' && (0,types/* isDigest */.Bc)(digest))
        return digest;
    throw new errors/* SealError */.EM('INPUT_INVALID', `${shownValue(digest)} is not a digest (sha256:<64 lowercase hex digits>).`);
}
function formatBytes(n) {
    return n >= MiB && n % MiB === 0 ? `${n / MiB} MiB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/core/image/client.ts

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

// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(8616);
;// CONCATENATED MODULE: ./src/core/oci/referrers.ts
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
function jitter(ms) {
    return ms * (0.75 + Math.random() * 0.5);
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
    let listed = first;
    for (let round = 0; round < 5; round++) {
        if (listed?.some(d => d.digest === digest))
            return;
        await sleep(jitter(settleMs * 2 ** round));
        listed = await client.referrers(repo, subject);
    }
    throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} accepted referrer ${digest} of ${subject} in ${repo.repository}, but its referrers API does not list it.`, { registry: repo.registry, hint: 'The registry may index referrers late; re-run the step.' });
}
async function readTagIndex(client, repo, tag) {
    // Accept every manifest type: a tag holding something else must be seen (and refused), not overwritten.
    const m = await client.getManifest(repo, tag);
    if (!m)
        return undefined;
    const json = m.json;
    if (json.schemaVersion !== 2 || json.mediaType !== types/* OCI_INDEX */.$p || !Array.isArray(json.manifests)) {
        throw new errors_RegistryError('REGISTRY_ERROR', `Tag ${tag} in ${repo.registry}/${repo.repository} holds ${typeof json.mediaType === 'string' ? json.mediaType : 'a manifest'}, not an OCI image index, so it cannot list referrers.`, { registry: repo.registry, hint: `Delete or rename the tag ${tag}; the referrers tag schema reserves it.` });
    }
    const entries = new Map();
    json.manifests.forEach((raw, i) => {
        const d = (0,types/* parseDescriptor */.BA)(raw, `Entry ${i} of tag ${tag} in ${repo.registry}/${repo.repository}`);
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
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
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
                // 412: the tag changed since it was read (conditional write); read it again.
                if (!(err instanceof RegistryError && err.status === 412))
                    throw err;
                await sleep(Math.random() * settle);
                continue;
            }
            // A writer that read before this write lands within about one read-modify-write; wait longer
            // than that. Measured in the registry's answering time: retried faults and their waits do
            // not slow another writer down.
            settle = Math.max(settle, 2 * (readMs + writeMs));
        }
        // One look, a settle later: a writer that read the tag before this write has landed by then,
        // so what is listed now stays listed.
        await sleep(jitter(settle));
        if (listed(await readTagIndex(client, repo, tag)))
            return;
        await sleep(Math.random() * Math.min(2000, 50 * 2 ** attempt));
    }
    throw new RegistryError('REGISTRY_ERROR', `Could not keep ${own.length === 1 ? `referrer ${own[0]}` : `${own.length} referrers`} listed in tag ${tag} of ${repo.registry}/${repo.repository} after ${maxAttempts} attempts: other writers kept replacing the tag.`, { registry: repo.registry, hint: 'Too many jobs update the signatures of this image at once; re-run the step.' });
}
/**
 * The referrers of a manifest: from the referrers API when the registry has
 * one, else from the referrers tag (none when the tag does not exist).
 * `includeTag` also reads the tag when the API answers, for referrers pushed
 * before the registry had the API.
 */
async function referrers_listReferrers(client, repo, digest, options = {}) {
    const tag = (0,types/* referrersTag */.LN)(digest);
    const filter = (list) => options.artifactType ? list.filter(d => d.artifactType === options.artifactType) : list;
    const api = await client.referrers(repo, digest, options.artifactType);
    if (api !== undefined && !options.includeTag)
        return { descriptors: filter(api), source: 'referrers-api', tag };
    const index = await readTagIndex(client, repo, tag);
    const fromTag = [...(index?.entries.values() ?? [])].map((raw, i) => (0,types/* parseDescriptor */.BA)(raw, `Entry ${i} of tag ${tag}`));
    if (api === undefined)
        return { descriptors: filter(fromTag), source: 'referrers-tag', tag };
    const byDigest = new Map(api.map(d => [d.digest, d]));
    for (const d of fromTag)
        if (!byDigest.has(d.digest))
            byDigest.set(d.digest, d);
    return { descriptors: filter([...byDigest.values()]), source: 'referrers-api', tag };
}

;// CONCATENATED MODULE: ./src/core/image/resolve.ts



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
        return (0,oci_reference/* parseRepository */.SU)(input, 'signature-repository');
    const fromEnv = env.COSIGN_REPOSITORY?.trim();
    return fromEnv ? (0,oci_reference/* parseRepository */.SU)(fromEnv, 'COSIGN_REPOSITORY') : undefined;
}
/**
 * Resolves an image reference to its manifest digest, media type and size.
 * A tag is looked up once; everything after that uses the digest, so a tag
 * moved meanwhile cannot change what is signed or verified.
 */
async function resolveImage(client, text, opts = {}) {
    return (await resolve_resolveManifest(client, text, opts)).image;
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
async function resolve_resolveManifest(client, text, opts = {}) {
    const { input = 'image', where, signatureRepository } = opts;
    const ref = (0,oci_reference/* parseImageReference */.o_)(text, input);
    const manifest = await client.getManifest(ref, ref.reference);
    if (!manifest) {
        throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `\`${input}\`: ${text} was not found in ${where ?? ref.registry}.`, {
            hint: where
                ? `Save it there first with \`seal save ${text} --dir DIR\`, or name an image the directory holds.`
                : 'Check the repository, tag or digest, and that the credentials can read it.'
        });
    }
    if (ref.digest && manifest.digest !== ref.digest) {
        throw new errors/* SealError */.EM('REGISTRY_ERROR', `${where ?? ref.registry} answered for ${ref.digest} with the digest ${manifest.digest}.`);
    }
    if (!types/* MANIFEST_MEDIA_TYPES */.$T.includes(manifest.mediaType)) {
        const shown = manifest.mediaType ? JSON.stringify(manifest.mediaType.slice(0, 100)) : 'no media type';
        throw new errors/* SealError */.EM('REGISTRY_ERROR', `\`${input}\`: ${where ?? ref.registry} holds ${text} with ${shown}, which is not an image manifest or index media type.`, {
            hint: `Sign or verify an image: its manifest must be one of ${types/* MANIFEST_MEDIA_TYPES */.$T.join(', ')}.`
        });
    }
    const pinned = ref.withDigest(manifest.digest);
    return {
        image: {
            given: text,
            ref: pinned,
            descriptor: { mediaType: manifest.mediaType, size: manifest.bytes.length, digest: manifest.digest },
            resolvedFromTag: ref.digest ? undefined : ref.reference,
            store: signatureRepository ? (0,oci_reference/* inRepository */.yJ)(pinned, signatureRepository) : pinned
        },
        manifest
    };
}

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
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
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
        entries.push({ mediaType: m.mediaType, size: m.size, digest: m.digest, ...(d.artifactType ? { artifactType: d.artifactType } : {}), annotations: { [KIND]: KINDS.referrer } });
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
            await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(dir, 'oci-layout'));
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
            bytes = await (0,external_node_fs_promises_.readFile)(path);
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
            out.push({ mediaType: e.mediaType, size: e.size, digest: e.digest, ...(e.artifactType ? { artifactType: e.artifactType } : {}), ...(annotations ? { annotations } : {}) });
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/expectations.ts + 3 modules
var core_expectations = __webpack_require__(4249);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
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
    out[ANNOTATIONS.signature] =
        bundle.content.$case === 'messageSignature' ? Buffer.from(bundle.content.messageSignature.signature).toString('base64') : '';
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate') {
        out[ANNOTATIONS.certificate] = pem.fromDER(Buffer.from(vm.certificate.rawBytes));
        out[ANNOTATIONS.chain] = '';
    }
    else if (vm.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = vm.x509CertificateChain.certificates;
        out[ANNOTATIONS.certificate] = pem.fromDER(Buffer.from(leaf.rawBytes));
        out[ANNOTATIONS.chain] = rest.map(c => pem.fromDER(Buffer.from(c.rawBytes))).join('');
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
        const chain = [certPEM, ...splitPEM(annotations[ANNOTATIONS.chain] ?? '')];
        verificationMaterial.x509CertificateChain = { certificates: chain.map(c => ({ rawBytes: core_dist.pem.toDER(c).toString('base64') })) };
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
function splitPEM(text) {
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g) ?? [];
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
var intoto = __webpack_require__(797);
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

// EXTERNAL MODULE: ./src/core/verify.ts + 1 modules
var verify = __webpack_require__(1589);
;// CONCATENATED MODULE: ./src/core/image/legacy-store.ts
/**
 * Appending to cosign's legacy signature images (`sha256-<hex>.sig` / `.att`).
 * cosign reads the tag, appends a layer and writes the whole manifest back,
 * so two signers at once lose one signature. Here every writer reads back
 * after writing and writes again until its layer is listed, and checks once
 * more after a pause so a slower concurrent writer cannot drop it unnoticed.
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
/** The same signature: same payload digest, media type and annotations (the signature among them). */
function sameLayer(a, b) {
    if (a.digest !== b.digest || a.mediaType !== b.mediaType)
        return false;
    const x = a.annotations ?? {};
    const y = b.annotations ?? {};
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every(k => x[k] === y[k]);
}
/**
 * Adds a signature (or attestation) layer to the legacy tag of an image and
 * returns the tag once the layer is confirmed there.
 */
async function appendLegacyLayer(client, repo, imageDigest, suffix, layer, options = {}) {
    const tag = cosignTag(imageDigest, suffix);
    const blob = await client.pushBlob(repo, layer.blob, layer.mediaType);
    const ours = { mediaType: layer.mediaType, size: blob.size, digest: blob.digest, annotations: layer.annotations };
    const maxAttempts = options.maxAttempts ?? 20;
    const settle = options.settleMs ?? 300;
    // Whether the tag was read a full window after this call's last write (or check).
    let settled = false;
    // A concurrent writer can drop our layer for as long as one of its read-modify-writes takes:
    // the pause before confirming grows with the slowest one seen here (a loaded registry is slow).
    // It is measured in the registry's answering time: timeouts, failed attempts and the waits
    // between retries say nothing about how fast another writer's read-modify-write lands.
    let window = settle;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const { value: layers, serviceMs: readMs } = await client.timed(() => readLegacyLayers(client, repo, tag));
        if (layers.some(l => sameLayer(l, ours))) {
            // Listed a window after our write: a concurrent read-modify-write that started before it
            // (and would drop our layer) has landed by then, so the layer stays.
            if (settled)
                return tag;
            await sleep(window + Math.random() * window);
            settled = true;
            continue;
        }
        const next = [...layers, ours];
        const { serviceMs: writeMs } = await client.timed(async () => {
            const config = await client.pushBlob(repo, legacyConfig(next.map(l => l.digest)), OCI_CONFIG);
            await client.putManifest(repo, tag, legacyManifest({ ...config, mediaType: OCI_CONFIG }, next), OCI_MANIFEST);
        });
        window = Math.max(window, 2 * (readMs + writeMs));
        await sleep(window + Math.random() * window);
        settled = true;
    }
    throw new SealError('REGISTRY_ERROR', `Could not keep the signature listed in ${repo.registry}/${repo.repository}:${tag} after ${maxAttempts} attempts: other writers keep replacing the tag.`, { hint: 'Re-run the step; if it persists, sign with `signature-format: bundle`, which does not rewrite a shared tag.' });
}

;// CONCATENATED MODULE: ./src/core/image/verify-image.ts











function imageSha256(image) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(image.descriptor.digest);
    if (!m)
        throw new errors/* SealError */.EM('INPUT_INVALID', `${image.given} has a ${image.descriptor.digest.split(':')[0]} digest; seal verifies sha256 images.`);
    return Buffer.from(m[1], 'hex');
}
/** Signature or attestation bundles stored as referrers (API or referrers tag). */
async function referrerCandidates(client, image, searched) {
    const list = await referrers_listReferrers(client, image.store, image.descriptor.digest, { includeTag: true });
    const bundles = list.descriptors.filter(d => d.artifactType === types/* SIGSTORE_BUNDLE_V03 */.En || d.artifactType?.startsWith('application/vnd.dev.sigstore.bundle'));
    searched.push(`referrers of ${image.descriptor.digest} (${list.source === 'referrers-api' ? 'referrers API' : `referrers tag ${list.tag}`}): ${bundles.length} Sigstore bundle${bundles.length === 1 ? '' : 's'}`);
    return bundles.map(d => ({
        location: storedAt(image, `@${d.digest}`),
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
async function legacyCandidates(client, image, suffix, searched) {
    const tag = (0,types/* cosignTag */.qv)(image.descriptor.digest, suffix);
    const layers = await readLegacyLayers(client, image.store, tag);
    searched.push(`legacy tag ${tag}: ${layers.length ? `${layers.length} layer${layers.length === 1 ? '' : 's'}` : 'not found'}`);
    return layers.map((layer, i) => ({
        location: storedAt(image, `:${tag} layer ${i}`),
        load: async () => {
            const blob = await client.getBlob(image.store, layer.digest);
            const bundle = bundleFromLegacyLayer(blob, layer.mediaType, layer.annotations ?? {}, `${tag} layer ${i}`);
            if (suffix === 'att')
                return { bundle, digest: imageSha256(image) };
            // A signature signs its payload; the payload must name this image.
            return {
                bundle,
                digest: (0,external_node_crypto_.createHash)('sha256').update(blob).digest(),
                afterVerify: () => checkSimpleSigning(blob, image)
            };
        }
    }));
}
function checkSimpleSigning(payload, image) {
    const claim = parseSimpleSigning(payload);
    if (claim.manifestDigest !== image.descriptor.digest) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `the signature is for another image: its payload names ${claim.manifestDigest}, not ${image.descriptor.digest}`);
    }
    if (claim.dockerReference !== image.ref.repositoryName) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `the signature is for another repository: its payload names ${claim.dockerReference}, not ${image.ref.repositoryName}`);
    }
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
        ...(await legacyCandidates(client, image, attestations ? 'att' : 'sig', searched))
    ];
    const failures = [];
    for (const c of candidates) {
        try {
            const { bundle, digest, afterVerify } = await c.load();
            // In signature mode an attestation bundle is not a signature (its predicate says what it claims).
            const facts = (0,core_expectations/* statementFacts */.Zw)(bundle);
            if (!attestations && facts && facts.predicateType !== intoto/* COSIGN_SIGN_PREDICATE */.u) {
                failures.push({ location: c.location, reason: `an attestation (${facts.predicateType}), not a signature` });
                continue;
            }
            const result = await (0,verify.verifyBundle)(bundle, { digest: { algorithm: 'sha256', value: digest } }, expectations.signer, trust, expectations.thresholds);
            afterVerify?.();
            const checked = (0,core_expectations/* checkExpectations */.Ez)(bundle, result, expectations);
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
    const store = image.store.repositoryName === image.ref.repositoryName ? '' : ` of the signature repository ${storedAt(image)}`;
    const looked = `looked in ${v.searched.join('; ')}${store}`;
    if (v.failures.length === 0)
        return `no ${what}s found for ${image.descriptor.digest}; ${looked}`;
    const reasons = v.failures.map(f => `${f.location}: ${f.reason}`).join(' | ');
    return `none of ${v.failures.length} ${what}${v.failures.length === 1 ? '' : 's'} verified (${reasons}); ${looked}`;
}

;// CONCATENATED MODULE: ./src/core/image/verify-rows.ts






async function imageSource(inputs, ctx) {
    if (!inputs.localImage) {
        return { reader: registryClient(inputs, ctx.env, ctx.onSecret), images: inputs.images, signatureRepository: signatureRepository(inputs.signatureRepository, ctx.env) };
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
    const client = source.reader;
    const image = await resolveImage(client, text, { where: source.where, signatureRepository: source.signatureRepository });
    if (image.resolvedFromTag)
        ctx.warn?.(`${text} is a tag: verified its current digest ${image.descriptor.digest}.`);
    const v = await verifyImage(client, image, expectations, trust);
    const sha256 = image.descriptor.digest.replace(/^sha256:/, '');
    if (!v.ok || !v.verified) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `${describeImageFailure(image, v, !!expectations.predicateType)}.`);
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
        predicateType: v.predicateType,
        predicateDigest: v.predicateDigest,
        predicate: v.predicate
    };
}


/***/ })

};
