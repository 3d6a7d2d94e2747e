/**
 * The context every step runs in. The steps themselves are reached through
 * their own entries (core/sign-step.ts, verify-step.ts, attest-step.ts), so that
 * loading one step never brings another's code into an action's bundle.
 */
export type { StepContext, VerifiedSubject } from './context.js'
