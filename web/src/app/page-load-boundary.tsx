// A page's chunk can fail to arrive (the server was updated while this tab stayed open, or the
// connection dropped). Instead of a blank window, say so and offer a reload; the rest of the
// frame (navigation, sign-out) keeps working.
import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** Changes with the route, so moving to another page tries again. */
  resetKey: string;
  children: ReactNode;
}

export class PageLoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="banner banner--error stack" role="alert">
        <p>This page could not be loaded. Check that Afterword is still running, then reload.</p>
        <div className="row">
          <button type="button" className="button button--small" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
