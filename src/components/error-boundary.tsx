import { Component, type ErrorInfo, type ReactNode } from 'react'

type ErrorBoundaryProps = {
  /** What to show instead of the children after an error; `reset` renders the children again. */
  fallback: (reset: () => void, error: unknown) => ReactNode
  children: ReactNode
}

type ErrorBoundaryState = { error: unknown; failed: boolean }

/** Keeps a failure in one part of the page from blanking the rest. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept visible for whoever debugs the page; the reader sees the fallback.
    console.warn('A part of the page failed and was replaced by a message:', error, info.componentStack)
  }

  reset = () => this.setState({ error: undefined, failed: false })

  render() {
    return this.state.failed ? this.props.fallback(this.reset, this.state.error) : this.props.children
  }
}
