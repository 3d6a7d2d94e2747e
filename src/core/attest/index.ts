/** Attestation content: the subjects of a statement and its predicate (SLSA provenance, SBOM, custom). */
export { type ResolvedPredicate, resolvePredicate } from './predicate.js'
export { collectSubjects } from './subjects.js'
