import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LiveRegion } from '../../src/components/announcer'
import { content } from '../../src/content'
import { ContextIsland } from '../../src/features/claims/context-island'
import { loadNotes } from '../../src/features/claims/notes-resource'
import { ClaimDialogBoundary } from '../../src/features/reader/claim-dialog-boundary'
import { parsePosition, ResumeOffer } from '../../src/features/resume/resume-offer'
import { ShareActions } from '../../src/features/share/share-actions'
import { Route as RootRoute } from '../../src/routes/__root'
import { Route as IndexRoute } from '../../src/routes/index'

// What a reader sees when something fails: the clipboard or the share sheet refusing, a route or
// a part of the page throwing, a stored position that is stale or tampered with.

let consoleCalls: unknown[][] = []
beforeEach(() => {
  consoleCalls = []
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args)
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** What the page's live region says once it settles (it is filled after a short delay). */
const announced = async (text: string) => {
  const region = document.querySelector('[data-announcer]')
  await waitFor(() => expect(region).toHaveTextContent(text))
}

describe('copy and share', () => {
  function renderShare() {
    render(
      <>
        <ShareActions href="/?claim=increased-funding" subject="this claim" title="A claim" />
        <LiveRegion />
      </>,
    )
  }
  const stubClipboard = (writeText: (text: string) => Promise<void>) => {
    const spy = vi.fn(writeText)
    vi.stubGlobal('navigator', Object.create(navigator, { clipboard: { value: { writeText: spy } } }))
    return spy
  }
  // jsdom names the button "Sharethis claim" (it drops the hidden text's leading space); browsers
  // say "Share this claim".
  const shareButton = () => screen.findByRole('button', { name: /^Share\s*this claim$/ })
  const stubShare = (share: () => Promise<void>) => {
    vi.stubGlobal(
      'navigator',
      Object.create(navigator, { share: { value: vi.fn(share) }, clipboard: { value: navigator.clipboard } }),
    )
  }

  it('says the link was copied when the clipboard takes it', async () => {
    const writeText = stubClipboard(async () => {})
    renderShare()
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this claim' }))
    await announced('Link to this claim copied')
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?claim=increased-funding`)
  })

  it('says it could not copy when the clipboard refuses, or when there is none', async () => {
    stubClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError')
    })
    renderShare()
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this claim' }))
    await announced('Could not copy: the link is in the address bar')
    vi.stubGlobal('navigator', Object.create(navigator, { clipboard: { value: undefined } }))
    document.querySelector('[data-announcer]')?.replaceChildren()
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this claim' }))
    await announced('Could not copy: the link is in the address bar')
  })

  it('falls back to copying when the share sheet fails', async () => {
    const writeText = stubClipboard(async () => {})
    stubShare(async () => {
      throw new DOMException('A share is already in progress.', 'InvalidStateError')
    })
    renderShare()
    fireEvent.click(await shareButton())
    await announced('Link to this claim copied')
    expect(writeText).toHaveBeenCalledTimes(1)
  })

  it('copies nothing and says nothing when the reader cancels the share sheet', async () => {
    const writeText = stubClipboard(async () => {})
    const share = vi.fn(async () => {
      throw new DOMException('Share canceled.', 'AbortError')
    })
    vi.stubGlobal('navigator', Object.create(navigator, { share: { value: share } }))
    renderShare()
    fireEvent.click(await shareButton())
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1))
    // Longer than the live region's delay: had anything been said, it would be there by now.
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(writeText).not.toHaveBeenCalled()
    expect(document.querySelector('[data-announcer]')).toHaveTextContent('')
  })
})

/** Throws while `failing.broken` is set, then renders its text: a part that fails until fixed. */
const failing = { broken: true }
function Failing({ text = 'Rendered again' }: { text?: string }) {
  if (failing.broken) throw new Error('render failed')
  return <p>{text}</p>
}

describe('a route that throws', () => {
  /** The app's root and article routes' error pages, over routes whose component throws until fixed. */
  async function renderFailing(where: 'root' | 'article') {
    const state = failing
    state.broken = true
    const root = createRootRoute({
      component: where === 'root' ? () => <Failing /> : Outlet,
      errorComponent: RootRoute.options.errorComponent,
    })
    const article = createRoute({
      getParentRoute: () => root,
      path: '/',
      component: () => <Failing />,
      errorComponent: IndexRoute.options.errorComponent,
    })
    const router = createRouter({
      routeTree: root.addChildren([article]),
      history: createMemoryHistory({ initialEntries: ['/'] }),
    })
    render(<RouterProvider router={router} />)
    const alert = await screen.findByRole('alert')
    return { alert, state }
  }

  it.each(['root', 'article'] as const)(
    'at the %s shows what happened, a way to try again and a link back to the article',
    async (where) => {
      const { alert, state } = await renderFailing(where)
      expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument()
      expect(alert).toHaveTextContent('The article itself is safe.')
      expect(within(alert).getByRole('link', { name: 'Reload the article' })).toHaveAttribute('href', '/')
      // A failure of the layout itself still gives the page its main landmark.
      if (where === 'root') expect(screen.getByRole('main')).toContainElement(alert)
      else expect(screen.queryByRole('main')).toBeNull()
      state.broken = false
      fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await screen.findByText('Rendered again')).toBeInTheDocument()
      expect(screen.queryByRole('alert')).toBeNull()
    },
  )
})

describe('a part of the page that throws', () => {
  it('the claim’s context shows a message in its frame, and Try again renders it again', async () => {
    const state = failing
    state.broken = true
    const onClose = vi.fn()
    render(
      <ClaimDialogBoundary claimId="increased-funding" onClose={onClose}>
        <Failing text="The context" />
      </ClaimDialogBoundary>,
    )
    const dialog = screen.getByRole('dialog', { name: 'Context' })
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The context could not be loaded.')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close context' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    state.broken = false
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('The context')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    // The failure is left on the console for whoever debugs the page.
    expect(consoleCalls.some((args) => String(args[0]).includes('part of the page failed'))).toBe(true)
  })

  it('the matter around the article is left out, and what stands beside it stays', async () => {
    // Loaded first, so the island renders (and throws) at once instead of waiting for its code.
    await loadNotes()
    await act(async () => {
      render(
        <>
          <p>The article</p>
          <ContextIsland
            render={() => {
              throw new Error('chunk failed')
            }}
          />
        </>,
      )
    })
    expect(consoleCalls.some((args) => String(args[0]).includes('part of the page failed'))).toBe(true)
    expect(screen.getByText('The article')).toBeInTheDocument()
    expect(document.body.textContent).toBe('The article')
  })
})

describe('the resume offer’s stored position', () => {
  const [firstSection, laterSection] = content.article.sections
  const [theme] = content.themes
  if (!firstSection || !laterSection || !theme) throw new Error('the article needs two sections and a theme')
  const stored = (value: unknown) => JSON.stringify(value)

  it('reads a known section, with a known theme or none', () => {
    expect(parsePosition(stored({ sectionId: laterSection.id, theme: theme.id }))).toEqual({
      section: laterSection,
      theme,
    })
    expect(parsePosition(stored({ sectionId: laterSection.id }))).toEqual({ section: laterSection, theme: undefined })
    // The top of the article is where a bare visit starts: nothing to offer, unless a theme was on.
    expect(parsePosition(stored({ sectionId: firstSection.id }))).toBeUndefined()
    expect(parsePosition(stored({ sectionId: firstSection.id, theme: theme.id }))?.theme).toBe(theme)
  })

  it.each([
    ['bad JSON', '{"sectionId": '],
    ['not JSON at all', 'strengthening-ties'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', stored('impact-on-communities')],
    ['an unknown section', stored({ sectionId: 'no-such-section' })],
    ['an unknown theme', stored({ sectionId: 'LATER', theme: 'no-such-theme' })],
    ['a theme that is not a string', stored({ sectionId: 'LATER', theme: ['cooperation'] })],
  ])('offers nothing for %s', (_, raw) => {
    const value = raw.replace('LATER', laterSection.id)
    expect(parsePosition(value)).toBeUndefined()
    const { container } = render(<ResumeOffer saved={value} onTheme={vi.fn()} onJump={vi.fn()} onDone={vi.fn()} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('offers a good one in words, naming the section and the theme', () => {
    render(
      <ResumeOffer
        saved={stored({ sectionId: laterSection.id, theme: theme.id })}
        onTheme={vi.fn()}
        onJump={vi.fn()}
        onDone={vi.fn()}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      `Resume at “${laterSection.title}” with the ${theme.label} theme on?`,
    )
  })
})
