import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or undefined for anything else. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file)
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return undefined
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('the pictures of the app', () => {
  it('that the README shows are all committed PNGs in public/screenshots', () => {
    const readme = readFileSync('README.md', 'utf8')
    const pictures = [...readme.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map(([, alt, path]) => ({ alt, path }))
    expect(pictures.length).toBeGreaterThanOrEqual(4)
    for (const { alt, path } of pictures) {
      expect(path).toMatch(/^public\/screenshots\/[\w-]+\.png$/)
      expect(existsSync(path as string), `${path} exists`).toBe(true)
      expect(pngSize(path as string), `${path} is a PNG`).toBeDefined()
      // A picture's text alternative says what it shows.
      expect(alt?.length, `alt text of ${path}`).toBeGreaterThan(30)
    }
  })

  it('that the manifest offers match their files, sizes and form factors', () => {
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
      screenshots: { src: string; sizes: string; form_factor: 'wide' | 'narrow'; label: string }[]
    }
    const factors = new Set(manifest.screenshots.map((shot) => shot.form_factor))
    expect(factors).toEqual(new Set(['wide', 'narrow']))
    for (const shot of manifest.screenshots) {
      const size = pngSize(`public${shot.src}`)
      expect(size, shot.src).toBeDefined()
      expect(`${size?.width}x${size?.height}`).toBe(shot.sizes)
      expect((size?.width ?? 0) > (size?.height ?? 0)).toBe(shot.form_factor === 'wide')
      expect(shot.label.length).toBeGreaterThan(10)
    }
  })
})
