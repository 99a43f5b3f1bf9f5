import { describe, expect, it } from 'vitest'
import { chunkResource, failedModuleUrl } from '../../src/components/chunk-resource'

describe('failedModuleUrl', () => {
  it('reads the address from the messages of Chromium and Firefox', () => {
    expect(
      failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/a-1x.js')),
    ).toBe('http://127.0.0.1/assets/a-1x.js')
    expect(
      failedModuleUrl(new TypeError('error loading dynamically imported module: https://example.org/assets/b.mjs')),
    ).toBe('https://example.org/assets/b.mjs')
  })

  it('is undefined for a message that names no module (Safari) or for anything not an error', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined()
    expect(failedModuleUrl('Failed to fetch dynamically imported module: http://x/a.js')).toBeUndefined()
  })
})

describe('chunkResource', () => {
  it('keeps a failed load failed until retry(), then loads again', async () => {
    let calls = 0
    const chunk = chunkResource(() => {
      calls += 1
      return calls === 1 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve('ok')
    })
    await expect(chunk.load()).rejects.toThrow('Importing a module script failed.')
    await expect(chunk.load()).rejects.toThrow()
    expect(calls).toBe(1)
    chunk.retry()
    await expect(chunk.load()).resolves.toBe('ok')
    chunk.retry()
    await expect(chunk.load()).resolves.toBe('ok')
    expect(calls).toBe(2)
  })
})
