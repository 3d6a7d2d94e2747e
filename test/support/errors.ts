import { SealError } from '../../src/core/util/errors.js'

/** The SealError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<SealError> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(SealError)
    return err as SealError
  }
  throw new Error('expected a SealError')
}

/** The SealError a function throws; fails the test when it returns or throws anything else. */
export function thrown(fn: () => unknown): SealError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(SealError)
    return err as SealError
  }
  throw new Error('expected a SealError')
}
