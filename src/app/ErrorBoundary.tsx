import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing this (the URL, say) clears the error, so navigating away recovers. */
  resetKey: string;
  homeHref: string;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string;
}

/** Keeps a rendering failure from blanking the page: the header stays, with a way on. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("The page failed to render:", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main" className="status-page" tabIndex={-1}>
        <h1>Something went wrong showing this page</h1>
        <p>
          The article could not be displayed. Reloading often helps; if not, the default article still works.
        </p>
        <p className="muted">
          <code>{this.state.error.message}</code>
        </p>
        <p className="status-actions">
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
          <a href={this.props.homeHref}>Go to the front page</a>
        </p>
      </main>
    );
  }
}
