export const id = 103;
export const ids = [103];
export const modules = {

/***/ 17103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsKey: () => (/* binding */ awsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92632);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86687);
/**
 * AWS KMS through @aws-sdk/client-kms. The SDK's own configuration applies:
 * the region (AWS_REGION, or the region of an ARN), the credential chain
 * (environment, web identity as the runner's OIDC role, profiles, instance
 * roles) and endpoint settings such as AWS_ENDPOINT_URL_KMS. An endpoint in
 * the reference (`awskms://HOST[:PORT]/…`) is used over HTTPS.
 */




const FAILURES = {
    NotFoundException: 'not-found',
    AccessDeniedException: 'denied',
    UnrecognizedClientException: 'unauthenticated',
    InvalidSignatureException: 'unauthenticated',
    IncompleteSignature: 'unauthenticated',
    ExpiredTokenException: 'unauthenticated',
    CredentialsProviderError: 'unauthenticated',
    InvalidKeyUsageException: 'wrong-type',
    UnsupportedOperationException: 'wrong-type',
    KMSInternalException: 'unavailable',
    DependencyTimeoutException: 'unavailable'
};
function awsKey(ref, env) {
    let client;
    const kms = () => (client ??= new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__/* .KMSClient */ .pgq({
        region: ref.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
        ...(ref.endpoint ? { endpoint: `https://${ref.endpoint}` } : {})
    }));
    const call = async (fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw describe(ref, err);
        }
    };
    const publicKeyPEM = async () => {
        const out = await call(() => kms().send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__/* .GetPublicKeyCommand */ .QSA({ KeyId: ref.keyId })));
        if (out.KeyUsage !== 'SIGN_VERIFY' || !out.PublicKey)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsError */ .ov)(ref, 'wrong-type', `key usage ${out.KeyUsage ?? 'unknown'}, key spec ${out.KeySpec ?? 'unknown'}`);
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' })
            .export({ format: 'pem', type: 'spki' })
            .toString();
    };
    return {
        publicKeyPEM,
        async signDigest(digest, kind) {
            const SigningAlgorithm = kind === 'rsa' ? 'RSASSA_PKCS1_V1_5_SHA_256' : 'ECDSA_SHA_256';
            const out = await call(() => kms().send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__/* .SignCommand */ .fJE({ KeyId: ref.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm })));
            if (!out.Signature)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsError */ .ov)(ref, 'failed', 'the answer has no signature');
            return Buffer.from(out.Signature);
        },
        async create() {
            const alias = /(?:^|:)(alias\/.+)$/.exec(ref.keyId)?.[1];
            if (!alias) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`key\` ${ref.text}: AWS KMS chooses the ids of new keys; name the key to create with an alias.`, {
                    hint: 'Use awskms:///alias/NAME.'
                });
            }
            try {
                return { publicKeyPEM: await publicKeyPEM(), created: false };
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(err))
                    throw err;
            }
            const made = await call(() => kms().send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__/* .CreateKeyCommand */ .pSu({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', Description: 'seal signing key' })));
            const keyId = made.KeyMetadata?.KeyId;
            if (!keyId)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsError */ .ov)(ref, 'failed', 'the answer to CreateKey names no key');
            await call(() => kms().send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_3__/* .CreateAliasCommand */ .W_e({ AliasName: alias, TargetKeyId: keyId })));
            return { publicKeyPEM: await publicKeyPEM(), created: true };
        }
    };
}
/** An SDK error as one line: the exception's name decides the failure, its message is the reason. */
function describe(ref, err) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM)
        return err;
    const e = err;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNetworkError */ .TX)(err))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsError */ .ov)(ref, 'unavailable', e.message, { cause: err });
    const failure = FAILURES[e.name ?? ''] ?? (/region is missing/i.test(e.message ?? '') ? 'unauthenticated' : 'failed');
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .kmsError */ .ov)(ref, failure, `${name}${e.message ?? String(err)}`, { cause: err });
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
