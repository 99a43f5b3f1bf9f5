// The name cards' behaviour, for every name in the text by one set of delegated listeners (the
// article stays static HTML). Loaded after hydration, off the critical path; until it runs, a name
// is a plain link to who's who. How a card opens follows the pointer that reaches it
// (PointerEvent.pointerType), never a guess about the device: a mouse or pen that rests on a name
// for half a second, keyboard focus, or a first tap (a second tap, or a link in the card, goes
// where it leads). Tab moves on through the text as ever (the card closes as focus leaves it): the
// card's links are in the name's who's-who entry too. WCAG 1.4.13: the card stays while the pointer moves into it, and closes on
// Escape (focus back on the name), on leaving both, and on a tap or click outside.

const OPEN_AFTER_MS = 500
const CLOSE_AFTER_MS = 300
const MENTION = 'main a.mention[data-card]'

type Open = { mention: HTMLElement; card: HTMLElement }

/** Starts the name cards; returns the function that stops them. */
export function startMentionCards({ onShowWho }: { onShowWho: (personId: string) => void }): () => void {
  let open: Open | undefined
  let opening: number | undefined
  let closing: number | undefined
  let lastPointer = ''
  // Focus that the cards move themselves (back to the name on Escape) must not reopen a card.
  let quietFocus = false
  // A card whose name scrolls out of sight closes, rather than hang on a name no longer there.
  // (Where IntersectionObserver is missing, cards simply stay until closed another way.)
  const sight =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => !entry.isIntersecting && entry.target === open?.mention)) hide()
        })
      : undefined

  for (const mention of document.querySelectorAll<HTMLElement>(MENTION)) {
    mention.setAttribute('aria-controls', mention.dataset.card ?? '')
    mention.setAttribute('aria-expanded', 'false')
  }

  const cancel = () => {
    window.clearTimeout(opening)
    window.clearTimeout(closing)
    opening = closing = undefined
  }
  const within = (node: EventTarget | null) =>
    node instanceof Node && open !== undefined && (open.mention.contains(node) || open.card.contains(node))
  const mentionOf = (node: EventTarget | null) => (node instanceof Element ? node.closest<HTMLElement>(MENTION) : null)

  function hide(returnFocus = false) {
    // A card closing (the pointer left it) leaves another name's pending opening alone.
    window.clearTimeout(closing)
    if (!open) return
    const { mention, card } = open
    open = undefined
    sight?.disconnect()
    if (card.matches(':popover-open')) card.hidePopover()
    mention.style.removeProperty('anchor-name')
    mention.setAttribute('aria-expanded', 'false')
    if (returnFocus) {
      quietFocus = true
      mention.focus()
      quietFocus = false
    }
  }

  function show(mention: HTMLElement) {
    cancel()
    if (open?.mention === mention) return
    hide()
    const card = document.getElementById(mention.dataset.card ?? '')
    if (!card || typeof card.showPopover !== 'function') return
    // Set through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
    mention.style.setProperty('anchor-name', '--who-mention')
    card.showPopover()
    mention.setAttribute('aria-expanded', 'true')
    open = { mention, card }
    keepClear(mention, card)
    sight?.observe(mention)
  }

  const onPointerOver = (event: PointerEvent) => {
    lastPointer = event.pointerType
    if (event.pointerType === 'touch') return
    if (within(event.target)) {
      window.clearTimeout(closing)
      return
    }
    const mention = mentionOf(event.target)
    if (!mention) return
    window.clearTimeout(opening)
    opening = window.setTimeout(() => show(mention), OPEN_AFTER_MS)
  }
  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return
    // A pointer that only passes over a name opens nothing.
    const from = mentionOf(event.target)
    if (from && from !== mentionOf(event.relatedTarget)) window.clearTimeout(opening)
    if (open && within(event.target) && !within(event.relatedTarget)) {
      closing = window.setTimeout(() => hide(), CLOSE_AFTER_MS)
    }
  }
  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType
  }
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null
    const mention = mentionOf(target)
    if (mention) {
      // The first tap opens the card; a tap on the name whose card is open follows the link.
      if (lastPointer === 'touch' && open?.mention !== mention && event.button === 0) {
        event.preventDefault()
        show(mention)
      }
      return
    }
    // "Show every mention", in a card or in who's who: the name's lens, in place.
    const lens = target?.closest<HTMLElement>('a[data-who-lens]')
    if (lens && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      hide()
      onShowWho(lens.dataset.whoLens ?? '')
      return
    }
    // A tap or click outside closes the card, and so does following a link in it.
    if (open && (!within(target) || target?.closest('a'))) hide()
  }
  const onFocusIn = (event: FocusEvent) => {
    const mention = mentionOf(event.target)
    if (mention && !quietFocus && mention.matches(':focus-visible')) show(mention)
  }
  const onFocusOut = (event: FocusEvent) => {
    if (open && within(event.target) && event.relatedTarget !== null && !within(event.relatedTarget)) hide()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return
    if (event.key === 'Escape') {
      event.stopPropagation()
      hide(within(document.activeElement) || document.activeElement === document.body)
    }
  }

  const listeners: [string, EventListener, boolean][] = [
    ['pointerover', onPointerOver as EventListener, false],
    ['pointerout', onPointerOut as EventListener, false],
    ['pointerdown', onPointerDown as EventListener, true],
    ['click', onClick as EventListener, false],
    ['focusin', onFocusIn as EventListener, false],
    ['focusout', onFocusOut as EventListener, false],
    ['keydown', onKeyDown as EventListener, true],
  ]
  for (const [type, listener, capture] of listeners) document.addEventListener(type, listener, capture)
  return () => {
    hide()
    sight?.disconnect()
    for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener, capture)
  }
}

/**
 * A card never covers the words it explains: where it sits over its name (a bottom sheet on a
 * narrow screen), the page scrolls the name up, clear of it.
 */
function keepClear(mention: HTMLElement, card: HTMLElement) {
  const name = mention.getBoundingClientRect()
  const box = card.getBoundingClientRect()
  const overlaps = name.bottom > box.top && name.top < box.bottom && name.right > box.left && name.left < box.right
  if (overlaps) window.scrollBy({ top: name.bottom - box.top + 12, behavior: 'instant' })
}
