#!/usr/bin/env node
// `npm run new-article -- <slug>`: writes content/<slug>/, a complete article that passes every
// check and builds (CONTENT_DIR=content/<slug> npm run build), with a placeholder in every place
// an editor fills in: the text, two themes, one claim and its note, a fact and its source.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { contentFiles, writeContentFolder } from './content/write-content.mjs'

/** The starting article, as the content writer takes it. */
export function starterContent(slug) {
  const today = new Date().toISOString().slice(0, 10)
  const scale = {
    supported: 'The record bears out the statement as worded.',
    'partly-supported': 'Part of the statement holds as worded; another part does not.',
    'not-borne-out': 'The record does not support the statement, nor show it false.',
    contradicted: 'The record shows the statement false as worded.',
    unverifiable: 'The record cannot settle the statement either way.',
  }
  const labels = {
    supported: 'Supported',
    'partly-supported': 'Partly supported',
    'not-borne-out': 'Not borne out',
    contradicted: 'Contradicted',
    unverifiable: 'Unverifiable',
  }
  // The interface's words: the current article's (they name nothing of it but in the method's
  // prose, which the editors adapt), so a new article builds and reads right from the start.
  const ui = parse(readFileSync(join('content', 'mexico-security-chief', 'ui.yaml'), 'utf8'))
  return {
    ui,
    article: {
      title: 'Replace this with the article’s headline',
      source: 'Replace this with where the article comes from.',
      sections: [
        {
          id: 'first-section',
          title: 'Replace this with the first heading',
          editorialTitle: false,
          passages: [
            {
              id: 'first-passage',
              text: 'Replace this paragraph with the article’s first paragraph, word for word.',
              themes: ['first-theme', 'second-theme'],
              themeReason: 'Replace this with why the paragraph carries these themes.',
            },
          ],
        },
      ],
    },
    claims: [
      {
        id: 'first-claim',
        passageId: 'first-passage',
        quote: { exact: 'the article’s first paragraph' },
        themes: ['first-theme'],
        verdict: 'contradicted',
      },
    ],
    claimNotes: [
      {
        claimId: 'first-claim',
        label: 'Replace this with a short name for the claim',
        related: [],
        speakerId: 'narration',
        kind: 'fact',
        context: 'Replace this with what the claim says and why it matters.',
        record: 'Replace this with what the public record shows.',
        factIds: ['A1'],
        ruling: 'Replace this with our ruling in one sentence.',
        checked: today,
      },
    ],
    themes: [
      {
        id: 'first-theme',
        label: 'First theme',
        description: 'Replace this with what the theme is about.',
        colour: { light: { text: '#1d4ed8', tint: '#dbeafe' }, dark: { text: '#93c5fd', tint: '#1e3a5f' } },
      },
      {
        id: 'second-theme',
        label: 'Second theme',
        description: 'Replace this with what the theme is about.',
        colour: { light: { text: '#92400e', tint: '#fef3c7' }, dark: { text: '#fcd34d', tint: '#4a3410' } },
      },
    ],
    speakers: [{ id: 'narration', name: 'The article’s own narration', role: 'Stated by the article itself.' }],
    people: [],
    mentions: [],
    facts: [
      {
        id: 'A1',
        text: 'Replace this with a fact from the fact sheet, in our own words.',
        confidence: 'confirmed',
        sourceIds: ['first-source'],
      },
    ],
    sources: [
      {
        id: 'first-source',
        title: 'Replace this with the source’s headline',
        publisher: 'Replace this with its publisher',
        date: 'undated',
        url: 'https://example.org/replace-this-link',
      },
    ],
    timeline: { events: [], spans: [], callouts: {} },
    figures: [],
    editorial: {
      note: {
        text: 'Replace this with the editor’s note.',
        corrections: [{ claimId: 'first-claim', text: 'Replace this with what the record shows instead.' }],
      },
      takeaways: ['first', 'second', 'third'].map((id) => ({
        id: `${id}-takeaway`,
        text: `Replace this with the ${id} point a reader should take away.`,
        claimIds: ['first-claim'],
      })),
    },
    corrections: [],
    publication: { published: today, updated: today, recordEnds: today },
    verdicts: Object.fromEntries(Object.keys(scale).map((id) => [id, { label: labels[id], meaning: scale[id] }])),
    site: {
      name: `${slug}, explained`,
      title: 'Replace this with the home page’s title',
      description: 'Replace this with a sentence for search results and link previews.',
      sourcesDescription: 'Replace this with a sentence describing the sources page.',
      subject: 'the article',
    },
  }
}

if (process.argv[1]?.endsWith('new-article.mjs')) {
  const slug = process.argv[2] ?? ''
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    console.error('new-article: give the article a lowercase slug, e.g. npm run new-article -- city-budget-2027')
    process.exit(1)
  }
  const dir = join('content', slug)
  if (existsSync(dir)) {
    console.error(`new-article: ${dir} already exists; nothing written`)
    process.exit(1)
  }
  writeContentFolder(dir, contentFiles(starterContent(slug)))
  const next = [
    'Next: fill in every "Replace this" (README.md, "Editing the content", says where each thing lives), then',
    `  npm run check:content -- ${dir}`,
    `  CONTENT_DIR=${dir} npm run build`,
  ]
  writeFileSync(join(dir, 'README.txt'), `${next.join('\n')}\n`)
  console.log(`new-article: wrote ${dir}. Check it with: npm run check:content -- ${dir}`)
}
