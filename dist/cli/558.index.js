export const id = 558;
export const ids = [558];
export const modules = {

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


/***/ }),

/***/ 97558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vaultKey: () => (/* binding */ vaultKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86687);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _util_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77062);
/**
 * HashiCorp Vault's transit secrets engine through its HTTP API: VAULT_ADDR,
 * VAULT_TOKEN, VAULT_NAMESPACE (Enterprise) and TRANSIT_SECRET_ENGINE_PATH
 * (the engine's mount, `transit` by default).
 */



/** Transit key types seal signs with, and the public-key kind each is. */
const SIGNING_TYPES = new Set(['ecdsa-p256', 'rsa-2048', 'rsa-3072', 'rsa-4096']);
function vaultKey(ref, env) {
    const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '');
    const request = async (method, path, body) => {
        const addr = env.VAULT_ADDR;
        if (!addr)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`key\` ${ref.text}: set VAULT_ADDR to the Vault server's address.`);
        if (!env.VAULT_TOKEN)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'unauthenticated', 'VAULT_TOKEN is not set');
        const headers = { 'X-Vault-Token': env.VAULT_TOKEN, 'X-Vault-Request': 'true' };
        if (env.VAULT_NAMESPACE)
            headers['X-Vault-Namespace'] = env.VAULT_NAMESPACE;
        if (body)
            headers['Content-Type'] = 'application/json';
        await (0,_util_http_js__WEBPACK_IMPORTED_MODULE_2__/* .useEnvProxy */ .Bs)(env);
        let res;
        try {
            res = await fetch(new URL(`v1/${mount}/${path}`, addr.endsWith('/') ? addr : `${addr}/`), {
                method,
                headers,
                body: body && JSON.stringify(body),
                signal: AbortSignal.timeout(30_000)
            });
        }
        catch (err) {
            // fetch rejects only when no answer came: refused, reset, unknown host, TLS, timeout.
            const cause = err.cause?.message;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'unavailable', `${addr}: ${err.message}${cause ? ` (${cause})` : ''}`, { cause: err });
        }
        const text = await res.text();
        if (!res.ok)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, failureOf(res.status, text), reasonOf(res.status, text));
        if (!text)
            return undefined;
        try {
            return JSON.parse(text).data;
        }
        catch {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'failed', `the answer to ${method} ${path} is not JSON`);
        }
    };
    const publicKeyPEM = async () => {
        const info = await request('GET', `keys/${ref.name}`);
        if (!info?.type || !SIGNING_TYPES.has(info.type))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'wrong-type', `a transit key of type ${info?.type ?? 'unknown'}`);
        const pem = info.keys?.[String(info.latest_version)]?.public_key;
        if (!pem)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'failed', 'the key has no public key for its latest version');
        return pem;
    };
    return {
        publicKeyPEM,
        async signDigest(digest, kind) {
            const body = {
                input: digest.toString('base64'),
                prehashed: true,
                ...(kind === 'rsa' ? { signature_algorithm: 'pkcs1v15' } : { marshaling_algorithm: 'asn1' })
            };
            const out = await request('POST', `sign/${ref.name}/sha2-256`, body);
            const m = /^vault:v\d+:([A-Za-z0-9+/=]+)$/.exec(out?.signature ?? '');
            if (!m)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsError */ .ov)(ref, 'failed', 'the answer has no signature');
            return Buffer.from(m[1], 'base64');
        },
        async create() {
            try {
                return { publicKeyPEM: await publicKeyPEM(), created: false };
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(err))
                    throw err;
            }
            await request('POST', `keys/${ref.name}`, { type: 'ecdsa-p256' });
            return { publicKeyPEM: await publicKeyPEM(), created: true };
        }
    };
}
/** Vault answers a missing key with 404 on reads and 400 "…not found" on signing. */
function failureOf(status, text) {
    if (status === 400 && /not found/i.test(text))
        return 'not-found';
    if (status === 403 && /permission denied/i.test(text) && /invalid token/i.test(text))
        return 'unauthenticated';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureOfStatus */ .wU)(status);
}
function reasonOf(status, text) {
    try {
        const errors = JSON.parse(text).errors;
        if (Array.isArray(errors) && errors.length)
            return `HTTP ${status}: ${errors.map(String).join('; ')}`;
    }
    catch {
        // Not JSON: the status alone says it.
    }
    return `HTTP ${status}`;
}


/***/ })

};
