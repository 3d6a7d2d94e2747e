/** The sign, verify and attest steps and the context they run in. */
export type { StepContext, VerifiedSubject } from './context.js'
export { runSignStep, type SignedImage, type SignStepResult } from './sign.js'
export { runVerifyStep, type VerifyStepResult } from './verify.js'
export { type AttachedImage, type AttestStepResult, runAttestStep } from './attest.js'
