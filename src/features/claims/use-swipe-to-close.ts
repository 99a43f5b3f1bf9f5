import { type RefObject, useEffect } from 'react'
import { mediaMatches } from '../../components/use-media-query'

/** How far (px) or how fast (px/ms) a downward drag must go to close the sheet rather than snap back. */
const CLOSE_DISTANCE = 96
const CLOSE_SPEED = 0.6

/**
 * Lets a reader close the bottom sheet by dragging its top bar down, with a finger, pen or mouse.
 * The sheet follows the drag and closes past a distance or at a flick, else springs back. Only the
 * bar starts a drag (CSS gives it `touch-action: none`), so scrolling the sheet's text or the page
 * never turns into a drag, and a drag never scrolls the page. Beside the article (wide screens)
 * there is no sheet and nothing happens.
 */
export function useSwipeToClose(sheetRef: RefObject<HTMLElement | null>, onClose: () => void) {
  useEffect(() => {
    const sheet = sheetRef.current
    const bar = sheet?.querySelector<HTMLElement>('[data-sheet-grip]')
    if (!sheet || !bar) return
    let drag: { pointerId: number; startY: number; startTime: number; distance: number } | undefined

    const settle = (close: boolean) => {
      sheet.classList.remove('is-dragging')
      sheet.style.transform = ''
      drag = undefined
      if (close) onClose()
    }
    const onDown = (event: PointerEvent) => {
      if (drag || !mediaMatches('(max-width: 63.999rem)')) return
      if (event.pointerType === 'mouse' && event.button !== 0) return
      // The Close button stays a button: pressing it is not the start of a drag.
      if (event.target instanceof Element && event.target.closest('button, a')) return
      // A mouse press would otherwise start selecting the bar's text or a native drag, and the
      // browser then cancels the pointer after its first move (seen in about one drag in three).
      if (event.pointerType === 'mouse') event.preventDefault()
      drag = { pointerId: event.pointerId, startY: event.clientY, startTime: event.timeStamp, distance: 0 }
      bar.setPointerCapture?.(event.pointerId)
      sheet.classList.add('is-dragging')
    }
    const onMove = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return
      drag.distance = Math.max(0, event.clientY - drag.startY)
      sheet.style.transform = drag.distance > 0 ? `translateY(${drag.distance}px)` : ''
    }
    const onUp = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return
      const elapsed = Math.max(1, event.timeStamp - drag.startTime)
      const { distance } = drag
      settle(distance >= CLOSE_DISTANCE || (distance > 24 && distance / elapsed >= CLOSE_SPEED))
    }
    const onCancel = (event: PointerEvent) => {
      if (drag && event.pointerId === drag.pointerId) settle(false)
    }

    bar.addEventListener('pointerdown', onDown)
    bar.addEventListener('pointermove', onMove)
    bar.addEventListener('pointerup', onUp)
    bar.addEventListener('pointercancel', onCancel)
    return () => {
      bar.removeEventListener('pointerdown', onDown)
      bar.removeEventListener('pointermove', onMove)
      bar.removeEventListener('pointerup', onUp)
      bar.removeEventListener('pointercancel', onCancel)
    }
  }, [sheetRef, onClose])
}
