import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createAppRouter } from '../src/router'

/** Renders the real route tree at a URL, with memory history, the way a reader would arrive. */
export async function renderApp(url = '/') {
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createAppRouter(history)
  const user = userEvent.setup()
  const view = render(<RouterProvider router={router} />)
  await screen.findByRole('main')
  return { ...view, router, history, user }
}
