/** attest-action's and `seal attest`'s entry to the core: the attest step, its inputs, summary and results. */
export { runAttestStep, type AttestStepResult, type AttachedImage } from './steps/attest.js'
export { readAttestInputs, type AttestInputs } from './inputs/index.js'
export { attestSummary } from './report/index.js'
export { attestResults, type AttestResult } from './report/index.js'
