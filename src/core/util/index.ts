/** Errors, the one retry policy, HTTP helpers, bounded concurrency, atomic writes, redaction. */
export { mapLimit, settleLimit } from './concurrency.js'
export { BrokenReplyError, type ErrorCode, isSealError, messageOf, SealError } from './errors.js'
export { type FileWrite, isDirectory, writeFileAtomic, writeFilesAtomic } from './fs.js'
export { BodyTooLarge, discard, httpURL, parseHttpURL, readBody, readPrefix } from './http.js'
export { redact } from './redact.js'
export { again, fetchRetryOptions, retryBrokenReplies, type RetryPolicy, retryPolicy, sleep, withRetries } from './retry.js'
export { jsonLines } from './jsonl.js'
