export const id = 268;
export const ids = [268];
export const modules = {

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubInstance: () => (/* binding */ githubInstance),
/* harmony export */   prepareSession: () => (/* binding */ prepareSession),
/* harmony export */   resolveServices: () => (/* binding */ resolveServices)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9114);
/* harmony import */ var _keys_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(236);
/* harmony import */ var _keys_signer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9372);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9070);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3524);
/* harmony import */ var _signing_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9959);









/** GitHub's Sigstore instance for private repositories: its own Fulcio and a TSA, no Rekor. */
function githubInstance(serverURL = 'https://github.com') {
    const host = new URL(serverURL).hostname;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}/api/v1/timestamp` };
}
/**
 * The services to sign with: explicit URL inputs, then a signing config, then
 * the chosen instance (public-good Fulcio and Rekor, or GitHub's Fulcio and
 * TSA without Rekor).
 */
async function resolveServices(inputs, ctx) {
    const config = inputs.signingConfig ? await (0,_signing_config_js__WEBPACK_IMPORTED_MODULE_8__/* .readSigningConfig */ .A)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, inputs.signingConfig)) : {};
    const preset = inputs.sigstore === 'github'
        ? { ...githubInstance(ctx.env.GITHUB_SERVER_URL), rekorURL: undefined, tlogUpload: false }
        : { fulcioURL: _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_FULCIO_URL */ .v, rekorURL: _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_REKOR_URL */ .wI, tsaURL: undefined, tlogUpload: true };
    const rekorURL = inputs.rekorURL ?? config.rekorURL ?? preset.rekorURL;
    const tlogUpload = inputs.tlogUpload ?? (inputs.signingConfig ? !!config.rekorURL : preset.tlogUpload);
    if (tlogUpload && !rekorURL) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('INPUT_INVALID', '`tlog-upload: true` needs a Rekor: set `rekor-url`.', {
            hint: "GitHub's Sigstore instance has no Rekor: leave `tlog-upload` unset with `sigstore: github`."
        });
    }
    return {
        fulcioURL: inputs.fulcioURL ?? config.fulcioURL ?? preset.fulcioURL,
        rekorURL: rekorURL ?? _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_REKOR_URL */ .wI,
        rekorVersion: inputs.rekorURL ? 1 : config.rekorVersion,
        tsaURL: inputs.tsaURL ?? config.tsaURL ?? preset.tsaURL,
        tlogUpload,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
    };
}
/** An unencrypted PKCS#8, SEC1 or PKCS#1 private key. */
function plainPrivateKey(pem) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('KEY_INVALID', '`key` holds no private key seal can read (cosign\'s encrypted format, or PKCS#8, SEC1 or PKCS#1 PEM).');
    }
}
/**
 * A signing session for a step: with the `key` input a long-lived key signs,
 * otherwise an ephemeral key certified by Fulcio from the ambient OIDC token.
 * `token` lets a caller that already read the token (attest reads its claims)
 * pass it in.
 */
async function prepareSession(inputs, ctx, token) {
    const services = await resolveServices(inputs, ctx);
    if (inputs.key) {
        ctx.onSecret?.(inputs.key);
        if (inputs.keyPassword)
            ctx.onSecret?.(inputs.keyPassword);
        const key = await (0,_keys_input_js__WEBPACK_IMPORTED_MODULE_4__/* .keyFromInput */ .c)(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await _keys_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .KeySigner */ .i.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new _keys_signer_js__WEBPACK_IMPORTED_MODULE_5__/* .KeySigner */ .i(plainPrivateKey(key), 'the key in `key`');
        return { session: new _sign_js__WEBPACK_IMPORTED_MODULE_7__.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined };
    }
    let source = token?.source;
    const session = new _sign_js__WEBPACK_IMPORTED_MODULE_7__.SigningSession({
        ...services,
        getToken: async () => {
            if (token)
                return token.token;
            const t = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_6__/* .getIdentityToken */ .Uk)({
                identityToken: inputs.identityToken,
                audience: inputs.audience,
                env: ctx.env,
                timeoutMs: inputs.timeoutMs,
                retries: inputs.retries
            });
            ctx.onSecret?.(t.token);
            source = t.source;
            return t.token;
        }
    });
    return { session, services, tokenSource: () => source };
}


/***/ })

};
