export const id = 345;
export const ids = [345];
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


/***/ })

};
