export const id = 171;
export const ids = [171];
export const modules = {

/***/ 171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubInstance: () => (/* binding */ githubInstance),
  prepareSession: () => (/* binding */ prepareSession),
  resolveServices: () => (/* binding */ resolveServices)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/inputs/read.ts + 3 modules
var read = __webpack_require__(25239);
// EXTERNAL MODULE: ./src/core/keys/input.ts
var input = __webpack_require__(10236);
// EXTERNAL MODULE: ./src/core/keys/private.ts
var keys_private = __webpack_require__(39371);
// EXTERNAL MODULE: ./src/core/keys/kms/reference.ts
var reference = __webpack_require__(77971);
// EXTERNAL MODULE: ./src/core/keys/signer.ts
var keys_signer = __webpack_require__(99372);
// EXTERNAL MODULE: ./src/core/oidc/token.ts
var oidc_token = __webpack_require__(19604);
// EXTERNAL MODULE: ./src/core/sign/session.ts + 2 modules
var sign_session = __webpack_require__(27469);
// EXTERNAL MODULE: ./src/core/trust/signing-config.ts
var signing_config = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/core/sign/instance.ts
var sign_instance = __webpack_require__(58622);
// EXTERNAL MODULE: ./src/core/trust/tuf.ts
var tuf = __webpack_require__(79377);
;// CONCATENATED MODULE: ./src/core/steps/signing-services.ts


/** Public-good's timestamp authority: what its signing config names, used when the TUF repository cannot be read. */
const PUBLIC_TSA_URL = 'https://timestamp.sigstore.dev/api/v1/timestamp';
/**
 * Whether the services come from a TUF repository: a `tuf-mirror`, or
 * keyless public-good (as `sigstore` chose it) with no service chosen by
 * input (signing with a `key` keeps its built-in services, so that it needs
 * no network when `tlog-upload` is off).
 */
function servicesFromTuf(inputs, instance) {
    if (inputs.signingConfig)
        return false;
    if (inputs.tufMirror)
        return true;
    return instance === 'public-good' && !inputs.key && !inputs.fulcioURL && !inputs.rekorURL && !inputs.tsaURL;
}
/**
 * The signing config of the step's TUF repository. A private mirror that
 * cannot be read, or has no signing config, is an error naming `tuf-mirror`;
 * when public-good's repository cannot be read, its services built into seal
 * (with its timestamp authority) are used, with a warning.
 */
async function tufSigningServices(inputs, ctx) {
    const mirror = inputs.tufMirror ? (0,tuf/* normalizeMirror */.dF)(inputs.tufMirror) : tuf/* PUBLIC_GOOD_TUF_URL */.C$;
    const { signingConfigFromTuf } = await __webpack_require__.e(/* import() */ 690).then(__webpack_require__.bind(__webpack_require__, 88690));
    const opts = { tufRootPath: inputs.tufRoot, tufTimeoutMs: Math.min(inputs.timeoutMs, 30_000), tufRetries: inputs.retries };
    let config;
    try {
        config = await signingConfigFromTuf(mirror, (0,tuf/* defaultTufCachePath */.Cj)(ctx.env), opts);
    }
    catch (err) {
        if (mirror !== tuf/* PUBLIC_GOOD_TUF_URL */.C$)
            throw err;
        ctx.warn?.(`Signing with the public-good services built into seal: ${err.message}`);
        return { tsaURL: PUBLIC_TSA_URL };
    }
    if (config?.fulcioURL || config?.rekorURL || config?.tsaURL)
        return config;
    if (mirror === tuf/* PUBLIC_GOOD_TUF_URL */.C$)
        return { tsaURL: PUBLIC_TSA_URL };
    throw new errors/* SealError */.EM('INPUT_INVALID', `the TUF repository \`tuf-mirror\` (${mirror}) has no signing config (signing_config.v0.2.json) naming a service.`, {
        hint: "Publish the deployment's signing config as a TUF target, or name the services with `signing-config` or `fulcio-url`, `rekor-url` and `tsa-url`."
    });
}

;// CONCATENATED MODULE: ./src/core/steps/signing-setup.ts












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
    const { instance } = (0,sign_instance/* chooseInstance */.NF)(inputs.sigstore, ctx.env);
    const fromTuf = servicesFromTuf(inputs, instance);
    const config = inputs.signingConfig ? await (0,signing_config/* readSigningConfig */.A)((0,external_node_path_.resolve)(ctx.cwd, inputs.signingConfig)) : fromTuf ? await tufSigningServices(inputs, ctx) : {};
    const preset = instance === 'github'
        ? { ...githubInstance(ctx.env.GITHUB_SERVER_URL), rekorURL: undefined, tlogUpload: false }
        : { fulcioURL: read/* PUBLIC_FULCIO_URL */.v, rekorURL: read/* PUBLIC_REKOR_URL */.wI, tsaURL: undefined, tlogUpload: true };
    const rekorURL = inputs.rekorURL ?? config.rekorURL ?? preset.rekorURL;
    const tlogUpload = inputs.tlogUpload ?? (inputs.signingConfig || (fromTuf && config.fulcioURL) ? !!config.rekorURL : preset.tlogUpload);
    if (tlogUpload && !rekorURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`tlog-upload: true` needs a Rekor: set `rekor-url`.', {
            hint: "GitHub's Sigstore instance has no Rekor: leave `tlog-upload` unset with `sigstore: github`."
        });
    }
    const rekorVersion = inputs.rekorURL ? 1 : config.rekorVersion;
    const tsaURL = inputs.tsaURL ?? config.tsaURL ?? preset.tsaURL;
    if (tlogUpload && rekorVersion === 2 && !tsaURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'The signing config selects a Rekor v2 log, whose entries carry no time: it needs a timestamp authority.', {
            hint: 'Add a TSA to the signing config (tsaUrls), or set `tsa-url`.'
        });
    }
    return {
        fulcioURL: inputs.fulcioURL ?? config.fulcioURL ?? preset.fulcioURL,
        rekorURL: rekorURL ?? read/* PUBLIC_REKOR_URL */.wI,
        rekorVersion,
        tsaURL,
        tlogUpload,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries
    };
}
/**
 * A signing session for a step: with the `key` input a long-lived key signs,
 * otherwise an ephemeral key certified by Fulcio from the ambient OIDC token.
 * `token` lets a caller that already read the token (attest reads its claims)
 * pass it in.
 */
async function prepareSession(inputs, ctx, token) {
    const services = await resolveServices(inputs, ctx);
    const instance = (0,sign_instance/* chooseInstance */.NF)(inputs.sigstore, ctx.env);
    ctx.log?.((0,sign_instance/* describeInstance */.xJ)(instance));
    if ((0,reference/* isKmsReference */.td)(inputs.key)) {
        // A key in a key service: the service signs; the reference is no secret. (Loaded only when used.)
        const { RemoteKeySigner } = await __webpack_require__.e(/* import() */ 194).then(__webpack_require__.bind(__webpack_require__, 39194));
        const signer = await RemoteKeySigner.open(inputs.key, ctx.env);
        return { session: new sign_session.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    if (inputs.key) {
        ctx.onSecret?.(inputs.key);
        if (inputs.keyPassword)
            ctx.onSecret?.(inputs.keyPassword);
        const key = await (0,input/* keyFromInput */.c)(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await keys_signer/* KeySigner */.i.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new keys_signer/* KeySigner */.i((0,keys_private/* readPlainPrivateKey */.Tf)(key, 'key'), 'the key in `key`');
        return { session: new sign_session.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    let source = token?.source;
    const session = new sign_session.SigningSession({
        ...services,
        getToken: async () => {
            if (token)
                return token.token;
            const t = await (0,oidc_token/* getIdentityToken */.Uk)({
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
    return { session, services, tokenSource: () => source, instance };
}


/***/ })

};
