export const id = 207;
export const ids = [207];
export const modules = {

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubInstance: () => (/* binding */ githubInstance),
  prepareSession: () => (/* binding */ prepareSession),
  resolveServices: () => (/* binding */ resolveServices)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/keys/input.ts
/**
 * The `key` input of the sign and verify steps: the key text itself, or a
 * path (relative to the workspace) to a file holding it.
 */



/** A bare base64 public key (a PEM body without its armour) is long and has nothing else in it. */
const BASE64_KEY = /^[A-Za-z0-9+/=\s]{40,}$/;
/**
 * The key text `value` holds or names. A private key's value is never
 * quoted in the error (it may be the key); a public key's start is, since
 * a mistyped path is the usual cause.
 */
async function keyFromInput(value, cwd, kind) {
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

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(3431);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(6382);
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
const encrypted_COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
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

;// CONCATENATED MODULE: ./src/core/keys/pem.ts
/**
 * PEM framing (RFC 7468): blocks of base64 between BEGIN/END lines. Only the
 * framing lives here; what the DER inside means is decided by the callers.
 */

const LABEL = /^[A-Z0-9][A-Z0-9 ]*$/;
const DASHES = '-----';
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** True when the text holds at least one PEM BEGIN line. */
function pem_looksLikePEM(text) {
    return text.includes('-----BEGIN ');
}
/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
function pem_decodePemBlocks(text, what) {
    const blocks = [];
    for (const { type, inner, endType } of framedBlocks(text)) {
        if (type !== endType) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`);
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
            throw new errors/* SealError */.EM('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`);
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
function pem_encodePem(type, der) {
    const body = Buffer.from(der).toString('base64');
    const lines = [];
    for (let i = 0; i < body.length; i += 64)
        lines.push(body.slice(i, i + 64));
    return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}
/** Decodes base64 text that may be wrapped over lines; undefined unless it is strictly base64. */
function pem_decodeBase64Text(text) {
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
function pem_isSingleDER(der) {
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

;// CONCATENATED MODULE: ./src/core/keys/public.ts
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
function public_keyKind(key, what) {
    const type = key.asymmetricKeyType;
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
        const kind = CURVES[curve];
        if (!kind)
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is an ECDSA key on the curve ${curve}; use P-256, P-384 or P-521`);
        return kind;
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS)
            throw new errors/* SealError */.EM('KEY_INVALID', `${what} is a ${bits}-bit RSA key; use at least ${MIN_RSA_BITS} bits`);
        return 'rsa';
    }
    if (type === 'ed25519')
        return 'ed25519';
    throw new errors/* SealError */.EM('KEY_INVALID', `${what} is a ${type ?? 'unknown'} key; use ECDSA (P-256, P-384, P-521), RSA or Ed25519`);
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
function public_matchingPublicKey(privateKey, what) {
    let publicKey;
    let matches = false;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
        const probe = Buffer.from('seal: does this public key belong to this private key?');
        const hash = signatureHash(privateKey, 'sha256');
        matches = (0,external_node_crypto_.verify)(hash, probe, publicKey, (0,external_node_crypto_.sign)(hash, probe, privateKey));
    }
    catch {
        matches = false;
    }
    if (!publicKey || !matches) {
        throw new errors/* SealError */.EM('KEY_INVALID', `${what} is damaged: its public key does not match its private key`, {
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
function public_publicKeyPEMOf(key) {
    return key.export({ format: 'pem', type: 'spki' }).toString();
}
/**
 * The key hint bundles carry for key-signed content: base64 of the SHA-256 of
 * the PKIX DER, as cosign computes it. Takes a KeyObject or PEM text.
 */
function keyHint(publicKey) {
    const key = typeof publicKey === 'string' ? (0,external_node_crypto_.createPublicKey)(publicKey) : publicKey;
    return (0,external_node_crypto_.createHash)('sha256').update(publicKeyDER(key)).digest('base64');
}
/**
 * Reads a public key from text: a PEM `PUBLIC KEY` (or `RSA PUBLIC KEY`), a
 * PEM `CERTIFICATE` (its key is used), or the base64 body of either alone.
 * Errors name `input` (the action input or flag the text came from).
 */
function parsePublicKey(text, input = 'key') {
    const what = `the public key in \`${input}\``;
    let key;
    if (looksLikePEM(text)) {
        const blocks = decodePemBlocks(text, `\`${input}\``);
        const block = blocks.find(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY' || b.type === 'CERTIFICATE');
        if (!block) {
            const types = blocks.map(b => b.type);
            if (types.some(t => t.includes('PRIVATE KEY'))) {
                throw new SealError('KEY_INVALID', `\`${input}\` holds a private key, not a public key`, {
                    hint: 'Give the public key (cosign.pub). Never share or commit the private key.'
                });
            }
            throw new SealError('KEY_INVALID', `\`${input}\` holds no public key or certificate${types.length ? ` (found ${types.join(', ')})` : ''}`);
        }
        key = keyFromDER(block.der, block.type, what);
    }
    else {
        const der = decodeBase64Text(text);
        if (!der) {
            throw new SealError('KEY_INVALID', `\`${input}\` is neither a PEM public key nor base64 DER`, {
                hint: 'Give the contents of cosign.pub, with or without the BEGIN/END lines.'
            });
        }
        key = keyFromDER(der, undefined, what);
    }
    public_keyKind(key, what);
    return { publicKey: key, publicKeyPEM: public_publicKeyPEMOf(key) };
}
function keyFromDER(der, type, what) {
    if (!isSingleDER(der))
        throw new SealError('KEY_INVALID', `${what} cannot be parsed: its DER is cut short or has bytes after it`);
    if (type === 'CERTIFICATE')
        return certificateKey(der, what);
    if (type === 'RSA PUBLIC KEY')
        return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }), what);
    if (type === 'PUBLIC KEY')
        return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'spki' }), what);
    // A bare body: SubjectPublicKeyInfo is what cosign.pub holds; a certificate is the other common paste.
    try {
        return createPublicKey({ key: der, format: 'der', type: 'spki' });
    }
    catch {
        return certificateKey(der, what);
    }
}
function certificateKey(der, what) {
    return tryKey(() => new X509Certificate(der).publicKey, what);
}
function tryKey(fn, what) {
    try {
        return fn();
    }
    catch (err) {
        throw new SealError('KEY_INVALID', `${what} cannot be parsed: ${err.message}`, { cause: err });
    }
}

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
    const input = options.input ?? 'key';
    const what = `the key in \`${input}\``;
    if (!looksLikePEM(pem))
        throw new SealError('KEY_INVALID', `\`${input}\` is not a PEM file`);
    const blocks = decodePemBlocks(pem, `\`${input}\``);
    const block = blocks.find(b => IMPORTABLE[b.type] !== undefined);
    if (!block) {
        const types = blocks.map(b => b.type);
        if (types.some(isEncryptedType)) {
            throw new SealError('KEY_INVALID', `${what} is already encrypted (${types.find(isEncryptedType)}); import takes an unencrypted key`, {
                hint: types.includes(SIGSTORE_PRIVATE_KEY_PEM) || types.includes(COSIGN_PRIVATE_KEY_PEM)
                    ? 'This key is in cosign format already: use it as it is.'
                    : 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
            });
        }
        throw new SealError('KEY_INVALID', `\`${input}\` holds no private key${types.length ? ` (found ${types.join(', ')})` : ''}`, {
            hint: 'Give a PEM file with a PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY block.'
        });
    }
    if (block.headers['Proc-Type']) {
        throw new SealError('KEY_INVALID', `${what} is encrypted with a legacy PEM password (Proc-Type header)`, {
            hint: 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
        });
    }
    if (!isSingleDER(block.der))
        throw new SealError('KEY_INVALID', `${what} is not a valid ${block.type}: its DER is cut short or has bytes after it`);
    let privateKey;
    try {
        privateKey = createPrivateKey({ key: block.der, format: 'der', type: IMPORTABLE[block.type] });
    }
    catch (err) {
        throw new SealError('KEY_INVALID', `${what} is not a valid ${block.type}: ${err.message}`, { cause: err });
    }
    keyKind(privateKey, what);
    matchingPublicKey(privateKey, what);
    return sealKeyPair(privateKey, password, options.scrypt);
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
    if (!pem_looksLikePEM(pem)) {
        throw new errors/* SealError */.EM('KEY_INVALID', `\`${input}\` is not a PEM private key`, {
            hint: 'Give the contents of cosign.key (BEGIN ENCRYPTED SIGSTORE PRIVATE KEY).'
        });
    }
    const blocks = pem_decodePemBlocks(pem, `\`${input}\``);
    const block = blocks.find(b => b.type === encrypted_SIGSTORE_PRIVATE_KEY_PEM || b.type === encrypted_COSIGN_PRIVATE_KEY_PEM);
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
        hint: `Give a key in cosign format (${encrypted_SIGSTORE_PRIVATE_KEY_PEM} or ${encrypted_COSIGN_PRIVATE_KEY_PEM}).`
    });
}
function describe(privateKey, what) {
    const kind = public_keyKind(privateKey, what);
    const publicKey = public_matchingPublicKey(privateKey, what);
    return { privateKey, publicKey, publicKeyPEM: public_publicKeyPEMOf(publicKey), kind };
}

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
        this.kind = public_keyKind(privateKey, what);
        this.privateKey = privateKey;
        this.publicKey = public_matchingPublicKey(privateKey, what);
        this.publicKeyPEM = public_publicKeyPEMOf(this.publicKey);
        this.hint = keyHint(this.publicKey);
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
            throw new errors/* SealError */.EM('KEY_INVALID', `a ${this.kind === 'rsa' ? 'RSA' : 'Ed25519'} key cannot sign a precomputed digest; sign the data itself`, { hint: 'Use an ECDSA key (`seal generate-key-pair` makes P-256 keys) to sign large files as streams.' });
        }
        if (!DIGEST_LENGTHS.has(digest.length)) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `a digest to sign must be 32, 48 or 64 bytes long, got ${digest.length}`);
        }
        const curve = NOBLE[this.kind];
        return Buffer.from(curve.sign(digest, this.scalar, { prehash: false, format: 'der' }));
    }
    /** Signature over `data`: ECDSA and RSA PKCS#1 v1.5 with `hash` (SHA-256), pure Ed25519. */
    sign(data, hash = 'sha256') {
        return (0,external_node_crypto_.sign)(signatureHash(this.privateKey, hash), data, this.privateKey);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/core/oidc.ts




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
    const url = new URL(base);
    url.searchParams.set('audience', audience);
    return url.toString();
}
async function requestRunnerToken(base, bearer, req) {
    const url = runnerTokenURL(base, req.audience);
    const retries = req.retries ?? 3;
    const timeoutMs = req.timeoutMs ?? 30_000;
    let last = '';
    let asked = null;
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
            await (0,backoff/* sleep */.yy)((0,backoff/* retryDelay */.a2)(attempt, asked));
        asked = null;
        let res;
        try {
            res = await fetch(url, {
                headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
                signal: AbortSignal.timeout(timeoutMs)
            });
        }
        catch (err) {
            last = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
            continue;
        }
        if (res.ok) {
            // A reply cut short is retried like a failed connection.
            let body;
            try {
                body = await res.json();
            }
            catch (err) {
                last = `a reply that broke off (${err instanceof Error ? err.message : String(err)})`;
                continue;
            }
            const value = body?.value;
            if (typeof value !== 'string' || value === '') {
                throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', 'The runner OIDC endpoint answered without a token value.');
            }
            return value;
        }
        await res.body?.cancel();
        last = `HTTP ${res.status}`;
        asked = res.headers.get('retry-after');
        if (res.status === 401 || res.status === 403) {
            throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `The runner refused the OIDC token request (${last}).`, {
                hint: PERMISSION_HINT
            });
        }
        if (res.status < 500 && res.status !== 429)
            break;
    }
    throw new errors/* SealError */.EM('TOKEN_REQUEST_FAILED', `Could not get an OIDC token from the runner (${last}).`, {
        hint: 'The runner OIDC endpoint did not answer; re-run the job, or pass `identity-token`.'
    });
}

// EXTERNAL MODULE: ./src/core/sign.ts + 6 modules
var sign = __webpack_require__(2877);
;// CONCATENATED MODULE: ./src/core/signing-config.ts


/** A validity bound in ms: undefined when absent, NaN when present but not a time string. */
function time(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}
function isServiceURL(value) {
    if (typeof value !== 'string')
        return false;
    try {
        const { protocol } = new URL(value);
        return protocol === 'https:' || protocol === 'http:';
    }
    catch {
        return false;
    }
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
        throw new errors/* SealError */.EM('INPUT_INVALID', `${source} is not JSON: expected a Sigstore SigningConfig.`);
    }
    const mediaType = typeof json === 'object' && json !== null ? json.mediaType : undefined;
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.signingconfig')) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `${source} is not a Sigstore SigningConfig (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json).`);
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* SealError */.EM('INPUT_INVALID', `\`${input}\`: cannot read ${path} (${err.code ?? err}).`);
    }
    return parseSigningConfig(text, `\`${input}\` (${path})`);
}

;// CONCATENATED MODULE: ./src/core/signing-setup.ts









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
    const config = inputs.signingConfig ? await readSigningConfig((0,external_node_path_.resolve)(ctx.cwd, inputs.signingConfig)) : {};
    const preset = inputs.sigstore === 'github'
        ? { ...githubInstance(ctx.env.GITHUB_SERVER_URL), rekorURL: undefined, tlogUpload: false }
        : { fulcioURL: core_inputs/* PUBLIC_FULCIO_URL */.v, rekorURL: core_inputs/* PUBLIC_REKOR_URL */.wI, tsaURL: undefined, tlogUpload: true };
    const rekorURL = inputs.rekorURL ?? config.rekorURL ?? preset.rekorURL;
    const tlogUpload = inputs.tlogUpload ?? (inputs.signingConfig ? !!config.rekorURL : preset.tlogUpload);
    if (tlogUpload && !rekorURL) {
        throw new errors/* SealError */.EM('INPUT_INVALID', '`tlog-upload: true` needs a Rekor: set `rekor-url`.', {
            hint: "GitHub's Sigstore instance has no Rekor: leave `tlog-upload` unset with `sigstore: github`."
        });
    }
    return {
        fulcioURL: inputs.fulcioURL ?? config.fulcioURL ?? preset.fulcioURL,
        rekorURL: rekorURL ?? core_inputs/* PUBLIC_REKOR_URL */.wI,
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
        return (0,external_node_crypto_.createPrivateKey)(pem);
    }
    catch {
        throw new errors/* SealError */.EM('KEY_INVALID', '`key` holds no private key seal can read (cosign\'s encrypted format, or PKCS#8, SEC1 or PKCS#1 PEM).');
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
        const key = await keyFromInput(inputs.key, ctx.cwd, 'private');
        const signer = key.includes('ENCRYPTED')
            ? await KeySigner.fromEncryptedPEM(key, inputs.keyPassword ?? '', { input: 'key', passwordInput: 'key-password' })
            : new KeySigner(plainPrivateKey(key), 'the key in `key`');
        return { session: new sign.SigningSession({ ...services, key: signer }), services, tokenSource: () => undefined };
    }
    let source = token?.source;
    const session = new sign.SigningSession({
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
    return { session, services, tokenSource: () => source };
}


/***/ })

};
