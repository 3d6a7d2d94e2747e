export const id = 364;
export const ids = [364];
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

/***/ 3364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcpKey: () => (/* binding */ gcpKey)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86687);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61014);
/**
 * Google Cloud KMS through its REST API, authorised by google-auth-library's
 * Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, including
 * the workload identity federation files CI logins write, or the metadata
 * server). The gRPC client (@google-cloud/kms) is not used: its stack would
 * make each action's bundle several times larger for four REST calls.
 * CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS points at another endpoint, as
 * for gcloud.
 */



const SCOPE = 'https://www.googleapis.com/auth/cloudkms';
const DEFAULT_ENDPOINT = 'https://cloudkms.googleapis.com/';
/** Key version algorithms seal signs with: ECDSA P-256 and RSA PKCS#1 v1.5, over SHA-256. */
const ALGORITHMS = {
    EC_SIGN_P256_SHA256: 'ecdsa-p256',
    RSA_SIGN_PKCS1_2048_SHA256: 'rsa',
    RSA_SIGN_PKCS1_3072_SHA256: 'rsa',
    RSA_SIGN_PKCS1_4096_SHA256: 'rsa'
};
const STATUSES = {
    NOT_FOUND: 'not-found',
    PERMISSION_DENIED: 'denied',
    UNAUTHENTICATED: 'unauthenticated',
    FAILED_PRECONDITION: 'failed',
    UNAVAILABLE: 'unavailable'
};
function gcpKey(ref, env) {
    let auth;
    let version = ref.version;
    const base = new URL('v1/', withSlash(env.CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS || DEFAULT_ENDPOINT));
    const call = async (method, path, data) => {
        // The project comes from the reference, so the library need not look it up.
        auth ??= new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.GoogleAuth({ scopes: [SCOPE], projectId: ref.cryptoKey.split('/')[1] });
        let client;
        try {
            client = await auth.getClient();
            // The token first (the request reuses it), so that failing to get one is not read as Cloud KMS's answer.
            await client.getAccessToken();
        }
        catch (err) {
            throw credentialsError(ref, err);
        }
        try {
            const res = await client.request({ url: new URL(path, base).href, method, data, retry: true, timeout: 30_000 });
            return res.data;
        }
        catch (err) {
            throw describe(ref, err);
        }
    };
    /** The version to use: the one named, or the newest enabled one. */
    const keyVersion = async () => {
        if (version)
            return version;
        const list = await call('GET', `${ref.cryptoKey}/cryptoKeyVersions?filter=state%3DENABLED`);
        const newest = (list.cryptoKeyVersions ?? []).filter(v => !v.state || v.state === 'ENABLED').sort((a, b) => versionNumber(b) - versionNumber(a))[0];
        if (!newest)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, 'not-found', 'the key has no enabled version');
        return (version = newest.name);
    };
    const publicKey = async () => {
        const out = await call('GET', `${await keyVersion()}/publicKey`);
        const kind = ALGORITHMS[out.algorithm ?? ''];
        if (!kind || !out.pem)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, 'wrong-type', `a key version with the algorithm ${out.algorithm ?? 'unknown'}`);
        return { pem: out.pem, kind };
    };
    return {
        publicKeyPEM: async () => (await publicKey()).pem,
        async signDigest(digest) {
            const out = await call('POST', `${await keyVersion()}:asymmetricSign`, { digest: { sha256: digest.toString('base64') } });
            if (!out.signature)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, 'failed', 'the answer has no signature');
            return Buffer.from(out.signature, 'base64');
        },
        async create() {
            try {
                return { publicKeyPEM: (await publicKey()).pem, created: false };
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
                    throw err;
            }
            const keyId = ref.cryptoKey.split('/').pop() ?? '';
            const body = { purpose: 'ASYMMETRIC_SIGN', versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256', protectionLevel: 'SOFTWARE' } };
            try {
                await call('POST', `${ref.keyRing}/cryptoKeys?cryptoKeyId=${encodeURIComponent(keyId)}`, body);
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
                    throw err;
                await call('POST', `${ref.location}/keyRings?keyRingId=${encodeURIComponent(ref.keyRing.split('/').pop() ?? '')}`, {});
                await call('POST', `${ref.keyRing}/cryptoKeys?cryptoKeyId=${encodeURIComponent(keyId)}`, body);
            }
            version = ref.version ?? `${ref.cryptoKey}/cryptoKeyVersions/1`;
            // A new version is generated asynchronously; it can sign once it is ENABLED.
            for (let i = 0; i < 30; i++) {
                const v = await call('GET', version);
                if (v.state === 'ENABLED')
                    break;
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(1000);
            }
            return { publicKeyPEM: (await publicKey()).pem, created: true };
        }
    };
}
function versionNumber(v) {
    return Number(v.name.split('/').pop()) || 0;
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
/**
 * Failing to get an access token (no credentials found, or the metadata
 * server or a token service refused or did not answer), as one line: the
 * status (with an OAuth error code and description) or network error and the
 * URL asked, without its query; else the library's words.
 */
function credentialsError(ref, err) {
    const e = err;
    let url = '';
    try {
        const asked = new URL(String(e.config?.url));
        url = `${asked.origin}${asked.pathname}`;
    }
    catch {
        // No URL: the library found no credentials to ask with.
    }
    const status = e.response?.status ?? e.status;
    const oauth = (e.response?.data ?? {});
    const said = typeof oauth.error === 'string' ? ` (${[oauth.error, oauth.error_description].filter(x => typeof x === 'string').join(': ')})` : '';
    let detail = e.message ?? String(err);
    if (status)
        detail = `HTTP ${status}${url ? ` from ${url}` : ''}${said}`;
    else if (url && (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(err))
        detail = `no answer from ${url} (${e.code})`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, 'no-credentials', detail, { cause: err });
}
/** A gaxios error (HTTP status and Google's error body), a credentials error, or a network failure, as one line. */
function describe(ref, err) {
    const e = err;
    const status = e.response?.status ?? e.status;
    const body = e.response?.data?.error;
    if (body?.status || status) {
        const failure = STATUSES[body?.status ?? ''] ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .failureOfStatus */ .wU)(status);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, failure, `${body?.status ?? `HTTP ${status}`}: ${body?.message ?? e.message ?? ''}`, { cause: err });
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(err))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, 'unavailable', e.message, { cause: err });
    const failure = /credentials|token/i.test(e.message ?? '') ? 'unauthenticated' : 'failed';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsError */ .ov)(ref, failure, e.message ?? String(err), { cause: err });
}


/***/ })

};
