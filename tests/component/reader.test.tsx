import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { content } from '../../src/content'
import { themeReasons } from '../../src/content/theme-reasons'
import { EXPLAINER_PARTS } from '../../src/features/editorial/explainer-parts'
import { setShortcutsEnabled } from '../../src/features/shortcuts/shortcut-actions'
import { claimsInOrder } from '../../src/lib/article'
import { renderApp } from '../render-app'

const sectionsNav = () => screen.getByRole('navigation', { name: 'Sections' })
const themes = () => screen.getByRole('complementary', { name: 'Themes' })
const passages = () => [...document.querySelectorAll<HTMLElement>('main [data-passage]')]
/** The theme lens on the article (one attribute; CSS marks the passages), or undefined when off. */
const lens = () => document.querySelector('main article')?.getAttribute('data-active-theme') ?? undefined
/** The passages the lens marks: those that carry its theme. */
const lensPassages = () =>
  passages().filter((p) => lens() !== undefined && p.dataset.themes?.split(' ').includes(lens() ?? ''))
/**
 * How long to wait for a part whose code loads on first use (the context, a theme's walk): the
 * first load of a chunk is transformed on the spot under Vitest, over a second on a busy machine.
 */
const CHUNK_WAIT = { timeout: 3000 }
/** The Context dialog once its content has loaded (a frame with the same name shows while it loads). */
const contextDialog = async () => {
  await screen.findByText(/^Key claim \d+ of \d+/, {}, CHUNK_WAIT)
  return screen.getByRole('dialog', { name: 'Context' })
}
const claimLink = (id: string) => {
  const link = document.querySelector<HTMLAnchorElement>(`main a[data-claim="${id}"]`)
  if (!link) throw new Error(`no claim link ${id}`)
  return link
}

describe('table of contents', () => {
  it('lists every section with a link to its id and the themes it holds, then the explainer’s parts', async () => {
    await renderApp('/')
    const links = within(sectionsNav()).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      ...content.article.sections.map((s) => `#${s.id}`),
      ...EXPLAINER_PARTS.map((part) => `#${part.id}`),
    ])
    expect(links[1]).toHaveTextContent(/Themes: Cooperation/)
  })

  it('marks the section named by the hash as current', async () => {
    window.location.hash = '#impact-on-communities-and-public-safety'
    await renderApp('/#impact-on-communities-and-public-safety')
    await waitFor(() =>
      expect(within(sectionsNav()).getByRole('link', { name: /Impact on Communities/ })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    )
    window.location.hash = ''
  })

  it('gives each section heading a copy-link anchor and previous / next links', async () => {
    await renderApp('/')
    expect(
      screen.getByRole('link', { name: 'Copy link to section “Strengthening Ties with the United States”' }),
    ).toHaveAttribute('href', '#strengthening-ties-with-the-united-states')
    expect(screen.getAllByRole('link', { name: /Next: Impact on Communities/ })).toHaveLength(1)
    expect(screen.getByText(/min read ·/)).toBeInTheDocument()
  })
})

describe('themes', () => {
  it('turns a theme lens on and off, in the URL and on every passage', async () => {
    const { user, router } = await renderApp('/')
    expect(lens()).toBeUndefined()
    const toggle = within(themes()).getByRole('button', { name: /Law enforcement/ })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    // The lens and the pressed toggle come first; the URL follows the next frame.
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(lens()).toBe('law-enforcement')
    await waitFor(() => expect(router.state.location.search).toEqual({ theme: 'law-enforcement' }))
    const marked = lensPassages()
    expect(marked.length).toBeGreaterThan(0)
    expect(marked.length).toBeLessThan(passages().length)
    await user.click(toggle)
    expect(lens()).toBeUndefined()
    await waitFor(() => expect(router.state.location.search).toEqual({}))
  })

  it('clears the lens with "Show all" and says how many passages and claims each theme holds', async () => {
    const { user, router } = await renderApp('/?theme=cooperation')
    const cooperation = within(themes()).getByRole('button', { name: /Cooperation/ })
    const passageCount = passages().filter((p) => p.dataset.themes?.includes('cooperation')).length
    const claimCount = content.claims.filter((c) => c.themes.includes('cooperation')).length
    expect(cooperation).toHaveTextContent(`${passageCount} passages · ${claimCount} claims`)
    await user.click(await within(themes()).findByRole('button', { name: 'Show all' }, CHUNK_WAIT))
    expect(cooperation).toHaveAttribute('aria-pressed', 'false')
    await waitFor(() => expect(router.state.location.search).toEqual({}))
  })

  it('walks the theme’s passages in article order, moving focus and saying where it is', async () => {
    const { user } = await renderApp('/?theme=community-impact')
    const expected = lensPassages()
    expect(expected.length).toBeGreaterThan(1)
    const next = await within(themes()).findByRole('button', { name: 'Next passage' }, CHUNK_WAIT)
    const previous = within(themes()).getByRole('button', { name: 'Previous passage' })
    expect(previous).toBeDisabled()
    await user.click(next)
    expect(document.activeElement).toBe(expected[0])
    expect(within(themes()).getByText(`1 of ${expected.length}`)).toBeInTheDocument()
    await user.click(next)
    expect(document.activeElement).toBe(expected[1])
    expect(within(themes()).getByText(`2 of ${expected.length}`)).toBeInTheDocument()
    await user.click(previous)
    expect(document.activeElement).toBe(expected[0])
  })

  it('lists the theme’s passages as jump links with the editors’ reason', async () => {
    await renderApp('/?theme=cooperation')
    await within(themes()).findByRole('button', { name: 'Next passage' }, CHUNK_WAIT)
    const list = within(themes())
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('a[href^="#"]'))
    const reasons = content.article.sections
      .flatMap((s) => s.passages)
      .filter((p) => p.themes.includes('cooperation'))
      .map((p) => themeReasons[p.id] ?? '')
    expect(reasons.every((reason) => reason.length > 0)).toBe(true)
    expect(list.map((item) => item.textContent)).toEqual(reasons.map((reason) => expect.stringContaining(reason)))
  })

  it('restores the theme on Back and Forward', async () => {
    const { user, router } = await renderApp('/')
    await user.click(within(themes()).getByRole('button', { name: /Cooperation/ }))
    await waitFor(() => expect(router.state.location.search).toEqual({ theme: 'cooperation' }))
    await user.click(within(themes()).getByRole('button', { name: /Law enforcement/ }))
    await waitFor(() => expect(router.state.location.search).toEqual({ theme: 'law-enforcement' }))
    await act(async () => router.history.back())
    await waitFor(() =>
      expect(within(themes()).getByRole('button', { name: /Cooperation/ })).toHaveAttribute('aria-pressed', 'true'),
    )
    await act(async () => router.history.forward())
    await waitFor(() =>
      expect(within(themes()).getByRole('button', { name: /Law enforcement/ })).toHaveAttribute('aria-pressed', 'true'),
    )
  })
})

describe('claims', () => {
  it('marks each claim as a real link to its own URL that opens a dialog', async () => {
    await renderApp('/')
    const link = claimLink('nyt-interview-date')
    expect(link).toHaveAttribute('href', '/?claim=nyt-interview-date')
    expect(link).toHaveAttribute('aria-haspopup', 'dialog')
    expect(link).toHaveAttribute('aria-expanded', 'false')
    expect(link.closest('mark')).not.toBeNull()
  })

  it('opens the context in place on click, and Escape closes it and returns focus to the claim', async () => {
    const { user, router } = await renderApp('/')
    const link = claimLink('nyt-interview-date')
    await user.click(link)
    const dialog = await contextDialog()
    await waitFor(() => expect(router.state.location.search).toEqual({ claim: 'nyt-interview-date' }))
    expect(link).toHaveAttribute('aria-expanded', 'true')
    expect(await within(dialog).findByText(/Speaking to The New York Times in September 2023/)).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Context' })).not.toBeInTheDocument())
    expect(router.state.location.search).toEqual({})
    expect(document.activeElement).toBe(link)
  })

  it('opens with Enter from the keyboard and closes with the close button', async () => {
    const { user } = await renderApp('/')
    const link = claimLink('increased-funding')
    link.focus()
    await user.keyboard('{Enter}')
    const dialog = await contextDialog()
    await user.click(within(dialog).getByRole('button', { name: 'Close context' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(document.activeElement).toBe(link)
  })

  it('opens a claim named in the URL, and Back closes it', async () => {
    const { router } = await renderApp('/')
    await act(async () => router.navigate({ to: '/', search: { claim: 'increased-funding' } }))
    expect(await screen.findByRole('dialog', { name: 'Context' })).toBeInTheDocument()
    await act(async () => router.history.back())
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('moves between claims and switches the lens from inside the context', async () => {
    const { user, router } = await renderApp('/?claim=nyt-interview-date')
    const dialog = await contextDialog()
    await user.click(within(dialog).getByRole('link', { name: /Next claim/ }))
    await waitFor(() => expect(router.state.location.search.claim).not.toBe('nyt-interview-date'))
    const next = await contextDialog()
    const themeButton = within(next).getAllByRole('button', { pressed: false })[0]
    if (!themeButton) throw new Error('no theme button in the context')
    await user.click(themeButton)
    expect(router.state.location.search.theme).toBeDefined()
  })

  it('shows a polite notice, no dialog and no lens for an unknown claim or theme', async () => {
    await renderApp('/?claim=nope&theme=%3Cb%3Ebold%3C%2Fb%3E')
    const notice = screen.getByText(/No claim “nope”: showing the article/)
    expect(notice).toHaveTextContent('No theme “<b>bold</b>”: showing the article.')
    expect(notice.closest('[role="status"]')).not.toBeNull()
    expect(notice.querySelector('b')).toBeNull()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(lens()).toBeUndefined()
  })
})

describe('keyboard shortcuts', () => {
  afterEach(() => window.localStorage.clear())

  it('opens help with ?, opens the next claim with n and cycles themes with t', async () => {
    const { user, router } = await renderApp('/')
    await user.keyboard('?')
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 3000 })
    await user.keyboard('{Escape}')
    expect(help).not.toBeInTheDocument()
    await user.keyboard('n')
    await waitFor(() => expect(router.state.location.search.claim).toBeDefined())
    await user.keyboard('t')
    await waitFor(() => expect(router.state.location.search.theme).toBe('cooperation'))
  })

  it('never fires while typing in a field, and can be switched off', async () => {
    const { user, router } = await renderApp('/')
    const field = document.createElement('input')
    document.body.append(field)
    field.focus()
    await user.keyboard('nt')
    expect(router.state.location.search).toEqual({})
    field.remove()
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 3000 })
    await user.click(within(help).getByRole('checkbox', { name: 'Single-key shortcuts on' }))
    await user.click(within(help).getByRole('button', { name: 'Close' }))
    await user.keyboard('t')
    expect(router.state.location.search).toEqual({})
    expect(window.localStorage.getItem('shortcuts')).toBe('off')
  })
})

describe('keyboard shortcuts, each key', () => {
  // The setting is kept in memory for the visit: a test above switches the shortcuts off.
  beforeEach(() => setShortcutsEnabled(true))
  afterEach(() => {
    window.localStorage.clear()
    window.location.hash = ''
  })

  const sectionIds = content.article.sections.map((section) => section.id)
  const orderedClaims = claimsInOrder(content).map((claim) => claim.id)

  it('k goes to the previous section and j to the next, from the section being read', async () => {
    const [first, second, third] = sectionIds
    if (!first || !second || !third) throw new Error('the article needs three sections')
    window.location.hash = `#${second}`
    const { user } = await renderApp(`/#${second}`)
    await waitFor(() =>
      expect(within(sectionsNav()).getByRole('link', { current: true })).toHaveAttribute('href', `#${second}`),
    )
    await user.keyboard('k')
    await waitFor(() => expect(window.location.hash).toBe(`#${first}`))
    await user.keyboard('j')
    await waitFor(() => expect(window.location.hash).toBe(`#${second}`))
    await user.keyboard('j')
    await waitFor(() => expect(window.location.hash).toBe(`#${third}`))
  })

  it('p with no claim open opens the last claim, then the one before it; n goes forward again', async () => {
    const last = orderedClaims.at(-1)
    const beforeLast = orderedClaims.at(-2)
    const { user, router } = await renderApp('/')
    await user.keyboard('p')
    await waitFor(() => expect(router.state.location.search.claim).toBe(last))
    await user.keyboard('p')
    await waitFor(() => expect(router.state.location.search.claim).toBe(beforeLast))
    await user.keyboard('n')
    await waitFor(() => expect(router.state.location.search.claim).toBe(last))
  })

  it('keeps the focus inside the help: Tab from its last control goes to its first, Shift+Tab back', async () => {
    const { user } = await renderApp('/')
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' })
    await user.click(opener)
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 3000 })
    const first = within(help).getByRole('checkbox', { name: 'Single-key shortcuts on' })
    const last = within(help).getByRole('button', { name: 'Close' })
    expect(document.activeElement).toBe(first)
    await user.tab({ shift: true })
    expect(document.activeElement).toBe(last)
    await user.tab()
    expect(document.activeElement).toBe(first)
    await user.tab()
    expect(document.activeElement).toBe(last)
    await user.keyboard('{Escape}')
    expect(help).not.toBeInTheDocument()
    expect(document.activeElement).toBe(opener)
  })
})

describe('a claim link clicked with a modifier or another button', () => {
  /** Clicks like a mouse would and says whether the page took the click over (no navigation). */
  function clickTakenOver(link: HTMLElement, init: MouseEventInit) {
    let takenOver: boolean | undefined
    // Last to see the click: records what the page did, then stops jsdom's own navigation.
    const observe = (event: Event) => {
      takenOver = event.defaultPrevented
      event.preventDefault()
    }
    window.addEventListener('click', observe)
    try {
      fireEvent.click(link, init)
    } finally {
      window.removeEventListener('click', observe)
    }
    if (takenOver === undefined) throw new Error('the click never reached the window')
    return takenOver
  }

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['the middle button', { button: 1 }],
  ])('with %s follows the link (a new tab or window) and opens no dialog', async (_, init) => {
    const { router } = await renderApp('/')
    const link = claimLink('increased-funding')
    expect(clickTakenOver(link, init)).toBe(false)
    await act(async () => {})
    expect(router.state.location.search).toEqual({})
    expect(screen.queryByRole('dialog', { name: 'Context' })).not.toBeInTheDocument()
  })

  it('with a plain left click opens the context in place instead', async () => {
    const { router } = await renderApp('/')
    expect(clickTakenOver(claimLink('increased-funding'), { button: 0 })).toBe(true)
    await waitFor(() => expect(router.state.location.search).toEqual({ claim: 'increased-funding' }))
  })
})

describe('degraded browsers', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('works with storage blocked: the dark mode toggle still toggles', async () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    }
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => blocked })
    try {
      const { user } = await renderApp('/')
      const toggle = screen.getByRole('button', { name: /Dark mode/ })
      expect(toggle).toHaveAttribute('aria-pressed', 'false')
      await user.click(toggle)
      expect(toggle).toHaveAttribute('aria-pressed', 'true')
      expect(document.documentElement.dataset.colorScheme).toBe('dark')
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original)
      delete document.documentElement.dataset.colorScheme
    }
  })

  it('renders and tracks sections without IntersectionObserver or matchMedia', async () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    vi.stubGlobal('matchMedia', undefined)
    const { user } = await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(content.article.title)
    await user.click(within(themes()).getByRole('button', { name: /Cooperation/ }))
    expect(within(themes()).getByRole('button', { name: /Cooperation/ })).toHaveAttribute('aria-pressed', 'true')
    // Scrolled so that the second section's top has passed the reading line and the third's has not:
    // the scroll listener alone must mark the second as current.
    const [first, second, ...rest] = content.article.sections
    if (!first || !second) throw new Error('the article needs two sections')
    placeTop(first.id, -900)
    placeTop(second.id, 40)
    for (const section of rest) placeTop(section.id, 2000)
    await act(async () => window.dispatchEvent(new Event('scroll')))
    await waitFor(() =>
      expect(within(sectionsNav()).getByRole('link', { name: new RegExp(second.title) })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    )
    expect(within(sectionsNav()).getByRole('link', { name: new RegExp(first.title) })).not.toHaveAttribute(
      'aria-current',
    )
  })
})

/** Gives an element a fixed box as the layout would, `top` pixels from the viewport's top. */
function placeTop(id: string, top: number, height = 100) {
  const element = document.getElementById(id)
  if (!element) throw new Error(`no element #${id}`)
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({
    top,
    bottom: top + height,
    height,
    left: 0,
    right: 800,
    width: 800,
    x: 0,
    y: top,
    toJSON: () => ({}),
  })
}

describe('reading progress', () => {
  afterEach(() => vi.restoreAllMocks())

  it('says how much of the article is read, from how far it has scrolled past the top', async () => {
    await renderApp('/')
    const article = document.querySelector('main article')
    if (!article) throw new Error('no article')
    // 2,000 px of article in a window of innerHeight: the scrollable part is 2,000 - innerHeight.
    const scrolled = 500
    vi.spyOn(article, 'getBoundingClientRect').mockReturnValue({
      top: -scrolled,
      bottom: 2000 - scrolled,
      height: 2000,
      left: 0,
      right: 800,
      width: 800,
      x: 0,
      y: -scrolled,
      toJSON: () => ({}),
    })
    const expected = Math.round((scrolled / (2000 - window.innerHeight)) * 100)
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(100)
    await act(async () => window.dispatchEvent(new Event('scroll')))
    await waitFor(() => expect(screen.getByText(/% read$/)).toHaveTextContent(`${expected}% read`))
  })
})
