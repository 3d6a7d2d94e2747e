/**
 * Maps over items with at most `limit` calls in flight, keeping the input
 * order in the result. The first failure is rethrown after in-flight calls
 * settle, and no new call starts once one has failed.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i], i)
      } catch (error) {
        failed ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failed) throw failed.error
  return results
}

/** Like mapLimit, but runs every item and returns each outcome. */
export async function settleLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return mapLimit(items, limit, async (item, i) => {
    try {
      return { status: 'fulfilled', value: await fn(item, i) } as const
    } catch (reason) {
      return { status: 'rejected', reason } as const
    }
  })
}
