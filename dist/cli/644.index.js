export const id = 644;
export const ids = [644];
export const modules = {

/***/ 11644:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"source":{"repository":"sigstore/policy-controller","commit":"f925c0c1a412910787a7f045581fa9d5ed09a20a","file":"config/300-trustroot.yaml","crd":"trustroots.policy.sigstore.dev","version":"v1alpha1","descriptions":"removed"},"group":"policy.sigstore.dev","version":"v1alpha1","kinds":["TrustRoot"],"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object","properties":{"remote":{"type":"object","properties":{"mirror":{"type":"string"},"root":{"type":"string"},"targets":{"type":"string"},"trustedRootTarget":{"type":"string"}}},"repository":{"type":"object","properties":{"mirrorFS":{"type":"string"},"root":{"type":"string"},"targets":{"type":"string"},"trustedRootTarget":{"type":"string"}}},"sigstoreKeys":{"type":"object","properties":{"certificateAuthorities":{"type":"array","items":{"type":"object","properties":{"certChain":{"type":"string"},"subject":{"type":"object","properties":{"commonName":{"type":"string"},"organization":{"type":"string"}}},"uri":{"type":"string"}}}},"ctLogs":{"type":"array","items":{"type":"object","properties":{"baseURL":{"type":"string"},"hashAlgorithm":{"type":"string"},"publicKey":{"type":"string"}}}},"tLogs":{"type":"array","items":{"type":"object","properties":{"baseURL":{"type":"string"},"hashAlgorithm":{"type":"string"},"publicKey":{"type":"string"}}}},"timestampAuthorities":{"type":"array","items":{"type":"object","properties":{"certChain":{"type":"string"},"subject":{"type":"object","properties":{"commonName":{"type":"string"},"organization":{"type":"string"}}},"uri":{"type":"string"}}}}}}}},"status":{"type":"object","properties":{"annotations":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"conditions":{"type":"array","items":{"type":"object","required":["type","status"],"properties":{"lastTransitionTime":{"type":"string"},"message":{"type":"string"},"reason":{"type":"string"},"severity":{"type":"string"},"status":{"type":"string"},"type":{"type":"string"}}}},"observedGeneration":{"type":"integer","format":"int64"}}}}}}');

/***/ })

};
