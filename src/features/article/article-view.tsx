import type { ReactNode } from 'react'
import { content } from '../../content'
import { publication } from '../../content/publication'
import type { ThemeId } from '../../content/types'
import { allPassages, claimsInOrder, claimsOfPassage, readingMinutes } from '../../lib/article'
import { ContextIsland, type ContextIslandRender } from '../claims/context-island'
import { IsoDate } from '../editorial/iso-date'
import { HeadingAnchor } from './heading-anchor'
import { PassageView } from './passage-view'
import { SectionPager } from './section-pager'

const noteNumbers = new Map(claimsInOrder(content).map((claim, index) => [claim.id, index + 1]))
const minutes = readingMinutes(content.article)
// Computed once, so each memoized passage gets the same array on every render.
const claimsByPassage = new Map(allPassages(content.article).map((p) => [p.id, claimsOfPassage(content.claims, p.id)]))
const noClaims: never[] = []
const renderEndnotes: ContextIslandRender = ({ ClaimEndnotes, notesBundle }) => <ClaimEndnotes notes={notesBundle} />

type ArticleViewProps = {
  activeTheme: ThemeId | undefined
  openClaimId: string | undefined
  onOpenClaim: (claimId: string) => void
  onJump: (sectionId: string) => void
  /** Editorial matter shown between the title and the first section. */
  intro?: ReactNode
}

/** The article, verbatim, as sections of passages with key claims marked; then the claim notes. */
export function ArticleView({ activeTheme, openClaimId, onOpenClaim, onJump, intro }: ArticleViewProps) {
  const { article } = content
  return (
    <article
      className="article"
      aria-labelledby="article-title"
      {...(activeTheme ? { 'data-active-theme': activeTheme } : {})}
    >
      <div className="mb-8">
        <h1 id="article-title" className="article-title">
          {article.title}
        </h1>
        <p className="mt-3 text-sm text-muted">
          {article.source} About {minutes} min read.
        </p>
        <p className="article-dates mt-1 text-sm text-muted">
          Explainer published <IsoDate date={publication.published} />
          {publication.updated !== publication.published ? (
            <>
              {' · '}Updated <IsoDate date={publication.updated} />
            </>
          ) : null}
        </p>
      </div>
      {intro}
      {article.sections.map((section, index) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="article-section">
          <div className="section-heading">
            <h2 id={`${section.id}-heading`}>{section.title}</h2>
            <HeadingAnchor sectionId={section.id} title={section.title} />
          </div>
          {section.editorialTitle ? (
            <p className="editorial-tag">Heading added by the editors; the article has none here.</p>
          ) : null}
          {section.passages.map((passage) => (
            <PassageView
              key={passage.id}
              passage={passage}
              claims={claimsByPassage.get(passage.id) ?? noClaims}
              noteNumbers={noteNumbers}
              activeTheme={activeTheme}
              openClaimId={
                openClaimId !== undefined && claimsByPassage.get(passage.id)?.some((c) => c.id === openClaimId)
                  ? openClaimId
                  : undefined
              }
              onOpenClaim={onOpenClaim}
            />
          ))}
          <SectionPager previous={article.sections[index - 1]} next={article.sections[index + 1]} onJump={onJump} />
        </section>
      ))}
      <ContextIsland render={renderEndnotes} />
    </article>
  )
}
