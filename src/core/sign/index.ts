/** Signing: one key or Fulcio certificate per session, countersigned by Rekor and the timestamp authority. */
export { type ServiceOptions, type SignedFile, type SignerIdentity, SigningSession } from './session.js'
export { chooseInstance, describeInstance, type InstanceChoice } from './instance.js'
