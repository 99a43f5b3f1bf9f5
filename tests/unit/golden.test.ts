import { describe, expect, it } from 'vitest'
import { normalise } from '../../scripts/golden.mjs'

const page = (build: { js: string; csp: string; time: string; id: string }, text = 'The article.') =>
  `<html lang="en" data-build="${build.id}"><head><meta http-equiv="Content-Security-Policy" content="script-src 'sha256-${build.csp}='" /><script type="module" src="/assets/index-${build.js}.js"></script></head><body><p>${text}</p><script>$R[2]={i:"__root__#",u:${build.time},s:"success"}</script></body></html>`
const first = {
  js: 'BAimfTk8',
  csp: 'mGdea13ovSjBObP5sI+QsEMTP7ip5n1dpwqlxq4r+4s',
  time: '1796414582334',
  id: '2026-12-04T20:53:30.295Z',
}
const second = {
  js: 'H5yurz7u',
  csp: '1jxj3hFQPI4Hh+HPHZJlf+1n677xD/IAz+qeKUSdFqA',
  time: '1796414590001',
  id: '2026-12-05T08:00:00.000Z',
}

describe('the golden pages’ normaliser', () => {
  it('blanks what differs from build to build: asset hashes, CSP hashes, the router’s timestamp, the build id', () => {
    expect(normalise(page(first))).toBe(normalise(page(second)))
  })

  it('keeps every word a reader gets', () => {
    expect(normalise(page(first))).not.toBe(normalise(page(first, 'The article, corrected.')))
  })
})
