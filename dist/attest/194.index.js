export const id = 194;
export const ids = [194,970];
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

/***/ 63970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKmsKey: () => (/* binding */ createKmsKey),
/* harmony export */   kmsPublicKey: () => (/* binding */ kmsPublicKey),
/* harmony export */   openKmsKey: () => (/* binding */ openKmsKey),
/* harmony export */   parseKmsReference: () => (/* reexport safe */ _reference_js__WEBPACK_IMPORTED_MODULE_0__.ww)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77971);
/**
 * Keys held by a key service (AWS KMS, Cloud KMS, Azure Key Vault, Vault
 * transit): the service signs digests and hands out the public key; the
 * private key never leaves it. Each provider module, and the SDK it uses, is
 * imported only when a reference names that provider.
 */


/** The key a reference names, with its provider's module loaded. */
async function openKmsKey(reference, env) {
    const ref = typeof reference === 'string' ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKmsReference */ .ww)(reference) : reference;
    switch (ref.provider) {
        case 'awskms':
            return (await Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(103)]).then(__webpack_require__.bind(__webpack_require__, 17103))).awsKey(ref, env);
        case 'gcpkms':
            return (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(364)]).then(__webpack_require__.bind(__webpack_require__, 3364))).gcpKey(ref, env);
        case 'azurekms':
            return (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(331), __webpack_require__.e(193)]).then(__webpack_require__.bind(__webpack_require__, 84193))).azureKey(ref, env);
        case 'hashivault':
            return (await __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 97558))).vaultKey(ref, env);
    }
}
/** The public key (PKIX PEM) of the key a reference names. */
async function kmsPublicKey(reference, env) {
    return (await openKmsKey(reference, env)).publicKeyPEM();
}
/** Creates the key a reference names where the provider allows it (see KmsKey.create). */
async function createKmsKey(reference, env) {
    return (await openKmsKey(reference, env)).create();
}


/***/ }),

/***/ 39194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RemoteKeySigner: () => (/* binding */ RemoteKeySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93431);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _public_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86687);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63970);
/**
 * A signer whose private key stays in a key service: the same surface as
 * KeySigner (public key, hint, digest and data signatures), with signing
 * asynchronous. Data is hashed here with SHA-256 and the service signs the
 * digest, so a message signature and a DSSE envelope need one call each.
 */






/** The DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');
class RemoteKeySigner {
    reference;
    key;
    publicKey;
    /** PKIX PEM of the public key. */
    publicKeyPEM;
    /** base64(sha256(PKIX DER)): the bundle's `publicKey.hint`. */
    hint;
    kind;
    /** A key service signs digests, so files are signed by their streamed digest whatever their size. */
    canSignDigest = true;
    point;
    constructor(reference, key, publicKeyPEM) {
        this.reference = reference;
        this.key = key;
        const parsed = (0,_public_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .ee)(publicKeyPEM, 'key');
        this.publicKey = parsed.publicKey;
        this.publicKeyPEM = parsed.publicKeyPEM;
        this.kind = (0,_public_js__WEBPACK_IMPORTED_MODULE_2__/* .keyKind */ .qp)(parsed.publicKey, `the key ${reference.text}`);
        if (this.kind !== 'ecdsa-p256' && this.kind !== 'rsa')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(reference, 'wrong-type', `an ${this.kind} key`);
        this.hint = (0,_public_js__WEBPACK_IMPORTED_MODULE_2__/* .keyHint */ .p4)(parsed.publicKey);
        if (this.kind === 'ecdsa-p256') {
            const jwk = parsed.publicKey.export({ format: 'jwk' });
            this.point = Buffer.concat([Buffer.of(4), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
        }
    }
    /** Opens the key a reference names and reads its public key (one call to the service). */
    static async open(reference, env) {
        const ref = (0,_index_js__WEBPACK_IMPORTED_MODULE_4__.parseKmsReference)(reference);
        const key = await (0,_index_js__WEBPACK_IMPORTED_MODULE_4__.openKmsKey)(ref, env);
        return new RemoteKeySigner(ref, key, await key.publicKeyPEM());
    }
    /**
     * The service's signature over a SHA-256 digest, checked against the public
     * key before it is used: a signature by another key version, or a damaged
     * answer, fails here rather than in a verifier.
     */
    async signDigest(digest) {
        if (digest.length !== 32)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `a key service signs SHA-256 digests (32 bytes), got ${digest.length} bytes`);
        const signature = await this.key.signDigest(Buffer.from(digest), this.kind);
        if (!this.matches(signature, digest)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .kmsError */ .ov)(this.reference, 'failed', "the signature it returned does not verify with the key's public key (another key version?)");
        }
        return signature;
    }
    /** Signature over `data`: its SHA-256, signed by the service (ECDSA P-256, or RSA PKCS#1 v1.5). */
    async sign(data) {
        return this.signDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest());
    }
    matches(signature, digest) {
        try {
            if (this.point)
                return _noble_curves_nist_js__WEBPACK_IMPORTED_MODULE_5__/* .p256 */ .s9.verify(signature, digest, this.point, { prehash: false, format: 'der', lowS: false });
            const info = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: this.publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
            return info.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
        }
        catch {
            return false;
        }
    }
}


/***/ })

};
