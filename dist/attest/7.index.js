export const id = 7;
export const ids = [7];
export const modules = {

/***/ 52038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ decodeBase64Text),
/* harmony export */   TS: () => (/* binding */ encodePem),
/* harmony export */   Wv: () => (/* binding */ looksLikePEM),
/* harmony export */   ct: () => (/* binding */ isSingleDER),
/* harmony export */   vj: () => (/* binding */ decodePemBlocks)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73093);
/**
 * PEM framing (RFC 7468): blocks of base64 between BEGIN/END lines. Every PEM
 * text seal reads or writes (keys, certificates, trusted-root material, cosign
 * annotations) goes through this module. Only the framing lives here; what the
 * DER inside means is decided by the callers.
 */

const LABEL = /^[A-Z0-9][A-Z0-9 ]*$/;
const DASHES = '-----';
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** True when the text holds at least one PEM BEGIN line. */
function looksLikePEM(text) {
    return text.includes('-----BEGIN ');
}
/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
function decodePemBlocks(text, what) {
    const blocks = [];
    for (const { type, inner, endType } of framedBlocks(text)) {
        if (type !== endType) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`);
        }
        const headers = {};
        const bodyLines = [];
        for (const raw of inner.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === '')
                continue;
            const colon = line.indexOf(':');
            if (colon > 0 && bodyLines.length === 0) {
                headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
                continue;
            }
            bodyLines.push(line);
        }
        const body = bodyLines.join('');
        if (!BASE64.test(body) || body.length % 4 !== 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SealError */ .EM('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`);
        }
        blocks.push({ type, der: Buffer.from(body, 'base64'), headers });
    }
    return blocks;
}
/**
 * The `-----BEGIN <label>-----` … `-----END <label>-----` frames of a text, in
 * order, each ending at the first END line after its BEGIN line. A scan with
 * indexOf, in time linear in the text: a regular expression with a lazy body
 * goes quadratic on many BEGIN lines without an END.
 */
function* framedBlocks(text) {
    let pos = 0;
    for (;;) {
        const begin = text.indexOf(BEGIN, pos);
        if (begin < 0)
            return;
        const typeEnd = text.indexOf(DASHES, begin + BEGIN.length);
        if (typeEnd < 0)
            return;
        const type = text.slice(begin + BEGIN.length, typeEnd);
        if (!LABEL.test(type)) {
            pos = begin + 1;
            continue;
        }
        const bodyStart = typeEnd + DASHES.length;
        // The first well-formed END line after the BEGIN line closes the block.
        let search = bodyStart;
        for (;;) {
            const end = text.indexOf(END, search);
            // No END line after this BEGIN line: none after any later one either.
            if (end < 0)
                return;
            const endTypeEnd = text.indexOf(DASHES, end + END.length);
            if (endTypeEnd < 0)
                return;
            const endType = text.slice(end + END.length, endTypeEnd);
            if (LABEL.test(endType)) {
                yield { type, inner: text.slice(bodyStart, end), endType };
                pos = endTypeEnd + DASHES.length;
                break;
            }
            search = end + 1;
        }
    }
}
/** A PEM block as Go's pem.EncodeToMemory writes it: 64-character lines, a trailing newline. */
function encodePem(type, der) {
    const body = Buffer.from(der).toString('base64');
    const lines = [];
    for (let i = 0; i < body.length; i += 64)
        lines.push(body.slice(i, i + 64));
    return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}
/** Decodes base64 text that may be wrapped over lines; undefined unless it is strictly base64. */
function decodeBase64Text(text) {
    const body = text.replace(/\s+/g, '');
    if (body === '' || !BASE64.test(body) || body.length % 4 !== 0)
        return undefined;
    return Buffer.from(body, 'base64');
}
/**
 * Whether bytes are exactly one DER element: a tag, a definite length and that
 * much content, with nothing after it. OpenSSL's parsers ignore bytes after a
 * key or certificate; Go's (and so cosign's) refuse them, and so does seal.
 */
function isSingleDER(der) {
    let i = 1;
    if (der.length < 2)
        return false;
    if ((der[0] & 0x1f) === 0x1f) {
        // A tag number in the following bytes, 7 bits each.
        while (i < der.length && der[i] & 0x80)
            i++;
        i++;
    }
    if (i >= der.length)
        return false;
    const first = der[i++];
    let length = first;
    if (first >= 0x80) {
        const n = first & 0x7f;
        if (n === 0 || n > 4 || i + n > der.length)
            return false;
        length = 0;
        for (let k = 0; k < n; k++)
            length = length * 256 + der[i++];
    }
    return i + length === der.length;
}


/***/ }),

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

/***/ 47007:
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

// EXTERNAL MODULE: ./src/core/oidc/token.ts
var oidc_token = __webpack_require__(19604);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/core/subjects/digest.ts
var digest = __webpack_require__(76989);
// EXTERNAL MODULE: ./src/core/util/fs.ts
var fs = __webpack_require__(40185);
;// CONCATENATED MODULE: ./src/core/formats/certificate.ts

/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) first, then the legacy raw one. */
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** The signer identity (SAN) and OIDC issuer a Fulcio certificate was issued for. */
function certificateIdentity(cert) {
    return { identity: cert.subjectAltName ?? usernameOf(cert), issuer: issuerOf(cert) };
}
/** Fulcio's username identities: an otherName SAN of this type (a UTF8String such as `user!example.com`). */
const OID_OTHERNAME_USERNAME = '1.3.6.1.4.1.57264.1.7';
function usernameOf(cert) {
    try {
        return cert.extSubjectAltName?.otherName(OID_OTHERNAME_USERNAME) || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The username identity of a signing certificate (its DER), for certificates
 * whose SAN holds neither a URI nor an email; undefined otherwise.
 */
function otherNameIdentity(der) {
    if (!der)
        return undefined;
    try {
        return usernameOf(X509Certificate.parse(Buffer.from(der)));
    }
    catch {
        return undefined;
    }
}
function issuerOf(cert) {
    const v2 = cert.extension(OID_ISSUER_V2);
    if (v2) {
        // The value is a DER UTF8String: tag 0x0c, a length, then the text.
        const raw = v2.value;
        return decodeUTF8String(raw) ?? raw.toString('utf8');
    }
    const v1 = cert.extension(OID_ISSUER_V1);
    return v1 ? v1.value.toString('utf8') : undefined;
}
function decodeUTF8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let len = der[1];
    let offset = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || der.length < 2 + n)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[2 + i];
        offset = 2 + n;
    }
    if (offset + len !== der.length)
        return undefined;
    return der.subarray(offset).toString('utf8');
}
/** Fulcio certificate extensions (OID arc 1.3.6.1.4.1.57264.1) by name. */
const FULCIO_EXTENSIONS = {
    buildSignerURI: 9,
    buildSignerDigest: 10,
    runnerEnvironment: 11,
    sourceRepositoryURI: 12,
    sourceRepositoryDigest: 13,
    sourceRepositoryRef: 14,
    sourceRepositoryIdentifier: 15,
    sourceRepositoryOwnerURI: 16,
    sourceRepositoryOwnerIdentifier: 17,
    buildConfigURI: 18,
    buildConfigDigest: 19,
    buildTrigger: 20,
    runInvocationURI: 21,
    sourceRepositoryVisibilityAtSigning: 22
};
/**
 * The build facts Fulcio recorded in a certificate from the OIDC token it
 * verified (GitHub: repository, ref, workflow, runner environment, …). These,
 * unlike a provenance predicate, are vouched for by the certificate authority.
 */
function fulcioExtensions(cert) {
    const out = {};
    for (const [name, n] of Object.entries(FULCIO_EXTENSIONS)) {
        const ext = cert.extension(`1.3.6.1.4.1.57264.1.${n}`);
        if (ext)
            out[name] = decodeUTF8String(ext.value) ?? ext.value.toString('utf8');
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/util/retry.ts
var util_retry = __webpack_require__(61014);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(42619);
;// CONCATENATED MODULE: ./src/core/sign/services.ts


const NAMES = {
    fulcio: { label: 'Fulcio', input: 'fulcio-url', code: 'FULCIO_ERROR' },
    rekor: { label: 'Rekor', input: 'rekor-url', code: 'REKOR_ERROR' },
    tsa: { label: 'the timestamp authority', input: 'tsa-url', code: 'TSA_ERROR' }
};
/** The innermost HTTP status and the most specific message in an error chain. */
function unwrap(err) {
    let status;
    let network;
    let message = '';
    let e = err;
    for (let depth = 0; e && depth < 6; depth++) {
        const shape = e;
        if (typeof shape.statusCode === 'number')
            status = shape.statusCode;
        if (typeof shape.code === 'string' && /^E[A-Z]+$/.test(shape.code))
            network = shape.code;
        if (typeof shape.message === 'string' && shape.message)
            message = shape.message;
        e = shape.cause;
    }
    return { status, message, network };
}
/**
 * Turns an error from a Sigstore service client into a SealError that names
 * the service, its URL, what went wrong and which input points at it. Token
 * parse errors from the signing library embed the token, so their text is
 * never used.
 */
function describeServiceError(service, url, err) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    const { label, input, code } = NAMES[service];
    const libCode = err?.code;
    if (libCode === 'IDENTITY_TOKEN_PARSE_ERROR') {
        return new errors/* SealError */.EM('TOKEN_INVALID', 'The OIDC identity token could not be parsed (it needs an `email` or `sub` claim).');
    }
    if (libCode === 'IDENTITY_TOKEN_READ_ERROR') {
        const cause = err.cause;
        if (cause instanceof errors/* SealError */.EM)
            return cause;
        return new errors/* SealError */.EM('TOKEN_MISSING', 'Could not get an OIDC identity token.', { cause: undefined });
    }
    if (err instanceof errors/* BrokenReplyError */.Kd) {
        return new errors/* SealError */.EM(code, `${capitalize(label)} at ${url} sent an unusable answer: ${(0,redact/* redact */.E)(err.message).slice(0, 300)}`, {
            hint: `Check that \`${input}\` points at ${label} itself, not at a proxy or another service.`
        });
    }
    const { status, message, network } = unwrap(err);
    // The signing library prefixes the status ("(503) Service Unavailable"): the message says it once.
    const detail = (0,redact/* redact */.E)(message)
        .replace(/\s+/g, ' ')
        .replace(/^\(\d{3}\)\s*/, '')
        .slice(0, 300);
    if (status === undefined) {
        return new errors/* SealError */.EM(code, `Could not reach ${label} at ${url}${network ? ` (${network})` : ''}: ${detail}`, {
            hint: `Check \`${input}\` and the network path to it.`
        });
    }
    let hint = `Check \`${input}\`.`;
    if (service === 'fulcio' && (status === 400 || status === 401 || status === 403)) {
        hint = 'Fulcio rejected the identity token: check `oidc-audience` (Fulcio expects `sigstore`) and that this Fulcio trusts the token issuer.';
    }
    else if (status >= 500 || status === 429) {
        hint = `${capitalize(label)} is failing or overloaded; re-run the step later.`;
    }
    return new errors/* SealError */.EM(code, `${capitalize(label)} at ${url} answered HTTP ${status}: ${detail}`, { hint });
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/sign/keyless.ts









/** Renew the certificate when less than this is left of its validity. */
const RENEW_MARGIN_MS = 60_000;
/**
 * One ephemeral P-256 key and one Fulcio certificate for a whole step.
 * The key never leaves the process; every subject is signed with it, and the
 * certificate is requested once (and renewed only if it is about to expire).
 */
class KeylessSigner {
    options;
    privateKey;
    scalar;
    publicKeyPEM;
    fulcio;
    current;
    requests = 0;
    constructor(options) {
        this.options = options;
        const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        this.privateKey = privateKey;
        this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url');
        this.publicKeyPEM = (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'pem', type: 'spki' }).toString();
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioURL,
            identityProvider: { getToken: options.getToken },
            timeout: options.timeoutMs,
            retry: (0,util_retry/* fetchRetryOptions */.zg)(options.retry),
            keyHolder: {
                // Fulcio's proof of possession: the token subject signed with our key.
                sign: async (data) => ({
                    signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey),
                    key: { $case: 'publicKey', publicKey: this.publicKeyPEM }
                })
            }
        });
    }
    /** An ephemeral P-256 key signs precomputed digests. */
    canSignDigest = true;
    /** How many certificates were requested from Fulcio. */
    get certificateRequests() {
        return this.requests;
    }
    async certificate() {
        if (this.current) {
            const cert = await this.current;
            if (cert.notAfter.getTime() - Date.now() > RENEW_MARGIN_MS)
                return cert;
            this.current = undefined;
        }
        this.current ??= this.requestCertificate();
        try {
            return await this.current;
        }
        catch (err) {
            this.current = undefined;
            throw err;
        }
    }
    /** ECDSA P-256 signature (DER) over a SHA-256 digest computed elsewhere. */
    signDigest(digest) {
        if (digest.length !== 32)
            throw new errors/* SealError */.EM('INPUT_INVALID', 'A P-256 signature needs a SHA-256 digest.');
        return Buffer.from(nist/* p256 */.s9.sign(digest, this.scalar, { prehash: false, format: 'der' }));
    }
    /** ECDSA P-256 signature (DER) over data (SHA-256 applied here). */
    sign(data) {
        return (0,external_node_crypto_.sign)('sha256', data, this.privateKey);
    }
    async requestCertificate() {
        this.requests++;
        let certPEM;
        try {
            const result = await (0,util_retry/* retryBrokenReplies */.Gg)(() => this.fulcio.sign(Buffer.alloc(0)), this.options.retry);
            if (result.key.$case !== 'x509Certificate')
                throw new Error('Fulcio returned no certificate');
            certPEM = result.key.certificate;
        }
        catch (err) {
            throw describeServiceError('fulcio', this.options.fulcioURL, err);
        }
        const der = certificateDER(certPEM, this.options.fulcioURL);
        const cert = dist.X509Certificate.parse(der);
        const ours = (0,external_node_crypto_.createPublicKey)({ key: cert.publicKey, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString();
        if (ours !== this.publicKeyPEM) {
            throw new errors/* SealError */.EM('FULCIO_ERROR', `Fulcio at ${this.options.fulcioURL} issued a certificate for a different key.`);
        }
        return { pem: certPEM, der, notAfter: cert.notAfter, ...certificateIdentity(cert) };
    }
}
/** The DER of the first CERTIFICATE block in Fulcio's reply. */
function certificateDER(certPEM, fulcioURL) {
    let block;
    try {
        block = (0,formats_pem/* decodePemBlocks */.vj)(certPEM, `the certificate from Fulcio at ${fulcioURL}`).find(b => b.type === 'CERTIFICATE');
    }
    catch (err) {
        throw new errors/* SealError */.EM('FULCIO_ERROR', err.message, { cause: err });
    }
    if (!block)
        throw new errors/* SealError */.EM('FULCIO_ERROR', `Fulcio at ${fulcioURL} returned no PEM certificate.`);
    return Buffer.from(block.der);
}

// EXTERNAL MODULE: ./src/core/util/http.ts
var http = __webpack_require__(77062);
// EXTERNAL MODULE: ./src/core/subjects/files.ts
var files = __webpack_require__(56586);
;// CONCATENATED MODULE: ./src/core/sign/session.ts















/** Validates the service options before any network call. */
function checkServiceOptions(opts, withKey = false) {
    for (const [input, url] of [
        ['fulcio-url', opts.fulcioURL],
        ['rekor-url', opts.rekorURL],
        ['tsa-url', opts.tsaURL]
    ]) {
        if (url)
            (0,http/* httpURL */.yR)(url, input);
    }
    // A key needs no trusted time (it does not expire); a keyless certificate lives ten minutes.
    if (!withKey && !opts.tlogUpload && !opts.tsaURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', 'With `tlog-upload: false` a keyless signature has no trusted time and cannot be verified once its certificate expires.', { hint: 'Set `tsa-url` to a timestamp authority, or keep `tlog-upload: true`.' });
    }
}
/** Where a file's bundle goes: next to it, or in bundleDir under its base name. */
function bundlePathFor(file, bundleDir) {
    return bundleDir ? join(bundleDir, basename(file) + BUNDLE_SUFFIX) : file + BUNDLE_SUFFIX;
}
/**
 * A signing session: one key and certificate, plus the witnesses (Rekor, TSA)
 * that countersign every signature it makes.
 */
class SigningSession {
    signer;
    retry;
    witnesses = [];
    constructor(opts) {
        checkServiceOptions(opts, !!opts.key);
        this.retry = (0,util_retry/* retryPolicy */.Jb)({ retries: opts.retries });
        const retry = (0,util_retry/* fetchRetryOptions */.zg)(this.retry);
        this.signer = opts.key ?? new KeylessSigner({ fulcioURL: opts.fulcioURL, getToken: opts.getToken, timeoutMs: opts.timeoutMs, retry: this.retry });
        if (opts.tlogUpload) {
            this.witnesses.push({
                service: 'rekor',
                url: opts.rekorURL,
                witness: new sign_dist/* RekorWitness */.fU({
                    rekorBaseURL: opts.rekorURL,
                    majorApiVersion: opts.rekorVersion ?? 1,
                    fetchOnConflict: true,
                    timeout: opts.timeoutMs,
                    retry
                })
            });
        }
        if (opts.tsaURL) {
            this.witnesses.push({ service: 'tsa', url: opts.tsaURL, witness: new sign_dist/* TSAWitness */.gs({ tsaBaseURL: opts.tsaURL, timeout: opts.timeoutMs, retry }) });
        }
    }
    /** The certificate (keyless; requested once per session) or the key's public half. */
    async identity() {
        if (this.signer instanceof KeylessSigner) {
            const certificate = await this.signer.certificate();
            return { certificate, publicKeyPEM: certificate.pem };
        }
        return { keyHint: this.signer.hint, publicKeyPEM: this.signer.publicKeyPEM };
    }
    /** Fulcio certificate requests made so far (0 with a key). */
    get certificateRequests() {
        return this.signer instanceof KeylessSigner ? this.signer.certificateRequests : 0;
    }
    /** Signs a SHA-256 message digest and returns the witnessed v0.3 bundle. */
    async signDigest(digest) {
        const id = await this.identity();
        const signature = await this.signer.signDigest(digest);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({ digest, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return bundle;
    }
    /**
     * Signs a whole artifact held in memory: the same message signature as
     * signDigest over its SHA-256, made natively over the bytes (much cheaper
     * than signing a bare digest, which needs a pure-JS ECDSA).
     */
    async signBytes(data) {
        const id = await this.identity();
        const digest = (0,external_node_crypto_.createHash)('sha256').update(data).digest();
        const signature = await this.signer.sign(data);
        const bundle = (0,bundle_dist.toMessageSignatureBundle)({ digest, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return { bundle, digest };
    }
    /** Signs a payload as a DSSE envelope (e.g. an in-toto statement) and returns the witnessed v0.3 bundle. */
    async signDSSE(payload, payloadType) {
        const id = await this.identity();
        const signature = await this.signer.sign(dist.dsse.preAuthEncoding(payloadType, payload));
        const bundle = (0,bundle_dist.toDSSEBundle)({ artifact: payload, artifactType: payloadType, signature, ...material(id) });
        await this.witness(bundle, id.publicKeyPEM);
        return bundle;
    }
    async witness(bundle, certPEM) {
        const materials = await Promise.all(this.witnesses.map(async ({ service, url, witness }) => {
            try {
                return await (0,util_retry/* retryBrokenReplies */.Gg)(async () => {
                    const material = await witness.testify(bundle.content, certPEM);
                    if (service === 'tsa')
                        checkTimestamps(material.rfc3161Timestamps ?? [], signatureOf(bundle));
                    return material;
                }, this.retry);
            }
            catch (err) {
                throw describeServiceError(service, url, err);
            }
        }));
        for (const m of materials) {
            bundle.verificationMaterial.tlogEntries.push(...(m.tlogEntries ?? []));
            bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.push(...(m.rfc3161Timestamps ?? []));
        }
    }
}
/** The bytes a timestamp authority timestamps: the signature itself. */
function signatureOf(bundle) {
    const c = bundle.content;
    return c.$case === 'dsseEnvelope' ? c.dsseEnvelope.signatures[0].sig : c.messageSignature.signature;
}
/**
 * A timestamp authority's answer must be a granted RFC 3161 timestamp over
 * this signature. Anything else (a proxy's error page served as 200, another
 * request's token) is treated as a broken reply and asked for again, rather
 * than written into a bundle that would fail verification later.
 */
function checkTimestamps(timestamps, signature) {
    if (timestamps.length === 0)
        throw new errors/* BrokenReplyError */.Kd('no timestamp in the answer');
    for (const { signedTimestamp } of timestamps) {
        let ts;
        try {
            ts = dist.RFC3161Timestamp.parse(Buffer.from(signedTimestamp));
            if (ts.status !== 0n && ts.status !== 1n)
                throw new Error(`status ${ts.status}`);
            ts.tstInfo.verify(signature);
        }
        catch (err) {
            throw new errors/* BrokenReplyError */.Kd(`not a timestamp of this signature (${err.message})`, { cause: err });
        }
    }
}
/** The bundle's verification material: the certificate, or the key hint. */
function material(id) {
    return id.certificate ? { certificate: id.certificate.der } : { keyHint: id.keyHint ?? '' };
}
/**
 * Where each file's bundle goes, checked before anything is signed: no
 * bundle may overwrite a subject, and no two files may share a bundle path.
 */
function planBundles(files, bundleDir) {
    const targets = files.map(f => ({ file: f, bundlePath: bundlePathFor(f.path, bundleDir) }));
    checkBundleTargets(targets, bundleDir);
    return targets;
}
/**
 * Signs every file with one certificate: each is signed (small files over
 * their bytes, larger ones over their streamed digest) and countersigned by
 * Rekor and the TSA. Nothing is written: the caller writes the bundles
 * (writeBundles) once everything else in its step has succeeded, so a failed
 * step leaves no bundle behind.
 */
async function signFileBundles(targets, session, concurrency = 16) {
    const bundles = [];
    const signed = await mapLimit(targets, concurrency, async ({ file, bundlePath }, i) => {
        const { digest, bundle } = await signFile(session, file.path);
        bundles[i] = { path: bundlePath, data: JSON.stringify(bundleToJSON(bundle)) + '\n' };
        return { subject: file.name, path: file.path, sha256: digest.toString('hex'), bundlePath, ...logFacts(bundle) };
    });
    return { files: signed, bundles };
}
/** Signs one file: small ones from memory (native signature), large ones by their streamed digest. */
async function signFile(session, path) {
    // Only for signers that could sign the digest as well, so whether a file can be signed never depends on its size.
    const data = session.signer.canSignDigest ? await readSmallFile(path) : undefined;
    if (data)
        return session.signBytes(data);
    const digest = await sha256File(path);
    return { digest, bundle: await session.signDigest(digest) };
}
/** Writes the bundles of signed files, all or none. */
async function writeBundles(pending) {
    await writeFilesAtomic(pending.bundles);
    return pending.files;
}
function checkBundleTargets(targets, bundleDir) {
    const subjects = new Set(targets.map(t => t.file.path));
    const seen = new Map();
    for (const { file, bundlePath } of targets) {
        if (subjects.has(bundlePath)) {
            throw new SealError('INPUT_INVALID', `The bundle for ${file.name} would overwrite the subject ${bundlePath}.`, {
                hint: 'Exclude *.sigstore.json files from `subject-path`, or set `bundle-dir`.'
            });
        }
        const other = seen.get(bundlePath);
        if (other) {
            throw new SealError('INPUT_INVALID', `${other} and ${file.name} would both write ${bundlePath}${bundleDir ? ' in `bundle-dir`' : ''}.`, {
                hint: 'Files with the same name need separate bundle directories: leave `bundle-dir` empty to write each bundle next to its file.'
            });
        }
        seen.set(bundlePath, file.name);
    }
}

// EXTERNAL MODULE: ./src/core/trust/signing-config.ts
var signing_config = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/core/sign/instance.ts
var sign_instance = __webpack_require__(58622);
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
        return { session: new SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    if (inputs.key) {
        ctx.onSecret?.(inputs.key);
        if (inputs.keyPassword)
            ctx.onSecret?.(inputs.keyPassword);
        const key = await keyFromInput(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await KeySigner.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new KeySigner(readPlainPrivateKey(key, 'key'), 'the key in `key`');
        return { session: new SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined, instance };
    }
    let source = token?.source;
    const session = new SigningSession({
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
