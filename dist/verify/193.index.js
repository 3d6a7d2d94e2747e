export const id = 193;
export const ids = [193];
export const modules = {

/***/ 84193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureKey: () => (/* binding */ azureKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25563);
/* harmony import */ var _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49745);
/* harmony import */ var _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93431);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86687);
/**
 * Azure Key Vault through @azure/keyvault-keys, authenticated by
 * @azure/identity's DefaultAzureCredential: AZURE_TENANT_ID and
 * AZURE_CLIENT_ID with a federated token (AZURE_FEDERATED_TOKEN_FILE, as
 * workload identity writes it), a client secret or certificate; a managed
 * identity; or the Azure CLI's login. AZURE_AUTHORITY_HOST selects another
 * cloud's sign-in endpoint.
 */





const CODES = {
    KeyNotFound: 'not-found',
    Forbidden: 'denied',
    ForbiddenByPolicy: 'denied',
    Unauthorized: 'unauthenticated'
};
function azureKey(ref, _env) {
    let credential;
    let keys;
    let loaded;
    let signing;
    const cred = () => (credential ??= new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .DefaultAzureCredential */ .gv());
    const client = () => (keys ??= new _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__/* .KeyClient */ .xp(ref.vaultURL, cred()));
    const call = async (fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw describe(ref, err);
        }
    };
    const load = async () => (loaded ??= await call(() => client().getKey(ref.name, { version: ref.version })));
    const publicKeyPEM = async () => {
        const { key } = await load();
        const kty = key?.kty?.replace(/-HSM$/, '');
        if (!key || (kty !== 'EC' && kty !== 'RSA') || (kty === 'EC' && key.crv !== 'P-256') || (key.keyOps && !key.keyOps.includes('sign'))) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(ref, 'wrong-type', `a ${key?.kty ?? 'unknown'}${key?.crv ? ` ${key.crv}` : ''} key${key?.keyOps ? ` for ${key.keyOps.join(', ')}` : ''}`);
        }
        const b64 = (v) => Buffer.from(v ?? []).toString('base64url');
        const jwk = kty === 'EC' ? { kty, crv: 'P-256', x: b64(key.x), y: b64(key.y) } : { kty, n: b64(key.n), e: b64(key.e) };
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: jwk, format: 'jwk' }).export({ format: 'pem', type: 'spki' }).toString();
    };
    return {
        publicKeyPEM,
        async signDigest(digest, kind) {
            const key = await load();
            // One client for the session: it answers the vault's challenge once and reuses the token.
            signing ??= new _azure_keyvault_keys__WEBPACK_IMPORTED_MODULE_2__/* .CryptographyClient */ .k1(key.id ?? `${ref.vaultURL}/keys/${ref.name}`, cred());
            const client = signing;
            const { result } = await call(() => client.sign(kind === 'rsa' ? 'RS256' : 'ES256', digest));
            // Key Vault returns ECDSA signatures as r || s; bundles carry ASN.1 DER.
            return kind === 'rsa' ? Buffer.from(result) : Buffer.from(_noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_4__/* .p256 */ .s9.Signature.fromBytes(result, 'compact').toBytes('der'));
        },
        async create() {
            try {
                return { publicKeyPEM: await publicKeyPEM(), created: false };
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(err))
                    throw err;
            }
            loaded = await call(() => client().createEcKey(ref.name, { curve: 'P-256', keyOps: ['sign', 'verify'] }));
            return { publicKeyPEM: await publicKeyPEM(), created: true };
        }
    };
}
/** A Key Vault RestError (status and code), an identity error, or a network failure, as one line. */
function describe(ref, err) {
    const e = err;
    if (e.name === 'CredentialUnavailableError' || e.name === 'AuthenticationError' || e.name === 'AggregateAuthenticationError') {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(ref, 'unauthenticated', e.message, { cause: err });
    }
    if (e.statusCode) {
        const failure = CODES[e.code ?? ''] ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .failureOfStatus */ .wU)(e.statusCode);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(ref, failure, `${e.code ?? `HTTP ${e.statusCode}`}: ${firstLine(e.message)}`, { cause: err });
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isNetworkError */ .TX)(err))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(ref, 'unavailable', e.message, { cause: err });
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(ref, 'failed', firstLine(e.message) || String(err), { cause: err });
}
/** Identity errors list every credential tried, one per line; the first says enough. */
function firstLine(text = '') {
    return text.split('\n')[0];
}


/***/ }),

/***/ 86687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   ov: () => (/* binding */ kmsError),
/* harmony export */   wU: () => (/* binding */ failureOfStatus)
/* harmony export */ });
/* unused harmony export KmsError */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42619);
/**
 * What a key service said, as one line naming the reference: no such key,
 * permission denied, wrong key type, or the service unreachable. The
 * provider's own words follow, cut to one line and with anything shaped like
 * a token removed; credentials are never part of a message.
 */


const SERVICE = {
    awskms: 'AWS KMS',
    gcpkms: 'Cloud KMS',
    azurekms: 'Azure Key Vault',
    hashivault: 'Vault transit'
};
const WHAT = {
    'not-found': 'has no such key',
    denied: 'denied permission',
    unauthenticated: 'refused the credentials',
    'no-credentials': 'could not be called: credentials could not be obtained',
    'wrong-type': 'holds a key seal cannot sign with',
    unavailable: 'could not be reached',
    failed: 'failed'
};
const HINTS = {
    awskms: {
        denied: 'The identity seal runs as needs kms:Sign and kms:GetPublicKey on the key (kms:CreateKey to create one).',
        unauthenticated: "Set AWS credentials (a role assumed through the runner's OIDC token, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) and AWS_REGION.",
        'not-found': 'Check the key id or alias and the region (AWS_REGION, or the region of an ARN).'
    },
    gcpkms: {
        denied: 'The account seal runs as needs roles/cloudkms.signerVerifier (roles/cloudkms.admin to create keys) on the key.',
        unauthenticated: 'Set Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, e.g. from workload identity federation).',
        'no-credentials': 'Set Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, e.g. from workload identity federation), or run on Compute Engine or GKE with a service account attached (its token comes from the metadata server).'
    },
    azurekms: {
        denied: 'The identity seal runs as needs the sign and get key permissions (the Key Vault Crypto User role) on the vault.',
        unauthenticated: 'Set credentials for DefaultAzureCredential (AZURE_TENANT_ID and AZURE_CLIENT_ID with a federated token, a secret or a certificate).'
    },
    hashivault: {
        denied: 'The token in VAULT_TOKEN needs update on <mount>/sign/KEY and read on <mount>/keys/KEY.',
        unauthenticated: 'Set VAULT_TOKEN to a valid token.',
        unavailable: 'Set VAULT_ADDR to the Vault server.'
    }
};
const WRONG_TYPE_HINT = 'Use an ECDSA P-256 key (signing SHA-256 digests) or an RSA key of 2048 bits or more with PKCS#1 v1.5 and SHA-256.';
/** A failed key-service call; `failure` says what kind of failure it was. */
class KmsError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM {
    failure;
    constructor(failure, message, options) {
        super('KMS_ERROR', message, options);
        this.failure = failure;
    }
}
/** The one-line error for a failed key-service call. `detail` is the provider's reason, if any. */
function kmsError(ref, failure, detail, options = {}) {
    const reason = detail ? `: ${oneLine(detail)}` : '';
    const hint = failure === 'wrong-type' ? WRONG_TYPE_HINT : HINTS[ref.provider][failure];
    return new KmsError(failure, `\`key\` ${ref.text}: ${SERVICE[ref.provider]} ${WHAT[failure]}${reason}`, { hint, cause: options.cause });
}
/** True for a key service's "no such key". */
function isNotFound(err) {
    return err instanceof KmsError && err.failure === 'not-found';
}
/** The failure an HTTP status stands for. */
function failureOfStatus(status) {
    if (status === 404)
        return 'not-found';
    if (status === 401)
        return 'unauthenticated';
    if (status === 403)
        return 'denied';
    if (status === undefined || status >= 500 || status === 429)
        return 'unavailable';
    return 'failed';
}
/** Network errors (refused, reset, unknown host, timeouts) as opposed to a service's answer. */
function isNetworkError(err) {
    const code = err?.code ?? err?.cause?.code;
    return (typeof code === 'string' &&
        /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|UND_ERR_\w+|ERR_TLS\w*|DEPTH_ZERO\w*|SELF_SIGNED\w*|UNABLE_TO\w*|CERT_\w+)$/.test(code));
}
function oneLine(text) {
    const line = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(text).replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}


/***/ })

};
