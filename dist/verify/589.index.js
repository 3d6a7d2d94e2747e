export const id = 589;
export const ids = [589];
export const modules = {

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseBundle: () => (/* binding */ parseBundle),
  verifyBundle: () => (/* binding */ verifyBundle)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(3431);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/digest.ts





/**
 * Largest read. Small enough that the chunk just copied from the page cache
 * is still in the CPU cache when it is hashed (4 MiB reads measured ~10% more
 * CPU, all of it memory traffic), large enough that syscalls stay negligible.
 */
const READ_SIZE = 256 * 1024;
/** Smallest buffer, for files that report no size (pipes, /proc) or are tiny. */
const MIN_READ_SIZE = 16 * 1024;
/**
 * A synchronous read slower than this (256 MB/s) did not come from the page
 * cache. After SLOW_STREAK such reads in a row — one alone may just be the
 * thread losing its core on a busy machine — the rest of the file is read
 * asynchronously, overlapping the disk and the hash.
 */
const SLOW_READ_MS = 1;
const SLOW_STREAK = 4;
/** Synchronous reads yield to the event loop after this many bytes (about a millisecond of hashing). */
const YIELD_BYTES = 1024 * 1024;
/**
 * Hashes a file with one or more algorithms in a single pass, in constant
 * memory (at most two buffers of READ_SIZE, smaller for small files).
 *
 * Files in the page cache — what a build just wrote or a job just downloaded —
 * are read synchronously in L2-sized chunks, on the thread that hashes them:
 * no thread-pool hand-off, the bytes still in cache when hashed, and less CPU
 * than `openssl dgst`. The event loop gets a turn every megabyte. Once reads
 * are consistently slow (the disk, not the cache), the rest is read asynchronously
 * and double-buffered: the next read fills one buffer in libuv's thread pool
 * while the hashes consume the other, so the disk time overlaps the hashing.
 * Chunks are hashed in place, never copied, and reads stay sequential (so
 * files that cannot seek work too).
 */
async function digestFile(path, algorithms, options = {}) {
    const hashes = algorithms.map(alg => (0,external_node_crypto_.createHash)(alg));
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        await hashHandle(handle, hashes, bufferSizeFor(size), options.slowReadMs ?? SLOW_READ_MS);
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
    const out = {};
    algorithms.forEach((alg, i) => {
        out[alg] = hashes[i].digest();
    });
    return out;
}
/**
 * Files up to this size are read whole where that saves work: a signature
 * made or checked natively over the bytes costs far less than a pure-JS
 * ECDSA over a precomputed digest. Larger files are only ever streamed.
 */
const WHOLE_READ_LIMIT = 1024 * 1024;
/** The whole content of a file of at most WHOLE_READ_LIMIT bytes; undefined for a larger one. */
async function readSmallFile(path) {
    const handle = await openForReading(path);
    try {
        const { size } = await handle.stat();
        // (A file that grows past the limit while it is read is still returned whole, as read.)
        return size > WHOLE_READ_LIMIT ? undefined : await handle.readFile();
    }
    catch (err) {
        throw readError(path, err);
    }
    finally {
        await handle.close();
    }
}
async function openForReading(path) {
    try {
        return await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* SealError */.EM('SUBJECT_NOT_FOUND', `cannot read ${path}: ${err.code ?? err}`, { cause: err });
    }
}
function readError(path, err) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    return new errors/* SealError */.EM('IO_ERROR', `cannot read ${path}: ${err.code ?? err.message}`, { cause: err });
}
/** Digests of bytes already in memory. */
function digestBytes(data, algorithms) {
    const out = {};
    for (const alg of algorithms)
        out[alg] = (0,external_node_crypto_.createHash)(alg).update(data).digest();
    return out;
}
async function sha256File(path) {
    return (await digestFile(path, ['sha256'])).sha256;
}
/**
 * The read size for a file of `size` bytes: one byte more than the file (so
 * the first read of a file that fits also sees the end), between 16 KiB and
 * READ_SIZE.
 */
function bufferSizeFor(size) {
    if (!Number.isFinite(size) || size <= 0)
        return MIN_READ_SIZE;
    return Math.min(READ_SIZE, Math.max(MIN_READ_SIZE, size + 1));
}
async function hashHandle(handle, hashes, bufferSize, slowReadMs) {
    const first = Buffer.allocUnsafe(bufferSize);
    let sinceYield = 0;
    let slowStreak = 0;
    while (slowReadMs >= 0 && slowStreak < SLOW_STREAK) {
        const started = performance.now();
        const bytesRead = (0,external_node_fs_.readSync)(handle.fd, first, 0, bufferSize, null);
        slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0;
        if (bytesRead === 0)
            return;
        update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead));
        sinceYield += bytesRead;
        if (sinceYield >= YIELD_BYTES) {
            sinceYield = 0;
            await (0,external_node_timers_promises_.setImmediate)();
        }
    }
    await hashOverlapped(handle, hashes, first);
}
/** Double-buffered asynchronous reads: one buffer is filled while the other is hashed. */
async function hashOverlapped(handle, hashes, first) {
    const size = first.length;
    const buffers = [first];
    let current = 0;
    let pending = handle.read(first, 0, size, null);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                return;
            const filled = buffers[current];
            if (bytesRead < size) {
                // A short read is (almost always) the end of the file: hash it and read
                // again into the same buffer, so a small file needs a single buffer.
                update(hashes, filled.subarray(0, bytesRead));
                pending = handle.read(filled, 0, size, null);
                continue;
            }
            // Start the next read into the other buffer before hashing this one.
            current ^= 1;
            buffers[current] ??= Buffer.allocUnsafe(size);
            pending = handle.read(buffers[current], 0, size, null);
            update(hashes, filled);
        }
    }
    finally {
        // Never close the handle under a read still in flight (only reachable if hashing threw).
        await pending.catch(() => undefined);
    }
}
function update(hashes, chunk) {
    for (const h of hashes)
        h.update(chunk);
}
/** Parses `sha256:<hex>` (or sha384/sha512). Returns undefined when the text is not a digest. */
function parseDigest(text) {
    const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const algorithm = m[1];
    const expectedLength = { sha256: 64, sha384: 96, sha512: 128 }[algorithm];
    if (m[2].length !== expectedLength)
        return undefined;
    return { algorithm, digest: Buffer.from(m[2], 'hex') };
}

// EXTERNAL MODULE: ./src/core/keys/public.ts
var keys_public = __webpack_require__(4395);
;// CONCATENATED MODULE: ./src/core/verify.ts
/**
 * Bundle verification on top of @sigstore/verify.
 *
 * The library's Verifier checks the certificate chain, SCTs, timestamps, the
 * transparency-log inclusion (SET / proof + checkpoint) and the tlog body. This
 * module adds what it leaves to callers:
 *   - the artifact: streamed once for message signatures (the signature is then
 *     checked over the digest, so a large file is never held in memory), and
 *     matched against the in-toto subjects for DSSE bundles;
 *   - the identity policy, with exact "expected …, found …" messages;
 *   - key-based verification with a caller-supplied public key;
 *   - error codes and hints that say what to change.
 *
 * Certificates after the leaf in a v0.1/v0.2 `x509CertificateChain` are ignored,
 * as the bundle spec and sigstore-js do: trust comes from the trusted root alone.
 * (Real 2023 npm provenance bundles carry the Fulcio root there, so rejecting a
 * chain that includes a root would reject genuine bundles.)
 */










const BUNDLE_MEDIA_TYPES = new Set([
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json'
]);
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Parses bundle JSON. Bundles v0.1 to v0.3 are accepted (v0.1 bundles, as found
 * in older npm provenance, carry an inclusion promise instead of a proof and
 * still verify). `source` names the bundle (a path or an input) in errors.
 */
function parseBundle(json, source) {
    let obj;
    try {
        obj = JSON.parse(json);
    }
    catch (err) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not valid JSON (truncated or corrupted?): ${err.message}`, {
            cause: err
        });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a Sigstore bundle: expected a JSON object`);
    }
    const mediaType = obj.mediaType;
    if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a supported Sigstore bundle: mediaType ${mediaType === undefined ? 'is missing' : JSON.stringify(mediaType)}`, { hint: 'seal reads Sigstore bundles v0.1 to v0.3 (application/vnd.dev.sigstore.bundle…).' });
    }
    try {
        return (0,dist/* bundleFromJSON */.vw)(obj);
    }
    catch (err) {
        const fields = err.fields;
        const detail = Array.isArray(fields) && fields.length > 0 ? `invalid ${fields.join(', ')}` : err.message;
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a valid Sigstore bundle: ${detail}`, { cause: err });
    }
}
async function verifyBundle(bundle, artifact, expect, trust, options = {}) {
    const material = trustMaterialFor(bundle, expect, trust);
    // Cheap checks of what the signatures below do not cover, before the costly ones.
    checkLeafIsDER(bundle);
    checkProofsMatchCheckpoints(bundle);
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(withUsableTlogEntries(bundle));
    }
    catch (err) {
        if (err instanceof errors/* SealError */.EM)
            throw err;
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the bundle's certificate or timestamp cannot be parsed: ${err.message}`, {
            cause: err
        });
    }
    const content = bundle.content;
    let sha256;
    let checkSubject;
    if (content.$case === 'messageSignature') {
        const prepared = await prepareMessageSignature(content.messageSignature, artifact);
        entity = { ...entity, signature: prepared.signature };
        sha256 = prepared.sha256;
    }
    else {
        const env = content.dsseEnvelope;
        const digests = await artifactDigests(artifact, subjectAlgorithms(env.payloadType, env.payload));
        sha256 = digests.sha256?.toString('hex');
        checkSubject = () => matchSubject(env.payloadType, env.payload, digests, describeArtifact(artifact));
    }
    let signer;
    try {
        // A shared verifier only serves identity-based trust; a caller's key gets a verifier of its own.
        const verifier = options.verifier && material === trust.material ? options.verifier : new verify_dist/* Verifier */.BL(material, options);
        signer = verifier.verify(entity);
    }
    catch (err) {
        throw unknownAuthority(bundle, trust) ?? toSealError(err, trust);
    }
    // Only for an authentic envelope: a subject mismatch then really means "another artifact".
    checkSubject?.();
    const identity = signer.identity?.subjectAlternativeName;
    const issuer = signer.identity?.extensions?.issuer;
    if ('policy' in expect)
        expect.policy.check({ identity, issuer });
    const result = {
        bundleType: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
        ...definedOnly({ identity, issuer, sha256, ...verifiedLogFacts(bundle) })
    };
    const cert = leafCertificate(bundle);
    if (cert)
        result.certificatePEM = core_dist.pem.fromDER(Buffer.from(cert));
    return result;
}
/* ------------------------------------------------------------------ keys -- */
function trustMaterialFor(bundle, expect, trust) {
    const vm = bundle.verificationMaterial.content;
    if ('publicKeyPEM' in expect) {
        if (vm.$case !== 'publicKey') {
            throw new errors/* SealError */.EM('KEY_INVALID', 'the bundle is signed with a Fulcio certificate, not a public key: verify it with a certificate identity instead of a key');
        }
        let key;
        try {
            key = external_node_crypto_default().createPublicKey(expect.publicKeyPEM);
        }
        catch (err) {
            throw new errors/* SealError */.EM('KEY_INVALID', `the given public key is not a valid PEM public key: ${err.message}`, {
                cause: err
            });
        }
        // The bundle's key hint is only a lookup aid: the caller's key is the one to trust.
        return (0,verify_dist/* toTrustMaterial */.jO)(trust.trustedRoot, () => ({ publicKey: key, validFor: () => true }));
    }
    if (vm.$case === 'publicKey') {
        const hint = vm.publicKey.hint ? ` (key hint ${JSON.stringify(vm.publicKey.hint)})` : '';
        throw new errors/* SealError */.EM('KEY_INVALID', `the bundle is signed with a public key${hint}, not a Fulcio certificate, so it has no identity to check`, { hint: 'Verify it with that public key (the `--key` flag) instead of a certificate identity.' });
    }
    return trust.material;
}
/* ---------------------------------------------------------- bundle shape -- */
/**
 * Bundle v0.1 requires only an inclusion promise (SET); some v0.1 bundles also
 * carry an inclusion proof without a checkpoint, which cannot be verified (and
 * which @sigstore/verify cannot process). Such a proof is dropped when a SET is
 * present; without a SET the entry is rejected.
 */
function withUsableTlogEntries(bundle) {
    const entries = bundle.verificationMaterial.tlogEntries;
    if (entries.every(entry => !entry.inclusionProof || entry.inclusionProof.checkpoint))
        return bundle;
    const usable = entries.map((entry, i) => {
        if (!entry.inclusionProof || entry.inclusionProof.checkpoint)
            return entry;
        if (!entry.inclusionPromise) {
            throw new errors/* SealError */.EM('TLOG_INVALID', `transparency log entry ${i} has an inclusion proof without a checkpoint and no inclusion promise`);
        }
        return { ...entry, inclusionProof: undefined };
    });
    return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: usable } };
}
/**
 * The signing certificate must be strict DER. The chain check covers only the
 * signed part (TBSCertificate) and the lenient ASN.1 reader accepts any tag
 * around it, so without this a bundle whose certificate bytes were altered
 * outside the signed part would verify, and seal would report those bytes.
 */
function checkLeafIsDER(bundle) {
    const der = leafCertificate(bundle);
    if (!der)
        return;
    try {
        new (external_node_crypto_default()).X509Certificate(Buffer.from(der));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', "the bundle's signing certificate is not a well-formed (DER) X.509 certificate");
    }
}
/** The signature lines of a signed note: `— <name> <base64>` each, nothing else. */
const NOTE_SIGNATURES = /^(?:\u2014 \S+ [A-Za-z0-9+/]+={0,2}\n)+$/;
/**
 * An inclusion proof is checked against its signed checkpoint, whose size and
 * root hash it also states: the two must agree, or the proof's own
 * `treeSize` and `rootHash` could say anything and the bundle would still
 * verify (Rekor's and sigstore-go's verifiers reject such a bundle too). The
 * checkpoint's signature section must hold only signature lines: text the
 * signatures do not cover has no place in it.
 */
function checkProofsMatchCheckpoints(bundle) {
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        const proof = entry.inclusionProof;
        const envelope = proof?.checkpoint?.envelope;
        if (!proof || !envelope)
            return;
        // The note is the text before the first blank line: origin, tree size, base64 root hash, extensions.
        const split = envelope.indexOf('\n\n');
        const [, size, hash] = envelope.slice(0, split + 1).trimEnd().split('\n');
        const consistent = sameInteger(size, proof.treeSize) && Buffer.from(hash ?? '', 'base64').equals(Buffer.from(proof.rootHash));
        if (!consistent || !NOTE_SIGNATURES.test(envelope.slice(split + 2))) {
            throw new errors/* SealError */.EM('TLOG_INVALID', consistent
                ? `transparency log entry ${i}: the checkpoint holds text besides its note and signatures`
                : `transparency log entry ${i}: the inclusion proof's tree size and root hash differ from its signed checkpoint`, { hint: 'The bundle was altered after it was logged.' });
        }
    });
}
function sameInteger(a, b) {
    try {
        return a !== undefined && BigInt(a) === BigInt(b);
    }
    catch {
        return false;
    }
}
/**
 * Log index, log ID and integrated time of the first transparency log entry,
 * as far as the verification vouches for them. An inclusion promise (SET)
 * signs the entry's index and integrated time; without one (Rekor v2) the
 * entry's own fields are unsigned, so the index comes from the inclusion
 * proof (checked against the signed checkpoint) and no integrated time is
 * reported.
 */
function verifiedLogFacts(bundle) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (!entry)
        return {};
    const promised = entry.inclusionPromise !== undefined;
    const facts = {
        logIndex: canonicalInteger(promised ? entry.logIndex : (entry.inclusionProof?.logIndex ?? entry.logIndex)),
        logId: Buffer.from(entry.logId.keyId).toString('hex')
    };
    const time = new Date(Number(entry.integratedTime) * 1000);
    if (promised && time.getTime() > 0)
        facts.integratedTime = time.toISOString();
    return facts;
}
/** `007` and ` 7` are signed as the number 7: report it as `7`. */
function canonicalInteger(text) {
    try {
        return BigInt(text).toString();
    }
    catch {
        return text;
    }
}
const MESSAGE_DIGEST_ALGORITHMS = {
    [protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512'
};
async function prepareMessageSignature(message, artifact) {
    const expected = message.messageDigest;
    if (!expected)
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the bundle has no message digest');
    const algorithm = MESSAGE_DIGEST_ALGORITHMS[expected.algorithm];
    if (!algorithm) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the bundle's message digest uses an unsupported algorithm (${protobuf_specs_dist.HashAlgorithm[expected.algorithm]})`);
    }
    let digest;
    let sha256;
    // A small file is read once and its signature checked natively over these very bytes.
    let data;
    if ('path' in artifact) {
        const algorithms = algorithm === 'sha256' ? ['sha256'] : [algorithm, 'sha256'];
        data = await readSmallFile(artifact.path);
        const digests = data ? digestBytes(data, algorithms) : await digestFile(artifact.path, algorithms);
        digest = digests[algorithm];
        sha256 = digests.sha256.toString('hex');
    }
    else {
        if (artifact.digest.algorithm !== algorithm) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `the bundle signs a ${algorithm} digest, but a ${artifact.digest.algorithm} digest was given: pass the artifact file or its ${algorithm} digest`);
        }
        digest = artifact.digest.value;
        if (algorithm === 'sha256')
            sha256 = digest.toString('hex');
    }
    if (!bufferEqual(expected.digest, digest)) {
        throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${describeArtifact(artifact)} differs from what was signed: its ${algorithm} is ${digest.toString('hex')}, the bundle signs ${Buffer.from(expected.digest).toString('hex')}`, { hint: 'Check that the bundle belongs to this file, and that the file was not modified after signing.' });
    }
    const path = 'path' in artifact ? artifact.path : undefined;
    return { signature: new PrehashedSignature(Buffer.from(message.signature), digest, algorithm, path, data), sha256 };
}
const NOBLE_CURVES = { prime256v1: nist/* p256 */.s9, secp384r1: nist/* p384 */.sL, secp521r1: nist/* p521 */.Bt };
/**
 * SignatureContent for a message signature whose artifact digest was computed
 * (and checked against the bundle) beforehand. With the artifact's bytes at
 * hand (a small file, read once), every key type is checked natively over
 * them; otherwise ECDSA signatures are verified over the digest itself, and
 * other key types need the artifact bytes, read only then.
 */
class PrehashedSignature {
    signature;
    digest;
    algorithm;
    path;
    data;
    constructor(signature, digest, algorithm, path, 
    /** The artifact itself, when small: the bytes `digest` was computed from. */
    data) {
        this.signature = signature;
        this.digest = digest;
        this.algorithm = algorithm;
        this.path = path;
        this.data = data;
    }
    compareSignature(signature) {
        return bufferEqual(signature, this.signature);
    }
    compareDigest(digest) {
        return bufferEqual(digest, this.digest);
    }
    compareSignedDigest(digest) {
        return this.compareDigest(digest);
    }
    verifySignature(key) {
        if (this.data)
            return verifyOver(this.data, this.algorithm, key, this.signature);
        if (key.asymmetricKeyType === 'ec') {
            const curveName = key.asymmetricKeyDetails?.namedCurve;
            const curve = curveName ? NOBLE_CURVES[curveName] : undefined;
            if (curve) {
                const jwk = key.export({ format: 'jwk' });
                const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
                try {
                    return curve.verify(this.signature, this.digest, point, { prehash: false, lowS: false, format: 'der' });
                }
                catch {
                    return false;
                }
            }
        }
        if (this.path === undefined) {
            throw new errors/* SealError */.EM('INPUT_INVALID', `the bundle was signed with a ${key.asymmetricKeyType ?? 'unknown'} key, which cannot be verified from a digest alone: pass the artifact file instead of its digest`);
        }
        // Fallback for RSA and EdDSA: the signature covers the whole artifact.
        return verifyOver((0,external_node_fs_.readFileSync)(this.path), this.algorithm, key, this.signature);
    }
}
/** A signature over whole data: hashed with `algorithm` (ECDSA, RSA), or pure (EdDSA). */
function verifyOver(data, algorithm, key, signature) {
    try {
        return external_node_crypto_default().verify((0,keys_public/* signatureHash */.bV)(key, algorithm), data, key, signature);
    }
    catch {
        return false;
    }
}
function bufferEqual(a, b) {
    return a.length === b.length && external_node_crypto_default().timingSafeEqual(a, b);
}
const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `the DSSE envelope holds ${JSON.stringify(payloadType)}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE}), so it names no artifact to match`);
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope is not valid JSON');
    }
    const subjects = statement?.subject;
    if (!Array.isArray(subjects)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope has no subject list');
    }
    return subjects
        .filter((s) => !!s && typeof s === 'object' && !!s.digest && typeof s.digest === 'object')
        .map(s => ({
        name: typeof s.name === 'string' ? s.name : undefined,
        digest: Object.fromEntries(Object.entries(s.digest)
            .filter((e) => typeof e[1] === 'string')
            .map(([alg, hex]) => [alg.toLowerCase(), hex.toLowerCase()]))
    }));
}
/** The digest algorithms the statement's subjects use (parse errors surface later, after the signature check). */
function subjectAlgorithms(payloadType, payload) {
    try {
        const used = new Set(parseStatement(payloadType, payload).flatMap(s => Object.keys(s.digest)));
        return SUBJECT_ALGORITHMS.filter(alg => used.has(alg));
    }
    catch {
        return [];
    }
}
async function artifactDigests(artifact, needed) {
    if ('digest' in artifact)
        return { [artifact.digest.algorithm]: artifact.digest.value };
    const algorithms = Array.from(new Set(['sha256', ...needed]));
    return digestFile(artifact.path, algorithms);
}
function matchSubject(payloadType, payload, digests, what) {
    const subjects = parseStatement(payloadType, payload);
    const ours = Object.entries(digests).map(([alg, value]) => [alg, value.toString('hex')]);
    const matches = subjects.some(subject => {
        const shared = ours.filter(([alg]) => subject.digest[alg] !== undefined);
        return shared.length > 0 && shared.every(([alg, hex]) => subject.digest[alg] === hex);
    });
    if (matches)
        return;
    const listed = subjects
        .slice(0, 3)
        .map(s => `${s.name ?? '(unnamed)'} ${Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`).join(' ')}`)
        .join('; ');
    const more = subjects.length > 3 ? `; and ${subjects.length - 3} more` : '';
    const sharesAlgorithm = subjects.some(s => ours.some(([alg]) => s.digest[alg] !== undefined));
    const hint = sharesAlgorithm
        ? 'Check that the attestation belongs to this artifact, and that the artifact was not modified after signing.'
        : `The statement lists no ${ours.map(([alg]) => alg).join('/')} digest: pass the artifact file, or a digest in the algorithm the statement uses.`;
    throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${what} (${ours.map(([alg, hex]) => `${alg}:${hex}`).join(', ')}) is not a subject of the attestation; its subjects are: ${listed || 'none'}${more}`, { hint });
}
/* ------------------------------------------------------------------ misc -- */
/** The object without its undefined properties (results are compared and serialized as they are). */
function definedOnly(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
function describeArtifact(artifact) {
    return 'path' in artifact ? `the file ${artifact.path}` : 'the artifact';
}
function leafCertificate(bundle) {
    const vm = bundle.verificationMaterial.content;
    switch (vm.$case) {
        case 'certificate':
            return vm.certificate.rawBytes;
        case 'x509CertificateChain':
            return vm.x509CertificateChain.certificates[0]?.rawBytes;
        default:
            return undefined;
    }
}
/** Maps @sigstore/verify errors to seal's codes, keeping the library's code for debugging. */
/**
 * The failure users meet most with private deployments: the signing
 * certificate was issued by a CA the trusted root does not hold. Said plainly,
 * with the inputs that set the root, instead of whichever check failed first.
 */
function unknownAuthority(bundle, trust) {
    const leafDER = leafCertificate(bundle);
    if (!leafDER)
        return undefined;
    let leaf;
    try {
        leaf = core_dist.X509Certificate.parse(Buffer.from(leafDER));
    }
    catch {
        return undefined;
    }
    const known = trust.trustedRoot.certificateAuthorities.some(ca => (ca.certChain?.certificates ?? []).some(c => {
        try {
            const issuer = core_dist.X509Certificate.parse(Buffer.from(c.rawBytes));
            return issuer.subject.equals(leaf.issuer) && leaf.verify(issuer);
        }
        catch {
            return false;
        }
    }));
    if (known)
        return undefined;
    return new errors/* SealError */.EM('CERTIFICATE_UNTRUSTED', `the signing certificate was signed by an unknown authority: no certificate authority in the trusted root (${trust.source}) issued it.`, {
        hint: "The bundle comes from another Sigstore deployment: set `trusted-root` to that deployment's trusted_root.json, or `fulcio-root` (SIGSTORE_ROOT_FILE) and `rekor-public-key` (SIGSTORE_REKOR_PUBLIC_KEY) to its PEM files, or `tuf-mirror` to its TUF repository."
    });
}
function toSealError(err, trust) {
    if (err instanceof errors/* SealError */.EM)
        return err;
    const libCode = typeof err?.code === 'string' ? err.code : undefined;
    const libMessage = err instanceof Error ? err.message : String(err);
    const detail = libCode ? `${libMessage} (${libCode})` : libMessage;
    const root = `the trusted root (${trust.source})`;
    let code = 'VERIFICATION_FAILED';
    let message = `verification failed: ${detail}`;
    let hint;
    if (libCode === 'CERTIFICATE_ERROR') {
        code = 'CERTIFICATE_UNTRUSTED';
        message = `the signing certificate is not trusted: ${detail}`;
        hint =
            `The certificate does not chain to a certificate authority in ${root} that was valid when it was signed, or its SCT does not verify. ` +
                "If the bundle comes from another Sigstore deployment (staging, GitHub's private instance), set `trusted-root` to that deployment's trusted_root.json.";
    }
    else if (libCode?.startsWith('TLOG_')) {
        code = 'TLOG_INVALID';
        message = `the transparency log entry does not verify: ${detail}`;
        const keyProblem = libCode === 'TLOG_INCLUSION_PROMISE_ERROR' ||
            (libCode !== 'TLOG_BODY_ERROR' && /signature|no matching|not found|key|log id/i.test(libMessage));
        hint = keyProblem
            ? `The Rekor key in ${root} may not match the log the bundle was written to; set \`trusted-root\` to the deployment's trusted_root.json.`
            : libCode === 'TLOG_BODY_ERROR'
                ? 'The bundle does not match what the transparency log recorded: it was altered after it was logged.'
                : 'The inclusion proof or checkpoint is inconsistent: the bundle may have been altered after it was logged.';
    }
    else if (libCode === 'SIGNATURE_ERROR') {
        code = 'SIGNATURE_INVALID';
        message = `the signature does not verify: ${detail}`;
        hint = 'The artifact or the bundle was modified after signing, the bundle belongs to another artifact, or (with `key`) another key made the signature.';
    }
    else if (libCode === 'TIMESTAMP_ERROR') {
        code = 'TIMESTAMP_INVALID';
        message = `the bundle's timestamps do not verify: ${detail}`;
        hint = `A timestamp must come from a timestamp authority in ${root}, or from a transparency log entry with an inclusion promise.`;
    }
    else if (libCode === 'PUBLIC_KEY_ERROR') {
        code = 'KEY_INVALID';
        message = `the signing key is not accepted: ${detail}`;
    }
    else if (libCode === 'UNTRUSTED_SIGNER_ERROR') {
        code = 'IDENTITY_MISMATCH';
        message = `the signer is not trusted: ${detail}`;
    }
    return new errors/* SealError */.EM(code, message, { hint, cause: err });
}


/***/ })

};
