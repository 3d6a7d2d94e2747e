export const id = 690;
export const ids = [690];
export const modules = {

/***/ 88690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signingConfigFromTuf: () => (/* binding */ signingConfigFromTuf)
/* harmony export */ });
/* unused harmony export SIGNING_CONFIG_TARGET */
/* harmony import */ var _signing_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8988);
/* harmony import */ var _tuf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30005);
/**
 * The signing config a TUF repository distributes (`signing_config.v0.2.json`,
 * beside trusted_root.json): the Fulcio, Rekor and timestamp authority that
 * cosign v3 and sigstore-python sign with. Read from the public-good
 * repository, or from a private `tuf-mirror` started from `tuf-root`.
 */


const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json';
/**
 * The services of the repository's signing config; undefined when the
 * repository has no such target (older private deployments), a
 * TRUST_ROOT_UNAVAILABLE SealError when the repository cannot be read.
 */
async function signingConfigFromTuf(mirror, cachePath, opts, now = new Date()) {
    const { dir, options } = await (0,_tuf_js__WEBPACK_IMPORTED_MODULE_1__/* .tufClientSetup */ .Mn)(mirror, cachePath, opts);
    let text;
    try {
        const { initTUF } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 84423));
        const tuf = await initTUF(options);
        text = await tuf.getTarget(SIGNING_CONFIG_TARGET);
    }
    catch (err) {
        if (err.code === 'TUF_FIND_TARGET_ERROR')
            return undefined;
        throw (0,_tuf_js__WEBPACK_IMPORTED_MODULE_1__/* .tufFailure */ .Am)(err, mirror, dir, Boolean(options.rootPath));
    }
    return (0,_signing_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSigningConfig */ .V)(text, `${SIGNING_CONFIG_TARGET} of TUF ${mirror}`, now);
}


/***/ })

};
