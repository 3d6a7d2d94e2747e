/**
 * The `key` input of the sign and verify steps: the key text itself, or a
 * path (relative to the workspace) to a file holding it, or (for a public
 * key) a key-service reference such as awskms:///alias/NAME.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { SealError } from '../util/errors.js'
import { isKmsReference } from './kms/reference.js'

/** A bare base64 public key (a PEM body without its armour) is long and has nothing else in it. */
const BASE64_KEY = /^[A-Za-z0-9+/=\s]{40,}$/

/**
 * The key text `value` holds or names. A private key's value is never
 * quoted in the error (it may be the key); a public key's start is, since
 * a mistyped path is the usual cause.
 */
export async function keyFromInput(value: string, cwd: string, kind: 'private' | 'public', env: NodeJS.ProcessEnv = {}): Promise<string> {
  // A key-service reference at verification: the service hands out the public key (its module is loaded only then).
  if (kind === 'public' && isKmsReference(value)) return (await import('./kms/index.js')).kmsPublicKey(value, env)
  if (value.includes('-----BEGIN') || (kind === 'public' && BASE64_KEY.test(value))) return value
  try {
    return await readFile(resolve(cwd, value), 'utf8')
  } catch {
    throw new SealError(
      'KEY_INVALID',
      kind === 'private'
        ? '`key` is neither a PEM private key nor a readable file holding one.'
        : `\`key\`: "${value.slice(0, 80)}" is neither a public key nor a readable file holding one.`
    )
  }
}
