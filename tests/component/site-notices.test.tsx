import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SiteNotices } from '../../src/features/updates/site-notices'

const handlers = () => ({ onReload: vi.fn(), onDismissUpdate: vi.fn(), onDismissOffline: vi.fn() })

describe('the site notices', () => {
  it('say nothing while the page is current and came from the network', () => {
    const { container } = render(<SiteNotices updatedTo={undefined} offlineVersion={undefined} {...handlers()} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('tell a reader of an older page when it was updated, where the changes are, and offer to reload', async () => {
    const user = userEvent.setup()
    const on = handlers()
    render(<SiteNotices updatedTo="2026-12-01" offlineVersion={undefined} {...on} />)
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent('This explainer was updated on 1 December 2026.')
    expect(screen.getByRole('link', { name: 'What changed: the corrections log' })).toHaveAttribute(
      'href',
      '/sources#corrections',
    )
    expect(notice.querySelector('time')).toHaveAttribute('datetime', '2026-12-01')
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    expect(on.onReload).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(on.onDismissUpdate).toHaveBeenCalledTimes(1)
    expect(on.onDismissOffline).not.toHaveBeenCalled()
  })

  it('give the date of the version kept on the device when the page came from it', async () => {
    const user = userEvent.setup()
    const on = handlers()
    render(<SiteNotices updatedTo={undefined} offlineVersion="2026-11-29" {...on} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline copy: this is the version of 29 November 2026 saved on this device.',
    )
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(on.onDismissOffline).toHaveBeenCalledTimes(1)
  })
})
