import { Island } from '../../components/island'
import { ArticleView } from '../article/article-view'
import { ReaderSide } from './reader-side'
import { ReaderToc } from './reader-toc'
import { ReaderTop } from './reader-top'

/**
 * The reader's layout: contents on the left, the article in the middle, themes and a claim's
 * context on the right (on narrow screens a sticky bar opens the contents and the themes as
 * drawers, and the context is a bottom sheet). The article is static markup; the three islands
 * around it hold everything interactive and share the reader's state (reader-store.ts, the URL).
 */
export function ReaderPage({ intro, after }: { intro?: React.ReactNode; after?: React.ReactNode }) {
  return (
    <div className="reader">
      <Island name="reader-toc">
        <ReaderToc />
      </Island>
      <div className="reader-main">
        <Island name="reader-top">
          <ReaderTop />
        </Island>
        <ArticleView intro={intro} after={after} />
      </div>
      <Island name="reader-side">
        <ReaderSide />
      </Island>
    </div>
  )
}
