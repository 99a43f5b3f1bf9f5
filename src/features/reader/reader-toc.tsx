import { pinSection } from '../sections-nav/section-tracking'
import { SectionsNav } from '../sections-nav/sections-nav'
import { closePanel, setReaderUi, useReaderUi } from './reader-store'
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
  const current = useReaderUi((ui) => ui.current)
  usePanelFocus('contents')
  return (
    <div id="contents" className={`reader-toc ${open ? 'is-open' : ''}`}>
      <div className="reader-toc-inner">
        {open ? (
          <div className="mb-2 flex justify-end lg:hidden">
            <button type="button" className="button" onClick={() => closePanel({ returnFocus: true })}>
              Close<span className="sr-only"> contents</span>
            </button>
          </div>
        ) : null}
        <SectionsNav current={current} onJump={jump} />
        <button
          type="button"
          className="link shortcuts-control mt-4 text-sm"
          onClick={() => setReaderUi({ helpOpen: true })}
        >
          Keyboard shortcuts
        </button>
      </div>
    </div>
  )
}
