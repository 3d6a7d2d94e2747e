export const id = 594;
export const ids = [594];
export const modules = {

/***/ 4395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ matchingPublicKey),
/* harmony export */   bV: () => (/* binding */ signatureHash),
/* harmony export */   e7: () => (/* binding */ publicKeyPEMOf),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   p4: () => (/* binding */ keyHint),
/* harmony export */   qp: () => (/* binding */ keyKind)
/* harmony export */ });
/* unused harmony export publicKeyDER */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _formats_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52038);
/**
 * Public keys as users hand them over: a `cosign.pub` PEM file, the base64
 * body of one pasted into a setting, or a certificate whose key is meant.
 */



const CURVES = {
    prime256v1: 'ecdsa-p256',
    secp384r1: 'ecdsa-p384',
    secp521r1: 'ecdsa-p521'
};
/** RSA keys shorter than this are refused, as cosign does. */
const MIN_RSA_BITS = 2048;
/**
 * The key's kind, or a KEY_INVALID error for kinds Sigstore does not use
 * (other curves, short RSA keys, DSA, X25519, …). `what` names the key in errors.
 */
function keyKind(key, what) {
    const type = key.asymmetricKeyType;
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
        const kind = CURVES[curve];
        if (!kind)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is an ECDSA key on the curve ${curve}; use P-256, P-384 or P-521`);
        return kind;
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is a ${bits}-bit RSA key; use at least ${MIN_RSA_BITS} bits`);
        return 'rsa';
    }
    if (type === 'ed25519')
        return 'ed25519';
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is a ${type ?? 'unknown'} key; use ECDSA (P-256, P-384, P-521), RSA or Ed25519`);
}
/** The hash a signature by `key` is made with: none for EdDSA, which signs the message itself. */
function signatureHash(key, hash) {
    return key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : hash;
}
/**
 * The public key of a private key, checked to belong to it: a signature made
 * with the private key must verify with the public key. PKCS#8 and SEC1 files
 * carry the public key next to the private one, and nothing else checks that
 * they match; a damaged or spliced file would sign with one key and publish
 * another. `what` names the key in errors.
 */
function matchingPublicKey(privateKey, what) {
    let publicKey;
    let matches;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
        const probe = Buffer.from('seal: does this public key belong to this private key?');
        const hash = signatureHash(privateKey, 'sha256');
        matches = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, probe, publicKey, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hash, probe, privateKey));
    }
    catch {
        matches = false;
    }
    if (!publicKey || !matches) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} is damaged: its public key does not match its private key`, {
            hint: 'Export the key again from its source; a key file must not be edited by hand.'
        });
    }
    return publicKey;
}
/** PKIX DER of a public key. */
function publicKeyDER(key) {
    return key.export({ format: 'der', type: 'spki' });
}
/** PKIX PEM of a public key (64-character lines, trailing newline). */
function publicKeyPEMOf(key) {
    return key.export({ format: 'pem', type: 'spki' }).toString();
}
/**
 * The key hint bundles carry for key-signed content: base64 of the SHA-256 of
 * the PKIX DER, as cosign computes it. Takes a KeyObject or PEM text.
 */
function keyHint(publicKey) {
    const key = typeof publicKey === 'string' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(publicKey) : publicKey;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(publicKeyDER(key)).digest('base64');
}
/**
 * Reads a public key from text: a PEM `PUBLIC KEY` (or `RSA PUBLIC KEY`), a
 * PEM `CERTIFICATE` (its key is used), or the base64 body of either alone.
 * Errors name `input` (the action input or flag the text came from).
 */
function parsePublicKey(text, input = 'key') {
    const what = `the public key in \`${input}\``;
    let key;
    if ((0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikePEM */ .Wv)(text)) {
        const blocks = (0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(text, `\`${input}\``);
        const block = blocks.find(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY' || b.type === 'CERTIFICATE');
        if (!block) {
            const types = blocks.map(b => b.type);
            if (types.some(t => t.includes('PRIVATE KEY'))) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` holds a private key, not a public key`, {
                    hint: 'Give the public key (cosign.pub). Never share or commit the private key.'
                });
            }
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` holds no public key or certificate${types.length ? ` (found ${types.join(', ')})` : ''}`);
        }
        key = keyFromDER(block.der, block.type, what);
    }
    else {
        const der = (0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Text */ .BB)(text);
        if (!der) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `\`${input}\` is neither a PEM public key nor base64 DER`, {
                hint: 'Give the contents of cosign.pub, with or without the BEGIN/END lines.'
            });
        }
        key = keyFromDER(der, undefined, what);
    }
    keyKind(key, what);
    return { publicKey: key, publicKeyPEM: publicKeyPEMOf(key) };
}
function keyFromDER(der, type, what) {
    if (!(0,_formats_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .isSingleDER */ .ct)(der))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} cannot be parsed: its DER is cut short or has bytes after it`);
    if (type === 'CERTIFICATE')
        return certificateKey(der, what);
    if (type === 'RSA PUBLIC KEY')
        return tryKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'pkcs1' }), what);
    if (type === 'PUBLIC KEY')
        return tryKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' }), what);
    // A bare body: SubjectPublicKeyInfo is what cosign.pub holds; a certificate is the other common paste.
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch {
        return certificateKey(der, what);
    }
}
function certificateKey(der, what) {
    return tryKey(() => new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der).publicKey, what);
}
function tryKey(fn, what) {
    try {
        return fn();
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('KEY_INVALID', `${what} cannot be parsed: ${err.message}`, { cause: err });
    }
}


/***/ }),

/***/ 70594:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/keys/kms/reference.ts
var reference = __webpack_require__(77971);
;// CONCATENATED MODULE: ./src/core/keys/input.ts
/**
 * The `key` input of the sign and verify steps: the key text itself, or a
 * path (relative to the workspace) to a file holding it, or (for a public
 * key) a key-service reference such as awskms:///alias/NAME.
 */




/** A bare base64 public key (a PEM body without its armour) is long and has nothing else in it. */
const BASE64_KEY = /^[A-Za-z0-9+/=\s]{40,}$/;
/**
 * The key text `value` holds or names. A private key's value is never
 * quoted in the error (it may be the key); a public key's start is, since
 * a mistyped path is the usual cause.
 */
async function keyFromInput(value, cwd, kind, env = {}) {
    // A key-service reference at verification: the service hands out the public key (its module is loaded only then).
    if (kind === 'public' && (0,reference/* isKmsReference */.td)(value))
        return (await __webpack_require__.e(/* import() */ 970).then(__webpack_require__.bind(__webpack_require__, 63970))).kmsPublicKey(value, env);
    if (value.includes('-----BEGIN') || (kind === 'public' && BASE64_KEY.test(value)))
        return value;
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8');
    }
    catch {
        throw new errors/* SealError */.EM('KEY_INVALID', kind === 'private'
            ? '`key` is neither a PEM private key nor a readable file holding one.'
            : `\`key\`: "${value.slice(0, 80)}" is neither a public key nor a readable file holding one.`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./src/core/keys/encrypted.ts
/**
 * The password envelope cosign puts around a private key: scrypt derives a
 * 32-byte key from the password, NaCl secretbox (XSalsa20-Poly1305) seals the
 * PKCS#8 DER, and a JSON document records the parameters:
 *
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<32 bytes>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<24 bytes>"},"ciphertext":"<tag ‖ data>"}
 *
 * Byte strings are padded standard base64 and the fields come in this order with
 * no whitespace, which is what Go's encoding/json writes for the same struct.
 * The PEM body around it is base64 of these JSON bytes.
 */



/** Written by current cosign; also what seal writes. */
const encrypted_SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** Written by older cosign releases; still read. */
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
/** The parameters cosign uses for new keys. */
const encrypted_STANDARD_SCRYPT = { N: 65536, r: 8, p: 1 };
/** The parameters of keys made by older cosign releases. */
const LEGACY_SCRYPT = { N: 32768, r: 8, p: 1 };
const SALT_SIZE = 32;
const NONCE_SIZE = 24;
const KEY_SIZE = 32;
const TAG_SIZE = 16;
const KDF_NAME = 'scrypt';
const CIPHER_NAME = 'nacl/secretbox';
/**
 * The most work a key file may ask of scrypt: N·r·p ≤ 2^21 block mixes, so at
 * most 256 MiB of memory (128·N·r bytes) and about a second of CPU. That
 * admits every set cosign has ever written (N up to 2^17 with r=8, p=1) while a
 * crafted file cannot make seal allocate gigabytes or spin for minutes.
 */
const MAX_SCRYPT_WORK = 2 ** 21;
/** What node's scrypt may allocate: the working memory above plus its small per-lane buffers. */
const SCRYPT_MAXMEM = 2 * 128 * MAX_SCRYPT_WORK;
/** Seals PKCS#8 DER under a password; returns the JSON document's bytes. */
async function encrypted_encryptPrivateKey(pkcs8, password, params = encrypted_STANDARD_SCRYPT) {
    const what = 'the requested scrypt parameters';
    checkParams(params, what);
    const salt = randomBytes(SALT_SIZE);
    const nonce = randomBytes(NONCE_SIZE);
    const key = await deriveKey(password, salt, params, what);
    const ciphertext = secretbox(key, nonce).seal(pkcs8);
    key.fill(0);
    const doc = {
        kdf: { name: KDF_NAME, params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
        cipher: { name: CIPHER_NAME, nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64')
    };
    return Buffer.from(JSON.stringify(doc), 'utf8');
}
/**
 * Opens the JSON envelope with the password and returns the PKCS#8 DER.
 * `input` names where the key came from (an action input or CLI flag) and
 * `passwordInput` where its password came from (for the hint). A wrong
 * password is KEY_INVALID; so is a malformed envelope, with what is wrong in it.
 */
async function decryptPrivateKey(json, password, input, passwordInput = 'COSIGN_PASSWORD') {
    const what = `the encrypted private key in \`${input}\``;
    let doc;
    try {
        doc = JSON.parse(Buffer.from(json).toString('utf8'));
    }
    catch {
        throw malformed(what, 'its body is not the JSON document cosign writes');
    }
    const kdf = field(doc, 'kdf');
    const cipher = field(doc, 'cipher');
    if (field(kdf, 'name') !== KDF_NAME)
        throw malformed(what, `unknown key derivation ${shown(field(kdf, 'name'))}`);
    if (field(cipher, 'name') !== CIPHER_NAME)
        throw malformed(what, `unknown cipher ${shown(field(cipher, 'name'))}`);
    const rawParams = field(kdf, 'params');
    const params = { N: field(rawParams, 'N'), r: field(rawParams, 'r'), p: field(rawParams, 'p') };
    checkParams(params, what);
    const salt = bytesField(kdf, 'salt', what);
    const nonce = bytesField(cipher, 'nonce', what);
    const ciphertext = bytesField(doc, 'ciphertext', what);
    if (salt.length === 0)
        throw malformed(what, 'the scrypt salt is empty');
    if (nonce.length !== NONCE_SIZE)
        throw malformed(what, `the nonce has ${nonce.length} bytes instead of ${NONCE_SIZE}`);
    if (ciphertext.length <= TAG_SIZE)
        throw malformed(what, 'the ciphertext is too short');
    const key = await deriveKey(password, salt, params, what);
    try {
        return Buffer.from((0,salsa/* secretbox */.EY)(key, nonce).open(ciphertext));
    }
    catch {
        throw new errors/* SealError */.EM('KEY_INVALID', `wrong password for the key in \`${input}\``, {
            hint: `Set \`${passwordInput}\` to the password the key was created with. If the password is right, the key file is damaged.`
        });
    }
    finally {
        key.fill(0);
    }
}
/** scrypt on node's thread pool: about 0.2 s for N=2^16 without blocking the event loop. */
function deriveKey(password, salt, params, what) {
    return new Promise((resolve, reject) => {
        // maxmem must exceed 128·N·r (node's default of 32 MiB refuses N=2^16, r=8).
        const options = { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM };
        const refused = (err) => malformed(what, `unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p}`, err);
        try {
            // Node throws at once (RangeError) for parameters OpenSSL refuses, and reports other failures to the callback.
            (0,external_node_crypto_.scrypt)(Buffer.from(password, 'utf8'), salt, KEY_SIZE, options, (err, key) => (err ? reject(refused(err)) : resolve(key)));
        }
        catch (err) {
            reject(refused(err));
        }
    });
}
function checkParams(params, what) {
    const { N, r, p } = params;
    const integer = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
    if (!integer(N) || !integer(r) || !integer(p)) {
        throw malformed(what, 'the scrypt parameters N, r and p must be positive integers');
    }
    // Not N & (N - 1): bitwise operators cut numbers to 32 bits.
    if (N < 2 || 2 ** Math.round(Math.log2(N)) !== N)
        throw malformed(what, `scrypt N=${N} is not a power of two`);
    if (N * r * p > MAX_SCRYPT_WORK)
        throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (too costly)`);
    // scrypt itself requires N < 2^(128·r/8): N=2^16 needs r ≥ 2.
    if (r < 4 && N >= 2 ** (16 * r))
        throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (N must be below 2^${16 * r} when r=${r})`);
}
function field(obj, name) {
    return obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? obj[name] : undefined;
}
function bytesField(obj, name, what) {
    const value = field(obj, name);
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
        throw malformed(what, `the field ${JSON.stringify(name)} is missing or not base64`);
    }
    return Buffer.from(value, 'base64');
}
/** A value from the file for a message: short strings quoted, anything else by its type (never serialized whole). */
function shown(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (value === undefined)
        return '(missing)';
    return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value);
}
function malformed(what, detail, cause) {
    return new errors/* SealError */.EM('KEY_INVALID', `${what} is malformed: ${detail}`, {
        hint: 'Use a key written by `seal generate-key-pair`, `seal import-key-pair`, or cosign.',
        ...(cause === undefined ? {} : { cause })
    });
}

// EXTERNAL MODULE: ./src/core/formats/pem.ts
var formats_pem = __webpack_require__(52038);
// EXTERNAL MODULE: ./src/core/keys/public.ts
var keys_public = __webpack_require__(4395);
;// CONCATENATED MODULE: ./src/core/keys/private.ts
/**
 * cosign-compatible private keys: ECDSA P-256 key pairs whose PKCS#8 DER is
 * sealed under a password (see encrypted.ts) in an `ENCRYPTED SIGSTORE PRIVATE
 * KEY` PEM block, with the public key as PKIX PEM next to it.
 */





/** A new ECDSA P-256 key pair, the private key encrypted under `password` (which may be empty). */
async function generateKeyPair(password) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return sealKeyPair(privateKey, password);
}
/** Encrypts a private key as cosign does and pairs it with its public key. */
async function sealKeyPair(privateKey, password, params = STANDARD_SCRYPT) {
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
        const sealed = await encryptPrivateKey(pkcs8, password, params);
        return { privateKeyPEM: encodePem(SIGSTORE_PRIVATE_KEY_PEM, sealed), publicKeyPEM: publicKeyPEMOf(createPublicKey(privateKey)) };
    }
    finally {
        pkcs8.fill(0);
    }
}
/**
 * Decrypts a cosign private key (`ENCRYPTED SIGSTORE PRIVATE KEY` or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`, any supported scrypt cost). A wrong password
 * is KEY_INVALID "wrong password for the key in `<input>`".
 */
async function loadPrivateKey(pem, password, options = {}) {
    const input = options.input ?? 'key';
    const block = encryptedBlock(pem, input);
    const pkcs8 = await decryptPrivateKey(block.der, password, input, options.passwordInput);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' });
    }
    catch (err) {
        throw new errors/* SealError */.EM('KEY_INVALID', `the key in \`${input}\` decrypts, but is not a PKCS#8 private key: ${err.message}`, {
            cause: err
        });
    }
    finally {
        pkcs8.fill(0);
    }
    return describe(privateKey, `the key in \`${input}\``);
}
/**
 * Converts an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) to cosign's encrypted format, as
 * `cosign import-key-pair` does.
 */
async function importKeyPair(pem, password, options = {}) {
    return sealKeyPair(readPlainPrivateKey(pem, options.input), password, options.scrypt);
}
/**
 * Reads an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) of a kind Sigstore signs with. Its DER must
 * be exactly one element: bytes after it are refused, as cosign refuses them.
 * Errors name `input` (default `key`) and never quote the key.
 */
function readPlainPrivateKey(pem, input = 'key') {
    const what = `the key in \`${input}\``;
    if (!(0,formats_pem/* looksLikePEM */.Wv)(pem))
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` is not a PEM file`);
    const blocks = (0,formats_pem/* decodePemBlocks */.vj)(pem, `\`${input}\``);
    const block = blocks.find(b => IMPORTABLE[b.type] !== undefined);
    if (!block) {
        const types = blocks.map(b => b.type);
        if (types.some(isEncryptedType)) {
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is already encrypted (${types.find(isEncryptedType)}); import takes an unencrypted key`, {
                hint: types.includes(encrypted_SIGSTORE_PRIVATE_KEY_PEM) || types.includes(COSIGN_PRIVATE_KEY_PEM)
                    ? 'This key is in cosign format already: use it as it is.'
                    : 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
            });
        }
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` holds no private key${types.length ? ` (found ${types.join(', ')})` : ''}`, {
            hint: 'Give a PEM file with a PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY block.'
        });
    }
    if (block.headers['Proc-Type']) {
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is encrypted with a legacy PEM password (Proc-Type header)`, {
            hint: 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
        });
    }
    if (!(0,formats_pem/* isSingleDER */.ct)(block.der))
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a valid ${block.type}: its DER is cut short or has bytes after it`);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block.der, format: 'der', type: IMPORTABLE[block.type] });
    }
    catch (err) {
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a valid ${block.type}: ${err.message}`, { cause: err });
    }
    (0,keys_public/* keyKind */.qp)(privateKey, what);
    (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
    return privateKey;
}
const IMPORTABLE = {
    'PRIVATE KEY': 'pkcs8',
    'EC PRIVATE KEY': 'sec1',
    'RSA PRIVATE KEY': 'pkcs1'
};
function isEncryptedType(type) {
    return type.startsWith('ENCRYPTED ');
}
function encryptedBlock(pem, input) {
    if (!(0,formats_pem/* looksLikePEM */.Wv)(pem)) {
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` is not a PEM private key`, {
            hint: 'Give the contents of cosign.key (BEGIN ENCRYPTED SIGSTORE PRIVATE KEY).'
        });
    }
    const blocks = (0,formats_pem/* decodePemBlocks */.vj)(pem, `\`${input}\``);
    const block = blocks.find(b => b.type === encrypted_SIGSTORE_PRIVATE_KEY_PEM || b.type === COSIGN_PRIVATE_KEY_PEM);
    if (block)
        return block;
    const types = blocks.map(b => b.type);
    if (types.some(t => IMPORTABLE[t] !== undefined)) {
        throw new errors/* SealError */.EM('KEY_INVALID', `the key in \`${input}\` is not encrypted (${types.find(t => IMPORTABLE[t] !== undefined)})`, {
            hint: 'Convert it with `seal import-key-pair --key <file>`, which encrypts it in cosign format.'
        });
    }
    if (types.includes('PUBLIC KEY')) {
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` holds a public key; signing needs the private key (cosign.key)`);
    }
    throw new errors/* SealError */.EM('KEY_INVALID', `unsupported key type in \`${input}\`${types.length ? `: ${types.join(', ')}` : ''}`, {
        hint: `Give a key in cosign format (${encrypted_SIGSTORE_PRIVATE_KEY_PEM} or ${COSIGN_PRIVATE_KEY_PEM}).`
    });
}
function describe(privateKey, what) {
    const kind = (0,keys_public/* keyKind */.qp)(privateKey, what);
    const publicKey = (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
    return { privateKey, publicKey, publicKeyPEM: (0,keys_public/* publicKeyPEMOf */.e7)(publicKey), kind };
}

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(93431);
;// CONCATENATED MODULE: ./src/core/keys/signer.ts
/**
 * Signing with a long-lived key (cosign.key) instead of an ephemeral key and a
 * Fulcio certificate. Bundles made with it carry the key hint instead of a
 * certificate; verifiers need the public key.
 */





const NOBLE = { 'ecdsa-p256': nist/* p256 */.s9, 'ecdsa-p384': nist/* p384 */.sL, 'ecdsa-p521': nist/* p521 */.Bt };
/** Digest lengths an ECDSA signature over a prehashed message accepts. */
const DIGEST_LENGTHS = new Set([32, 48, 64]);
/**
 * Signs with a private key. For ECDSA keys `signDigest` signs a digest
 * computed elsewhere (a file hashed as a stream), which is how message
 * signatures over large artifacts avoid reading them twice.
 *
 * RSA (PKCS#1 v1.5) and Ed25519 keys cannot sign a bare digest here: RSA would
 * need the DigestInfo wrapping done by hand, and Ed25519 signs the message
 * itself. For those keys `canSignDigest` is false, `signDigest` throws, and
 * callers must use `sign(data)` with the whole payload.
 *
 * `sign(data)` hashes with SHA-256 for ECDSA and RSA whatever the curve: it is
 * what sigstore-js and cosign verify DSSE envelopes with. Ed25519 signs pure
 * Ed25519 (cosign signs blobs with Ed25519ph, which seal does not produce).
 */
class KeySigner {
    publicKey;
    /** PKIX PEM of the public key. */
    publicKeyPEM;
    /** base64(sha256(PKIX DER)): the bundle's `publicKey.hint`. */
    hint;
    kind;
    privateKey;
    scalar;
    constructor(privateKey, what = 'the signing key') {
        if (privateKey.type !== 'private')
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is not a private key`);
        this.kind = (0,keys_public/* keyKind */.qp)(privateKey, what);
        this.privateKey = privateKey;
        this.publicKey = (0,keys_public/* matchingPublicKey */.AU)(privateKey, what);
        this.publicKeyPEM = (0,keys_public/* publicKeyPEMOf */.e7)(this.publicKey);
        this.hint = (0,keys_public/* keyHint */.p4)(this.publicKey);
        if (this.kind in NOBLE) {
            this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url');
        }
    }
    /** Decrypts a cosign key and makes a signer of it (see loadPrivateKey for the errors). */
    static async fromEncryptedPEM(pem, password, options = {}) {
        const loaded = await loadPrivateKey(pem, password, options);
        return new KeySigner(loaded.privateKey, `the key in \`${options.input ?? 'key'}\``);
    }
    /** True for ECDSA keys, whose signatures can be made over a precomputed digest. */
    get canSignDigest() {
        return this.scalar !== undefined;
    }
    /** ECDSA signature (DER) over a digest computed elsewhere (normally SHA-256). */
    signDigest(digest) {
        if (!this.scalar) {
            throw new errors/* SealError */.EM('KEY_INVALID', `a ${this.kind === 'rsa' ? 'RSA' : 'Ed25519'} key cannot sign a precomputed digest; sign the data itself`, {
                hint: 'Use an ECDSA key (`seal generate-key-pair` makes P-256 keys) to sign large files as streams.'
            });
        }
        if (!DIGEST_LENGTHS.has(digest.length)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `a digest to sign must be 32, 48 or 64 bytes long, got ${digest.length}`);
        }
        const curve = NOBLE[this.kind];
        return Buffer.from(curve.sign(digest, this.scalar, { prehash: false, format: 'der' }));
    }
    /** Signature over `data`: ECDSA and RSA PKCS#1 v1.5 with `hash` (SHA-256), pure Ed25519. */
    sign(data, hash = 'sha256') {
        return (0,external_node_crypto_.sign)((0,keys_public/* signatureHash */.bV)(this.privateKey, hash), data, this.privateKey);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
;// CONCATENATED MODULE: ./src/core/oidc/token.ts





const PERMISSION_HINT = 'Grant the job `permissions: id-token: write` so the runner can issue an OIDC token, ' +
    'or pass a token in `identity-token` (or the SIGSTORE_ID_TOKEN environment variable).';
/**
 * Finds an OIDC identity token, in this order:
 *   1. the explicit token (`identity-token`);
 *   2. the GitHub Actions runner endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN);
 *   3. GitLab CI (GITLAB_CI=true): SIGSTORE_ID_TOKEN, declared by the job's `id_tokens:`;
 *   4. SIGSTORE_ID_TOKEN anywhere else;
 *   5. Buildkite (BUILDKITE=true): `buildkite-agent oidc request-token`;
 *   6. CircleCI (CIRCLECI=true): `circleci run oidc get`.
 * A token set by the user in SIGSTORE_ID_TOKEN wins over the CI commands.
 * Tokens from GitLab, Buildkite and CircleCI must carry the requested audience.
 */
async function getIdentityToken(req) {
    if (req.identityToken) {
        return withClaims(req.identityToken, 'identity-token input');
    }
    const url = req.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = req.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (url && bearer) {
        const token = await requestRunnerToken(url, bearer, req);
        return withClaims(token, 'GitHub Actions OIDC');
    }
    if (req.env.GITLAB_CI === 'true') {
        return gitlabToken(req);
    }
    if (req.env.SIGSTORE_ID_TOKEN) {
        return withClaims(req.env.SIGSTORE_ID_TOKEN, 'SIGSTORE_ID_TOKEN');
    }
    if (req.env.BUILDKITE === 'true') {
        return commandToken(BUILDKITE, req);
    }
    if (req.env.CIRCLECI === 'true') {
        return commandToken(CIRCLECI, req);
    }
    throw new errors/* SealError */.EM('TOKEN_MISSING', 'No OIDC identity token is available for keyless signing.', {
        hint: PERMISSION_HINT
    });
}
/* ------------------------------------------------------------ other CIs -- */
function gitlabSnippet(audience) {
    return `id_tokens:\n  SIGSTORE_ID_TOKEN:\n    aud: ${audience}`;
}
function gitlabToken(req) {
    const token = req.env.SIGSTORE_ID_TOKEN;
    if (!token) {
        throw new errors/* SealError */.EM('TOKEN_MISSING', 'GitLab CI: the job has no SIGSTORE_ID_TOKEN, so there is no OIDC identity token to sign with.', {
            hint: `GitLab issues OIDC tokens only to jobs that declare them. Add this to the job:\n${gitlabSnippet(req.audience)}\nor pass a token in \`identity-token\`.`
        });
    }
    const result = withClaims(token, 'GitLab CI id_tokens');
    checkAudience(result, req.audience, 'GitLab CI', `Declare the token with the audience ${JSON.stringify(req.audience)} in the job:\n${gitlabSnippet(req.audience)}`);
    return result;
}
const BUILDKITE = {
    ci: 'Buildkite',
    detectedBy: 'BUILDKITE',
    source: 'Buildkite OIDC',
    command: 'buildkite-agent',
    shown: 'buildkite-agent oidc request-token',
    args: audience => ['oidc', 'request-token', '--audience', audience],
    fix: 'seal runs `buildkite-agent oidc request-token` inside the job: run seal in a Buildkite job step on an agent whose ' +
        '`buildkite-agent` is on PATH and allowed to request OIDC tokens, or pass a token in `identity-token`.',
    audienceFix: 'The agent ignored `--audience`: update buildkite-agent, or pass a token for this audience in `identity-token`.'
};
const CIRCLECI = {
    ci: 'CircleCI',
    detectedBy: 'CIRCLECI',
    source: 'CircleCI OIDC',
    command: 'circleci',
    shown: 'circleci run oidc get',
    args: audience => ['run', 'oidc', 'get', '--claims', JSON.stringify({ aud: audience })],
    fix: 'seal runs `circleci run oidc get` inside the job: run seal in a CircleCI cloud job that can get OIDC tokens ' +
        '(CircleCI issues them to jobs that use a context), or pass a token in `identity-token`.',
    audienceFix: 'The CircleCI CLI ignored the `aud` claim: update it, or pass a token for this audience in `identity-token`.'
};
async function commandToken(cmd, req) {
    const timeoutMs = req.timeoutMs ?? 30_000;
    const { shown } = cmd;
    const { stdout, failure } = await runQuietly(cmd.command, cmd.args(req.audience), req.env, timeoutMs);
    if (failure) {
        const detail = failure.kind === 'missing'
            ? `${cmd.ci} was detected (${cmd.detectedBy}=true) but \`${cmd.command}\` is not on PATH`
            : failure.kind === 'timeout'
                ? `\`${shown}\` did not answer within ${seconds(timeoutMs)}`
                : `\`${shown}\` failed (${failure.status})${failure.stderr ? `: ${(0,redact/* redact */.E)(failure.stderr, [stdout.trim()])}` : ''}`;
        throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `${cmd.ci}: could not get an OIDC token: ${detail}.`, { hint: cmd.fix });
    }
    const token = stdout.trim();
    if (token === '') {
        throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `${cmd.ci}: \`${shown}\` printed no token.`, { hint: cmd.fix });
    }
    const result = withClaims(token, cmd.source);
    checkAudience(result, req.audience, cmd.ci, cmd.audienceFix);
    return result;
}
/**
 * Runs a token command without a shell and without echoing anything: stdout
 * (the token) and stderr are captured, never inherited. The command is looked
 * up on `env.PATH`.
 */
function runQuietly(file, args, env, timeoutMs) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)(file, args, { env, timeout: timeoutMs, maxBuffer: 1024 * 1024, windowsHide: true, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (!err) {
                resolve({ stdout });
                return;
            }
            const e = err;
            if (e.code === 'ENOENT') {
                resolve({ stdout: '', failure: { kind: 'missing' } });
            }
            else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                resolve({ stdout: '', failure: { kind: 'failed', status: 'it printed more than 1 MiB', stderr: '' } });
            }
            else if (e.killed) {
                resolve({ stdout, failure: { kind: 'timeout' } });
            }
            else {
                const status = typeof e.code === 'number' ? `exit code ${e.code}` : e.signal ? `signal ${e.signal}` : String(e.code ?? e.message);
                resolve({ stdout, failure: { kind: 'failed', status, stderr: lastLines(stderr) } });
            }
        });
    });
}
function seconds(ms) {
    return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
/** The end of a command's stderr, on one line and bounded, for an error message. */
function lastLines(text) {
    const lines = text
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean);
    const tail = lines.slice(-3).join(' / ');
    return tail.length > 300 ? '…' + tail.slice(-300) : tail;
}
/** Fails unless the token's `aud` claim (a string or a list) includes the audience. */
function checkAudience(token, audience, ci, fix) {
    const aud = token.claims.aud;
    const list = Array.isArray(aud) ? aud : [aud];
    if (list.includes(audience))
        return;
    const found = aud === undefined ? 'no audience' : `audience ${JSON.stringify(aud)}`;
    throw new errors/* SealError */.EM('TOKEN_INVALID', `${ci}: the OIDC token has ${found}, not the requested ${JSON.stringify(audience)} (\`oidc-audience\`).`, {
        hint: fix
    });
}
/* -------------------------------------------------------------- helpers -- */
function withClaims(token, source) {
    return { token, source, claims: decodeClaims(token, source) };
}
/** Decodes a JWT's claims without verifying it (Fulcio verifies it). Errors never echo the token. */
function decodeClaims(token, source) {
    const parts = token.trim().split('.');
    if (parts.length !== 3) {
        throw new errors/* SealError */.EM('TOKEN_INVALID', `The token from ${source} is not a JWT (expected three dot-separated parts).`);
    }
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
            throw new Error('not an object');
        return claims;
    }
    catch {
        throw new errors/* SealError */.EM('TOKEN_INVALID', `The token from ${source} has an unreadable claims section.`);
    }
}
function runnerTokenURL(base, audience) {
    const url = (0,http/* httpURL */.yR)(base, 'ACTIONS_ID_TOKEN_REQUEST_URL');
    url.searchParams.set('audience', audience);
    return url;
}
/** The most of a runner token reply read: a JWT and its JSON wrapper are a few KiB. */
const MAX_TOKEN_REPLY = 1024 * 1024;
async function requestRunnerToken(base, bearer, req) {
    const url = runnerTokenURL(base, req.audience);
    const timeoutMs = req.timeoutMs ?? 30_000;
    const failed = (last) => new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `Could not get an OIDC token from the runner (${last}).`, {
        hint: 'The runner OIDC endpoint did not answer; re-run the job, or pass `identity-token`.'
    });
    return (0,retry/* withRetries */.LH)((0,retry/* retryPolicy */.Jb)({ retries: req.retries ?? 3 }), async () => {
        let res;
        await (0,http/* useEnvProxy */.Bs)();
        try {
            res = await fetch(url, {
                headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
                signal: AbortSignal.timeout(timeoutMs)
            });
        }
        catch (err) {
            return (0,retry/* again */.TG)(failed(err instanceof Error ? `${err.name}: ${err.message}` : String(err)));
        }
        if (res.ok) {
            // A reply cut short is retried like a failed connection.
            let body;
            try {
                body = JSON.parse((await (0,http/* readBody */.x8)(res, MAX_TOKEN_REPLY)).toString('utf8'));
            }
            catch (err) {
                if (err instanceof http/* BodyTooLarge */.KQ)
                    throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `The runner OIDC endpoint answered with a reply ${err.message}.`);
                return (0,retry/* again */.TG)(failed(`a reply that broke off (${err instanceof Error ? err.message : String(err)})`));
            }
            const value = body?.value;
            if (typeof value !== 'string' || value === '') {
                throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', 'The runner OIDC endpoint answered without a token value.');
            }
            return value;
        }
        await (0,http/* discard */.vf)(res);
        const last = `HTTP ${res.status}`;
        if (res.status === 401 || res.status === 403) {
            throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `The runner refused the OIDC token request (${last}).`, {
                hint: PERMISSION_HINT
            });
        }
        if (res.status < 500 && res.status !== 429)
            throw failed(last);
        return (0,retry/* again */.TG)(failed(last), res.headers.get('retry-after'));
    });
}

// EXTERNAL MODULE: ./src/core/sign/session.ts + 4 modules
var sign_session = __webpack_require__(67300);
// EXTERNAL MODULE: ./src/core/trust/signing-config.ts
var signing_config = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/core/sign/instance.ts + 1 modules
var sign_instance = __webpack_require__(55672);
// EXTERNAL MODULE: ./src/core/trust/tuf.ts + 2 modules
var tuf = __webpack_require__(30005);
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
        const key = await keyFromInput(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await KeySigner.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new KeySigner(readPlainPrivateKey(key, 'key'), 'the key in `key`');
        return { session: new sign_session.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    let source = token?.source;
    const session = new sign_session.SigningSession({
        ...services,
        getToken: async () => {
            if (token)
                return token.token;
            const t = await getIdentityToken({
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


/***/ }),

/***/ 8988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readSigningConfig),
/* harmony export */   V: () => (/* binding */ parseSigningConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _util_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77062);



/** A validity bound in ms: undefined when absent, NaN when present but not a time string. */
function time(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}
function isServiceURL(value) {
    return (0,_util_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHttpURL */ .nZ)(value) !== undefined;
}
/** The newest currently valid service of a list, within the API versions seal speaks. */
function pick(list, versions, now) {
    if (!Array.isArray(list))
        return undefined;
    const valid = list.filter((s) => {
        if (!s || !isServiceURL(s.url))
            return false;
        if (!versions.includes((s.majorApiVersion ?? 1)))
            return false;
        const start = time(s.validFor?.start);
        const end = time(s.validFor?.end);
        if (Number.isNaN(start) || Number.isNaN(end))
            return false;
        return (start === undefined || start <= now.getTime()) && (end === undefined || now.getTime() < end);
    });
    valid.sort((a, b) => (time(b.validFor?.start) ?? 0) - (time(a.validFor?.start) ?? 0));
    return valid[0];
}
function parseSigningConfig(text, source, now = new Date()) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `${source} is not JSON: expected a Sigstore SigningConfig.`);
    }
    const mediaType = typeof json === 'object' && json !== null ? json.mediaType : undefined;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.signingconfig')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `${source} is not a Sigstore SigningConfig (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json).`);
    }
    const ca = pick(json.caUrls, [1], now);
    const rekor = pick(json.rekorTlogUrls, [1, 2], now);
    const tsa = pick(json.tsaUrls, [1], now);
    return {
        fulcioURL: ca?.url,
        rekorURL: rekor?.url,
        rekorVersion: rekor ? (rekor.majorApiVersion ?? 1) : undefined,
        tsaURL: tsa?.url
    };
}
async function readSigningConfig(path, input = 'signing-config') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`${input}\`: cannot read ${path} (${err.code ?? err}).`);
    }
    return parseSigningConfig(text, `\`${input}\` (${path})`);
}


/***/ }),

/***/ 30005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
  Cj: () => (/* binding */ defaultTufCachePath),
  dF: () => (/* binding */ normalizeMirror),
  Mn: () => (/* binding */ tufClientSetup),
  Am: () => (/* binding */ tufFailure)
});

// UNUSED EXPORTS: TRUSTED_ROOT_TARGET, TUF_RECOVERY, fromTuf, tufCacheDir

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/util/retry.ts
var retry = __webpack_require__(61014);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/core/trust/trusted-root.ts
/**
 * trusted_root.json: parsing, and the structural checks every trusted root
 * passes before seal verifies anything against it, whatever its source.
 */


const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=\d+\.\d+|\.v\d+\.\d+\+json)$/;
/**
 * Parses and validates trusted_root.json text. `what` names the source in errors
 * (e.g. "the trusted root ./root.json (`trusted-root`)").
 */
function parseTrustedRoot(text, what) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new SealError('TRUST_ROOT_INVALID', `${what} is not valid JSON: ${trusted_root_messageOnly(err)}`, { cause: err });
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw new SealError('TRUST_ROOT_INVALID', `${what} is not a JSON object`);
    }
    let root;
    try {
        root = TrustedRoot.fromJSON(json);
    }
    catch (err) {
        throw new SealError('TRUST_ROOT_INVALID', `${what} is malformed: ${trusted_root_messageOnly(err)}`, { cause: err });
    }
    trusted_root_checkTrustedRoot(root, what);
    return root;
}
/**
 * Structural checks @sigstore/verify does not make. In particular every log key
 * and authority must have a validity start: the library would read a missing
 * start as "valid since the beginning of time", widening trust (conformance
 * case trust-root-tlog-missing-validity-start_fail). Such a root is rejected.
 */
function trusted_root_checkTrustedRoot(root, what) {
    const problems = [];
    if (root.mediaType && !TRUSTED_ROOT_MEDIA_TYPE.test(root.mediaType)) {
        problems.push(`unexpected mediaType ${JSON.stringify(root.mediaType)}`);
    }
    const logs = [
        ['tlogs', root.tlogs],
        ['ctlogs', root.ctlogs]
    ];
    for (const [field, list] of logs) {
        list.forEach((log, i) => {
            const name = `${field}[${i}]${log.baseUrl ? ` (${log.baseUrl})` : ''}`;
            if (!log.publicKey?.rawBytes?.length)
                problems.push(`${name} has no publicKey.rawBytes`);
            if (!log.logId?.keyId?.length)
                problems.push(`${name} has no logId`);
            checkRange(log.publicKey?.validFor, `${name} publicKey.validFor`, problems);
        });
    }
    const authorities = [
        ['certificateAuthorities', root.certificateAuthorities],
        ['timestampAuthorities', root.timestampAuthorities]
    ];
    for (const [field, list] of authorities) {
        list.forEach((ca, i) => {
            const name = `${field}[${i}]${ca.uri ? ` (${ca.uri})` : ''}`;
            if (!ca.certChain?.certificates?.length)
                problems.push(`${name} has no certChain.certificates`);
            checkRange(ca.validFor, `${name} validFor`, problems);
        });
    }
    if (problems.length > 0) {
        throw new SealError('TRUST_ROOT_INVALID', `${what} is malformed: ${problems.join('; ')}`, {
            hint: 'Use the trusted_root.json published by the Sigstore deployment (for example from its TUF repository).'
        });
    }
}
function checkRange(range, name, problems) {
    if (!range?.start) {
        problems.push(`${name}.start is missing`);
        return;
    }
    if (Number.isNaN(range.start.getTime()))
        problems.push(`${name}.start is not a valid time`);
    if (range.end) {
        if (Number.isNaN(range.end.getTime()))
            problems.push(`${name}.end is not a valid time`);
        else if (range.end < range.start)
            problems.push(`${name}.end is before its start`);
    }
}
/** An error's own message, without a SealError's hint. */
function trusted_root_messageOnly(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/core/trust/material.ts
/**
 * A trusted root made usable: the @sigstore/verify trust material built from
 * it, together with where it came from.
 */





/** The root with its trust material; TRUST_ROOT_INVALID when a key or certificate in it cannot be used. */
function material_withMaterial(trustedRoot, source) {
    let material;
    try {
        material = toTrustMaterial(forTrustMaterial(trustedRoot));
    }
    catch (err) {
        throw new SealError('TRUST_ROOT_INVALID', `the trusted root from ${source} has an unusable key or certificate: ${messageOnly(err)}`, {
            cause: err
        });
    }
    return { trustedRoot, material, source };
}
const RSA_PKCS1_DETAILS = new Set([
    dist.PublicKeyDetails.PKIX_RSA_PKCS1V5,
    dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256,
    dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256,
    dist.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
]);
/**
 * @sigstore/verify reads the raw bytes of a log key whose details say
 * PKIX_RSA_PKCS1V15_* as PKCS#1, although the spec (and every other client)
 * has PKIX DER there. For such keys that do parse as PKIX the details are
 * dropped in the copy given to it (it uses them for nothing else), so a root
 * written to the spec verifies. The root itself is left as it is.
 */
function forTrustMaterial(root) {
    const fix = (log) => {
        const key = log.publicKey;
        if (!key?.rawBytes || key.keyDetails === undefined || !RSA_PKCS1_DETAILS.has(key.keyDetails))
            return log;
        try {
            createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
        }
        catch {
            return log;
        }
        return { ...log, publicKey: { ...key, keyDetails: PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED } };
    };
    return { ...root, tlogs: root.tlogs.map(fix), ctlogs: root.ctlogs.map(fix) };
}

;// CONCATENATED MODULE: ./src/core/trust/tuf.ts
/**
 * The trusted root from a TUF repository (the public-good one or a mirror),
 * through @sigstore/tuf, with its metadata cached between runs; and the
 * errors that tell expired metadata, a rotated root key and a missing TUF
 * root apart.
 */








const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
/** What to do when TUF metadata expired or the repository's root key changed. */
const TUF_RECOVERY = "Recover with a newer trusted root (`trusted-root`), the repository's current root.json (`tuf-root`), " +
    'or, for the public-good repository, a newer seal release, whose embedded TUF root is current.';
/** A `tuf-mirror` as given, trimmed of spaces and trailing slashes (the TUF cache is keyed by it); not an http(s) URL is an error naming `tuf-mirror`. */
function normalizeMirror(url) {
    const trimmed = url.trim().replace(/\/+$/, '');
    (0,http/* httpURL */.yR)(trimmed, 'tuf-mirror');
    return trimmed;
}
/**
 * Where TUF metadata is cached unless `tufCachePath` says otherwise: under the
 * runner's tool cache on GitHub Actions (kept between runs on self-hosted
 * runners), else under XDG_CACHE_HOME or ~/.cache.
 */
function defaultTufCachePath(env = process.env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, 'seal', 'tuf');
    if (env.XDG_CACHE_HOME)
        return (0,external_node_path_.join)(env.XDG_CACHE_HOME, 'seal', 'tuf');
    const home = env.HOME || safeHomedir();
    return home ? (0,external_node_path_.join)(home, '.cache', 'seal', 'tuf') : (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'seal-tuf');
}
/** The directory of one mirror inside the cache (the layout @sigstore/tuf uses). */
function tufCacheDir(cachePath, mirrorURL) {
    const url = new URL(mirrorURL);
    return (0,external_node_path_.join)(cachePath, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}
/**
 * What a TUF client of `mirror` needs, the same for every target read from it:
 * its cache directory, the root to start from (and whether that root replaces
 * the cached one), and the request timeout and retries. Routes the client
 * through the proxy variables first.
 */
async function tufClientSetup(mirror, cachePath, opts) {
    const dir = tufCacheDir(cachePath, mirror);
    const rootPath = opts.tufRootPath || undefined;
    const forceInit = rootPath ? await replacesCachedRoot(rootPath, dir) : false;
    await (0,http/* useEnvProxy */.Bs)();
    return { dir, options: { mirrorURL: mirror, cachePath, rootPath, forceInit, ...tufRequestOptions(opts) } };
}
/** The trusted root from the TUF repository at `mirror`, updating the cache in `cachePath`. */
async function fromTuf(mirror, cachePath, opts) {
    const { dir, options } = await tufClientSetup(mirror, cachePath, opts);
    let root;
    try {
        // Loaded on demand: most steps take their root from a file or the embedded seed.
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 84423));
        root = await getTrustedRoot(options);
    }
    catch (err) {
        throw tufFailure(err, mirror, dir, Boolean(options.rootPath));
    }
    checkTrustedRoot(root, `the TUF trusted root from ${mirror}`);
    return withMaterial(root, `TUF ${mirror}`);
}
/** The timeout and retries of TUF requests as @sigstore/tuf takes them; unset ones keep its defaults. */
function tufRequestOptions(opts) {
    return {
        ...(opts.tufTimeoutMs !== undefined ? { timeout: opts.tufTimeoutMs } : {}),
        ...(opts.tufRetries !== undefined ? { retry: (0,retry/* fetchRetryOptions */.zg)((0,retry/* retryPolicy */.Jb)({ retries: opts.tufRetries, maxMs: 4000 })) } : {})
    };
}
/**
 * Whether `tuf-root` should replace the cached root.json. The cache moves
 * forward by itself (each new root is signed by the one before), so an older
 * pinned root must not reset it; a root of the same or a newer version that
 * differs is the user's way out of a rotation the cache cannot follow.
 */
async function replacesCachedRoot(tufRootPath, dir) {
    let given;
    try {
        given = await (0,promises_.readFile)(tufRootPath);
    }
    catch (err) {
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `cannot read the TUF root ${tufRootPath} (\`tuf-root\`): ${err.code ?? trusted_root_messageOnly(err)}`, {
            cause: err
        });
    }
    const givenVersion = metadataVersion(given);
    if (givenVersion === undefined) {
        throw new errors/* SealError */.EM('TRUST_ROOT_INVALID', `the TUF root ${tufRootPath} (\`tuf-root\`) is not TUF root metadata (root.json)`);
    }
    const cached = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'root.json')).catch(() => undefined);
    if (!cached || cached.equals(given))
        return false;
    return givenVersion >= (metadataVersion(cached) ?? 0);
}
function metadataVersion(bytes) {
    try {
        const version = JSON.parse(bytes.toString('utf8')).signed?.version;
        return typeof version === 'number' ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/** A SealError for a failed TUF update, telling expired metadata and a changed root key apart. */
function tufFailure(err, mirror, dir, hadRoot) {
    const causes = causeList(err);
    const detail = causeChain(err);
    const names = causes.map(c => c?.constructor?.name ?? '');
    const texts = causes.map(trusted_root_messageOnly);
    const code = err.code;
    // tuf-js says "timestamp.json is expired"; a TLS "certificate has expired" is not meant here.
    if (names.includes('ExpiredMetadataError') || texts.some(t => /\.json is expired\b/.test(t))) {
        return new errors/* SealError */.EM('TRUST_ROOT_UNAVAILABLE', `the TUF metadata of ${mirror} has expired: ${detail}`, {
            cause: err,
            hint: `${TUF_RECOVERY} A mirror that serves expired metadata is no longer maintained or is out of sync.`
        });
    }
    if (names.includes('UnsignedMetadataError') || texts.some(t => /signed by \d+\/\d+ keys|failed to verify .* signature/i.test(t))) {
        return new errors/* SealError */.EM('TRUST_ROOT_UNAVAILABLE', `the TUF metadata of ${mirror} is not signed by the keys of the cached TUF root: the repository's root key was rotated, or \`tuf-root\` belongs to another repository (${detail})`, { cause: err, hint: `${TUF_RECOVERY} If the repository was re-created, also delete the cache ${dir}.` });
    }
    if (code === 'TUF_INIT_CACHE_ERROR' && !hadRoot) {
        return new errors/* SealError */.EM('TRUST_ROOT_UNAVAILABLE', `no TUF root for ${mirror}: set \`tuf-root\` to the repository's root.json`, {
            cause: err,
            hint: `It is needed on the first run only: later runs start from the cache in ${dir}. Or set \`trusted-root\`.`
        });
    }
    const hint = mirror === PUBLIC_GOOD_TUF_URL
        ? 'Set `trusted-root` to a trusted_root.json file, or `offline: true` to use the public-good root embedded in seal. ' +
            'If the TUF root was rotated or its metadata expired, pass a newer root with `tuf-root` or update seal.'
        : `Check that \`tuf-mirror\` is reachable, or set \`trusted-root\` to a trusted_root.json file. ` +
            `With \`offline: true\` seal reads the mirror's cache from an earlier run (${dir}).`;
    return new errors/* SealError */.EM('TRUST_ROOT_UNAVAILABLE', `cannot fetch the trusted root from TUF ${mirror}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`, {
        cause: err,
        hint
    });
}
function safeHomedir() {
    try {
        return (0,external_node_os_.homedir)();
    }
    catch {
        return undefined;
    }
}
/** The error and its causes, outermost first. */
function causeList(err) {
    const list = [];
    let current = err;
    for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        list.push(current);
        current = current.cause;
    }
    return list;
}
/** The message of an error followed by its causes' messages (fetch failures hide the reason in `cause`). */
function causeChain(err) {
    const parts = [];
    for (const cause of causeList(err)) {
        const text = trusted_root_messageOnly(cause);
        if (text && !parts.includes(text))
            parts.push(text);
    }
    return parts.join(': ');
}


/***/ })

};
