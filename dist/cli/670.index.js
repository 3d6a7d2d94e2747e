export const id = 670;
export const ids = [670];
export const modules = {

/***/ 40670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyDigestRows: () => (/* binding */ verifyDigestRows)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40185);
/* harmony import */ var _subjects_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14605);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56543);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85576);
/**
 * Digest-only verification: an artifact named by its digest (`subject-digest`,
 * or `seal verify sha256:…`) and its bundle, with the artifact itself nowhere
 * at hand. A message signature must sign that digest; an in-toto statement
 * must list it as a subject.
 */






/** One row per digest, each verified against the bundle at `bundlePath` (a file). */
async function verifyDigestRows(digests, bundlePath, expectations, batch) {
    if (await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isDirectory */ .wd)(bundlePath)) {
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
    const bundle = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__.parseBundle)(text, bundlePath);
    const rows = [];
    for (const subject of digests) {
        const d = (0,_subjects_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDigest */ .m)(subject);
        if (!d)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`subject-digest\`: "${subject.slice(0, 140)}" is not a digest.`);
        try {
            const result = await batch.verify(bundle, { digest: { algorithm: d.algorithm, value: d.digest } }, expectations.signer);
            const facts = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_4__.checkExpectations)(bundle, result, expectations);
            rows.push((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .verifiedRow */ .R)(subject, bundlePath, result, facts));
        }
        catch (err) {
            rows.push((0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .failedRow */ .u)(subject, bundlePath, err));
        }
    }
    return rows;
}


/***/ })

};
