export const id = 395;
export const ids = [395];
export const modules = {

/***/ 43395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/inputs/read.ts + 3 modules
var read = __webpack_require__(25239);
// EXTERNAL MODULE: ./src/core/inputs/github-policy.ts
var github_policy = __webpack_require__(75778);
;// CONCATENATED MODULE: ./src/core/inputs/index.ts
/** The typed inputs of the sign, verify and attest steps, read once and validated. */




// EXTERNAL MODULE: ./src/core/report/summary.ts
var summary = __webpack_require__(26942);
;// CONCATENATED MODULE: ./src/core/report/results.ts
/** sign-action's `results` and `seal sign --json`: the files, then the images. */
function signResults(result) {
    return [
        ...result.files.map(f => ({
            subject: f.subject,
            sha256: f.sha256,
            bundlePath: f.bundlePath,
            logIndex: f.logIndex ?? null,
            logId: f.logId ?? null,
            integratedTime: f.integratedTime ?? null
        })),
        ...result.images.map(img => ({
            image: img.image,
            digest: img.digest,
            reference: img.reference,
            signatures: img.signatures.map(s => ({ format: s.format, location: s.location, logIndex: s.logIndex ?? null, integratedTime: s.integratedTime ?? null })),
            logIndex: img.signatures[0]?.logIndex ?? null
        }))
    ];
}
/** verify-action's `results` and `seal verify --json`: one entry per subject, in the order verified. */
function verifyResults(result) {
    return result.rows.map(r => ({
        subject: r.subject,
        verified: r.ok,
        sha256: r.sha256 ?? null,
        identity: r.identity ?? null,
        issuer: r.issuer ?? null,
        logIndex: r.logIndex ?? null,
        integratedTime: r.integratedTime ?? null,
        predicateType: r.predicateType ?? null,
        predicateDigest: r.predicateDigest ?? null,
        error: r.reason ?? null,
        ...(r.policy ? { policy: r.policy } : {})
    }));
}
/** attest-action's `results` and `seal attest --json`: one entry per subject of the statement. */
function attestResults(result) {
    return result.subjects.map(s => {
        const own = result.bundles?.find(b => b.subjects.includes(s)) ?? result;
        return {
            subject: s.name ?? null,
            digest: s.digest,
            bundlePath: own.bundlePath,
            predicateType: result.predicateType,
            logIndex: own.logIndex ?? null,
            logId: own.logId ?? null,
            integratedTime: own.integratedTime ?? null,
            registry: result.images.find(i => i.digest === `sha256:${s.digest.sha256}`)?.locations.map(l => ({ kind: l.kind, format: l.format, location: l.location })) ??
                null
        };
    });
}

// EXTERNAL MODULE: ./src/core/report/policy-summary.ts
var policy_summary = __webpack_require__(92207);
;// CONCATENATED MODULE: ./src/core/report/index.ts
/** What the steps report: the job summaries and the `results` output shape. */




// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
;// CONCATENATED MODULE: ./src/core/util/index.ts
/** Errors, the one retry policy, HTTP helpers, bounded concurrency, atomic writes, redaction. */








// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
    const hasEntry = await stat(join(cliDir, 'index.js')).then(s => s.isFile(), () => false);
    if (!hasEntry) {
        throw new SealError('IO_ERROR', `The seal command line is missing from the action: no ${join(cliDir, 'index.js')}.`, {
            hint: 'Use a released ref of the action (it ships dist/cli), or build it with `npm run bundle`.'
        });
    }
    const entries = await readdir(cliDir, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile())
        .map(e => relative(cliDir, join(e.parentPath, e.name)))
        .sort();
}
/** Copies the CLI bundle into `stagingDir` and writes the launchers next to it. */
async function stageSealCLI(cliDir, stagingDir, launchers) {
    await cliFiles(cliDir);
    try {
        await cp(cliDir, stagingDir, { recursive: true });
        for (const l of launchers) {
            const path = join(stagingDir, l.name);
            await writeFile(path, l.text);
            await chmod(path, 0o755);
        }
    }
    catch (err) {
        throw new SealError('IO_ERROR', `cannot prepare the seal command line in ${stagingDir}: ${err.code ?? err}`, {
            cause: err
        });
    }
}
async function sha256Of(path) {
    try {
        return createHash('sha256')
            .update(await readFile(path))
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
        const [want, have] = await Promise.all([sha256Of(join(cliDir, name)), sha256Of(join(installedDir, name))]);
        if (want === undefined || want !== have)
            return false;
    }
    for (const l of launchers) {
        const text = await readFile(join(installedDir, l.name), 'utf8').catch(() => undefined);
        if (text !== l.text)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/index.ts







// EXTERNAL MODULE: ./src/core/util/concurrency.ts
var concurrency = __webpack_require__(10663);
// EXTERNAL MODULE: ./src/core/verify/expectations.ts + 3 modules
var verify_expectations = __webpack_require__(11911);
// EXTERNAL MODULE: ./src/core/steps/context.ts
var context = __webpack_require__(85576);
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var subjects_files = __webpack_require__(56586);
// EXTERNAL MODULE: ./src/core/keys/kms/reference.ts
var reference = __webpack_require__(77971);
;// CONCATENATED MODULE: ./src/core/keys/input.ts
/**
 * The `key` input of the sign and verify steps: the key text itself, or a
 * path (relative to the workspace) to a file holding it, or (for a public
 * key) a key-service reference such as awskms:///alias/NAME.
 */




/** A bare base64 public key (a PEM body without its armour) is long and has nothing else in it. */
const BASE64_KEY = /^[A-Za-z0-9+/=\s]{40,}$/;
/**
 * The key text `value` holds or names. A private key's value is never
 * quoted in the error (it may be the key); a public key's start is, since
 * a mistyped path is the usual cause.
 */
async function keyFromInput(value, cwd, kind, env = {}) {
    // A key-service reference at verification: the service hands out the public key (its module is loaded only then).
    if (kind === 'public' && (0,reference/* isKmsReference */.td)(value))
        return (await __webpack_require__.e(/* import() */ 970).then(__webpack_require__.bind(__webpack_require__, 63970))).kmsPublicKey(value, env);
    if (value.includes('-----BEGIN') || (kind === 'public' && BASE64_KEY.test(value)))
        return value;
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8');
    }
    catch {
        throw new errors/* SealError */.EM('KEY_INVALID', kind === 'private'
            ? '`key` is neither a PEM private key nor a readable file holding one.'
            : `\`key\`: "${value.slice(0, 80)}" is neither a public key nor a readable file holding one.`);
    }
}

// EXTERNAL MODULE: ./src/core/trust/root.ts + 3 modules
var root = __webpack_require__(63398);
;// CONCATENATED MODULE: ./src/core/steps/verify.ts





// The modules themselves, not the folders' index files: this runs on every action's cold path.





/**
 * The verify step: every subject must have a bundle that verifies against the
 * trusted root and the identity policy. Each subject gets its own row; the
 * step verifies only when all rows do.
 */
async function runVerifyStep(inputs, ctx) {
    // An admission policy file replaces the identity inputs (its engine is loaded only then).
    if (inputs.policy)
        return (await Promise.all(/* import() */[__webpack_require__.e(431), __webpack_require__.e(543), __webpack_require__.e(688), __webpack_require__.e(44)]).then(__webpack_require__.bind(__webpack_require__, 20044))).runPolicyVerifyStep(inputs, ctx, trustOptions(inputs, ctx));
    const expectations = (0,verify_expectations/* buildExpectations */.yG)({ ...inputs, key: inputs.key && (await keyFromInput(inputs.key, ctx.cwd, 'public', ctx.env)) }, ctx.env);
    const files = inputs.subjectPatterns.length ? (0,subjects_files/* withoutBundles */.Wi)(await (0,subjects_files/* resolveFiles */.sA)(inputs.subjectPatterns, ctx.cwd)) : [];
    const bundlePaths = await bundleLocations(files, inputs.bundlePath, ctx.cwd, !!inputs.predicateType);
    const trust = await (0,root/* loadTrust */.V)(trustOptions(inputs, ctx));
    if (inputs.insecureIgnoreTlog) {
        ctx.warn?.('`insecure-ignore-tlog` is set: signatures are accepted without a transparency-log entry, so nobody could have seen them being made.');
    }
    // Image support is loaded only when images are verified.
    const img = inputs.images.length || inputs.localImage ? await Promise.all(/* import() */[__webpack_require__.e(431), __webpack_require__.e(543), __webpack_require__.e(688)]).then(__webpack_require__.bind(__webpack_require__, 45688)) : undefined;
    const source = img ? await img.imageSource(inputs, ctx) : undefined;
    const images = source?.images ?? [];
    const count = files.length + images.length + inputs.subjectDigests.length;
    ctx.log?.(`Verifying ${count} subject${count === 1 ? '' : 's'} against ${expectations.describe()} (trusted root: ${trust.source})`);
    // One verifier for the step: bundles signed with one certificate share its chain checks.
    // (The verifier is loaded once the step has said what it verifies.)
    const verify = await Promise.all(/* import() */[__webpack_require__.e(431), __webpack_require__.e(543)]).then(__webpack_require__.bind(__webpack_require__, 56543));
    // Each bundle against the root that signed it, when the trusted-root file holds several.
    const batch = new verify.RootedVerifier(trust, expectations.thresholds, !!expectations.tlogThresholdGiven);
    // With `repository` or `owner`, a file with no bundle is looked up in GitHub's attestations API.
    const lookup = files.length && (inputs.repository || inputs.owner) ? await (await __webpack_require__.e(/* import() */ 380).then(__webpack_require__.bind(__webpack_require__, 64380))).attestationLookup(inputs, ctx) : undefined;
    const outcomes = await (0,concurrency/* settleLimit */.X)(files, 4, (file, i) => verifyOne(file, bundlePaths[i], expectations, batch, verify, lookup));
    const rows = outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : (0,context/* failedRow */.u)(files[i].name, bundlePaths[i], o.reason)));
    if (inputs.subjectDigests.length && inputs.bundlePath) {
        const { verifyDigestRows } = await Promise.all(/* import() */[__webpack_require__.e(431), __webpack_require__.e(543), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 40670));
        rows.push(...(await verifyDigestRows(inputs.subjectDigests, (0,external_node_path_.resolve)(ctx.cwd, inputs.bundlePath), expectations, batch)));
    }
    if (img && source && images.length) {
        const imageOutcomes = await (0,concurrency/* settleLimit */.X)(images, 4, text => img.verifyImageRows(source, text, expectations, trust, ctx, inputs.platforms, batch));
        rows.push(...imageOutcomes.flatMap((o, i) => (o.status === 'fulfilled' ? o.value : [(0,context/* failedRow */.u)(images[i], '', o.reason)])));
    }
    const warnings = inputs.insecureIgnoreTlog ? ['Transparency-log verification was skipped (`insecure-ignore-tlog`).'] : [];
    for (const r of rows)
        for (const t of r.uncountedTimestamps ?? [])
            warnings.push(`${r.subject}: ${t}; not counted toward \`timestamp-threshold\`.`);
    return { rows, policy: expectations.describe(), trust: trust.source, verified: rows.every(r => r.ok), warnings };
}
/** Where the trusted root comes from, as the inputs say (see loadTrust for the precedence). */
function trustOptions(inputs, ctx) {
    const pem = { fulcioRoot: inputs.fulcioRoot, rekorPublicKey: inputs.rekorPublicKey, ctLogPublicKey: inputs.ctLogPublicKey, tsaCertChain: inputs.tsaCertChain };
    const resolveIn = (p) => (p ? (0,external_node_path_.resolve)(ctx.cwd, p) : undefined);
    return {
        trustedRootPath: resolveIn(inputs.trustedRootPath),
        pem: Object.values(pem).some(Boolean)
            ? Object.fromEntries(Object.entries(pem)
                .map(([k, v]) => [k, resolveIn(v)])
                .filter(([, v]) => v))
            : undefined,
        rekorURL: inputs.rekorURL,
        env: ctx.env,
        // A key with no log entry or timestamp to check needs nothing from the network: the embedded root serves.
        offline: inputs.offline || (!!inputs.key && inputs.tlogThreshold === 0 && inputs.timestampThreshold === 0 && !inputs.tufMirror),
        tufMirrorURL: inputs.tufMirror,
        tufRootPath: resolveIn(inputs.tufRoot),
        tufTimeoutMs: inputs.timeoutMs,
        tufRetries: inputs.retries,
        sigstore: inputs.sigstore
    };
}
async function verifyOne(file, bundlePath, expectations, batch, verify, lookup) {
    let text;
    try {
        text = await (0,promises_.readFile)(bundlePath, 'utf8');
    }
    catch {
        if (lookup)
            return lookup.verify(file, bundlePath, expectations, (t, source, exp) => verifyText(file, t, source, exp, batch, verify));
        throw new errors/* SealError */.EM('BUNDLE_NOT_FOUND', `No bundle at ${bundlePath}.`, {
            hint: 'Sign the file first, or point `bundle-path` at its bundle.'
        });
    }
    return verifyText(file, text, bundlePath, expectations, batch, verify);
}
async function verifyText(file, text, bundlePath, expectations, batch, { parseBundle, bundleTexts, firstThatVerifies }) {
    // A `.jsonl` file (gh attestation download) holds many bundles: one of them must verify.
    const { result, facts } = await firstThatVerifies(bundleTexts(text, bundlePath), bundlePath, async (one) => {
        const bundle = parseBundle(one.text, one.source);
        const result = await batch.verify(bundle, { path: file.path }, expectations.signer);
        return { result, facts: (0,verify_expectations/* checkExpectations */.Ez)(bundle, result, expectations) };
    });
    return (0,context/* verifiedRow */.R)(file.name, bundlePath, result, facts);
}
/** The bundle of each file: next to it, in the `bundle-path` directory, or the `bundle-path` file itself. */
async function bundleLocations(files, bundlePath, cwd, attestations) {
    if (!bundlePath)
        return files.map(f => f.path + subjects_files/* BUNDLE_SUFFIX */.Zf);
    const target = (0,external_node_path_.resolve)(cwd, bundlePath);
    if (await (0,fs/* isDirectory */.wd)(target))
        return files.map(f => (0,external_node_path_.join)(target, (0,external_node_path_.basename)(f.path) + subjects_files/* BUNDLE_SUFFIX */.Zf));
    // One attestation names many subjects; one signature signs one file.
    if (files.length > 1 && !attestations && !target.endsWith('.jsonl')) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`bundle-path\` names one file (${bundlePath}) but \`subject-path\` matched ${files.length} files.`, {
            hint: 'Point `bundle-path` at a directory of <name>.sigstore.json bundles, or leave it empty to use the bundle next to each file.'
        });
    }
    return files.map(() => target);
}

;// CONCATENATED MODULE: ./src/core/verify-step.ts
/** verify-action's and `seal verify`'s entry to the core: the verify step, its inputs, summary and results. */





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
        core/* setSecret */.Pq(part);
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
        log: line => core/* info */.pq(line),
        warn: line => core/* warning */.$e(line)
    };
}
/**
 * Inputs as @actions/core reads them (INPUT_<NAME>, trimmed, '' when unset).
 * The core's readers parse booleans, numbers and lists from that text.
 */
const getInput = name => core/* getInput */.V4(name);
/** Appends Markdown to the job summary; only a debug line when the runner keeps none (no GITHUB_STEP_SUMMARY). */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('No job summary: GITHUB_STEP_SUMMARY is not set.');
        return;
    }
    await core/* summary */.z.addRaw(markdown, !markdown.endsWith('\n')).write();
}
/**
 * Fails the step with one clear line: a SealError's message and hint, or an
 * unexpected error's message (redacted, no stack; the stack goes to debug).
 */
function fail(err) {
    const text = (0,redact/* redact */.E)((0,errors/* messageOf */.bD)(err), secrets);
    if (!(0,errors/* isSealError */.GB)(err) && err instanceof Error && err.stack)
        core/* debug */.Yz((0,redact/* redact */.E)(err.stack, secrets));
    core/* setFailed */.C1(text);
}

;// CONCATENATED MODULE: ./src/actions/verify/main.ts







/** verify-action: fails the step unless every subject verifies against the policy. */
async function run() {
    try {
        const inputs = (0,read/* readVerifyInputs */.Ht)(getInput);
        const result = await runVerifyStep(inputs, stepContext([inputs.registryPassword]));
        for (const r of result.rows) {
            if (r.ok)
                core/* info */.pq(`✓ ${r.subject}: ${(0,summary/* verifiedBy */.sN)(r)}${r.logIndex ? `, Rekor log index ${r.logIndex}` : ''}`);
            else
                core/* error */.z3(`${r.subject}: ${r.reason}`);
        }
        core/* setOutput */.uH('verified', String(result.verified));
        core/* setOutput */.uH('results', JSON.stringify(verifyResults(result)));
        const withPredicate = result.rows.find(r => r.ok && r.predicate !== undefined);
        if (withPredicate) {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'seal-predicate-'));
            const path = (0,external_node_path_.join)(dir, 'predicate.json');
            await (0,fs/* writeFileAtomic */.Zf)(path, JSON.stringify(withPredicate.predicate) + '\n');
            core/* setOutput */.uH('predicate-path', path);
        }
        if (inputs.showSummary)
            await writeSummary((0,summary/* verifySummary */.p0)({ rows: result.rows, policy: result.policy, trust: result.trust, warnings: result.warnings }) + (result.policySummary ?? ''));
        if (!result.verified) {
            const failed = result.rows.filter(r => !r.ok).length;
            core/* setFailed */.C1(`Verification failed for ${failed} of ${result.rows.length} subject${result.rows.length === 1 ? '' : 's'}.`);
        }
    }
    catch (err) {
        core/* setOutput */.uH('verified', 'false');
        fail(err);
    }
}


/***/ }),

/***/ 68375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ fulcioExtensions),
/* harmony export */   Ip: () => (/* binding */ otherNameIdentity)
/* harmony export */ });
/* unused harmony export certificateIdentity */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);

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
        return usernameOf(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der)));
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


/***/ }),

/***/ 10797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   eY: () => (/* binding */ STATEMENT_TYPES),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* unused harmony exports STATEMENT_V1, statement, statementBytes */
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


/***/ }),

/***/ 52038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ decodeBase64Text),
/* harmony export */   TS: () => (/* binding */ encodePem),
/* harmony export */   Wv: () => (/* binding */ looksLikePEM),
/* harmony export */   ct: () => (/* binding */ isSingleDER),
/* harmony export */   vj: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
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
function looksLikePEM(text) {
    return text.includes('-----BEGIN ');
}
/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
function decodePemBlocks(text, what) {
    const blocks = [];
    for (const { type, inner, endType } of framedBlocks(text)) {
        if (type !== endType) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`);
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
function decodeBase64Text(text) {
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
function isSingleDER(der) {
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


/***/ }),

/***/ 48849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ defaultIssuer),
/* harmony export */   Se: () => (/* binding */ githubHost),
/* harmony export */   oY: () => (/* binding */ serverURLOf)
/* harmony export */ });
/* unused harmony exports DOTCOM, DOTCOM_ISSUER */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
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
function githubHost(hostname, input = 'hostname') {
    const host = hostname.trim().toLowerCase();
    if (!HOSTNAME.test(host)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` must be a host name such as github.com or acme.ghe.com, got ${JSON.stringify(hostname.slice(0, 200))}.`, {
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
        return githubHost(hostname).serverURL;
    return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
/** The OIDC issuer certificates must name unless an issuer input says otherwise. */
function defaultIssuer(hostname) {
    return hostname ? githubHost(hostname).issuer : DOTCOM_ISSUER;
}


/***/ }),

/***/ 75778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readGitHubPolicyInputs)
/* harmony export */ });
/* harmony import */ var _github_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48849);
/* harmony import */ var _policy_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78771);
/**
 * verify-action's inputs in the vocabulary of `gh attestation verify`:
 * `owner`, `signer-repo`, `signer-digest`, `source-digest` and `hostname`.
 * Checked here so a typo fails before anything is fetched; the policy
 * (src/core/policy/github.ts) expands them to URLs.
 */


function readGitHubPolicyInputs(get) {
    const read = (name) => get(name).trim() || undefined;
    const hostname = read('hostname');
    const host = hostname ? (0,_github_host_js__WEBPACK_IMPORTED_MODULE_0__/* .githubHost */ .Se)(hostname) : undefined;
    const server = host?.serverURL ?? 'https://github.com';
    const owner = read('owner');
    const signerRepo = read('signer-repo');
    if (owner)
        (0,_policy_github_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerURLOf */ .Mp)(owner, server);
    if (signerRepo)
        (0,_policy_github_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryURLOf */ .dp)(signerRepo, server, 'signer-repo');
    return {
        owner,
        signerRepo,
        signerDigest: (0,_policy_github_js__WEBPACK_IMPORTED_MODULE_1__/* .commitDigest */ .YV)(read('signer-digest'), 'signer-digest'),
        sourceDigest: (0,_policy_github_js__WEBPACK_IMPORTED_MODULE_1__/* .commitDigest */ .YV)(read('source-digest'), 'source-digest'),
        hostname: host?.hostname
    };
}


/***/ }),

/***/ 25239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oP: () => (/* binding */ GITHUB_OIDC_ISSUER),
  Ht: () => (/* binding */ readVerifyInputs)
});

// UNUSED EXPORTS: PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, readAttestInputs, readBoolean, readImages, readInteger, readNetworkInputs, readOptional, readRegistryInputs, readSignInputs, readSigningInputs, signingSecrets

// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var files = __webpack_require__(56586);
// EXTERNAL MODULE: ./src/core/verify/thresholds.ts
var thresholds = __webpack_require__(94945);
;// CONCATENATED MODULE: ./src/core/inputs/policy.ts

/** Inputs that say who signed: the policy file says it instead. */
const REPLACED = [
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
];
function readPolicyInputs(get) {
    const policy = get('policy').trim() || undefined;
    const noMatch = get('no-match-policy').trim().toLowerCase();
    if (noMatch && noMatch !== 'deny' && noMatch !== 'warn' && noMatch !== 'allow') {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`no-match-policy\` must be deny, warn or allow, got "${get('no-match-policy').trim()}".`);
    }
    const raw = get('skip-unevaluable-policy').trim().toLowerCase();
    if (raw && !['true', 'false'].includes(raw))
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`skip-unevaluable-policy\` must be true or false, got "${raw}".`);
    if (!policy) {
        if (noMatch || raw === 'true')
            throw new errors/* SealError */.EM('INPUT_INVALID', '`no-match-policy` and `skip-unevaluable-policy` apply with `policy`: set it to the policy file.');
        return { skipUnevaluablePolicy: false };
    }
    const clash = REPLACED.filter(n => get(n).trim() !== '');
    if (clash.length) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`policy\` says who must have signed: leave ${clash.map(n => `\`${n}\``).join(', ')} empty.`, {
            hint: 'Put identities, keys and required attestations in the policy file (a SealImagePolicy covers what the admission policies do not say).'
        });
    }
    if (get('subject-path').trim() !== '')
        throw new errors/* SealError */.EM('INPUT_INVALID', '`policy` applies to images: give them in `image` (or `local-image`), not `subject-path`.');
    return { policy, noMatchPolicy: (noMatch || undefined), skipUnevaluablePolicy: raw === 'true' };
}

;// CONCATENATED MODULE: ./src/core/inputs/github.ts
/**
 * Inputs of GitHub's attestations API: the token, whether attest-action
 * stores its attestation (and a storage record for pushed images), and how
 * many attestations verify-action fetches. Pure checks; read.ts reads them.
 */

/** The most attestations fetched for one subject, as `gh attestation verify --limit`. */
const MAX_LIMIT = 1000;
/** A `subject-version` as GitHub's storage records take it: 1 to 100 characters. */
function github_checkSubjectVersion(value) {
    if (value !== undefined && value.length > 100) {
        throw new SealError('INPUT_INVALID', `\`subject-version\` must be at most 100 characters, got ${value.length}.`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/core/keys/kms/reference.ts
var kms_reference = __webpack_require__(77971);
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
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\`: "${line.slice(0, 100)}" is not key=value.`, { hint: 'Write one key=value per line.' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (!ANNOTATION_KEY.test(key)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\`: "${key.slice(0, 100)}" is not an annotation key (letters, digits and . _ / -, starting with a letter or digit).`);
        }
        if (key in out)
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\`: the key "${key}" is given twice.`);
        out[key] = value;
    }
    return out;
}
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** `platform`: os/architecture[/variant], separated by newlines or commas (e.g. linux/amd64, linux/arm64/v8). */
function parsePlatforms(text) {
    const platforms = (0,files/* splitList */.ry)(text).map(p => p.toLowerCase());
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`platform\`: "${p.slice(0, 100)}" is not os/architecture[/variant] (e.g. linux/amd64).`);
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
    const digests = (0,files/* splitList */.ry)(text).map(d => d.toLowerCase());
    for (const d of digests) {
        if (!isSubjectDigest(d)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `\`subject-digest\`: "${d.slice(0, 140)}" is not sha256:<64 hex digits> or sha512:<128 hex digits>.`);
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
function readImageVerifyOptions(get, hasBundlePath) {
    const subjectDigests = parseSubjectDigests(get('subject-digest'));
    if (subjectDigests.length && !hasBundlePath) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`subject-digest` verifies a bundle without the artifact: set `bundle-path` to the bundle file.');
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

// EXTERNAL MODULE: ./src/core/inputs/github-policy.ts
var github_policy = __webpack_require__(75778);
// EXTERNAL MODULE: ./src/core/github/host.ts
var host = __webpack_require__(48849);
;// CONCATENATED MODULE: ./src/core/inputs/read.ts










const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
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
        throw new errors/* SealError */.EM('INPUT_INVALID', 'Set both `registry-username` and `registry-password`, or neither (then ~/.docker/config.json is used).');
    }
    const signatureRepository = readOptional(get, 'signature-repository');
    // Checked here so a typo fails before anything is resolved; the step parses it again (with COSIGN_REPOSITORY as its fallback).
    if (signatureRepository)
        (0,reference/* parseRepository */.SU)(signatureRepository, 'signature-repository');
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
        throw new errors/* SealError */.EM('INPUT_INVALID', '`signed-repository` checks image signatures: set `image` or `local-image`.');
    (0,reference/* parseRepository */.SU)(repo, 'signed-repository');
    return repo;
}
/** Key, trust material and thresholds of verify-action. */
function readVerifyTrust(get, issuerGiven) {
    const key = readOptional(get, 'key');
    if (key && (readOptional(get, 'certificate-identity') || readOptional(get, 'certificate-identity-regexp') || issuerGiven)) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`key` verifies key-based signatures: leave `certificate-identity`, `certificate-identity-regexp` and the issuer inputs empty.');
    }
    const sigstore = readOptional(get, 'sigstore') ?? 'public-good';
    if (sigstore !== 'public-good' && sigstore !== 'github') {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`sigstore\` must be public-good or github, got "${sigstore}".`);
    }
    const insecureIgnoreTlog = readBoolean(get, 'insecure-ignore-tlog', false);
    // GitHub's instance has no Rekor: its bundles carry a timestamp instead.
    const defaultTlog = insecureIgnoreTlog || sigstore === 'github' ? 0 : 1;
    const tlogThreshold = readInteger(get, 'tlog-threshold', defaultTlog, 0, 10);
    if (insecureIgnoreTlog && tlogThreshold > 0) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`insecure-ignore-tlog: true` contradicts a `tlog-threshold` above 0.');
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
        timestampThreshold: readInteger(get, 'timestamp-threshold', (0,thresholds/* defaultTimestampThreshold */.p)(!!key), 0, 10),
        insecureIgnoreTlog
    };
}
function readVerifyInputs(get) {
    const subjectPatterns = (0,files/* splitList */.ry)(get('subject-path'));
    const images = readImages(get);
    const localImage = readOptional(get, 'local-image');
    const imageOptions = readImageVerifyOptions(get, !!readOptional(get, 'bundle-path'));
    if (subjectPatterns.length === 0 && images.length === 0 && !localImage && imageOptions.subjectDigests.length === 0) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'Give `subject-path` (files to verify, as globs separated by newlines or commas), `image` (image references, one per line), `local-image` (a directory written by `seal save`) or `subject-digest` (digests, with `bundle-path`).');
    }
    const registry = readRegistryInputs(get);
    if (localImage && registry.signatureRepository) {
        // Ignoring it would verify something other than what the input asks for; the layout already holds what `seal save` copied.
        throw new errors/* SealError */.EM('INPUT_INVALID', '`signature-repository` applies to images read from a registry, not to `local-image`.', {
            hint: "Pass it to `seal save --signature-repository`: the layout then holds those signatures as the image's own."
        });
    }
    const issuerRegExp = readOptional(get, 'certificate-oidc-issuer-regexp');
    const issuer = readOptional(get, 'certificate-oidc-issuer');
    const github = (0,github_policy/* readGitHubPolicyInputs */.B)(get);
    if (issuer && issuerRegExp) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'Set either `certificate-oidc-issuer` or `certificate-oidc-issuer-regexp`, not both.');
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
        certificateOidcIssuer: issuer ?? (issuerRegExp ? undefined : (0,host/* defaultIssuer */.LV)(github.hostname)),
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


/***/ }),

/***/ 77971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   td: () => (/* binding */ isKmsReference),
/* harmony export */   ww: () => (/* binding */ parseKmsReference)
/* harmony export */ });
/* unused harmony export KMS_FORMS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
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
const KMS_FORMS = [
    'awskms://[ENDPOINT]/KEY_ID|alias/NAME|ARN',
    'gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/V]',
    'azurekms://VAULT.vault.azure.net/KEY[/VERSION]',
    'hashivault://KEY'
];
/** True when `value` names a key in a key service (awskms://, gcpkms://, azurekms://, hashivault://). */
function isKmsReference(value) {
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" is not a key-service reference of the form ${form}.`);
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


/***/ }),

/***/ 4395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bV: () => (/* binding */ signatureHash),
/* harmony export */   ee: () => (/* binding */ parsePublicKey)
/* harmony export */ });
/* unused harmony exports keyKind, matchingPublicKey, publicKeyDER, publicKeyPEMOf, keyHint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _formats_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52038);
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is an ECDSA key on the curve ${curve}; use P-256, P-384 or P-521`);
        return kind;
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is a ${bits}-bit RSA key; use at least ${MIN_RSA_BITS} bits`);
        return 'rsa';
    }
    if (type === 'ed25519')
        return 'ed25519';
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is a ${type ?? 'unknown'} key; use ECDSA (P-256, P-384, P-521), RSA or Ed25519`);
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
    if ((0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikePEM */ .Wv)(text)) {
        const blocks = (0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(text, `\`${input}\``);
        const block = blocks.find(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY' || b.type === 'CERTIFICATE');
        if (!block) {
            const types = blocks.map(b => b.type);
            if (types.some(t => t.includes('PRIVATE KEY'))) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` holds a private key, not a public key`, {
                    hint: 'Give the public key (cosign.pub). Never share or commit the private key.'
                });
            }
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` holds no public key or certificate${types.length ? ` (found ${types.join(', ')})` : ''}`);
        }
        key = keyFromDER(block.der, block.type, what);
    }
    else {
        const der = (0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Text */ .BB)(text);
        if (!der) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` is neither a PEM public key nor base64 DER`, {
                hint: 'Give the contents of cosign.pub, with or without the BEGIN/END lines.'
            });
        }
        key = keyFromDER(der, undefined, what);
    }
    keyKind(key, what);
    return { publicKey: key, publicKeyPEM: publicKeyPEMOf(key) };
}
function keyFromDER(der, type, what) {
    if (!(0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .isSingleDER */ .ct)(der))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} cannot be parsed: its DER is cut short or has bytes after it`);
    if (type === 'CERTIFICATE')
        return certificateKey(der, what);
    if (type === 'RSA PUBLIC KEY')
        return tryKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'pkcs1' }), what);
    if (type === 'PUBLIC KEY')
        return tryKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' }), what);
    // A bare body: SubjectPublicKeyInfo is what cosign.pub holds; a certificate is the other common paste.
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch {
        return certificateKey(der, what);
    }
}
function certificateKey(der, what) {
    return tryKey(() => new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der).publicKey, what);
}
function tryKey(fn, what) {
    try {
        return fn();
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} cannot be parsed: ${err.message}`, { cause: err });
    }
}


/***/ }),

/***/ 10488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ cosignRepositoryName),
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   I3: () => (/* binding */ registryBaseURL),
/* harmony export */   M5: () => (/* binding */ checkReference),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   og: () => (/* binding */ isRepositoryPath),
/* harmony export */   yJ: () => (/* binding */ inRepository)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_API_HOST, DOCKER_HUB_COSIGN_NAME, isTag, registryApiHost */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48092);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: "${shown}" is not a valid image reference: ${why}.`, {
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
/**
 * A repository named on its own, such as `signature-repository`:
 * registry/repository, without a tag or digest.
 */
function parseRepository(text, input) {
    const ref = parseImageReference(text, input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: "${text.slice(0, 200)}" names a ${ref.digest ? 'digest' : 'tag'}; give only the repository.`, {
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
            if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d)) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `"${d.slice(0, 160)}" is not a digest (expected sha256:<64 lowercase hex digits>).`);
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
    if (typeof reference === 'string' && ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(reference) || isTag(reference)))
        return reference;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${shownValue(reference)} is neither a tag nor a digest (sha256:<64 hex digits>).`);
}
/** A blob or manifest digest a caller passed; INPUT_INVALID otherwise. */
function checkDigest(digest) {
    if (typeof digest === 'string' && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        return digest;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${shownValue(digest)} is not a digest (sha256:<64 lowercase hex digits>).`);
}


/***/ }),

/***/ 48092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   En: () => (/* binding */ SIGSTORE_BUNDLE_V03),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   P7: () => (/* binding */ DSSE_ENVELOPE),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qv: () => (/* binding */ cosignTag)
/* harmony export */ });
/* unused harmony exports OCI_CONFIG, OCI_LAYER, OCI_EMPTY, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_CONFIG, COSIGN_SIMPLE_SIGNING, IN_TOTO, EMPTY_CONFIG_BYTES, EMPTY_CONFIG_DIGEST, EMPTY_CONFIG, isImageManifestMediaType, descriptorJSON */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `"${digest.slice(0, 160)}" is not a digest (expected sha256:<hex>).`);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('REGISTRY_ERROR', `${where} is not a valid descriptor: ${why}.`);
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


/***/ }),

/***/ 78771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   Mp: () => (/* binding */ ownerURLOf),
/* harmony export */   UM: () => (/* binding */ githubIdentityRule),
/* harmony export */   YV: () => (/* binding */ commitDigest),
/* harmony export */   aE: () => (/* binding */ workflowURLOf),
/* harmony export */   dp: () => (/* binding */ repositoryURLOf),
/* harmony export */   hM: () => (/* binding */ githubFactChecks),
/* harmony export */   y9: () => (/* binding */ resolveGitHubPolicy)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);

const SEGMENT = /^[A-Za-z0-9_.-]+$/;
const DIGEST = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/** `owner/repo` (or the repository URL on `server`) → its URL, checking it names exactly one repository. */
function repositoryURLOf(value, server, input) {
    const v = value.trim().replace(/\/+$/, '');
    const path = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : /^https?:\/\//.test(v) ? undefined : v;
    const parts = path?.split('/') ?? [];
    if (parts.length !== 2 || !parts.every(p => SEGMENT.test(p) && p !== '.' && p !== '..')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` must be <owner>/<repository> (or ${server}/<owner>/<repository>), got ${JSON.stringify(value.slice(0, 200))}.`);
    }
    return `${server}/${parts.join('/')}`;
}
/** An owner (organisation or user) → its URL. */
function ownerURLOf(value, server, input = 'owner') {
    const v = value.trim().replace(/\/+$/, '');
    const name = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : v;
    if (!SEGMENT.test(name) || name === '.' || name === '..') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` must be an organisation or user name (one path segment), got ${JSON.stringify(value.slice(0, 200))}.`);
    }
    return `${server}/${name}`;
}
/** A commit digest input: 40 (SHA-1) or 64 (SHA-256) hex characters, compared in lower case. */
function commitDigest(value, input) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim().toLowerCase();
    if (!DIGEST.test(v)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` must be a full commit digest (40 or 64 hex characters), got ${JSON.stringify(value.slice(0, 200))}.`);
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
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('POLICY_MISMATCH', `${what}: expected ${JSON.stringify(expected)}, found ${shown}.`, {
        hint: `Fix \`${input}\` if the artifact really comes from there.`
    });
}
function resolveGitHubPolicy(input, server) {
    if (input.repository && input.owner) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', 'Set `repository` or `owner`, not both: the repository names its owner.');
    }
    if (input.signerRepo && input.signerWorkflow) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', 'Set `signer-repo` or `signer-workflow`, not both: the workflow names its repository.');
    }
    const repositoryURL = input.repository ? repositoryURLOf(input.repository, server, 'repository') : undefined;
    const ownerURL = repositoryURL ? repositoryURL.slice(0, repositoryURL.lastIndexOf('/')) : input.owner ? ownerURLOf(input.owner, server) : undefined;
    return {
        repositoryURL,
        ownerURL,
        signerRepoURL: input.signerRepo ? repositoryURLOf(input.signerRepo, server, 'signer-repo') : undefined,
        signerWorkflowURL: input.signerWorkflow ? workflowURLOf(input.signerWorkflow, server) : undefined,
        signerDigest: commitDigest(input.signerDigest, 'signer-digest'),
        sourceDigest: commitDigest(input.sourceDigest, 'source-digest')
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


/***/ }),

/***/ 92207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ policySummary)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26942);

/** The job-summary section of a policy run: per image, each policy rule that applied, with what passed or failed. */
function policySummary(rows) {
    const lines = ['### Admission policies', '', '| | Image | Policy | Rule | Mode | Outcome |', '| --- | --- | --- | --- | --- | --- |'];
    for (const r of rows) {
        const rules = r.policy?.rules ?? [];
        if (rules.length === 0)
            lines.push(`| ${r.ok ? '🟢' : '🔴'} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.subject)} | – | – | – | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.reason ?? r.policy?.warnings.join(' ') ?? 'no matching policies')} |`);
        for (const p of rules) {
            // Each detail escaped on its own, then joined with line breaks (escaping the joined text would escape the breaks too).
            const what = p.details.length ? p.details.map(d => (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(d.trim())).join('<br>') : (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)('');
            const skipped = p.skipped.length ? `<br>skipped: ${p.skipped.map(_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn).join(', ')}` : '';
            lines.push(`| ${p.passed ? '🟢' : p.mode === 'warn' ? '🟡' : '🔴'} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.subject)} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(`${p.kind} ${p.policy}`)} | ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(p.rule)} | ${p.mode} | ${what}${skipped} |`);
        }
    }
    lines.push('');
    return lines.join('\n');
}


/***/ }),

/***/ 26942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   p0: () => (/* binding */ verifySummary),
/* harmony export */   sN: () => (/* binding */ verifiedBy)
/* harmony export */ });
/* unused harmony exports rekorEntryURL, rekorLink, shortDigest, describeSigner, signSummary, attestSummary */
/* harmony import */ var _inputs_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25239);

/** Escapes text for a markdown table cell. */
function cell(text) {
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
        return cell(logIndex);
    return `[${cell(logIndex)}](${rekorEntryURL(rekorURL, logIndex)})`;
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
    const lines = ['## seal: signed ' + what.join(' and '), '', ...(args.instance ? [cell(args.instance), ''] : [])];
    if (args.rows.length) {
        lines.push('| Subject | Digest | Rekor log index | Integrated time | Identity | Issuer |', '| --- | --- | --- | --- | --- | --- |');
        for (const r of args.rows) {
            lines.push(`| ${code(r.subject)} | ${shortDigest(r.sha256)} | ${rekorLink(args.rekorURL, r.logIndex)} | ${cell(r.integratedTime)} | ${cell(args.identity)} | ${cell(args.issuer)} |`);
        }
        lines.push('');
    }
    if (images.length) {
        lines.push('| Image | Signed digest | Format | Stored in | Rekor log index | Identity |', '| --- | --- | --- | --- | --- | --- |');
        for (const img of images) {
            for (const sig of img.signatures) {
                const name = img.resolvedFromTag ? `${code(img.image)} (tag resolved)` : code(img.image);
                lines.push(`| ${name} | ${code(img.digest)} | ${cell(sig.format)} | ${code(sig.location)} | ${rekorLink(args.rekorURL, sig.logIndex)} | ${cell(args.identity)} |`);
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
        `Policy: ${cell(args.policy)}  `,
        `Trusted root: ${cell(args.trust)}`,
        ...(args.warnings ?? []).map(w => `\n> [!WARNING]\n> ${cell(w)}`),
        '',
        '| | Subject | Digest | Identity | Issuer | Rekor log index | Integrated time |',
        '| --- | --- | --- | --- | --- | --- | --- |'
    ];
    for (const r of args.rows) {
        lines.push(`| ${r.ok ? '🟢' : '🔴'} | ${code(r.subject)} | ${shortDigest(r.sha256)} | ${cell(r.identity)} | ${cell(r.issuer)} | ${cell(r.logIndex)} | ${cell(r.integratedTime)} |`);
    }
    const failures = args.rows.filter(r => !r.ok);
    if (failures.length) {
        lines.push('', '### Why it failed', '');
        for (const r of failures)
            lines.push(`- ${code(r.subject)}: ${cell(r.reason)}`);
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
        `Rekor log index: ${rekorLink(args.rekorURL, args.logIndex)}${args.integratedTime ? ` (${cell(args.integratedTime)})` : ''}  `,
        `Signer: ${cell(args.identity)} (${cell(args.issuer)})  `,
        ...(args.instance ? [`${cell(args.instance)}  `] : []),
        `Bundle: ${code(args.bundlePath)}${args.attestationURL ? `  \nStored on GitHub: [${cell(args.attestationURL)}](${encodeURI(args.attestationURL)})` : ''}`,
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
            lines.push(`| ${code(a.image)} | ${cell(a.kind)} | ${cell(a.format)} | ${code(a.location)} |`);
    }
    lines.push('');
    return lines.join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}


/***/ }),

/***/ 85576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ verifiedRow),
/* harmony export */   u: () => (/* binding */ failedRow)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);

/** The row of a subject that verified: who signed it, its log entry, and the statement's facts. */
function verifiedRow(subject, bundlePath, result, facts) {
    return {
        ...facts,
        subject,
        ok: true,
        bundlePath,
        sha256: result.sha256,
        identity: result.identity,
        issuer: result.issuer,
        logIndex: result.logIndex,
        integratedTime: result.integratedTime,
        ...(result.uncountedTimestamps && { uncountedTimestamps: result.uncountedTimestamps })
    };
}
/** The row of a subject that did not verify, with the reason and its error code. */
function failedRow(subject, bundlePath, err) {
    return { subject, ok: false, bundlePath, reason: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(err), code: err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM ? err.code : 'VERIFICATION_FAILED' };
}


/***/ }),

/***/ 56586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wi: () => (/* binding */ withoutBundles),
/* harmony export */   Zf: () => (/* binding */ BUNDLE_SUFFIX),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   sA: () => (/* binding */ resolveFiles)
/* harmony export */ });
/* unused harmony exports leavesWorkspace, displayName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73382);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73093);




const BUNDLE_SUFFIX = '.sigstore.json';
/** Splits a multi-value input: one value per line or comma; blank entries dropped. */
function splitList(value) {
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` is empty: give at least one file or glob.`);
    }
    const found = new Map();
    for (const pattern of patterns) {
        const matches = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern)
            ? await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: true })
            : await literal(pattern, cwd);
        if (matches.length === 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `\`${input}\` pattern "${pattern}" matched no file (searched from ${cwd}).`);
        }
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern) && !leavesWorkspace(pattern))
            await checkInside(matches, pattern, cwd, input);
        for (const m of matches) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(m);
            found.set(path, { path, name: displayName(path, cwd) });
        }
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
/** Whether a pattern itself points outside the working directory: absolute, or climbing with `..`. */
function leavesWorkspace(pattern) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) || pattern.split(/[\\/]/).includes('..');
}
async function checkInside(matches, pattern, cwd, input) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cwd).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd));
    for (const m of matches) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(m).catch(() => m);
        if (real === root || real.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            continue;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\` pattern "${pattern}" matched ${displayName((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(m), cwd)}, a link to ${real} outside the workspace ${cwd}.`, { hint: 'Name a file outside the workspace explicitly (its path, or a pattern starting with / or ../), or remove the link.' });
    }
}
async function literal(pattern, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (s.isFile())
            return [path];
        if (s.isDirectory()) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('INPUT_INVALID', `"${pattern}" is a directory; use a glob such as "${pattern.replace(/\/$/, '')}/*".`);
        }
        return [];
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM)
            throw err;
        return [];
    }
}
function displayName(path, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path);
    return rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? path : rel;
}
/**
 * Drops files that are the bundles of other files in the list (`x.sigstore.json`
 * beside `x`), so a glob such as `dist/*` covers the artifacts, not their bundles.
 */
function withoutBundles(files) {
    const paths = new Set(files.map(f => f.path));
    return files.filter(f => !(f.path.endsWith(BUNDLE_SUFFIX) && paths.has(f.path.slice(0, -BUNDLE_SUFFIX.length))));
}


/***/ }),

/***/ 69093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ withMaterial)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44402);
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

/***/ 63398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ loadTrust)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/core/trust/trusted-root.ts
var trusted_root = __webpack_require__(44402);
// EXTERNAL MODULE: ./src/core/trust/tuf.ts
var tuf = __webpack_require__(79377);
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
var material = __webpack_require__(69093);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/formats/pem.ts
var formats_pem = __webpack_require__(52038);
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
    if (!(0,formats_pem/* looksLikePEM */.Wv)(s))
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `${name} is not a PEM file of certificates`);
    return s;
}
function certificates(pem, name) {
    const blocks = (0,formats_pem/* decodePemBlocks */.vj)(pem, name).filter(b => b.type === 'CERTIFICATE');
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
    if ((0,formats_pem/* looksLikePEM */.Wv)(asText)) {
        const blocks = (0,formats_pem/* decodePemBlocks */.vj)(asText, name).filter(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY');
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
var tuf_offline = __webpack_require__(78623);
// EXTERNAL MODULE: ./src/core/util/jsonl.ts
var jsonl = __webpack_require__(94842);
;// CONCATENATED MODULE: ./src/core/trust/roots.ts




/** The roots in `text`: one JSON document (pretty-printed or not), or JSON Lines. */
function parseTrustedRoots(text, what) {
    const lines = (0,jsonl/* jsonLines */.i)(text);
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
        return (await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 67254))).fromGitHubTuf(cachePath, opts);
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


/***/ }),

/***/ 44402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ messageOnly),
/* harmony export */   qx: () => (/* binding */ checkTrustedRoot),
/* harmony export */   t1: () => (/* binding */ parseTrustedRoot)
/* harmony export */ });
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
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

/***/ 78623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ fromTufCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73093);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44402);
/* harmony import */ var _tuf_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79377);
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
    const { Updater } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(706)]).then(__webpack_require__.bind(__webpack_require__, 84706));
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

/***/ 79377:
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73093);
/* harmony import */ var _util_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77062);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61014);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69093);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44402);
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
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(706), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
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

/***/ 10663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ settleLimit),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Maps over items with at most `limit` calls in flight, keeping the input
 * order in the result. The first failure is rethrown after in-flight calls
 * settle, and no new call starts once one has failed.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed)
        throw failed.error;
    return results;
}
/** Like mapLimit, but runs every item and returns each outcome. */
async function settleLimit(items, limit, fn) {
    return mapLimit(items, limit, async (item, i) => {
        try {
            return { status: 'fulfilled', value: await fn(item, i) };
        }
        catch (reason) {
            return { status: 'rejected', reason };
        }
    });
}


/***/ }),

/***/ 73093:
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

/***/ 40185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony export writeFilesAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73093);





/** Whether `path` is a directory; false when it is anything else or does not exist. */
function isDirectory(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(s => s.isDirectory(), () => false);
}
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
async function writeTemp(tmp, { path, data, mode }) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', mode ?? 0o644);
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
    await Promise.all(paths.map(p => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(p, { force: true }).catch(() => undefined)));
}
function writeError(path, err) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SealError */ .EM('IO_ERROR', `cannot write ${path}: ${err.code ?? err}`, { cause: err });
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
    const written = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .settleLimit */ .X)(writes, concurrency, (w, i) => writeTemp(temps[i], w));
    const failed = written.findIndex(r => r.status === 'rejected');
    if (failed >= 0) {
        await removeAll(temps);
        throw writeError(writes[failed].path, written[failed].reason);
    }
    try {
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(writes, concurrency, (w, i) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temps[i], w.path).catch(err => Promise.reject(writeError(w.path, err))));
    }
    catch (err) {
        // Whatever was not renamed (a failed rename) is not left behind.
        await removeAll(temps);
        throw err;
    }
}


/***/ }),

/***/ 77062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ useEnvProxy),
/* harmony export */   IX: () => (/* binding */ nextLink),
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   fr: () => (/* binding */ readPrefix),
/* harmony export */   nZ: () => (/* binding */ parseHttpURL),
/* harmony export */   uw: () => (/* binding */ networkHint),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   yR: () => (/* binding */ httpURL)
/* harmony export */ });
/* unused harmony export proxySettings */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
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
    proxying = Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19)).then(({ EnvHttpProxyAgent, setGlobalDispatcher }) => {
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

/***/ 94842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ jsonLines)
/* harmony export */ });
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


/***/ }),

/***/ 42619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * Anything shaped like a JWT or a piece of one: a base64url JSON segment
 * (`eyJ…`), alone or dot-joined to the segments after it. A server that
 * echoes only a token's header and claims, or only its claims, is caught too.
 */
const JWT = /eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g;
/** The ways a secret can show up in text: as is, in base64 or base64url, and a JWT's claims and signature. */
function forms(secret) {
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
        for (const form of forms(s))
            out = out.split(form).join('***');
    return out.replace(JWT, '***');
}


/***/ }),

/***/ 61014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   TG: () => (/* binding */ again),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   zg: () => (/* binding */ fetchRetryOptions)
/* harmony export */ });
/* unused harmony exports retryAfter, RetryRequest, isBrokenReply, retryBrokenReplies */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
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


/***/ }),

/***/ 11911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yG: () => (/* binding */ buildExpectations),
  Ez: () => (/* binding */ checkExpectations),
  Zw: () => (/* binding */ statementFacts)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/core/policy/github.ts
var github = __webpack_require__(78771);
;// CONCATENATED MODULE: ./src/core/policy/build.ts

/** `owner/repo` or a full URL → the URL Fulcio records (`https://github.com/owner/repo`). */
function repositoryURL(value, server) {
    const v = value.replace(/\/+$/, '');
    return /^https?:\/\//.test(v) ? v : `${server}/${v}`;
}
/** A build signer URI without its `@ref`: `https://github.com/o/r/.github/workflows/x.yml`. */
function withoutRef(uri) {
    const at = uri.indexOf('@');
    return at === -1 ? uri : uri.slice(0, at);
}
/**
 * Policy over the build facts Fulcio recorded in the signing certificate
 * (OIDs 1.3.6.1.4.1.57264.1.9 to .22): which repository the build came from,
 * which workflow signed, from which ref, on which kind of runner. These are
 * vouched for by the certificate authority from the verified OIDC token,
 * unlike fields of a provenance predicate. Every comparison is exact.
 */
function buildBuildPolicy(input, server = 'https://github.com') {
    const checks = [];
    if (input.repository) {
        const expected = repositoryURL(input.repository, server);
        checks.push({
            describe: `repository ${expected}`,
            run: ext => {
                if (ext.sourceRepositoryURI !== expected)
                    throw (0,github/* mismatch */.J4)('repository', 'source repository', expected, ext.sourceRepositoryURI);
            }
        });
    }
    if (input.signerWorkflow) {
        const expected = (0,github/* workflowURLOf */.aE)(input.signerWorkflow, server);
        checks.push({
            describe: `signer workflow ${expected}`,
            run: ext => {
                const found = ext.buildSignerURI === undefined ? undefined : withoutRef(ext.buildSignerURI);
                if (found !== expected)
                    throw (0,github/* mismatch */.J4)('signer-workflow', 'signer workflow', expected, found);
            }
        });
    }
    if (input.sourceRef) {
        const expected = input.sourceRef;
        checks.push({
            describe: `source ref ${expected}`,
            run: ext => {
                if (ext.sourceRepositoryRef !== expected)
                    throw (0,github/* mismatch */.J4)('source-ref', 'source ref', expected, ext.sourceRepositoryRef);
            }
        });
    }
    if (input.denySelfHostedRunners) {
        checks.push({
            describe: 'GitHub-hosted runners only',
            run: ext => {
                if (ext.runnerEnvironment !== 'github-hosted') {
                    throw (0,github/* mismatch */.J4)('deny-self-hosted-runners', 'runner environment', 'github-hosted', ext.runnerEnvironment);
                }
            }
        });
    }
    checks.push(...(0,github/* githubFactChecks */.hM)((0,github/* resolveGitHubPolicy */.y9)(input, server)));
    return {
        empty: checks.length === 0,
        describe: () => checks.map(c => c.describe).join(', '),
        check: ext => {
            for (const c of checks)
                c.run(ext);
        }
    };
}

// EXTERNAL MODULE: ./src/core/formats/certificate.ts
var certificate = __webpack_require__(68375);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/formats/intoto.ts
var intoto = __webpack_require__(10797);
// EXTERNAL MODULE: ./src/core/keys/public.ts
var keys_public = __webpack_require__(4395);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
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

;// CONCATENATED MODULE: ./src/core/verify/annotations.ts


/**
 * The annotations of the statement subject with this sha256 (hex), or of the
 * only subject when no digest is known. Undefined for a bundle that holds no
 * in-toto statement (a message signature carries no annotations).
 */
function statementAnnotations(bundle, sha256) {
    if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== intoto/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return undefined;
    let statement;
    try {
        statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
    }
    catch {
        return undefined;
    }
    const subjects = Array.isArray(statement?.subject) ? statement.subject : [];
    const subject = sha256
        ? subjects.find(s => typeof s?.digest?.sha256 === 'string' && s.digest.sha256.toLowerCase() === sha256.toLowerCase())
        : subjects.length === 1
            ? subjects[0]
            : undefined;
    const a = subject?.annotations;
    if (!a || typeof a !== 'object' || Array.isArray(a))
        return {};
    return Object.fromEntries(Object.entries(a).filter((e) => typeof e[1] === 'string'));
}
/** Every wanted pair must be in the signed annotations with the same value. */
function requireAnnotations(found, want) {
    const keys = Object.keys(want);
    if (keys.length === 0)
        return;
    if (!found) {
        throw new errors/* SealError */.EM('POLICY_MISMATCH', 'the signature carries no signed annotations (a message signature has none), but `annotations` asks for some.', {
            hint: 'Verify an image signature or an attestation, which carry annotations, or leave `annotations` empty.'
        });
    }
    const missing = keys.filter(k => found[k] !== want[k]);
    if (missing.length) {
        const shown = missing.map(k => (k in found ? `${k}=${JSON.stringify(found[k])} (expected ${JSON.stringify(want[k])})` : `${k} missing`)).join(', ');
        throw new errors/* SealError */.EM('POLICY_MISMATCH', `annotation mismatch: ${shown}.`, {
            hint: 'Sign with these `annotations`, or fix the values `annotations` expects.'
        });
    }
}

// EXTERNAL MODULE: ./src/core/github/host.ts
var host = __webpack_require__(48849);
;// CONCATENATED MODULE: ./src/core/verify/expectations.ts












function buildExpectations(inputs, env) {
    const server = (0,host/* serverURLOf */.oY)(inputs.hostname, env);
    const build = buildBuildPolicy(inputs, server);
    if (inputs.key && !build.empty) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`repository`, `owner`, `signer-repo`, `signer-workflow`, `signer-digest`, `source-digest`, `source-ref` and `deny-self-hosted-runners` check certificates: they do not apply with `key`.');
    }
    // `repository`, `owner`, `signer-repo` or `signer-workflow` alone say who must have signed, as in gh.
    const identityRule = inputs.key ? undefined : (0,github/* githubIdentityRule */.UM)((0,github/* resolveGitHubPolicy */.y9)(inputs, server));
    const signer = inputs.key
        ? { publicKeyPEM: (0,keys_public/* parsePublicKey */.ee)(inputs.key, 'key').publicKeyPEM }
        : { policy: buildIdentityPolicy({ ...inputs, identityRule }) };
    const predicateType = inputs.predicateType;
    const annotations = inputs.annotations ?? {};
    const annotated = Object.entries(annotations).map(([k, v]) => `${k}=${v}`);
    return {
        signer,
        build,
        predicateType,
        annotations,
        thresholds: { tlogThreshold: inputs.tlogThreshold, timestampThreshold: inputs.timestampThreshold },
        ...(inputs.signedRepository && { signedRepository: (0,reference/* parseRepository */.SU)(inputs.signedRepository, 'signed-repository') }),
        tlogThresholdGiven: inputs.tlogThresholdGiven,
        describe: () => [
            'policy' in signer ? signer.policy.describe() : 'the given public key',
            build.empty ? '' : build.describe(),
            predicateType ? `attestations of type ${predicateType}` : '',
            annotated.length ? `annotations ${annotated.join(', ')}` : ''
        ]
            .filter(Boolean)
            .join('; ')
    };
}
/**
 * Checks what the signature verification leaves open: the build facts in the
 * certificate and, for attestations, the statement's predicate type. Call it
 * only after verifyBundle succeeded (the statement is then authentic).
 */
function checkExpectations(bundle, result, exp, signedAnnotations) {
    if (!exp.build.empty) {
        if (!result.certificatePEM) {
            throw new errors/* SealError */.EM('POLICY_MISMATCH', 'the bundle is signed with a key, so it carries no build facts to check against `repository`, `owner`, `signer-workflow` or `source-ref`.');
        }
        exp.build.check((0,certificate/* fulcioExtensions */.$A)(dist.X509Certificate.parse(result.certificatePEM)));
    }
    // The annotations of a legacy signature are in its payload (given); a bundle's are in its statement.
    if (exp.annotations)
        requireAnnotations(signedAnnotations ?? statementAnnotations(bundle, result.sha256), exp.annotations);
    const facts = statementFacts(bundle);
    if (exp.predicateType) {
        if (!facts) {
            throw new errors/* SealError */.EM('PREDICATE_MISMATCH', `expected an attestation of type ${exp.predicateType}, found a plain signature.`, {
                hint: 'Point `bundle-path` at the attestation bundle, or leave `predicate-type` empty to verify signatures.'
            });
        }
        if (facts.predicateType !== exp.predicateType) {
            throw new errors/* SealError */.EM('PREDICATE_MISMATCH', `expected predicate type ${exp.predicateType}, found ${JSON.stringify(facts.predicateType)}.`, {
                hint: 'Fix `predicate-type`, or verify the attestation of that type.'
            });
        }
    }
    return facts ?? {};
}
/** Predicate type, digest and content of a DSSE in-toto bundle; undefined for other bundles. */
function statementFacts(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== intoto/* IN_TOTO_PAYLOAD_TYPE */.T4)
        return undefined;
    let statement;
    try {
        statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement is not JSON');
    }
    const predicateType = typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
    const predicate = statement.predicate;
    const predicateDigest = predicate === undefined ? undefined : (0,external_node_crypto_.createHash)('sha256').update(dist.json.canonicalize(predicate)).digest('hex');
    return { predicateType, predicateDigest, predicate };
}


/***/ }),

/***/ 94945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ defaultTimestampThreshold)
/* harmony export */ });
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


/***/ })

};
