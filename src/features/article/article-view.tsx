import { content } from '../../content'
import { claimsInOrder, claimsOfPassage, readingMinutes } from '../../lib/article'
import { useReader } from '../reader/use-reader'
import { PassageView } from './passage-view'
import { VerdictDescriptions } from './verdict-descriptions'

const noteNumbers = new Map(claimsInOrder(content).map((claim, index) => [claim.id, index + 1]))

export function ArticleView() {
  const reader = useReader()
  const { article, claims } = content
  return (
    <article className="article mx-auto max-w-measure px-4 py-8" aria-labelledby="article-title">
      <div className="mb-8">
        <h1 id="article-title" className="article-title">
          {article.title}
        </h1>
        <p className="mt-3 text-sm text-muted">
          {article.source} About {readingMinutes(article)} min read.
        </p>
      </div>
      {article.sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="article-section">
          <h2 id={`${section.id}-heading`}>
            {section.title}
            {section.editorialTitle ? <span className="editorial-tag"> (editors’ heading)</span> : null}
          </h2>
          {section.passages.map((passage) => (
            <PassageView
              key={passage.id}
              passage={passage}
              claims={claimsOfPassage(claims, passage.id)}
              noteNumbers={noteNumbers}
              activeTheme={reader.theme}
              openClaimId={reader.claim?.id}
              onOpenClaim={reader.openClaim}
            />
          ))}
        </section>
      ))}
      <VerdictDescriptions />
    </article>
  )
}
