export const id = 917;
export const ids = [917];
export const modules = {

/***/ 6298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BatchVerifier: () => (/* binding */ BatchVerifier),
  verifyBatch: () => (/* binding */ verifyBatch)
});

// EXTERNAL MODULE: ./src/core/concurrency.ts
var core_concurrency = __webpack_require__(8904);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/certificate.js
var certificate = __webpack_require__(8412);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/index.js
var dist_key = __webpack_require__(3771);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/timestamp/index.js
var dist_timestamp = __webpack_require__(7968);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/tlog/index.js
var tlog = __webpack_require__(8218);
;// CONCATENATED MODULE: ./src/core/verify-cache.ts
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
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        if (!entity.signature.verifySignature(signer.key)) {
            throw new verify_dist/* VerificationError */.mk({ code: 'SIGNATURE_ERROR', message: 'signature verification failed' });
        }
        return signer;
    }
    /* ------------------------------------------------------------ timestamps -- */
    verifyTimestamps(entity) {
        const results = [];
        for (const timestamp of entity.timestamps) {
            if (timestamp.$case === 'timestamp-authority') {
                this.verifyRFC3161(timestamp.timestamp, entity.signature.signature);
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
            (0,tlog.verifyTLogInclusion)(entry, this.material.tlogs);
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

// EXTERNAL MODULE: ./src/core/verify.ts
var verify = __webpack_require__(7190);
;// CONCATENATED MODULE: ./src/core/verify-batch.ts



class BatchVerifier {
    trust;
    verifyOne;
    verifier;
    options;
    constructor(trust, options = {}, verifyOne = verify.verifyBundle) {
        this.trust = trust;
        this.verifyOne = verifyOne;
        this.verifier = new CachingVerifier(trust.material, options);
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
/**
 * Verifies every pair against one trust and expectation with one
 * BatchVerifier; each outcome is reported, in input order.
 */
async function verifyBatch(pairs, expect, trust, options = {}) {
    const { concurrency, ...verifyOptions } = options;
    const verifier = new BatchVerifier(trust, verifyOptions);
    const outcomes = await (0,core_concurrency/* settleLimit */.X)(pairs, concurrency ?? 8, pair => verifier.verify(pair.bundle, pair.artifact, expect));
    return { outcomes, cacheUsed: verifier.cacheUsed };
}


/***/ })

};
