export const id = 970;
export const ids = [970];
export const modules = {

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


/***/ })

};
