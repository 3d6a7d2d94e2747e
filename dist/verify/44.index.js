export const id = 44;
export const ids = [44];
export const modules = {

/***/ 87814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ describeMatch),
/* harmony export */   FX: () => (/* binding */ matchString),
/* harmony export */   Sx: () => (/* binding */ evaluateCel),
/* harmony export */   XT: () => (/* binding */ loadRegexps),
/* harmony export */   at: () => (/* binding */ evaluateKyvernoConditions),
/* harmony export */   compileCel: () => (/* binding */ compileCel)
/* harmony export */ });
/* unused harmony export parseDuration */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71186);
/**
 * The languages of policy conditions: RE2 regular expressions and Kyverno
 * wildcards for identities, CEL for seal's attestation conditions, and
 * Kyverno's JMESPath conditions with its operators. The libraries are loaded
 * on first use (only when a policy is given).
 */


const regexps = new Map();
let re2;
/** Loads the RE2 engine; call once before `matchString` with regexps. */
async function loadRegexps() {
    re2 ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
}
/** A string against one constraint; regexps follow Go RE2 (`MatchString` when unanchored, a whole-value match when anchored). */
function matchString(m, value) {
    if (m.kind === 'exact')
        return value === m.value;
    if (m.kind === 'wildcard')
        return (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchWildcard */ .q6)(m.pattern, value);
    if (!re2)
        throw new Error('loadRegexps() was not awaited');
    let compiled = regexps.get(m.pattern);
    if (!compiled) {
        compiled = re2.RE2JS.compile(m.pattern);
        regexps.set(m.pattern, compiled);
    }
    const matcher = compiled.matcher(value);
    return m.anchored ? matcher.matches() : matcher.find();
}
/** How a constraint reads in a message. */
function describeMatch(m) {
    if (m.kind === 'exact')
        return JSON.stringify(m.value);
    if (m.kind === 'wildcard')
        return `wildcard ${JSON.stringify(m.pattern)}`;
    return `${m.anchored ? 'anchored' : 'unanchored'} RE2 /${m.pattern}/`;
}
const celPrograms = new Map();
/**
 * Compiles a CEL expression (throws on a syntax error), once per process: a
 * policy is loaded once and evaluated for every statement of every image.
 */
async function compileCel(expression) {
    let program = celPrograms.get(expression);
    if (!program) {
        const { parse } = await __webpack_require__.e(/* import() */ 337).then(__webpack_require__.bind(__webpack_require__, 47337));
        program = parse(expression);
        celPrograms.set(expression, program);
    }
    return program;
}
/** Evaluates seal's CEL condition over a statement; only `true` passes. Returns why it failed, or undefined. */
async function evaluateCel(expression, statement) {
    const program = await compileCel(expression);
    let result;
    try {
        result = program({ predicate: statement.predicate ?? null, predicateType: statement.predicateType ?? null, subject: statement.subject ?? [], statement });
    }
    catch (err) {
        return `the condition ${JSON.stringify(expression)} could not be evaluated: ${err.message.split('\n')[0]}`;
    }
    if (result === true)
        return undefined;
    return `the condition ${JSON.stringify(expression)} is ${typeof result === 'boolean' ? 'false' : `not a boolean (${String(result)})`}`;
}
let jmes;
/** Kyverno's extra functions seal implements (the standard JMESPath functions come with the library). */
const KYVERNO_FUNCTIONS = ['regex_match', 'time_since', 'time_after', 'time_before'];
async function loadJmes() {
    if (jmes)
        return jmes;
    const lib = await __webpack_require__.e(/* import() */ 22).then(__webpack_require__.bind(__webpack_require__, 34022));
    await loadRegexps();
    const any = [{ types: [lib.TYPE_ANY] }];
    const str = { types: [lib.TYPE_STRING] };
    const opt = { override: true, warn: false };
    lib.registerFunction('regex_match', ([re, s]) => matchString({ kind: 'regexp', pattern: String(re), anchored: false }, String(s)), [str, ...any], opt);
    lib.registerFunction('time_since', ([, a, b]) => goDuration(timeOf(b) - timeOf(a)), [str, str, str], opt);
    lib.registerFunction('time_after', ([a, b]) => timeOf(a) > timeOf(b), [str, str], opt);
    lib.registerFunction('time_before', ([a, b]) => timeOf(a) < timeOf(b), [str, str], opt);
    jmes = lib;
    return lib;
}
/** A time for Kyverno's time functions: RFC 3339; empty means now. */
function timeOf(v) {
    if (v === '' || v === undefined)
        return Date.now();
    const t = Date.parse(String(v));
    if (Number.isNaN(t))
        throw new Error(`"${String(v)}" is not an RFC 3339 time`);
    return t;
}
/** Go's `time.Duration.String()` of milliseconds, e.g. `26h3m4.5s`. */
function goDuration(ms) {
    if (ms === 0)
        return '0s';
    const sign = ms < 0 ? '-' : '';
    let rest = Math.abs(ms) / 1000;
    const h = Math.floor(rest / 3600);
    rest -= h * 3600;
    const m = Math.floor(rest / 60);
    const s = +(rest - m * 60).toFixed(3);
    return `${sign}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}
const DURATION_UNITS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A Go duration (`168h`, `1h30m`, `1.5s`) in milliseconds, or undefined. */
function parseDuration(text) {
    const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
    if (!m)
        return text === '0' ? 0 : undefined;
    let total = 0;
    for (const part of text.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
        total += Number(part[1]) * DURATION_UNITS[part[2]];
    return m[1] === '-' ? -total : total;
}
/** Substitutes `{{ expr }}` in a value, innermost first; a string that is one whole `{{ expr }}` becomes the result itself. */
async function substitute(value, context) {
    if (typeof value !== 'string')
        return value;
    const lib = await loadJmes();
    let text = value;
    for (;;) {
        const m = /\{\{((?:(?!\{\{)[\s\S])*?)\}\}/.exec(text);
        if (!m)
            return text;
        let result;
        try {
            result = lib.search(context, m[1].trim());
        }
        catch (err) {
            const fn = /Unknown function: (\w+)\(\)/.exec(err.message);
            if (fn) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('POLICY_UNSUPPORTED', `the JMESPath function ${fn[1]}() is a Kyverno extension seal does not implement (it implements the standard functions and ${KYVERNO_FUNCTIONS.join(', ')})`);
            }
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('POLICY_INVALID', `the JMESPath expression "${m[1].trim()}" failed: ${err.message}`);
        }
        if (m.index === 0 && m[0].length === text.length)
            return result ?? null;
        text = text.slice(0, m.index) + (typeof result === 'string' ? result : JSON.stringify(result ?? null)) + text.slice(m.index + m[0].length);
    }
}
function numeric(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const d = parseDuration(v);
        if (d !== undefined && /[a-z]$/.test(v))
            return d;
        if (v.trim() !== '' && !Number.isNaN(Number(v)))
            return Number(v);
    }
    return undefined;
}
/** Kyverno `Equals`: strings match the value as a wildcard (durations compare as durations), numbers numerically, the rest as JSON. */
function equals(key, value) {
    if (typeof key === 'string' && typeof value === 'string') {
        const dk = parseDuration(key);
        const dv = parseDuration(value);
        if (dk !== undefined && dv !== undefined && /[a-z]$/.test(key) && /[a-z]$/.test(value))
            return dk === dv;
        return (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchWildcard */ .q6)(value, key);
    }
    if (typeof key === 'number' || typeof value === 'number') {
        const a = numeric(key);
        const b = numeric(value);
        return a !== undefined && b !== undefined && a === b;
    }
    return JSON.stringify(key) === JSON.stringify(value);
}
const asList = (v) => (Array.isArray(v) ? v : [v]);
const within = (k, list) => list.some(v => equals(k, v));
function compare(key, value, op, durations) {
    const a = durations ? (typeof key === 'string' ? parseDuration(key) : undefined) : numeric(key);
    const b = durations ? (typeof value === 'string' ? parseDuration(value) : undefined) : numeric(value);
    return a !== undefined && b !== undefined && op(a, b);
}
const OPERATORS = {
    Equals: equals,
    Equal: equals,
    NotEquals: (k, v) => !equals(k, v),
    NotEqual: (k, v) => !equals(k, v),
    In: (k, v) => asList(k).every(x => within(x, asList(v))),
    AnyIn: (k, v) => asList(k).some(x => within(x, asList(v))),
    AllIn: (k, v) => asList(k).every(x => within(x, asList(v))),
    NotIn: (k, v) => !asList(k).every(x => within(x, asList(v))),
    AnyNotIn: (k, v) => asList(k).some(x => !within(x, asList(v))),
    AllNotIn: (k, v) => asList(k).every(x => !within(x, asList(v))),
    GreaterThan: (k, v) => compare(k, v, (a, b) => a > b, false),
    GreaterThanOrEquals: (k, v) => compare(k, v, (a, b) => a >= b, false),
    LessThan: (k, v) => compare(k, v, (a, b) => a < b, false),
    LessThanOrEquals: (k, v) => compare(k, v, (a, b) => a <= b, false),
    DurationGreaterThan: (k, v) => compare(k, v, (a, b) => a > b, true),
    DurationGreaterThanOrEquals: (k, v) => compare(k, v, (a, b) => a >= b, true),
    DurationLessThan: (k, v) => compare(k, v, (a, b) => a < b, true),
    DurationLessThanOrEquals: (k, v) => compare(k, v, (a, b) => a <= b, true)
};
async function holds(c, predicate) {
    const op = OPERATORS[c.operator];
    if (!op)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('POLICY_UNSUPPORTED', `the condition operator ${c.operator} is not one Kyverno documents (${Object.keys(OPERATORS).join(', ')})`);
    return op(await substitute(c.key, predicate), await substitute(c.value, predicate));
}
/**
 * Kyverno attestation conditions over a predicate (the JSON context root):
 * blocks AND-ed; in a block all of `all` and one of `any` must hold.
 * Returns why they failed, or undefined.
 */
async function evaluateKyvernoConditions(blocks, predicate) {
    for (const [i, b] of blocks.entries()) {
        for (const c of b.all ?? []) {
            if (!(await holds(c, predicate)))
                return c.message ?? `conditions[${i}].all: ${JSON.stringify(c.key)} ${c.operator} ${JSON.stringify(c.value)} does not hold`;
        }
        if (b.any && b.any.length) {
            let one = false;
            for (const c of b.any)
                if (await holds(c, predicate))
                    one = true;
            if (!one)
                return b.any.find(c => c.message)?.message ?? `conditions[${i}].any: none of ${b.any.length} conditions holds`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 71186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileGlob: () => (/* binding */ compileGlob),
/* harmony export */   ko: () => (/* binding */ selects),
/* harmony export */   q6: () => (/* binding */ matchWildcard)
/* harmony export */ });
/* unused harmony exports PC_GLOB_CHARS, ggcrName, kyvernoImageString, matchGlob */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/**
 * Image patterns of the admission engines, and the image strings they are
 * matched against. Each engine matches a different string with a different
 * pattern language; both are reproduced here exactly:
 *
 * - policy-controller globs match go-containerregistry's `Name()` of the
 *   reference: `index.docker.io/library/nginx@sha256:…` (tag dropped once a
 *   digest is there). `*` is any run without `/`, `**` any run, nothing else
 *   is special; only the globs `*` and `*∕*` get Docker Hub prepended.
 * - Kyverno wildcards match `ImageInfo.String()`: `docker.io/nginx@sha256:…`
 *   (no `library/`). `*` is any run including `/`, `?` one character.
 */

/** The characters policy-controller allows in an `images[].glob`. */
const PC_GLOB_CHARS = /^[a-zA-Z0-9\-_:/*.@]+$/;
const GGCR_REPOSITORY = /^[a-z0-9_.\-/]+$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function split(image) {
    let rest = image;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost'))
        return { registry: first, path: rest.slice(slash + 1), tag, digest };
    return { path: rest, tag, digest };
}
/**
 * go-containerregistry's `name.ParseReference(image, WeakValidation).Name()`:
 * `registry/repository:tag` (default tag `latest`) or `registry/repository@digest`.
 * Docker Hub is `index.docker.io`, one-component names get `library/`; the
 * registry keeps its case, the repository must be lowercase. Throws on what
 * go-containerregistry rejects.
 */
function ggcrName(image) {
    const s = split(image);
    let registry = s.registry ?? 'index.docker.io';
    if (registry === 'docker.io')
        registry = 'index.docker.io';
    let path = s.path;
    if (registry === 'index.docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!path || !GGCR_REPOSITORY.test(path) || path.split('/').some(c => c === '')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `"${image}" is not a valid image reference (repository "${s.path}")`);
    }
    if (s.digest !== undefined) {
        if (!DIGEST.test(s.digest))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `"${image}" has an invalid digest`);
        return `${registry}/${path}@${s.digest}`;
    }
    if (s.tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(s.tag))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `"${image}" has an invalid tag`);
    return `${registry}/${path}:${s.tag ?? 'latest'}`;
}
/** Kyverno's `ImageInfo.String()`: `registry/path@digest`, else `registry/path:tag`; the registry defaults to `docker.io`, with no `library/`. */
function kyvernoImageString(image) {
    const s = split(image);
    const registry = s.registry ?? 'docker.io';
    if (s.digest !== undefined)
        return `${registry}/${s.path}@${s.digest}`;
    return `${registry}/${s.path}:${s.tag ?? 'latest'}`;
}
const compiled = new Map();
/**
 * Compiles a policy-controller glob (`glob.Compile`): throws SealError
 * POLICY_INVALID for characters the controller rejects. `seal-glob` is the
 * same language without the two Docker Hub rewrites.
 */
function compileGlob(glob, language = 'pc-glob') {
    const key = `${language} ${glob}`;
    const hit = compiled.get(key);
    if (hit)
        return hit;
    let g = glob;
    if (language === 'pc-glob') {
        if (g === '*/*')
            g = 'index.docker.io/*/*';
        else if (g === '*')
            g = 'index.docker.io/library/*';
    }
    if (!PC_GLOB_CHARS.test(g)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('POLICY_INVALID', `the image glob "${glob}" may only hold letters, digits and - _ : / * . @`);
    }
    const body = g
        .split('**')
        .map(part => part
        .split('*')
        .map(literal => literal.replace(/\./g, '\\.'))
        .join('[^/]*'))
        .join('.*');
    const re = new RegExp(`^${body}$`);
    compiled.set(key, re);
    return re;
}
/**
 * policy-controller `glob.Match(glob, image)`: the glob against `ggcrName(image)`,
 * and, if that does not match and differs from the raw string, against the raw string.
 */
function matchGlob(glob, image, language = 'pc-glob') {
    const re = compileGlob(glob, language);
    const name = ggcrName(image);
    if (re.test(name))
        return true;
    return name !== image && re.test(image);
}
/** Kyverno's wildcard match (go-wildcard `Match`): whole string, case-sensitive; `*` any run, `?` one character. */
function matchWildcard(pattern, text) {
    // Iterative match with backtracking to the last `*`: linear in practice, no regular expression built from user text.
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            mark = t;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** Whether a rule's image selector takes the image (given as a digest reference, as at admission). */
function selects(selector, image) {
    if (selector.language === 'wildcard') {
        const s = kyvernoImageString(image);
        return selector.include.some(p => matchWildcard(p, s)) && !selector.exclude.some(p => matchWildcard(p, s));
    }
    const name = ggcrName(image);
    const hit = (g) => compileGlob(g, selector.language).test(name);
    return selector.include.some(hit) && !selector.exclude.some(hit);
}


/***/ }),

/***/ 20044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicyVerifyStep: () => (/* binding */ runPolicyVerifyStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/concurrency.ts
var concurrency = __webpack_require__(10663);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/formats/intoto.ts
var intoto = __webpack_require__(10797);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
// EXTERNAL MODULE: ./src/core/verify/bundle.ts + 5 modules
var bundle = __webpack_require__(66177);
// EXTERNAL MODULE: ./src/core/verify/roots.ts
var roots = __webpack_require__(42264);
// EXTERNAL MODULE: ./src/core/image/verify-image.ts + 4 modules
var verify_image = __webpack_require__(37830);
;// CONCATENATED MODULE: ./src/core/image/policy-evidence.ts






const ACCEPT_ANY_IDENTITY = { describe: () => 'any identity', check: () => { } };
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== intoto/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return undefined;
    try {
        return JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
    }
    catch {
        return undefined;
    }
}
class RegistryEvidence {
    client;
    image;
    reference;
    givenWithDigest;
    trust;
    thresholds;
    lists = new Map();
    verified = new Map();
    constructor(client, image, reference, givenWithDigest, trust, thresholds) {
        this.client = client;
        this.image = image;
        this.reference = reference;
        this.givenWithDigest = givenWithDigest;
        this.trust = trust;
        this.thresholds = thresholds;
    }
    imageIn(repository) {
        if (!repository)
            return this.image;
        return { ...this.image, store: (0,reference/* inRepository */.yJ)(this.image.ref, (0,reference/* parseRepository */.SU)(repository, 'policy signature repository')) };
    }
    /** Everything stored at one place, loaded (a candidate that cannot be loaded keeps its error). */
    list(source, repository) {
        const key = `${source} ${repository ?? ''}`;
        let hit = this.lists.get(key);
        if (!hit) {
            hit = (async () => {
                const searched = [];
                const image = this.imageIn(repository);
                let found;
                try {
                    found = source === 'referrers' ? await (0,verify_image/* referrerCandidates */.Q$)(this.client, image, searched) : await (0,verify_image/* legacyCandidates */.QZ)(this.client, image, source, searched);
                }
                catch (err) {
                    return { searched: [...searched, `${source}: ${(0,errors/* messageOf */.bD)(err)}`], loaded: [] };
                }
                const loaded = await Promise.all(found.map(async (c) => {
                    try {
                        const { bundle, digest, afterVerify, annotations } = await c.load();
                        const statement = statementOf(bundle);
                        const kind = source === 'sig'
                            ? 'signature'
                            : source === 'att'
                                ? 'attestation'
                                : statement && statement.predicateType !== intoto/* COSIGN_SIGN_PREDICATE */.u
                                    ? 'attestation'
                                    : 'signature';
                        return { location: c.location, bundle, digest, afterVerify, annotations, statement, kind };
                    }
                    catch (err) {
                        return { location: c.location, error: (0,errors/* messageOf */.bD)(err) };
                    }
                }));
                return { searched, loaded };
            })();
            this.lists.set(key, hit);
        }
        return hit;
    }
    verify(c, trust) {
        const key = `${c.location} ${trust.kind === 'key' ? `${trust.publicKeyPEM} ${trust.tlog}` : `keyless ${trust.sct}`}`;
        let hit = this.verified.get(key);
        if (!hit) {
            hit = (async () => {
                if (c.error || !c.bundle || !c.digest)
                    return { ok: false, location: c.location, reason: c.error ?? 'not loaded' };
                // Against the root that signed it, when the trusted-root file holds several, with thresholds that root can meet.
                const root = (0,roots/* rootFor */.C2)(c.bundle, this.trust);
                const { tlogThreshold, timestampThreshold, tlogThresholdGiven } = this.thresholds;
                const rooted = (0,roots/* thresholdsFor */.sx)(root.trustedRoot, { tlogThreshold, timestampThreshold }, !!tlogThresholdGiven);
                const options = trust.kind === 'key'
                    ? { tlogThreshold: trust.tlog ? rooted.tlogThreshold : 0, timestampThreshold: 0 }
                    : { ...rooted, ...(trust.sct ? {} : { ctlogThreshold: 0 }) };
                try {
                    const expect = trust.kind === 'key' ? { publicKeyPEM: trust.publicKeyPEM } : { policy: ACCEPT_ANY_IDENTITY };
                    const result = await (0,bundle/* verifyBundle */.I)(c.bundle, { digest: { algorithm: 'sha256', value: c.digest } }, expect, root, options);
                    c.afterVerify?.();
                    const verified = { location: c.location, identity: result.identity, issuer: result.issuer, certificatePEM: result.certificatePEM };
                    if (c.annotations)
                        verified.annotations = c.annotations();
                    if (c.statement)
                        verified.statement = c.statement;
                    return { ok: true, verified };
                }
                catch (err) {
                    return { ok: false, location: c.location, reason: (0,errors/* messageOf */.bD)(err) };
                }
            })();
            this.verified.set(key, hit);
        }
        return hit;
    }
    async candidates(kind, location, repository, trust) {
        const sources = location === 'legacy'
            ? [kind === 'signature' ? 'sig' : 'att']
            : location === 'bundle'
                ? ['referrers']
                : ['referrers', kind === 'signature' ? 'sig' : 'att'];
        const searched = [];
        const outcomes = [];
        for (const source of sources) {
            const l = await this.list(source, repository);
            searched.push(...l.searched);
            const mine = l.loaded.filter(c => c.error || c.kind === kind);
            outcomes.push(...(await Promise.all(mine.map(c => this.verify(c, trust)))));
        }
        return { searched, outcomes };
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/policy/documents/cip-repository.ts
/** The authority an exported ClusterImagePolicy names. */
const CIP_AUTHORITY = 'seal';
/** The name of the attestation an exported ClusterImagePolicy requires with a predicate type. */
const CIP_ATTESTATION = 'seal-attestation';
/** Rego (v0 syntax, as policy-controller runs it): some matched certificate names the repository. */
function repositoryRego(repository, attestations) {
    const list = attestations ? `attestations[${JSON.stringify(CIP_ATTESTATION)}]` : 'signatures';
    return [
        'package sigstore',
        'default isCompliant = false',
        'isCompliant {',
        `  input.authorityMatches[${JSON.stringify(CIP_AUTHORITY)}].${list}[_].githubWorkflowRepo == ${JSON.stringify(repository)}`,
        '}',
        ''
    ].join('\n');
}
/** Rego's tokens as far as this block needs them: strings, names, numbers, `==`/`!=`/`:=`, any other character alone. */
function tokens(text) {
    return text.match(/"(?:[^"\\\n]|\\.)*"|`[^`]*`|[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[=!:]=|\S/g) ?? [];
}
/** The repository and list an exported block requires, or undefined when the text is anything else. */
function readRepositoryRego(text) {
    const given = tokens(text);
    // The repository is the last token before the closing brace: `== "owner/repo" }`.
    const literal = given[given.length - 2];
    if (!literal?.startsWith('"'))
        return undefined;
    let repository;
    try {
        repository = JSON.parse(literal);
    }
    catch {
        return undefined;
    }
    if (typeof repository !== 'string')
        return undefined;
    for (const attestations of [false, true]) {
        const want = tokens(repositoryRego(repository, attestations));
        if (want.length === given.length && want.every((t, i) => t === given[i]))
            return { repository, attestations };
    }
    return undefined;
}
/**
 * Folds an exported `spec.policy` into the authority it names, as the
 * certificate requirement Kyverno's `additionalExtensions.githubWorkflowRepository`
 * becomes (compared exactly, as Rego's `==`). Returns whether it did; the
 * entries are then changed in place.
 *
 * Why this is the same decision: the authority passes when some signature
 * matches it, and the Rego asks that some signature the authority matched
 * names the repository, so requiring both of one signature is the same
 * decision. With attestations the same holds of the one required attestation.
 * It holds only when the named authority is the document's only one (otherwise
 * another authority could pass the document while the Rego fails it) and is
 * keyless (a key has no certificate).
 */
function foldRepositoryPolicy(policy, authorities, entries) {
    if (policy.type !== 'rego' || typeof policy.data !== 'string' || policy.remote != null || policy.configMapRef != null)
        return false;
    const read = readRepositoryRego(policy.data);
    if (!read || authorities.length !== 1 || entries.length !== 1)
        return false;
    const raw = authorities[0];
    const entry = entries[0];
    if (raw.name !== CIP_AUTHORITY || entry.signer.kind !== 'keyless')
        return false;
    const attestations = entry.attestations ?? [];
    const listed = raw.attestations ?? [];
    if (read.attestations ? attestations.length !== 1 || listed[0]?.name !== CIP_ATTESTATION : attestations.length !== 0)
        return false;
    for (const id of entry.signer.identities)
        id.extensions = { ...id.extensions, githubWorkflowRepository: { kind: 'exact', value: read.repository } };
    return true;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/policy/documents/fields.ts
/**
 * Reading policy documents field by field, with errors that name the
 * document and the field path (`spec.authorities[0].keyless.identities`).
 */


/** The document being read: its kind, name and source, for messages. */
class DocumentFields {
    kind;
    name;
    source;
    constructor(kind, name, source) {
        this.kind = kind;
        this.name = name;
        this.source = source;
    }
    where(path) {
        return `${this.kind} "${this.name}" (${this.source}) ${path}`;
    }
    /** The document is invalid as its engine's webhook would reject it. */
    invalid(path, why) {
        return new errors/* SealError */.EM('POLICY_INVALID', `${this.where(path)}: ${why}`, { hint: 'Fix the policy file given in `policy`.' });
    }
    /** The document uses a field seal cannot evaluate in CI. */
    unsupported(path, why) {
        return new errors/* SealError */.EM('POLICY_UNSUPPORTED', `${this.where(path)} cannot be evaluated by seal: ${why}`, {
            hint: 'Remove that field from the copy of the policy given to `policy`, or express the check in a SealImagePolicy.'
        });
    }
    object(value, path, optional = false) {
        if (value === undefined || value === null) {
            if (optional)
                return undefined;
            throw this.invalid(path, 'is required');
        }
        if (typeof value !== 'object' || Array.isArray(value))
            throw this.invalid(path, 'must be a mapping');
        return value;
    }
    list(value, path) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw this.invalid(path, 'must be a list');
        return value;
    }
    string(value, path) {
        if (value === undefined || value === null || value === '')
            return undefined;
        if (typeof value !== 'string')
            throw this.invalid(path, 'must be a string');
        return value;
    }
    requiredString(value, path) {
        const s = this.string(value, path);
        if (s === undefined)
            throw this.invalid(path, 'is required');
        return s;
    }
    /** Fields seal knows it cannot evaluate: the first present one is reported. */
    refuse(obj, base, fields) {
        for (const [field, why] of Object.entries(fields)) {
            if (obj[field] !== undefined && obj[field] !== null)
                throw this.unsupported(`${base}.${field}`, why);
        }
    }
    /** Fields the engine does not define. */
    known(obj, base, fields) {
        for (const k of Object.keys(obj))
            if (!fields.includes(k))
                throw this.invalid(`${base}.${k}`, 'is not a field of this object');
    }
    /** A PEM public key (the first block, as the engines read it). */
    publicKey(value, path) {
        const text = this.requiredString(value, path);
        const m = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/.exec(text);
        if (!m)
            throw this.invalid(path, 'must hold a PEM public key (-----BEGIN PUBLIC KEY-----)');
        try {
            (0,external_node_crypto_.createPublicKey)(m[0]);
        }
        catch (err) {
            throw this.invalid(path, `is not a valid public key: ${err.message}`);
        }
        return m[0];
    }
    /** Every PEM public key in the text (Kyverno `publicKeys` counts each as an entry). */
    publicKeys(value, path) {
        const text = this.requiredString(value, path);
        const keys = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [];
        if (keys.length === 0)
            throw this.invalid(path, 'must hold PEM public keys (-----BEGIN PUBLIC KEY-----)');
        return keys.map((k, i) => this.publicKey(k, `${path}[${i}]`));
    }
}
/** Checks that an RE2 pattern compiles, so a bad policy fails when it is loaded. */
async function checkRegexp(doc, m, path) {
    if (m.kind !== 'regexp')
        return;
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    try {
        RE2JS.compile(m.pattern);
    }
    catch (err) {
        throw doc.invalid(path, `is not a valid RE2 regular expression: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/core/policy/documents/cip.ts
/**
 * policy-controller `ClusterImagePolicy` (policy.sigstore.dev v1alpha1 and
 * v1beta1, identical fields) → the evaluated model, with the defaulting and
 * validating webhooks' rules: `mode` enforce by default, authorities named
 * `authority-<i>`, exactly one of key/keyless/static, identities with one
 * issuer form and one subject form, shorthand predicate types expanded.
 * Regular expressions are Go RE2, unanchored, as the controller runs them.
 */


/** cosign's predicate type shorthands (`options.PredicateTypeMap`); anything else is used verbatim. */
const COSIGN_PREDICATE_SHORTHANDS = {
    custom: 'https://cosign.sigstore.dev/attestation/v1',
    slsaprovenance: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance1: 'https://slsa.dev/provenance/v1',
    spdx: 'https://spdx.dev/Document',
    spdxjson: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
    link: 'https://in-toto.io/Link/v1',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    openvex: 'https://openvex.dev/ns'
};
const TRUST_ROOT_REF = 'names a TrustRoot resource, which exists only in the cluster; give its trusted root to `trusted-root` and remove the reference';
function matcher(exact, regexp) {
    if (exact !== undefined)
        return [{ kind: 'exact', value: exact }];
    if (regexp !== undefined)
        return [{ kind: 'regexp', pattern: regexp, anchored: false }];
    return [];
}
async function identities(doc, keyless, base) {
    const list = doc.list(keyless.identities, `${base}.identities`);
    if (list.length === 0)
        throw doc.invalid(`${base}.identities`, 'must list at least one identity');
    const out = [];
    for (const [i, raw] of list.entries()) {
        const path = `${base}.identities[${i}]`;
        const id = doc.object(raw, path);
        doc.known(id, path, ['issuer', 'issuerRegExp', 'subject', 'subjectRegExp']);
        const issuer = doc.string(id.issuer, `${path}.issuer`);
        const issuerRegExp = doc.string(id.issuerRegExp, `${path}.issuerRegExp`);
        const subject = doc.string(id.subject, `${path}.subject`);
        const subjectRegExp = doc.string(id.subjectRegExp, `${path}.subjectRegExp`);
        if (issuer !== undefined && issuerRegExp !== undefined)
            throw doc.invalid(path, 'set only one of issuer and issuerRegExp');
        if (subject !== undefined && subjectRegExp !== undefined)
            throw doc.invalid(path, 'set only one of subject and subjectRegExp');
        if (issuer === undefined && issuerRegExp === undefined)
            throw doc.invalid(path, 'needs issuer or issuerRegExp');
        if (subject === undefined && subjectRegExp === undefined)
            throw doc.invalid(path, 'needs subject or subjectRegExp');
        const m = { issuer: matcher(issuer, issuerRegExp), subject: matcher(subject, subjectRegExp) };
        await checkRegexp(doc, m.issuer[0], `${path}.issuerRegExp`);
        await checkRegexp(doc, m.subject[0], `${path}.subjectRegExp`);
        out.push(m);
    }
    return out;
}
function policyBlock(doc, raw, path) {
    const p = doc.object(raw, path);
    const type = doc.requiredString(p.type, `${path}.type`);
    if (type !== 'cue' && type !== 'rego')
        throw doc.invalid(`${path}.type`, `must be cue or rego, got "${type}"`);
    const sources = ['data', 'remote', 'configMapRef'].filter(k => p[k] !== undefined && p[k] !== null);
    if (sources.length !== 1)
        throw doc.invalid(path, 'needs exactly one of data, remote and configMapRef');
    return { language: type, where: path, source: typeof p.data === 'string' ? p.data : sources[0] };
}
function attestations(doc, a, base, notes) {
    return doc.list(a.attestations, `${base}.attestations`).map((raw, i) => {
        const path = `${base}.attestations[${i}]`;
        const att = doc.object(raw, path);
        const name = doc.requiredString(att.name, `${path}.name`);
        const given = doc.requiredString(att.predicateType, `${path}.predicateType`);
        const predicateType = COSIGN_PREDICATE_SHORTHANDS[given] ?? given;
        if (COSIGN_PREDICATE_SHORTHANDS[given] || !/^[a-z][a-z0-9+.-]*:/i.test(given)) {
            notes.push(`${path}.predicateType "${given}" is a deprecated value (the controller warns: use RFC 3986 conformant values)${predicateType !== given ? `; read as ${predicateType}` : ''}.`);
        }
        const req = { label: `attestation ${name} (${path})`, predicateType, statements: 'any' };
        if (att.policy !== undefined && att.policy !== null)
            req.condition = policyBlock(doc, att.policy, `${path}.policy`);
        return req;
    });
}
async function authority(doc, raw, i, notes) {
    const base = `spec.authorities[${i}]`;
    const a = doc.object(raw, base);
    doc.known(a, base, ['name', 'key', 'keyless', 'static', 'source', 'ctlog', 'rfc3161timestamp', 'attestations', 'signatureFormat']);
    const name = doc.string(a.name, `${base}.name`) ?? `authority-${i}`;
    const label = `${name} (${base})`;
    const kinds = ['key', 'keyless', 'static'].filter(k => a[k] !== undefined && a[k] !== null);
    if (kinds.length !== 1)
        throw doc.invalid(base, 'needs exactly one of key, keyless and static');
    if (kinds[0] === 'static') {
        for (const f of ['attestations', 'source', 'ctlog', 'rfc3161timestamp'])
            if (a[f] !== undefined)
                throw doc.invalid(`${base}.${f}`, 'is not allowed with static');
        const s = doc.object(a.static, `${base}.static`);
        const action = doc.requiredString(s.action, `${base}.static.action`);
        if (action !== 'pass' && action !== 'fail')
            throw doc.invalid(`${base}.static.action`, `must be pass or fail, got "${action}"`);
        return { label, signer: { kind: 'static', pass: action === 'pass', message: doc.string(s.message, `${base}.static.message`) }, location: 'legacy' };
    }
    const ctlog = doc.object(a.ctlog, `${base}.ctlog`, true);
    if (ctlog)
        doc.refuse(ctlog, `${base}.ctlog`, { trustRootRef: TRUST_ROOT_REF });
    const tsa = doc.object(a.rfc3161timestamp, `${base}.rfc3161timestamp`, true);
    if (tsa)
        doc.refuse(tsa, `${base}.rfc3161timestamp`, { trustRootRef: TRUST_ROOT_REF });
    const sources = doc.list(a.source, `${base}.source`);
    if (sources.length > 1)
        throw doc.invalid(`${base}.source`, 'only single source is supported');
    let repository;
    if (sources.length === 1) {
        const src = doc.object(sources[0], `${base}.source[0]`);
        doc.refuse(src, `${base}.source[0]`, {
            signaturePullSecrets: 'names Kubernetes secrets; give the registry credentials to `registry-username` / `registry-password`',
            tagPrefix: 'a tag prefix for .sig/.att tags is not read by seal'
        });
        repository = doc.string(src.oci, `${base}.source[0].oci`);
    }
    const location = a.signatureFormat === 'bundle' ? 'bundle' : 'legacy';
    const entry = { label, location, repository, signer: { kind: 'static', pass: false } };
    if (kinds[0] === 'key') {
        const k = doc.object(a.key, `${base}.key`);
        doc.refuse(k, `${base}.key`, {
            secretRef: 'names a Kubernetes secret; put the public key in key.data',
            kms: 'names a KMS key; put its public key in key.data'
        });
        const alg = doc.string(k.hashAlgorithm, `${base}.key.hashAlgorithm`);
        if (alg !== undefined && !['sha224', 'sha256', 'sha384', 'sha512'].includes(alg.toLowerCase())) {
            throw doc.invalid(`${base}.key.hashAlgorithm`, `must be sha224, sha256, sha384 or sha512, got "${alg}"`);
        }
        if (location === 'bundle')
            throw doc.invalid(`${base}.signatureFormat`, 'when using the new bundle format, the authority must be keyless');
        // Without ctlog the controller does not look at the transparency log for keys at all.
        entry.signer = { kind: 'key', publicKeyPEM: doc.publicKey(k.data, `${base}.key.data`), tlog: !!ctlog };
    }
    else {
        const kl = doc.object(a.keyless, `${base}.keyless`);
        doc.refuse(kl, `${base}.keyless`, {
            trustRootRef: TRUST_ROOT_REF,
            'ca-cert': 'the controller does not consult ca-cert when verifying (such an authority has no URL and fails); use url and `trusted-root`'
        });
        doc.known(kl, `${base}.keyless`, ['url', 'identities', 'insecureIgnoreSCT']);
        entry.signer = { kind: 'keyless', identities: await identities(doc, kl, `${base}.keyless`) };
        if (kl.insecureIgnoreSCT === true)
            entry.sct = false;
    }
    const atts = attestations(doc, a, base, notes);
    if (atts.length)
        entry.attestations = atts;
    if (location === 'bundle' && !atts.length) {
        // cosign refuses image signatures in the bundle format; the authority can only ever fail.
        return {
            ...entry,
            signer: {
                kind: 'static',
                pass: false,
                message: 'bundle support for image signatures is not yet implemented (signatureFormat: bundle needs attestations)'
            }
        };
    }
    return entry;
}
/** Parses one ClusterImagePolicy document. */
async function parseClusterImagePolicy(doc, obj, apiVersion) {
    const spec = doc.object(obj.spec, 'spec');
    doc.known(spec, 'spec', ['images', 'authorities', 'policy', 'mode', 'match']);
    doc.refuse(spec, 'spec', { match: 'match[] selects Kubernetes resources by kind and labels; verify-action checks images, not resources' });
    const notes = [];
    const images = doc.list(spec.images, 'spec.images').map((raw, i) => doc.requiredString(doc.object(raw, `spec.images[${i}]`).glob, `spec.images[${i}].glob`));
    if (images.length === 0)
        throw doc.invalid('spec.images', 'must list at least one glob');
    const { compileGlob } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 71186));
    for (const [i, g] of images.entries()) {
        try {
            compileGlob(g);
        }
        catch (err) {
            throw doc.invalid(`spec.images[${i}].glob`, err.message);
        }
    }
    const mode = doc.string(spec.mode, 'spec.mode') ?? 'enforce';
    if (mode !== 'enforce' && mode !== 'warn')
        throw doc.invalid('spec.mode', `must be enforce or warn, got "${mode}"`);
    const rawAuthorities = doc.list(spec.authorities, 'spec.authorities');
    if (rawAuthorities.length === 0)
        throw doc.invalid('spec.authorities', 'must list at least one authority (fail-on-empty-authorities)');
    const entries = [];
    for (const [i, raw] of rawAuthorities.entries())
        entries.push(await authority(doc, raw, i, notes));
    const block = spec.policy === undefined || spec.policy === null ? undefined : policyBlock(doc, spec.policy, 'spec.policy');
    // The Rego `seal policy export --repository` writes is evaluated as a certificate requirement (see cip-repository.ts).
    const folded = block !== undefined && foldRepositoryPolicy(spec.policy, rawAuthorities, entries);
    const unevaluable = block === undefined || folded ? [] : [{ where: 'spec.policy', language: block.language }];
    return {
        engine: 'policy-controller',
        kind: doc.kind,
        apiVersion,
        name: doc.name,
        source: doc.source,
        notes,
        rules: [
            {
                label: doc.name,
                images: { language: 'pc-glob', include: images, exclude: [] },
                mode,
                signatures: [{ label: 'authorities', count: 1, entries }],
                attestations: [],
                ...(unevaluable.length ? { unevaluable } : {})
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/core/policy/documents/kyverno.ts
/**
 * Kyverno `ClusterPolicy` / `Policy` (kyverno.io/v1) `verifyImages` rules →
 * the evaluated model. Each `verifyImages[]` entry is one rule. Attestor sets
 * are AND-ed, `count` entries of a set must pass (unset: all), a multi-key
 * `publicKeys` counts each key as an entry, attestations need every statement
 * of their type to pass the conditions. `Audit` (the default) is `warn`.
 * Subjects and issuers are wildcards, their `…RegExp` forms unanchored RE2
 * (type Cosign); type SigstoreBundle compares exactly and needs both.
 */

const RULE_FIELDS = ['name', 'match', 'exclude', 'verifyImages', 'skipBackgroundRequests', 'reportProperties', 'imageExtractors'];
/** Kyverno's failure action: `Enforce` blocks, `Audit` reports (either case). */
function action(doc, value, path) {
    const v = doc.string(value, path);
    if (v === undefined)
        return undefined;
    if (/^enforce$/i.test(v))
        return 'enforce';
    if (/^audit$/i.test(v))
        return 'warn';
    throw doc.invalid(path, `must be Enforce or Audit, got "${v}"`);
}
async function keylessIdentity(doc, k, path, type) {
    const subject = doc.string(k.subject, `${path}.subject`);
    const subjectRegExp = doc.string(k.subjectRegExp, `${path}.subjectRegExp`);
    const issuer = doc.string(k.issuer, `${path}.issuer`);
    const issuerRegExp = doc.string(k.issuerRegExp, `${path}.issuerRegExp`);
    const re = (pattern) => ({ kind: 'regexp', pattern, anchored: false });
    const m = { subject: [], issuer: [] };
    if (type === 'SigstoreBundle') {
        // sigstore-go's short identity: exact strings, unanchored regexps, and only with both an issuer and a subject form.
        if ((subject === undefined && subjectRegExp === undefined) || (issuer === undefined && issuerRegExp === undefined)) {
            return "can't verify identities without providing at least one identity";
        }
        m.subject = [subject !== undefined ? { kind: 'exact', value: subject } : re(subjectRegExp)];
        m.issuer = [issuer !== undefined ? { kind: 'exact', value: issuer } : re(issuerRegExp)];
    }
    else {
        if (subject !== undefined)
            m.subject.push({ kind: 'wildcard', pattern: subject });
        if (subjectRegExp !== undefined)
            m.subject.push(re(subjectRegExp));
        if (issuer !== undefined)
            m.issuer.push({ kind: 'wildcard', pattern: issuer });
        if (issuerRegExp !== undefined)
            m.issuer.push(re(issuerRegExp));
        const ext = doc.object(k.additionalExtensions, `${path}.additionalExtensions`, true);
        if (ext && Object.keys(ext).length) {
            m.extensions = Object.fromEntries(Object.entries(ext).map(([name, v]) => [name, { kind: 'wildcard', pattern: doc.requiredString(v, `${path}.additionalExtensions.${name}`) }]));
        }
    }
    for (const [i, s] of [...m.subject, ...m.issuer].entries())
        await checkRegexp(doc, s, `${path} (pattern ${i})`);
    return m;
}
/** One attestor entry; a `publicKeys` with several keys gives several entries. */
async function entries(doc, raw, path, type, repository) {
    const e = doc.object(raw, path);
    doc.refuse(e, path, {
        certificates: 'certificate attestors are not evaluated by seal; use keyless or keys',
        attestor: 'nested attestor sets are not evaluated by seal'
    });
    const annotations = doc.object(e.annotations, `${path}.annotations`, true);
    const base = {
        location: type === 'SigstoreBundle' ? 'bundle' : 'legacy',
        repository: doc.string(e.repository, `${path}.repository`) ?? repository,
        ...(annotations && Object.keys(annotations).length ? { annotations } : {})
    };
    const kinds = ['keys', 'keyless'].filter(k => e[k] !== undefined && e[k] !== null);
    if (kinds.length !== 1)
        throw doc.invalid(path, 'needs exactly one of keys, certificates, keyless and attestor');
    if (kinds[0] === 'keys') {
        const k = doc.object(e.keys, `${path}.keys`);
        doc.refuse(k, `${path}.keys`, {
            secret: 'names a Kubernetes secret; put the public key in publicKeys',
            kms: 'names a KMS key; put its public key in publicKeys'
        });
        const rekor = doc.object(k.rekor, `${path}.keys.rekor`, true);
        if (rekor)
            doc.refuse(rekor, `${path}.keys.rekor`, { pubkey: 'a Rekor key of its own; give the trusted root to `trusted-root`' });
        const ctlog = doc.object(k.ctlog, `${path}.keys.ctlog`, true);
        if (ctlog)
            doc.refuse(ctlog, `${path}.keys.ctlog`, {
                pubkey: 'a CT log key of its own; give the trusted root to `trusted-root`',
                tsaCertChain: 'a TSA chain of its own; give the trusted root to `trusted-root`'
            });
        const text = doc.requiredString(k.publicKeys, `${path}.keys.publicKeys`);
        if (text.startsWith('k8s://'))
            throw doc.unsupported(`${path}.keys.publicKeys`, 'names a Kubernetes secret; put the PEM keys there instead');
        const keys = doc.publicKeys(text, `${path}.keys.publicKeys`);
        const tlog = rekor?.ignoreTlog !== true;
        return keys.map((publicKeyPEM, i) => ({
            ...base,
            label: keys.length > 1 ? `${path}.keys.publicKeys[${i}]` : path,
            signer: { kind: 'key', publicKeyPEM, tlog }
        }));
    }
    const k = doc.object(e.keyless, `${path}.keyless`);
    doc.refuse(k, `${path}.keyless`, { roots: 'Fulcio roots of its own; give the trusted root to `trusted-root`' });
    const rekor = doc.object(k.rekor, `${path}.keyless.rekor`, true);
    if (rekor)
        doc.refuse(rekor, `${path}.keyless.rekor`, {
            pubkey: 'a Rekor key of its own; give the trusted root to `trusted-root`',
            ignoreTlog: 'keyless signatures are verified against the transparency log'
        });
    const ctlog = doc.object(k.ctlog, `${path}.keyless.ctlog`, true);
    if (ctlog)
        doc.refuse(ctlog, `${path}.keyless.ctlog`, {
            pubkey: 'a CT log key of its own; give the trusted root to `trusted-root`',
            tsaCertChain: 'a TSA chain of its own; give the trusted root to `trusted-root`'
        });
    if (!rekor && !k.roots)
        throw doc.invalid(`${path}.keyless`, 'Either Rekor URL or roots are required');
    if (rekor && !rekor.url)
        throw doc.invalid(`${path}.keyless.rekor.url`, 'An URL is required');
    const identity = await keylessIdentity(doc, k, `${path}.keyless`, type);
    const signer = typeof identity === 'string' ? { kind: 'static', pass: false, message: identity } : { kind: 'keyless', identities: [identity] };
    return [{ ...base, label: path, signer, ...(ctlog?.ignoreSCT === true ? { sct: false } : {}) }];
}
async function attestorSets(doc, raw, path, type, repository) {
    const out = [];
    for (const [i, setRaw] of doc.list(raw, path).entries()) {
        const p = `${path}[${i}]`;
        const set = doc.object(setRaw, p);
        const list = [];
        for (const [j, e] of doc.list(set.entries, `${p}.entries`).entries())
            list.push(...(await entries(doc, e, `${p}.entries[${j}]`, type, repository)));
        if (list.length === 0)
            throw doc.invalid(`${p}.entries`, 'must list at least one entry');
        const count = set.count === undefined || set.count === null || set.count === 0 ? undefined : Number(set.count);
        if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > list.length)) {
            throw doc.invalid(`${p}.count`, `must be from 1 to the number of entries (${list.length})`);
        }
        out.push({ label: p, count, entries: list });
    }
    return out;
}
function conditions(doc, raw, path) {
    return doc.list(raw, path).map((b, i) => {
        const block = doc.object(b, `${path}[${i}]`);
        doc.known(block, `${path}[${i}]`, ['any', 'all']);
        const read = (k) => block[k] === undefined
            ? undefined
            : doc.list(block[k], `${path}[${i}].${k}`).map((c, j) => {
                const cond = doc.object(c, `${path}[${i}].${k}[${j}]`);
                return {
                    key: cond.key,
                    operator: doc.requiredString(cond.operator, `${path}[${i}].${k}[${j}].operator`),
                    value: cond.value,
                    message: doc.string(cond.message, `${path}[${i}].${k}[${j}].message`)
                };
            });
        return { any: read('any'), all: read('all') };
    });
}
async function verifyImage(doc, raw, path, ruleName, mode) {
    const v = doc.object(raw, path);
    doc.refuse(v, path, {
        validate: 'validate.deny conditions across attestations are not evaluated by seal',
        key: 'deprecated single-key form; use attestors[].entries[].keys',
        roots: 'deprecated roots form; use attestors and `trusted-root`',
        subject: 'deprecated form; use attestors[].entries[].keyless',
        issuer: 'deprecated form; use attestors[].entries[].keyless',
        additionalExtensions: 'deprecated form; use attestors[].entries[].keyless.additionalExtensions'
    });
    const type = (doc.string(v.type, `${path}.type`) ?? 'Cosign');
    if (type === 'Notary')
        throw doc.unsupported(`${path}.type`, 'Notary signatures are not verified by seal');
    if (type !== 'Cosign' && type !== 'SigstoreBundle')
        throw doc.invalid(`${path}.type`, `must be Cosign, SigstoreBundle or Notary, got "${type}"`);
    const refs = [...doc.list(v.imageReferences, `${path}.imageReferences`), ...(v.image ? [v.image] : [])].map((r, i) => doc.requiredString(r, `${path}.imageReferences[${i}]`));
    if (refs.length === 0)
        throw doc.invalid(`${path}.imageReferences`, 'must list at least one image pattern');
    const skip = doc.list(v.skipImageReferences, `${path}.skipImageReferences`).map((r, i) => doc.requiredString(r, `${path}.skipImageReferences[${i}]`));
    const repository = doc.string(v.repository, `${path}.repository`);
    const signatures = await attestorSets(doc, v.attestors, `${path}.attestors`, type, repository);
    const attestations = [];
    for (const [i, a] of doc.list(v.attestations, `${path}.attestations`).entries()) {
        const p = `${path}.attestations[${i}]`;
        const att = doc.object(a, p);
        const predicateType = doc.string(att.type, `${p}.type`) ?? doc.requiredString(att.predicateType, `${p}.type`);
        let signers = await attestorSets(doc, att.attestors, `${p}.attestors`, type, repository);
        // No attestors: any certificate from the trusted root, SCT not required.
        if (signers.length === 0)
            signers = [
                {
                    label: `${p} (no attestors)`,
                    entries: [
                        {
                            label: `${p} (any identity)`,
                            signer: { kind: 'keyless', identities: [] },
                            location: type === 'SigstoreBundle' ? 'bundle' : 'legacy',
                            sct: false,
                            repository
                        }
                    ]
                }
            ];
        const blocks = conditions(doc, att.conditions, `${p}.conditions`);
        const name = doc.string(att.name, `${p}.name`);
        attestations.push({
            label: `${name ? `attestation ${name} ` : ''}${predicateType} (${p})`,
            predicateType,
            statements: 'all',
            signers,
            ...(blocks.length ? { condition: { language: 'jmespath', blocks } } : {})
        });
    }
    const verifyDigest = v.verifyDigest !== false;
    const mutateDigest = v.mutateDigest !== false;
    return {
        label: `rule ${ruleName} ${path.replace(/^spec\.rules\[\d+\]\./, '')}`,
        images: { language: 'wildcard', include: refs, exclude: skip },
        mode,
        signatures,
        attestations,
        ...(verifyDigest && !mutateDigest ? { requireDigest: true } : {})
    };
}
/** Parses one ClusterPolicy / Policy document; rules without verifyImages are left out (with a note). */
async function parseKyvernoPolicy(doc, obj, apiVersion) {
    const spec = doc.object(obj.spec, 'spec');
    const specAction = action(doc, spec.validationFailureAction, 'spec.validationFailureAction') ?? 'warn';
    const notes = [];
    const rules = [];
    for (const [i, raw] of doc.list(spec.rules, 'spec.rules').entries()) {
        const base = `spec.rules[${i}]`;
        const rule = doc.object(raw, base);
        const name = doc.string(rule.name, `${base}.name`) ?? `rule-${i}`;
        if (!rule.verifyImages) {
            notes.push(`${base} (${name}) has no verifyImages and is not evaluated.`);
            continue;
        }
        doc.refuse(rule, base, {
            context: 'context variables come from the cluster',
            preconditions: 'preconditions read the admission request',
            mutate: 'mutation is not evaluated',
            validate: 'validation of resources is not evaluated',
            generate: 'generation is not evaluated'
        });
        doc.known(rule, base, RULE_FIELDS);
        if (rule.imageExtractors)
            notes.push(`${base} (${name}) imageExtractors pick images out of resources; seal verifies the images given.`);
        if (rule.match || rule.exclude)
            notes.push(`${base} (${name}) match/exclude select Kubernetes resources; seal applies the rule to every image given.`);
        const list = doc.list(rule.verifyImages, `${base}.verifyImages`);
        const actions = list.map((v, j) => action(doc, doc.object(v, `${base}.verifyImages[${j}]`).failureAction, `${base}.verifyImages[${j}].failureAction`));
        // One Enforce entry makes the rule enforce; with none set, the policy's validationFailureAction decides.
        const mode = actions.includes('enforce') ? 'enforce' : actions.some(a => a !== undefined) ? 'warn' : specAction;
        for (const [j, v] of list.entries())
            rules.push(await verifyImage(doc, v, `${base}.verifyImages[${j}]`, name, mode));
    }
    if (rules.length === 0)
        throw doc.invalid('spec.rules', 'has no rule with verifyImages');
    return { engine: 'kyverno', kind: doc.kind, apiVersion, name: doc.name, source: doc.source, rules, notes };
}

// EXTERNAL MODULE: ./src/core/inputs/read.ts + 3 modules
var read = __webpack_require__(25239);
;// CONCATENATED MODULE: ./src/core/policy/documents/seal.ts
/**
 * seal's own policy document, `SealImagePolicy` (seal.dev/v1), for what the
 * admission engines do not say: lists of identities, an m-of-n threshold of
 * signers, attestation conditions in CEL over the predicate, rules per image.
 *
 *   apiVersion: seal.dev/v1
 *   kind: SealImagePolicy
 *   metadata: { name: release }
 *   spec:
 *     mode: enforce                      # or warn
 *     rules:
 *     - name: app
 *       images: ['ghcr.io/acme/app**']   # seal globs: * stops at /, ** crosses it
 *       exclude: ['ghcr.io/acme/app-debug**']
 *       signers:                         # identity / identityRegExp / key, each optionally with issuer
 *       - identity: https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main
 *       - key: "-----BEGIN PUBLIC KEY-----…"
 *       threshold: 2                     # this many different signers must each have signed (default 1; 0: no signature needed)
 *       signatureRepository: ghcr.io/acme/signatures
 *       attestations:
 *       - predicateType: https://slsa.dev/provenance/v1
 *         statements: any                # any (default): one passing statement; all: every statement of the type
 *         condition: predicate.buildDefinition.externalParameters.workflow.ref == "refs/heads/main"
 *
 * Regular expressions are RE2 and anchored to the whole value, like seal's
 * identity inputs; the issuer defaults to GitHub Actions' token issuer.
 */


async function signer(doc, raw, path, repository) {
    const s = doc.object(raw, path);
    doc.known(s, path, ['identity', 'identityRegExp', 'issuer', 'issuerRegExp', 'key', 'tlog', 'name']);
    const label = doc.string(s.name, `${path}.name`) ?? path;
    const forms = ['identity', 'identityRegExp', 'key'].filter(k => s[k] !== undefined && s[k] !== null);
    if (forms.length !== 1)
        throw doc.invalid(path, 'needs exactly one of identity, identityRegExp and key');
    if (forms[0] === 'key') {
        if (s.issuer !== undefined || s.issuerRegExp !== undefined)
            throw doc.invalid(path, 'issuer applies to identities, not keys');
        const tlog = s.tlog === undefined ? true : s.tlog === true;
        return { label, location: 'any', repository, signer: { kind: 'key', publicKeyPEM: doc.publicKey(s.key, `${path}.key`), tlog } };
    }
    if (s.issuer !== undefined && s.issuerRegExp !== undefined)
        throw doc.invalid(path, 'set only one of issuer and issuerRegExp');
    const text = (k) => doc.string(s[k], `${path}.${k}`);
    const subject = s.identity !== undefined ? { kind: 'exact', value: text('identity') } : { kind: 'regexp', pattern: text('identityRegExp'), anchored: true };
    const issuer = text('issuerRegExp') !== undefined
        ? { kind: 'regexp', pattern: text('issuerRegExp'), anchored: true }
        : { kind: 'exact', value: text('issuer') ?? read/* GITHUB_OIDC_ISSUER */.oP };
    await checkRegexp(doc, subject, `${path}.identityRegExp`);
    await checkRegexp(doc, issuer, `${path}.issuerRegExp`);
    const identity = { subject: [subject], issuer: [issuer] };
    return { label, location: 'any', repository, signer: { kind: 'keyless', identities: [identity] } };
}
async function rule(doc, raw, path, mode) {
    const r = doc.object(raw, path);
    doc.known(r, path, ['name', 'images', 'exclude', 'signers', 'threshold', 'signatureRepository', 'attestations', 'mode']);
    const name = doc.string(r.name, `${path}.name`) ?? path;
    const images = doc.list(r.images, `${path}.images`).map((g, i) => doc.requiredString(g, `${path}.images[${i}]`));
    if (images.length === 0)
        throw doc.invalid(`${path}.images`, 'must list at least one glob');
    const exclude = doc.list(r.exclude, `${path}.exclude`).map((g, i) => doc.requiredString(g, `${path}.exclude[${i}]`));
    const { compileGlob } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 71186));
    for (const [i, g] of [...images, ...exclude].entries()) {
        try {
            compileGlob(g, 'seal-glob');
        }
        catch (err) {
            throw doc.invalid(`${path}.images (pattern ${i})`, err.message);
        }
    }
    const repository = doc.string(r.signatureRepository, `${path}.signatureRepository`);
    const signers = [];
    for (const [i, s] of doc.list(r.signers, `${path}.signers`).entries())
        signers.push(await signer(doc, s, `${path}.signers[${i}]`, repository));
    if (signers.length === 0)
        throw doc.invalid(`${path}.signers`, 'must list at least one signer');
    const threshold = r.threshold === undefined ? 1 : Number(r.threshold);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > signers.length) {
        throw doc.invalid(`${path}.threshold`, `must be a whole number from 0 to the number of signers (${signers.length})`);
    }
    const attestations = doc.list(r.attestations, `${path}.attestations`).map((raw, i) => {
        const p = `${path}.attestations[${i}]`;
        const a = doc.object(raw, p);
        doc.known(a, p, ['predicateType', 'condition', 'statements']);
        const statements = doc.string(a.statements, `${p}.statements`) ?? 'any';
        if (statements !== 'any' && statements !== 'all')
            throw doc.invalid(`${p}.statements`, `must be any or all, got "${statements}"`);
        const predicateType = doc.requiredString(a.predicateType, `${p}.predicateType`);
        const condition = doc.string(a.condition, `${p}.condition`);
        return {
            label: `${predicateType} (${p})`,
            predicateType,
            statements,
            signers: [{ label: `${path}.signers`, count: 1, entries: signers }],
            ...(condition ? { condition: { language: 'cel', expression: condition } } : {})
        };
    });
    const ruleMode = doc.string(r.mode, `${path}.mode`) ?? mode;
    if (ruleMode !== 'enforce' && ruleMode !== 'warn')
        throw doc.invalid(`${path}.mode`, `must be enforce or warn, got "${ruleMode}"`);
    if (threshold === 0 && attestations.length === 0)
        throw doc.invalid(`${path}.threshold`, 'is 0 and the rule lists no attestations: it would check nothing');
    return {
        label: name,
        images: { language: 'seal-glob', include: images, exclude },
        mode: ruleMode,
        signatures: threshold === 0 ? [] : [{ label: `${path}.signers (threshold ${threshold})`, count: threshold, entries: signers }],
        attestations
    };
}
/** Parses one SealImagePolicy document; CEL conditions are compiled here so a typo fails at load. */
async function parseSealPolicy(doc, obj, apiVersion) {
    const spec = doc.object(obj.spec, 'spec');
    doc.known(spec, 'spec', ['mode', 'rules']);
    const mode = doc.string(spec.mode, 'spec.mode') ?? 'enforce';
    if (mode !== 'enforce' && mode !== 'warn')
        throw doc.invalid('spec.mode', `must be enforce or warn, got "${mode}"`);
    const rules = [];
    for (const [i, r] of doc.list(spec.rules, 'spec.rules').entries())
        rules.push(await rule(doc, r, `spec.rules[${i}]`, mode));
    if (rules.length === 0)
        throw doc.invalid('spec.rules', 'must list at least one rule');
    const { compileCel } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 87814));
    for (const [i, r] of rules.entries()) {
        for (const [j, a] of r.attestations.entries()) {
            if (a.condition?.language !== 'cel')
                continue;
            try {
                await compileCel(a.condition.expression);
            }
            catch (err) {
                throw doc.invalid(`spec.rules[${i}].attestations[${j}].condition`, `is not a valid CEL expression: ${err.message}`);
            }
        }
    }
    return { engine: 'seal', kind: doc.kind, apiVersion, name: doc.name, source: doc.source, rules, notes: [] };
}

;// CONCATENATED MODULE: ./src/core/policy/documents/types.ts
/**
 * The evaluated policy model: what every admission-policy document
 * (policy-controller ClusterImagePolicy, Kyverno ClusterPolicy/Policy
 * verifyImages, seal's own SealImagePolicy) becomes once parsed. The
 * evaluator reads only this model; each engine's combination rules are
 * spelt out in it (counts, any/all statements, pattern dialects), so the
 * same model can be written back as a document of the engine it names.
 *
 * Pure types and constants; no I/O.
 */
/** The API versions and kinds seal reads. */
const POLICY_KINDS = {
    clusterImagePolicy: { kind: 'ClusterImagePolicy', apiVersions: ['policy.sigstore.dev/v1alpha1', 'policy.sigstore.dev/v1beta1'] },
    kyverno: { kinds: ['ClusterPolicy', 'Policy'], apiVersions: ['kyverno.io/v1', 'kyverno.io/v2beta1'] },
    seal: { kind: 'SealImagePolicy', apiVersions: ['seal.dev/v1'] }
};

;// CONCATENATED MODULE: ./src/core/policy/documents/load.ts
/**
 * Loads a policy file: one or more YAML documents, each a policy-controller
 * ClusterImagePolicy, a Kyverno ClusterPolicy / Policy or a SealImagePolicy.
 * Other kinds, and fields seal cannot evaluate, fail with a message naming them.
 */







/** API groups whose documents are read; documents of other groups are skipped. */
const POLICY_GROUPS = ['policy.sigstore.dev', 'kyverno.io', 'policies.kyverno.io', 'seal.dev'];
const UNSUPPORTED_KINDS = {
    ImageValidatingPolicy: 'Kyverno ImageValidatingPolicy (CEL over the admission request) is not evaluated by seal; use a ClusterPolicy verifyImages rule or a SealImagePolicy',
    NamespacedImageValidatingPolicy: 'Kyverno NamespacedImageValidatingPolicy is not evaluated by seal; use a ClusterPolicy verifyImages rule or a SealImagePolicy',
    TrustRoot: 'policy-controller TrustRoot resources are not read by seal; give the trusted root to `trusted-root`'
};
/** Parses policy YAML text; `file` names it in messages. */
async function parsePolicyText(text, file) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const documents = [];
    const skipped = [];
    for (const [index, d] of parseAllDocuments(text).entries()) {
        const source = `${file}#${index}`;
        if (d.errors.length)
            throw new errors/* SealError */.EM('POLICY_INVALID', `${source} is not valid YAML: ${d.errors[0].message}`, { hint: 'Fix the file given in `policy`.' });
        const obj = d.toJS({ maxAliasCount: 100 });
        if (obj === null || obj === undefined)
            continue;
        if (typeof obj !== 'object' || Array.isArray(obj))
            throw new errors/* SealError */.EM('POLICY_INVALID', `${source} is not a policy document (expected a mapping with apiVersion and kind)`);
        const apiVersion = String(obj.apiVersion ?? '');
        if (apiVersion && !POLICY_GROUPS.some(g => apiVersion.startsWith(`${g}/`))) {
            // Other Kubernetes objects shipped with the policies (a Namespace, a ConfigMap) are not policies.
            skipped.push(`${source} ${String(obj.kind)} ${String(obj.metadata?.name ?? '')}`.trim());
            continue;
        }
        documents.push(await parseDocument(obj, source));
    }
    if (documents.length === 0)
        throw new errors/* SealError */.EM('POLICY_INVALID', `${file} holds no policy document.`, {
            hint: 'Give `policy` a file with a ClusterImagePolicy, a Kyverno ClusterPolicy or a SealImagePolicy.'
        });
    return { documents, skipped };
}
/** Reads and parses a policy file. */
async function loadPolicyFile(path, shown = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`policy\`: cannot read ${shown}: ${err.code ?? err.message}`);
    }
    return parsePolicyText(text, shown);
}
async function parseDocument(obj, source) {
    const kind = typeof obj.kind === 'string' ? obj.kind : '';
    const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
    const name = typeof obj.metadata?.name === 'string' ? obj.metadata.name : '(unnamed)';
    const doc = new DocumentFields(kind || '(no kind)', name, source);
    const versions = (list) => {
        if (!list.includes(apiVersion))
            throw doc.unsupported('apiVersion', `"${apiVersion}" is not one of ${list.join(', ')}`);
    };
    if (kind === POLICY_KINDS.clusterImagePolicy.kind) {
        versions(POLICY_KINDS.clusterImagePolicy.apiVersions);
        return parseClusterImagePolicy(doc, obj, apiVersion);
    }
    if (POLICY_KINDS.kyverno.kinds.includes(kind)) {
        versions(POLICY_KINDS.kyverno.apiVersions);
        return parseKyvernoPolicy(doc, obj, apiVersion);
    }
    if (kind === POLICY_KINDS.seal.kind) {
        versions(POLICY_KINDS.seal.apiVersions);
        return parseSealPolicy(doc, obj, apiVersion);
    }
    if (UNSUPPORTED_KINDS[kind])
        throw doc.unsupported('kind', UNSUPPORTED_KINDS[kind]);
    throw doc.unsupported('kind', `"${kind}" is not a policy kind seal reads (ClusterImagePolicy, ClusterPolicy, Policy, SealImagePolicy)`);
}

// EXTERNAL MODULE: ./src/core/formats/certificate.ts
var certificate = __webpack_require__(68375);
// EXTERNAL MODULE: ./src/core/policy/conditions.ts
var policy_conditions = __webpack_require__(87814);
// EXTERNAL MODULE: ./src/core/policy/glob.ts
var glob = __webpack_require__(71186);
;// CONCATENATED MODULE: ./src/core/policy/evaluate.ts




function trustOf(entry) {
    const s = entry.signer;
    if (s.kind === 'key')
        return s;
    if (s.kind === 'keyless')
        return { kind: 'keyless', sct: entry.sct !== false };
    return undefined;
}
const LEGACY_NAMES = {
    githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
    githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
    githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
    githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
    githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
    oidcIssuer: '1.3.6.1.4.1.57264.1.1'
};
/** Each verified candidate's certificate, parsed once however many extensions and identities are checked against it. */
const certificates = new WeakMap();
async function certificateOf(v) {
    if (!v.certificatePEM)
        return undefined;
    let cert = certificates.get(v);
    if (!cert) {
        const { X509Certificate } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 83917, 23));
        cert = X509Certificate.parse(v.certificatePEM);
        certificates.set(v, cert);
    }
    return cert;
}
function extensionValue(cert, name) {
    if (!cert)
        return undefined;
    const byName = (0,certificate/* fulcioExtensions */.$A)(cert)[name];
    if (byName !== undefined)
        return byName;
    const oid = LEGACY_NAMES[name] ?? name;
    return cert.extension(oid)?.value.toString('utf8');
}
/** Why a verified signer does not match one identity, or undefined when it does. */
async function identityMismatch(id, v) {
    if (id.subject.length && !(v.identity !== undefined && id.subject.some(m => (0,policy_conditions/* matchString */.FX)(m, v.identity)))) {
        return `subject ${JSON.stringify(v.identity ?? null)} does not match ${id.subject.map(policy_conditions/* describeMatch */.$X).join(' or ')}`;
    }
    for (const m of id.issuer) {
        if (v.issuer === undefined || !(0,policy_conditions/* matchString */.FX)(m, v.issuer))
            return `issuer ${JSON.stringify(v.issuer ?? null)} does not match ${(0,policy_conditions/* describeMatch */.$X)(m)}`;
    }
    for (const [name, m] of Object.entries(id.extensions ?? {})) {
        const value = extensionValue(await certificateOf(v), name);
        if (value === undefined || !(0,policy_conditions/* matchString */.FX)(m, value))
            return `certificate extension ${name} ${JSON.stringify(value ?? null)} does not match ${(0,policy_conditions/* describeMatch */.$X)(m)}`;
    }
    return undefined;
}
/** Why a verified candidate is not from this entry's signer, or undefined when it is. */
async function signerMismatch(entry, v) {
    if (entry.signer.kind === 'keyless' && entry.signer.identities.length) {
        const reasons = [];
        for (const id of entry.signer.identities) {
            const why = await identityMismatch(id, v);
            if (!why)
                return undefined;
            reasons.push(why);
        }
        return reasons.length === 1 ? reasons[0] : `no identity matches (${reasons.join('; ')})`;
    }
    for (const [k, want] of Object.entries(entry.annotations ?? {})) {
        if (v.annotations?.[k] !== want)
            return `annotation ${k} is ${JSON.stringify(v.annotations?.[k] ?? null)}, not ${JSON.stringify(want)}`;
    }
    return undefined;
}
/** Why a CUE or Rego block fails the rule, naming the language alike wherever the block is. */
function unevaluableMessage(where, language) {
    const name = language === 'cue' ? 'CUE' : language === 'rego' ? 'Rego' : language;
    return `${where} is a ${name} policy, which seal cannot evaluate (set \`skip-unevaluable-policy: true\` to skip it)`;
}
function who(v) {
    return v.identity ? `${v.identity}${v.issuer ? ` (${v.issuer})` : ''}` : 'the key';
}
class RuleEvaluator {
    evidence;
    options;
    skipped = [];
    constructor(evidence, options) {
        this.evidence = evidence;
        this.options = options;
    }
    /** An image signature by this entry's signer (or, for an entry with attestations, those attestations). */
    async signature(entry) {
        const s = entry.signer;
        if (s.kind === 'static')
            return { ok: s.pass, detail: `${entry.label}: ${s.pass ? 'passes (static)' : `disallowed by static policy: ${s.message ?? 'fail'}`}` };
        if (entry.attestations?.length) {
            const results = await Promise.all(entry.attestations.map(a => this.attestationBy(a, entry)));
            const failed = results.filter(r => !r.ok);
            return {
                ok: failed.length === 0,
                detail: `${entry.label}: ${results.map(r => r.detail).join('; ')}`,
                signer: results.find(r => r.signer)?.signer
            };
        }
        const { searched, outcomes } = await this.evidence.candidates('signature', entry.location, entry.repository, trustOf(entry));
        const reasons = [];
        for (const o of outcomes) {
            if (!o.ok) {
                reasons.push(`${o.location}: ${o.reason}`);
                continue;
            }
            const why = await signerMismatch(entry, o.verified);
            if (!why)
                return { ok: true, detail: `${entry.label}: signed by ${who(o.verified)} at ${o.verified.location}`, signer: o.verified };
            reasons.push(`${o.verified.location}: ${why}`);
        }
        if (outcomes.length === 0)
            return { ok: false, detail: `${entry.label}: no signatures found (looked in ${searched.join('; ')})` };
        return { ok: false, detail: `${entry.label}: no matching signatures: ${reasons.join(' | ')}` };
    }
    /** A required attestation signed by this entry's signer. */
    async attestationBy(req, entry) {
        if (entry.signer.kind === 'static')
            return { ok: entry.signer.pass, detail: `${req.label}: ${entry.signer.message ?? 'static'}` };
        const { searched, outcomes } = await this.evidence.candidates('attestation', entry.location, entry.repository, trustOf(entry));
        const types = [];
        const failures = [];
        let passed;
        let ofType = 0;
        for (const o of outcomes) {
            if (!o.ok)
                continue;
            const type = o.verified.statement?.predicateType ?? '';
            types.push(type);
            if (type !== req.predicateType)
                continue;
            ofType++;
            const why = (await signerMismatch(entry, o.verified)) ?? (await this.condition(req, o.verified));
            if (why)
                failures.push(`${o.verified.location}: ${why}`);
            else
                passed ??= o.verified;
        }
        const label = `${req.label} by ${entry.label}`;
        if (ofType === 0) {
            const checked = types.length ? types.map(t => JSON.stringify(t)).join(', ') : 'none';
            return {
                ok: false,
                detail: `${label}: no matching attestations with type ${req.predicateType}, checked the following predicateTypes: ${checked} (looked in ${searched.join('; ')})`
            };
        }
        const ok = req.statements === 'any' ? passed !== undefined : failures.length === 0;
        if (ok)
            return {
                ok,
                detail: `${label}: ${req.statements === 'all' ? `all ${ofType}` : 'an'} attestation${ofType > 1 && req.statements === 'all' ? 's' : ''} of type ${req.predicateType} passed`,
                signer: passed
            };
        return { ok, detail: `${label}: ${failures.join(' | ')}` };
    }
    /** Why a statement fails the requirement's condition, or undefined when it passes. */
    async condition(req, v) {
        const c = req.condition;
        if (!c)
            return undefined;
        const statement = v.statement ?? {};
        if (c.language === 'cel')
            return (0,policy_conditions/* evaluateCel */.Sx)(c.expression, statement);
        if (c.language === 'jmespath') {
            try {
                return await (0,policy_conditions/* evaluateKyvernoConditions */.at)(c.blocks, statement.predicate ?? null);
            }
            catch (err) {
                return (0,errors/* messageOf */.bD)(err);
            }
        }
        if (this.options.skipUnevaluable) {
            this.skipped.push(`${c.where} (${c.language})`);
            return undefined;
        }
        return unevaluableMessage(c.where, c.language);
    }
    async group(g, run) {
        const need = g.count ?? g.entries.length;
        const results = await Promise.all(g.entries.map(run));
        const passed = results.filter(r => r.ok);
        const ok = passed.length >= need;
        const summary = g.count === 1 && g.entries.length > 1 ? 'one of' : `${need} of`;
        return {
            ok,
            detail: `${g.label}: ${passed.length} passed, ${summary} ${g.entries.length} needed`,
            details: results.map(r => `${r.ok ? 'passed' : 'failed'}: ${r.detail}`),
            signer: passed.find(r => r.signer)?.signer
        };
    }
    async rule(doc, rule) {
        const details = [];
        let passed = true;
        let signer;
        if (rule.requireDigest && !this.evidence.givenWithDigest) {
            passed = false;
            details.push(`missing digest for ${this.evidence.reference.replace(/@sha256:[0-9a-f]+$/, '')}`);
        }
        for (const u of rule.unevaluable ?? []) {
            if (this.options.skipUnevaluable)
                this.skipped.push(`${u.where} (${u.language})`);
            else {
                passed = false;
                details.push(unevaluableMessage(u.where, u.language));
            }
        }
        for (const g of rule.signatures) {
            const r = await this.group(g, e => this.signature(e));
            passed &&= r.ok;
            signer ??= r.signer;
            details.push(`${r.ok ? 'passed' : 'failed'}: ${r.detail}`, ...r.details.map(d => `  ${d}`));
        }
        for (const a of rule.attestations) {
            for (const g of a.signers ?? []) {
                const r = await this.group(g, e => this.attestationBy(a, e));
                passed &&= r.ok;
                signer ??= r.signer;
                details.push(`${r.ok ? 'passed' : 'failed'}: ${a.label}, ${r.detail}`, ...r.details.map(d => `  ${d}`));
            }
        }
        const outcome = {
            engine: doc.engine,
            kind: doc.kind,
            policy: doc.name,
            rule: rule.label,
            mode: rule.mode,
            passed,
            details,
            skipped: [...this.skipped]
        };
        this.skipped.length = 0;
        this.lastSigner = signer;
        return outcome;
    }
    lastSigner;
}
/** The document's words for a failing rule: its name, then every failing authority, attestor or attestation. */
function failureLine(o) {
    const lines = o.details
        .map(d => d.trim())
        .filter(d => !d.startsWith('passed:'))
        .map(d => d.replace(/^failed: /, ''));
    const name = o.engine === 'policy-controller' ? `failed policy: ${o.policy}` : `${o.kind} "${o.policy}" ${o.rule} failed`;
    return `${name} (${lines.join('; ')})`;
}
/** Which rules of the set select an image (or the error a pattern gives). */
function matchingRules(set, reference) {
    const out = [];
    for (const doc of set.documents)
        for (const rule of doc.rules)
            if ((0,glob/* selects */.ko)(rule.images, reference))
                out.push({ doc, rule });
    return out;
}
/** Evaluates one image: every selected rule, then the no-match policy if none selects it. */
async function evaluateImage(set, evidence, options) {
    await (0,policy_conditions/* loadRegexps */.XT)();
    const image = evidence.reference;
    let matched;
    try {
        matched = matchingRules(set, image);
    }
    catch (err) {
        return { image, ok: false, rules: [], warnings: [], reason: `image patterns could not be matched: ${(0,errors/* messageOf */.bD)(err)}` };
    }
    if (matched.length === 0) {
        if (options.noMatch === 'allow')
            return { image, ok: true, rules: [], warnings: [] };
        if (options.noMatch === 'warn')
            return { image, ok: true, rules: [], warnings: [`${image}: no matching policies`] };
        return { image, ok: false, rules: [], warnings: [], reason: 'no matching policies (no-match-policy: deny)' };
    }
    const evaluator = new RuleEvaluator(evidence, options);
    const rules = [];
    let signer;
    for (const { doc, rule } of matched) {
        rules.push(await evaluator.rule(doc, rule));
        signer ??= evaluator.lastSigner;
    }
    const blocking = rules.filter(r => !r.passed && r.mode === 'enforce');
    const warnings = rules.filter(r => !r.passed && r.mode === 'warn').map(r => `${image}: ${failureLine(r)} (mode warn: not blocking)`);
    for (const r of rules)
        for (const s of r.skipped)
            warnings.push(`${image}: ${r.kind} "${r.policy}" ${s} was skipped (skip-unevaluable-policy)`);
    return {
        image,
        ok: blocking.length === 0,
        rules,
        warnings,
        signer,
        ...(blocking.length ? { reason: blocking.map(failureLine).join('; ') } : {})
    };
}
/** The default `no-match-policy`: deny, unless every document is Kyverno's (Kyverno admits images no rule selects). */
function defaultNoMatch(set) {
    return set.documents.every(d => d.engine === 'kyverno') ? 'allow' : 'deny';
}

// EXTERNAL MODULE: ./src/core/report/policy-summary.ts
var policy_summary = __webpack_require__(92207);
// EXTERNAL MODULE: ./src/core/trust/root.ts + 3 modules
var root = __webpack_require__(63398);
// EXTERNAL MODULE: ./src/core/steps/context.ts
var context = __webpack_require__(85576);
// EXTERNAL MODULE: ./src/core/steps/verify-images.ts + 16 modules
var verify_images = __webpack_require__(45688);
;// CONCATENATED MODULE: ./src/core/steps/verify-policy.ts
/**
 * The verify step with an admission policy (`policy` input): every image is
 * evaluated against the policy file's documents, as policy-controller and
 * Kyverno would at admission, instead of against the identity inputs.
 */










async function runPolicyVerifyStep(inputs, ctx, trustOptions) {
    const file = inputs.policy;
    const set = await loadPolicyFile((0,external_node_path_.resolve)(ctx.cwd, file), file);
    for (const d of set.documents)
        for (const n of d.notes)
            ctx.log?.(`${d.kind} "${d.name}": ${n}`);
    for (const s of set.skipped)
        ctx.log?.(`${s}: not a policy document, left out`);
    const options = { noMatch: inputs.noMatchPolicy ?? defaultNoMatch(set), skipUnevaluable: inputs.skipUnevaluablePolicy };
    const trust = await (0,root/* loadTrust */.V)(trustOptions);
    const source = await (0,verify_images.imageSource)(inputs, ctx);
    if (source.images.length === 0)
        throw new errors/* SealError */.EM('INPUT_INVALID', '`policy` evaluates images: give them in `image` (or `local-image`).');
    const described = describeSet(set, file, options);
    ctx.log?.(`Verifying ${source.images.length} image${source.images.length === 1 ? '' : 's'} against ${described} (trusted root: ${trust.source})`);
    const outcomes = await (0,concurrency/* settleLimit */.X)(source.images, 4, text => policyRow(source, text, set, options, trust, inputs, ctx));
    const rows = outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : (0,context/* failedRow */.u)(source.images[i], '', o.reason)));
    const warnings = rows.flatMap(r => r.policy?.warnings ?? []);
    for (const w of warnings)
        ctx.warn?.(w);
    return { rows, policy: described, trust: trust.source, verified: rows.every(r => r.ok), warnings, policySummary: (0,policy_summary/* policySummary */.j)(rows) };
}
function describeSet(set, file, options) {
    const docs = set.documents.map(d => `${d.kind} "${d.name}"`).join(', ');
    return `policy ${file} (${docs}); no-match-policy: ${options.noMatch}${options.skipUnevaluable ? '; CUE/Rego blocks skipped' : ''}`;
}
async function policyRow(source, text, set, options, trust, inputs, ctx) {
    const image = await (0,verify_images.resolveSourceImage)(source, text, ctx, 'evaluated');
    const givenWithDigest = text.includes('@');
    const reference = givenWithDigest ? text : `${text}@${image.descriptor.digest}`;
    const evidence = new RegistryEvidence(source.reader, image, reference, givenWithDigest, trust, {
        tlogThreshold: inputs.tlogThreshold,
        timestampThreshold: inputs.timestampThreshold,
        tlogThresholdGiven: inputs.tlogThresholdGiven
    });
    const outcome = await evaluateImage(set, evidence, options);
    const s = outcome.signer;
    return {
        subject: text,
        ok: outcome.ok,
        bundlePath: s?.location ?? '',
        sha256: image.descriptor.digest.replace(/^sha256:/, ''),
        ...(s?.identity ? { identity: s.identity } : {}),
        ...(s?.issuer ? { issuer: s.issuer } : {}),
        ...(s?.statement?.predicateType ? { predicateType: s.statement.predicateType } : {}),
        ...(outcome.reason ? { reason: outcome.reason, code: 'POLICY_MISMATCH' } : {}),
        policy: { rules: outcome.rules, warnings: outcome.warnings }
    };
}


/***/ })

};
