/** verify-action's and `seal verify`'s entry to the core: the verify step, its inputs, summary and results. */
export { runVerifyStep, type VerifyStepResult } from './steps/verify.js'
export { readVerifyInputs, type VerifyInputs } from './inputs/index.js'
export { verifiedBy, verifySummary } from './report/index.js'
export { verifyResults, type VerifyResult } from './report/index.js'
