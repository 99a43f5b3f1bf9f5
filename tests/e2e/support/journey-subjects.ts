// What the reader's core journeys act on, taken from the article under test (CONTENT_DIR), so the
// same browser tests walk any article: the real one and the fixture article in tests/fixtures.
import { content } from '../../../src/content'
import { notesBundle } from '../../../src/content/notes'
import { claimsInOrder } from '../../../src/lib/article'
import { passagesOfTheme } from '../../../src/lib/themes'

const { article, themes } = content

/** The last section: a jump there from the contents must land exactly and mark it current. */
export const lastSection = (() => {
  const section = article.sections.at(-1)
  if (!section) throw new Error('the article has no section')
  return section
})()

/**
 * The theme the lens is tested with: the first that marks at least two passages (so it can be
 * walked) and not every one (so the others can be seen to step back).
 */
export const walkedTheme = (() => {
  const total = article.sections.flatMap((section) => section.passages).length
  const theme = themes.find((t) => {
    const marked = passagesOfTheme(article, t.id).length
    return marked >= 2 && marked < total
  })
  if (!theme) throw new Error('no theme of the article marks two passages and leaves one out')
  return { ...theme, passageIds: passagesOfTheme(article, theme.id).map((passage) => passage.id) }
})()

/** The claim opened in the tests: the last in the text (below the fold on a phone), with its note. */
export const openedClaim = (() => {
  const claim = claimsInOrder(content).at(-1)
  const note = notesBundle.notes.find((n) => n.claimId === claim?.id)
  if (!claim || !note) throw new Error('the article has no claim with a note')
  return { ...claim, note }
})()

/** A claim whose note carries a chart, if the article has one. */
export const claimWithChart = notesBundle.figures.flatMap((figure) => figure.claimIds)[0]

/** Escapes text for use inside a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
