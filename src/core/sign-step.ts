/** sign-action's and `seal sign`'s entry to the core: the sign step, its inputs, summary and results. */
export { runSignStep, type SignStepResult, type SignedImage } from './steps/sign.js'
export { readSignInputs, type SignInputs } from './inputs/index.js'
export { signSummary } from './report/index.js'
export { signResults, type FileSignResult, type ImageSignResult, type SignResult } from './report/index.js'
