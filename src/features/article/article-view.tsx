import type { ReactNode } from 'react'
import { WithParts } from '../../components/with-parts'
import { content } from '../../content'
import { originals as allOriginals } from '../../content/originals'
import { publication } from '../../content/publication'
import { allPassages, claimsInOrder, claimsOfPassage, readingMinutes } from '../../lib/article'
import { t } from '../../lib/i18n'
import { firstMentions } from '../../lib/mentions'
import { IsoDate } from '../editorial/iso-date'
import { HeadingAnchor } from './heading-anchor'
import { PassageView } from './passage-view'
import { SectionPager } from './section-pager'

const noteNumbers = new Map(claimsInOrder(content).map((claim, index) => [claim.id, index + 1]))
const minutes = readingMinutes(content.article)
const claimsByPassage = new Map(allPassages(content.article).map((p) => [p.id, claimsOfPassage(content.claims, p.id)]))
const noClaims: never[] = []
const mentionsByPassage = new Map(
  allPassages(content.article).map((p) => [p.id, content.mentions.filter((mention) => mention.passageId === p.id)]),
)
const first = firstMentions(content.article, content.mentions)
// The English original beside our translation: only in the prerendered HTML (and the dev server's
// page), never in the browser's JavaScript, where the article is never rendered again.
const originals = import.meta.env.SSR || import.meta.env.DEV ? allOriginals : null

type ArticleViewProps = {
  /** Editorial matter between the title and the first section: kept short, so the text starts on the first screen. */
  intro?: ReactNode
  /** The explainer's matter after the text (takeaways, who's who, the notes on each claim). */
  after?: ReactNode
}

/**
 * The article, verbatim, as sections of passages with key claims marked, framed by the explainer's
 * matter. Static markup with no state: a prerendered page keeps it as HTML and the browser never
 * hydrates it (main.tsx hydrates the reader's islands around it). The reader's state reaches it as
 * attributes (the theme lens on this element, a claim's link open or closed), set by
 * use-article-links.ts, with CSS doing the rest.
 */
export function ArticleView({ intro, after }: ArticleViewProps) {
  const { article } = content
  return (
    <article className="article" aria-labelledby="article-title">
      <div className="mb-8">
        <h1 id="article-title" className="article-title">
          {article.title}
        </h1>
        {originals ? (
          <p className="original-title mt-2 text-sm text-muted">
            <span className="translation-mark">{t('layout.translationMark')}</span> {t('article.originalTitle')}{' '}
            <cite lang="en">{originals.title}</cite>
          </p>
        ) : null}
        <p className="mt-3 text-sm text-muted">
          {article.source} {t('article.readingTime', { minutes })}
        </p>
        <p className="article-dates mt-1 text-sm text-muted">
          <WithParts text={t('article.published')} parts={{ date: <IsoDate date={publication.published} /> }} />
          {publication.updated !== publication.published ? (
            <>
              {' · '}
              <WithParts text={t('article.updated')} parts={{ date: <IsoDate date={publication.updated} /> }} />
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
          {section.editorialTitle ? <p className="editorial-tag">{t('article.editorialHeading')}</p> : null}
          {section.passages.map((passage) => (
            <PassageView
              key={passage.id}
              passage={passage}
              claims={claimsByPassage.get(passage.id) ?? noClaims}
              noteNumbers={noteNumbers}
              mentions={mentionsByPassage.get(passage.id) ?? noClaims}
              firstMentions={first}
              original={originals?.passages[passage.id]}
            />
          ))}
          <SectionPager previous={article.sections[index - 1]} next={article.sections[index + 1]} />
        </section>
      ))}
      {after}
    </article>
  )
}
