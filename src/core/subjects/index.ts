/** The files a step signs or verifies, and their digests. */
export { digestBytes, digestFile, type HashAlgorithm, parseDigest, readSmallFile, sha256File } from './digest.js'
export { BUNDLE_SUFFIX, type ResolvedFile, resolveFiles, splitList, withoutBundles } from './files.js'
