export const id = 481;
export const ids = [481,345];
export const modules = {

/***/ 15345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageSource: () => (/* binding */ imageSource),
/* harmony export */   resolveSourceImage: () => (/* binding */ resolveSourceImage),
/* harmony export */   verifyImageRow: () => (/* binding */ verifyImageRow),
/* harmony export */   verifyImageRows: () => (/* binding */ verifyImageRows)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85576);
/* harmony import */ var _image_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93016);
/* harmony import */ var _image_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72739);
/* harmony import */ var _image_platforms_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59517);
/* harmony import */ var _image_resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47473);
/* harmony import */ var _image_verify_image_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15683);








async function imageSource(inputs, ctx) {
    if (!inputs.localImage) {
        return {
            reader: (0,_image_registry_js__WEBPACK_IMPORTED_MODULE_3__.registryClient)(inputs, ctx.env, ctx.onSecret),
            images: inputs.images,
            signatureRepository: (0,_image_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureRepository */ .jL)(inputs.signatureRepository, ctx.env)
        };
    }
    const layout = await _image_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .LayoutReader */ .I1.open((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, inputs.localImage));
    const images = inputs.images.length ? inputs.images : layout.images();
    if (images.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', `\`local-image\`: ${inputs.localImage} holds no image saved by \`seal save\`.`);
    }
    return { reader: layout, images, where: `the OCI layout ${inputs.localImage}` };
}
/**
 * Resolves an image of the source to its digest; a tag gets a warning naming
 * the digest it stood for now (`what` is what was done with it: "verified",
 * "evaluated").
 */
async function resolveSourceImage(source, text, ctx, what) {
    const image = await (0,_image_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveImage */ .AT)(source.reader, text, { where: source.where, signatureRepository: source.signatureRepository });
    if (image.resolvedFromTag)
        ctx.warn?.(`${text} is a tag: ${what} its current digest ${image.descriptor.digest}.`);
    return image;
}
/** One image's row: verified when one of its signatures (or attestations) meets the expectations. */
async function verifyImageRow(source, text, expectations, trust, ctx, verifier) {
    const image = await resolveSourceImage(source, text, ctx, 'verified');
    return verifiedRow(source.reader, image, text, expectations, trust, verifier);
}
/**
 * An image's rows. With `platforms` and an image index, one row per chosen
 * platform, each verified by its own signatures; otherwise the image's row.
 */
async function verifyImageRows(source, text, expectations, trust, ctx, platforms, verifier) {
    if (platforms.length === 0)
        return [await verifyImageRow(source, text, expectations, trust, ctx, verifier)];
    const image = await resolveSourceImage(source, text, ctx, 'verified');
    const chosen = await (0,_image_platforms_js__WEBPACK_IMPORTED_MODULE_5__.selectPlatforms)(source.reader, image, platforms);
    const outcomes = await Promise.allSettled(chosen.map(c => verifiedRow(source.reader, c, c === image ? text : c.given, expectations, trust, verifier)));
    return outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .failedRow */ .u)(chosen[i].given, '', o.reason)));
}
async function verifiedRow(client, image, text, expectations, trust, verifier) {
    const v = await (0,_image_verify_image_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyImage */ .ZG)(client, image, expectations, trust, verifier);
    const sha256 = image.descriptor.digest.replace(/^sha256:/, '');
    if (!v.ok || !v.verified) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('VERIFICATION_FAILED', `${(0,_image_verify_image_js__WEBPACK_IMPORTED_MODULE_7__/* .describeImageFailure */ .t4)(image, v, !!expectations.predicateType)}.`);
    }
    return {
        subject: text,
        ok: true,
        bundlePath: v.verified.location,
        sha256,
        identity: v.verified.identity,
        issuer: v.verified.issuer,
        logIndex: v.verified.logIndex,
        integratedTime: v.verified.integratedTime,
        ...(v.verified.uncountedTimestamps && { uncountedTimestamps: v.verified.uncountedTimestamps }),
        predicateType: v.predicateType,
        predicateDigest: v.predicateDigest,
        predicate: v.predicate
    };
}


/***/ }),

/***/ 34481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPolicyVerifyStep: () => (/* binding */ runPolicyVerifyStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10663);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _image_policy_evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68569);
/* harmony import */ var _policy_documents_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30292);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18795);
/* harmony import */ var _report_policy_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92207);
/* harmony import */ var _trust_root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84760);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85576);
/* harmony import */ var _verify_images_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15345);
/**
 * The verify step with an admission policy (`policy` input): every image is
 * evaluated against the policy file's documents, as policy-controller and
 * Kyverno would at admission, instead of against the identity inputs.
 */










async function runPolicyVerifyStep(inputs, ctx, trustOptions) {
    const file = inputs.policy;
    const set = await (0,_policy_documents_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPolicyFile */ .n)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, file), file);
    for (const d of set.documents)
        for (const n of d.notes)
            ctx.log?.(`${d.kind} "${d.name}": ${n}`);
    for (const s of set.skipped)
        ctx.log?.(`${s}: not a policy document, left out`);
    const options = { noMatch: inputs.noMatchPolicy ?? (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultNoMatch */ .M)(set), skipUnevaluable: inputs.skipUnevaluablePolicy };
    const trust = await (0,_trust_root_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTrust */ .V)(trustOptions);
    const source = await (0,_verify_images_js__WEBPACK_IMPORTED_MODULE_8__.imageSource)(inputs, ctx);
    if (source.images.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SealError */ .EM('INPUT_INVALID', '`policy` evaluates images: give them in `image` (or `local-image`).');
    const described = describeSet(set, file, options);
    ctx.log?.(`Verifying ${source.images.length} image${source.images.length === 1 ? '' : 's'} against ${described} (trusted root: ${trust.source})`);
    const outcomes = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .settleLimit */ .X)(source.images, 4, text => policyRow(source, text, set, options, trust, inputs, ctx));
    const rows = outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .failedRow */ .u)(source.images[i], '', o.reason)));
    const warnings = rows.flatMap(r => r.policy?.warnings ?? []);
    for (const w of warnings)
        ctx.warn?.(w);
    return { rows, policy: described, trust: trust.source, verified: rows.every(r => r.ok), warnings, policySummary: (0,_report_policy_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .policySummary */ .j)(rows) };
}
function describeSet(set, file, options) {
    const docs = set.documents.map(d => `${d.kind} "${d.name}"`).join(', ');
    return `policy ${file} (${docs}); no-match-policy: ${options.noMatch}${options.skipUnevaluable ? '; CUE/Rego blocks skipped' : ''}`;
}
async function policyRow(source, text, set, options, trust, inputs, ctx) {
    const image = await (0,_verify_images_js__WEBPACK_IMPORTED_MODULE_8__.resolveSourceImage)(source, text, ctx, 'evaluated');
    const givenWithDigest = text.includes('@');
    const reference = givenWithDigest ? text : `${text}@${image.descriptor.digest}`;
    const evidence = new _image_policy_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryEvidence */ .X(source.reader, image, reference, givenWithDigest, trust, {
        tlogThreshold: inputs.tlogThreshold,
        timestampThreshold: inputs.timestampThreshold,
        tlogThresholdGiven: inputs.tlogThresholdGiven
    });
    const outcome = await (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateImage */ .d)(set, evidence, options);
    const s = outcome.signer;
    return {
        subject: text,
        ok: outcome.ok,
        bundlePath: s?.location ?? '',
        sha256: image.descriptor.digest.replace(/^sha256:/, ''),
        ...(s?.identity ? { identity: s.identity } : {}),
        ...(s?.issuer ? { issuer: s.issuer } : {}),
        ...(s?.statement?.predicateType ? { predicateType: s.statement.predicateType } : {}),
        ...(outcome.reason ? { reason: outcome.reason, code: 'POLICY_MISMATCH' } : {}),
        policy: { rules: outcome.rules, warnings: outcome.warnings }
    };
}


/***/ })

};
