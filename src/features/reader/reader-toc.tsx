import { useEffect, useRef } from 'react'
import { t } from '../../lib/i18n'
import { pinSection } from '../sections-nav/section-tracking'
import { SectionsNav } from '../sections-nav/sections-nav'
import { closePanel, readerUi, setReaderUi, subscribeReaderUi, useReaderUi } from './reader-store'
import { usePanelFocus } from './use-panel-focus'

function jump(id: string) {
  pinSection(id)
  closePanel({ returnFocus: false })
}

/**
 * The contents column (an island): the sections and the explainer's parts, the one being read
 * marked, and the keyboard shortcuts. On narrow screens it is a drawer behind the bar's
 * "Contents" button; without JavaScript that button is a link here and CSS shows it in place.
 */
export function ReaderToc() {
  const open = useReaderUi((ui) => ui.panel === 'contents')
  const ref = useRef<HTMLDivElement>(null)
  useCurrentMark(ref)
  usePanelFocus('contents')
  return (
    <div id="contents" ref={ref} className={`reader-toc ${open ? 'is-open' : ''}`}>
      <div className="reader-toc-inner">
        {open ? (
          <div className="mb-2 flex justify-end lg:hidden">
            <button type="button" className="button" onClick={() => closePanel({ returnFocus: true })}>
              {t('reader.toc.close')}
              <span className="sr-only">{t('reader.toc.closeContents')}</span>
            </button>
          </div>
        ) : null}
        <SectionsNav onJump={jump} />
        <button
          type="button"
          className="link shortcuts-control mt-4 text-sm"
          onClick={() => setReaderUi({ helpOpen: true })}
        >
          {t('reader.toc.shortcuts')}
        </button>
      </div>
    </div>
  )
}

/**
 * Marks the contents' link to the section being read (`aria-current`) as the reader scrolls. The
 * attribute is set on the DOM, not rendered: a scroll past a section then changes one attribute
 * instead of rendering the whole list again, and React, which never renders it, never undoes it.
 */
function useCurrentMark(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    let marked: string | undefined
    const mark = () => {
      const current = readerUi().current
      if (current === marked || !ref.current) return
      marked = current
      for (const link of ref.current.querySelectorAll<HTMLAnchorElement>('a.toc-link')) {
        if (link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'true')
        else link.removeAttribute('aria-current')
      }
    }
    mark()
    return subscribeReaderUi(mark)
  }, [ref])
}
