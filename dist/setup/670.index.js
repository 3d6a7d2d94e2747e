export const id = 670;
export const ids = [670,288];
export const modules = {

/***/ 40670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyDigestRows: () => (/* binding */ verifyDigestRows)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _subjects_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76989);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2288);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85576);
/**
 * Digest-only verification: an artifact named by its digest (`subject-digest`,
 * or `seal verify sha256:…`) and its bundle, with the artifact itself nowhere
 * at hand. A message signature must sign that digest; an in-toto statement
 * must list it as a subject.
 */





/** One row per digest, each verified against the bundle at `bundlePath` (a file). */
async function verifyDigestRows(digests, bundlePath, expectations, batch) {
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(bundlePath).then(s => s.isDirectory(), () => false);
    if (isDir) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`bundle-path\` (${bundlePath}) is a directory; \`subject-digest\` needs the bundle file itself.`, {
            hint: 'Point `bundle-path` at the <name>.sigstore.json bundle that signs or attests the digests.'
        });
    }
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(bundlePath, 'utf8');
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('BUNDLE_NOT_FOUND', `No bundle at ${bundlePath}.`, { hint: 'Point `bundle-path` at the bundle of the artifact the digest names.' });
    }
    const bundle = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_3__.parseBundle)(text, bundlePath);
    const rows = [];
    for (const subject of digests) {
        const d = (0,_subjects_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigest */ .m)(subject);
        if (!d)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`subject-digest\`: "${subject.slice(0, 140)}" is not a digest.`);
        try {
            const result = await batch.verify(bundle, { digest: { algorithm: d.algorithm, value: d.digest } }, expectations.signer);
            const facts = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_3__.checkExpectations)(bundle, result, expectations);
            rows.push((0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .verifiedRow */ .R)(subject, bundlePath, result, facts));
        }
        catch (err) {
            rows.push((0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .failedRow */ .u)(subject, bundlePath, err));
        }
    }
    return rows;
}


/***/ }),

/***/ 2288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BatchVerifier: () => (/* reexport */ BatchVerifier),
  CachingVerifier: () => (/* reexport */ cache/* CachingVerifier */.Y),
  RootedVerifier: () => (/* reexport */ RootedVerifier),
  buildExpectations: () => (/* reexport */ expectations/* buildExpectations */.yG),
  bundleTexts: () => (/* reexport */ bundleTexts),
  checkExpectations: () => (/* reexport */ expectations/* checkExpectations */.Ez),
  firstThatVerifies: () => (/* reexport */ firstThatVerifies),
  parseBundle: () => (/* reexport */ parse/* parseBundle */.Q),
  rootFor: () => (/* reexport */ rootFor),
  statementFacts: () => (/* reexport */ expectations/* statementFacts */.Zw),
  thresholdsFor: () => (/* reexport */ thresholdsFor),
  verifyBundle: () => (/* reexport */ bundle/* verifyBundle */.I)
});

// EXTERNAL MODULE: ./src/core/verify/parse.ts
var parse = __webpack_require__(5014);
// EXTERNAL MODULE: ./src/core/verify/bundle.ts + 6 modules
var bundle = __webpack_require__(72513);
// EXTERNAL MODULE: ./src/core/verify/cache.ts + 2 modules
var cache = __webpack_require__(40843);
;// CONCATENATED MODULE: ./src/core/verify/batch.ts


class BatchVerifier {
    trust;
    verifyOne;
    verifier;
    options;
    constructor(trust, options = {}, verifyOne = bundle/* verifyBundle */.I) {
        this.trust = trust;
        this.verifyOne = verifyOne;
        this.verifier = new cache/* CachingVerifier */.Y(trust.material, options);
        this.options = { ...options, verifier: this.verifier };
    }
    /** Same contract as `verifyBundle(bundle, artifact, expect, trust, options)`. */
    verify(bundle, artifact, expect) {
        return this.verifyOne(bundle, artifact, expect, this.trust, this.options);
    }
    /** Whether any bundle went through the shared verifier (so its caches did their work). */
    get cacheUsed() {
        const s = this.verifier.stats;
        return s.certificateChecks + s.certificateHits + s.tsaChainChecks + s.tsaChainHits > 0;
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/core/verify/material.ts
var material = __webpack_require__(96688);
;// CONCATENATED MODULE: ./src/core/verify/roots.ts
/**
 * Verification against the right trusted root: a trusted-root file may hold
 * several roots (JSON Lines, as `gh attestation trusted-root` prints), and
 * each bundle is verified against the one whose certificate authority issued
 * its signing certificate, with thresholds that root can meet: a root with no
 * CT log needs no SCT, and one with no transparency log needs no log entry
 * unless `tlog-threshold` asks for it (GitHub's instance has neither; its
 * bundles carry an RFC 3161 timestamp instead).
 */



/** The thresholds a bundle is verified with under `root`. */
function thresholdsFor(root, thresholds, tlogGiven) {
    return {
        ...thresholds,
        ...(root.ctlogs.length === 0 ? { ctlogThreshold: 0 } : {}),
        ...(tlogGiven ? {} : { tlogThreshold: root.tlogs.length === 0 ? 0 : 1 })
    };
}
/**
 * The root of `trust` whose certificate authorities include the issuer of
 * the bundle's signing certificate; the first root when none does (the
 * verification then fails, saying the authority is unknown) or when the
 * bundle is signed with a key.
 */
function rootFor(bundle, trust) {
    const roots = trust.roots;
    if (!roots || roots.length < 2)
        return trust;
    const der = (0,material/* leafCertificate */.kP)(bundle);
    if (!der)
        return roots[0];
    let issuer;
    try {
        issuer = dist.X509Certificate.parse(Buffer.from(der)).issuer;
    }
    catch {
        return roots[0];
    }
    const issues = (root) => root.trustedRoot.certificateAuthorities.some(ca => ca.certChain?.certificates.some(c => {
        try {
            return dist.X509Certificate.parse(Buffer.from(c.rawBytes)).subject.equals(issuer);
        }
        catch {
            return false;
        }
    }));
    return roots.find(issues) ?? roots[0];
}
/** BatchVerifier's `verify` over a trust of one or several roots; one BatchVerifier per root, made when first needed. */
class RootedVerifier {
    trust;
    thresholds;
    tlogGiven;
    verifiers = new Map();
    constructor(trust, thresholds, tlogGiven) {
        this.trust = trust;
        this.thresholds = thresholds;
        this.tlogGiven = tlogGiven;
    }
    verify(bundle, artifact, expect) {
        const root = rootFor(bundle, this.trust);
        let verifier = this.verifiers.get(root);
        if (!verifier) {
            verifier = new BatchVerifier(root, thresholdsFor(root.trustedRoot, this.thresholds, this.tlogGiven));
            this.verifiers.set(root, verifier);
        }
        return verifier.verify(bundle, artifact, expect);
    }
}

// EXTERNAL MODULE: ./src/core/util/errors.ts
var util_errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/util/jsonl.ts
var jsonl = __webpack_require__(94842);
;// CONCATENATED MODULE: ./src/core/verify/jsonl.ts
/**
 * Bundle files holding several bundles, one JSON document a line, as
 * `gh attestation download` writes them (`<alg>:<hex>.jsonl`). A subject
 * verifies when one of them verifies for it; the bundles for other artifacts
 * or of other predicate types are skipped, not failures.
 */


/** The bundles in a file: each line of JSON Lines (a `.jsonl` file from gh), else the file as one bundle. */
function bundleTexts(text, path) {
    const lines = (0,jsonl/* jsonLines */.i)(text);
    if (!lines)
        return [{ text, source: path }];
    return lines.map((line, i) => ({ text: line, source: `${path} line ${i + 1}` }));
}
/** Failures that only say the bundle is about something else. */
const SKIPPED = new Set(['DIGEST_MISMATCH', 'PREDICATE_MISMATCH']);
/**
 * The first bundle for which `verify` succeeds. When none does, the error of
 * the first bundle that was for this subject and failed is thrown, or, when
 * every bundle was for something else, one error saying so.
 */
async function firstThatVerifies(bundles, path, verify) {
    if (bundles.length === 1)
        return verify(bundles[0]);
    const errors = [];
    for (const b of bundles) {
        try {
            return await verify(b);
        }
        catch (err) {
            errors.push({ source: b.source, err });
        }
    }
    const real = errors.find(e => !(e.err instanceof util_errors/* SealError */.EM && SKIPPED.has(e.err.code)));
    if (real) {
        const err = real.err;
        if (err instanceof util_errors/* SealError */.EM)
            throw new util_errors/* SealError */.EM(err.code, `${real.source}: ${err.message}`, { hint: err.hint, cause: err });
        throw err;
    }
    const first = errors[0]?.err;
    throw new util_errors/* SealError */.EM(first.code, `none of the ${bundles.length} bundles in ${path} is for this subject: ${first.message}`, { hint: first.hint, cause: first });
}

// EXTERNAL MODULE: ./src/core/verify/expectations.ts + 2 modules
var expectations = __webpack_require__(17870);
;// CONCATENATED MODULE: ./src/core/verify/index.ts
/**
 * Bundle verification: parsing bundles, verifying one against a trusted root
 * and an identity policy or key, verifying many with shared work, and the
 * step-level expectations (identity, build provenance, thresholds).
 */









/***/ })

};
