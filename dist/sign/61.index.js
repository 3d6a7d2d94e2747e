export const id = 61;
export const ids = [61];
export const modules = {

/***/ 21061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/inputs/read.ts + 3 modules
var read = __webpack_require__(25239);
// EXTERNAL MODULE: ./src/core/inputs/github-policy.ts + 1 modules
var github_policy = __webpack_require__(5902);
;// CONCATENATED MODULE: ./src/core/inputs/index.ts
/** The typed inputs of the sign, verify and attest steps, read once and validated. */




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
    if (base === read/* PUBLIC_REKOR_URL */.wI)
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var subjects_files = __webpack_require__(56586);
// EXTERNAL MODULE: ./src/core/sign/instance.ts + 1 modules
var sign_instance = __webpack_require__(55672);
;// CONCATENATED MODULE: ./src/core/steps/sign.ts




/**
 * The signing code (Sigstore clients, their HTTP stack) is loaded once the
 * step has said what it will sign: a step's first line does not wait for it.
 */
async function loadSigning() {
    const [{ planBundles, signFileBundles, writeBundles }, { prepareSession }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(249), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 67300)), Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(249), __webpack_require__.e(164), __webpack_require__.e(300), __webpack_require__.e(594)]).then(__webpack_require__.bind(__webpack_require__, 70594))]);
    return { planBundles, signFileBundles, writeBundles, prepareSession };
}
/** Images signed at once: each is a few registry round trips, mostly waiting. */
const IMAGE_CONCURRENCY = 8;
async function loadImageSupport() {
    const [{ openImages }, { signImage }, { withListedImages }] = await Promise.all([
        __webpack_require__.e(/* import() */ 10).then(__webpack_require__.bind(__webpack_require__, 98010)),
        Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(897)]).then(__webpack_require__.bind(__webpack_require__, 27897)),
        __webpack_require__.e(/* import() */ 517).then(__webpack_require__.bind(__webpack_require__, 59517))
    ]);
    return { openImages, signImage, withListedImages };
}
/**
 * The sign step: resolve files and images first (so a typo fails before any
 * signing), get one certificate, then sign every file and image with it.
 */
async function runSignStep(inputs, ctx) {
    const files = inputs.subjectPatterns.length ? (0,subjects_files/* withoutBundles */.Wi)(await (0,subjects_files/* resolveFiles */.sA)(inputs.subjectPatterns, ctx.cwd)) : [];
    // Image support is loaded only for steps that sign images (it is most of the code a file step would not use).
    const img = inputs.images.length ? await loadImageSupport() : undefined;
    const opened = img ? await img.openImages(inputs, ctx.env, ctx.onSecret) : { client: undefined, images: [] };
    const client = opened.client;
    // `recursive`: an index and every manifest it lists, each signed on its own.
    const images = img && client && inputs.recursive ? await img.withListedImages(client, opened.images) : opened.images;
    for (const image of images) {
        if (image.resolvedFromTag) {
            ctx.warn?.(`${image.given} is a tag: signed its current digest ${image.descriptor.digest}. Reference images by digest to sign exactly what you built.`);
        }
    }
    const parts = [
        files.length ? `${files.length} file${files.length === 1 ? '' : 's'}` : '',
        images.length ? `${images.length} image${images.length === 1 ? '' : 's'}` : ''
    ];
    ctx.log?.(`Signing ${parts.filter(Boolean).join(' and ')}`);
    const { planBundles, signFileBundles, writeBundles, prepareSession } = await loadSigning();
    // Bundle paths are checked before the certificate: a clash fails before any request. A relative
    // `bundle-dir` is taken in the workspace, like `subject-path`, so the check compares absolute paths.
    const targets = planBundles(files, inputs.bundleDir === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, inputs.bundleDir));
    const { session, services, tokenSource, instance } = await prepareSession(inputs, ctx);
    // The certificate first: a token or Fulcio problem fails before any file or image work.
    const signer = await session.identity();
    // Files and images are signed side by side; when one side fails, the other is let finish
    // (no registry write is left running behind a failed step) and the first failure is raised.
    const [filesDone, imagesDone] = await Promise.allSettled([
        signFileBundles(targets, session),
        (0,concurrency/* mapLimit */.s)(images, IMAGE_CONCURRENCY, async (image) => ({
            image: image.given,
            digest: image.descriptor.digest,
            reference: `${image.ref.repositoryName}@${image.descriptor.digest}`,
            resolvedFromTag: image.resolvedFromTag,
            signatures: await img.signImage(client, session, image, inputs.signatureFormat, { annotations: inputs.annotations })
        }))
    ]);
    if (filesDone.status === 'rejected')
        throw filesDone.reason;
    if (imagesDone.status === 'rejected')
        throw imagesDone.reason;
    const pending = filesDone.value;
    const signedImages = imagesDone.value;
    // Bundles go to disk last, all together: a step that failed anywhere leaves none.
    const signedFiles = await writeBundles(pending);
    return {
        files: signedFiles,
        images: signedImages,
        signer,
        rekorURL: services.tlogUpload ? services.rekorURL : undefined,
        certificateRequests: session.certificateRequests,
        tokenSource: tokenSource(),
        instance: (0,sign_instance/* describeInstance */.xJ)(instance)
    };
}

;// CONCATENATED MODULE: ./src/core/sign-step.ts
/** sign-action's and `seal sign`'s entry to the core: the sign step, its inputs, summary and results. */





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

;// CONCATENATED MODULE: ./src/actions/sign/main.ts




/** sign-action: keyless signatures for files, one bundle per file. */
async function run() {
    try {
        const inputs = (0,read/* readSignInputs */.nr)(getInput);
        const result = await runSignStep(inputs, stepContext((0,read/* signingSecrets */.fL)(inputs)));
        const who = describeSigner(result.signer);
        core/* info */.pq(result.signer.certificate ? `Certificate issued to ${who.identity} by ${who.issuer} (token from ${result.tokenSource})` : `Signed with ${who.identity}`);
        for (const f of result.files) {
            core/* info */.pq(`Signed ${f.subject} sha256:${f.sha256} -> ${f.bundlePath}${f.logIndex ? ` (Rekor log index ${f.logIndex})` : ''}`);
        }
        for (const img of result.images) {
            for (const sig of img.signatures) {
                core/* info */.pq(`Signed ${img.reference} (${sig.format}) -> ${sig.location}${sig.logIndex ? ` (Rekor log index ${sig.logIndex})` : ''}`);
            }
        }
        core/* setOutput */.uH('bundle-paths', result.files.map(f => f.bundlePath).join('\n'));
        core/* setOutput */.uH('results', JSON.stringify(signResults(result)));
        core/* setOutput */.uH('certificate-identity', result.signer.certificate?.identity ?? '');
        core/* setOutput */.uH('certificate-oidc-issuer', result.signer.certificate?.issuer ?? '');
        core/* setOutput */.uH('public-key', result.signer.certificate ? '' : result.signer.publicKeyPEM);
        if (inputs.showSummary) {
            await writeSummary(signSummary({
                rows: result.files,
                images: result.images,
                identity: who.identity,
                issuer: who.issuer,
                rekorURL: result.rekorURL,
                verificationPEM: result.signer.publicKeyPEM,
                instance: result.instance
            }));
        }
    }
    catch (err) {
        fail(err);
    }
}


/***/ }),

/***/ 48849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports DOTCOM, DOTCOM_ISSUER, githubHost, serverURLOf, defaultIssuer */
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
        return githubHost(hostname).serverURL;
    return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
/** The OIDC issuer certificates must name unless an issuer input says otherwise. */
function defaultIssuer(hostname) {
    return hostname ? githubHost(hostname).issuer : DOTCOM_ISSUER;
}


/***/ }),

/***/ 5902:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// UNUSED EXPORTS: readGitHubPolicyInputs

// EXTERNAL MODULE: ./src/core/github/host.ts
var host = __webpack_require__(48849);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
;// CONCATENATED MODULE: ./src/core/policy/github.ts

const SEGMENT = /^[A-Za-z0-9_.-]+$/;
const DIGEST = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
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
    if (!DIGEST.test(v)) {
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


function readGitHubPolicyInputs(get) {
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


/***/ }),

/***/ 25239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ PUBLIC_FULCIO_URL),
  wI: () => (/* binding */ PUBLIC_REKOR_URL),
  nr: () => (/* binding */ readSignInputs),
  fL: () => (/* binding */ signingSecrets)
});

// UNUSED EXPORTS: GITHUB_OIDC_ISSUER, readAttestInputs, readBoolean, readImages, readInteger, readNetworkInputs, readOptional, readRegistryInputs, readSigningInputs, readVerifyInputs

// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(10488);
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var files = __webpack_require__(56586);
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
function readImageSignOptions(get, images, recursive) {
    const annotations = parseAnnotations(get('annotations'));
    if (recursive && images.length === 0)
        throw new errors/* SealError */.EM('INPUT_INVALID', '`recursive` signs the manifests of an image index: set `image`.');
    if (Object.keys(annotations).length && images.length === 0) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`annotations` go into image signatures: set `image` (file bundles carry no annotations).');
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

// EXTERNAL MODULE: ./src/core/inputs/github-policy.ts + 1 modules
var github_policy = __webpack_require__(5902);
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
    return [inputs.identityToken, (0,kms_reference/* isKmsReference */.td)(inputs.key) ? undefined : inputs.key, inputs.keyPassword, inputs.registryPassword];
}
function readSigningInputs(get) {
    const sigstore = readOptional(get, 'sigstore') ?? 'auto';
    if (sigstore !== 'auto' && sigstore !== 'public-good' && sigstore !== 'github') {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`sigstore\` must be auto, public-good or github, got "${sigstore}".`);
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
    const subjectPatterns = (0,files/* splitList */.ry)(get('subject-path'));
    const images = readImages(get);
    if (subjectPatterns.length === 0 && images.length === 0) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'Give `subject-path` (files to sign, as globs separated by newlines or commas) or `image` (image references, one per line).');
    }
    const format = readOptional(get, 'signature-format') ?? 'both';
    if (format !== 'bundle' && format !== 'legacy' && format !== 'both') {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`signature-format\` must be bundle, legacy or both, got "${format}".`);
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

/***/ 10488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* unused harmony exports DOCKER_HUB_API_HOST, DOCKER_HUB_COSIGN_NAME, isTag, cosignRepositoryName, registryApiHost */
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
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   En: () => (/* binding */ SIGSTORE_BUNDLE_V03),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   QA: () => (/* binding */ descriptorJSON),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   dY: () => (/* binding */ COSIGN_SIMPLE_SIGNING),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pA: () => (/* binding */ EMPTY_CONFIG_BYTES),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qv: () => (/* binding */ cosignTag)
/* harmony export */ });
/* unused harmony exports OCI_LAYER, OCI_EMPTY, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_CONFIG, DSSE_ENVELOPE, IN_TOTO, EMPTY_CONFIG_DIGEST, isImageManifestMediaType */
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

/***/ 55672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NF: () => (/* binding */ chooseInstance),
  xJ: () => (/* binding */ describeInstance)
});

// UNUSED EXPORTS: INSTANCE_NAMES

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
        const value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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

;// CONCATENATED MODULE: ./src/core/sign/instance.ts
/**
 * Which Sigstore instance a signing step uses. `sigstore: auto` (the
 * default) picks GitHub's instance in a GitHub Actions run unless the event
 * payload says the repository is public: a private repository's signatures
 * then stay out of the public transparency log, which would publish its names
 * and workflows. Outside GitHub Actions (no GITHUB_EVENT_PATH) it is
 * public-good, as GitHub's instance certifies only Actions tokens.
 * `public-good` and `github` force one.
 */

const INSTANCE_NAMES = { 'public-good': 'public-good Sigstore', github: "GitHub's Sigstore instance" };
function chooseInstance(sigstore, env) {
    if (sigstore !== 'auto')
        return { instance: sigstore, reason: `\`sigstore: ${sigstore}\`` };
    const visibility = repositoryVisibility(env);
    if (visibility === 'public')
        return { instance: 'public-good', reason: 'the repository is public (`sigstore: auto`)' };
    if (!env.GITHUB_EVENT_PATH)
        return { instance: 'public-good', reason: 'this is not a GitHub Actions run (no GITHUB_EVENT_PATH; `sigstore: auto`)' };
    const said = visibility ? `the repository is ${visibility}` : 'the event payload does not say the repository is public';
    return { instance: 'github', reason: `${said} (\`sigstore: auto\`)` };
}
/** One line for the log and the summary, e.g. `Sigstore instance: GitHub's Sigstore instance, as the repository is private (…)`. */
function describeInstance(choice) {
    return `Sigstore instance: ${INSTANCE_NAMES[choice.instance]}, as ${choice.reason}`;
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
/* harmony export */   Kd: () => (/* binding */ BrokenReplyError),
/* harmony export */   bD: () => (/* binding */ messageOf)
/* harmony export */ });
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
class BrokenReplyError extends Error {
    name = 'BrokenReplyError';
}


/***/ }),

/***/ 40185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aV: () => (/* binding */ writeFilesAtomic)
/* harmony export */ });
/* unused harmony exports isDirectory, writeFileAtomic */
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
    return stat(path).then(s => s.isDirectory(), () => false);
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
/* harmony export */   Gg: () => (/* binding */ retryBrokenReplies),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   TG: () => (/* binding */ again),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   zg: () => (/* binding */ fetchRetryOptions)
/* harmony export */ });
/* unused harmony exports retryAfter, RetryRequest, isBrokenReply */
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
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BrokenReplyError */ .Kd)
            return true;
        // seal's own errors are final: their retries were spent where they were raised.
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM)
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
