export const id = 543;
export const ids = [543];
export const modules = {

/***/ 18456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 37742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 47714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 61040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.vw = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(18456);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __webpack_require__(37742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __webpack_require__(47714);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return error_1.ValidationError; } });
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __webpack_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(47714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 76989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   m: () => (/* binding */ parseDigest)
/* harmony export */ });
/* unused harmony exports READ_SIZE, WHOLE_READ_LIMIT, bufferSizeFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73093);





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
    const hashes = algorithms.map(alg => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg));
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM('SUBJECT_NOT_FOUND', `cannot read ${path}: ${err.code ?? err}`, { cause: err });
    }
}
function readError(path, err) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM)
        return err;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SealError */ .EM('IO_ERROR', `cannot read ${path}: ${err.code ?? err.message}`, { cause: err });
}
/** Digests of bytes already in memory. */
function digestBytes(data, algorithms) {
    const out = {};
    for (const alg of algorithms)
        out[alg] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(data).digest();
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
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, first, 0, bufferSize, null);
        slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0;
        if (bytesRead === 0)
            return;
        update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead));
        sinceYield += bytesRead;
        if (sinceYield >= YIELD_BYTES) {
            sinceYield = 0;
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setImmediate)();
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


/***/ }),

/***/ 46345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BatchVerifier)
/* harmony export */ });
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40843);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66177);


class BatchVerifier {
    trust;
    verifyOne;
    verifier;
    options;
    constructor(trust, options = {}, verifyOne = _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyBundle */ .I) {
        this.trust = trust;
        this.verifyOne = verifyOne;
        this.verifier = new _cache_js__WEBPACK_IMPORTED_MODULE_0__/* .CachingVerifier */ .Y(trust.material, options);
        this.options = { ...options, verifier: this.verifier };
    }
    /** Same contract as `verifyBundle(bundle, artifact, expect, trust, options)`. */
    verify(bundle, artifact, expect) {
        return this.verifyOne(bundle, artifact, expect, this.trust, this.options);
    }
    /** Whether any bundle went through the shared verifier (so its caches did their work). */
    get cacheUsed() {
        const s = this.verifier.stats;
        return s.certificateChecks + s.certificateHits + s.tsaChainChecks + s.tsaChainHits > 0;
    }
}


/***/ }),

/***/ 66177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ verifyBundle)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var errors = __webpack_require__(73093);
// EXTERNAL MODULE: ./src/core/formats/pem.ts
var pem = __webpack_require__(52038);
// EXTERNAL MODULE: ./src/core/formats/certificate.ts
var certificate = __webpack_require__(68375);
// EXTERNAL MODULE: ./src/core/verify/cache.ts + 2 modules
var cache = __webpack_require__(40843);
// EXTERNAL MODULE: ./src/core/subjects/digest.ts
var subjects_digest = __webpack_require__(76989);
// EXTERNAL MODULE: ./src/core/formats/intoto.ts
var intoto = __webpack_require__(10797);
;// CONCATENATED MODULE: ./src/core/verify/dsse.ts
/**
 * DSSE bundles: the envelope's in-toto statement names the artifacts it
 * covers, and the artifact must be one of its subjects.
 */



const SUBJECT_ALGORITHMS = ['sha256', 'sha384', 'sha512'];
function parseStatement(payloadType, payload) {
    if (payloadType !== intoto/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new errors/* SealError */.EM('VERIFICATION_FAILED', `the DSSE envelope holds ${JSON.stringify(payloadType)}, not an in-toto statement (${intoto/* IN_TOTO_PAYLOAD_TYPE */.T4}), so it names no artifact to match`);
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope is not valid JSON');
    }
    const type = statement?._type;
    if (typeof type !== 'string' || !intoto/* STATEMENT_TYPES */.eY.includes(type)) {
        throw new errors/* SealError */.EM('BUNDLE_MALFORMED', `the in-toto statement in the DSSE envelope has ${type === undefined ? 'no `_type`' : `the unknown \`_type\` ${JSON.stringify(type)}`}; expected ${intoto/* STATEMENT_TYPES */.eY.join(' or ')}`);
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
/** The artifact's digests: the one given, or the file's sha256 plus those the statement needs. */
async function artifactDigests(artifact, needed) {
    if ('digest' in artifact)
        return { [artifact.digest.algorithm]: artifact.digest.value };
    const algorithms = Array.from(new Set(['sha256', ...needed]));
    return (0,subjects_digest/* digestFile */.TM)(artifact.path, algorithms);
}
/**
 * Throws DIGEST_MISMATCH unless a subject of the statement has the artifact's
 * digest (every algorithm both list agrees). `what` names the artifact.
 */
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
        .map(s => `${s.name ?? '(unnamed)'} ${Object.entries(s.digest)
        .map(([alg, hex]) => `${alg}:${hex}`)
        .join(' ')}`)
        .join('; ');
    const more = subjects.length > 3 ? `; and ${subjects.length - 3} more` : '';
    const sharesAlgorithm = subjects.some(s => ours.some(([alg]) => s.digest[alg] !== undefined));
    const hint = sharesAlgorithm
        ? 'Check that the attestation belongs to this artifact, and that the artifact was not modified after signing.'
        : `The statement lists no ${ours.map(([alg]) => alg).join('/')} digest: pass the artifact file, or a digest in the algorithm the statement uses.`;
    throw new errors/* SealError */.EM('DIGEST_MISMATCH', `${what} (${ours.map(([alg, hex]) => `${alg}:${hex}`).join(', ')}) is not a subject of the attestation; its subjects are: ${listed || 'none'}${more}`, { hint });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/core/verify/material.ts
var verify_material = __webpack_require__(96688);
;// CONCATENATED MODULE: ./src/core/verify/errors.ts
/**
 * Verification failures as seal's errors: @sigstore/verify's error codes
 * mapped to seal's, with hints that say which input to change, and the most
 * common failure (a certificate from another deployment) said plainly.
 */



/**
 * The failure users meet most with private deployments: the signing
 * certificate was issued by a CA the trusted root does not hold. Said plainly,
 * with the inputs that set the root, instead of whichever check failed first.
 */
function unknownAuthority(bundle, trust) {
    const leafDER = (0,verify_material/* leafCertificate */.kP)(bundle);
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
/** The verifier's message when a bundle has fewer log entries than the threshold. */
const TOO_FEW_ENTRIES = /^expected (\d+) tlog entries, got (\d+)$/;
/** Maps @sigstore/verify errors to seal's codes, keeping the library's code for debugging. */
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
    else if (libCode === 'TLOG_ERROR' && TOO_FEW_ENTRIES.test(libMessage)) {
        const [, wanted, found] = TOO_FEW_ENTRIES.exec(libMessage) ?? [];
        code = 'TLOG_INVALID';
        message =
            found === '0'
                ? `the bundle has no transparency log entry, and ${wanted} ${wanted === '1' ? 'is' : 'are'} required`
                : `the bundle has ${found} transparency log entries that verify, and ${wanted} are required`;
        hint =
            'It was signed without uploading to a transparency log (`tlog-upload: false`). If that is expected, verify it with `insecure-ignore-tlog: true` (CLI `--insecure-ignore-tlog`) or a lower `tlog-threshold`.';
    }
    else if (libCode?.startsWith('TLOG_')) {
        code = 'TLOG_INVALID';
        message = `the transparency log entry does not verify: ${detail}`;
        const keyProblem = libCode === 'TLOG_INCLUSION_PROMISE_ERROR' || (libCode !== 'TLOG_BODY_ERROR' && /signature|no matching|not found|key|log id/i.test(libMessage));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(93431);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/core/keys/public.ts
var keys_public = __webpack_require__(4395);
;// CONCATENATED MODULE: ./src/core/verify/result.ts
/** How errors name the artifact. */
function describeArtifact(artifact) {
    return 'path' in artifact ? `the file ${artifact.path}` : 'the artifact';
}

;// CONCATENATED MODULE: ./src/core/verify/message.ts
/**
 * Message signatures: the artifact is streamed once and its digest checked
 * against the bundle's, and the signature is then checked over that digest
 * (or over the bytes of a small file, read once), so a large artifact is
 * never held in memory.
 */








const MESSAGE_DIGEST_ALGORITHMS = {
    [protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512'
};
/**
 * Checks the artifact against the bundle's message digest and returns the
 * signature to verify over it, with the artifact's sha256 when known.
 */
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
        data = await (0,subjects_digest/* readSmallFile */.EW)(artifact.path);
        const digests = data ? (0,subjects_digest/* digestBytes */.QN)(data, algorithms) : await (0,subjects_digest/* digestFile */.TM)(artifact.path, algorithms);
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

// EXTERNAL MODULE: ./src/core/verify/thresholds.ts
var thresholds = __webpack_require__(94945);
;// CONCATENATED MODULE: ./src/core/verify/tlog.ts

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
        const [, size, hash] = envelope
            .slice(0, split + 1)
            .trimEnd()
            .split('\n');
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

;// CONCATENATED MODULE: ./src/core/verify/bundle.ts












/**
 * Verifies a bundle over an artifact against the trust and the expectation
 * (an identity policy or a public key). Resolves to what the bundle proves;
 * rejects with a SealError saying what failed and what to change.
 */
async function verifyBundle(bundle, artifact, expect, trust, options = {}) {
    const material = (0,verify_material/* trustMaterialFor */.R7)(bundle, expect, trust);
    options = { ...options, timestampThreshold: options.timestampThreshold ?? (0,thresholds/* defaultTimestampThreshold */.p)('publicKeyPEM' in expect) };
    // Cheap checks of what the signatures below do not cover, before the costly ones.
    (0,verify_material/* checkLeafIsDER */.I2)(bundle);
    checkProofsMatchCheckpoints(bundle);
    let entity;
    try {
        entity = (0,dist/* toSignedEntity */.DC)(withUsableTlogEntries(bundle));
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
    let uncountedTimestamps = [];
    try {
        // A shared verifier only serves identity-based trust; a caller's key gets a verifier of its own.
        // seal's own orchestration (cache.ts) rather than the library's Verifier: it counts timestamps and matches checkpoints as other clients do.
        const verifier = options.verifier && material === trust.material ? options.verifier : sharedVerifier(material, options);
        if (verifier instanceof cache/* CachingVerifier */.Y)
            ({ signer, uncountedTimestamps } = verifier.verifyDetailed(entity));
        else
            signer = verifier.verify(entity);
    }
    catch (err) {
        throw unknownAuthority(bundle, trust) ?? toSealError(err, trust);
    }
    // Only for an authentic envelope: a subject mismatch then really means "another artifact".
    checkSubject?.();
    const identity = signer.identity?.subjectAlternativeName ?? (0,certificate/* otherNameIdentity */.Ip)((0,verify_material/* leafCertificate */.kP)(bundle));
    const issuer = signer.identity?.extensions?.issuer;
    if ('policy' in expect)
        expect.policy.check({ identity, issuer });
    const result = {
        bundleType: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
        ...definedOnly({ identity, issuer, sha256, ...verifiedLogFacts(bundle) })
    };
    if (uncountedTimestamps.length)
        result.uncountedTimestamps = uncountedTimestamps;
    const cert = (0,verify_material/* leafCertificate */.kP)(bundle);
    if (cert)
        result.certificatePEM = (0,pem/* encodePem */.TS)('CERTIFICATE', cert);
    return result;
}
/**
 * One CachingVerifier per trust material and thresholds, kept as long as the
 * material lives: bundles verified one by one against the same trust (a CLI
 * run, an action's subjects) share its certificate and TSA-chain memos, as a
 * BatchVerifier's bundles do. A caller's key is a material of its own, so it
 * gets a verifier of its own.
 */
const verifiers = new WeakMap();
function sharedVerifier(material, options) {
    const key = [options.ctlogThreshold, options.tlogThreshold, options.timestampThreshold].join('/');
    let byThresholds = verifiers.get(material);
    if (!byThresholds)
        verifiers.set(material, (byThresholds = new Map()));
    let verifier = byThresholds.get(key);
    if (!verifier)
        byThresholds.set(key, (verifier = new cache/* CachingVerifier */.Y(material, options)));
    return verifier;
}
/** The object without its undefined properties (results are compared and serialized as they are). */
function definedOnly(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 40843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ CachingVerifier)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/certificate.js
var certificate = __webpack_require__(38412);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/index.js
var dist_key = __webpack_require__(53771);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/timestamp/index.js
var dist_timestamp = __webpack_require__(27968);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/tlog/index.js
var tlog = __webpack_require__(38218);
;// CONCATENATED MODULE: ./src/core/verify/checkpoint.ts
/**
 * Checkpoint signatures matched by key, not by name.
 *
 * A signed checkpoint line reads `— <name> <base64(key hint ‖ signature)>`.
 * The name is whatever the log operator configured: public-good Rekor signs
 * under its host name, but a private deployment may sign under any label,
 * and a root built from PEM files (SIGSTORE_REKOR_PUBLIC_KEY) has no URL at
 * all. The trust is in the key: the first four bytes of the log ID (the
 * key's SHA-256) pick the log, and the log's public key must verify the
 * signature over the note. sigstore-go and sigstore-python match this way.
 *
 * @sigstore/verify additionally requires the log's `baseURL` to contain the
 * name, and rejects the checkpoint otherwise. Rather than patching the
 * library, seal verifies the signature itself first, by key hint; only for a
 * log whose key did verify a signature line does it hand the library a copy
 * of that log's authority whose `baseURL` is that line's name. The library
 * then re-checks the same signature with the same key, so its verdict is
 * still its own, and the name is used as the label it is. No other log and
 * no unverified line is relabelled: a checkpoint no trusted key signed fails
 * exactly as before.
 */

/** The signature lines of a checkpoint, as the library parses them. */
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g;
function noteSignatures(envelope) {
    const split = envelope.indexOf('\n\n');
    if (split < 0)
        return undefined;
    const note = Buffer.from(envelope.slice(0, split + 1), 'utf8');
    const signatures = [];
    for (const [, name, b64] of envelope.slice(split + 2).matchAll(SIGNATURE_LINE)) {
        const bytes = Buffer.from(b64, 'base64');
        if (bytes.length >= 5)
            signatures.push({ name, keyHint: bytes.subarray(0, 4), signature: bytes.subarray(4) });
    }
    return { note, signatures };
}
/**
 * The tlog authorities to verify `entry`'s inclusion with: `tlogs` itself, or,
 * when the entry's checkpoint is signed by one of them under a name its
 * `baseURL` does not contain, the same list with that log's authority
 * labelled with the verified name (see above).
 */
function checkpointAuthorities(entry, tlogs) {
    const envelope = entry.inclusionProof?.checkpoint?.envelope;
    if (!envelope)
        return tlogs;
    const parsed = noteSignatures(envelope);
    if (!parsed)
        return tlogs;
    const logID = Buffer.from(entry.logId.keyId);
    let changed = false;
    const labelled = tlogs.map(tlog => {
        // The library only consults the logs whose ID is the entry's.
        if (!tlog.logID.equals(logID))
            return tlog;
        const verified = parsed.signatures.find(sig => {
            if (!dist.crypto.bufferEqual(tlog.logID.subarray(0, 4), sig.keyHint))
                return false;
            try {
                return dist.crypto.verify(parsed.note, tlog.publicKey, sig.signature);
            }
            catch {
                return false;
            }
        });
        if (!verified || tlog.baseURL.includes(verified.name))
            return tlog;
        changed = true;
        return { ...tlog, baseURL: verified.name };
    });
    return changed ? labelled : tlogs;
}

;// CONCATENATED MODULE: ./src/core/verify/timestamps.ts
/**
 * Runs `check` (which throws when the token does not verify). True when the
 * token counts; otherwise false, with a line saying which token was left out
 * appended to `uncounted`. `index` is the token's position among the bundle's
 * RFC 3161 timestamps (`timestampVerificationData.rfc3161Timestamps`).
 */
function countTimestamp(check, token, index, uncounted) {
    try {
        check();
        return true;
    }
    catch (err) {
        uncounted.push(`RFC 3161 timestamp ${index + 1} (${describeToken(token)}): ${err instanceof Error ? err.message : String(err)}`);
        return false;
    }
}
function describeToken(token) {
    try {
        return `signed at ${token.signingTime.toISOString()}`;
    }
    catch {
        return 'signing time unreadable';
    }
}

;// CONCATENATED MODULE: ./src/core/verify/cache.ts
/*
 * Upstream internals. This module imports @sigstore/verify's dist/ modules,
 * which are not its public API, so package.json pins @sigstore/verify to one
 * exact version (test/core/verify/pin.test.ts fails when the installed one
 * differs). It uses:
 *   - dist/key/certificate.js: `CertificateChainVerifier`, constructed with
 *     { untrustedCert, trustedCerts, timestamp } and throwing from verify();
 *   - dist/key/index.js: `verifyCertificate(leaf, timestamps, material)`
 *     returning { signer, scts }, `verifyPublicKey(hint, timestamps,
 *     material)`, and the type `CertificateVerificationResult`;
 *   - dist/timestamp/index.js: `getTLogTimestamp(entry)` and the type
 *     `TimestampVerificationResult`;
 *   - dist/tlog/index.js: `verifyTLogInclusion(entry, tlogs)` and
 *     `verifyTLogBody(entry, signature)`;
 *   - dist/trust/index.js: the type `CertAuthority`.
 * Before moving the pin, check in the new version that these modules still
 * export these names with these signatures; that `Verifier.verify`
 * (dist/verifier.js) still runs the same steps in the same order, with the
 * same thresholds, duplicate checks and error codes, as `verify` below; that
 * `verifyRFC3161Timestamp` (dist/timestamp/tsa.js) still filters and checks
 * as `verifyRFC3161` below does; and that `verifyCertificate` looks at a
 * timestamp only through the CA validity windows (`filterCertAuthorities`)
 * and the certificates' `validForDate`, since the memo key (`timeClass`)
 * captures exactly those. Any new time-dependent test, step or option there
 * has to be mirrored here, or the cache could return a stale verdict.
 */
/**
 * A drop-in for @sigstore/verify's `Verifier` that remembers the work bundles
 * of one step share.
 *
 * A step signs every subject with one Fulcio certificate and stamps them with
 * one timestamp authority, so verifying a batch repeats the same expensive
 * checks for every bundle: the certificate chain to a Fulcio CA (the library
 * re-encodes certificates on each comparison, which costs milliseconds per
 * bundle), the certificate's SCTs, and the TSA's own certificate chain. Those
 * results depend on the certificate and the trusted root alone, plus a few
 * validity-window comparisons against each bundle's timestamps, so this class
 * computes them once per distinct input and redoes the per-bundle checks
 * (timestamps, transparency log inclusion and body, the signature) every time.
 *
 * Soundness, check by check (the library's own functions do every check; only
 * the orchestration of `Verifier.verify` is repeated here, step for step):
 *
 *  - Signing certificate. `verifyCertificate(leaf, timestamps, material)` is a
 *    pure function of the leaf certificate, the trust material and, for each
 *    timestamp t, the outcome of two kinds of time test: whether each
 *    certificate authority's validity window contains t
 *    (`filterCertAuthorities`) and whether each certificate that can appear in
 *    a path (the CA chains' certificates and the leaf) is valid at t
 *    (`validForDate`). Path building, signature checks, name chaining, CA and
 *    path-length constraints and the SCTs (checked at the SCT's own time) do
 *    not look at t. The memo key is therefore the leaf's DER plus, per
 *    timestamp in order, the bit vector of those time tests: two calls with
 *    equal keys take the same branches and return the same result, or throw.
 *    A bundle whose timestamps fall in another window gets a fresh, full check.
 *  - TSA timestamps. Each token's own signature, its message imprint over this
 *    bundle's signature and the signer's serial/issuer match are verified per
 *    bundle. Only the TSA certificate chain check (`CertificateChainVerifier`
 *    over a chain that comes entirely from the trusted root) is remembered, per
 *    authority and per bit vector of `validForDate` over that chain.
 *  - Transparency log entries and the artifact signature: verified per bundle,
 *    exactly as the library does.
 *
 * The caches hold results for one trust material (the one given to the
 * constructor) and never expire within the process; a step verifies against
 * one trusted root, so that is the lifetime wanted.
 *
 * Two steps deliberately differ from `Verifier.verify`, as sigstore-go and
 * sigstore-python do them, and seal runs this class for every bundle (a
 * fresh one when nothing is shared) so that one set of rules applies:
 *  - an RFC 3161 token that does not verify is not counted (timestamps.ts)
 *    instead of failing the bundle; the threshold still decides;
 *  - a checkpoint is matched to its log by the key that signed it, its
 *    signer name being a label (checkpoint.ts).
 */









function windowOf(cert) {
    return { start: cert.notBefore.getTime(), end: cert.notAfter.getTime() };
}
/** `validForDate` on numbers: NaN (an invalid date) compares false either way, as with Dates. */
function within(w, t) {
    return w.start <= t && t <= w.end;
}
class CachingVerifier {
    material;
    stats = { certificateChecks: 0, certificateHits: 0, tsaChainChecks: 0, tsaChainHits: 0 };
    options;
    /** Windows of every certificate in the Fulcio CA chains, in a fixed order. */
    caCertWindows;
    leafWindows = new WeakMap();
    leafKeys = new WeakMap();
    certificates = new Map();
    tsaChains = new Map();
    tsaKeys = new Map();
    constructor(material, options = {}) {
        this.material = material;
        this.options = {
            ctlogThreshold: options.ctlogThreshold ?? 1,
            tlogThreshold: options.tlogThreshold ?? 1,
            timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1
        };
        this.caCertWindows = material.certificateAuthorities.flatMap(ca => ca.certChain.map(windowOf));
    }
    /** Same contract as `Verifier.verify(entity)`: the signer, or a VerificationError. */
    verify(entity) {
        return this.verifyDetailed(entity).signer;
    }
    /**
     * `verify`, also saying which RFC 3161 timestamps did not verify and so were
     * not counted against the timestamp threshold (see timestamps.ts).
     */
    verifyDetailed(entity) {
        const uncountedTimestamps = [];
        const timestamps = this.verifyTimestamps(entity, uncountedTimestamps);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        if (!entity.signature.verifySignature(signer.key)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'SIGNATURE_ERROR', message: 'signature verification failed' });
        }
        return { signer, uncountedTimestamps };
    }
    /* ------------------------------------------------------------ timestamps -- */
    verifyTimestamps(entity, uncounted) {
        const results = [];
        let tsaIndex = 0;
        for (const timestamp of entity.timestamps) {
            if (timestamp.$case === 'timestamp-authority') {
                const check = () => this.verifyRFC3161(timestamp.timestamp, entity.signature.signature);
                if (!countTimestamp(check, timestamp.timestamp, tsaIndex++, uncounted))
                    continue;
                results.push({
                    type: 'timestamp-authority',
                    logID: timestamp.timestamp.signerSerialNumber,
                    timestamp: timestamp.timestamp.signingTime
                });
            }
            else {
                const result = (0,dist_timestamp.getTLogTimestamp)(timestamp.tlogEntry);
                if (result)
                    results.push(result);
            }
        }
        if (containsDupes(results)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TIMESTAMP_ERROR', message: 'duplicate timestamp' });
        }
        if (results.length < this.options.timestampThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'TIMESTAMP_ERROR',
                message: `expected ${this.options.timestampThreshold} timestamps, got ${results.length}`
            });
        }
        return results.map(r => r.timestamp);
    }
    /** The library's verifyRFC3161Timestamp, with the TSA chain check remembered. */
    verifyRFC3161(timestamp, data) {
        const signingTime = timestamp.signingTime;
        const t = signingTime.getTime();
        const candidates = this.material.timestampAuthorities.filter(ca => ca.validFor.start <= signingTime &&
            ca.validFor.end >= signingTime &&
            ca.certChain.length > 0 &&
            dist.crypto.bufferEqual(ca.certChain[0].serialNumber, timestamp.signerSerialNumber) &&
            dist.crypto.bufferEqual(ca.certChain[0].issuer, timestamp.signerIssuer));
        const verified = candidates.some(ca => {
            try {
                if (!this.tsaChainValid(ca, signingTime, t))
                    return false;
                timestamp.verify(data, this.tsaKey(ca));
                return true;
            }
            catch {
                return false;
            }
        });
        if (!verified) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TIMESTAMP_ERROR', message: 'timestamp could not be verified' });
        }
    }
    tsaChainValid(ca, signingTime, t) {
        const index = this.material.timestampAuthorities.indexOf(ca);
        const key = `${index}:${ca.certChain.map(cert => (within(windowOf(cert), t) ? 1 : 0)).join('')}`;
        const known = this.tsaChains.get(key);
        if (known !== undefined) {
            this.stats.tsaChainHits++;
            return known;
        }
        this.stats.tsaChainChecks++;
        const [leaf, ...cas] = ca.certChain;
        let valid;
        try {
            new certificate.CertificateChainVerifier({ untrustedCert: leaf, trustedCerts: cas, timestamp: signingTime }).verify();
            valid = true;
        }
        catch {
            valid = false;
        }
        this.tsaChains.set(key, valid);
        return valid;
    }
    tsaKey(ca) {
        let key = this.tsaKeys.get(ca);
        if (!key) {
            key = dist.crypto.createPublicKey(ca.certChain[0].publicKey);
            this.tsaKeys.set(ca, key);
        }
        return key;
    }
    /* ------------------------------------------------------------ signing key -- */
    verifySigningKey(entity, timestamps) {
        const { key } = entity;
        if (key.$case === 'public-key')
            return (0,dist_key.verifyPublicKey)(key.hint, timestamps, this.material);
        const result = this.certificateResult(key.certificate, timestamps);
        if (containsDupes(result.scts)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'CERTIFICATE_ERROR', message: 'duplicate SCT' });
        }
        if (result.scts.length < this.options.ctlogThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'CERTIFICATE_ERROR',
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
            });
        }
        return result.signer;
    }
    certificateResult(leaf, timestamps) {
        const key = `${this.leafKey(leaf)}|${timestamps.map(t => this.timeClass(leaf, t)).join(';')}`;
        const known = this.certificates.get(key);
        if (known) {
            this.stats.certificateHits++;
            if (known.ok)
                return known.value;
            throw known.error;
        }
        this.stats.certificateChecks++;
        let memo;
        try {
            memo = { ok: true, value: (0,dist_key.verifyCertificate)(leaf, timestamps, this.material) };
        }
        catch (error) {
            memo = { ok: false, error };
        }
        this.certificates.set(key, memo);
        if (memo.ok)
            return memo.value;
        throw memo.error;
    }
    /** The time tests verifyCertificate makes at time t, as a bit string. */
    timeClass(leaf, date) {
        const t = date.getTime();
        let bits = '';
        for (const ca of this.material.certificateAuthorities) {
            // Exactly filterCertAuthorities' comparison.
            bits += ca.validFor.start <= date && ca.validFor.end >= date ? '1' : '0';
        }
        for (const w of this.caCertWindows)
            bits += within(w, t) ? '1' : '0';
        let leafWindow = this.leafWindows.get(leaf);
        if (!leafWindow) {
            leafWindow = windowOf(leaf);
            this.leafWindows.set(leaf, leafWindow);
        }
        return bits + (within(leafWindow, t) ? '1' : '0');
    }
    /** The certificate's DER (as the library re-encodes it), computed once per certificate object. */
    leafKey(leaf) {
        let key = this.leafKeys.get(leaf);
        if (key === undefined) {
            key = leaf.root.toDER().toString('base64');
            this.leafKeys.set(leaf, key);
        }
        return key;
    }
    /* ---------------------------------------------------------- tlog entries -- */
    verifyTLogs({ signature, tlogEntries }) {
        const entryIDs = [];
        for (const entry of tlogEntries) {
            (0,tlog.verifyTLogInclusion)(entry, checkpointAuthorities(entry, this.material.tlogs));
            (0,tlog.verifyTLogBody)(entry, signature);
            entryIDs.push({ logID: entry.logId.keyId, body: entry.canonicalizedBody });
        }
        if (containsDupes(entryIDs)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'TLOG_ERROR', message: 'duplicate tlog entry' });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
            throw new verify_dist/* VerificationError */.mk({
                code: 'TLOG_ERROR',
                message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
            });
        }
    }
}
function containsDupes(items) {
    for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
            if ((0,external_node_util_.isDeepStrictEqual)(items[i], items[j]))
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 56543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BatchVerifier: () => (/* reexport */ batch/* BatchVerifier */.l),
  CachingVerifier: () => (/* reexport */ cache/* CachingVerifier */.Y),
  RootedVerifier: () => (/* reexport */ roots/* RootedVerifier */.iP),
  buildExpectations: () => (/* reexport */ expectations/* buildExpectations */.yG),
  bundleTexts: () => (/* reexport */ bundleTexts),
  checkExpectations: () => (/* reexport */ expectations/* checkExpectations */.Ez),
  firstThatVerifies: () => (/* reexport */ firstThatVerifies),
  parseBundle: () => (/* reexport */ parseBundle),
  rootFor: () => (/* reexport */ roots/* rootFor */.C2),
  statementFacts: () => (/* reexport */ expectations/* statementFacts */.Zw),
  thresholdsFor: () => (/* reexport */ roots/* thresholdsFor */.sx),
  verifyBundle: () => (/* reexport */ bundle/* verifyBundle */.I)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/core/util/errors.ts
var util_errors = __webpack_require__(73093);
;// CONCATENATED MODULE: ./src/core/verify/parse.ts
/** Reading bundle JSON: the media types seal accepts and the library's parser, with errors that name the bundle. */


const BUNDLE_MEDIA_TYPES = new Set([
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json'
]);
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
        throw new util_errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not valid JSON (truncated or corrupted?): ${err.message}`, {
            cause: err
        });
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        throw new util_errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a Sigstore bundle: expected a JSON object`);
    }
    const mediaType = obj.mediaType;
    if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType)) {
        throw new util_errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a supported Sigstore bundle: mediaType ${mediaType === undefined ? 'is missing' : JSON.stringify(mediaType)}`, { hint: 'seal reads Sigstore bundles v0.1 to v0.3 (application/vnd.dev.sigstore.bundle…).' });
    }
    try {
        return (0,dist/* bundleFromJSON */.vw)(obj);
    }
    catch (err) {
        const fields = err.fields;
        const detail = Array.isArray(fields) && fields.length > 0 ? `invalid ${fields.join(', ')}` : err.message;
        throw new util_errors/* SealError */.EM('BUNDLE_MALFORMED', `${source} is not a valid Sigstore bundle: ${detail}`, { cause: err });
    }
}

// EXTERNAL MODULE: ./src/core/verify/bundle.ts + 5 modules
var bundle = __webpack_require__(66177);
// EXTERNAL MODULE: ./src/core/verify/batch.ts
var batch = __webpack_require__(46345);
// EXTERNAL MODULE: ./src/core/verify/roots.ts
var roots = __webpack_require__(42264);
// EXTERNAL MODULE: ./src/core/util/jsonl.ts
var jsonl = __webpack_require__(94842);
;// CONCATENATED MODULE: ./src/core/verify/jsonl.ts
/**
 * Bundle files holding several bundles, one JSON document a line, as
 * `gh attestation download` writes them (`<alg>:<hex>.jsonl`). A subject
 * verifies when one of them verifies for it; the bundles for other artifacts
 * or of other predicate types are skipped, not failures.
 */


/** The bundles in a file: each line of JSON Lines (a `.jsonl` file from gh), else the file as one bundle. */
function bundleTexts(text, path) {
    const lines = (0,jsonl/* jsonLines */.i)(text);
    if (!lines)
        return [{ text, source: path }];
    return lines.map((line, i) => ({ text: line, source: `${path} line ${i + 1}` }));
}
/** Failures that only say the bundle is about something else. */
const SKIPPED = new Set(['DIGEST_MISMATCH', 'PREDICATE_MISMATCH']);
/**
 * The first bundle for which `verify` succeeds. When none does, the error of
 * the first bundle that was for this subject and failed is thrown, or, when
 * every bundle was for something else, one error saying so.
 */
async function firstThatVerifies(bundles, path, verify) {
    if (bundles.length === 1)
        return verify(bundles[0]);
    const errors = [];
    for (const b of bundles) {
        try {
            return await verify(b);
        }
        catch (err) {
            errors.push({ source: b.source, err });
        }
    }
    const real = errors.find(e => !(e.err instanceof util_errors/* SealError */.EM && SKIPPED.has(e.err.code)));
    if (real) {
        const err = real.err;
        if (err instanceof util_errors/* SealError */.EM)
            throw new util_errors/* SealError */.EM(err.code, `${real.source}: ${err.message}`, { hint: err.hint, cause: err });
        throw err;
    }
    const first = errors[0]?.err;
    throw new util_errors/* SealError */.EM(first.code, `none of the ${bundles.length} bundles in ${path} is for this subject: ${first.message}`, { hint: first.hint, cause: first });
}

// EXTERNAL MODULE: ./src/core/verify/cache.ts + 2 modules
var cache = __webpack_require__(40843);
// EXTERNAL MODULE: ./src/core/verify/expectations.ts + 3 modules
var expectations = __webpack_require__(11911);
;// CONCATENATED MODULE: ./src/core/verify/index.ts
/**
 * Bundle verification: parsing bundles, verifying one against a trusted root
 * and an identity policy or key, verifying many with shared work, and the
 * step-level expectations (identity, build provenance, thresholds).
 */









/***/ }),

/***/ 96688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ checkLeafIsDER),
/* harmony export */   R7: () => (/* binding */ trustMaterialFor),
/* harmony export */   kP: () => (/* binding */ leafCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73093);
/**
 * What a bundle is verified with: the trusted root's material for a
 * certificate identity, or a caller's public key for a key-signed bundle;
 * and the bundle's signing certificate, which must be strict DER.
 */



/**
 * The trust material for the expectation: the caller's key (the bundle must
 * be key-signed) or the root's identity-based material (the bundle must carry
 * a certificate).
 */
function trustMaterialFor(bundle, expect, trust) {
    const vm = bundle.verificationMaterial.content;
    if ('publicKeyPEM' in expect) {
        if (vm.$case !== 'publicKey') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('KEY_INVALID', 'the bundle is signed with a Fulcio certificate, not a public key: verify it with a certificate identity instead of a key');
        }
        let key;
        try {
            key = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey(expect.publicKeyPEM);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('KEY_INVALID', `the given public key is not a valid PEM public key: ${err.message}`, {
                cause: err
            });
        }
        // The bundle's key hint is only a lookup aid: the caller's key is the one to trust.
        return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toTrustMaterial */ .jO)(trust.trustedRoot, () => ({ publicKey: key, validFor: () => true }));
    }
    if (vm.$case === 'publicKey') {
        const hint = vm.publicKey.hint ? ` (key hint ${JSON.stringify(vm.publicKey.hint)})` : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('KEY_INVALID', `the bundle is signed with a public key${hint}, not a Fulcio certificate, so it has no identity to check`, {
            hint: 'Verify it with that public key (the `--key` flag) instead of a certificate identity.'
        });
    }
    return trust.material;
}
/** The DER of the bundle's signing certificate; undefined for a key-signed bundle. */
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
        new (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().X509Certificate)(Buffer.from(der));
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SealError */ .EM('BUNDLE_MALFORMED', "the bundle's signing certificate is not a well-formed (DER) X.509 certificate");
    }
}


/***/ }),

/***/ 42264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ rootFor),
/* harmony export */   iP: () => (/* binding */ RootedVerifier),
/* harmony export */   sx: () => (/* binding */ thresholdsFor)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46345);
/* harmony import */ var _material_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96688);
/**
 * Verification against the right trusted root: a trusted-root file may hold
 * several roots (JSON Lines, as `gh attestation trusted-root` prints), and
 * each bundle is verified against the one whose certificate authority issued
 * its signing certificate, with thresholds that root can meet: a root with no
 * CT log needs no SCT, and one with no transparency log needs no log entry
 * unless `tlog-threshold` asks for it (GitHub's instance has neither; its
 * bundles carry an RFC 3161 timestamp instead).
 */



/** The thresholds a bundle is verified with under `root`. */
function thresholdsFor(root, thresholds, tlogGiven) {
    return {
        ...thresholds,
        ...(root.ctlogs.length === 0 ? { ctlogThreshold: 0 } : {}),
        ...(tlogGiven ? {} : { tlogThreshold: root.tlogs.length === 0 ? 0 : 1 })
    };
}
/**
 * The root of `trust` whose certificate authorities include the issuer of
 * the bundle's signing certificate; the first root when none does (the
 * verification then fails, saying the authority is unknown) or when the
 * bundle is signed with a key.
 */
function rootFor(bundle, trust) {
    const roots = trust.roots;
    if (!roots || roots.length < 2)
        return trust;
    const der = (0,_material_js__WEBPACK_IMPORTED_MODULE_2__/* .leafCertificate */ .kP)(bundle);
    if (!der)
        return roots[0];
    let issuer;
    try {
        issuer = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der)).issuer;
    }
    catch {
        return roots[0];
    }
    const issues = (root) => root.trustedRoot.certificateAuthorities.some(ca => ca.certChain?.certificates.some(c => {
        try {
            return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(c.rawBytes)).subject.equals(issuer);
        }
        catch {
            return false;
        }
    }));
    return roots.find(issues) ?? roots[0];
}
/** BatchVerifier's `verify` over a trust of one or several roots; one BatchVerifier per root, made when first needed. */
class RootedVerifier {
    trust;
    thresholds;
    tlogGiven;
    verifiers = new Map();
    constructor(trust, thresholds, tlogGiven) {
        this.trust = trust;
        this.thresholds = thresholds;
        this.tlogGiven = tlogGiven;
    }
    verify(bundle, artifact, expect) {
        const root = rootFor(bundle, this.trust);
        let verifier = this.verifiers.get(root);
        if (!verifier) {
            verifier = new _batch_js__WEBPACK_IMPORTED_MODULE_1__/* .BatchVerifier */ .l(root, thresholdsFor(root.trustedRoot, this.thresholds, this.tlogGiven));
            this.verifiers.set(root, verifier);
        }
        return verifier.verify(bundle, artifact, expect);
    }
}


/***/ })

};
