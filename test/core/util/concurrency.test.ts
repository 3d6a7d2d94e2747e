import { mapLimit, settleLimit } from '../../../src/core/util/concurrency.js'

const tick = () => new Promise(r => setTimeout(r, 1))

describe('mapLimit', () => {
  it('keeps order and never exceeds the limit', async () => {
    let active = 0
    let peak = 0
    const out = await mapLimit([5, 4, 3, 2, 1, 0], 2, async n => {
      active++
      peak = Math.max(peak, active)
      await new Promise(r => setTimeout(r, n))
      active--
      return n * 10
    })
    expect(out).toEqual([50, 40, 30, 20, 10, 0])
    expect(peak).toBe(2)
  })

  it('rethrows the first failure and starts nothing after it', async () => {
    const started: number[] = []
    await expect(
      mapLimit([1, 2, 3, 4, 5], 1, async n => {
        started.push(n)
        await tick()
        if (n === 2) throw new Error('boom')
        return n
      })
    ).rejects.toThrow('boom')
    expect(started).toEqual([1, 2])
  })

  it('handles an empty list', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([])
  })
})

describe('settleLimit', () => {
  it('runs every item and reports each outcome', async () => {
    const out = await settleLimit([1, 2, 3], 2, async n => {
      if (n === 2) throw new Error('two')
      return n
    })
    expect(out.map(o => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })
})
