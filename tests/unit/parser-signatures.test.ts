import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PARSER_SIGNATURES, parsersIn } from '../../scripts/parser-signatures.mjs'

const sourceOf = (path: string) => readFileSync(`node_modules/${path}`, 'utf8')

describe('the signatures budgets.mjs looks for in the built JavaScript', () => {
  it('are found in the libraries they stand for', () => {
    expect(parsersIn(sourceOf('yaml/dist/errors.js'))).toEqual(['yaml (YAML parser)'])
    expect(parsersIn(sourceOf('mdast-util-from-markdown/lib/index.js'))).toEqual([
      'mdast-util-from-markdown (Markdown parser)',
    ])
    expect(parsersIn(sourceOf('zod/v4/classic/errors.js'))).toEqual(['zod (content schema)'])
    expect(parsersIn(readFileSync('scripts/content/load-content.ts', 'utf8'))).toContain('content loader')
  })

  it('are not found in code that holds none of them', () => {
    expect(parsersIn('export default {"title":"A headline with YAML and Markdown in it"}')).toEqual([])
    expect(Object.keys(PARSER_SIGNATURES)).toHaveLength(4)
  })
})
